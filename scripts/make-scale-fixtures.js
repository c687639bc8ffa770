#!/usr/bin/env node
/**
 * Workbooks at the size people really hand in, built with exceljs (nothing binary is committed):
 *  - wilayah.xlsx: three kecamatan sheets with the same Permendagri 90 codes and different pagu (the header
 *    block names each kecamatan), plus a DPA and a realisation table of one unit (Dinas Kesehatan) that
 *    disagree on exactly one pagu;
 *  - wilayah-tanpa-judul.xlsx: the same three kecamatan sheets without any header block;
 *  - kode-tidak-baku.xlsx: one table of 20,000 sub kegiatan whose codes all have a one-digit bidang;
 *  - angka-teks-300.xlsx: a realisation table whose pagu column holds 300 numbers stored as text;
 *  - temuan-500.xlsx: a workbook with about 500 findings on three sheets, for the task pane.
 * Run `node scripts/make-scale-fixtures.js DIR` to write them; tests call the builders directly.
 */
const path = require('path');
const ExcelJS = require('exceljs');

const idText = n => String(n).replace(/\B(?=(\d{3})+$)/g, '.') + ',00';

/** "7.01.01.2.01.0001"-style sub kegiatan codes, the same for every region. */
function subKode(i, malformed = false) {
  const program = String(1 + (Math.floor(i / 200) % 9)).padStart(2, '0');
  const kegiatan = String(1 + (Math.floor(i / 20) % 10)).padStart(2, '0');
  const sub = String(1 + (i % 20)).padStart(4, '0');
  return `7.${malformed ? '1' : '01'}.${program}.2.${kegiatan}.${sub}`;
}

/** A realisation-of-budget sheet: header block lines, then Kode | Sub Kegiatan | Pagu | Realisasi | %. */
function anggaranSheet(wb, name, block, rows) {
  const ws = wb.addWorksheet(name);
  block.forEach(line => ws.addRow([line]));
  if (block.length) ws.addRow([]);
  ws.addRow(['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%']);
  for (const r of rows) {
    const persen = r.persen ?? Math.round((r.realisasi / r.pagu) * 10000) / 100;
    ws.addRow([r.kode, r.uraian, r.paguText ?? r.pagu, r.realisasi, persen]);
  }
  return ws;
}

function dpaSheet(wb, name, block, rows) {
  const ws = wb.addWorksheet(name);
  block.forEach(line => ws.addRow([line]));
  ws.addRow([]);
  ws.addRow(['Kode', 'Uraian', 'Pagu (Rp)', 'Sumber Dana']);
  for (const r of rows) ws.addRow([r.kode, r.uraian, r.pagu, 'DAU']);
  return ws;
}

const REGIONS = ['Ajung', 'Balung', 'Curah'];
const SUBS = 40;

function regionRows(k) {
  return Array.from({ length: SUBS }, (_, i) => {
    const pagu = 10_000_000 + i * 250_000 + k * 1_000_000;
    return { kode: subKode(i), uraian: `Sub Kegiatan Pelayanan ${i + 1}`, pagu, realisasi: pagu - 500_000 };
  });
}

/** Three kecamatan with one template, and one unit's DPA and realisation with one disagreement (at row 10). */
function wilayah(withBlocks = true) {
  const wb = new ExcelJS.Workbook();
  REGIONS.forEach((r, k) => {
    const block = withBlocks ? ['PEMERINTAH KABUPATEN JEMBER', 'LAPORAN REALISASI ANGGARAN', `SKPD : Kecamatan ${r}`, 'Tahun Anggaran : 2024'] : [];
    anggaranSheet(wb, withBlocks ? `Kec. ${r}` : r, block, regionRows(k));
  });
  if (withBlocks) {
    const unit = ['PEMERINTAH KABUPATEN JEMBER', 'SKPD : Dinas Kesehatan', 'Tahun Anggaran : 2024'];
    const rows = Array.from({ length: 12 }, (_, i) => ({ kode: subKode(i), uraian: `Sub Kegiatan Kesehatan ${i + 1}`, pagu: 50_000_000 + i * 1_000_000 }));
    dpaSheet(wb, 'DPA', ['DOKUMEN PELAKSANAAN ANGGARAN', ...unit], rows);
    anggaranSheet(
      wb,
      'Realisasi',
      ['LAPORAN REALISASI ANGGARAN', ...unit],
      rows.map((r, i) => {
        const pagu = i === 4 ? r.pagu + 2_500_000 : r.pagu;
        return { ...r, pagu, realisasi: r.pagu - 1_000_000 };
      }),
    );
  }
  return wb;
}

function kodeTidakBaku(n = 20_000) {
  const wb = new ExcelJS.Workbook();
  const rows = Array.from({ length: n }, (_, i) => {
    const pagu = 5_000_000 + (i % 97) * 10_000;
    return { kode: subKode(i, true).replace(/\.(\d{4})$/, `.${String(1 + (i % 9999)).padStart(4, '0')}`), uraian: `Sub Kegiatan ${i + 1}`, pagu, realisasi: pagu - 100_000 };
  });
  // Codes must stay unique: the program / kegiatan / sub parts run through every row.
  rows.forEach((r, i) => (r.kode = `7.1.${String(1 + Math.floor(i / 2000)).padStart(2, '0')}.2.${String(1 + (Math.floor(i / 100) % 20)).padStart(2, '0')}.${String(1 + (i % 100)).padStart(4, '0')}`));
  anggaranSheet(wb, 'Realisasi', ['LAPORAN REALISASI ANGGARAN', 'SKPD : Dinas Pekerjaan Umum', 'Tahun Anggaran : 2024'], rows);
  return wb;
}

function angkaTeks300() {
  const wb = new ExcelJS.Workbook();
  const rows = Array.from({ length: 300 }, (_, i) => {
    const pagu = 7_000_000 + i * 1_000;
    return { kode: subKode(i), uraian: `Sub Kegiatan ${i + 1}`, pagu, paguText: idText(pagu), realisasi: pagu - 200_000 };
  });
  anggaranSheet(wb, 'LRA', ['LAPORAN REALISASI ANGGARAN', 'SKPD : Kecamatan Ajung', 'Tahun Anggaran : 2024'], rows);
  return wb;
}

/**
 * About 500 findings: 180 capaian errors on "Capaian Kinerja" (a negative indicator among them, a RATA-RATA
 * row and a table of years below), 300 pagu stored as text on "Anggaran" (one group), and 20 kategori errors.
 */
function temuan500() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian Kinerja');
  ws.addRow(['Tabel 3.1 Capaian Kinerja Tahun 2024']);
  ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori']);
  for (let i = 0; i < 200; i++) {
    const target = 90;
    const realisasi = 80 + (i % 15);
    const wrong = i < 180;
    const capaian = wrong ? realisasi + 3 : Math.round((realisasi / target) * 10000) / 100;
    const kategori = i >= 180 ? 'Sangat Tinggi' : capaian >= 91 ? 'Sangat Tinggi' : 'Tinggi';
    const name = i === 7 ? 'Jumlah pengaduan masyarakat yang tidak ditindaklanjuti' : `Persentase layanan administrasi kependudukan ${i + 1} yang selesai tepat waktu`;
    ws.addRow([i + 1, name, '%', target, realisasi, capaian, kategori]);
  }
  ws.addRow(['', 'RATA-RATA', '', '', '', 90, '']);
  ws.addRow([]);
  ws.addRow([]);
  ws.addRow(['Tabel 3.2 Perbandingan Nilai IKM Tahun 2022-2024']);
  ws.addRow(['No', 'Tahun', 'Target Nilai IKM', 'Realisasi Nilai IKM', 'Capaian (%)']);
  [2022, 2023, 2024].forEach((y, i) => ws.addRow([i + 1, y, 80, 82 + i, Math.round(((82 + i) / 80) * 10000) / 100]));
  const rows = Array.from({ length: 300 }, (_, i) => {
    const pagu = 7_000_000 + i * 1_000;
    return { kode: subKode(i), uraian: `Sub Kegiatan Pelayanan Umum ${i + 1}`, pagu, paguText: idText(pagu), realisasi: pagu - 200_000 };
  });
  anggaranSheet(wb, 'Anggaran', ['LAPORAN REALISASI ANGGARAN', 'SKPD : Kecamatan Ajung', 'Tahun Anggaran : 2024'], rows);
  return wb;
}

const BUILDERS = {
  'wilayah.xlsx': () => wilayah(true),
  'wilayah-tanpa-judul.xlsx': () => wilayah(false),
  'kode-tidak-baku.xlsx': () => kodeTidakBaku(),
  'angka-teks-300.xlsx': () => angkaTeks300(),
  'temuan-500.xlsx': () => temuan500(),
};

/** Writes one workbook (by file name) into dir; returns its path. */
async function writeFixture(name, dir) {
  const file = path.join(dir, name);
  await BUILDERS[name]().xlsx.writeFile(file);
  return file;
}

module.exports = { writeFixture, BUILDERS, subKode };

if (require.main === module) {
  const dir = process.argv[2] || '.';
  Promise.all(Object.keys(BUILDERS).map(n => writeFixture(n, dir))).then(files => console.log(files.join('\n')));
}
