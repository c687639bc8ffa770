/**
 * The workbook as the core sees it: plain data, no Office or exceljs objects.
 * Both adapters (office over Excel.run, xlsx over files) produce exactly this shape.
 */

/** A cell's raw value as the host stores it: numbers stay numbers, text stays text. */
export type RawValue = number | string | boolean | null;

export interface Cell {
  /** Raw value; for formula cells the cached result. Errors (#DIV/0!) are kept as their text. */
  value: RawValue;
  /** The formula without a leading '=' when the cell holds one. */
  formula?: string;
  /** Excel number format code, e.g. '0.00', '#,##0', '0%'. 'General' or absent when none. */
  numFmt?: string;
  bold?: boolean;
  /** Indent level (Excel's alignment indent). */
  indent?: number;
  /** True when value is an error such as #DIV/0! or #REF!. */
  error?: boolean;
}

/** A merged area, 1-based inclusive sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet's used range as a dense 2-D block.
 * cells[r][c] is sheet row (originRow + r), column (originCol + c), both 1-based.
 * Cells of a merged area other than its top-left are null unless the host repeats the value.
 */
export interface SheetGrid {
  name: string;
  /** Position of the sheet in the workbook, 0-based. */
  index: number;
  visible: boolean;
  protected: boolean;
  originRow: number;
  originCol: number;
  rowCount: number;
  colCount: number;
  cells: (Cell | null)[][];
  merges: MergedArea[];
  /** Rows hidden by the user (1-based), when the adapter knows them. */
  hiddenRows?: number[];
}

/** Where a sheet's used range sits and how large it is. */
export type UsedRange = Pick<SheetGrid, 'originRow' | 'originCol' | 'rowCount' | 'colCount'>;

/** The used range spanning rows top..bottom and columns left..right; an empty one sits at A1 with no cells. */
export function usedRange(top: number, left: number, bottom: number, right: number): UsedRange {
  const has = bottom >= top && right >= left;
  return has
    ? { originRow: top, originCol: left, rowCount: bottom - top + 1, colCount: right - left + 1 }
    : { originRow: 1, originCol: 1, rowCount: 0, colCount: 0 };
}

export interface WorkbookData {
  /** File name as given (CLI) or the workbook name (add-in). */
  name: string;
  sheets: SheetGrid[];
}

/** Reads the cell at 1-based sheet coordinates; null when outside the used range or empty. */
export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | null {
  const r = row - sheet.originRow;
  const c = col - sheet.originCol;
  if (r < 0 || c < 0 || r >= sheet.rowCount || c >= sheet.colCount) return null;
  const line = sheet.cells[r];
  return (line && line[c]) || null;
}

export function lastRow(sheet: SheetGrid): number {
  return sheet.originRow + sheet.rowCount - 1;
}

export function lastCol(sheet: SheetGrid): number {
  return sheet.originCol + sheet.colCount - 1;
}

/** True when the cell holds nothing a reader would see. */
export function isBlank(cell: Cell | null): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** The merged area that covers a cell, if any. */
export function mergeAt(sheet: SheetGrid, row: number, col: number): MergedArea | undefined {
  return sheet.merges.find(m => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The value a reader sees at a cell: for the hidden cells of a merged area, the top-left's value.
 */
export function visibleCell(sheet: SheetGrid, row: number, col: number): Cell | null {
  const own = cellAt(sheet, row, col);
  if (!isBlank(own)) return own;
  const m = mergeAt(sheet, row, col);
  if (m && (m.top !== row || m.left !== col)) return cellAt(sheet, m.top, m.left);
  return own;
}
