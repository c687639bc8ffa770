import { lexicon } from '../lexicon';
import { isBlank } from '../model/grid';
import { OWN_COLUMN_MARK } from '../model/write-plan';
import type { ColumnMapping } from '../model/recognition';
import { guessRole, isHeaderWord } from './roles';
import { numberingRow, type SheetView } from './sheet-view';
import { cellText, looksNumeric } from './text';

/** Roles that carry the numbers a table is about; a header needs at least one. */
export const VALUE_ROLES = new Set([
  'target', 'realisasi', 'capaian', 'pagu', 'persen', 'efisiensi', 'serapan', 'sisa', 'jumlah', 'harga', 'koefisien', 'target_kas', 'fisik', 'lebih',
]);

export interface HeaderBlock {
  rows: number[];
  left: number;
  right: number;
  /** Sheet column -> header parts top to bottom. */
  parts: Map<number, string[]>;
  /** Column-number row under the header, if any, with the rules it spells ("7 = 6/5*100"). */
  numbering?: { row: number; labels: Map<number, { label: string; rule?: string }> };
  columns: Record<string, ColumnMapping>;
  /** For a block of numbers with no header row: its first body row. */
  bodyTop?: number;
  /** Roles guessed before table-level resolution, with their years. */
  guesses: { col: number; role: string; year?: number; score: number; reason: string; header: string; percentHeader: boolean; pair?: 'k' | 'rp'; pairRole?: string; pairReason?: string }[];
}

/** A row that could start a header: several short text cells, no typed numbers, some header words. */
export function headerLike(view: SheetView, r: number): boolean {
  const cols = view.nonBlankCols(r);
  if (cols.length < 2) return false;
  // Numbers first: it is the cheap test that rejects almost every data row.
  for (const c of cols) {
    const v = view.cell(r, c)!.value;
    // Years in a header ("2021") are fine; other numbers mean data.
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 2000 && v <= 2099)) return false;
  }
  let headerWords = 0;
  for (const c of cols) {
    const cell = view.cell(r, c)!;
    if (typeof cell.value === 'number') continue;
    const t = cellText(cell);
    if (t.length > 120 || (looksNumeric(t) && !isYear(t))) return false;
    if (isHeaderWord(t)) headerWords++;
  }
  return headerWords >= 2;
}

/** A year typed as text ("2022") over a group of columns is a header, not data. */
const isYear = (t: string) => /^\s*20\d\d\s*$/.test(t);

/** "1" … "4" under a group that names the quarters ("Realisasi Kinerja Pada Triwulan"): a header row. */
function isQuarterNumber(view: SheetView, r: number, c: number, t: string): boolean {
  return /^\s*([1-4]|i{1,3}|iv)\s*$/i.test(t) && lexicon.words.quarterGroup.test(view.headerText(r - 1, c));
}

/**
 * One text merged across (nearly) the whole width: a heading of the rows below it ("Rupiah Murni",
 * "Sasaran 1: …"), not a header row; a group header spans only its own columns.
 */
function isBanner(view: SheetView, r: number, left: number, right: number): boolean {
  const cols = view.nonBlankCols(r).filter(c => c >= left && c <= right);
  if (cols.length !== 1 || !view.mergedAcross(r, cols[0])) return false;
  let end = cols[0];
  while (end + 1 <= right && view.mergedAcross(r, end + 1) && !view.cell(r, end + 1)) end++;
  return (end - cols[0] + 1) * 5 >= (right - left + 1) * 4;
}

/** May row r+1 continue the header that starts at `first`? */
function continuesHeader(view: SheetView, r: number, left: number, right: number): boolean {
  if (view.isBlankRow(r)) return false;
  if (numberingRow(view, r, left, right)) return false;
  if (isBanner(view, r, left, right)) return false;
  let text = 0;
  let headerish = 0;
  for (let c = left; c <= right; c++) {
    const cell = view.cell(r, c);
    if (isBlank(cell)) continue;
    if (typeof cell!.value === 'number') {
      if (!(Number.isInteger(cell!.value) && cell!.value >= 2000 && cell!.value <= 2099)) return false;
      continue;
    }
    const t = cellText(cell);
    if (isYear(t) || isQuarterNumber(view, r, c, t)) continue;
    if (looksNumeric(t) && !/^\(?%\)?$/.test(t.trim())) return false;
    text++;
    // Short words under a group header merged across columns ("Realisasi SP2D" over "s/d Bln Lalu |
    // s/d Bln Ini") are its sub-headers, whatever the words.
    if (t.length <= 60 && (isHeaderWord(t) || (t.length <= 40 && r > view.top && view.mergedAcross(r - 1, c) && !view.mergedAcross(r, c)))) headerish++;
  }
  const mergedDown = [...Array(right - left + 1).keys()].some(i => view.mergedFromAbove(r, left + i));
  if (text === 0) return mergedDown;
  return headerish * 2 >= text && (mergedDown || headerish >= 1);
}

/** Finds the header block starting at row r, or undefined when the rows do not make a table header. */
export function readHeader(view: SheetView, r: number): HeaderBlock | undefined {
  if (!headerLike(view, r)) return undefined;
  // Our own recomputed columns beside the table (from an earlier run) are not part of it.
  const cols = view.nonBlankCols(r).filter(c => !cellText(view.cell(r, c)).includes(OWN_COLUMN_MARK));
  if (cols.length < 2) return undefined;
  let left = cols[0];
  let right = cols[cols.length - 1];
  // A merged header cell may extend to the right of the last text.
  for (let c = right + 1; c <= view.right && view.isMergedCovered(r, c); c++) right = c;
  const rows = [r];
  while (rows.length < 3 && continuesHeader(view, rows[rows.length - 1] + 1, left, right)) {
    const next = rows[rows.length - 1] + 1;
    rows.push(next);
    for (const c of view.nonBlankCols(next).filter(x => !cellText(view.cell(next, x)).includes(OWN_COLUMN_MARK))) {
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  const block = blockFromRows(view, rows, left, right);
  if (!block.guesses.some(g => VALUE_ROLES.has(g.role))) return undefined;
  if (block.guesses.length < 2) return undefined;
  return block;
}

/** The header block over the given rows: each column's header parts, role guesses and numbering row. */
export function blockFromRows(view: SheetView, rows: number[], left: number, right: number): HeaderBlock {
  const parts = new Map<number, string[]>();
  for (let c = left; c <= right; c++) parts.set(c, rows.map(hr => view.headerText(hr, c)));
  const after = rows[rows.length - 1] + 1;
  const labels = numberingRow(view, after, left, right);
  const guesses: HeaderBlock['guesses'] = [];
  for (const [c, p] of parts) {
    // Our own recomputed columns beside a table are never the user's.
    if (p.some(x => x.includes(OWN_COLUMN_MARK))) continue;
    const g = guessRole(p);
    if (g) guesses.push({ col: c, ...g, header: p.filter((x, i, a) => x && a.indexOf(x) === i).join(' / ') });
  }
  return { rows, left, right, parts, numbering: labels ? { row: after, labels } : undefined, columns: {}, guesses };
}
