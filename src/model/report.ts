/**
 * The check report of shared/contracts/check-report.md (schema capaian-check/1).
 * Field names are fixed by the contract: add fields, never rename or drop one.
 */

export type TableKind = 'dpa' | 'perjanjian_kinerja' | 'realisasi_kinerja' | 'realisasi_anggaran' | 'efisiensi';

export type RuleId =
  | 'capaian_selisih'
  | 'persen_anggaran_selisih'
  | 'efisiensi_selisih'
  | 'efisiensi_tanpa_capaian'
  | 'kategori_selisih'
  | 'jumlah_selisih'
  | 'rata_rata_selisih'
  | 'sisa_selisih'
  | 'rincian_selisih'
  | 'realisasi_melebihi_pagu'
  | 'target_berbeda'
  | 'pagu_berbeda'
  | 'nilai_kosong'
  | 'angka_teks'
  | 'satuan_berbeda'
  | 'kode_ganda'
  | 'kode_tidak_baku'
  | 'nilai_tidak_wajar'
  | 'narasi_selisih'
  | 'realisasi_triwulan_selisih'
  | 'tidak_dapat_dihitung'
  | 'capaian_hardcode';

export type Severity = 'error' | 'warning' | 'info';

export interface ReportTable {
  sheet: string;
  range: string;
  kind: TableKind;
  headerRows: number[];
  /** Role -> column letter. */
  columns: Record<string, string>;
  confidence: number;
  /** Our additions: the table's title line and why each column got its role. */
  title?: string;
  reasons?: Record<string, string>;
}

export type Metric =
  | 'capaian_kinerja'
  | 'persen_anggaran'
  | 'persen_sisa'
  | 'sisa'
  | 'efisiensi'
  | 'rata_rata_capaian'
  | 'jumlah'
  | 'kategori'
  | 'realisasi_tahunan';

export interface ReportResult {
  sheet: string;
  cell: string;
  metric: Metric;
  /** Plain decimal string with '.', percentages rounded half-up to 2 decimals, rupiah exact. */
  value: string;
  /** The formula used, in words. */
  formula: string;
  polarity?: 'positif' | 'negatif';
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  related: string[];
  stated: string;
  expected: string;
  message: string;
  /** Our addition: the row's name (indicator, program / kegiatan / sub kegiatan) when the cell is in a table row. */
  rowLabel?: string;
}

/** Findings of one rule with one cause on many cells, shown to people as one line; each stays in `findings`. */
export interface FindingGroup {
  rule: RuleId;
  sheet: string;
  count: number;
  cells: string[];
  /** One sentence in Indonesian with the count in id-ID format. */
  message: string;
  /** Our additions: the most severe level among the group's findings, and the cause in words. */
  severity?: Severity;
  cause?: string;
}

export interface CheckReport {
  schema: 'capaian-check/1';
  workbook: string;
  tables: ReportTable[];
  results: ReportResult[];
  findings: Finding[];
  /** Findings with one cause on many cells (contract: always present, may be empty). */
  groups: FindingGroup[];
  summary: { tables: number; results: number; findings: { error: number; warning: number; info: number } };
  /** Our additions: the settings the run used. */
  settings?: { skala: string; efisiensi: string };
  /** What the tool could not read or chose not to compare, in words (contract: always present). */
  notices: string[];
  /**
   * Our addition: how much of the workbook was understood. 'none' when no table was recognised,
   * 'partial' when recognition left something unread or uncertain (each said in `notices`), else 'full'.
   * A report that is not 'full' is never presented as "all correct".
   */
  understanding?: { level: 'full' | 'partial' | 'none'; uncertain: number; summary: string };
}
