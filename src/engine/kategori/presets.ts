/**
 * Kategori scales with the exact boundaries of domain.md ("Kategori scales"). Gaps are kept as published.
 */
import { Dec } from '../decimal';
import type { KategoriScale, ScaleBand } from './scale';

type Edge = [number, 'incl' | 'excl'] | null;

function band(label: string, min: Edge, max: Edge): ScaleBand {
  return {
    label,
    min: min ? new Dec(min[0]) : undefined,
    minInclusive: min ? min[1] === 'incl' : false,
    max: max ? new Dec(max[0]) : undefined,
    maxInclusive: max ? max[1] === 'incl' : false,
  };
}

export const SCALE_PRESETS: KategoriScale[] = [
  {
    id: 'permendagri86',
    name: 'Permendagri 86/2017',
    source: 'preset',
    bands: [
      band('Sangat Tinggi', [91, 'incl'], null),
      band('Tinggi', [76, 'incl'], [91, 'excl']),
      band('Sedang', [66, 'incl'], [76, 'excl']),
      band('Rendah', [51, 'incl'], [66, 'excl']),
      band('Sangat Rendah', null, [50, 'incl']),
    ],
  },
  {
    id: 'permenpanrb12',
    name: 'PermenPANRB 12/2015 (enam kategori)',
    source: 'preset',
    bands: [
      band('Sangat Memuaskan', [90, 'excl'], null),
      band('Memuaskan', [80, 'excl'], [90, 'incl']),
      band('Sangat Baik', [70, 'excl'], [80, 'incl']),
      band('Baik', [60, 'excl'], [70, 'incl']),
      band('Cukup', [50, 'excl'], [60, 'incl']),
      band('Kurang', null, [50, 'excl']),
    ],
  },
  {
    id: 'berhasil',
    name: 'Ordinal "Berhasil"',
    source: 'preset',
    bands: [
      band('Sangat Berhasil', [85, 'incl'], null),
      band('Berhasil', [70, 'incl'], [85, 'excl']),
      band('Cukup Berhasil', [55, 'incl'], [70, 'excl']),
      band('Tidak Berhasil', null, [55, 'excl']),
    ],
  },
  {
    // First seen in seed 004 (hence its old id, still accepted through PRESET_ALIASES).
    id: 'baik-sekali-5',
    name: 'Lima kategori (Baik Sekali s.d. Sangat Kurang)',
    source: 'preset',
    bands: [
      band('Baik Sekali', [100, 'excl'], null),
      band('Baik', [76, 'incl'], [100, 'incl']),
      band('Cukup', [66, 'incl'], [75, 'incl']),
      band('Kurang', [51, 'incl'], [65, 'incl']),
      band('Sangat Kurang', null, [50, 'incl']),
    ],
  },
  {
    id: 'lan',
    name: 'LAN (enam kategori)',
    source: 'preset',
    bands: [
      band('Memuaskan', [85, 'excl'], [100, 'incl']),
      band('Sangat Baik', [75, 'excl'], [85, 'incl']),
      band('Baik', [65, 'excl'], [75, 'incl']),
      band('Cukup Baik', [50, 'excl'], [65, 'incl']),
      band('Agak Kurang', [30, 'excl'], [50, 'incl']),
      band('Kurang', [0, 'incl'], [30, 'incl']),
    ],
  },
];

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
