#!/usr/bin/env node
'use strict';
/**
 * Benchmark (npm run bench): the cost of recognition from values and relations on the 20,000-row
 * workbook (3 sheets of sub kegiatan), in one process so the file is read once: recognition alone, and
 * recognition within the whole evaluation (recognise → compute → check), each the median of five runs.
 * The bound: recognition adds no more than 20% to check time.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const ROOT = path.join(__dirname, '..');
const dist = path.join(ROOT, 'dist-cli');
const { readXlsxFile } = require(path.join(dist, 'workbook/xlsx/read'));
const { recognise } = require(path.join(dist, 'layout/recognise'));
const { evaluateWorkbook } = require(path.join(dist, 'usecase/check'));
const { DEFAULT_SETTINGS } = require(path.join(dist, 'usecase/settings'));

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = f => {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-bench-rec-'));
  const file = path.join(tmp, 'anggaran-20000x3.xlsx');
  execFileSync('node', [path.join(ROOT, 'scripts', 'make-sample.js'), file, '--rows', String(Math.ceil(20000 / 3)), '--sheets', '3']);
  const t0 = process.hrtime.bigint();
  const wb = await readXlsxFile(file);
  const readMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const rec = [];
  const all = [];
  for (let i = 0; i < 5; i++) {
    rec.push(ms(() => recognise(wb)));
    all.push(ms(() => evaluateWorkbook(wb, DEFAULT_SETTINGS)));
  }
  const r = median(rec);
  const e = median(all);
  const line = `Pengenalan tabel, 20.000 baris di 3 lembar: ${r.toFixed(0)} ms dari ${(readMs + e).toFixed(0)} ms check tanpa proses (baca ${readMs.toFixed(0)} ms + evaluasi ${e.toFixed(0)} ms) = ${((100 * r) / (readMs + e)).toFixed(1)}%`;
  console.log(line);
  fs.appendFileSync(path.join(ROOT, 'bench', 'last-run.md'), line + '\n');
  fs.rmSync(tmp, { recursive: true, force: true });
})();
