import ExcelJS from 'exceljs';
import { a1, columnLetter, parseA1 } from '../address';
import { recordedFill, recordedNote } from '../record-values';
import { RUN_RECORD_SHEET, type BlockWrite, type FillGroup, type NoteWrite, type PlannedCell, type RunRecord, type SheetWrite } from '../plan';

/**
 * Low-level writes of a plan into an exceljs workbook, and the run record that lets the next run undo them.
 * Every style is assigned as a fresh object: exceljs shares one style object between cells of the same style,
 * so mutating cell.fill would recolour unrelated cells.
 */

/** What the xlsx adapter stores: the shared RunRecord plus what it needs to restore block cells exactly. */
export interface XlsxRunRecord extends RunRecord {
  /** Original style (JSON) of every block cell that had one, keyed "sheet!A1". */
  cellStyles?: Record<string, string>;
  /** Original width of every column we widened (null = default), keyed "sheet!C". */
  columnWidths?: Record<string, number | null>;
}

const CHUNK = 30000; // below Excel's 32 767 characters per cell

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;
function splitKey(k: string): { sheet: string; cell: string } {
  const i = k.lastIndexOf('!');
  return { sheet: k.slice(0, i), cell: k.slice(i + 1) };
}

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

export function writeRecord(wb: ExcelJS.Workbook, rec: XlsxRunRecord): void {
  const old = wb.getWorksheet(RUN_RECORD_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RUN_RECORD_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(rec);
  for (let i = 0, r = 1; i < json.length; i += CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + CHUNK);
}

export function removeRecordSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(RUN_RECORD_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
}

function styleJson(cell: ExcelJS.Cell): string {
  const s = cell.style as Record<string, unknown> | undefined;
  if (!s) return '';
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (v !== undefined) clean[k] = v;
  return Object.keys(clean).length ? JSON.stringify(clean) : '';
}

function setNote(cell: ExcelJS.Cell, note: string | ExcelJS.Comment | undefined): void {
  if (note === undefined || note === '') {
    // exceljs keeps the comment both on the cell and inside its value model (as loaded); drop both.
    const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    c._comment = undefined;
    if (c._value && c._value.model) delete c._value.model.comment;
  } else cell.note = note;
}

/** Undoes an earlier run in memory: notes and fills back to their originals, our block cells and sheets removed. */
export function undoRecord(wb: ExcelJS.Workbook, rec: XlsxRunRecord | undefined): void {
  if (!rec) return;
  for (const name of rec.sheets) {
    const ws = wb.getWorksheet(name);
    if (ws && name !== RUN_RECORD_SHEET) wb.removeWorksheet(ws.id);
  }
  for (const [k, orig] of Object.entries(rec.notes || {})) {
    const { sheet, cell } = splitKey(k);
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    setNote(ws.getCell(cell), recordedNote(orig) as string | ExcelJS.Comment | undefined);
  }
  for (const [k, orig] of Object.entries(rec.fills || {})) {
    const { sheet, cell } = splitKey(k);
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const c = ws.getCell(cell);
    const style = { ...(c.style || {}) } as Partial<ExcelJS.Style>;
    const f = recordedFill(orig);
    if (f.kind === 'object') style.fill = f.fill as unknown as ExcelJS.Fill;
    else if (f.kind === 'argb') style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f.argb } };
    else delete style.fill;
    c.style = style;
  }
  const styles = rec.cellStyles || {};
  for (const b of rec.blocks || []) {
    const ws = wb.getWorksheet(b.sheet);
    if (!ws) continue;
    const [from, to] = b.range.split(':');
    const p = parseA1(from);
    const q = parseA1(to || from);
    for (let r = p.row; r <= q.row; r++) {
      for (let c = p.col; c <= q.col; c++) {
        const addr = a1(r, c);
        const cell = ws.getCell(addr);
        cell.value = null;
        setNote(cell, undefined);
        const orig = styles[key(b.sheet, addr)];
        cell.style = (orig ? JSON.parse(orig) : {}) as Partial<ExcelJS.Style>;
      }
    }
  }
  for (const [k, w] of Object.entries(rec.columnWidths || {})) {
    const { sheet, cell } = splitKey(k);
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    ws.getColumn(cell).width = w === null ? undefined : w;
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

/** The block's rectangle (top-left to the widest row) as A1 range, with its size. */
export function blockRange(topLeft: string, rows: PlannedCell[][]): { top: number; left: number; bottom: number; right: number } {
  const p = parseA1(topLeft);
  const width = Math.max(1, ...rows.map(r => r.length));
  return { top: p.row, left: p.col, bottom: p.row + Math.max(1, rows.length) - 1, right: p.col + width - 1 };
}

/** True when no cell of the rectangle holds a user value or belongs to a merged area. */
export function rectangleFree(ws: ExcelJS.Worksheet, r: { top: number; left: number; bottom: number; right: number }): boolean {
  for (let row = r.top; row <= r.bottom; row++) {
    const line = ws.findRow(row);
    if (!line) continue;
    for (let col = r.left; col <= r.right; col++) {
      const cell = line.findCell(col);
      if (!cell) continue;
      if (cell.isMerged) return false;
      const v = cell.value;
      if (v !== null && v !== undefined && v !== '') return false;
    }
  }
  return true;
}

/**
 * Writes a block of our cells, remembering each cell's original style and each column's width.
 * Returns the range written and the number of cells.
 */
export function writeBlock(ws: ExcelJS.Worksheet, b: BlockWrite, topLeft: string, rec: XlsxRunRecord): { range: string; cells: number } {
  const box = blockRange(topLeft, b.rows);
  rec.cellStyles = rec.cellStyles || {};
  rec.columnWidths = rec.columnWidths || {};
  for (let row = box.top; row <= box.bottom; row++) {
    for (let col = box.left; col <= box.right; col++) {
      const cell = ws.getCell(row, col);
      const s = styleJson(cell);
      if (s) rec.cellStyles[key(ws.name, a1(row, col))] = s;
    }
  }
  let n = 0;
  b.rows.forEach((line, i) => {
    line.forEach((pc, j) => {
      if (isEmptyPlanned(pc)) return;
      writeCell(ws.getCell(box.top + i, box.left + j), pc);
      n++;
    });
  });
  if (b.columnWidth) {
    for (let col = box.left; col <= box.right; col++) {
      const k = key(ws.name, columnLetter(col));
      if (!(k in rec.columnWidths)) rec.columnWidths[k] = ws.getColumn(col).width ?? null;
      ws.getColumn(col).width = b.columnWidth;
    }
  }
  return { range: `${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`, cells: n };
}

/** Colours cells, recording each one's original fill first. Returns the number of cells coloured. */
export function writeFills(wb: ExcelJS.Workbook, groups: FillGroup[], rec: XlsxRunRecord): number {
  let n = 0;
  for (const g of groups) {
    const ws = wb.getWorksheet(g.sheet);
    if (!ws) continue;
    for (const addr of g.cells) {
      const cell = ws.getCell(addr);
      const k = key(g.sheet, addr);
      if (!(k in rec.fills)) rec.fills[k] = cell.style && cell.style.fill ? JSON.stringify(cell.style.fill) : '';
      cell.style = { ...(cell.style || {}), fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: g.color } } };
      n++;
    }
  }
  return n;
}

/** Writes notes, recording each cell's original note first. Returns the number of notes written. */
export function writeNotes(wb: ExcelJS.Workbook, notes: NoteWrite[], rec: XlsxRunRecord): number {
  let n = 0;
  for (const note of notes) {
    const ws = wb.getWorksheet(note.sheet);
    if (!ws) continue;
    const cell = ws.getCell(note.cell);
    const k = key(note.sheet, note.cell);
    const orig = cell.note;
    if (!(k in rec.notes)) rec.notes[k] = orig === undefined || orig === null ? '' : JSON.stringify(orig);
    let text = note.text;
    if (orig) {
      const prev = typeof orig === 'string' ? orig : (orig.texts || []).map(t => t.text).join('');
      if (prev) text = `${prev}\n\n${text}`;
    }
    cell.note = text;
    n++;
  }
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
