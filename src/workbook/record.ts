/**
 * The run record: what a run wrote, with fingerprints so the next run (or "hapus") undoes only what is
 * provably still ours. One codec for both adapters (pure code: no Node, no Office).
 *
 * Stored in column A of a hidden sheet: a marker sentence, then the JSON in pieces of at most
 * RECORD_CHUNK characters. `version` stays 1 so older readers still take the shared fields.
 *
 * Trust rules (applied by the adapters):
 * - a record is read only from a sheet that is not visible (file adapter: very hidden) and starts with the
 *   marker (or JSON);
 * - an own sheet is deleted only when its cells still hash to its fingerprint (`fingerprint.sheets` for the
 *   file adapter, `excel.sheets` for the Office adapter, each hashing what its host reads back);
 * - a block of our columns is cleared only when its cells still hash to its fingerprint;
 * - a colour is taken back only when the cell still has our style and its value is the one it had;
 * - a note is removed only when its text is still ours;
 * - everything else is kept and reported; a record whose workbook fingerprint differs is reported.
 */
import type { RunRecord } from '../model/write-plan';
import { contentHash, contentHashOfPieces } from './content-hash';

export const RECORD_MARKER = 'Catatan Hitung Capaian untuk menghapus hasil sebelumnya. Jangan diubah.';
export const RECORD_CHUNK = 30_000;

export interface RecordFingerprint {
  /** Hash of the user's sheet names, in order, when the run wrote. */
  workbook: string;
  /** Our sheet name → hash of its cells as written. */
  sheets: Record<string, string>;
  /** "sheet!A1:B9" → hash of the cells we wrote in a block of our columns on a user's sheet. */
  blocks: Record<string, string>;
  /** "sheet!A1" → the user's content of a cell we coloured, when we coloured it. */
  filled: Record<string, string>;
}

/**
 * What the Office adapter read back right after writing (Range.formulas of the used range or block, hashed
 * with its address), so the next run can tell a cell the user typed from one the tool wrote.
 */
export interface ExcelFingerprint {
  sheets: Record<string, string>;
  blocks: Record<string, string>;
}

export interface FingerprintedRecord<Patch = unknown> extends RunRecord {
  fingerprint?: RecordFingerprint;
  excel?: ExcelFingerprint;
  /** Office adapter below ExcelApi 1.9: sheet → ranges the tool highlighted with its own conditional format. */
  highlights?: Record<string, string[]>;
  /** The file patcher's own undo details (xlsx/patch/record.ts types them). */
  patch?: Patch;
}

export function encodeRecord(record: FingerprintedRecord<unknown>): string[] {
  const json = JSON.stringify(record);
  const parts = [RECORD_MARKER];
  for (let i = 0; i < json.length; i += RECORD_CHUNK) parts.push(json.slice(i, i + RECORD_CHUNK));
  return parts;
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const strMap = (x: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (isObj(x)) for (const [k, v] of Object.entries(x)) if (typeof v === 'string') out[k] = v;
  return out;
};

/** Reads a record from column A's texts; null when absent or not a record. Unknown fields are dropped. */
export function decodeRecord(column: (string | null | undefined)[]): FingerprintedRecord | null {
  const texts = column.map(v => (v === null || v === undefined ? '' : String(v)));
  const json = (texts[0] === RECORD_MARKER ? texts.slice(1) : texts).join('');
  if (!json.trim().startsWith('{')) return null;
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!isObj(r) || r.version !== 1) return null;
  const rec: FingerprintedRecord = {
    version: 1,
    at: typeof r.at === 'string' ? r.at : '',
    sheets: Array.isArray(r.sheets) ? r.sheets.filter((s): s is string => typeof s === 'string') : [],
    blocks: Array.isArray(r.blocks)
      ? (r.blocks as unknown[]).filter((b): b is { sheet: string; range: string } => isObj(b) && typeof b.sheet === 'string' && typeof b.range === 'string' && /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(b.range))
        .map(b => ({ sheet: b.sheet, range: b.range }))
      : [],
    fills: strMap(r.fills),
    notes: strMap(r.notes),
  };
  const fp = r.fingerprint;
  if (isObj(fp) && typeof fp.workbook === 'string') {
    rec.fingerprint = { workbook: fp.workbook, sheets: strMap(fp.sheets), blocks: strMap(fp.blocks), filled: strMap(fp.filled) };
  }
  if (isObj(r.highlights)) {
    const h: Record<string, string[]> = {};
    for (const [sheet, list] of Object.entries(r.highlights)) {
      if (Array.isArray(list)) h[sheet] = list.filter((a): a is string => typeof a === 'string' && /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(a));
    }
    rec.highlights = h;
  }
  const ex = r.excel;
  if (isObj(ex)) rec.excel = { sheets: strMap(ex.sheets), blocks: strMap(ex.blocks) };
  if (isObj(r.patch)) rec.patch = r.patch;
  return rec;
}

/** Hash of a sheet's cells as [address, content] pairs in sheet order. */
export function sheetHash(cells: [string, string][]): string {
  return sheetHashOf(emit => {
    for (const c of cells) emit(c[0], c[1]);
  });
}

/**
 * sheetHash of the [address, content] pairs that `each` gives in sheet order, without holding them: `each`
 * is called twice and must give the same pairs both times.
 */
export function sheetHashOf(each: (emit: (address: string, content: string) => void) => void): string {
  return contentHashOfPieces(piece => {
    let first = true;
    each((address, content) => {
      if (content === '') return;
      if (!first) piece('\u0002');
      first = false;
      piece(address);
      piece('\u0001');
      piece(content);
    });
  });
}

/** Fingerprint of the workbook a run wrote into: its user sheets' names, in order. */
export function workbookFingerprint(userSheets: string[]): string {
  return contentHash(userSheets.join('\u0001'));
}

/** A short, comparable form of a user's cell content (long texts hashed). */
export function contentSignature(sig: string): string {
  return sig.length > 64 ? `#${contentHash(sig)}` : sig;
}

export const recordKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

export function splitRecordKey(k: string): { sheet: string; cell: string } {
  const i = k.lastIndexOf('!');
  return { sheet: k.slice(0, i), cell: k.slice(i + 1) };
}
