import { lexicon } from '../lexicon';
import { isBlank } from '../model/grid';
import { codeLevel, isAncestorCode, isCode, splitCode } from './codes';
import type { ColumnMapping, RowLevel, TableRow } from '../model/recognition';
import type { SheetView } from './sheet-view';
import { numberingRow } from './sheet-view';
import { cellText, looksNumeric, words } from './text';

const NAME_ROLES = ['uraian', 'indikator', 'kegiatan', 'program', 'sasaran', 'tahun'];
const NUMERIC_ROLES = ['target', 'realisasi', 'capaian', 'pagu', 'persen', 'efisiensi', 'serapan', 'sisa', 'jumlah', 'harga', 'fisik', 'target_kas', 'selisih', 'lebih'];

// Total-row and average-row words come from the lexicon (src/lexicon/lexicon.json, "rows").
const TOTAL = lexicon.totalRow;
const AVERAGE = lexicon.averageRow;

/** The No column's marker: roman (I.), upper letter (A.), number (1. / 01 / 1.1), lower letter (a.), dash. */
function markerDepth(marker: string): number | undefined {
  const m = marker.trim();
  if (!m) return undefined;
  if (/^[IVXL]+\.?$/.test(m)) return 0;
  if (/^[A-Z]\.?$/.test(m)) return 1;
  if (/^\d+(\.\d+)*\.?$/.test(m)) return 2 + (m.replace(/\.$/, '').split('.').length - 1);
  if (/^[a-z][.)]?$/.test(m)) return 4;
  if (/^[-•*]$/.test(m)) return 5;
  return undefined;
}

export interface BodyInput {
  view: SheetView;
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: Record<string, ColumnMapping>;
}

/** Classifies body rows and links them into a hierarchy (codes first, then No markers). */
export function readBody(b: BodyInput): TableRow[] {
  const { view, columns } = b;
  const rows: TableRow[] = [];
  const numericCols = NUMERIC_ROLES.filter(r => columns[r]).map(r => columns[r].col);
  const nameCol = NAME_ROLES.map(r => columns[r]).find(Boolean)?.col;
  const codeCol = columns.kode?.col;
  const noCol = columns.no?.col;

  const inputCols = ['target', 'realisasi', 'pagu'].filter(x => columns[x]).map(x => columns[x].col);
  const hasOwnInputs = (r: number) =>
    inputCols.some(c => {
      const cell = view.cell(r, c);
      return !isBlank(cell) && (typeof cell!.value === 'number' || looksNumeric(String(cell!.value)));
    });
  for (let r = b.top; r <= b.bottom; r++) {
    if (view.isBlankRow(r)) {
      rows.push({ row: r, kind: 'blank', depth: -1, level: 'unknown', label: '' });
      continue;
    }
    if (numberingRow(view, r, b.left, b.right)) {
      rows.push({ row: r, kind: 'numbering', depth: -1, level: 'unknown', label: '' });
      continue;
    }
    // The label: the name column, else the first text in the row (group rows span merged cells).
    let label = nameCol ? cellText(view.cell(r, nameCol)) : '';
    let code: string | undefined;
    if (codeCol) {
      const t = cellText(view.cell(r, codeCol));
      if (t && isCode(t)) code = t.trim();
    }
    if (label) {
      const s = splitCode(label);
      if (s.code && !code) code = s.code;
      if (s.code) label = s.rest;
    }
    const texts: string[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const cell = view.cell(r, c);
      if (isBlank(cell) || typeof cell!.value !== 'string') continue;
      if (!looksNumeric(cell!.value as string)) texts.push(cellText(cell));
    }
    if (!label) label = texts.find(t => !isCode(t)) || '';
    const marker = noCol && noCol !== nameCol ? cellText(view.cell(r, noCol)) : undefined;
    const numbers = numericCols.filter(c => {
      const cell = view.cell(r, c);
      if (isBlank(cell)) return false;
      return typeof cell!.value === 'number' || looksNumeric(String(cell!.value));
    }).length;

    const firstTexts = texts.slice(0, 3).map(words);
    let kind: TableRow['kind'] = 'data';
    if (!code && firstTexts.some(t => TOTAL.test(t))) kind = 'total';
    // "Rata-rata capaian" summarises the rows above; "Rata-rata waktu penyelesaian" with its own
    // target and realisasi is an indicator.
    else if (!code && firstTexts.some(t => AVERAGE.test(t) && t.length < 70) && !hasOwnInputs(r)) kind = 'average';
    else if (!code && numbers > 0 && inputCols.length >= 2 && !hasOwnInputs(r) && !inputCols.some(c => !isBlank(view.cell(r, c)))) {
      // Only a derived figure (a percentage) and no inputs at all: a summary line such as
      // "REALISASI TAHUNAN 98,66", not a line with missing values.
      kind = 'group';
    } else if (numbers === 0) {
      // No values: a heading (sasaran, program, seksi) unless it is a leaf with a code (a missing line).
      kind = code && (codeLevel(code) === 'sub_kegiatan' || codeLevel(code) === 'rekening') ? 'data' : 'group';
      if (!code && !nameCol) kind = 'group';
    }
    const level: RowLevel = kind === 'total' ? 'total' : code ? codeLevel(code) : levelFromWords(label);
    const bold = !!(nameCol ? view.cell(r, nameCol)?.bold : undefined);
    rows.push({ row: r, kind, depth: -1, level, label, ...(code ? { code } : {}), ...(marker ? { marker } : {}), ...(bold ? { bold } : {}) });
  }
  linkHierarchy(rows);
  // A line without values at the same No level as lines with values is a missing line, not a heading.
  const dataDepths = new Set(rows.filter(x => x.kind === 'data' && x.marker).map(x => markerDepth(x.marker!)));
  for (const x of rows) {
    if (x.kind === 'group' && x.marker && markerDepth(x.marker) !== undefined && dataDepths.has(markerDepth(x.marker)) && !rows.some(c => c.parent === rows.indexOf(x))) x.kind = 'data';
  }
  return rows;
}

/**
 * Marker depths in reading order. "I." after "H." is the ninth letter, not the roman one: kegiatan
 * lettered A. to J. run through I, and likewise V after U, X after W, L after K.
 */
function markerDepths(rows: TableRow[]): Map<TableRow, number> {
  const out = new Map<TableRow, number>();
  let lastLetter = '';
  for (const r of rows) {
    if (!r.marker) continue;
    const m = r.marker.trim().replace(/\.$/, '');
    let d = markerDepth(r.marker);
    if (/^[IVXL]$/.test(m) && lastLetter && m.charCodeAt(0) === lastLetter.charCodeAt(0) + 1) d = markerDepth('A.');
    if (d === undefined) continue;
    if (/^[A-Z]$/.test(m) && d === markerDepth('A.')) lastLetter = m;
    else if (d <= (markerDepth('A.') ?? 1) - 1) lastLetter = '';
    out.set(r, d);
  }
  // The outline's own order decides nesting: the kind of marker seen first is the outermost ("1."
  // programs over kegiatan "A." to "J." as well as "I." over "A." over "1.").
  const rank = new Map<number, number>();
  for (const d of out.values()) if (!rank.has(d)) rank.set(d, rank.size);
  for (const [r, d] of out) out.set(r, rank.get(d)!);
  return out;
}

/** Sets depth and parent: by code prefixes when rows carry codes, else by No markers. */
function linkHierarchy(rows: TableRow[]): void {
  const coded = rows.filter(r => r.code && (r.kind === 'data' || r.kind === 'group')).length;
  const content = rows.filter(r => r.kind === 'data' || r.kind === 'group');
  if (coded >= 2 && coded >= content.length / 2) {
    const stack: number[] = [];
    rows.forEach((row, i) => {
      if (!row.code) return;
      while (stack.length && !isAncestorCode(rows[stack[stack.length - 1]].code!, row.code)) stack.pop();
      if (stack.length) row.parent = stack[stack.length - 1];
      row.depth = stack.length;
      stack.push(i);
    });
    return;
  }
  const depthOf = markerDepths(content);
  const withMarkers = content.filter(r => depthOf.get(r) !== undefined);
  const distinctDepths = new Set(withMarkers.map(r => depthOf.get(r)));
  if (!(withMarkers.length >= 2 && distinctDepths.size >= 2)) {
    linkByWordsOrBold(rows, content);
    return;
  }
  {
    const stack: { i: number; d: number }[] = [];
    rows.forEach((row, i) => {
      if (row.kind !== 'data' && row.kind !== 'group') return;
      const d = depthOf.get(row);
      if (d === undefined) return;
      while (stack.length && stack[stack.length - 1].d >= d) stack.pop();
      if (stack.length) row.parent = stack[stack.length - 1].i;
      row.depth = stack.length;
      stack.push({ i, d });
    });
  }
}

const WORD_DEPTH: Partial<Record<RowLevel, number>> = { program: 0, kegiatan: 1, sub_kegiatan: 2 };

/** "Program …", "Kegiatan …", "Sub Kegiatan …" written as the first word of the name. */
function levelFromWords(label: string): RowLevel {
  const w = words(label);
  return (lexicon.rowLevels.find(l => l.re.test(w))?.level as RowLevel | undefined) ?? 'unknown';
}

/**
 * Without codes or No markers: the words Program / Kegiatan / Sub Kegiatan, else bold type
 * (bold lines are parents of the plain lines under them, as Rencana Aksi tables are laid out).
 */
function linkByWordsOrBold(rows: TableRow[], content: TableRow[]): void {
  const worded = content.filter(r => WORD_DEPTH[r.level] !== undefined);
  if (worded.length >= 2 && new Set(worded.map(r => r.level)).size >= 2) {
    const stack: { i: number; d: number }[] = [];
    rows.forEach((row, i) => {
      if (row.kind !== 'data' && row.kind !== 'group') return;
      const d = WORD_DEPTH[row.level] ?? 3;
      while (stack.length && stack[stack.length - 1].d >= d) stack.pop();
      if (stack.length) row.parent = stack[stack.length - 1].i;
      row.depth = stack.length;
      stack.push({ i, d });
    });
    return;
  }
  const bold = content.filter(r => r.bold).length;
  if (bold === 0 || bold === content.length) return;
  let parent: number | undefined;
  rows.forEach((row, i) => {
    if (row.kind !== 'data' && row.kind !== 'group') return;
    if (row.bold) {
      row.depth = 0;
      parent = i;
    } else if (parent !== undefined) {
      row.depth = 1;
      row.parent = parent;
    }
  });
}
