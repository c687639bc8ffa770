import type { CheckRule } from './context';
import { inputsText, statedMismatches } from './stated-vs-computed';

/** persen_anggaran_selisih: a stated budget percentage differs from realisasi / pagu × 100. */
export const persenAnggaranSelisih: CheckRule = ctx =>
  statedMismatches(ctx, 'persen_anggaran_selisih', ['persen_anggaran'], (c, shown) =>
    `Persentase realisasi anggaran tertulis ${c.stated!.display} tidak sesuai: ${inputsText(ctx, c, ['realisasi', 'pagu'])} memberi ${shown}%.`,
  );
