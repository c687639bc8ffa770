import type { Dec } from '../engine/decimal';
import { inferConvention, type Convention } from '../engine/number';
import { cellAt, type SheetGrid, type WorkbookData } from '../model/grid';
import type { RecognisedTable, TableRow } from '../model/recognition';
import { FractionValueCell } from './fraction-value-cell';
import { LazyValueCell } from './lazy-value-cell';
import type { CellNumber } from './values';

/** A value cell of a table row: its number as read, and where it sits. */
export interface ValueCell extends CellNumber {
  sheet: string;
  /** A1 address without the sheet. */
  addr: string;
  col: number;
  row: number;
  /** The cell's raw text when it is text (for kategori and satuan). */
  text: string;
}

/** A cell that holds a number (not empty, a dash, text or an error). */
export const isNumber = (c: ValueCell | undefined): c is ValueCell & { value: Dec } =>
  !!c && (c instanceof LazyValueCell ? c.hasNumber : c.status === 'number' && !!c.value);

export interface RowValues {
  index: number;
  row: TableRow;
  cells: Record<string, ValueCell>;
}

export interface TableValues {
  table: RecognisedTable;
  rows: RowValues[];
  /** Separator convention per role column, decided from its cells. */
  conventions: Record<string, Convention | undefined>;
}

/** Reads every mapped cell of every non-blank body row, once, for compute and checks. */
export function tableValues(wb: WorkbookData, table: RecognisedTable): TableValues {
  const sheet = wb.sheets.find(s => s.name === table.sheet)!;
  const conventions: Record<string, Convention | undefined> = {};
  for (const [role, m] of Object.entries(table.columns)) {
    const texts: string[] = [];
    for (const row of table.rows) {
      const v = cellAt(sheet, row.row, m.col)?.value;
      if (typeof v === 'string') texts.push(v);
    }
    conventions[role] = texts.length ? inferConvention(texts).convention : undefined;
  }
  const rows: RowValues[] = [];
  const columns = Object.entries(table.columns);
  table.rows.forEach((row, index) => {
    if (row.kind === 'blank' || row.kind === 'numbering') return;
    rows.push({ index, row, cells: rowCells(sheet, columns, row, conventions) });
  });
  return { table, rows, conventions };
}

function rowCells(sheet: SheetGrid, columns: [string, { col: number; fraction?: boolean }][], row: TableRow, conventions: Record<string, Convention | undefined>): Record<string, ValueCell> {
  const out: Record<string, ValueCell> = {};
  for (const [role, m] of columns) out[role] = new (m.fraction ? FractionValueCell : LazyValueCell)(cellAt(sheet, row.row, m.col), conventions[role], sheet.name, row.row, m.col);
  return out;
}

const rowsByIndex = new WeakMap<TableValues, Map<number, RowValues>>();

/** The row of a table by its index in table.rows, through an index built once per table. */
export function rowAt(tv: TableValues, index: number): RowValues | undefined {
  let m = rowsByIndex.get(tv);
  if (!m) {
    m = new Map(tv.rows.map(r => [r.index, r]));
    rowsByIndex.set(tv, m);
  }
  return m.get(index);
}

/**
 * Whether a row belongs in a summary or the narrative: summaries speak per program and kegiatan (and
 * totals); sub kegiatan and kode rekening lines are left to the table itself when their parents are
 * there to summarise them. Tables without such a hierarchy keep every row.
 */
export function summaryLevel(tv: TableValues): (rv: RowValues) => boolean {
  const levels = new Set(tv.rows.map(r => r.row.level));
  const hasParents = levels.has('program') || levels.has('kegiatan');
  if (!hasParents || !(levels.has('sub_kegiatan') || levels.has('rekening'))) return () => true;
  return rv => rv.row.level !== 'sub_kegiatan' && rv.row.level !== 'rekening';
}
