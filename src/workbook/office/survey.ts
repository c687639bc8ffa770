/**
 * What the Office adapter reads before it writes: the earlier run's record (the shared codec, column A of the
 * hidden sheet RUN_RECORD_SHEET), the sheets and their protection, the original fills and notes of the cells
 * the plan touches, and what the earlier run's own sheets and blocks hold now (against its fingerprints).
 * Two syncs, a third only when the record asks for more. Nothing is written.
 */
import { append } from '../../engine/append';
import { OWN_COLUMN_MARK, OWN_SHEET_TITLES, RUN_RECORD_SHEET, type WritePlan } from '../../model/write-plan';
import { decodeRecord as decodeShared, encodeRecord, type FingerprintedRecord } from '../record';
import { contentHash } from '../content-hash';
import { a1, parseA1 } from '../../model/address';
import { cellKey, expandRefs, fromExcelFill, parseRect, readingSegments, rectA1, splitKey, type CellPos } from './cells';
import type { OfficeCapabilities } from './requirements';


/** The record as the Office adapter holds it: the shared codec's, with the Office fingerprints. */
export type OfficeRecord = FingerprintedRecord;

export { encodeRecord };

/** Reads a record back from the record sheet's values (column A); null when absent or unreadable. */
export function decodeRecord(values: unknown[][] | undefined): OfficeRecord | null {
  if (!values) return null;
  return decodeShared(values.map(row => (row && row[0] !== null && row[0] !== undefined ? String(row[0]) : '')));
}

export interface SheetInfo {
  name: string;
  protected: boolean;
  /** 'Visible', 'Hidden' or 'VeryHidden'. A visible sheet is never read as our record. */
  visibility: string;
}

/** A probe of the note on one cell: loaded content, or a null object when the cell has none. */
export type NoteProbe = Excel.Note;

export interface Survey {
  sheets: Map<string, SheetInfo>;
  workbookProtected: boolean;
  record: OfficeRecord | null;
  /** Current fill ('' = none, else ARGB) of every planned fill cell on a user sheet, keyed "sheet!A1". */
  currentFills: Map<string, string>;
  /** Note probes keyed "sheet!A1"; only for cells on sheets that exist and survive the undo. */
  notes: Map<string, NoteProbe>;
  /** Worksheet proxies by name, created once. */
  worksheet(name: string): Excel.Worksheet;
  /** Content hash now of every earlier own sheet / block the record holds a fingerprint for. */
  ownSheetHashes: Map<string, string>;
  blockHashes: Map<string, string>;
  /** The earlier run's own conditional formats (highlights below ExcelApi 1.9), found by their rule. */
  oldHighlights: { sheet: string; cf: Excel.ConditionalFormat }[];
  /** Sheets and blocks ("sheet!range") a record without fingerprints names that do not start as ours. */
  unproven: Set<string>;
}

/**
 * The rule of the tool's own highlight: always true, and it names the tool for whoever opens
 * "Manage Rules" (N of a text is 0).
 */
export const HIGHLIGHT_FORMULA = '=N("Hitung Capaian")=0';

type FillProps = { format?: { fill?: { color?: string; pattern?: string } } };

/**
 * Reads the sheet list, the earlier run's record, the current fills of the cells the plan colours and
 * the notes of the cells the plan or the record annotates. Two syncs, three when the record names notes
 * on cells the plan does not touch. Nothing is written.
 */
export async function survey(ctx: Excel.RequestContext, caps: OfficeCapabilities, plan: WritePlan): Promise<Survey> {
  const proxies = new Map<string, Excel.Worksheet>();
  const worksheet = (name: string) => {
    let ws = proxies.get(name);
    if (!ws) {
      ws = ctx.workbook.worksheets.getItem(name);
      proxies.set(name, ws);
    }
    return ws;
  };

  // Sync 1: which sheets exist, and may we touch them.
  const collection = ctx.workbook.worksheets;
  collection.load('items/name,items/visibility,items/protection/protected');
  let wbProtection: Excel.WorkbookProtection | undefined;
  if (caps.api17) {
    wbProtection = ctx.workbook.protection;
    wbProtection.load('protected');
  }
  await ctx.sync();
  const sheets = new Map<string, SheetInfo>();
  for (const ws of collection.items) {
    sheets.set(ws.name, { name: ws.name, protected: !!ws.protection.protected, visibility: String(ws.visibility ?? 'Visible') });
    proxies.set(ws.name, ws);
  }
  const ownNames = new Set(plan.sheets.map(s => s.name));
  const userSheet = (name: string) => sheets.has(name) && !ownNames.has(name) && name !== RUN_RECORD_SHEET;

  // Sync 2: the record, original fills of planned fill cells, notes of planned note cells.
  let recordRange: Excel.Range | undefined;
  if (sheets.has(RUN_RECORD_SHEET) && sheets.get(RUN_RECORD_SHEET)!.visibility !== 'Visible') {
    recordRange = worksheet(RUN_RECORD_SHEET).getUsedRange(true);
    recordRange.load('values');
  }
  const fillReads: { sheet: string; top: number; left: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]>; wanted: Set<string> }[] = [];
  if (caps.cellProperties && caps.rangeAreas) {
    for (const [sheet, cells] of plannedFillCells(plan)) {
      if (!userSheet(sheet)) continue;
      const wanted = new Set(cells.map(p => a1(p.row, p.col)));
      for (const seg of readingSegments(cells)) {
        const result = worksheet(sheet).getRange(rectA1(seg)).getCellProperties({ format: { fill: { color: true, pattern: true } } });
        fillReads.push({ sheet, top: seg.top, left: seg.left, result, wanted });
      }
    }
  }
  const notes = new Map<string, NoteProbe>();
  const probe = (sheet: string, cell: string) => {
    const key = cellKey(sheet, cell);
    if (notes.has(key)) return;
    const note = worksheet(sheet).notes.getItemOrNullObject(cell);
    note.load('content');
    notes.set(key, note);
  };
  if (caps.notes) {
    for (const n of plan.notes) if (userSheet(n.sheet)) probe(n.sheet, normaliseCell(n.cell));
  }
  await ctx.sync();

  const record = recordRange ? decodeRecord(recordRange.values as unknown[][]) : null;
  const currentFills = new Map<string, string>();
  for (const read of fillReads) {
    const grid = read.result.value as FillProps[][];
    grid.forEach((line, r) =>
      line.forEach((p, c) => {
        const cell = a1(read.top + r, read.left + c);
        if (!read.wanted.has(cell)) return;
        const fill = p && p.format && p.format.fill;
        currentFills.set(cellKey(read.sheet, cell), fromExcelFill(fill && fill.color, fill && fill.pattern));
      }),
    );
  }

  // Sync 3, only when the record annotated cells the plan no longer annotates, or holds fingerprints of
  // what the earlier run wrote (read now to tell the user's typing from ours).
  let pending = false;
  if (caps.notes && record) {
    const before = notes.size;
    const oldSheets = new Set(record.sheets);
    for (const key of Object.keys(record.notes)) {
      const { sheet, cell } = splitKey(key);
      if (sheets.has(sheet) && !oldSheets.has(sheet) && !ownNames.has(sheet) && sheet !== RUN_RECORD_SHEET) probe(sheet, cell);
    }
    pending = notes.size > before;
  }
  const contentReads: { key: string; block: boolean; range: Excel.Range }[] = [];
  // Without a fingerprint (an older record, or one not written by us) a sheet or block is ours only when it
  // still starts as ours: the sheet's title in A1, our "(hitung ulang)" heading in the block's first row.
  // An empty sheet or block holds nothing of the user's (a batch that failed before writing it): ours too.
  const legacyReads: { key: string; block: boolean; range: Excel.Range; used: Excel.Range }[] = [];
  const fp = record && record.excel;
  if (record) {
    for (const name of record.sheets) {
      if (!sheets.has(name) || name === RUN_RECORD_SHEET) continue;
      if (fp && name in fp.sheets) {
        const range = worksheet(name).getUsedRangeOrNullObject(true);
        range.load('address,formulas');
        contentReads.push({ key: name, block: false, range });
      } else {
        const head = worksheet(name).getRange('A1:B1');
        head.load('values');
        const used = worksheet(name).getUsedRangeOrNullObject(true);
        used.load('address');
        legacyReads.push({ key: name, block: false, range: head, used });
      }
    }
    for (const b of record.blocks) {
      const key = cellKey(b.sheet, b.range);
      if (!sheets.has(b.sheet) || record.sheets.includes(b.sheet)) continue;
      if (fp && key in fp.blocks) {
        const range = worksheet(b.sheet).getRange(b.range);
        range.load('address,formulas');
        contentReads.push({ key, block: true, range });
      } else {
        const r = parseRect(b.range);
        const head = worksheet(b.sheet).getRange(rectA1({ ...r, bottom: r.top, right: Math.max(r.right, r.left + 1) }));
        head.load('values');
        const used = worksheet(b.sheet).getRange(b.range).getUsedRangeOrNullObject(true);
        used.load('address');
        legacyReads.push({ key, block: true, range: head, used });
      }
    }
  }
  const cfReads: { sheet: string; items: Excel.ConditionalFormatCollection }[] = [];
  if (record && record.highlights && caps.conditionalFormats) {
    for (const [sheet, addresses] of Object.entries(record.highlights)) {
      if (!sheets.has(sheet) || record.sheets.includes(sheet) || sheet === RUN_RECORD_SHEET) continue;
      for (const address of addresses) {
        const items = worksheet(sheet).getRange(address).conditionalFormats;
        items.load('items/type,items/customOrNullObject/rule/formula');
        cfReads.push({ sheet, items });
      }
    }
  }
  if (pending || contentReads.length || legacyReads.length || cfReads.length) await ctx.sync();
  const unproven = new Set<string>();
  for (const r of legacyReads) {
    if (r.used.isNullObject) continue;
    const texts = (r.range.values as unknown[][])[0].map(v => String(v ?? '').trim());
    const ours = r.block ? texts.some(t => t.endsWith(OWN_COLUMN_MARK)) : (OWN_SHEET_TITLES as readonly string[]).includes(texts[0]);
    if (!ours) unproven.add(r.key);
  }
  const oldHighlights: Survey['oldHighlights'] = [];
  for (const read of cfReads) {
    for (const cf of read.items.items) {
      const custom = cf.customOrNullObject;
      if (!custom.isNullObject && custom.rule.formula === HIGHLIGHT_FORMULA && !oldHighlights.some(h => h.cf === cf)) oldHighlights.push({ sheet: read.sheet, cf });
    }
  }
  const ownSheetHashes = new Map<string, string>();
  const blockHashes = new Map<string, string>();
  for (const r of contentReads) {
    const hash = r.range.isNullObject ? '' : contentFingerprint(r.range.address, r.range.formulas as unknown[][]);
    (r.block ? blockHashes : ownSheetHashes).set(r.key, hash);
  }

  return {
    sheets, workbookProtected: !!(wbProtection && wbProtection.protected), record, currentFills, notes, worksheet, ownSheetHashes, blockHashes,
    oldHighlights, unproven,
  };
}

/**
 * Hash of a range's formulas (constants as Excel returns them) with its address without the sheet, so a
 * renamed sheet keeps its fingerprint and a row inserted above changes it.
 */
export function contentFingerprint(address: string, formulas: unknown[][]): string {
  const at = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const rows = formulas.map(line => line.map(v => (v === null || v === undefined ? '' : String(v))).join('\u0001'));
  return contentHash(`${at}\u0003${rows.join('\u0002')}`);
}

/** "$b$5" → "B5". */
export function normaliseCell(cell: string): string {
  const p = parseA1(cell);
  return a1(p.row, p.col);
}

/** Planned fill cells per sheet (ranges expanded). */
function plannedFillCells(plan: WritePlan): Map<string, CellPos[]> {
  const refs = new Map<string, string[]>();
  for (const g of plan.fills) {
    const list = refs.get(g.sheet);
    if (list) append(list, g.cells);
    else refs.set(g.sheet, [...g.cells]);
  }
  const out = new Map<string, CellPos[]>();
  for (const [sheet, list] of refs) out.set(sheet, expandRefs(list));
  return out;
}
