import type { ColumnProfile, SampleMatrix } from './column-profile';
import { MAJORITY, measureFraction, type Relation } from './relations';

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
