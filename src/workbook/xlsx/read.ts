import type ExcelJS from 'exceljs';
import * as path from 'path';
import { usedRange, type Cell, type MergedArea, type RawValue, type SheetGrid, type WorkbookData } from '../../model/grid';
import { WorkbookRefusal } from '../../model/workbook-port';
import { columnNumber } from '../../model/address';
import { RUN_RECORD_SHEET } from '../../model/write-plan';
import { assertReadable } from './guard';
import { readXlsxPackage } from './package-read';

/**
 * Reads an .xlsx file into the core's plain grid model, straight from the package (package-read.ts):
 * every sheet part whatever its name, no exceljs model in between.
 */
export async function readXlsxFile(file: string): Promise<WorkbookData> {
  return readXlsxPackage(file);
}

/**
 * The earlier reader, through exceljs's model: kept while `hitung` still writes through exceljs (it needs
 * the model it will save) and as the reference the package reader is proven equal to.
 */
export async function readXlsxFileViaExceljs(file: string): Promise<WorkbookData> {
  const wb = await loadWorkbook(file);
  return workbookToData(wb, path.basename(file));
}

/** The workbook as exceljs's model, for `hitung` and `hapus`; refuses first what it cannot read safely. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  await assertReadable(file);
  // Loaded on demand: `check` reads through package-read.ts and never needs exceljs.
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const wb = new Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new WorkbookRefusal(
      `Berkas ${path.basename(file)} rusak sehingga tidak dapat dibaca sebagai .xlsx; buka di Excel (yang menawarkan perbaikan), simpan ulang, lalu coba lagi.`,
      'unreadable',
    );
  }
  return wb;
}

export function workbookToData(wb: ExcelJS.Workbook, name: string): WorkbookData {
  const sheets: SheetGrid[] = [];
  wb.worksheets.forEach((ws, index) => {
    if (ws.name === RUN_RECORD_SHEET) return;
    sheets.push(sheetToGrid(ws, index));
  });
  return { name, sheets };
}

function sheetToGrid(ws: ExcelJS.Worksheet, index: number): SheetGrid {
  const dims = ws.dimensions as unknown as { top: number; left: number; bottom: number; right: number } | undefined;
  const hasCells = ws.actualRowCount > 0 && dims && dims.bottom >= dims.top;
  // A sheet without rows has an empty used range (bottom above top).
  const range = hasCells ? usedRange(dims!.top, dims!.left, dims!.bottom, dims!.right) : usedRange(1, 1, 0, 0);
  const { originRow, originCol, rowCount, colCount } = range;
  const cells: (Cell | null)[][] = [];
  for (let r = 0; r < rowCount; r++) cells.push(new Array(colCount).fill(null));
  const hiddenRows: number[] = [];
  if (hasCells) {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.push(rowNumber);
      const line = cells[rowNumber - originRow];
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        // exceljs repeats a merged area's value in every cell; Office shows it only top-left.
        if (c.isMerged && c.master && c.master.address !== c.address) return;
        const cell = toCell(c);
        if (cell) line[colNumber - originCol] = cell;
      });
    });
  }
  const merges: MergedArea[] = [];
  for (const ref of (ws.model as unknown as { merges?: string[] }).merges || []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    merges.push({ top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4]), right: columnNumber(m[3]) });
  }
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return {
    name: ws.name,
    index,
    visible: ws.state === undefined || ws.state === 'visible',
    protected: !!(protection && protection.sheet),
    ...range,
    cells,
    merges,
    hiddenRows,
  };
}

/** Converts an exceljs cell to our Cell; formulas keep their cached result as value. */
function toCell(c: ExcelJS.Cell): Cell | null {
  const raw = c.value as unknown;
  let value: RawValue = null;
  let formula: string | undefined;
  let error = false;
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') value = raw;
  else if (typeof raw === 'string') value = raw;
  else if (raw instanceof Date) value = excelSerial(raw);
  else if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      formula = (o.formula as string) || c.formula || undefined;
      const res = o.result as unknown;
      if (res && typeof res === 'object' && 'error' in (res as object)) { value = String((res as { error: string }).error); error = true; }
      else if (res instanceof Date) value = excelSerial(res);
      else value = res === undefined ? null : (res as RawValue);
    } else if ('richText' in o) {
      value = (o.richText as { text: string }[]).map(t => t.text).join('');
    } else if ('error' in o) {
      value = String(o.error);
      error = true;
    } else if ('text' in o) {
      value = String(o.text);
    } else return null;
  }
  const cell: Cell = { value };
  if (formula) cell.formula = formula;
  if (error) cell.error = true;
  const fmt = c.numFmt;
  if (fmt && fmt !== 'General') cell.numFmt = fmt;
  if (c.font && c.font.bold) cell.bold = true;
  const indent = c.alignment && c.alignment.indent;
  if (indent) cell.indent = indent;
  return cell;
}

/** Dates become Excel serial numbers, as Excel itself stores them. */
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}
