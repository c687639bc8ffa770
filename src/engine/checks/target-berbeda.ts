import { lexicon } from '../../lexicon';
import type { RowValues, TableValues, ValueCell } from '../../layout/table-values';
import { plain } from '../decimal';
import { formatId } from '../number';
import type { Finding } from '../../model/report';
import { roundHalfUp } from '../rounding';
import { finding, ref, type CheckContext, type CheckRule } from './context';
import { isNumber } from '../../layout/table-values';
import { differentScopesNotice, scopeRelation } from './scope';

/**
 * target_berbeda: the same indicator has one target in a perjanjian_kinerja table and another in a
 * realisasi_kinerja table. Reported on the realisation table's target cell; related = the PK cell.
 *
 * Indicators are matched by their normalised text (lower case, no punctuation, no parenthesised
 * abbreviation such as "(IKM)" or "(PATEN)"), fuzzily — token-set similarity, character-bigram
 * similarity (for "di fasilitasi"/"difasilitasi" and typos) or one text containing the other — and
 * only as mutual best matches, so two similar indicators ("penanganan gangguan … difasilitasi" and
 * "… dimonitoring") are never crossed.
 */

export interface IndicatorMatch {
  pk: RowValues;
  pkTable: TableValues;
  real: RowValues;
  realTable: TableValues;
  score: number;
}

const MIN_SCORE = 0.8;
const MARGIN = 0.04;

/** The indicator text of a row: the Indikator column, else the Uraian column, else the label. */
export function indicatorText(rv: RowValues): string {
  return (rv.cells.indikator?.text || rv.cells.uraian?.text || rv.row.label || '').trim();
}

/** Lower case, parenthesised parts and punctuation removed, single spaces. */
export function normIndicator(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*\d+(\.\d+)*[.)]?\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) || 0) + 1);
  }
  return m;
}

/** Similarity of two normalised indicator texts, 0..1 (1 = the same text). */
export function indicatorSimilarity(a: string, b: string): number {
  return similarity(features(a), features(b));
}

interface Candidate {
  rv: RowValues;
  tv: TableValues;
  norm: string;
}

interface Features {
  norm: string;
  tokens: Set<string>;
  grams: Map<string, number>;
  gramCount: number;
}

function features(norm: string): Features {
  const grams = bigrams(norm.replace(/ /g, ''));
  let gramCount = 0;
  for (const n of grams.values()) gramCount += n;
  return { norm, tokens: new Set(norm.split(' ')), grams, gramCount };
}

/** indicatorSimilarity over precomputed features (the matcher compares every pair). */
function similarity(a: Features, b: Features): number {
  if (!a.norm || !b.norm) return 0;
  if (a.norm === b.norm) return 1;
  let inter = 0;
  for (const t of a.tokens) if (b.tokens.has(t)) inter++;
  const jaccard = inter / (a.tokens.size + b.tokens.size - inter);
  const [short, long] = a.norm.length <= b.norm.length ? [a, b] : [b, a];
  const contained = short.tokens.size >= 2 && (' ' + long.norm + ' ').includes(' ' + short.norm + ' ') ? 0.8 + 0.15 * (short.norm.length / long.norm.length) : 0;
  let d = 0;
  const total = a.gramCount + b.gramCount;
  // Dice cannot reach the threshold when one text is much shorter than the other.
  if (total && Math.min(a.gramCount, b.gramCount) / Math.max(a.gramCount, b.gramCount) >= 0.6) {
    let common = 0;
    for (const [g, n] of a.grams) common += Math.min(n, b.grams.get(g) || 0);
    d = (2 * common) / total;
  }
  return Math.min(0.99, Math.max(jaccard, contained, d));
}

function candidates(tables: TableValues[]): Candidate[] {
  const out: Candidate[] = [];
  for (const tv of tables) {
    for (const rv of tv.rows) {
      if (rv.row.kind !== 'data') continue;
      const norm = normIndicator(indicatorText(rv));
      if (norm.length >= 3) out.push({ rv, tv, norm });
    }
  }
  return out;
}

const matchCache = new WeakMap<TableValues[], IndicatorMatch[]>();

/** Pairs each indicator of every realisation table with its PK indicator (mutual best matches). */
export function matchIndicators(ctx: CheckContext): IndicatorMatch[] {
  const cached = matchCache.get(ctx.tables);
  if (cached) return cached;
  const result = computeMatches(ctx);
  matchCache.set(ctx.tables, result);
  return result;
}

function computeMatches(ctx: CheckContext): IndicatorMatch[] {
  const pkIndexes = ctx.tables.flatMap((t, i) => (t.table.kind === 'perjanjian_kinerja' && (t.table.columns.indikator || t.table.columns.target) ? [i] : []));
  if (!pkIndexes.length) return [];
  const scope = scopeRelation(ctx);
  const bySet = new Map<string, { pks: Candidate[]; pkF: Features[] }>();
  const skipped: [number, number][] = [];
  const out: IndicatorMatch[] = [];
  ctx.tables.forEach((realTable, r) => {
    if (realTable.table.kind !== 'realisasi_kinerja') return;
    const reals = candidates([realTable]);
    if (!reals.length) return;
    // Only PK tables of the same unit and period (or of unknown scope) are compared with this table.
    const allowed = pkIndexes.filter(p => scope.verdict(p, r).verdict !== 'different');
    for (const p of pkIndexes.filter(i => !allowed.includes(i))) {
      const pkNorms = new Set(candidates([ctx.tables[p]]).map(c => c.norm));
      if (reals.some(c => pkNorms.has(c.norm))) {
        skipped.push([r, p]);
      }
    }
    if (!allowed.length) return;
    const setKey = allowed.join(',');
    let set = bySet.get(setKey);
    if (!set) {
      const pks = candidates(allowed.map(i => ctx.tables[i]));
      bySet.set(setKey, (set = { pks, pkF: pks.map(p => features(p.norm)) }));
    }
    const { pks, pkF } = set;
    if (!pks.length) return;
    const realF = reals.map(c => features(c.norm));
    const score = realF.map(c => pkF.map(p => similarity(c, p)));
    reals.forEach((c, i) => {
      const row = score[i];
      let best = 0;
      row.forEach((x, j) => {
        if (x > row[best]) best = j;
      });
      const second = Math.max(0, ...row.filter((_, j) => j !== best && pks[j].norm !== pks[best].norm));
      if (row[best] < MIN_SCORE) return;
      if (row[best] < 1 && row[best] - second < MARGIN) return;
      // Mutual: no other row of this realisation table fits that PK indicator better.
      const rival = reals.some((_, k) => k !== i && score[k][best] > row[best]);
      if (rival) return;
      const p = pks[best];
      out.push({ pk: p.rv, pkTable: p.tv, real: c.rv, realTable, score: row[best] });
    });
  });
  differentScopesNotice(ctx, 'Target dan satuan indikator', skipped);
  return out;
}

/**
 * Two targets are the same when they read the same (each as its cell shows it: 0,92266 formatted
 * "0.00" reads 0,92), or when one is a percent cell and the other its fraction (100% against 1).
 * A target is typed, not computed, so 92 against 92,27 is a difference.
 */
export function sameTarget(a: ValueCell & { value: NonNullable<ValueCell['value']> }, b: ValueCell & { value: NonNullable<ValueCell['value']> }): boolean {
  const shown = (c: typeof a) => roundHalfUp(c.value, Math.max(c.decimals, 0));
  if (a.value.eq(b.value) || shown(a).eq(shown(b))) return true;
  if (a.percent !== b.percent) {
    const [pct, plainCell] = a.percent ? [a, b] : [b, a];
    if (plainCell.value.times(100).eq(pct.value) || shown(plainCell).times(100).eq(shown(pct))) return true;
  }
  return false;
}

export function shortName(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? t.slice(0, 57).trimEnd() + '…' : t;
}

/** How a target reads in a message: "5 Kelompok", "92,27", "100%" (unit from the cell or the Satuan column). */
export function targetText(c: ValueCell & { value: NonNullable<ValueCell['value']> }, rv?: RowValues): string {
  const n = formatId(c.value);
  if (c.percent) return n + '%';
  const satuan = rv?.cells.satuan?.text;
  // "Nilai", "Indeks" name the kind of figure, not a unit to repeat after it.
  const unit = c.unit || (satuan && satuan !== '%' && !/\d/.test(satuan) && !lexicon.words.figureKind.test(satuan) ? satuan : '');
  return unit ? `${n} ${unit}` : satuan === '%' ? n + '%' : n;
}

export const targetBerbeda: CheckRule = ctx => {
  const out: Finding[] = [];
  for (const m of matchIndicators(ctx)) {
    const t = m.real.cells.target;
    const p = m.pk.cells.target;
    if (!isNumber(t) || !isNumber(p)) continue;
    if (sameTarget(t, p)) continue;
    const name = shortName(indicatorText(m.real));
    const message = `Target indikator "${name}" tertulis ${targetText(t, m.real)}, berbeda dengan target pada Perjanjian Kinerja (${ref(p.sheet, p.addr, t.sheet)}) sebesar ${targetText(p, m.pk)}.`;
    out.push(finding('target_berbeda', 'error', { sheet: t.sheet, addr: t.addr }, t.display, plain(p.value), message, [ref(p.sheet, p.addr, t.sheet)]));
  }
  return out;
};
