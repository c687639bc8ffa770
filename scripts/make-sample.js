#!/usr/bin/env node
'use strict';
/**
 * Builds the bundled sample workbook (samples/contoh-realisasi.xlsx) and, with --rows N, large
 * generated workbooks for benchmarks. Layout as SIPD-style workbooks look: a header block, two-row
 * merged headers, a column-number row, Permendagri 90 codes inside the name cell, JUMLAH rows,
 * numbers typed as Indonesian text, and a few deliberate errors whose answers are written beside it.
 *
 * usage: node scripts/make-sample.js [out.xlsx] [--rows N] [--sheets K]
 */
const ExcelJS = require('exceljs');
const path = require('path');
const fs = require('fs');

const args = process.argv.slice(2);
const out = args.find(a => a.endsWith('.xlsx')) || path.join(__dirname, '..', 'samples', 'contoh-realisasi.xlsx');
const rowsArg = args.indexOf('--rows');
const sheetsArg = args.indexOf('--sheets');
const subPerSheet = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 0;
const sheetCount = sheetsArg >= 0 ? Number(args[sheetsArg + 1]) : 1;

function headerBlock(ws, title, width) {
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = 'PEMERINTAH KABUPATEN CONTOH';
  ws.getCell(1, 1).font = { bold: true };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = title;
  ws.getCell(2, 1).font = { bold: true };
  ws.getCell(3, 1).value = 'SKPD';
  ws.getCell(3, 3).value = ': 7.01.0.00.0.00.09.0000 KECAMATAN CONTOH';
  ws.getCell(4, 1).value = 'Tahun Anggaran';
  ws.getCell(4, 3).value = ': 2024';
}

/** Realisasi anggaran with codes in the name cell; a deterministic pseudo-random budget. */
function anggaranSheet(wb, name, programs, kegPerProgram, subPerKeg, seed, urusan = 7) {
  const ws = wb.addWorksheet(name);
  headerBlock(ws, 'LAPORAN REALISASI ANGGARAN', 6);
  ws.getCell(6, 1).value = `Tabel ${name}. Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024`;
  ws.getCell(6, 1).font = { bold: true };
  const h = ['Kode / Uraian Program/Kegiatan/Sub Kegiatan', 'ANGGARAN', 'ANGGARAN', 'Persentase (%)', 'Sisa Anggaran (Rp)'];
  ws.mergeCells('A7:A8'); ws.mergeCells('B7:C7'); ws.mergeCells('D7:D8'); ws.mergeCells('E7:E8');
  ws.getCell('A7').value = h[0]; ws.getCell('B7').value = 'ANGGARAN'; ws.getCell('D7').value = h[3]; ws.getCell('E7').value = h[4];
  ws.getCell('B8').value = 'Pagu (Rp)'; ws.getCell('C8').value = 'Realisasi (Rp)';
  for (const c of ['A7', 'B7', 'D7', 'E7', 'B8', 'C8']) ws.getCell(c).font = { bold: true };
  [1, 2, 3, 4, 5].forEach((n, i) => { ws.getCell(9, i + 1).value = n; });
  let r = 10;
  let x = seed;
  const rnd = () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
  const answers = [];
  const totalRow = r++;
  const programRows = [];
  for (let p = 1; p <= programs; p++) {
    // Each sheet its own urusan and bidang, so programs of different sheets are different programs.
    const bidang = 1 + Math.floor((p - 1) / 99);
    const pCode = `${urusan}.${String(bidang).padStart(2, '0')}.${String(((p - 1) % 99) + 1).padStart(2, '0')}`;
    const pRow = r++;
    programRows.push(pRow);
    const kegRows = [];
    for (let k = 1; k <= kegPerProgram; k++) {
      const kCode = `${pCode}.2.${String(k).padStart(2, '0')}`;
      const kRow = r++;
      kegRows.push(kRow);
      const subRows = [];
      for (let s = 1; s <= subPerKeg; s++) {
        const sCode = `${kCode}.${String(s).padStart(4, '0')}`;
        const pagu = Math.round(5000000 + rnd() * 200000000);
        const real = Math.round(pagu * (0.7 + rnd() * 0.3));
        ws.getCell(r, 1).value = `${sCode} Sub Kegiatan ${p}.${k}.${s}`;
        ws.getCell(r, 2).value = pagu; ws.getCell(r, 2).numFmt = '#,##0';
        ws.getCell(r, 3).value = real; ws.getCell(r, 3).numFmt = '#,##0';
        ws.getCell(r, 4).value = Math.round((real / pagu) * 10000) / 100; ws.getCell(r, 4).numFmt = '0.00';
        ws.getCell(r, 5).value = pagu - real; ws.getCell(r, 5).numFmt = '#,##0';
        subRows.push(r);
        r++;
      }
      ws.getCell(kRow, 1).value = `${kCode} Kegiatan ${p}.${k}`;
      sumRow(ws, kRow, subRows);
    }
    ws.getCell(pRow, 1).value = `${pCode} PROGRAM ${p}`;
    ws.getCell(pRow, 1).font = { bold: true };
    sumRow(ws, pRow, kegRows);
  }
  ws.getCell(totalRow, 1).value = 'JUMLAH';
  ws.getCell(totalRow, 1).font = { bold: true };
  sumRow(ws, totalRow, programRows);
  ws.getColumn(1).width = 60;
  for (let c = 2; c <= 5; c++) ws.getColumn(c).width = 18;
  return { ws, answers, firstData: 12, lastRow: r - 1 };
}

function sumRow(ws, row, children) {
  let pagu = 0, real = 0;
  for (const c of children) { pagu += ws.getCell(c, 2).value; real += ws.getCell(c, 3).value; }
  ws.getCell(row, 2).value = pagu; ws.getCell(row, 2).numFmt = '#,##0';
  ws.getCell(row, 3).value = real; ws.getCell(row, 3).numFmt = '#,##0';
  ws.getCell(row, 4).value = Math.round((real / pagu) * 10000) / 100; ws.getCell(row, 4).numFmt = '0.00';
  ws.getCell(row, 5).value = pagu - real; ws.getCell(row, 5).numFmt = '#,##0';
}

function kinerjaSheet(wb) {
  const ws = wb.addWorksheet('Capaian Kinerja');
  headerBlock(ws, 'PENGUKURAN CAPAIAN KINERJA', 7);
  ws.getCell('A6').value = 'Tabel 3.1 Capaian Indikator Kinerja Tahun 2024';
  ws.getCell('A6').font = { bold: true };
  ws.mergeCells('A7:A8'); ws.mergeCells('B7:B8'); ws.mergeCells('C7:C8'); ws.mergeCells('D7:F7'); ws.mergeCells('G7:G8');
  ws.getCell('A7').value = 'No'; ws.getCell('B7').value = 'Indikator Kinerja'; ws.getCell('C7').value = 'Satuan';
  ws.getCell('D7').value = 'Tahun 2024'; ws.getCell('G7').value = 'Predikat';
  ws.getCell('D8').value = 'Target'; ws.getCell('E8').value = 'Realisasi'; ws.getCell('F8').value = 'Capaian (%)';
  [1, 2, 3, 4, 5, 6, 7].forEach((n, i) => { ws.getCell(9, i + 1).value = n; });
  const rows = [
    // indikator, satuan, target, realisasi, stated capaian, predikat — real figures from seeds 000 and 002
    ['Indeks Kepuasan Masyarakat (IKM)', 'Nilai', 85, 80.5, 91.09, 'Tinggi'],            // 94,71% stated 91,09 → capaian_selisih
    ['Nilai SAKIP', 'Nilai', 83, 76.4, 92.05, 'Sangat Tinggi'],                          // 92,05 → Sangat Tinggi ✓
    ['Jumlah dokumen perencanaan yang disusun tepat waktu', 'Dokumen', 3, 3, 100, 'Sangat Tinggi'],
    ['Jumlah pengaduan masyarakat', 'Pengaduan', 5, 0, 0, 'Sangat Rendah'],              // negatif → 200%
    ['Jumlah koordinasi dan konsultasi', 'Kali', '15', '12', '80,00%', 'Tinggi'],        // numbers as text
  ];
  rows.forEach((v, i) => {
    const r = 10 + i;
    ws.getCell(r, 1).value = i + 1;
    v.forEach((x, j) => { ws.getCell(r, j + 2).value = x; });
    if (typeof v[4] === 'number') ws.getCell(r, 6).numFmt = '0.00';
  });
  ws.getCell('A16').value = 'Rata-rata Capaian Kinerja';
  ws.getCell('F16').value = 95.45; ws.getCell('F16').numFmt = '0.00';
  ws.getColumn(2).width = 50;
  return ws;
}

(async () => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hitung Capaian (contoh)';
  if (subPerSheet > 0) {
    // Benchmark workbook: K sheets of ~N sub kegiatan rows each.
    const kegPerProgram = 10;
    const subPerKeg = 20;
    const programs = Math.max(1, Math.ceil(subPerSheet / (kegPerProgram * subPerKeg)));
    for (let s = 1; s <= sheetCount; s++) anggaranSheet(wb, `Realisasi ${s}`, programs, kegPerProgram, subPerKeg, s * 7919, s);
  } else {
    kinerjaSheet(wb);
    const { ws } = anggaranSheet(wb, 'Realisasi Anggaran', 2, 2, 3, 42);
    // Deliberate errors the check must find: a typed persen, a sisa, a text number, an overspend.
    ws.getCell('D14').value = 89.65;                     // persen_anggaran_selisih
    ws.getCell('E15').value = 1000000;                   // sisa_selisih
    ws.getCell('C16').value = Math.round(ws.getCell('B16').value * 1.12); // realisasi_melebihi_pagu (+ rollups off)
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  process.stdout.write(`${out}\n`);
})();
