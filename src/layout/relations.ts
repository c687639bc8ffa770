import { isQuantity, type SampleMatrix } from './column-profile';

/**
 * Arithmetic that holds between a table's columns on most rows. A column whose values are
 * realisasi / target × 100 on nine rows of ten is a capaian column whatever its header says, and the
 * tenth row is an error for the checks to report. Relations are decided on the majority of the rows
 * that can show them, within the rounding or truncation the stated value was written with, so the
 * errors they exist to find never change what a column is.
 */
export type RelationKind =
  /** out = b / a × 100 (capaian of a positive indicator, serapan / budget percentage). */
  | 'ratio'
  /** out = (2 − b / a) × 100 (capaian of a lower-is-better indicator); counted with 'ratio' per row. */
  | 'ratio_negative'
  /** out = a − b (sisa = pagu − realisasi; efisiensi = capaian % − serapan %). */
  | 'difference'
  /** out = (a − b) / a × 100 (percentage of sisa). */
  | 'share_of_difference'
  /** out = a × b (jumlah = koefisien × harga satuan in a DPA's rincian belanja). */
  | 'product';

export interface Relation {
  kind: RelationKind;
  /** Sheet columns: the derived column and its two inputs. */
  out: number;
  a: number;
  b: number;
  /** Rows whose inputs and output are present and say something (not 0 = 0). */
  tested: number;
  holds: number;
  share: number;
  /** Of the rows that hold a ratio, those that hold only in the lower-is-better form. */
  negative: number;
  /** Sheet rows where the relation does not hold: what the checks will report. */
  breaks: number[];
}

/** A relation is evidence when it holds on this share of its rows … */
export const MAJORITY = 0.6;
/** … and on at least this many rows (one or two rows prove nothing about a column). */
export const MIN_ROWS = 3;

/** The stated value equals the exact one rounded half-up or truncated to the decimals it shows. */
export function agrees(stated: number, exact: number, decimals: number): boolean {
  const unit = Math.pow(10, -Math.min(Math.max(decimals, 0), 6));
  const eps = 1e-9 * Math.max(1, Math.abs(exact));
  const diff = stated - exact;
  if (Math.abs(diff) <= unit / 2 + eps) return true;
  // Truncation toward zero (106,666 → 106): the stated value sits within one unit below |exact|.
  return exact >= 0 ? diff <= eps && diff > -unit - eps : diff >= -eps && diff < unit + eps;
}

interface Candidate {
  kind: RelationKind;
  exact: (a: number, b: number) => number | undefined;
  /** Rows where the relation holds trivially (all zero, or a copy) say nothing. */
  informative: (a: number, b: number, out: number) => boolean;
}

const RATIO: Candidate = {
  kind: 'ratio',
  exact: (a, b) => (a === 0 ? undefined : (b / a) * 100),
  informative: (a, b, out) => a !== 0 && !(b === 0 && out === 0),
};
/**
 * out = b / a, the ratio itself: a capaian or serapan column stored as a fraction (0,8889 for 88,89%) with no
 * % format. Only measured against a percentage the header already names (measureFraction), never searched for.
 */
const FRACTION: Candidate = {
  kind: 'ratio',
  exact: (a, b) => (a === 0 ? undefined : b / a),
  informative: RATIO.informative,
};
const DIFFERENCE: Candidate = {
  kind: 'difference',
  exact: (a, b) => a - b,
  informative: (a, b) => b !== 0 && a !== 0,
};
const SHARE: Candidate = {
  kind: 'share_of_difference',
  exact: (a, b) => (a === 0 ? undefined : ((a - b) / a) * 100),
  informative: (a, b) => a !== 0 && b !== 0,
};

const PRODUCT: Candidate = {
  kind: 'product',
  exact: (a, b) => a * b,
  // A factor of 1 (one paket at its price) only copies the other column: it proves nothing.
  informative: (a, b) => a !== 0 && b !== 0 && a !== 1 && b !== 1,
};

const WIDE = 32;
const NEIGHBOURS = 12;

/** Quick test on the first rows before a full pass: most triples fail here. */
const PROBE = 8;

/** Every relation that holds on the majority of the sampled rows, strongest first. */
export function findRelations(m: SampleMatrix): Relation[] {
  const idx = m.profiles.map((p, j) => (isQuantity(p.type) && p.numeric >= 2 ? j : -1)).filter(j => j >= 0);
  const out: Relation[] = [];
  // Related columns sit near each other; on very wide blocks only neighbours are paired, so the
  // search stays linear in the width instead of cubic.
  const near = idx.length > WIDE ? (x: number, y: number) => Math.abs(m.cols[x] - m.cols[y]) <= NEIGHBOURS : () => true;
  for (const o of idx) {
    for (const a of idx) {
      if (a === o || !near(a, o)) continue;
      for (const b of idx) {
        if (b === o || b === a || !near(b, o) || !near(a, b)) continue;
        for (const cand of [RATIO, DIFFERENCE, SHARE]) {
          const rel = test(m, cand, o, a, b);
          if (rel) out.push(rel);
        }
        // a × b = b × a: one order is enough.
        if (a < b) {
          const rel = test(m, PRODUCT, o, a, b);
          if (rel) out.push(rel);
        }
      }
    }
  }
  return ordered(out);
}

/**
 * c = b / a × 100 also reads a = b / c × 100, and c = a − b also reads b = a − c: the same fact twice.
 * Both are kept (the header may have named the derived column either way), the reading whose derived
 * column stands right of its inputs first, as reports print them.
 */
function ordered(rels: Relation[]): Relation[] {
  return rels.sort((x, y) => plausibility(x) - plausibility(y) || y.holds - x.holds || y.share - x.share);
}

/** 0 for a derived column right of its inputs read left to right; higher is less usual. */
export function plausibility(r: Relation): number {
  return (r.out > r.a && r.out > r.b ? 0 : 2) + (r.a < r.b ? 0 : 1);
}

const CANDIDATES: Record<Exclude<RelationKind, 'ratio_negative'>, Candidate> = { ratio: RATIO, difference: DIFFERENCE, share_of_difference: SHARE, product: PRODUCT };

/**
 * How a relation fares on the sample, whatever its share: for confirming (or doubting) a reading
 * the header words already gave. Undefined when no row can show it.
 */
export function measure(m: SampleMatrix, kind: RelationKind, out: number, a: number, b: number): Relation | undefined {
  const j = (col: number) => m.cols.indexOf(col);
  const [o, ja, jb] = [j(out), j(a), j(b)];
  if (o < 0 || ja < 0 || jb < 0) return undefined;
  return count(m, CANDIDATES[kind === 'ratio_negative' ? 'ratio' : kind], o, ja, jb, false);
}

/** How out = b / a (the ratio as a fraction, lower-is-better rows as 2 − b / a) fares on the sample. */
export function measureFraction(m: SampleMatrix, out: number, a: number, b: number): Relation | undefined {
  const j = (col: number) => m.cols.indexOf(col);
  const [o, ja, jb] = [j(out), j(a), j(b)];
  if (o < 0 || ja < 0 || jb < 0) return undefined;
  return count(m, FRACTION, o, ja, jb, false);
}

function test(m: SampleMatrix, cand: Candidate, o: number, a: number, b: number): Relation | undefined {
  const rel = count(m, cand, o, a, b, true);
  if (!rel || rel.holds < Math.min(MIN_ROWS, 2) || rel.share < MAJORITY) return undefined;
  return rel;
}

function count(m: SampleMatrix, cand: Candidate, o: number, a: number, b: number, probe: boolean): Relation | undefined {
  let tested = 0;
  let holds = 0;
  let negative = 0;
  const breaks: number[] = [];
  for (let i = 0; i < m.rows.length; i++) {
    const row = m.values[i];
    const va = row[a];
    const vb = row[b];
    const vo = row[o];
    if (va === undefined || vb === undefined || vo === undefined) continue;
    if (!cand.informative(va, vb, vo)) continue;
    const exact = cand.exact(va, vb);
    if (exact === undefined) continue;
    tested++;
    const d = m.decimals[i][o];
    if (agrees(vo, exact, d)) holds++;
    else if ((cand === RATIO && agrees(vo, 200 - exact, d)) || (cand === FRACTION && agrees(vo, 2 - exact, d))) {
      holds++;
      negative++;
    } else breaks.push(m.rows[i]);
    // Give up early on triples that fail from the start.
    if (probe && tested === PROBE && holds * 2 < tested) return undefined;
  }
  if (tested === 0) return undefined;
  return { kind: cand.kind, out: m.cols[o], a: m.cols[a], b: m.cols[b], tested, holds, share: holds / tested, negative, breaks };
}

/** Strong enough to decide a role on its own (not only to confirm what the header says). */
export function isStrong(r: Relation): boolean {
  return r.holds >= MIN_ROWS && r.share >= MAJORITY;
}
