#!/usr/bin/env node
'use strict';
/**
 * Byte-identity gate for performance work: `capaian check --json` on every corpus workbook and on generated
 * bench workbooks, recorded once from a known-good build and compared after a change.
 *   node scripts/json-identity.js record <dir>    (writes <dir>/*.json, generating bench workbooks into <dir>/wb)
 *   node scripts/json-identity.js compare <dir>   (exit 1 on any difference)
 * Run `npm run build:cli` first; the generated workbooks are reused between record and compare.
 * `hitung` is held too, on the corpus and the smaller bench workbooks: its output package must equal the
 * recorded one part by part, but for the time of the run in the record.
 */
const path = require('path');
const fs = require('fs');
const { spawnSync, execFileSync } = require('child_process');
const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'capaian.js');

function corpus() {
  const dirs = ['test/corpus', 'test/corpus/hidden', 'test/corpus/fresh/hidden'].map(d => path.join(ROOT, d));
  return dirs.filter(d => fs.existsSync(d)).flatMap(d => fs.readdirSync(d).filter(f => f.endsWith('.xlsx')).sort().map(f => path.join(d, f)));
}

function benchWorkbooks(dir) {
  const wb = path.join(dir, 'wb');
  fs.mkdirSync(wb, { recursive: true });
  const out = [];
  for (const [rows, sheets] of [[1000, 1], [10000, 1], [100000, 1], [7000, 3]]) {
    const plain = path.join(wb, `anggaran-${rows}x${sheets}.xlsx`);
    if (!fs.existsSync(plain)) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'make-sample.js'), plain, '--rows', String(rows), '--sheets', String(sheets)]);
    out.push(plain);
    // The same workbook with live formulas as `hitung` writes it (made once, by the recording build).
    const withFormulas = path.join(wb, `hasil-${rows}x${sheets}.xlsx`);
    if (!fs.existsSync(withFormulas)) execFileSync(process.execPath, [CLI, 'hitung', plain, '-o', withFormulas], { stdio: 'ignore' });
    out.push(withFormulas);
  }
  return out;
}

function key(file) {
  return path.relative(ROOT, file).startsWith('..') ? `bench__${path.basename(file)}` : path.relative(ROOT, file).replace(/[\\/]/g, '__');
}

function checkJson(file) {
  const r = spawnSync(process.execPath, [CLI, 'check', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return `exit ${r.status}\n${r.stdout}\n--stderr--\n${r.stderr}`;
}

/** The output package's parts, uncompressed, with the run time in the record masked. */
function hitungParts(file) {
  const { XlsxPackage } = require(path.join(ROOT, 'dist-cli', 'workbook', 'xlsx', 'patch', 'package'));
  const pkg = XlsxPackage.fromBuffer(fs.readFileSync(file), path.basename(file));
  const out = new Map();
  for (const name of [...pkg.parts.keys()].sort()) {
    out.set(name, Buffer.from(pkg.bytes(name)).toString('latin1').replace(/(&quot;|")at(&quot;|"):(&quot;|")\d{4}-\d\d-\d\dT[\d:.]+Z/g, '$1at$2:$3<waktu>'));
  }
  return out;
}

function hitungSame(a, b) {
  const x = hitungParts(a);
  const y = hitungParts(b);
  if (x.size !== y.size) return false;
  for (const [name, text] of x) if (y.get(name) !== text) return false;
  return true;
}

const [mode, dirArg] = process.argv.slice(2);
if (!['record', 'compare'].includes(mode) || !dirArg) {
  console.error('usage: json-identity.js record|compare <dir>');
  process.exit(2);
}
const dir = path.resolve(dirArg);
fs.mkdirSync(dir, { recursive: true });
let differ = 0;
const files = [...corpus(), ...benchWorkbooks(dir)];
for (const file of files) {
  const out = checkJson(file);
  const target = path.join(dir, `${key(file)}.out`);
  if (mode === 'record') fs.writeFileSync(target, out);
  else if (fs.readFileSync(target, 'utf8') !== out) {
    differ++;
    fs.writeFileSync(`${target}.after`, out);
    console.log(`BEDA ${key(file)}`);
  }
}
const hitungDir = path.join(dir, 'hitung');
fs.mkdirSync(hitungDir, { recursive: true });
const hitungFiles = files.filter(f => !/-100000x/.test(f));
for (const file of hitungFiles) {
  const target = path.join(hitungDir, `${key(file)}${mode === 'record' ? '' : '.after'}.xlsx`);
  fs.rmSync(target, { force: true });
  spawnSync(process.execPath, [CLI, 'hitung', file, '-o', target], { encoding: 'utf8' });
  if (mode === 'compare') {
    const before = path.join(hitungDir, `${key(file)}.xlsx`);
    const same = fs.existsSync(before) === fs.existsSync(target) && (!fs.existsSync(target) || hitungSame(before, target));
    if (!same) {
      differ++;
      console.log(`BEDA hitung ${key(file)}`);
    }
  }
}
console.log(`${files.length} workbooks, hitung on ${hitungFiles.length}, ${mode === 'record' ? 'recorded' : `${differ} differ`}`);
process.exit(differ ? 1 : 0);
