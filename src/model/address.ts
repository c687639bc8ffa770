/** A1-style addresses, 1-based rows and columns. */

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return a1(top, left) + ':' + a1(bottom, right);
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Alamat sel tidak valid: ${ref}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** Quotes a sheet name for use in a formula or a cross-sheet reference ("'Lampiran 2'!D5"). */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: 1,048,576 rows, 16,384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/**
 * An A1 range as Excel and users write it: "B4:H20", "$B$4:$H$20", "B4", whole columns "B:H", whole rows "4:20",
 * optionally after "Sheet!". Undefined when it is not a range or lies outside Excel's grid.
 */
export function parseRange(text: string): Area | undefined {
  const ref = text.slice(text.lastIndexOf('!') + 1).replace(/\$/g, '').trim().toUpperCase();
  let area: Area | undefined;
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (m) {
    const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
    const [r2, c2] = m[3] ? [Number(m[4]), columnNumber(m[3])] : [r1, c1];
    area = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  } else if ((m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref))) {
    const [c1, c2] = [columnNumber(m[1]), columnNumber(m[2])];
    area = { top: 1, bottom: MAX_ROW, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  } else if ((m = /^(\d+):(\d+)$/.exec(ref))) {
    const [r1, r2] = [Number(m[1]), Number(m[2])];
    area = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 1, right: MAX_COLUMN };
  }
  if (!area || area.top < 1 || area.left < 1 || area.bottom > MAX_ROW || area.right > MAX_COLUMN) return undefined;
  return area;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: Area, b: Area): Area | undefined {
  return overlaps(a, b)
    ? { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) }
    : undefined;
}
