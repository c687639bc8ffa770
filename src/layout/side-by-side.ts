import { isBlank } from '../model/grid';
import { blockFromRows, VALUE_ROLES, type HeaderBlock } from './header';
import type { SheetView } from './sheet-view';

/** How far below the header a separating column must stay blank (the rows up to the first blank row). */
const SCAN_ROWS = 400;
/** Roles that name a table's rows: each table printed side by side has its own. */
const NAME_ROLES = new Set(['uraian', 'indikator', 'program', 'kegiatan', 'sasaran']);

/**
 * Two tables printed side by side on the same rows (2022 beside 2023, kinerja beside anggaran): a column
 * that is blank in the header and in every row under it, with a complete table on each side (a column
 * naming its rows and a column of values), parts the header into one table per side. A blank spacer
 * inside one table leaves a side without names or values, and the header stays whole.
 */
export function sideBySide(view: SheetView, h: HeaderBlock): HeaderBlock[] {
  if (!h.rows.length) return [h];
  const top = h.rows[0];
  let last = h.rows[h.rows.length - 1];
  while (last + 1 <= view.bottom && last - top < SCAN_ROWS && !view.isBlankRow(last + 1)) last++;
  const empty = (c: number) => {
    for (let r = top; r <= last; r++) if (!isBlank(view.cell(r, c)) || view.isMergedCovered(r, c)) return false;
    return true;
  };
  const runs: [number, number][] = [];
  let start: number | undefined;
  for (let c = h.left; c <= h.right + 1; c++) {
    const gap = c > h.right || empty(c);
    if (!gap && start === undefined) start = c;
    if (gap && start !== undefined) {
      runs.push([start, c - 1]);
      start = undefined;
    }
  }
  if (runs.length < 2) return [h];
  const parts = runs.map(([a, b]) => blockFromRows(view, ownRows(view, h.rows, a, b), a, b));
  const complete = (p: HeaderBlock) => p.guesses.some(g => NAME_ROLES.has(g.role)) && p.guesses.some(g => VALUE_ROLES.has(g.role));
  return parts.every(complete) ? parts : [h];
}

/**
 * The header rows of one side: a first row holding only one unmerged text in the side's first column is
 * that table's title ("Capaian Kinerja Tahun 2020" over one table, "Alokasi dan Realisasi" over the other),
 * which looked like a header row only because the two titles share a row.
 */
function ownRows(view: SheetView, rows: number[], left: number, right: number): number[] {
  if (rows.length < 2) return rows;
  const cols = view.nonBlankCols(rows[0]).filter(c => c >= left && c <= right);
  return cols.length === 1 && cols[0] === left && !view.mergedAcross(rows[0], left) ? rows.slice(1) : rows;
}
