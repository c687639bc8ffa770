#!/usr/bin/env node
'use strict';
/**
 * Bundle budget of the built add-in (run after `npm run build`): gzips every dist/*.js, sums the scripts each
 * page loads before it can run (its <script src> tags), and fails when a page is over its budget.
 *
 *   node scripts/bundle-size.js [--json]
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.join(__dirname, '..', 'dist');
/** Gzipped bytes each page may load before it is interactive. */
const BUDGETS = {
  'taskpane.html': 200 * 1024,
  'commands.html': 150 * 1024,
  'dialog.html': 10 * 1024,
};

const kb = n => `${(n / 1024).toFixed(1)} KB`;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Local scripts a page loads, in order (the office.js CDN tag is not ours and not counted). */
function pageScripts(html) {
  const out = [];
  const re = /<script\b[^>]*\bsrc=["']?([^"' >]+)/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!/^https?:/i.test(m[1])) out.push(m[1].replace(/^\.?\//, ''));
  }
  return out;
}

function measure() {
  if (!fs.existsSync(DIST)) throw new Error('dist/ belum ada. Jalankan "npm run build" terlebih dahulu.');
  const files = fs
    .readdirSync(DIST)
    .filter(f => f.endsWith('.js'))
    .map(f => {
      const full = path.join(DIST, f);
      return { file: f, bytes: fs.statSync(full).size, gzip: gzipSize(full) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const byName = new Map(files.map(f => [f.file, f]));
  const pages = Object.entries(BUDGETS).map(([page, budget]) => {
    const htmlFile = path.join(DIST, page);
    if (!fs.existsSync(htmlFile)) return { page, budget, missing: true, scripts: [], gzip: 0, bytes: 0 };
    const scripts = pageScripts(fs.readFileSync(htmlFile, 'utf8'));
    const gzip = scripts.reduce((n, s) => n + (byName.get(s)?.gzip ?? 0), 0);
    const bytes = scripts.reduce((n, s) => n + (byName.get(s)?.bytes ?? 0), 0);
    return { page, budget, scripts, gzip, bytes, over: gzip > budget };
  });
  return { files, pages };
}

function main() {
  const { files, pages } = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, pages }, null, 2));
  } else {
    console.log('Berkas JavaScript di dist/ (gzip tingkat 9):');
    for (const f of files) console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
    console.log('\nSkrip awal per halaman:');
    for (const p of pages) {
      if (p.missing) {
        console.log(`  ${p.page}: tidak ada`);
        continue;
      }
      const mark = p.over ? 'MELEBIHI' : 'ok';
      console.log(`  ${p.page.padEnd(16)} gzip ${kb(p.gzip).padStart(9)} dari batas ${kb(p.budget)} (${kb(p.bytes)} tanpa kompresi) ${mark}`);
    }
  }
  const missing = pages.filter(p => p.missing);
  const over = pages.filter(p => p.over);
  if (missing.length) console.error(`\nHalaman tidak ditemukan di dist/: ${missing.map(p => p.page).join(', ')}. Jalankan "npm run build".`);
  if (over.length) console.error(`\nAnggaran ukuran terlampaui: ${over.map(p => `${p.page} ${kb(p.gzip)} > ${kb(p.budget)}`).join('; ')}.`);
  if (missing.length || over.length) process.exit(1);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
module.exports = { measure, BUDGETS };
