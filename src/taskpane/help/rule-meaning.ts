/**
 * What each rule means: the "muncul bila" column of docs/aturan.md, word for word (a test keeps them equal).
 * The pane loads this module only when a finding's "Apa artinya?" is first opened; what to do comes from
 * RULE_INFO (src/engine/checks/rules.ts), which the same document holds.
 */
import type { RuleId } from '../../model/report';

export const RULE_MEANING: Record<RuleId, string> = {
  capaian_selisih:
    "capaian tertulis berbeda dari realisasi/target × 100 (indikator positif) atau (2 − realisasi/target) × 100 (indikator negatif)",
  persen_anggaran_selisih:
    "persentase realisasi anggaran berbeda dari realisasi/pagu × 100 (atau rumus kolom yang tertulis di judul, mis. \"7 = 6/5*100\")",
  efisiensi_selisih:
    "efisiensi tertulis berbeda dari definisi yang dipilih (sisa, selisih, rasio, PMK 249/2011) atau rumus kolomnya (\"5 = 3 − 4\")",
  efisiensi_tanpa_capaian:
    "efisiensi diklaim padahal capaian kinerja di bawah 100%",
  kategori_selisih:
    "kategori/predikat tidak sesuai skala yang berlaku (tabel skala di buku kerja, atau pilihan)",
  jumlah_selisih:
    "baris induk (program, kegiatan, JUMLAH/TOTAL) tidak sama dengan jumlah baris rinciannya",
  rata_rata_selisih:
    "rata-rata tertulis berbeda dari rata-rata capaian yang dihitung ulang",
  sisa_selisih:
    "sisa/selisih (atau persentasenya) berbeda dari pagu − realisasi",
  rincian_selisih:
    "jumlah rincian DPA berbeda dari koefisien × harga (+ PPN)",
  realisasi_melebihi_pagu:
    "realisasi anggaran melebihi pagu (bukan untuk pendapatan)",
  target_berbeda:
    "indikator yang sama bertarget berbeda di Perjanjian Kinerja dan tabel realisasi",
  pagu_berbeda:
    "program/kegiatan/sub kegiatan yang sama berpagu berbeda di dua tabel",
  nilai_kosong:
    "nilai wajib (target, realisasi, pagu) kosong atau \"-\", atau kolom rupiah berisi persentase",
  angka_teks:
    "angka disimpan sebagai teks (\"1.234.567,00\"); dilaporkan per sel dan dikelompokkan per kolom (`groups`)",
  satuan_berbeda:
    "satuan target dan realisasi (atau PK dan realisasi) berbeda",
  kode_ganda:
    "satu kode Permendagri 90 atau kode rekening dipakai dua baris, atau satu nomor (I., A., 1.) dipakai dua kali pada tingkat yang sama",
  kode_tidak_baku:
    "kode tidak mengikuti pola Permendagri 90/2019 (bagian dengan jumlah digit yang salah); dilaporkan sekali per tabel dengan jumlah baris dan baris-baris pertamanya",
  nilai_tidak_wajar:
    "nilai mustahil: indeks di atas 100, nilai negatif, capaian di atas 300%",
  capaian_hardcode:
    "angka capaian diketik langsung di antara sel berumus",
  realisasi_triwulan_selisih:
    "realisasi tahunan berbeda dari realisasi triwulannya: jumlah triwulan untuk indikator hitungan, triwulan terakhir untuk persentase, nilai indeks dan indikator negatif",
  narasi_selisih:
    "kalimat di buku kerja menyebut angka, kategori atau tahun yang bertentangan dengan tabelnya",
  tidak_dapat_dihitung:
    "nilai tidak dapat dihitung ulang: target 0, target atau realisasi berupa teks (\"BB\") atau galat (#DIV/0!)",
};
