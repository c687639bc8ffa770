#!/usr/bin/env node
'use strict';
/**
 * Builds the project's own harder workbooks (test/fixtures/*.xlsx) with their answers
 * (*.expected.json, the corpus format of shared/corpus/README.md). Real figures from the seeds where
 * the domain primer gives them; layouts the public corpus does not cover: an efisiensi table with its
 * column rule "5 = 3 − 4" and a seed-004 scale table, budget savings called "efisiensi" (seed 003),
 * hierarchy shown only by bold type, numbers typed as text in both conventions, negative indicators.
 *
 * usage: node scripts/make-fixtures.js [outdir]
 */
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const out = process.argv[2] || path.join(__dirname, '..', 'test', 'fixtures');

function put(ws, ref, value, extra = {}) {
  const c = ws.getCell(ref);
  c.value = value;
  if (extra.numFmt) c.numFmt = extra.numFmt;
  if (extra.bold) c.font = { bold: true };
}
function row(ws, r, values, opts = {}) {
  values.forEach((v, i) => {
    if (v === undefined || v === null) return;
    const c = ws.getCell(r, i + 1);
    c.value = v;
    if (opts.bold) c.font = { bold: true };
    if (opts.fmt && opts.fmt[i]) c.numFmt = opts.fmt[i];
  });
}

const fixtures = [];

// 1. Efisiensi per seed 004: capaian − serapan with the rule in the column-number row; own scale table.
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Efisiensi');
  put(ws, 'A1', 'Tabel 3.9 Efisiensi Penggunaan Sumber Daya', { bold: true });
  row(ws, 2, ['No', 'Sasaran Strategis', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Efisiensi (%)'], { bold: true });
  row(ws, 3, [1, 2, 3, 4, '5 = 3 − 4']);
  row(ws, 4, ['1.', 'Meningkatnya kualitas pelayanan publik', 83.77, 99.5, -15.73], { fmt: [null, null, '0.00', '0.00', '0.00'] });
  row(ws, 5, ['2.', 'Meningkatnya akuntabilitas kinerja', 104.2, 96.1, 9.1], { fmt: [null, null, '0.00', '0.00', '0.00'] });
  row(ws, 6, ['3.', 'Meningkatnya tata kelola keuangan', 95, 90, 5], { fmt: [null, null, '0.00', '0.00', '0.00'] });
  const sk = wb.addWorksheet('Skala');
  put(sk, 'A1', 'Tabel 2.1 Kategori Capaian Kinerja', { bold: true });
  row(sk, 2, ['No', 'Rentang Capaian', 'Kategori'], { bold: true });
  row(sk, 3, [1, '> 100', 'Baik Sekali']);
  row(sk, 4, [2, '76 – 100', 'Baik']);
  row(sk, 5, [3, '66 – 75', 'Cukup']);
  row(sk, 6, [4, '51 – 65', 'Kurang']);
  row(sk, 7, [5, '≤ 50', 'Sangat Kurang']);
  const rk = wb.addWorksheet('Realisasi');
  put(rk, 'A1', 'Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2022', { bold: true });
  row(rk, 2, ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'], { bold: true });
  row(rk, 3, [1, 'Indeks Kepuasan Masyarakat', 'Nilai', 80, 83.77, 104.71, 'Baik Sekali'], { fmt: [null, null, null, '0', '0.00', '0.00'] });
  row(rk, 4, [2, 'Persentase dokumen perencanaan tepat waktu', '%', 100, 75, 75, 'Baik'], { fmt: [null, null, null, '0', '0', '0.00'] });
  row(rk, 5, [3, 'Nilai SAKIP', 'Nilai', 70, 50.5, 72.14, 'Cukup'], { fmt: [null, null, null, '0', '0.0', '0.00'] });
  return {
    name: 'efisiensi-seed004',
    wb,
    expected: {
      tables: [
        { sheet: 'Efisiensi', kind: 'efisiensi', headerRow: 2, columns: { capaian: 'C', efisiensi: 'E' } },
        { sheet: 'Realisasi', kind: 'realisasi_kinerja', headerRow: 2, columns: { target: 'D', realisasi: 'E', capaian: 'F' } },
      ],
      values: [
        { sheet: 'Efisiensi', cell: 'E4', metric: 'efisiensi', value: '-15.73' },
        { sheet: 'Efisiensi', cell: 'E5', metric: 'efisiensi', value: '8.10' },
        { sheet: 'Efisiensi', cell: 'E6', metric: 'efisiensi', value: '5.00' },
        { sheet: 'Realisasi', cell: 'F3', metric: 'capaian_kinerja', value: '104.71' },
        { sheet: 'Realisasi', cell: 'F4', metric: 'capaian_kinerja', value: '75.00' },
        { sheet: 'Realisasi', cell: 'F5', metric: 'capaian_kinerja', value: '72.14' },
      ],
      findings: [
        { sheet: 'Efisiensi', cell: 'E5', rule: 'efisiensi_selisih', note: '104,20 − 96,10 = 8,10, stated 9,1' },
        { sheet: 'Efisiensi', cell: 'E6', rule: 'efisiensi_tanpa_capaian', note: 'capaian 95 < 100' },
        { sheet: 'Realisasi', cell: 'G4', rule: 'kategori_selisih', note: '75,00 is Cukup on the workbook scale (66–75)' },
      ],
      clean: [
        { sheet: 'Efisiensi', cell: 'E4' }, { sheet: 'Efisiensi', cell: 'C4' }, { sheet: 'Efisiensi', cell: 'D4' },
        { sheet: 'Realisasi', cell: 'F3' }, { sheet: 'Realisasi', cell: 'G3' }, { sheet: 'Realisasi', cell: 'F4' },
        { sheet: 'Realisasi', cell: 'F5' }, { sheet: 'Realisasi', cell: 'G5' },
      ],
    },
  };
});

// 2. Seed 003: budget savings named "efisiensi" in a budget table (sisa definition).
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Anggaran');
  put(ws, 'A1', 'PEMERINTAH KABUPATEN CONTOH', { bold: true });
  put(ws, 'A2', 'Tahun Anggaran : 2022');
  put(ws, 'A4', 'Tabel 3.12 Realisasi dan Efisiensi Anggaran', { bold: true });
  row(ws, 5, ['Kode', 'Program', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Efisiensi (Rp)', 'Efisiensi (%)'], { bold: true });
  const m = ['#,##0', '#,##0', '#,##0', '0.00'];
  row(ws, 6, ['7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', 4334331227, 4154843645, 179487582, 4.14], { fmt: [null, null, ...m] });
  row(ws, 7, ['7.01.02', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', 250000000, 241500000, 8500000, 3.5], { fmt: [null, null, ...m] });
  row(ws, 8, [null, 'JUMLAH', 4584331227, 4396343645, 187987582, 4.1], { bold: true, fmt: [null, null, ...m] });
  return {
    name: 'efisiensi-sisa-seed003',
    wb,
    expected: {
      tables: [{ sheet: 'Anggaran', kind: 'realisasi_anggaran', altKinds: ['efisiensi'], headerRow: 5, columns: { pagu: 'C', realisasi: 'D' } }],
      values: [
        { sheet: 'Anggaran', cell: 'F6', metric: 'efisiensi', value: '4.14' },
        { sheet: 'Anggaran', cell: 'F7', metric: 'efisiensi', value: '3.40' },
      ],
      findings: [{ sheet: 'Anggaran', cell: 'F7', rule: 'efisiensi_selisih', note: '8.500.000 / 250.000.000 = 3,40%, stated 3,5' }],
      clean: [{ sheet: 'Anggaran', cell: 'F6' }, { sheet: 'Anggaran', cell: 'E6' }, { sheet: 'Anggaran', cell: 'C8' }, { sheet: 'Anggaran', cell: 'D8' }],
    },
  };
});

// 3. Rencana Aksi without codes: levels shown only by bold type; one program that does not add up.
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rencana Aksi');
  put(ws, 'A1', 'RENCANA AKSI TAHUN 2024', { bold: true });
  row(ws, 3, ['Sasaran', 'Program, Kegiatan dan Sub Kegiatan', 'Target', 'Pagu (Rp)'], { bold: true });
  const f = [null, null, null, '#,##0'];
  row(ws, 4, ['Meningkatnya kualitas pelayanan', 'Penyelenggaraan Pemerintahan dan Pelayanan Publik', '100%', 89691000], { bold: true, fmt: f });
  row(ws, 5, [null, 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', '12 Dokumen', 89691000], { fmt: f });
  row(ws, 6, [null, 'Penunjang Urusan Pemerintahan Daerah', '100%', 97856780], { bold: true, fmt: f });
  row(ws, 7, [null, 'Fasilitasi Penyusunan Peraturan Desa', '14 Dokumen', 8585595], { fmt: f });
  row(ws, 8, [null, 'Fasilitasi Penyelenggaraan Ketentraman dan Ketertiban Umum', '4 Kegiatan', 59028465], { fmt: f });
  row(ws, 9, [null, 'Koordinasi Pendampingan Desa di Wilayahnya', '7 Desa', 30042720], { fmt: f });
  return {
    name: 'rencana-aksi-tebal',
    wb,
    expected: {
      tables: [{ sheet: 'Rencana Aksi', kind: 'dpa', altKinds: ['perjanjian_kinerja'], headerRow: 3, columns: { target: 'C', pagu: 'D' } }],
      values: [],
      findings: [{ sheet: 'Rencana Aksi', cell: 'D6', rule: 'jumlah_selisih', note: '97.856.780 vs 8.585.595 + 59.028.465 + 30.042.720 = 97.656.780' }],
      clean: [{ sheet: 'Rencana Aksi', cell: 'D4' }, { sheet: 'Rencana Aksi', cell: 'D5' }, { sheet: 'Rencana Aksi', cell: 'D7', allow: ['angka_teks'] }],
    },
  };
});

// 4. Numbers typed as text in both conventions, and an ambiguous "1.234" decided by its column.
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('LRA');
  put(ws, 'A1', 'Laporan Realisasi Anggaran', { bold: true });
  row(ws, 2, ['Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'], { bold: true });
  row(ws, 3, ['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 'Rp. 11.862.514.803,-', '10.904.945.967,00', '91,93 %']);
  row(ws, 4, ['5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', 'Rp 2.393.600', '2.140.000', '89, 41 %']);
  row(ws, 5, ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', '1.500.000', '1.234', '0,08 %']);
  row(ws, 6, ['5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi', '36.000.000', '36.000.000', '100 %']);
  return {
    name: 'angka-teks',
    wb,
    expected: {
      tables: [{ sheet: 'LRA', kind: 'realisasi_anggaran', headerRow: 2, columns: { pagu: 'C', realisasi: 'D' } }],
      values: [
        { sheet: 'LRA', cell: 'E3', metric: 'persen_anggaran', value: '91.93' },
        { sheet: 'LRA', cell: 'E4', metric: 'persen_anggaran', value: '89.41' },
        { sheet: 'LRA', cell: 'E5', metric: 'persen_anggaran', value: '0.08' },
        { sheet: 'LRA', cell: 'E6', metric: 'persen_anggaran', value: '100.00' },
      ],
      findings: [
        { sheet: 'LRA', cell: 'C3', rule: 'angka_teks', alt: ['C4', 'C5', 'C6'].map(c => ({ sheet: 'LRA', cell: c })) },
        { sheet: 'LRA', cell: 'D3', rule: 'angka_teks', alt: ['D4', 'D5', 'D6'].map(c => ({ sheet: 'LRA', cell: c })) },
      ],
      clean: ['E3', 'E4', 'E5', 'E6', 'D5'].map(cell => ({ sheet: 'LRA', cell, allow: ['angka_teks'] })),
    },
  };
});

// 5. Negative indicators: (2 − R/T) × 100, with one capaian computed the wrong way (R/T).
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('IKU');
  put(ws, 'A1', 'Tabel 3.1 Capaian IKU Tahun 2023', { bold: true });
  row(ws, 2, ['No', 'Indikator Kinerja Utama', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'], { bold: true });
  row(ws, 3, [1, 'Angka kemiskinan', '%', 7, 6.5, 107.14], { fmt: [null, null, null, '0', '0.0', '0.00'] });
  row(ws, 4, [2, 'Jumlah kasus pelanggaran Perda', 'Kasus', 10, 12, 120], { fmt: [null, null, null, '0', '0', '0.00'] });
  row(ws, 5, [3, 'Persentase pengaduan masyarakat yang ditindaklanjuti', '%', 100, 95, 95], { fmt: [null, null, null, '0', '0', '0.00'] });
  row(ws, 6, [4, 'Rata-rata waktu penyelesaian perizinan', 'Hari', 5, 4, 120], { fmt: [null, null, null, '0', '0', '0.00'] });
  return {
    name: 'indikator-negatif',
    wb,
    expected: {
      tables: [{ sheet: 'IKU', kind: 'realisasi_kinerja', headerRow: 2, columns: { target: 'D', realisasi: 'E', capaian: 'F' } }],
      values: [
        { sheet: 'IKU', cell: 'F3', metric: 'capaian_kinerja', value: '107.14', polarity: 'negatif' },
        { sheet: 'IKU', cell: 'F4', metric: 'capaian_kinerja', value: '80.00', polarity: 'negatif' },
        { sheet: 'IKU', cell: 'F5', metric: 'capaian_kinerja', value: '95.00' },
        { sheet: 'IKU', cell: 'F6', metric: 'capaian_kinerja', value: '120.00', polarity: 'negatif' },
      ],
      findings: [{ sheet: 'IKU', cell: 'F4', rule: 'capaian_selisih', polarity: 'negatif', note: 'R/T used for a lower-is-better indicator' }],
      clean: [{ sheet: 'IKU', cell: 'F3' }, { sheet: 'IKU', cell: 'F5' }, { sheet: 'IKU', cell: 'F6' }],
    },
  };
});

// 6. Monev Renja (Permendagri 86/2017): K and Rp pairs per quarter, rules in the column-number row.
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Evaluasi Renja');
  put(ws, 'A1', 'EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2023', { bold: true });
  const groups = [
    ['F', 'G', 'Target Kinerja dan Anggaran Renja Tahun 2023'],
    ['H', 'I', 'Realisasi Kinerja Triwulan I'],
    ['J', 'K', 'Realisasi Kinerja Triwulan II'],
    ['L', 'M', 'Realisasi Kinerja Triwulan III'],
    ['N', 'O', 'Realisasi Kinerja Triwulan IV'],
    ['P', 'Q', 'Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2023'],
    ['R', 'S', 'Tingkat Capaian Kinerja dan Realisasi Anggaran (%)'],
  ];
  ['A', 'B', 'C', 'D', 'E'].forEach((c, i) => {
    ws.mergeCells(`${c}3:${c}4`);
    put(ws, `${c}3`, ['No', 'Sasaran', 'Kode', 'Program/Kegiatan', 'Indikator Kinerja'][i], { bold: true });
  });
  for (const [a, b, title] of groups) {
    ws.mergeCells(`${a}3:${b}3`);
    put(ws, `${a}3`, title, { bold: true });
    put(ws, `${a}4`, 'K', { bold: true });
    put(ws, `${b}4`, 'Rp', { bold: true });
  }
  const numbering = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18 = 16/6*100', '19 = 17/7*100'];
  numbering.forEach((v, i) => { ws.getCell(5, i + 1).value = v; });
  const rp = '#,##0';
  // Count indicator: quarters sum (2+3+3+4 = 12 of 12). Money 95.000.000 of 100.000.000.
  row(ws, 6, [1, 'Meningkatnya kualitas perencanaan', '7.01.01.2.01', 'Perencanaan, Penganggaran dan Evaluasi Kinerja', 'Jumlah dokumen perencanaan (dokumen)', 12, 100000000, 2, 20000000, 3, 25000000, 3, 25000000, 4, 25000000, 12, 95000000, 100, 95],
    { fmt: [null, null, null, null, null, '0', rp, '0', rp, '0', rp, '0', rp, '0', rp, '0', rp, '0.00', '0.00'] });
  // Percentage indicator: quarters 80, 85, 90, 95 summed into 350 (the classic error); capaian from it 368,42.
  row(ws, 7, [2, 'Meningkatnya kualitas pelayanan', '7.01.02.2.01', 'Pelayanan Administrasi Terpadu Kecamatan', 'Persentase layanan selesai tepat waktu (%)', 95, 50000000, 80, 10000000, 85, 12000000, 90, 12000000, 95, 14000000, 350, 48000000, 368.42, 96],
    { fmt: [null, null, null, null, null, '0', rp, '0', rp, '0', rp, '0', rp, '0', rp, '0', rp, '0.00', '0.00'] });
  return {
    name: 'monev-renja',
    wb,
    expected: {
      tables: [{ sheet: 'Evaluasi Renja', kind: 'realisasi_kinerja', headerRow: 3, columns: { target: 'F', realisasi: 'P', capaian: 'R', pagu: 'G' } }],
      values: [
        { sheet: 'Evaluasi Renja', cell: 'R6', metric: 'capaian_kinerja', value: '100.00' },
        { sheet: 'Evaluasi Renja', cell: 'S6', metric: 'persen_anggaran', value: '95.00' },
        { sheet: 'Evaluasi Renja', cell: 'R7', metric: 'capaian_kinerja', value: '368.42' },
        { sheet: 'Evaluasi Renja', cell: 'S7', metric: 'persen_anggaran', value: '96.00' },
        { sheet: 'Evaluasi Renja', cell: 'P6', metric: 'realisasi_tahunan', value: '12' },
        { sheet: 'Evaluasi Renja', cell: 'P7', metric: 'realisasi_tahunan', value: '95' },
      ],
      findings: [{ sheet: 'Evaluasi Renja', cell: 'P7', rule: 'realisasi_triwulan_selisih', note: 'percentages of quarters summed: 350 instead of the last quarter, 95' }],
      clean: [{ sheet: 'Evaluasi Renja', cell: 'P6' }, { sheet: 'Evaluasi Renja', cell: 'R6' }, { sheet: 'Evaluasi Renja', cell: 'S6' }, { sheet: 'Evaluasi Renja', cell: 'S7' }, { sheet: 'Evaluasi Renja', cell: 'R7', allow: ['nilai_tidak_wajar'] }],
    },
  };
});

// 7. Tables whose header words the tool does not know, or that have none: the values must prove them.
//    English headers; budget columns in other words with amounts typed as Indonesian text; numbers under
//    a title with no header row. Each with one planted error.
fixtures.push(async () => {
  const wb = new ExcelJS.Workbook();
  const en = wb.addWorksheet('Performance');
  put(en, 'A1', 'Performance Indicators 2023', { bold: true });
  row(en, 2, ['#', 'Indicator', 'Unit', 'Goal', 'Actual', 'Achievement'], { bold: true });
  const ind = [
    ['Indeks Kepuasan Masyarakat', 'Nilai', 85, 80.5, 94.71],
    ['Dokumen perencanaan tepat waktu', 'Dokumen', 4, 4, 100],
    ['Laporan keuangan disusun', 'Laporan', 12, 11, 91.67],
    ['Nilai SAKIP', 'Nilai', 70, 65.2, 89],
    ['Pelayanan administrasi terpadu', 'Layanan', 1200, 1310, 109.17],
  ];
  ind.forEach((r, i) => row(en, 3 + i, [i + 1, ...r], { fmt: [null, null, null, '0', '0.00', '0.00'] }));
  const bg = wb.addWorksheet('Dana');
  put(bg, 'A1', 'Penggunaan Dana Tahun 2023', { bold: true });
  row(bg, 2, ['Uraian', 'Dana Tersedia', 'Terpakai', 'Tersisa', 'Persentase'], { bold: true });
  row(bg, 3, ['Program Penunjang Urusan Pemerintahan', 'Rp 4.334.331.227', 'Rp 4.154.843.645', 'Rp 179.487.582', '95,86%']);
  row(bg, 4, ['Program Penyelenggaraan Pemerintahan', 'Rp 1.500.000.000', 'Rp 1.350.000.000', 'Rp 150.000.000', '90,00%']);
  row(bg, 5, ['Program Pemberdayaan Masyarakat', 'Rp 250.000.000', 'Rp 248.500.000', 'Rp 1.500.000', '99,40%']);
  row(bg, 6, ['Program Koordinasi Ketentraman', 'Rp 725.000.000', 'Rp 700.000.000', 'Rp 20.000.000', '96,55%']);
  row(bg, 7, ['Program Pelayanan Kelurahan', 'Rp 90.000.000', 'Rp 45.000.000', 'Rp 45.000.000', '50,00%']);
  const bare = wb.addWorksheet('Lampiran');
  put(bare, 'A1', 'Lampiran 3. Capaian sasaran', { bold: true });
  const rows = [
    ['Persentase aduan selesai', 90, 88, 97.78],
    ['Rapat koordinasi', 24, 18, 75],
    ['Pegawai terlatih', 30, 33, 110],
    ['Kegiatan kemasyarakatan', 8, 6, 80],
  ];
  rows.forEach((r, i) => row(bare, 2 + i, [i + 1, ...r]));
  const clean = (sheet, cells) => cells.map(cell => ({ sheet, cell }));
  return {
    name: 'tanpa-judul-kolom',
    wb,
    expected: {
      tables: [
        { sheet: 'Performance', kind: 'realisasi_kinerja', headerRow: 2, columns: { target: 'D', realisasi: 'E', capaian: 'F' } },
        { sheet: 'Dana', kind: 'realisasi_anggaran', headerRow: 2, columns: { pagu: 'B', realisasi: 'C' } },
        { sheet: 'Lampiran', kind: 'realisasi_kinerja', headerRow: 2, columns: { target: 'C', realisasi: 'D', capaian: 'E' } },
      ],
      values: [
        ...[['F3', '94.71'], ['F4', '100.00'], ['F5', '91.67'], ['F6', '93.14'], ['F7', '109.17']].map(([cell, value]) => ({ sheet: 'Performance', cell, metric: 'capaian_kinerja', value })),
        ...[['E3', '95.86'], ['E4', '90.00'], ['E5', '99.40'], ['E6', '96.55'], ['E7', '50.00']].map(([cell, value]) => ({ sheet: 'Dana', cell, metric: 'persen_anggaran', value })),
        ...[['D3', '179487582'], ['D4', '150000000'], ['D5', '1500000'], ['D6', '25000000'], ['D7', '45000000']].map(([cell, value]) => ({ sheet: 'Dana', cell, metric: 'sisa', value })),
        ...[['E2', '97.78'], ['E3', '75.00'], ['E4', '110.00'], ['E5', '75.00']].map(([cell, value]) => ({ sheet: 'Lampiran', cell, metric: 'capaian_kinerja', value })),
      ],
      findings: [
        { sheet: 'Performance', cell: 'F6', rule: 'capaian_selisih', note: '65,2 / 70 = 93,14, stated 89' },
        { sheet: 'Dana', cell: 'D6', rule: 'sisa_selisih', note: '725.000.000 − 700.000.000 = 25.000.000, stated 20.000.000' },
        { sheet: 'Dana', cell: 'B3', rule: 'angka_teks', note: 'amounts typed as text' },
        { sheet: 'Lampiran', cell: 'E5', rule: 'capaian_selisih', note: '6 / 8 = 75, stated 80' },
      ],
      clean: [
        ...clean('Performance', ['F3', 'F4', 'F5', 'F7']),
        ...clean('Dana', ['E3', 'E4', 'E5', 'E6', 'E7', 'D3', 'D4', 'D5', 'D7']).map(c => ({ ...c, allow: ['angka_teks'] })),
        ...clean('Lampiran', ['E2', 'E3', 'E4']),
      ],
    },
  };
});

(async () => {
  fs.mkdirSync(out, { recursive: true });
  for (const make of fixtures) {
    const f = await make();
    const file = path.join(out, `${f.name}.xlsx`);
    await f.wb.xlsx.writeFile(file);
    fs.writeFileSync(path.join(out, `${f.name}.expected.json`), JSON.stringify({ workbook: `${f.name}.xlsx`, ...f.expected }, null, 1) + '\n');
    process.stdout.write(`${file}\n`);
  }
})();
