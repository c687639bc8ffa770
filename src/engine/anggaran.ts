/**
 * Budget arithmetic: serapan (absorption), sisa, rincian lines. Rupiah stay exact; percentages unrounded.
 */
import { Dec, HUNDRED } from './decimal';

export type PersenResult = { ok: true; value: Dec; formula: string } | { ok: false; reason: string };

/** A pagu of 0 (or below) makes every percentage of it meaningless, so it is refused with its reason. */
function paguTidakSah(pagu: Dec, what: string): string | undefined {
  if (!pagu.isFinite()) return `Pagu bukan angka yang sah; ${what} tidak dapat dihitung.`;
  if (pagu.isZero()) return `Pagu bernilai 0; ${what} tidak dapat dihitung (pembagian dengan nol).`;
  if (pagu.isNegative()) return `Pagu bernilai negatif; ${what} tidak dapat dihitung.`;
  return undefined;
}

/** Serapan anggaran = realisasi / pagu × 100. */
export function serapan(realisasi: Dec, pagu: Dec): PersenResult {
  const bad = paguTidakSah(pagu, 'persentase serapan');
  if (bad) return { ok: false, reason: bad };
  if (!realisasi.isFinite()) return { ok: false, reason: 'Realisasi anggaran bukan angka yang sah; persentase serapan tidak dapat dihitung.' };
  return { ok: true, value: realisasi.div(pagu).times(HUNDRED), formula: 'realisasi/pagu×100' };
}

/** Sisa anggaran = pagu − realisasi (negative when realisasi exceeds pagu). */
export function sisa(pagu: Dec, realisasi: Dec): Dec {
  return pagu.minus(realisasi);
}

/** Persentase sisa = (pagu − realisasi) / pagu × 100. */
export function persenSisa(pagu: Dec, realisasi: Dec): PersenResult {
  const bad = paguTidakSah(pagu, 'persentase sisa');
  if (bad) return { ok: false, reason: bad };
  if (!realisasi.isFinite()) return { ok: false, reason: 'Realisasi anggaran bukan angka yang sah; persentase sisa tidak dapat dihitung.' };
  return { ok: true, value: sisa(pagu, realisasi).div(pagu).times(HUNDRED), formula: '(pagu − realisasi)/pagu×100' };
}

/** Jumlah of a DPA rincian line = koefisien × harga × (1 + PPN/100); exact, no rounding. */
export function jumlahRincian(koefisien: Dec, harga: Dec, ppnPersen?: Dec): Dec {
  const base = koefisien.times(harga);
  return ppnPersen && !ppnPersen.isZero() ? base.times(HUNDRED.plus(ppnPersen)).div(HUNDRED) : base;
}

/**
 * Roles of a second realisation stage over the same pagu ('realisasi_kontrak' with 'persen_kontrak',
 * SPM, SP2D, komitmen): each percentage is recomputed from its own amount.
 */
export const STAGE_SUFFIX = /^(?:realisasi|persen)(_kontrak|_sp2d|_spm|_spp|_komitmen|_lain)$/;
