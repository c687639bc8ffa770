import type { CheckRule } from './context';
import { statedMismatches } from './stated-vs-computed';

/** efisiensi_selisih: a stated efisiensi differs from the chosen, named definition. */
export const efisiensiSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'efisiensi_selisih', ['efisiensi'], (c, shown) =>
    `Efisiensi tertulis ${c.stated!.display} tidak sesuai dengan definisi ${c.formula}, yang memberi ${shown}.`,
  );
