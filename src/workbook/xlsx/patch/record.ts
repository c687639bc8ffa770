/**
 * The file patcher's view of the run record: the shared codec (src/workbook/record.ts) plus the details the
 * patcher needs to take its own edits back out exactly.
 */
import type { FingerprintedRecord as SharedRecord } from '../../record';
import type { NotesUndo } from './notes';
import type { StylesUndo } from './styles';

export {
  RECORD_MARKER, RECORD_CHUNK, encodeRecord, sheetHash, sheetHashOf, workbookFingerprint, contentSignature, recordKey, splitRecordKey,
  type RecordFingerprint,
} from '../../record';
import { decodeRecord as decodeShared } from '../../record';

/** What the file patcher needs to take its edits back out exactly. */
export interface PatchDetails {
  stylesPart: string;
  styles?: StylesUndo;
  /** Number of cellXfs before the run: a cell still using a later index keeps the styles in place. */
  xfCount: number;
  /** "sheet!A1" → original `s` attribute (null = none) and the one we set. */
  fills: Record<string, { s: string | null; to: string }>;
  /** "sheet!A1" → original XML of an empty cell we wrote over. */
  cellsOrig: Record<string, string>;
  /** Sheet → rows we created. */
  rows: Record<string, number[]>;
  /** Sheet → exact texts we replaced outside sheetData (column widths). */
  regions: Record<string, { orig: string; ours: string }[]>;
  /** Sheet → notes we added. */
  notes: Record<string, NotesUndo>;
}

export type FingerprintedRecord = SharedRecord<PatchDetails>;

/** Reads a record from column A's texts; null when absent or not a record. */
export function decodeRecord(column: (string | null | undefined)[]): FingerprintedRecord | null {
  return decodeShared(column) as FingerprintedRecord | null;
}
