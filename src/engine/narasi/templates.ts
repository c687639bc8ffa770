/**
 * Every sentence the Narasi sheet writes, in one place, as plain template strings with named slots
 * (`{indikator}`, `{capaian}`, …). Edit the wording here; generate.ts only decides which template applies
 * and fills the slots with numbers the engine computed.
 *
 * The phrasing follows Bab III of real LKjIP/LAKIP reports ("Realisasi indikator … pada Tahun 2021 adalah
 * sebesar … dari target sebesar …", "Dari sisi penggunaan dana …") but not their errors:
 *  - capaian is always the recomputed value, and the kategori is the band of that value on the scale in use;
 *  - a change between two percentages is in "poin persentase", never "%";
 *  - efisiensi names its definition, and is not claimed when capaian kinerja is below one hundred percent (SAKIP).
 *
 * Rules for editors:
 *  - every number in a sentence must come through a slot (generate.ts records it); never type a digit here.
 *    Constants are written in words ("seratus persen", "di atas satu").
 *  - names (indikator, sasaran, program) go inside “…”: they may contain digits ("Covid 19") that are not figures.
 *  - a slot that is optional (`{periode}`) is filled with '' or with one of the fragments below, which carry
 *    their own leading space.
 */

/** Sentence templates. A slot is `{name}`; fill() refuses a template whose slot was not given. */
export const KALIMAT = {
  // --- Indikator kinerja -------------------------------------------------------------------------
  /** Realisasi against target, with capaian. {periode} = PERIODE.tahun or ''. */
  indikator:
    'Realisasi indikator “{indikator}”{periode} adalah sebesar {realisasi} dari target sebesar {target} atau capaian {capaian}, sehingga indikator ini {status}.',
  /** Tables whose rows are years (a Tahun column): the subject is the table. */
  indikatorTahunan:
    'Pada tabel “{tabel}”, realisasi Tahun {tahun} adalah sebesar {realisasi} dari target sebesar {target} atau capaian {capaian}, sehingga {status}.',
  /** Target written as a range ("80–90"). */
  indikatorRentang:
    'Realisasi indikator “{indikator}”{periode} adalah sebesar {realisasi} terhadap target rentang {targetBawah} sampai dengan {targetAtas} atau capaian {capaian}, sehingga indikator ini {status}.',
  /** Kategori of the capaian on the scale in use. */
  kategori: 'Capaian tersebut termasuk kategori “{kategori}”.',
  /** Kategori when the value falls outside every band (see KETERANGAN_CELAH). */
  kategoriCelah: 'Capaian tersebut termasuk kategori “{kategori}” ({keterangan}).',
  /** Negative indicator: lower realisasi is better. */
  polaritasNegatif:
    'Indikator ini bersifat negatif (semakin rendah realisasi semakin baik), sehingga capaiannya dihitung dengan rumus indikator negatif.',
  /** Realisasi or target is missing. */
  belumDapatDihitung: 'Capaian indikator “{indikator}”{periode} belum dapat dihitung karena {alasan}.',

  // --- Perbandingan dengan tahun sebelumnya ------------------------------------------------------------
  /** Capaian rose or fell: the difference of two percentages is in points. */
  capaianBerubah:
    'Dibandingkan dengan Tahun {tahunLalu}, capaian indikator ini {arah} sebesar {selisih} poin persentase (dari {capaianLalu} menjadi {capaianKini}).',
  capaianSama: 'Capaian indikator ini sama dengan capaian Tahun {tahunLalu}, yaitu {capaianKini}.',
  /** Realisasi rose or fell (tables with only an earlier realisasi column). {satuanSelisih} is ' poin persentase', ' <satuan>' or ''. */
  realisasiBerubah:
    'Dibandingkan dengan realisasi Tahun {tahunLalu} sebesar {realisasiLalu}, realisasi{periodeKini} {arah} sebesar {selisih}{satuanSelisih}.',
  realisasiSama: 'Realisasi{periodeKini} sama dengan realisasi Tahun {tahunLalu}, yaitu {realisasiKini}.',

  // --- Sasaran / program (rata-rata indikator) -----------------------------------------------------------
  sasaran:
    'Capaian sasaran “{sasaran}”{periode} diukur dengan {jumlah} indikator kinerja dengan rata-rata capaian {rata}, sehingga sasaran ini {status}.',
  /** A group row that is not a sasaran ("Seksi Tata Pemerintahan", "Camat :"). */
  kelompok:
    'Capaian kelompok indikator “{sasaran}”{periode} diukur dengan {jumlah} indikator kinerja dengan rata-rata capaian {rata}, sehingga kelompok ini {status}.',
  /** An average row the table itself holds (RATA-RATA). */
  rataRataTabel: 'Rata-rata capaian {jumlah} indikator pada tabel “{tabel}” adalah {rata}.',
  /** How the averages above were taken. */
  caraRataRata: 'Rata-rata dihitung sebagai rata-rata sederhana capaian indikatornya.',
  caraRataRataDibatasi: 'Rata-rata dihitung dari capaian indikatornya setelah tiap capaian dibatasi sesuai batas atas pada pengaturan.',

  // --- Realisasi anggaran --------------------------------------------------------------------------
  anggaran:
    'Anggaran {jenis}“{uraian}”{periode} sebesar {pagu} terealisasi sebesar {realisasi} atau {serapan} dari pagu, dengan sisa anggaran sebesar {sisa}.',
  anggaranLebih:
    'Anggaran {jenis}“{uraian}”{periode} sebesar {pagu} terealisasi sebesar {realisasi} atau {serapan} dari pagu; realisasi melampaui pagu sebesar {lebih}.',
  anggaranHabis:
    'Anggaran {jenis}“{uraian}”{periode} sebesar {pagu} terealisasi seluruhnya ({serapan} dari pagu), sehingga tidak ada sisa anggaran.',
  anggaranTotal:
    'Secara keseluruhan, pagu anggaran “{uraian}”{periode} sebesar {pagu} terealisasi sebesar {realisasi} atau terserap {serapan}, dengan sisa anggaran sebesar {sisa}.',
  anggaranTanpaPagu: 'Anggaran {jenis}“{uraian}”{periode} belum memiliki pagu, sehingga persentase serapannya tidak dapat dihitung.',

  // --- Efisiensi ---------------------------------------------------------------------------------
  /** Selisih: capaian − serapan, in points. */
  efisiensiSelisih:
    'Untuk “{subjek}”, dengan {namaCapaian} {capaian} dan serapan anggaran {serapan}, efisiensi menurut definisi “{definisi}” ({rumus}) adalah {efisiensi} poin persentase; {makna}.',
  /** Rasio: capaian / serapan, a plain ratio. */
  efisiensiRasio:
    'Untuk “{subjek}”, dengan {namaCapaian} {capaian} dan serapan anggaran {serapan}, efisiensi menurut definisi “{definisi}” ({rumus}) adalah {efisiensi}; {makna}.',
  /** Sisa: savings as a share of pagu. */
  efisiensiSisa:
    'Untuk “{subjek}”, efisiensi menurut definisi “{definisi}” ({rumus}) adalah {efisiensi} dari pagu.',
  /** SAKIP (LKE): no efficiency claim below one hundred percent capaian. */
  efisiensiTidakDapatDiklaim:
    'Untuk “{subjek}”, {namaCapaian} sebesar {capaian} masih di bawah seratus persen; sesuai kriteria evaluasi SAKIP, efisiensi belum dapat diklaim dan hanya dapat dinilai setelah target kinerja tercapai.',
  efisiensiTanpaCapaian:
    'Efisiensi hanya dapat diklaim bila capaian kinerja mencapai seratus persen; tabel ini tidak memuat capaian kinerja untuk “{subjek}”, sehingga klaim efisiensi perlu diperiksa terhadap capaian indikatornya.',

  // --- Lembar Narasi -----------------------------------------------------------------------------
  lembarBukuKerja: 'Buku kerja: {bukuKerja}',
  lembarSkala: 'Kategori capaian menurut {skala}.',
  lembarPetunjuk:
    'Setiap paragraf disusun otomatis dari angka hasil hitung ulang (bukan dari angka tertulis di tabel). Periksa, lengkapi dengan analisis penyebab, lalu salin ke laporan.',
  lembarBagian: '{jenisTabel} — lembar “{lembar}”{judul}',
  lembarKosong: 'Tidak ada tabel realisasi kinerja, realisasi anggaran atau efisiensi yang dikenali, sehingga tidak ada narasi yang dapat disusun.',
} as const;

export type KalimatId = keyof typeof KALIMAT;

/** Optional fragments that fill a slot; each carries its own leading space. */
export const PERIODE = {
  tahun: ' pada Tahun {tahun}',
  tahunAnggaran: ' Tahun Anggaran {tahun}',
  tahunIni: ' tahun ini',
  tahunKini: ' Tahun {tahun}',
} as const;

/** Status of one indikator or sasaran against its target. */
export const STATUS = {
  melampaui: 'melampaui target',
  mencapai: 'mencapai target',
  /** Rounds to one hundred but is below it: "100,00%" must not read as reached. */
  hampir: 'hampir mencapai target (sedikit di bawah target)',
  belum: 'belum mencapai target',
} as const;

export const ARAH = { naik: 'naik', turun: 'turun' } as const;

/** The meaning of an efisiensi value, per definition and sign. */
export const MAKNA_EFISIENSI = {
  selisihPositif: 'hasil kinerja lebih tinggi daripada persentase anggaran yang digunakan',
  selisihNol: 'hasil kinerja sebanding dengan persentase anggaran yang digunakan',
  selisihNegatif: 'persentase anggaran yang digunakan lebih tinggi daripada hasil kinerja',
  rasioDiAtas: 'nilai di atas satu berarti setiap persen anggaran menghasilkan lebih dari satu persen capaian',
  rasioTidakDiAtas: 'nilai tidak di atas satu berarti anggaran belum digunakan secara efisien',
} as const;

/** The formula of each efisiensi definition in words (no digits: see the editor rules above). */
export const RUMUS_EFISIENSI: Record<string, string> = {
  sisa: 'sisa anggaran dibagi pagu',
  selisih: 'capaian kinerja dikurangi serapan anggaran',
  rasio: 'capaian kinerja dibagi serapan anggaran',
  pmk: 'rata-rata penghematan biaya per keluaran menurut PMK',
};

/** What the capaian input of an efisiensi row is, by the column it came from. */
export const NAMA_CAPAIAN = {
  capaian: 'capaian kinerja',
  fisik: 'capaian kinerja (realisasi fisik)',
} as const;

/** Why a value outside every band got its kategori. */
export const KETERANGAN_CELAH = {
  atas: 'di atas rentang tertinggi skala, dimasukkan ke kategori tertinggi',
  bawah: 'di bawah rentang terendah skala, dimasukkan ke kategori terendah',
  celah: 'di celah antar-rentang skala, dimasukkan ke kategori terdekat di bawahnya',
} as const;

/** Why a capaian could not be computed, for belumDapatDihitung. */
export const ALASAN = {
  realisasiKosong: 'realisasinya belum tersedia',
  targetKosong: 'targetnya belum tersedia',
  bukanAngka: 'target atau realisasinya tidak berupa angka',
  targetNol: 'targetnya bernilai nol dan tidak ada aturan resmi untuk target nol',
  lainnya: 'data target dan realisasinya tidak lengkap',
} as const;

/** Level words for budget rows; '' when the uraian already says it. */
export const JENIS_ANGGARAN: Record<string, string> = {
  program: 'program ',
  kegiatan: 'kegiatan ',
  sub_kegiatan: 'sub kegiatan ',
  rekening: 'belanja ',
};

/** Section headings of the Narasi sheet, by table kind. */
export const JENIS_TABEL: Record<string, string> = {
  realisasi_kinerja: 'Capaian Kinerja',
  realisasi_anggaran: 'Realisasi Anggaran',
  efisiensi: 'Efisiensi',
};

/**
 * Fills `{name}` slots. A slot without a value is a programming error (a sentence with a hole would be
 * printed), so it throws; a value that is '' leaves nothing.
 */
export function fillSlots(template: string, slots: Record<string, string>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const v = slots[name];
    if (v === undefined) throw new Error(`Slot {${name}} tidak diisi untuk kalimat: ${template}`);
    return v;
  });
}

/** Slot names a template uses, for tests and editors. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z]+)\}/g)].map(m => m[1]);
}
