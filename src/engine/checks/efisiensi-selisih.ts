import { EFISIENSI_DEFINITIONS } from '../efisiensi';
import type { CheckRule } from './context';
import { statedMismatches } from './stated-vs-computed';

/** efisiensi_selisih: a stated efisiensi differs from the chosen, named definition. */
export const efisiensiSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'efisiensi_selisih', ['efisiensi'], (c, shown) =>
    `Efisiensi tertulis ${c.stated!.display} tidak sesuai dengan definisi "${EFISIENSI_DEFINITIONS[ctx.efisiensi].name}" (${EFISIENSI_DEFINITIONS[ctx.efisiensi].formula}), yang memberi ${shown}.`,
  );
