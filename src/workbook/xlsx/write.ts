import ExcelJS from 'exceljs';
import { RUN_RECORD_SHEET, type PlannedCell, type RunRecord, type SheetWrite } from '../../model/write-plan';

/**
 * exceljs is kept here only for what builds a NEW workbook: the values-only summary export (`--ekspor`)
 * and test helpers; and `readRecord`, which reads a run record from an exceljs model (tests, interop).
 * Writing into the user's workbook goes through the package patcher (./patch), never through exceljs.
 * Every style is assigned as a fresh object: exceljs shares one style object between cells of the same style.
 */

/** A run record as read back from a file (the patcher's record carries more; see patch/record.ts). */
export type XlsxRunRecord = RunRecord & Record<string, unknown>;

export function readRecord(wb: ExcelJS.Workbook): XlsxRunRecord | undefined {
  const ws = wb.getWorksheet(RUN_RECORD_SHEET);
  if (!ws) return undefined;
  let json = '';
  for (let r = 1; ; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string' || !v) break;
    // The add-in writes a sentence before the JSON; skip anything before it starts.
    if (!json && !v.startsWith('{')) continue;
    json += v;
  }
  try {
    const rec = JSON.parse(json) as XlsxRunRecord;
    return rec && rec.version === 1 ? rec : undefined;
  } catch {
    return undefined;
  }
}

/** Writes one planned cell: value, live formula with cached result, link, and a fresh style. */
export function writeCell(cell: ExcelJS.Cell, pc: PlannedCell): void {
  if (pc.formula) {
    const result = pc.value === null || pc.value === undefined ? undefined : pc.value;
    cell.value = { formula: pc.formula, result } as ExcelJS.CellFormulaValue;
  } else if (pc.link && pc.value !== undefined && pc.value !== null) {
    cell.value = { text: String(pc.value), hyperlink: `#${pc.link}` } as ExcelJS.CellHyperlinkValue;
  } else if (pc.value !== undefined) {
    cell.value = pc.value as ExcelJS.CellValue;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (pc.numFmt) style.numFmt = pc.numFmt;
  const font: Partial<ExcelJS.Font> = {};
  if (pc.bold) font.bold = true;
  if (pc.link) {
    font.color = { argb: 'FF0563C1' };
    font.underline = true;
  }
  if (Object.keys(font).length) style.font = font;
  if (pc.wrap) style.alignment = { wrapText: true, vertical: 'top' };
  if (pc.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: pc.fill } };
  cell.style = style;
}

const isEmptyPlanned = (pc: PlannedCell | undefined) =>
  !pc || (pc.value === undefined && pc.formula === undefined && !pc.fill && !pc.bold);

/** Adds one of our sheets; returns the number of cells written. */
export function writeSheet(wb: ExcelJS.Workbook, name: string, sw: SheetWrite): number {
  const ws = wb.addWorksheet(name, {
    state: sw.hidden ? 'hidden' : 'visible',
    views: sw.freezeRows ? [{ state: 'frozen', ySplit: sw.freezeRows, xSplit: 0 }] : undefined,
    pageSetup: {
      orientation: sw.landscape ? 'landscape' : 'portrait',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  let n = 0;
  sw.rows.forEach((row, r) => {
    row.forEach((pc, c) => {
      if (isEmptyPlanned(pc)) return;
      writeCell(ws.getCell(r + 1, c + 1), pc);
      n++;
    });
  });
  (sw.columnWidths || []).forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
  (sw.rowHeights || []).forEach((h, i) => {
    if (h) ws.getRow(i + 1).height = h;
  });
  if (sw.autoFilter) ws.autoFilter = sw.autoFilter;
  if (sw.freezeRows) ws.pageSetup.printTitlesRow = `${sw.freezeRows}:${sw.freezeRows}`;
  return n;
}

/** A sheet with every formula replaced by its computed value and links to other sheets dropped (for export). */
export function valuesOnly(sw: SheetWrite): SheetWrite {
  return {
    ...sw,
    rows: sw.rows.map(row => row.map(pc => {
      if (!pc) return pc;
      const out: PlannedCell = { ...pc };
      if (out.formula) {
        delete out.formula;
        if (out.value === undefined) out.value = null;
      }
      delete out.link;
      return out;
    })),
  };
}

/** Writes a new workbook that holds only the given sheets, with values instead of formulas. */
export async function writeExportWorkbook(sheets: SheetWrite[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hitung Capaian';
  for (const s of sheets) writeSheet(wb, s.name, valuesOnly(s));
  await wb.xlsx.writeFile(file);
}
