/**
 * Kategori scales with the exact boundaries of domain.md ("Kategori scales"). Gaps are kept as published.
 */
import { Dec } from '../decimal';
import type { KategoriScale, ScaleBand } from './scale';

/**
 * Each preset as one line: id, name, and its bands from the top down in interval notation, as domain.md
 * writes them ("[76, 91)" is 76 ≤ capaian < 91; ∞ leaves a side open).
 */
const PRESET_LINES: [id: string, name: string, bands: string][] = [
  ['permendagri86', 'Permendagri 86/2017', 'Sangat Tinggi [91, ∞) · Tinggi [76, 91) · Sedang [66, 76) · Rendah [51, 66) · Sangat Rendah (-∞, 50]'],
  ['permenpanrb12', 'PermenPANRB 12/2015 (enam kategori)', 'Sangat Memuaskan (90, ∞) · Memuaskan (80, 90] · Sangat Baik (70, 80] · Baik (60, 70] · Cukup (50, 60] · Kurang (-∞, 50)'],
  ['berhasil', 'Ordinal "Berhasil"', 'Sangat Berhasil [85, ∞) · Berhasil [70, 85) · Cukup Berhasil [55, 70) · Tidak Berhasil (-∞, 55)'],
  // First seen in seed 004 (hence its old id, still accepted through PRESET_ALIASES).
  ['baik-sekali-5', 'Lima kategori (Baik Sekali s.d. Sangat Kurang)', 'Baik Sekali (100, ∞) · Baik [76, 100] · Cukup [66, 75] · Kurang [51, 65] · Sangat Kurang (-∞, 50]'],
  ['lan', 'LAN (enam kategori)', 'Memuaskan (85, 100] · Sangat Baik (75, 85] · Baik (65, 75] · Cukup Baik (50, 65] · Agak Kurang (30, 50] · Kurang [0, 30]'],
];

const BAND = /^(.+?) ([[(])(-∞|\d+(?:\.\d+)?), (∞|\d+(?:\.\d+)?)([\])])$/;

/** "Tinggi [76, 91)" as a band; a malformed line is a programming error, caught by the preset tests. */
export function parseBand(text: string): ScaleBand {
  const m = BAND.exec(text);
  if (!m) throw new Error(`Rentang kategori tidak terbaca: ${text}`);
  const [, label, open, low, high, close] = m;
  const min = low === '-∞' ? undefined : new Dec(low);
  const max = high === '∞' ? undefined : new Dec(high);
  return { label, min, minInclusive: !!min && open === '[', max, maxInclusive: !!max && close === ']' };
}

export const SCALE_PRESETS: KategoriScale[] = PRESET_LINES.map(([id, name, bands]) => ({
  id,
  name,
  source: 'preset',
  bands: bands.split(' · ').map(parseBand),
}));

/** Old preset ids still accepted on the command line and in settings stored in workbooks. */
export const PRESET_ALIASES: Readonly<Record<string, string>> = { seed004: 'baik-sekali-5' };

/** The current id of a preset named by its id or an old alias; undefined for an unknown name. */
export function presetId(idOrAlias: string): string | undefined {
  const id = Object.prototype.hasOwnProperty.call(PRESET_ALIASES, idOrAlias) ? PRESET_ALIASES[idOrAlias] : idOrAlias;
  return SCALE_PRESETS.some((s) => s.id === id) ? id : undefined;
}

export function findPreset(idOrAlias: string): KategoriScale | undefined {
  const id = presetId(idOrAlias);
  return SCALE_PRESETS.find((s) => s.id === id);
}
