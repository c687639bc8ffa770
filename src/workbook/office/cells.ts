/**
 * Pure helpers for the Office adapter: address parsing, grouping many cells into few rectangles and
 * address lists, colour conversion. Nothing here touches the Excel object model.
 */
import { a1, columnNumber } from '../../model/address';

/** 1-based inclusive rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellPos {
  row: number;
  col: number;
}

/** Excel keeps each getRanges() address list well under its 8,192-character limit with this margin. */
export const MAX_ADDRESS_LIST_CHARS = 7_500;

/** Drops a "Sheet!" or "'My sheet'!" prefix. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Parses "A1", "$A$1:$C$5" or "Sheet1!A1:C5" into a rectangle. */
export function parseRect(address: string): Rect {
  const ref = stripSheet(address).replace(/\$/g, '').trim();
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(ref);
  if (!m) throw new Error(`Alamat sel tidak valid: ${address}`);
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[3] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

export function rectA1(r: Rect): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Key of a cell in a RunRecord: "sheet!A1" (sheet name unquoted, as the contract states). */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export function splitKey(key: string): { sheet: string; cell: string } {
  const bang = key.lastIndexOf('!');
  return { sheet: key.slice(0, bang), cell: key.slice(bang + 1) };
}

/** Expands cell references (single cells or ranges) into distinct cell positions. */
export function expandRefs(refs: string[]): CellPos[] {
  const seen = new Set<string>();
  const out: CellPos[] = [];
  for (const ref of refs) {
    const r = parseRect(ref);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = `${row},${col}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ row, col });
      }
    }
  }
  return out;
}

/**
 * Covers a set of cells exactly with few rectangles: vertical runs per column, then neighbouring columns
 * with identical runs are merged. A column of 5,000 consecutive cells becomes one "E5:E5004".
 */
export function compressCells(cells: CellPos[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  // run "top-bottom" -> columns having exactly that run
  const runs = new Map<string, number[]>();
  for (const [col, rows] of byCol) {
    rows.sort((x, y) => x - y);
    let start = rows[0];
    let prev = rows[0];
    const flush = () => {
      const k = `${start}-${prev}`;
      const cols = runs.get(k);
      if (cols) cols.push(col);
      else runs.set(k, [col]);
    };
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i];
      if (r === prev) continue;
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      flush();
      start = r;
      prev = r;
    }
    flush();
  }
  const rects: Rect[] = [];
  for (const [k, cols] of runs) {
    const [top, bottom] = k.split('-').map(Number);
    cols.sort((x, y) => x - y);
    let left = cols[0];
    let prev = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      const c = cols[i];
      if (c === prev + 1) {
        prev = c;
        continue;
      }
      rects.push({ top, left, bottom, right: prev });
      left = c;
      prev = c;
    }
  }
  rects.sort((x, y) => x.top - y.top || x.left - y.left);
  return rects;
}

/**
 * Rectangles to read cell properties from: per column, rows within `maxGap` of each other share one
 * segment (reading a few cells too many is cheaper than one more proxy per cell).
 */
export function readingSegments(cells: CellPos[], maxGap = 16): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  const segs: Rect[] = [];
  for (const [col, rows] of byCol) {
    rows.sort((x, y) => x - y);
    let top = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r !== undefined && r - prev <= maxGap) {
        prev = r;
        continue;
      }
      segs.push({ top, left: col, bottom: prev, right: col });
      top = r;
      prev = r;
    }
  }
  // merge neighbouring columns with the same row span
  segs.sort((x, y) => x.top - y.top || x.bottom - y.bottom || x.left - y.left);
  const merged: Rect[] = [];
  for (const s of segs) {
    const last = merged[merged.length - 1];
    if (last && last.top === s.top && last.bottom === s.bottom && last.right + 1 === s.left) last.right = s.right;
    else merged.push({ ...s });
  }
  return merged;
}

/** Joins rectangles into comma-separated address lists, each shorter than `maxChars`. */
export function addressLists(rects: Rect[], maxChars = MAX_ADDRESS_LIST_CHARS): string[] {
  const lists: string[] = [];
  let current = '';
  for (const r of rects) {
    const a = rectA1(r);
    if (current && current.length + 1 + a.length > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

/** Plan colour (ARGB 'FFFFC7CE', RGB 'FFC7CE' or '#FFC7CE') to the '#RRGGBB' Excel expects. */
export function toExcelColor(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  throw new Error(`Warna tidak valid: ${color}`);
}

/** A cell's fill as Excel reports it, to the record's form: '' for none, else ARGB 'FFRRGGBB'. */
export function fromExcelFill(color: unknown, pattern: unknown): string {
  if (pattern === 'None' || typeof color !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(color)) return '';
  return `FF${color.slice(1).toUpperCase()}`;
}

/** A rough JSON size of a value, as a payload estimate (characters of its JSON form). */
export function jsonSize(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
