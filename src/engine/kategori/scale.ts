/**
 * Kategori (predikat) scales and classification. Real scales leave gaps (integer bands, "< 50" next to
 * "> 50–60", nothing above 100): a value in no band goes to the nearest band below it, and the result says so.
 */
import { Dec } from '../decimal';
import { formatId } from '../number/format';

export interface ScaleBand {
  label: string;
  /** Undefined = unbounded below. */
  min?: Dec;
  minInclusive: boolean;
  /** Undefined = unbounded above. */
  max?: Dec;
  maxInclusive: boolean;
}

export interface KategoriScale {
  id: string;
  name: string;
  bands: ScaleBand[];
  source: 'preset' | 'workbook' | 'custom';
}

export type ClassifyResult = { label: string; gap: boolean; note?: string } | { label: undefined; note: string };

export function inBand(b: ScaleBand, v: Dec): boolean {
  const aboveMin = b.min === undefined || (b.minInclusive ? v.gte(b.min) : v.gt(b.min));
  const belowMax = b.max === undefined || (b.maxInclusive ? v.lte(b.max) : v.lt(b.max));
  return aboveMin && belowMax;
}

/** A band lies entirely below v when its upper edge is at or under v (and v is not in it). */
function entirelyBelow(b: ScaleBand, v: Dec): boolean {
  return b.max !== undefined && (b.maxInclusive ? v.gt(b.max) : v.gte(b.max));
}

/** Orders bands by upper edge, then lower edge (undefined edges are infinite). */
function compareByTop(a: ScaleBand, b: ScaleBand): number {
  const edge = (x: Dec | undefined, inf: number) => (x === undefined ? inf : 0);
  const ka = edge(a.max, 1) - edge(b.max, 1);
  if (ka !== 0) return ka;
  if (a.max && b.max && !a.max.eq(b.max)) return a.max.cmp(b.max);
  const kb = edge(a.min, -1) - edge(b.min, -1);
  if (kb !== 0) return kb;
  return a.min && b.min ? a.min.cmp(b.min) : 0;
}

export function classify(scale: KategoriScale, capaian: Dec): ClassifyResult {
  if (scale.bands.length === 0) return { label: undefined, note: `Skala "${scale.name}" tidak memiliki rentang kategori.` };
  if (!capaian.isFinite()) return { label: undefined, note: 'Capaian bukan angka yang sah; kategori tidak dapat ditentukan.' };

  // Overlapping bands: the first listed wins, as a reader of the printed table would read it.
  const hit = scale.bands.find((b) => inBand(b, capaian));
  if (hit) return { label: hit.label, gap: false };

  const c = formatId(capaian, 2);
  const sorted = [...scale.bands].sort(compareByTop);
  const lower = sorted.filter((b) => entirelyBelow(b, capaian));
  if (lower.length === 0) {
    const lowest = sorted[0];
    return {
      label: lowest.label,
      gap: true,
      note: `Capaian ${c}% berada di bawah semua rentang skala "${scale.name}"; dimasukkan ke kategori terendah (${lowest.label}).`,
    };
  }
  const nearest = lower[lower.length - 1];
  if (nearest === sorted[sorted.length - 1]) {
    return {
      label: nearest.label,
      gap: true,
      note: `Capaian ${c}% berada di atas semua rentang skala "${scale.name}"; dimasukkan ke kategori tertinggi (${nearest.label}).`,
    };
  }
  return {
    label: nearest.label,
    gap: true,
    note: `Capaian ${c}% tidak termasuk rentang mana pun pada skala "${scale.name}"; dimasukkan ke kategori terdekat di bawahnya (${nearest.label}).`,
  };
}

/** "Sangat baik" = "SANGAT BAIK" = "Sangat  Baik." : labels are compared without case, spaces or punctuation. */
export function sameKategori(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b) && normalizeLabel(a) !== '';
}

export function normalizeLabel(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A band in words, for notes and the task pane ("≥ 91", "> 80 s.d. ≤ 90"). */
export function bandText(b: ScaleBand): string {
  const lo = b.min === undefined ? '' : `${b.minInclusive ? '≥' : '>'} ${formatId(b.min, 2).replace(/,00$/, '')}`;
  const hi = b.max === undefined ? '' : `${b.maxInclusive ? '≤' : '<'} ${formatId(b.max, 2).replace(/,00$/, '')}`;
  if (lo && hi) return `${lo} s.d. ${hi}`;
  return lo || hi || 'semua nilai';
}
