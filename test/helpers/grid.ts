import type { Cell, SheetGrid, WorkbookData } from '../../src/model/grid';

/** A raw value, or a full cell ({ value, numFmt, formula, bold }). */
export type Raw = string | number | boolean | null | Cell;

/** A sheet from rows of raw values, row 1 first. */
export function grid(name: string, rows: Raw[][], merges: SheetGrid['merges'] = []): SheetGrid {
  const colCount = Math.max(0, ...rows.map(r => r.length));
  return {
    name, index: 0, visible: true, protected: false, originRow: 1, originCol: 1, rowCount: rows.length, colCount, merges,
    cells: rows.map(r => Array.from({ length: colCount }, (_, i) => {
      const v = r[i];
      if (v === undefined || v === null) return null;
      return typeof v === 'object' ? v : { value: v };
    })),
  };
}

/** A workbook of the given sheets, numbered in order. */
export const book = (...sheets: SheetGrid[]): WorkbookData => ({ name: 'uji.xlsx', sheets: sheets.map((s, index) => ({ ...s, index })) });
