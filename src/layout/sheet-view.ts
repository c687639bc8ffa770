import { cellAt, isBlank, lastCol, lastRow, type Cell, type SheetGrid } from '../model/grid';
import { cellText, looksNumeric } from './text';

/**
 * Row-oriented helpers over a grid for recognition: texts with merged areas resolved for headers,
 * and quick tests of what a row looks like.
 */
export class SheetView {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** For every cell covered by a merged area (but not its top-left), the top-left coordinates. */
  private readonly mergeOwner = new Map<number, number>();
  /** Merged areas spanning more than one row, keyed by their top row. */
  readonly verticalMergeRows = new Set<number>();
  /** Cells of merged areas spanning more than one column (group headers over their sub-columns). */
  private readonly acrossCells = new Set<number>();

  constructor(readonly sheet: SheetGrid) {
    this.top = sheet.originRow;
    this.bottom = lastRow(sheet);
    this.left = sheet.originCol;
    this.right = lastCol(sheet);
    for (const m of sheet.merges) {
      // Huge merges (a whole column) would cost memory; they carry no header meaning.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 5000) continue;
      if (m.bottom > m.top) for (let r = m.top; r < m.bottom; r++) this.verticalMergeRows.add(r);
      if (m.right > m.left) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.acrossCells.add(this.key(r, c));
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.mergeOwner.set(this.key(r, c), this.key(m.top, m.left));
    }
  }

  private key(r: number, c: number): number {
    return r * 20000 + c;
  }

  cell(r: number, c: number): Cell | null {
    return cellAt(this.sheet, r, c);
  }

  /** Text shown at a cell, taking a merged area's text for every cell it covers (for headers). */
  headerText(r: number, c: number): string {
    const own = cellText(this.cell(r, c));
    if (own) return own;
    const owner = this.mergeOwner.get(this.key(r, c));
    if (owner === undefined) return '';
    return cellText(this.cell(Math.floor(owner / 20000), owner % 20000));
  }

  /** True when (r,c) is inside a merged area that started on an earlier row. */
  mergedFromAbove(r: number, c: number): boolean {
    const owner = this.mergeOwner.get(this.key(r, c));
    return owner !== undefined && Math.floor(owner / 20000) < r;
  }

  /** True when (r,c) lies in a merged area more than one column wide. */
  mergedAcross(r: number, c: number): boolean {
    return this.acrossCells.has(this.key(r, c));
  }

  isMergedCovered(r: number, c: number): boolean {
    return this.mergeOwner.has(this.key(r, c));
  }

  nonBlankCols(r: number): number[] {
    const out: number[] = [];
    for (let c = this.left; c <= this.right; c++) if (!isBlank(this.cell(r, c))) out.push(c);
    return out;
  }

  isBlankRow(r: number): boolean {
    for (let c = this.left; c <= this.right; c++) if (!isBlank(this.cell(r, c))) return false;
    return true;
  }

  /** Cells holding numbers or number-like text. */
  numericCount(r: number, from = this.left, to = this.right): number {
    let n = 0;
    for (let c = from; c <= to; c++) {
      const cell = this.cell(r, c);
      if (!cell || cell.value === null) continue;
      if (typeof cell.value === 'number') n++;
      else if (typeof cell.value === 'string' && looksNumeric(cell.value)) n++;
    }
    return n;
  }
}

/** A column-number row under a header: 1 2 3 …, (1) (2) …, "(7) = (6/5*100)", "5=3-4". */
export function numberingRow(view: SheetView, r: number, left: number, right: number): Map<number, { label: string; rule?: string }> | undefined {
  // Made at the first numbered cell: most body rows fail on their first cell, and this runs for every one.
  let out: Map<number, { label: string; rule?: string }> | undefined;
  let count = 0;
  let prev = -Infinity;
  let increasing = 0;
  for (let c = left; c <= right; c++) {
    const cell = view.cell(r, c);
    if (isBlank(cell)) continue;
    const t = cellText(cell).replace(/\s+/g, '');
    const m = /^\(?(\d{1,2})\)?(?:=(.+))?$/.exec(t);
    if (!m) return undefined;
    if (typeof cell!.value === 'number' && !Number.isInteger(cell!.value)) return undefined;
    const n = Number(m[1]);
    if (n > prev) increasing++;
    prev = n;
    count++;
    (out ??= new Map()).set(c, { label: m[1], rule: m[2] });
  }
  if (count < 2 || increasing < count) return undefined;
  return out;
}
