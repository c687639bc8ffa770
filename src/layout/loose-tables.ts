import { OWN_COLUMN_MARK } from '../model/write-plan';
import { blockFromRows, type HeaderBlock } from './header';
import { numberingRow, type SheetView } from './sheet-view';
import { cellText, looksNumeric } from './text';

/**
 * Candidate tables that header words alone do not find: a row of column titles in words the
 * vocabulary does not know (English, another office's wording, "Kolom 1"), or a block of numbers with
 * no header row at all. These are only candidates: recognise.ts keeps one only when the arithmetic
 * between its columns proves what it is (evidence.ts).
 */

const MAX_TITLE_CHARS = 80;

/** A text-only row of two or more short cells, directly followed (after an optional column-number row) by numbers. */
export function readLooseHeader(view: SheetView, r: number): HeaderBlock | undefined {
  const cols = view.nonBlankCols(r).filter(c => !cellText(view.cell(r, c)).includes(OWN_COLUMN_MARK));
  if (cols.length < 2 || !textOnly(view, r, cols)) return undefined;
  let left = cols[0];
  let right = cols[cols.length - 1];
  for (let c = right + 1; c <= view.right && view.isMergedCovered(r, c); c++) right = c;
  const rows = [r];
  // A second header row (merged groups above leaves) is text too.
  const second = r + 1;
  const secondCols = view.nonBlankCols(second).filter(c => c >= left - 1 && c <= right + 1);
  if (secondCols.length && textOnly(view, second, secondCols) && !numberingRow(view, second, left, right)) {
    rows.push(second);
    left = Math.min(left, secondCols[0]);
    right = Math.max(right, secondCols[secondCols.length - 1]);
  }
  let next = rows[rows.length - 1] + 1;
  if (numberingRow(view, next, left, right)) next++;
  if (view.numericCount(next, left, right) < 2) return undefined;
  return blockFromRows(view, rows, left, right);
}

export interface BareBlock {
  header: HeaderBlock;
  top: number;
  bottom: number;
  quantityColumns: number;
}

/** Numbers starting at row r with nothing above that could be their header (a blank, a title line, the sheet's top). */
export function findBareBlock(view: SheetView, r: number, lastBodyEnd: number): BareBlock | undefined {
  if (view.numericCount(r) < 2) return undefined;
  // "Komponen | 2019 | 2020 | … | Perubahan": years over the columns are a header row, never the first data row.
  if (yearsOnly(view, r)) return undefined;
  const above = r - 1;
  if (above >= view.top && above > lastBodyEnd && !view.isBlankRow(above)) {
    const cols = view.nonBlankCols(above);
    // A row of two or more cells above the numbers is a header (known or loose) or data: not this case.
    if (cols.length >= 2 && !(cols.length === 2 && view.numericCount(above) === 0 && cellText(view.cell(above, cols[1])).length > MAX_TITLE_CHARS)) return undefined;
  }
  // The block's width: every column that holds something in its first rows.
  let left = Infinity;
  let right = -Infinity;
  let bottom = r;
  const numericCols = new Set<number>();
  for (let x = r; x <= view.bottom && x < r + 10; x++) {
    if (view.isBlankRow(x)) break;
    bottom = x;
    for (const c of view.nonBlankCols(x)) {
      left = Math.min(left, c);
      right = Math.max(right, c);
      const v = view.cell(x, c)?.value;
      if (typeof v === 'number' || (typeof v === 'string' && looksNumeric(v))) numericCols.add(c);
    }
  }
  for (let x = bottom + 1; x <= view.bottom; x++) {
    if (view.isBlankRow(x) && (x + 1 > view.bottom || view.isBlankRow(x + 1))) break;
    bottom = x;
  }
  const header: HeaderBlock = { rows: [], left, right, parts: new Map(), columns: {}, guesses: [], bodyTop: r };
  return { header, top: r, bottom, quantityColumns: numericCols.size };
}

function textOnly(view: SheetView, r: number, cols: number[]): boolean {
  for (const c of cols) {
    const v = view.cell(r, c)?.value;
    if (typeof v === 'number') {
      // Years in a header ("2023") are fine; other numbers are data.
      if (!(Number.isInteger(v) && v >= 2000 && v <= 2099)) return false;
      continue;
    }
    const t = cellText(view.cell(r, c));
    if (t.length > MAX_TITLE_CHARS || looksNumeric(t)) return false;
  }
  return true;
}

/** Every number in the row is a distinct year (1990–2099) and there are at least two. */
function yearsOnly(view: SheetView, r: number): boolean {
  const years = new Set<number>();
  for (const c of view.nonBlankCols(r)) {
    const v = view.cell(r, c)?.value;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : undefined;
    if (n === undefined) {
      if (typeof v === 'string' && looksNumeric(v)) return false;
      continue;
    }
    if (!Number.isInteger(n) || n < 1990 || n > 2099 || years.has(n)) return false;
    years.add(n);
  }
  return years.size >= 2;
}
