/**
 * A plan of writes, decided entirely by the core and handed to an adapter, which only moves data.
 * Everything in a plan lands in places that are ours: our sheets, our columns beside a table,
 * fills and notes on stated cells. The user's input values are never in a plan.
 */

/** Name of the hidden sheet where a run records what it wrote, so the next run can replace it. */
export const RUN_RECORD_SHEET = 'HitungCapaian_Data';
/** Prefix of every sheet we own; a user sheet with such a name is never overwritten. */
export const OWN_SHEET_NAMES = ['Ringkasan Capaian', 'Temuan', 'Narasi'] as const;
/** First-cell titles of our sheets: with the name, they tell our sheet from a user's of the same name. */
export const OWN_SHEET_TITLES = ['Ringkasan Capaian Kinerja dan Anggaran', 'Daftar Temuan Hitung Capaian', 'Narasi Capaian Kinerja'] as const;
/** Every header we write above our recomputed columns ends with this. */
export const OWN_COLUMN_MARK = '(hitung ulang)';
/** Every note we write starts with the tool's name (usecase/plan.ts); a note that does not is the user's. */
export const OWN_NOTE_PREFIX = 'Hitung Capaian';

export function isOwnNote(text: string): boolean {
  return text.trimStart().startsWith(OWN_NOTE_PREFIX);
}

/** One cell of ours: a literal value, or a live formula (without '=') with its cached result. */
export interface PlannedCell {
  value?: string | number | boolean | null;
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  wrap?: boolean;
  /** Hyperlink target inside the workbook, e.g. "'Lampiran 2'!D30". */
  link?: string;
  fill?: string;
}

/** A whole sheet of ours, replaced as a unit. */
export interface SheetWrite {
  name: string;
  /** Row-major, starting at A1. */
  rows: PlannedCell[][];
  columnWidths?: number[];
  /** Row heights in points, one per row of `rows` (undefined = default), so wrapped text prints whole. */
  rowHeights?: (number | undefined)[];
  /** 1-based rows to freeze at the top. */
  freezeRows?: number;
  autoFilter?: string;
  landscape?: boolean;
  hidden?: boolean;
}

/** A block of our own cells beside a user's table (recomputed-values columns). */
export interface BlockWrite {
  sheet: string;
  /** Top-left cell, A1 style. */
  topLeft: string;
  rows: PlannedCell[][];
  columnWidth?: number;
}

/** Cells sharing one fill colour, grouped so an adapter highlights them in one call. */
export interface FillGroup {
  sheet: string;
  /** ARGB without '#', e.g. 'FFFFC7CE'. */
  color: string;
  cells: string[];
}

export interface NoteWrite {
  sheet: string;
  cell: string;
  text: string;
}

export interface WritePlan {
  sheets: SheetWrite[];
  blocks: BlockWrite[];
  fills: FillGroup[];
  notes: NoteWrite[];
}

/** What an adapter remembers of a run (stored in RUN_RECORD_SHEET) so the next run undoes it exactly. */
export interface RunRecord {
  version: 1;
  /** ISO time of the run. */
  at: string;
  sheets: string[];
  blocks: { sheet: string; range: string }[];
  /** Original fill of every cell we coloured ('' = none), keyed "sheet!A1". */
  fills: Record<string, string>;
  /** Original note of every cell we annotated ('' = none). */
  notes: Record<string, string>;
}

export function emptyPlan(): WritePlan {
  return { sheets: [], blocks: [], fills: [], notes: [] };
}
