#!/usr/bin/env node
'use strict';
/**
 * Benchmarks (npm run bench). Speed is measured here, never in timed tests.
 *  1. Engine throughput: parse text + capaian + kategori on 100,000 rows, one core.
 *  2. `capaian check` and `capaian hitung` on generated budget workbooks (read .xlsx → recognise →
 *     compute → check [→ plan → write]) at 1,000 / 10,000 / 100,000 sub kegiatan rows, and on
 *     20,000 rows across 3 sheets: wall time and peak memory of the whole process.
 *  3. Side by side: LibreOffice headless recalculating the 100,000-row workbook we wrote with live
 *     capaian formulas (converted to csv with recalculation on load) against our own check.
 * BENCH_QUICK=1 skips the 100,000-row sizes.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync, spawnSync } = require('child_process');
const ROOT = path.join(__dirname, '..');
const dist = path.join(ROOT, 'dist-cli');
const { parseNumberText } = require(path.join(dist, 'engine/number'));
const { hitungCapaian } = require(path.join(dist, 'engine/capaian'));
const { classify, findPreset } = require(path.join(dist, 'engine/kategori'));
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-bench-'));
const id = n => Math.round(n).toLocaleString('id-ID');

function engineThroughput(n) {
  const scale = findPreset('permendagri86');
  const targets = [];
  const reals = [];
  for (let i = 0; i < n; i++) {
    targets.push(`${100 + (i % 900)}`);
    reals.push(`${80 + (i % 40)},${String(i % 100).padStart(2, '0')}`);
  }
  const t0 = process.hrtime.bigint();
  let top = 0;
  for (let i = 0; i < n; i++) {
    const t = parseNumberText(targets[i], 'id-ID');
    const r = parseNumberText(reals[i], 'id-ID');
    const c = hitungCapaian({ target: t.value, realisasi: r.value, polarity: 'positif' });
    if (classify(scale, c.value).label === 'Sangat Tinggi') top++;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { n, secs, perSec: n / secs, top };
}

function workbook(rows, sheets) {
  const file = path.join(TMP, `anggaran-${rows}x${sheets}.xlsx`);
  execFileSync('node', [path.join(ROOT, 'scripts', 'make-sample.js'), file, '--rows', String(Math.ceil(rows / sheets)), '--sheets', String(sheets)]);
  return file;
}

function run(args) {
  const t0 = Date.now();
  const res = spawnSync('node', [path.join(__dirname, 'child.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = (Date.now() - t0) / 1000;
  const last = (res.stderr || '').trim().split('\n').pop();
  let info = {};
  try { info = JSON.parse(last); } catch { throw new Error(`bench: perintah gagal: ${res.stderr}`); }
  if (info.code !== 0) throw new Error(`bench: kode keluar ${info.code}: ${res.stderr}`);
  return { secs, mb: info.maxRssMB };
}

function libreOfficeRecalc(file) {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(f => fs.existsSync(f));
  if (!soffice) return undefined;
  const profile = fs.mkdtempSync(path.join(TMP, 'lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`);
  // Warm the profile once so the timed run measures loading and recalculating, not first start.
  spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--terminate_after_init'], { timeout: 120000 });
  const t0 = Date.now();
  const res = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'csv', '--outdir', TMP, file], { timeout: 900000 });
  if (res.status !== 0) return undefined;
  return (Date.now() - t0) / 1000;
}

const lines = [];
const say = s => { console.log(s); lines.push(s); };
const e = engineThroughput(100000);
say(`Mesin: parse + capaian + kategori, ${id(e.n)} baris: ${e.secs.toFixed(2)} s = ${id(e.perSec)} baris/detik (sasaran > 200.000)`);

const sizes = process.env.BENCH_QUICK ? [1000, 10000] : [1000, 10000, 100000];
say('');
say('| baris sub kegiatan | check (s) | memori check (MB) | hitung (s) | memori hitung (MB) |');
say('|---:|---:|---:|---:|---:|');
const perRow = [];
let big;
for (const n of sizes) {
  const file = workbook(n, 1);
  const c = run(['check', file, '--json']);
  const out = path.join(TMP, `hasil-${n}.xlsx`);
  const h = run(['hitung', file, '-o', out]);
  perRow.push([n, c.secs / n]);
  if (n === 100000) big = { file, out, check: c.secs };
  say(`| ${id(n)} | ${c.secs.toFixed(2)} | ${c.mb} | ${h.secs.toFixed(2)} | ${h.mb} |`);
}
const [n0, t0] = perRow[perRow.length - 2];
const [n1, t1] = perRow[perRow.length - 1];
say(`Pertumbuhan: waktu per baris pada ${id(n1)} baris = ${(t1 / t0).toFixed(2)}× waktu per baris pada ${id(n0)} baris (1,00 = linear)`);

const f20 = workbook(20000, 3);
const c20 = run(['check', f20, '--json']);
const h20 = run(['hitung', f20, '-o', path.join(TMP, 'hasil-20000x3.xlsx')]);
say('');
say(`20.000 baris sub kegiatan di 3 lembar: check ${c20.secs.toFixed(2)} s (${id(20000 / c20.secs)} baris/detik, memori ${c20.mb} MB; sasaran < 5 s), hitung ${h20.secs.toFixed(2)} s (memori ${h20.mb} MB; sasaran < 10 s)`);

if (big) {
  const lo = libreOfficeRecalc(big.out);
  if (lo === undefined) say('LibreOffice tidak tersedia: perbandingan dilewati.');
  else say(`Berdampingan, 100.000 baris: capaian check ${big.check.toFixed(2)} s; LibreOffice membuka dan menghitung ulang buku kerja berumus yang sama ${lo.toFixed(2)} s; rasio ${(lo / big.check).toFixed(2)}× (di atas 1 = kami lebih cepat)`);
}
if (!process.env.BENCH_QUICK) {
  say('');
  for (const l of require('./read').main(100000)) lines.push(l);
}
fs.writeFileSync(path.join(ROOT, 'bench', 'last-run.md'), lines.join('\n') + '\n');
fs.rmSync(TMP, { recursive: true, force: true });
