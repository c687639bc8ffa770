/** Settings of a run, chosen in the task pane or on the command line. */

export type EfisiensiDefinition = 'sisa' | 'selisih' | 'rasio' | 'pmk';
export type Polarity = 'positif' | 'negatif';

/** Where recomputed values go: our columns beside each table, or only the summary sheet. */
export type OutputPlacement = 'kolom' | 'ringkasan';

/**
 * A user's correction of what recognition decided, remembered in the workbook. With `range`, the user marked the
 * table by hand: the range becomes a table of `kind` with the given column roles, whatever recognition found.
 */
export interface TableCorrection {
  sheet: string;
  /** First header row of the table the correction is for (the range's first row when `range` is given). */
  headerRow: number;
  /** A1 range on the sheet holding the header rows and the body, e.g. "B4:H20"; set when marked by hand. */
  range?: string;
  /** How many rows at the top of `range` are header rows; 1 when absent. */
  headerRows?: number;
  kind?: string;
  /** Role -> column letter; an empty letter removes the role. */
  columns?: Record<string, string>;
  /** True to ignore the table. */
  ignore?: boolean;
}

export interface RunSettings {
  /**
   * A preset id (see engine/kategori/presets) or 'otomatis': the workbook's own scale table when found.
   * Old ids kept in PRESET_ALIASES (seed004) stay valid here, as stored by earlier versions: findPreset resolves them.
   */
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
