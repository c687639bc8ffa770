import type { ColumnProfile, SampleMatrix } from './column-profile';
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
