import type { TableKind } from './report';

/**
 * What recognition hands the rest of the core: tables located in a sheet, each column's role
 * with the reason it was chosen, and each body row's place in the hierarchy.
 */

/** Roles a column can play. Year-suffixed variants ('target_2022') hold earlier years' columns. */
export type ColumnRole =
  | 'no'
  | 'kode'
  | 'sasaran'
  | 'program'
  | 'kegiatan'
  | 'indikator'
  | 'uraian'
  | 'tahun'
  | 'satuan'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'kategori'
  | 'pagu'
  | 'pagu_murni'
  | 'persen'
  | 'sisa'
  | 'persen_sisa'
  | 'selisih'
  | 'persen_selisih'
  /** Lebih/(kurang) of an LRA: realisasi − pagu (negative when less was spent or received). */
  | 'lebih'
  | 'target_kas'
  | 'fisik'
  | 'serapan'
  | 'efisiensi'
  | 'koefisien'
  | 'harga'
  | 'ppn'
  | 'jumlah'
  | 'sumber_dana'
  | 'keterangan'
  | string;

export interface ColumnMapping {
  /** 1-based sheet column. */
  col: number;
  /** The header text that decided it (merged header rows joined with ' / '). */
  header: string;
  /** Why this role: the synonym or rule that matched, in Indonesian for the task pane. */
  reason: string;
  score: number;
  /** Column rule written in the header, e.g. '5=3-4' or '16 = 14/4*100'. */
  rule?: string;
  /** The column's number in the header's column-number row ("7" for "(7)"). */
  numberLabel?: string;
  /** True when the header says the column is in percent ('%', '(%)', 'Persentase'). */
  percentHeader?: boolean;
  /** Other columns whose header words name the same role; the values decide between them. */
  alternates?: ColumnMapping[];
  /**
   * The percentage is stored as a fraction with no % format (0,8889 for 88,89%): its values are the ratio
   * of its inputs, not the ratio × 100, on most rows. Its cells are read × 100, as a % format would.
   */
  fraction?: boolean;
}

export type RowKind =
  | 'data'      // an indicator / sub kegiatan / rincian line with values
  | 'group'     // a heading row: program, kegiatan, sasaran ("Sasaran Strategis 1 : ..."), sumber dana
  | 'total'     // JUMLAH / TOTAL / BELANJA DAERAH
  | 'average'   // RATA-RATA
  | 'numbering' // the 1 2 3 … column-number row
  | 'blank';

export type RowLevel = 'total' | 'urusan' | 'program' | 'kegiatan' | 'sub_kegiatan' | 'rekening' | 'sasaran' | 'indikator' | 'unknown';

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  kind: RowKind;
  /** Depth in the hierarchy, 0 = top; -1 when unknown. */
  depth: number;
  level: RowLevel;
  /** Permendagri 90 code or kode rekening, from its own column or the name's prefix. */
  code?: string;
  /** The No column's marker (I., A., 1., a., -). */
  marker?: string;
  /** The row's label: indicator, uraian or program name without its code prefix. */
  label: string;
  /** Index (in rows) of the parent row, when the hierarchy is known. */
  parent?: number;
  /** The label is in bold type (Rencana Aksi tables show levels only this way). */
  bold?: boolean;
}

export interface RecognisedTable {
  id: string;
  sheet: string;
  kind: TableKind;
  /** Other kinds it could be, best first. */
  altKinds: TableKind[];
  title?: string;
  headerRows: number[];
  /** First and last 1-based sheet rows of the body (after any column-number row). */
  bodyTop: number;
  bodyBottom: number;
  left: number;
  right: number;
  columns: Record<ColumnRole, ColumnMapping>;
  rows: TableRow[];
  confidence: number;
  /** Reasons for the kind and confidence, in Indonesian. */
  notes: string[];
  /** What the user should know about this reading (unread columns, values that do not add up). */
  notices?: string[];
  /** Found by its header words, or by its values alone. */
  foundBy?: 'words' | 'values';
}

/** A kategori scale table found in the workbook ("Rentang Capaian | Kategori"). */
export interface FoundScaleTable {
  sheet: string;
  title?: string;
  /** [rangeText, label] pairs as written. */
  lines: { row: number; range: string; label: string }[];
}

export interface Recognition {
  tables: RecognisedTable[];
  scaleTables: FoundScaleTable[];
  /** Sheets looked at and why nothing was found, for the user. */
  notices: string[];
}
