import type { CheckRule } from './context';
import { inputCells, statedMismatches } from './stated-vs-computed';

/** capaian_selisih: a stated capaian differs from realisasi against target under the indicator's polarity. */
export const capaianSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'capaian_selisih', ['capaian_kinerja'], (c, shown) => {
    const [target, realisasi] = inputCells(ctx, c);
    const rumus = c.polarity === 'negatif' ? 'rumus indikator negatif (2 − realisasi/target) × 100' : 'realisasi/target × 100';
    const dari = target && realisasi ? `realisasi ${realisasi.display} terhadap target ${target.display}` : 'target dan realisasi';
    return `Capaian tertulis ${c.stated!.display} tidak sesuai: ${dari} dengan ${rumus} memberi ${shown}%.`;
  });
