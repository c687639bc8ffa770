/**
 * What each rule is called and what a person should do about it, in one place: read by the task pane, the
 * CLI's human report and the Temuan sheet, and kept equal to docs/aturan.md by a test. Only types are
 * imported so that the task pane can load this without the engine.
 */
import type { RuleId, Severity } from '../../model/report';

export interface RuleInfo {
  /** Indonesian name, as a heading ("Capaian tidak sesuai"). */
  name: string;
  /** One line: what to do. */
  todo: string;
  /** The usual level; some rules use another level for some cells. */
  severity: Severity;
}

export const RULE_INFO: Record<RuleId, RuleInfo> = {
  capaian_selisih: { name: 'Capaian tidak sesuai perhitungan', todo: 'perbaiki capaian atau periksa polaritas indikator di Pengaturan', severity: 'error' },
  persen_anggaran_selisih: { name: 'Persentase anggaran tidak sesuai', todo: 'perbaiki persentase atau pagu yang dipakai', severity: 'error' },
  efisiensi_selisih: { name: 'Efisiensi tidak sesuai definisi', todo: 'sebutkan definisi yang dipakai dan hitung ulang', severity: 'error' },
  efisiensi_tanpa_capaian: { name: 'Efisiensi diklaim tanpa capaian 100%', todo: 'menurut LKE SAKIP efisiensi tidak dapat diklaim; ubah narasinya', severity: 'warning' },
  kategori_selisih: { name: 'Kategori tidak sesuai skala', todo: 'perbaiki kategori', severity: 'error' },
  jumlah_selisih: { name: 'Jumlah tidak sama dengan rinciannya', todo: 'cari baris rincian yang hilang atau angka induk yang salah ketik', severity: 'error' },
  rata_rata_selisih: { name: 'Rata-rata tidak sesuai', todo: 'periksa baris yang terlewat atau capaian yang salah', severity: 'error' },
  sisa_selisih: { name: 'Sisa anggaran tidak sesuai', todo: 'perbaiki sisa', severity: 'error' },
  rincian_selisih: { name: 'Rincian DPA tidak sesuai', todo: 'perbaiki koefisien, harga atau jumlah', severity: 'error' },
  realisasi_melebihi_pagu: { name: 'Realisasi melebihi pagu', todo: 'pastikan ada pergeseran anggaran atau perbaiki angka', severity: 'warning' },
  target_berbeda: { name: 'Target berbeda dengan PK', todo: 'samakan dengan PK yang ditandatangani', severity: 'error' },
  pagu_berbeda: { name: 'Pagu berbeda antartabel', todo: 'samakan dengan DPA yang berlaku', severity: 'error' },
  nilai_kosong: { name: 'Nilai wajib kosong', todo: 'isi nilainya', severity: 'warning' },
  angka_teks: { name: 'Angka disimpan sebagai teks', todo: 'ubah menjadi angka agar Excel dapat menjumlahkannya', severity: 'info' },
  satuan_berbeda: { name: 'Satuan berbeda', todo: 'samakan satuannya', severity: 'warning' },
  kode_ganda: { name: 'Kode atau nomor ganda', todo: 'perbaiki kodenya', severity: 'warning' },
  kode_tidak_baku: { name: 'Kode tidak baku', todo: 'sesuaikan kode dengan pola Permendagri 90/2019 (mis. 7.01.01.2.01.0001)', severity: 'warning' },
  nilai_tidak_wajar: { name: 'Nilai tidak wajar', todo: 'periksa angkanya', severity: 'error' },
  capaian_hardcode: { name: 'Capaian diketik langsung', todo: 'pastikan angka itu masih sesuai', severity: 'info' },
  realisasi_triwulan_selisih: { name: 'Realisasi tahunan tidak sesuai triwulan', todo: 'jangan menjumlahkan persentase antar triwulan', severity: 'error' },
  narasi_selisih: { name: 'Narasi bertentangan dengan tabel', todo: 'lihat docs/narasi.md', severity: 'warning' },
  tidak_dapat_dihitung: { name: 'Tidak dapat dihitung', todo: 'putuskan secara manual; kebijakan target 0 dapat dipilih', severity: 'info' },
};

/** The rule's Indonesian name; an unknown id (a newer report) is shown as it is. */
export function ruleName(rule: string): string {
  return (RULE_INFO as Record<string, RuleInfo>)[rule]?.name ?? rule;
}

/** "what to do" of a rule, or '' for an unknown id. */
export function ruleTodo(rule: string): string {
  return (RULE_INFO as Record<string, RuleInfo>)[rule]?.todo ?? '';
}
