import type { CheckRule } from './context';
import { inputsText, statedMismatches } from './stated-vs-computed';

/** capaian_selisih: a stated capaian differs from realisasi against target under the indicator's polarity. */
export const capaianSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'capaian_selisih', ['capaian_kinerja'], (c, shown) => {
    const inputs = inputsText(ctx, c, ['target', 'realisasi']);
    const rumus = c.polarity === 'negatif' ? 'rumus indikator negatif (2 − realisasi/target) × 100' : 'realisasi/target × 100';
    return `Capaian tertulis ${c.stated!.display} tidak sesuai: dengan ${inputs} dan ${rumus}, capaian seharusnya ${shown}%.`;
  });
