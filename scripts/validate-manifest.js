#!/usr/bin/env node
'use strict';
/**
 * `npm run validate`: checks an add-in manifest against Microsoft's XML schemas with xmllint, offline.
 * The schemas are vendored in schemas/office-addin-manifest/ (see its README for source and changes).
 *
 *   node scripts/validate-manifest.js [manifest.xml ...]     (default: manifest.xml; '-' reads stdin)
 *
 * Exit status is xmllint's (0 valid, non-zero otherwise); its messages pass through unchanged.
 * The online check by Microsoft's service is `npm run validate:online`.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

function validate(files) {
  // stdin passes through, so '-' validates a manifest piped in.
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...files], { encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
  if (r.error && r.error.code === 'ENOENT') {
    process.stderr.write('xmllint tidak ditemukan. Pasang paket libxml2-utils (Debian/Ubuntu: sudo apt-get install libxml2-utils), lalu ulangi.\n');
    return 127;
  }
  process.stdout.write(r.stdout || '');
  process.stderr.write(r.stderr || '');
  return r.status === null ? 1 : r.status;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  process.exitCode = validate(files.length ? files : [path.join(ROOT, 'manifest.xml')]);
}

module.exports = { validate, SCHEMA };
