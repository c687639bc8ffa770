#!/usr/bin/env bash
# npm audit of the production dependencies (severity high and above), with a 60 s limit.
# Exit codes: 0 = no high/critical advisory, 1 = advisories found, 3 = the registry cannot be reached (not a verdict).
# The tests never call this (they must not need the network); test/security/lockfile.test.ts checks the lock offline.
set -u
cd "$(dirname "$0")/.." || exit 3
out="$(mktemp)"; err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
timeout 60 npm audit --omit=dev --audit-level=high --json >"$out" 2>"$err"
rc=$?
if [ "$rc" -eq 124 ]; then
  echo "audit: registri npm tidak menjawab dalam 60 detik; audit tidak dapat dijalankan." >&2
  exit 3
fi
node - "$out" "$rc" <<'NODE'
const fs = require('fs');
const [file, rc] = process.argv.slice(2);
let r;
try { r = JSON.parse(fs.readFileSync(file, 'utf8') || '{}'); } catch { r = {}; }
const err = r.error;
if (err || !r.metadata) {
  const why = [r.message, err && err.code, err && err.summary].filter(Boolean).join('; ') || `keluaran npm audit tidak dikenali (kode ${rc})`;
  console.error(`audit: registri npm tidak dapat dihubungi atau audit gagal: ${why}`);
  process.exit(3);
}
const v = r.metadata.vulnerabilities || {};
const deps = r.metadata.dependencies || {};
console.log(`audit: dependensi produksi ${deps.prod ?? deps.total ?? '?'}; kerentanan: kritis ${v.critical || 0}, tinggi ${v.high || 0}, sedang ${v.moderate || 0}, rendah ${v.low || 0}, info ${v.info || 0}.`);
for (const [name, x] of Object.entries(r.vulnerabilities || {})) {
  if (x.severity === 'high' || x.severity === 'critical') {
    const via = (x.via || []).map(y => (typeof y === 'string' ? y : y.title || y.url)).join('; ');
    console.log(`  - ${name} (${x.severity}) ${x.range || ''}: ${via}`);
  }
}
process.exit((v.high || 0) + (v.critical || 0) > 0 ? 1 : 0);
NODE
