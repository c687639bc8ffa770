#!/usr/bin/env node
'use strict';
/**
 * Architecture rules the type checker cannot see:
 *  - every layer imports only downward and no folders import each other in a circle (scripts/check-layers.js);
 *  - the core (src/model, src/engine, src/layout, src/lexicon) imports no host, DOM, file or UI code;
 *  - src/lexicon is the bottom layer: it imports only its own files (the vocabulary and its loader);
 *  - only src/workbook/office touches Excel.run / the Excel object model;
 *  - nothing in the core reads numbers with parseFloat.
 * Exits 1 with one line per violation. `node scripts/check-architecture.js [src-folder]` checks another tree.
 */
const fs = require('fs');
const path = require('path');
const { checkLayers, sourceFiles } = require('./check-layers');
const root = path.resolve(process.argv[2] || path.join(__dirname, '..', 'src'));
const files = sourceFiles(root);

const problems = checkLayers(root);
for (const f of files) {
  const rel = path.relative(root, f).split(path.sep).join('/');
  const src = fs.readFileSync(f, 'utf8');
  const core = rel.startsWith('model/') || rel.startsWith('engine/') || rel.startsWith('layout/') || rel.startsWith('lexicon/');
  if (core) {
    for (const m of src.matchAll(/from '([^']+)'/g)) {
      const spec = m[1];
      if (/^(exceljs|react|react-dom|@fluentui|fs|path|child_process|os)$/.test(spec) || /workbook\/(office|xlsx)|taskpane|commands|\/cli\//.test(spec)) {
        problems.push(`${rel}: inti tidak boleh mengimpor ${spec}`);
      }
    }
    if (rel.startsWith('lexicon/')) {
      for (const m of src.matchAll(/from '([^']+)'/g)) {
        if (!m[1].startsWith('./')) problems.push(`${rel}: lexicon hanya boleh mengimpor berkasnya sendiri, bukan ${m[1]}`);
      }
    }
    if (/\bparseFloat\s*\(/.test(src)) problems.push(`${rel}: parseFloat dilarang di inti; gunakan parseNumberText`);
    if (/\b(window|document)\./.test(src)) problems.push(`${rel}: inti tidak boleh memakai DOM`);
  }
  if (!rel.startsWith('workbook/office/') && /\bExcel\.run\s*\(/.test(src)) {
    problems.push(`${rel}: Excel.run hanya boleh dipanggil di src/workbook/office`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`arsitektur: ${files.length} berkas diperiksa, tidak ada pelanggaran`);
