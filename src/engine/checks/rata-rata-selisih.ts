import type { CheckRule } from './context';
import { statedMismatches } from './stated-vs-computed';

/** rata_rata_selisih: a stated average differs from the mean of the recomputed capaian it summarises. */
export const rataRataSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'rata_rata_selisih', ['rata_rata_capaian'], (c, shown) =>
    `Rata-rata capaian tertulis ${c.stated!.display} tidak sesuai: rata-rata ${c.inputs.length} capaian yang dihitung ulang (baris ${c.averagedRows!.join(', ')}) adalah ${shown}%.`,
  );
