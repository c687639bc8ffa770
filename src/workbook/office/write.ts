/**
 * Queues every write of a run into as few context.sync calls as the payload allows: normally one.
 *
 * Writes are whole 2-D blocks (values or formulas, and number formats), formats go through address
 * lists (Worksheet.getRanges, one proxy per list of up to 7,500 characters), and nothing is ever done per
 * cell except notes (Excel has no bulk note API) and the rare hyperlink whose text is too long for a
 * HYPERLINK formula. A block larger than WRITE_CHUNK_BYTES is split into row chunks; the batch syncs
 * early only when the queued payload would pass SYNC_BUDGET_BYTES (Excel on the web refuses requests
 * above 5 MB), so the number of syncs depends on the payload, never on the row count as such.
 */
import type { PlannedCell, RunRecord, SheetWrite } from '../../model/write-plan';
import { RUN_RECORD_SHEET } from '../../model/write-plan';
import { columnLetter } from '../../model/address';
import { addressLists, cellKey, compressCells, jsonSize, parseRect, rectA1, toExcelColor, type CellPos, type Rect } from './cells';
import type { OfficeCapabilities } from './requirements';
import { HIGHLIGHT_FORMULA, contentFingerprint, encodeRecord, type Survey } from './survey';
import { blockRange, type Changes } from './reconcile';
import type { ExcelFingerprint } from '../record';

/** Payload queued before an early sync (Excel on the web refuses requests above 5 MB). */
export const SYNC_BUDGET_BYTES = 4_000_000;
/** Largest 2-D write in one range; bigger blocks are written in row chunks. */
export const WRITE_CHUNK_BYTES = 1_000_000;
/** Estimated request overhead of one queued action. */
const ACTION_BYTES = 64;
/** Excel's limit for a text literal inside a formula. */
const FORMULA_TEXT_MAX = 255;

type Scalar = string | number | boolean;

/** Queues actions, syncing early only when the payload budget would be exceeded. */
export class WriteBatch {
  private pending = 0;
  syncs = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: OfficeCapabilities,
    private readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Queues `queue`, whose request payload is about `bytes`. */
  async add(bytes: number, queue: () => void): Promise<void> {
    const size = bytes + ACTION_BYTES;
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    if (this.pending === 0) this.suspend();
    queue();
    this.pending += size;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.ctx.sync();
    this.syncs++;
    this.pending = 0;
  }

  private suspend(): void {
    if (this.caps.suspendCalculation) this.ctx.application.suspendApiCalculationUntilNextSync();
    if (this.caps.suspendScreenUpdating) this.ctx.application.suspendScreenUpdatingUntilNextSync();
  }
}

export interface WriteOutcome {
  cellsWritten: number;
  /** Cells linked through Range.hyperlink because their text is too long for a HYPERLINK formula. */
  linksByProperty: number;
  syncs: number;
}

/** Queues and syncs the whole change set: record first (union), undo, writes, record last (final). */
export async function writeChanges(
  ctx: Excel.RequestContext,
  caps: OfficeCapabilities,
  s: Survey,
  ch: Changes,
): Promise<WriteOutcome> {
  const batch = new WriteBatch(ctx, caps);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => sheets.get(name) ?? s.worksheet(name);
  let recordSheet: Excel.Worksheet | undefined = ch.recordExists ? s.worksheet(RUN_RECORD_SHEET) : undefined;
  const outcome: WriteOutcome = { cellsWritten: 0, linksByProperty: 0, syncs: 0 };

  const writeRecord = async (record: RunRecord) => {
    const parts = encodeRecord(record);
    await batch.add(jsonSize(parts) * 2, () => {
      if (!recordSheet) {
        recordSheet = ctx.workbook.worksheets.add(RUN_RECORD_SHEET);
        recordSheet.visibility = 'Hidden';
      } else {
        recordSheet.getRange().clear();
      }
      const range = recordSheet.getRange(`A1:A${parts.length}`);
      range.numberFormat = parts.map(() => ['@']);
      range.values = parts.map(p => [p]);
    });
  };

  if (ch.unionRecord) await writeRecord(ch.unionRecord);

  // Undo the earlier run's structure; sheets the user typed into move aside under their kept name.
  for (const r of ch.renameSheets) await batch.add(r.from.length + r.to.length, () => { s.worksheet(r.from).name = r.to; });
  for (const name of ch.deleteSheets) await batch.add(name.length, () => s.worksheet(name).delete());
  for (const b of ch.clearBlocks) await batch.add(b.range.length, () => sheet(b.sheet).getRange(b.range).clear());

  // Our sheets, then our blocks beside the user's tables.
  for (const sw of ch.addSheets) {
    let ws!: Excel.Worksheet;
    await batch.add(sw.name.length, () => {
      ws = ctx.workbook.worksheets.add(sw.name);
      sheets.set(sw.name, ws);
    });
    await writeSheet(batch, caps, ws, sw, outcome);
  }
  for (const b of ch.blocks) {
    const ws = sheet(b.sheet);
    const tl = parseRect(b.topLeft);
    await writeCells(batch, caps, ws, tl.top, tl.left, b.rows, outcome);
    if (b.columnWidth) {
      const width = Math.max(1, ...b.rows.map(r => r.length));
      await setColumnWidths(batch, ws, tl.left, new Array(width).fill(b.columnWidth));
    }
  }

  // Final fills (restores and highlights), grouped by colour into address lists.
  for (const [name, byColor] of ch.fills) {
    for (const [color, cells] of byColor) {
      await formatCells(batch, caps, sheet(name), cells, range => {
        if (color) range.format.fill.color = color;
        else range.format.fill.clear();
      });
    }
  }

  // Below ExcelApi 1.9: the earlier run's own rules go, the new ones come, one per rectangle of a colour.
  for (const cf of ch.removeHighlights) await batch.add(16, () => cf.delete());
  for (const [name, byColor] of ch.highlights) {
    for (const [color, rects] of byColor) {
      for (const r of rects) {
        const address = rectA1(r);
        await batch.add(address.length + HIGHLIGHT_FORMULA.length + color.length, () => {
          const cf = sheet(name).getRange(address).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
          cf.custom.rule.formula = HIGHLIGHT_FORMULA;
          cf.custom.format.fill.color = color;
        });
      }
    }
  }

  for (const op of ch.notes) {
    await batch.add(op.cell.length + (op.kind === 'delete' ? 0 : op.text.length), () => {
      if (op.kind === 'add') sheet(op.sheet).notes.add(op.cell, op.text);
      else if (op.kind === 'set') op.note.content = op.text;
      else op.note.delete();
    });
  }

  if (ch.finalRecord) {
    // Read back what we wrote (same request as the writes) so the next run can tell the user's typing from ours.
    const excel = await readBackFingerprints(batch, ch, name => sheets.get(name) ?? s.worksheet(name));
    await writeRecord(excel ? { ...ch.finalRecord, excel } : ch.finalRecord);
  } else if (recordSheet) {
    const rs = recordSheet;
    await batch.add(RUN_RECORD_SHEET.length, () => rs.delete());
  }
  await batch.flush();
  outcome.syncs = batch.syncs;
  return outcome;
}

/** Response budget for reading back what a run wrote (Excel on the web answers at most 5 MB). */
export const FINGERPRINT_READ_BYTES = 3_000_000;

/**
 * Queues reads of the formulas of every own sheet and block this run wrote, flushes (one sync, together
 * with the writes) and hashes them. Sheets the user is asked to type into come first; whatever would pass
 * FINGERPRINT_READ_BYTES is left without a fingerprint (the next run then replaces it as before).
 */
async function readBackFingerprints(
  batch: WriteBatch,
  ch: Changes,
  worksheet: (name: string) => Excel.Worksheet,
): Promise<ExcelFingerprint | undefined> {
  const reads: { key: string; block: boolean; range: Excel.Range }[] = [];
  let budget = FINGERPRINT_READ_BYTES;
  const fits = (rows: PlannedCell[][]) => {
    const bytes = jsonSize(rows.map(r => r.map(c => (c ? c.formula ?? c.value ?? '' : ''))));
    if (bytes > budget) return false;
    budget -= bytes;
    return true;
  };
  const bySmallest = [...ch.addSheets].filter(sw => !sw.hidden).sort((a, b) => a.rows.length - b.rows.length);
  for (const sw of bySmallest) {
    if (!fits(sw.rows)) continue;
    await batch.add(sw.name.length, () => {
      const used = worksheet(sw.name).getUsedRangeOrNullObject(true);
      used.load('address,formulas');
      reads.push({ key: sw.name, block: false, range: used });
    });
  }
  for (const b of ch.blocks) {
    if (!fits(b.rows)) continue;
    const address = blockRange(b);
    await batch.add(address.length, () => {
      const written = worksheet(b.sheet).getRange(address);
      written.load('address,formulas');
      reads.push({ key: cellKey(b.sheet, address), block: true, range: written });
    });
  }
  if (!reads.length) return undefined;
  await batch.flush();
  const fp: ExcelFingerprint = { sheets: {}, blocks: {} };
  for (const r of reads) {
    if (r.range.isNullObject) continue;
    (r.block ? fp.blocks : fp.sheets)[r.key] = contentFingerprint(r.range.address, r.range.formulas as unknown[][]);
  }
  return fp;
}

async function writeSheet(batch: WriteBatch, caps: OfficeCapabilities, ws: Excel.Worksheet, sw: SheetWrite, outcome: WriteOutcome) {
  await writeCells(batch, caps, ws, 1, 1, sw.rows, outcome);
  if (sw.columnWidths && sw.columnWidths.length) await setColumnWidths(batch, ws, 1, sw.columnWidths);
  if (sw.rowHeights && sw.rowHeights.length) await setRowHeights(batch, ws, sw.rowHeights);
  if (sw.freezeRows && caps.api17) {
    const n = sw.freezeRows;
    await batch.add(8, () => ws.freezePanes.freezeRows(n));
  }
  if (sw.autoFilter && caps.sheetLayout) {
    const range = sw.autoFilter;
    await batch.add(range.length, () => ws.autoFilter.apply(range));
  }
  if (sw.landscape && caps.sheetLayout) await batch.add(16, () => { ws.pageLayout.orientation = 'Landscape'; });
  if (sw.hidden) await batch.add(16, () => { ws.visibility = 'Hidden'; });
}

/**
 * Writes planned cells at (top, left) as 2-D blocks in row chunks, then their bold / wrap / fill as
 * address lists, then the few hyperlinks a formula cannot carry.
 */
async function writeCells(
  batch: WriteBatch,
  caps: OfficeCapabilities,
  ws: Excel.Worksheet,
  top: number,
  left: number,
  rows: PlannedCell[][],
  outcome: WriteOutcome,
) {
  const width = Math.max(0, ...rows.map(r => r.length));
  if (!rows.length || !width) return;
  const content: Scalar[][] = [];
  const formats: (string | null)[][] = [];
  const rowHasFormula: boolean[] = [];
  const bold: CellPos[] = [];
  const wrap: CellPos[] = [];
  const fills = new Map<string, CellPos[]>();
  const links: { row: number; col: number; link: string; text: string }[] = [];
  let anyFormat = false;

  rows.forEach((line, r) => {
    const c2: Scalar[] = [];
    const f2: (string | null)[] = [];
    let hasFormula = false;
    for (let c = 0; c < width; c++) {
      const pc = line[c];
      const pos = { row: top + r, col: left + c };
      const cell = cellContent(pc);
      c2.push(cell.content);
      if (cell.formula) hasFormula = true;
      if (cell.link) links.push({ ...pos, ...cell.link });
      f2.push(pc && pc.numFmt ? pc.numFmt : null);
      if (pc && pc.numFmt) anyFormat = true;
      if (pc && pc.bold) bold.push(pos);
      if (pc && pc.wrap) wrap.push(pos);
      if (pc && pc.fill) {
        const color = toExcelColor(pc.fill);
        const list = fills.get(color);
        if (list) list.push(pos);
        else fills.set(color, [pos]);
      }
      if (pc && (pc.formula !== undefined || (pc.value !== undefined && pc.value !== null && pc.value !== ''))) outcome.cellsWritten++;
    }
    content.push(c2);
    formats.push(f2);
    rowHasFormula.push(hasFormula);
  });
  const rowBytes = content.map((line, i) => jsonSize(line) + (anyFormat ? jsonSize(formats[i]) : 0));

  // Row chunks of at most WRITE_CHUNK_BYTES each.
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = rowBytes[start];
    while (end + 1 < rows.length && bytes + rowBytes[end + 1] <= WRITE_CHUNK_BYTES) bytes += rowBytes[++end];
    const from = start;
    const to = end;
    const address = rectA1({ top: top + from, left, bottom: top + to, right: left + width - 1 });
    const useFormulas = rowHasFormula.slice(from, to + 1).some(Boolean);
    await batch.add(bytes + address.length, () => {
      const range = ws.getRange(address);
      if (anyFormat) range.numberFormat = formats.slice(from, to + 1) as unknown as string[][];
      if (useFormulas) range.formulas = content.slice(from, to + 1);
      else range.values = content.slice(from, to + 1);
    });
    start = end + 1;
  }

  if (bold.length) await formatCells(batch, caps, ws, bold, range => { range.format.font.bold = true; });
  if (wrap.length) await formatCells(batch, caps, ws, wrap, range => { range.format.wrapText = true; });
  for (const [color, cells] of fills) await formatCells(batch, caps, ws, cells, range => { range.format.fill.color = color; });
  if (caps.api17) {
    for (const l of links) {
      outcome.linksByProperty++;
      await batch.add(l.link.length + l.text.length, () => {
        ws.getRange(rectA1({ top: l.row, left: l.col, bottom: l.row, right: l.col })).hyperlink = {
          documentReference: l.link,
          textToDisplay: l.text,
        };
      });
    }
  }
}

/**
 * Applies one format to many cells: the cells are covered by few rectangles, the rectangles joined into
 * address lists for Worksheet.getRanges (ExcelApi 1.9), or set rectangle by rectangle on older hosts.
 */
async function formatCells(
  batch: WriteBatch,
  caps: OfficeCapabilities,
  ws: Excel.Worksheet,
  cells: CellPos[],
  apply: (range: Excel.Range | Excel.RangeAreas) => void,
) {
  const rects: Rect[] = compressCells(cells);
  if (caps.rangeAreas) {
    for (const list of addressLists(rects)) await batch.add(list.length, () => apply(ws.getRanges(list)));
  } else {
    for (const r of rects) {
      const address = rectA1(r);
      await batch.add(address.length, () => apply(ws.getRange(address)));
    }
  }
}

/** Runs of equal values, as [first index, last index, value]: one range per run, no call per row or column. */
function equalRuns<T>(values: T[]): [number, number, T][] {
  const runs: [number, number, T][] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[i]) j++;
    runs.push([i, j, values[i]]);
    i = j + 1;
  }
  return runs;
}

/** Column widths in characters (as in .xlsx files) converted to the points Excel's API expects. */
async function setColumnWidths(batch: WriteBatch, ws: Excel.Worksheet, firstCol: number, widths: number[]) {
  for (const [i, j, w] of equalRuns(widths)) {
    if (!(w && w > 0)) continue;
    const address = `${columnLetter(firstCol + i)}:${columnLetter(firstCol + j)}`;
    const points = charsToPoints(w);
    await batch.add(address.length + 8, () => { ws.getRange(address).format.columnWidth = points; });
  }
}

/** Row heights, one range per run of equal height. */
async function setRowHeights(batch: WriteBatch, ws: Excel.Worksheet, heights: (number | undefined)[]) {
  for (const [i, j, h] of equalRuns(heights)) {
    if (!(h && h > 0)) continue;
    const address = `${i + 1}:${j + 1}`;
    await batch.add(address.length + 8, () => { ws.getRange(address).format.rowHeight = h; });
  }
}

/** Excel's own rule: a character is 7 px at the default font, plus 5 px padding; 1 px = 0.75 pt. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Text Excel would turn into something else when typed: numbers, dates, formulas, booleans. */
const COERCIBLE = new RegExp(
  [
    "^[=+\\-@']",
    '^\\s*\\(?\\s*(Rp\\.?|[$€£¥])?\\s*[\\d.,]+\\s*%?\\s*\\)?\\s*$',
    '^\\s*[-+]?\\d+(\\.\\d+)?e[-+]?\\d+\\s*$',
    '^\\s*\\d{1,4}\\s*[-/.]\\s*\\d{1,2}(\\s*[-/.]\\s*\\d{1,4})?\\s*$',
    '^\\s*\\d{1,2}:\\d{2}',
    '^\\s*(true|false|benar|salah)\\s*$',
  ].join('|'),
  'i',
);

/** Keeps a text a text: Excel stores "'0012" as the text "0012". */
export function guardText(text: string): string {
  return COERCIBLE.test(text) ? `'${text}` : text;
}

function quoteFormulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** What goes in the 2-D block for one planned cell, and a hyperlink to set separately if any. */
export function cellContent(pc: PlannedCell | undefined): { content: Scalar; formula: boolean; link?: { link: string; text: string } } {
  if (!pc) return { content: '', formula: false };
  if (pc.formula !== undefined && pc.formula !== '') {
    const formula = pc.formula.startsWith('=') ? pc.formula : `=${pc.formula}`;
    return pc.link
      ? { content: formula, formula: true, link: { link: pc.link, text: display(pc.value, pc.link) } }
      : { content: formula, formula: true };
  }
  if (pc.link) {
    const text = display(pc.value, pc.link);
    const target = `#${pc.link}`;
    if (text.length <= FORMULA_TEXT_MAX && target.length <= FORMULA_TEXT_MAX) {
      return { content: `=HYPERLINK(${quoteFormulaText(target)},${quoteFormulaText(text)})`, formula: true };
    }
    return { content: guardText(text), formula: false, link: { link: pc.link, text } };
  }
  const v = pc.value;
  if (v === undefined || v === null) return { content: '', formula: false };
  if (typeof v === 'string') return { content: v === '' ? '' : guardText(v), formula: false };
  return { content: v, formula: false };
}

function display(value: PlannedCell['value'], link: string): string {
  return value === undefined || value === null || value === '' ? link : String(value);
}
