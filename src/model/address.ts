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
