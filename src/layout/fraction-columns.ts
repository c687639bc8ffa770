import type { ColumnMapping } from '../model/recognition';
import { columnLetter } from '../model/address';
import type { ColumnProfile, SampleMatrix } from './column-profile';
import type { TableEvidence } from './evidence';
import { MAJORITY, measureFraction, MIN_ROWS, type Relation } from './relations';

/**
 * A percentage the header names (capaian, serapan, persen) whose values are realisasi / target itself on most
 * rows, not realisasi / target × 100: the column holds fractions (0,8889 for 88,89%) without a % format. The
 * relation decides it, never the size of the numbers alone (a capaian of 0,89% is possible, a whole column
 * equal to the bare ratio is not a coincidence). A column with a % format is already read × 100.
 */
export function fractionReading(m: SampleMatrix, profile: ColumnProfile | undefined, out: number, a: number, b: number, asPercent: Relation): Relation | undefined {
  if (!profile || profile.percent) return undefined;
  const rel = measureFraction(m, out, a, b);
  if (!rel || rel.holds < 2 || rel.share < MAJORITY || rel.holds <= asPercent.holds) return undefined;
  return rel;
}

/**
 * An unread column, without a % format, that is b / a itself on most rows: the ratio of two read columns
 * stored as a fraction ("Target (%) | Capaian (%) | Kinerja" with Kinerja 0,9750 = Capaian / Target).
 */
export function fractionColumnOf(m: SampleMatrix, profiles: Map<number, ColumnProfile>, a: number, b: number, taken: (col: number) => boolean): Relation | undefined {
  for (const col of m.cols) {
    if (col === a || col === b || taken(col) || profiles.get(col)?.percent) continue;
    const rel = measureFraction(m, col, a, b);
    if (rel && rel.holds >= MIN_ROWS && rel.share >= MAJORITY) return rel;
  }
  return undefined;
}

/** The percentage a table lacks, with the two columns it is the ratio of: capaian of target / realisasi, persen of pagu / realisasi. */
const MISSING: { out: string; a: string; b: string; domain: 'kinerja' | 'anggaran'; unless: string[] }[] = [
  { out: 'capaian', a: 'target', b: 'realisasi', domain: 'kinerja', unless: ['capaian'] },
  { out: 'persen', a: 'pagu', b: 'realisasi', domain: 'anggaran', unless: ['persen', 'serapan'] },
];

/**
 * "Original Budget | Executed | Execution Rate": the header named the inputs but not the percentage, and no
 * column is their ratio × 100; an unread column that is their bare ratio on most rows is that percentage,
 * stored as a fraction.
 */
export function missingFractions(
  m: SampleMatrix,
  profiles: Map<number, ColumnProfile>,
  out: Record<string, ColumnMapping>,
  roleAt: Map<number, string>,
  ev: TableEvidence,
  header: (col: number) => string,
): void {
  for (const x of MISSING) {
    if (x.unless.some(r => out[r]) || !out[x.a] || !out[x.b]) continue;
    const rel = fractionColumnOf(m, profiles, out[x.a].col, out[x.b].col, c => roleAt.has(c));
    if (!rel) continue;
    out[x.out] = { col: rel.out, header: header(rel.out) || columnLetter(rel.out), reason: `kolom ini = ${x.b} / ${x.a} (pecahan, tanpa × 100) pada ${rel.holds} dari ${rel.tested} baris`, score: 0.8, fraction: true };
    roleAt.set(rel.out, x.out);
    ev.fromValues.push(x.out);
    (ev.fractions ??= []).push({ role: x.out, relation: rel });
    ev.readings.push({ reading: { kind: 'ratio', out: x.out, a: x.a, b: x.b, domain: x.domain }, relation: rel, assigned: [x.out] });
    ev.domains.add(x.domain);
  }
}
