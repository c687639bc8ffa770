#!/usr/bin/env node
'use strict';
/**
 * Benchmarks (npm run bench). Speed is measured here, never in timed tests.
 *  1. Engine throughput: parse text + capaian + kategori on 100,000 rows, one core.
 *  2. Whole `capaian check` on a generated workbook of 20,000 sub kegiatan rows on 3 sheets
 *     (read .xlsx → recognise → compute → check), in a child process so peak memory is its own.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync, spawnSync } = require('child_process');
const dist = path.join(__dirname, '..', 'dist-cli');
const { parseNumberText } = require(path.join(dist, 'engine/number'));
const { hitungCapaian } = require(path.join(dist, 'engine/capaian'));
const { classify, findPreset } = require(path.join(dist, 'engine/kategori'));

function engineThroughput(n) {
  const scale = findPreset('permendagri86');
  const targets = [];
  const reals = [];
  for (let i = 0; i < n; i++) {
    targets.push(`${100 + (i % 900)}`);
    reals.push(`${(80 + (i % 40)).toString()},${String(i % 100).padStart(2, '0')}`);
  }
  const t0 = process.hrtime.bigint();
  let sangatTinggi = 0;
  for (let i = 0; i < n; i++) {
    const t = parseNumberText(targets[i], 'id-ID');
    const r = parseNumberText(reals[i], 'id-ID');
    const c = hitungCapaian({ target: t.value, realisasi: r.value, polarity: 'positif' });
    if (classify(scale, c.value).label === 'Sangat Tinggi') sangatTinggi++;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { rows: n, secs, rowsPerSec: Math.round(n / secs), sangatTinggi };
}

function wholeCheck(rowsPerSheet, sheets) {
  const file = path.join(os.tmpdir(), `bench-${rowsPerSheet}x${sheets}.xlsx`);
  if (!fs.existsSync(file)) execFileSync('node', [path.join(__dirname, '..', 'scripts', 'make-sample.js'), file, '--rows', String(rowsPerSheet), '--sheets', String(sheets)]);
  const t0 = Date.now();
  const res = spawnSync('/usr/bin/time', ['-f', '%M', 'node', path.join(__dirname, '..', 'bin', 'capaian.js'), 'check', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = (Date.now() - t0) / 1000;
  const report = JSON.parse(res.stdout);
  const peakKb = Number((res.stderr.trim().split('\n').pop() || '0').trim());
  const rows = report.tables.reduce((a, t) => a + Number(/\d+$/.exec(t.range)[0]) - t.headerRows[0], 0);
  return { file: path.basename(file), secs, rows, rowsPerSec: Math.round(rows / secs), results: report.results.length, findings: report.findings.length, peakMB: Math.round(peakKb / 1024) };
}

const e = engineThroughput(100000);
console.log(`engine: parse+capaian+kategori ${e.rows} baris dalam ${e.secs.toFixed(2)} s = ${e.rowsPerSec.toLocaleString('id-ID')} baris/detik (target > 200.000)`);
const w = wholeCheck(Number(process.env.BENCH_ROWS || 20000), 3);
console.log(`check: ${w.file}: ${w.rows.toLocaleString('id-ID')} baris, ${w.results.toLocaleString('id-ID')} nilai, ${w.findings} temuan dalam ${w.secs.toFixed(2)} s (${w.rowsPerSec.toLocaleString('id-ID')} baris/detik), memori puncak ${w.peakMB} MB (target < 5 s)`);
