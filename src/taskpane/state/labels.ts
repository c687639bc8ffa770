/** Every word the pane shows for an id of the core: table kinds, column roles, severities, steps, options. */
import type { Severity, TableKind } from '../../model/report';
import type { OutputPlacement } from '../../usecase/settings';
import type { EfisiensiDefinition } from '../../engine/efisiensi';
import type { RunStep } from './run-state';

export const KIND_LABEL: Record<TableKind, string> = {
  dpa: 'DPA',
  perjanjian_kinerja: 'Perjanjian Kinerja',
  realisasi_kinerja: 'Realisasi Kinerja',
  realisasi_anggaran: 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
};

export const KINDS = Object.keys(KIND_LABEL) as TableKind[];

export function kindLabel(kind: string): string {
  return (KIND_LABEL as Record<string, string>)[kind] ?? kind;
}

/** Roles a user may give a column, in the order a report's columns usually run. */
export const ROLE_LABEL: Record<string, string> = {
  no: 'Nomor',
  kode: 'Kode',
  sasaran: 'Sasaran',
  program: 'Program',
  kegiatan: 'Kegiatan',
  indikator: 'Indikator',
  uraian: 'Uraian',
  tahun: 'Tahun',
  satuan: 'Satuan',
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian (%)',
  kategori: 'Kategori/predikat',
  pagu: 'Pagu/anggaran',
  pagu_murni: 'Pagu sebelum perubahan',
  persen: 'Persentase anggaran (%)',
  sisa: 'Sisa anggaran',
  persen_sisa: 'Persentase sisa (%)',
  selisih: 'Selisih',
  persen_selisih: 'Persentase selisih (%)',
  lebih: 'Lebih/(kurang): realisasi − pagu',
  target_kas: 'Target keuangan (anggaran kas)',
  target_fisik: 'Target fisik',
  fisik: 'Realisasi fisik',
  serapan: 'Serapan (%)',
  efisiensi: 'Efisiensi',
  koefisien: 'Koefisien/volume',
  harga: 'Harga satuan',
  ppn: 'PPN',
  jumlah: 'Jumlah',
  sumber_dana: 'Sumber dana',
  keterangan: 'Keterangan',
};

export const ROLES = Object.keys(ROLE_LABEL);

/** "target_2022" is the target column of 2022; unknown roles are shown in words rather than as ids. */
export function roleLabel(role: string): string {
  if (ROLE_LABEL[role]) return ROLE_LABEL[role];
  const year = /^(.*)_(\d{4})$/.exec(role);
  if (year && ROLE_LABEL[year[1]]) return `${ROLE_LABEL[year[1]]} ${year[2]}`;
  const words = role.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Galat', warning: 'Peringatan', info: 'Info' };
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export const STEP_LABEL: Record<RunStep, string> = {
  baca: 'Membaca buku kerja…',
  kenali: 'Mengenali tabel…',
  hitung: 'Menghitung…',
  periksa: 'Memeriksa…',
  rencana: 'Menyusun hasil…',
  tulis: 'Menulis hasil…',
};

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** Preset ids are those of engine/kategori/presets (a test keeps the two in step). */
export const SKALA_OPTIONS: Option<string>[] = [
  { value: 'otomatis', label: 'Otomatis (tabel skala di buku kerja)', hint: 'Memakai tabel "Rentang Capaian / Kategori" yang ada di buku kerja ini.' },
  { value: 'permendagri86', label: 'Permendagri 86/2017', hint: '≥ 91 Sangat Tinggi; 76–< 91 Tinggi; 66–< 76 Sedang; 51–< 66 Rendah; ≤ 50 Sangat Rendah.' },
  { value: 'permenpanrb12', label: 'PermenPANRB 12/2015', hint: '> 90 Sangat Memuaskan; > 80 Memuaskan; > 70 Sangat Baik; > 60 Baik; > 50 Cukup; < 50 Kurang.' },
  { value: 'berhasil', label: 'Skala "Berhasil"', hint: '≥ 85 Sangat Berhasil; 70–< 85 Berhasil; 55–< 70 Cukup Berhasil; < 55 Tidak Berhasil.' },
  { value: 'lan', label: 'LAN', hint: '> 85 Memuaskan; > 75 Sangat Baik; > 65 Baik; > 50 Cukup Baik; > 30 Agak Kurang; 0–30 Kurang.' },
];

export const EFISIENSI_OPTIONS: Option<EfisiensiDefinition>[] = [
  { value: 'sisa', label: 'Sisa anggaran', hint: '(pagu − realisasi) / pagu × 100: bagian anggaran yang dihemat.' },
  { value: 'selisih', label: 'Selisih capaian dan serapan', hint: 'capaian kinerja (%) − serapan anggaran (%); positif berarti hasil lebih besar daripada dana yang dipakai.' },
  { value: 'rasio', label: 'Rasio capaian terhadap serapan', hint: 'capaian kinerja (%) / serapan anggaran (%); lebih dari 1 berarti efisien.' },
  { value: 'pmk', label: 'PMK 249/2011', hint: 'rata-rata 1 − (biaya per keluaran riil / rencana), dibatasi ±20%, dinilai 50% + E/20% × 50%.' },
];

/** Cap before averaging: '' = none, else a percentage. */
export const CAP_OPTIONS: Option<string>[] = [
  { value: '', label: 'Tidak ada' },
  { value: '100', label: '100%' },
  { value: '120', label: '120%' },
];

export const OUTPUT_OPTIONS: Option<OutputPlacement>[] = [
  { value: 'kolom', label: 'Kolom di samping tabel', hint: 'Nilai hitung ulang ditulis di kolom baru di kanan setiap tabel, ditambah lembar ringkasan.' },
  { value: 'ringkasan', label: 'Hanya lembar ringkasan', hint: 'Tabel tidak ditambah kolom; hasil hanya ada di lembar Ringkasan Capaian dan Temuan.' },
];
