import type { Polarity } from '../engine/capaian';
import type { EfisiensiDefinition } from '../engine/efisiensi';
import type { TableCorrection } from '../model/table-correction';

/** Where recomputed values go: our columns beside each table, or only the summary sheet. */
export type OutputPlacement = 'kolom' | 'ringkasan';

/** Settings of a run, chosen in the task pane or on the command line. */
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
