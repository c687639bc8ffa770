#!/usr/bin/env node
'use strict';
/**
 * The layer rule: every file under src/ belongs to one layer, found from its path, and imports only from its own
 * layer or the ones below it; folders never import each other in a circle, not even within one layer.
 * Run by scripts/check-architecture.js (npm run lint); alone: `node scripts/check-layers.js [src-folder]`.
 * Exits 1 with one line per violation.
 */
const fs = require('fs');
const path = require('path');

/**
 * Bottom first. A folder entry holds every file under it; the longest entry that matches a path wins, so
 * engine/checks is its own folder in the checks layer while engine/decimal.ts stays in the engine.
 * engine/compute.ts works on recognised tables (layout's TableValues), so it sits with the checks.
 */
const LAYERS = [
  { name: 'model', folders: ['model', 'lexicon'] },
  { name: 'engine', folders: ['engine'] },
  { name: 'layout', folders: ['layout'] },
  { name: 'checks', folders: ['engine/checks', 'engine/narasi', 'engine/compute.ts'] },
  { name: 'usecase', folders: ['usecase'] },
  { name: 'adapter', folders: ['workbook', 'settings-store'] },
  { name: 'ui', folders: ['taskpane', 'commands', 'cli', 'addin-common'] },
];

const FOLDERS = LAYERS.flatMap((layer, rank) => layer.folders.map(folder => ({ folder, layer: layer.name, rank })))
  .sort((a, b) => b.folder.length - a.folder.length);

/** The folder entry a src-relative path belongs to (with or without its extension), or undefined. */
function placeOf(rel) {
  return FOLDERS.find(f => rel === f.folder || rel.startsWith(f.folder + '/') || rel + '.ts' === f.folder || rel + '.tsx' === f.folder);
}

function sourceFiles(root) {
  const files = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) files.push(p);
    }
  })(root);
  return files.sort();
}

/** Relative specifiers of every import, export-from, dynamic import and require in a file. */
function relativeImports(src) {
  const specs = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]*|\.{1,2})['"]/g;
  for (const m of src.matchAll(re)) specs.push(m[1]);
  return specs;
}

/** The src-relative path an import lands on: the file when it exists, else the path as written. */
function resolveTarget(root, fromFile, spec) {
  const base = path.resolve(path.dirname(fromFile), spec);
  const tries = [base, base + '.ts', base + '.tsx', path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  const hit = tries.find(p => fs.existsSync(p) && fs.statSync(p).isFile()) || base;
  return path.relative(root, hit).split(path.sep).join('/');
}

/** One circle through the folders of a strongly connected set, as a list that starts and ends on the same folder. */
function circleIn(members, edges) {
  const start = members[0];
  const inSet = new Set(members);
  const prev = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const a = queue.shift();
    for (const b of (edges.get(a) || new Map()).keys()) {
      if (b === start) {
        const back = [start];
        for (let x = a; x !== null; x = prev.get(x)) back.push(x);
        return back.reverse();
      }
      if (inSet.has(b) && !prev.has(b)) {
        prev.set(b, a);
        queue.push(b);
      }
    }
  }
  return [start, start];
}

/** Strongly connected sets of folders with more than one member (Tarjan). */
function circles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  function visit(v) {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of (edges.get(v) || new Map()).keys()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const set = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        set.push(w);
      } while (w !== v);
      if (set.length > 1) found.push(set.sort());
    }
  }
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** Every violation of the layer rule under `root` (a src folder), one Indonesian sentence each. */
function checkLayers(root) {
  const problems = [];
  /** folder -> folder -> first import seen, for naming a circle's links. */
  const edges = new Map();
  for (const file of sourceFiles(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const own = placeOf(rel);
    if (!own) {
      problems.push(`${rel}: berkas ini tidak berada di lapisan mana pun; daftarkan foldernya di LAYERS (scripts/check-layers.js)`);
      continue;
    }
    for (const spec of relativeImports(fs.readFileSync(file, 'utf8'))) {
      const target = resolveTarget(root, file, spec);
      if (target.startsWith('..')) continue;
      const there = placeOf(target);
      if (!there || there.folder === own.folder) continue;
      if (there.rank > own.rank) {
        problems.push(`${rel}: lapisan ${own.layer} tidak boleh mengimpor dari lapisan ${there.layer} di atasnya (${spec})`);
      }
      if (!edges.has(own.folder)) edges.set(own.folder, new Map());
      const out = edges.get(own.folder);
      if (!out.has(there.folder)) out.set(there.folder, `${rel} mengimpor ${spec}`);
    }
  }
  for (const set of circles(edges)) {
    const circle = circleIn(set, edges);
    const links = [];
    for (let i = 0; i + 1 < circle.length; i++) links.push(edges.get(circle[i]).get(circle[i + 1]));
    problems.push(`siklus antarfolder: ${circle.join(' -> ')} (${links.join('; ')})`);
  }
  return problems;
}

module.exports = { LAYERS, checkLayers, sourceFiles };

if (require.main === module) {
  const root = path.resolve(process.argv[2] || path.join(__dirname, '..', 'src'));
  const problems = checkLayers(root);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`lapisan: ${sourceFiles(root).length} berkas diperiksa, tidak ada impor ke atas dan tidak ada siklus antarfolder`);
}
