/** Settings of a run, chosen in the task pane or on the command line. */

export type EfisiensiDefinition = 'sisa' | 'selisih' | 'rasio' | 'pmk';
export type Polarity = 'positif' | 'negatif';

/** Where recomputed values go: our columns beside each table, or only the summary sheet. */
export type OutputPlacement = 'kolom' | 'ringkasan';

/** A user's correction of what recognition decided, remembered in the workbook. */
export interface TableCorrection {
  sheet: string;
  /** First header row of the table the correction is for. */
  headerRow: number;
  kind?: string;
  /** Role -> column letter; an empty letter removes the role. */
  columns?: Record<string, string>;
  /** True to ignore the table. */
  ignore?: boolean;
}

export interface RunSettings {
  /** A preset id (see engine/kategori/presets) or 'otomatis': the workbook's own scale table when found. */
  skala: string;
  efisiensi: EfisiensiDefinition;
  /** Cap each capaian at this percentage before averaging; null = no cap. */
  capSebelumRataRata: number | null;
  /** Indicator polarity chosen by the user, keyed by the indicator's normalised label. */
  polaritas: Record<string, Polarity>;
  output: OutputPlacement;
  koreksi: TableCorrection[];
}

export const DEFAULT_SETTINGS: RunSettings = {
  skala: 'otomatis',
  efisiensi: 'selisih',
  capSebelumRataRata: null,
  polaritas: {},
  output: 'kolom',
  koreksi: [],
};
