/**
 * Capaian kinerja: realisasi against target, per domain.md "Capaian formulas".
 * Every function returns an unrounded Decimal plus the formula in words; rounding is the caller's job.
 */
import { lexicon } from '../lexicon';
import { Dec, HUNDRED, ZERO } from './decimal';
import { formatId } from './number/format';

export type Polarity = 'positif' | 'negatif';
/** 'standar' = (2 − R/T)×100 (PermenPANRB "kondisi khusus"); 'target_per_realisasi' = T/R×100, an opt-in variant. */
export type NegativeFormula = 'standar' | 'target_per_realisasi';
/** Target 0 has no official rule: by default it is not computed; the second policy scores 0 on a negative indicator as 100. */
export type TargetZeroPolicy = 'tidak_dihitung' | 'nol_sama_dengan_100';

export interface RangeTarget {
  low: Dec;
  high: Dec;
}

export type CapaianResult = { ok: true; value: Dec; formula: string } | { ok: false; reason: string };

export interface CapaianInput {
  target: Dec | RangeTarget;
  realisasi: Dec;
  polarity: Polarity;
  negativeFormula?: NegativeFormula;
  targetZero?: TargetZeroPolicy;
}

const TWO = new Dec(2);

export function isRangeTarget(t: Dec | RangeTarget): t is RangeTarget {
  return !Dec.isDecimal(t) && typeof t === 'object' && t !== null && 'low' in t && 'high' in t;
}

export function hitungCapaian(i: CapaianInput): CapaianResult {
  const { realisasi, polarity } = i;
  if (!realisasi.isFinite()) return { ok: false, reason: 'Realisasi bukan angka yang sah; capaian tidak dapat dihitung.' };

  if (isRangeTarget(i.target)) return capaianAgainstRange(i, i.target);
  return capaianAgainstTarget(i.target, realisasi, polarity, i.negativeFormula ?? 'standar', i.targetZero ?? 'tidak_dihitung', '');
}

/**
 * Range target: inside the range is 100%; outside it, the nearer bound acts as the target
 * (above → upper bound, below → lower bound), under the indicator's polarity.
 */
function capaianAgainstRange(i: CapaianInput, r: RangeTarget): CapaianResult {
  if (!r.low.isFinite() || !r.high.isFinite()) return { ok: false, reason: 'Batas rentang target bukan angka yang sah.' };
  const low = Dec.min(r.low, r.high);
  const high = Dec.max(r.low, r.high);
  const rentang = `${formatId(low, 2)}–${formatId(high, 2)}`;
  const R = i.realisasi;
  if (R.gte(low) && R.lte(high)) {
    return { ok: true, value: HUNDRED, formula: `${i.polarity}, target rentang ${rentang}: realisasi di dalam rentang = 100` };
  }
  const above = R.gt(high);
  const bound = above ? high : low;
  const note = above ? 'realisasi di atas rentang, dibandingkan dengan batas atas' : 'realisasi di bawah rentang, dibandingkan dengan batas bawah';
  return capaianAgainstTarget(bound, R, i.polarity, i.negativeFormula ?? 'standar', i.targetZero ?? 'tidak_dihitung', `target rentang ${rentang}, ${note}; `);
}

function capaianAgainstTarget(
  T: Dec,
  R: Dec,
  polarity: Polarity,
  neg: NegativeFormula,
  zero: TargetZeroPolicy,
  prefix: string,
): CapaianResult {
  if (!T.isFinite()) return { ok: false, reason: 'Target bukan angka yang sah; capaian tidak dapat dihitung.' };
  if (T.isNegative() && !T.isZero()) {
    // R/T with a negative target inverts the meaning of "better"; no rule covers it.
    return { ok: false, reason: `Target bernilai negatif (${formatId(T, 2)}); rumus capaian tidak berlaku, capaian tidak dapat dihitung.` };
  }
  if (T.isZero()) {
    if (zero === 'nol_sama_dengan_100' && polarity === 'negatif' && R.isZero()) {
      return { ok: true, value: HUNDRED, formula: `negatif: ${prefix}target 0 dan realisasi 0 dianggap 100 (kebijakan target nol)` };
    }
    const kebijakan =
      zero === 'nol_sama_dengan_100'
        ? ' Kebijakan "target nol" hanya berlaku untuk indikator negatif dengan realisasi 0.'
        : ' Pilih kebijakan target nol bila kantor menetapkan aturannya.';
    return { ok: false, reason: `Target bernilai 0; capaian tidak dapat dihitung karena tidak ada aturan resmi untuk target nol.${kebijakan}` };
  }

  if (polarity === 'positif') {
    return { ok: true, value: R.div(T).times(HUNDRED), formula: `positif: ${prefix}realisasi/target×100` };
  }
  if (neg === 'target_per_realisasi') {
    if (R.isZero()) {
      return { ok: false, reason: 'Realisasi bernilai 0; rumus target/realisasi×100 tidak dapat dihitung (pembagian dengan nol).' };
    }
    return { ok: true, value: T.div(R).times(HUNDRED), formula: `negatif (opsi target/realisasi): ${prefix}target/realisasi×100` };
  }
  return { ok: true, value: TWO.minus(R.div(T)).times(HUNDRED), formula: `negatif: ${prefix}(2 − realisasi/target)×100` };
}

/**
 * Parses a range target as typed: "80–90", "80 - 90", "80 s.d. 90", "80 s/d 90", "80 sampai dengan 90", "80% - 90%".
 * Numbers follow id-ID: comma is the decimal point, a dot followed by exactly three digits groups thousands.
 */
export function parseRangeTarget(text: string): RangeTarget | undefined {
  const num = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)`;
  const sep = String.raw`(?:[-–—−]|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga)`;
  const re = new RegExp(String.raw`^\s*${num}\s*%?\s*${sep}\s*${num}\s*%?\s*$`, 'i');
  const m = re.exec(text.trim());
  if (!m) return undefined;
  const a = angkaId(m[1]);
  const b = angkaId(m[2]);
  if (!a || !b) return undefined;
  return a.lte(b) ? { low: a, high: b } : { low: b, high: a };
}

function angkaId(s: string): Dec | undefined {
  let t = s;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? new Dec(t) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Quarterly aggregation

export type QuarterAggregation = 'jumlah' | 'nilai_akhir';

/** Units whose value is a level, not a count: summing their quarters is the classic 4 × 310 = 1240 error. */
const LEVEL_UNITS = lexicon.words.levelUnit;

/**
 * Counts add up over quarters; percentages, index values ("nilai akhir") and negative indicators take the
 * last quarter. A missing satuan is treated as a level too: without a unit, summing is the riskier guess.
 */
export function aggregationFor(kind: { satuan?: string; polarity: Polarity; isIndex?: boolean }): QuarterAggregation {
  if (kind.polarity === 'negatif' || kind.isIndex) return 'nilai_akhir';
  const s = (kind.satuan ?? '').trim();
  if (!s) return 'nilai_akhir';
  return LEVEL_UNITS.test(s) ? 'nilai_akhir' : 'jumlah';
}

/** Sum of the quarters given, or the last quarter that has a value; undefined when none has. */
export function aggregateQuarters(values: (Dec | undefined)[], how: QuarterAggregation): Dec | undefined {
  const present = values.filter((v): v is Dec => v !== undefined);
  if (present.length === 0) return undefined;
  if (how === 'nilai_akhir') return present[present.length - 1];
  return present.reduce((acc, v) => acc.plus(v), ZERO);
}

// ---------------------------------------------------------------------------------------------
// Average capaian of a sasaran / kegiatan / program

/** Plain mean of the indicators' capaian; with `cap`, each value is first limited to it (off by default). */
export function rataRataCapaian(
  values: Dec[],
  cap?: Dec | null,
): { ok: true; value: Dec; formula: string } | { ok: false; reason: string } {
  if (values.length === 0) return { ok: false, reason: 'Tidak ada nilai capaian untuk dirata-ratakan.' };
  const used = cap ? values.map((v) => Dec.min(v, cap)) : values;
  const sum = used.reduce((acc, v) => acc.plus(v), ZERO);
  const batas = cap ? `, tiap capaian dibatasi paling tinggi ${formatId(cap, 2)}` : '';
  return { ok: true, value: sum.div(values.length), formula: `rata-rata capaian ${values.length} indikator${batas}` };
}
