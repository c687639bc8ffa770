#!/usr/bin/env node
'use strict';
/**
 * Read benchmark (issue 13): `capaian check` on one generated workbook through the package reader
 * (package-read.ts, what the CLI uses) and through the earlier exceljs reader, each in its own process,
 * side by side with LibreOffice recalculating and saving the same workbook with formulas.
 *   node bench/read.js [rows]          (default 100000; run `npm run build:cli` first)
 * Prints wall time, CPU time and peak memory of each process, and the ratios to LibreOffice.
 * The machine is shared: CPU seconds are given beside wall seconds because they move less under load.
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync, spawnSync } = require('child_process');
const ROOT = path.join(__dirname, '..');

function child(which, file) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(__dirname, 'read-child.js'), which, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (Date.now() - t0) / 1000;
  const info = JSON.parse((r.stderr || '').trim().split('\n').pop());
  if (info.error) throw new Error(`bench: ${which}: ${info.error}`);
  return { ...info, wall };
}

/** LibreOffice opening the workbook, recalculating every formula and saving it as .xlsx (fresh profile, warmed). */
function libreOffice(file, tmp) {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(f => fs.existsSync(f));
  if (!soffice) return undefined;
  const profile = fs.mkdtempSync(path.join(tmp, 'lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`);
  spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--terminate_after_init'], { timeout: 120000 });
  const outDir = fs.mkdtempSync(path.join(tmp, 'lo-out-'));
  const t0 = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', soffice, `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file], { encoding: 'utf8', timeout: 900000 });
  const wall = (Date.now() - t0) / 1000;
  if (r.status !== 0) return undefined;
  const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr.trim());
  return { wall, cpuSecs: m ? Number(m[1]) + Number(m[2]) : NaN, maxRssMB: m ? Math.round(Number(m[3]) / 1024) : NaN };
}

function main(rowsArg) {
  const rows = Number(rowsArg || process.argv[2] || 100000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-bench-read-'));
  try {
    const plain = path.join(tmp, `anggaran-${rows}.xlsx`);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'make-sample.js'), plain, '--rows', String(rows), '--sheets', '1']);
    // The same workbook with live capaian formulas, as `hitung` writes it: what LibreOffice recalculates.
    const withFormulas = path.join(tmp, `hasil-${rows}.xlsx`);
    execFileSync(process.execPath, [path.join(ROOT, 'bin', 'capaian.js'), 'hitung', plain, '-o', withFormulas], { stdio: 'ignore' });
    const fresh = child('package', withFormulas);
    const old = child('exceljs', withFormulas);
    if (fresh.jsonBytes !== old.jsonBytes || fresh.results !== old.results) throw new Error('bench: both readers must give the same report');
    const lo = libreOffice(withFormulas, tmp);
    const n = rows.toLocaleString('id-ID');
    const f = x => x.toFixed(2).replace('.', ',');
    const lines = [
      `Baca + check, ${n} baris (buku kerja berumus dari hitung), satu proses per baris:`,
      '',
      '| pembaca | baca (s) | check seluruhnya (s) | CPU (s) | memori puncak (MB) | rasio waktu terhadap LibreOffice |',
      '|---|---:|---:|---:|---:|---:|',
    ];
    for (const r of [old, fresh]) {
      lines.push(`| ${r.reader === 'package' ? 'paket (baru)' : 'exceljs (lama)'} | ${f(r.readSecs)} | ${f(r.wall)} | ${f(r.cpuSecs)} | ${r.maxRssMB} | ${lo ? f(r.wall / lo.wall) + '×' : '–'} |`);
    }
    if (lo) lines.push(`| LibreOffice hitung ulang + simpan .xlsx | – | ${f(lo.wall)} | ${f(lo.cpuSecs)} | ${lo.maxRssMB} | 1,00× |`);
    lines.push('', `Pembaca paket: ${f(fresh.readSecs / old.readSecs)}× waktu baca exceljs, ${f(fresh.wall / old.wall)}× waktu check seluruhnya.`);
    console.log(lines.join('\n'));
    return lines;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { main };
if (require.main === module) {
  const lines = main();
  fs.writeFileSync(path.join(__dirname, 'last-read.md'), `${lines.join('\n')}\n\nDiukur ${new Date().toISOString()}, beban mesin (uptime): ${os.loadavg().map(x => x.toFixed(1)).join(' / ')}.\n`);
}
