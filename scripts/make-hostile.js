#!/usr/bin/env node
'use strict';
/**
 * Builds a corpus of hostile workbooks and a manifest (hostile-manifest.json) that states, for each file,
 * what `capaian check <file> --json` must do: exit 0 with a valid report (schema capaian-check/1), or exit 2
 * with a one-line Indonesian reason on stderr. Never a stack trace, never a crash.
 * test/hostile/hostile.test.ts runs the built CLI over the corpus and holds it to the manifest.
 *
 * usage: node scripts/make-hostile.js [outdir]      (default: <os tmp dir>/capaian-hostile)
 *
 * Only exceljs and jszip (a dependency of exceljs) are used; charts, which exceljs cannot create, and the
 * damaged number cell are written into the zip with jszip after exceljs saved the workbook.
 */
const ExcelJS = require('exceljs');
const JSZip = require('jszip');
const fs = require('fs');
const os = require('os');
const path = require('path');

const out = path.resolve(process.argv[2] || path.join(os.tmpdir(), 'capaian-hostile'));
fs.mkdirSync(out, { recursive: true });

/** Deterministic pseudo-random numbers (Park–Miller), so the corpus is the same on every machine. */
function rng(seed) {
  let x = seed;
  return () => {
    x = (x * 48271) % 2147483647;
    return x;
  };
}

function rows(ws, startRow, values, opts = {}) {
  values.forEach((line, i) => {
    line.forEach((v, j) => {
      if (v === undefined || v === null) return;
      const c = ws.getCell(startRow + i, j + 1);
      c.value = v;
      if (opts.bold && i === 0) c.font = { bold: true };
    });
  });
}

/** A real-looking realisasi kinerja table (seed 000 style) at `top`; returns the row after it. */
function realisasiTable(ws, top, title = 'Tabel 3.1 Capaian Kinerja Tahun 2023') {
  ws.getCell(top, 1).value = title;
  rows(
    ws,
    top + 1,
    [
      ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 'nilai', 85, 80.5, 94.71],
      [2, 'Persentase dokumen perencanaan tepat waktu', '%', 100, 100, 100],
      [3, 'Jumlah pengaduan yang ditindaklanjuti', 'kasus', 12, 10, 83.33],
      [4, 'Persentase laporan keuangan tepat waktu', '%', 100, 95, 95],
    ],
    { bold: true },
  );
  return top + 6;
}

const manifest = [];
const jobs = [];

/**
 * Registers a hostile file. expect.exit is 0 or 2; for 0, expect.report bounds the report
 * (tablesMin/tablesMax, kinds that must appear, cells that must be recognised); for 2, expect.stderr is a
 * regular expression the one-line reason must match.
 */
function hostile(file, title, expect, build, notes) {
  manifest.push({ file, title, expect, ...(notes ? { notes } : {}) });
  jobs.push({ file, build });
}

async function save(wb, file) {
  await wb.xlsx.writeFile(path.join(out, file));
}

/** Rewrites zip parts of a saved .xlsx: edit(zip) may add or change parts. */
async function patchZip(file, edit) {
  const full = path.join(out, file);
  const zip = await JSZip.loadAsync(fs.readFileSync(full));
  await edit(zip);
  fs.writeFileSync(full, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

// 1. An empty workbook: one sheet, no cells.
hostile('kosong.xlsx', 'buku kerja kosong', { exit: 0, report: { tablesMin: 0, tablesMax: 0, findingsMax: 0, notice: 'kosong' } }, async file => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await save(wb, file);
});

// 2. Prose only: the narrative chapters of an LKjIP, no table.
hostile('prosa.xlsx', 'hanya teks narasi', { exit: 0, report: { tablesMin: 0, tablesMax: 0, notice: 'tidak ditemukan tabel' } }, async file => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Narasi');
  const sentences = [
    'BAB I PENDAHULUAN',
    'Laporan Kinerja Instansi Pemerintah ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi.',
    'Capaian kinerja tahun ini secara umum meningkat dibandingkan dengan target dan realisasi tahun lalu.',
    'Target dan realisasi anggaran dijelaskan pada Bab III; efisiensi penggunaan sumber daya diuraikan per sasaran.',
    'No. 1 sampai dengan 5 dari indikator kinerja utama telah tercapai 100% atau lebih.',
  ];
  for (let i = 0; i < 60; i++) ws.getCell(i + 1, 1).value = sentences[i % sentences.length];
  await save(wb, file);
});

// 3. 1,000,000 cells of random text (50,000 rows × 20 columns), written with the streaming writer.
hostile(
  'sejuta-sel.xlsx',
  '1.000.000 sel teks acak',
  { exit: 0, report: { tablesMin: 0, tablesMax: 0 }, timeoutMs: 300000 },
  async file => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(out, file), useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet('Sampah');
    const rnd = rng(7);
    for (let r = 0; r < 50000; r++) {
      const line = new Array(20);
      for (let c = 0; c < 20; c++) line[c] = `teks ${rnd().toString(36)}`;
      ws.addRow(line).commit();
    }
    await ws.commit();
    await wb.commit();
  },
  'Besar (±20 MB tak terkompresi); menguji waktu dan memori, bukan pengenalan.',
);

// 4. Formulas whose cached results are errors, in the capaian cells of a real-looking table.
hostile(
  'rumus-galat.xlsx',
  'rumus dengan galat #DIV/0! dan #REF! di kolom capaian',
  {
    exit: 0,
    report: {
      tablesMin: 1,
      kinds: ['realisasi_kinerja'],
      columns: { target: 'D', realisasi: 'E', capaian: 'F' },
      errorCells: ['F4', 'F5', 'F6'],
    },
  },
  async file => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Capaian');
    realisasiTable(ws, 1);
    // Row 4: target 0 → #DIV/0!; row 5: a deleted column → #REF!; row 6: #VALUE! from text.
    ws.getCell('D4').value = 0;
    ws.getCell('F4').value = { formula: 'E4/D4*100', result: { error: '#DIV/0!' } };
    ws.getCell('F5').value = { formula: '#REF!/D5*100', result: { error: '#REF!' } };
    ws.getCell('E6').value = 'sepuluh';
    ws.getCell('F6').value = { formula: 'E6/D6*100', result: { error: '#VALUE!' } };
    ws.getCell('F3').value = { formula: 'E3/D3*100', result: 94.71 };
    await save(wb, file);
  },
);

// 5. A protected sheet: check only reads, so it works; hitung would refuse to write into it.
hostile('lembar-terlindungi.xlsx', 'lembar diproteksi dengan kata sandi', { exit: 0, report: { tablesMin: 1, kinds: ['realisasi_kinerja'] } }, async file => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian');
  realisasiTable(ws, 1);
  await ws.protect('rahasia', { selectLockedCells: true, selectUnlockedCells: true });
  await save(wb, file);
});

// 6. A hidden sheet holding a table, and hidden rows inside a visible table.
hostile(
  'tersembunyi.xlsx',
  'lembar tersembunyi dan baris tersembunyi',
  { exit: 0, report: { tablesMin: 2, kinds: ['realisasi_kinerja', 'realisasi_anggaran'] } },
  async file => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Capaian');
    realisasiTable(ws, 1);
    ws.getRow(4).hidden = true;
    ws.getRow(5).hidden = true;
    const hidden = wb.addWorksheet('Anggaran', { state: 'hidden' });
    rows(hidden, 1, [
      ['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      ['7.01.01', 'Program Penunjang Urusan Pemerintahan', 4334331227, 4154843645, 95.86],
      ['7.01.02', 'Program Penyelenggaraan Pemerintahan', 1200000000, 1100000000, 91.67],
    ]);
    const veryHidden = wb.addWorksheet('Rahasia', { state: 'veryHidden' });
    veryHidden.getCell('A1').value = 'catatan internal';
    await save(wb, file);
  },
);

// 7. Merged cells across data: a target merged over three rows, a label merged across columns, a merge over numbers.
hostile('sel-gabung.xlsx', 'sel gabung melintasi data', { exit: 0, report: { tablesMin: 1 } }, async file => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Realisasi');
  ws.getCell('A1').value = 'LAPORAN CAPAIAN KINERJA';
  ws.mergeCells('A1:F1');
  rows(ws, 2, [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    [1, 'Indeks Kepuasan Masyarakat', 'nilai', 85, 80.5, 94.71],
    [2, 'Persentase dokumen tepat waktu', '%', 100, 100, 100],
    [3, 'Persentase laporan tepat waktu', '%', null, 95, 95],
    ['Sasaran 2: Meningkatnya tata kelola', null, null, null, null, null],
    [4, 'Nilai SAKIP', 'nilai', 70, 65, 92.86],
  ]);
  ws.mergeCells('D4:D5'); // target merged over two data rows
  ws.mergeCells('A6:F6'); // a group label across the whole table
  ws.mergeCells('E7:F7'); // realisasi and capaian merged
  ws.mergeCells('H2:J20'); // a merge beside the table over empty cells
  await save(wb, file);
});

// 8. A circular reference: A1 = B1 + 1, B1 = A1 + 1, and a capaian cell that refers to itself.
hostile('rumus-melingkar.xlsx', 'rumus dengan referensi melingkar', { exit: 0, report: { tablesMin: 1 } }, async file => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian');
  realisasiTable(ws, 1);
  ws.getCell('F3').value = { formula: 'F3+E3/D3*100', result: 0 };
  ws.getCell('H1').value = { formula: 'I1+1', result: 0 };
  ws.getCell('I1').value = { formula: 'H1+1' };
  await save(wb, file);
});

// 9. The user's own sheets named like ours: check reads them as user tables; hitung must not overwrite them.
hostile(
  'lembar-bernama-sama.xlsx',
  'lembar pengguna bernama "Ringkasan Capaian" dan "Temuan"',
  { exit: 0, report: { tablesMin: 1, tableSheets: ['Ringkasan Capaian'] }, writeBack: { userSheets: ['Ringkasan Capaian', 'Temuan'], keepCells: { 'Ringkasan Capaian!A1': 'Ringkasan capaian versi pengguna', 'Temuan!A1': 'Temuan auditor 2023 (milik pengguna)' } } },
  async file => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ringkasan Capaian');
    ws.getCell('A1').value = 'Ringkasan capaian versi pengguna';
    rows(ws, 3, [
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 85, 80.5, 91.09],
      [2, 'Nilai SAKIP', 70, 65, 92.86],
    ]);
    const t = wb.addWorksheet('Temuan');
    t.getCell('A1').value = 'Temuan auditor 2023 (milik pengguna)';
    t.getCell('A2').value = 'Jangan dihapus.';
    await save(wb, file);
  },
  'Untuk uji tulis-balik: perintah hitung harus menulis ke "Ringkasan Capaian (2)" dan "Temuan (2)", tidak menimpa lembar pengguna.',
);

// 10. Very long texts (32,000 characters) in a header, labels and a numeric column.
hostile('teks-panjang.xlsx', 'teks sangat panjang (32.000 karakter) di judul dan label', { exit: 0, report: { tablesMin: 1 }, timeoutMs: 120000 }, async file => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian');
  realisasiTable(ws, 1);
  const long = (seed) => {
    const words = ['capaian', 'kinerja', 'target', 'realisasi', '1', '2,5', '%', 'Rp', '-', ' ', '  ', 'anggaran'];
    const rnd = rng(seed);
    let s = '';
    while (s.length < 32000) s += words[rnd() % words.length] + ' ';
    return s.slice(0, 32000);
  };
  ws.getCell('A1').value = long(3);
  ws.getCell('B3').value = long(5);
  ws.getCell('C4').value = '1' + ' '.repeat(31998) + '!'; // the shape that hung looksNumeric before the fix
  ws.getCell('E8').value = '9'.repeat(32000);
  ws.getCell('G10').value = 'Keterangan ' + 'x'.repeat(31989);
  ws.getCell('B9').value = '7.01' + '.01'.repeat(10000);
  await save(wb, file);
});

// 11. Non-Latin text: Arabic, Chinese and emoji in headers, labels and a sheet name.
hostile('non-latin.xlsx', 'teks Arab, Tionghoa dan emoji di judul kolom dan label', { exit: 0, report: { tablesMin: 1 } }, async file => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian 📊');
  rows(ws, 1, [
    ['No', 'Indikator Kinerja 指标 مؤشر', 'Target 🎯', 'Realisasi ✅', 'Capaian (%) 📈'],
    [1, 'مؤشر رضا المجتمع', 85, 80.5, 94.71],
    [2, '文件按时完成的百分比', 100, 100, 100],
    [3, '😀🎉 Persentase laporan 👍🏽', 100, 95, 95],
    [4, 'Ｉｎｄｅｋｓ　全角', 70, 65, 92.86],
  ]);
  const w2 = wb.addWorksheet('نص');
  w2.getCell('A1').value = 'هذا نص عربي فقط';
  w2.getCell('B2').value = '这是中文文本';
  await save(wb, file);
});

// 12. A chart: exceljs cannot create one, so a minimal chart part, drawing and relationships are added with jszip.
hostile(
  'grafik.xlsx',
  'buku kerja dengan grafik',
  { exit: 0, report: { tablesMin: 1, kinds: ['realisasi_kinerja'] } },
  async file => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Capaian');
    realisasiTable(ws, 1);
    await save(wb, file);
    await patchZip(file, async zip => {
      zip.file('xl/charts/chart1.xml', CHART_XML);
      zip.file('xl/drawings/drawing1.xml', DRAWING_XML);
      zip.file(
        'xl/drawings/_rels/drawing1.xml.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
      );
      const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
      const drawingRel = '<Relationship Id="rIdHostileDrawing1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>';
      const rels = zip.file(relsPath)
        ? (await zip.file(relsPath).async('string')).replace('</Relationships>', drawingRel + '</Relationships>')
        : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + drawingRel + '</Relationships>';
      zip.file(relsPath, rels);
      let sheet = await zip.file('xl/worksheets/sheet1.xml').async('string');
      if (!/xmlns:r=/.test(sheet)) sheet = sheet.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
      // <drawing> comes after pageMargins/pageSetup/headerFooter and before legacyDrawing/tableParts/extLst.
      const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheet);
      const tag = '<drawing r:id="rIdHostileDrawing1"/>';
      sheet = before ? sheet.slice(0, before.index) + tag + sheet.slice(before.index) : sheet.replace('</worksheet>', tag + '</worksheet>');
      zip.file('xl/worksheets/sheet1.xml', sheet);
      let types = await zip.file('[Content_Types].xml').async('string');
      types = types.replace(
        '</Types>',
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
      );
      zip.file('[Content_Types].xml', types);
    });
  },
  'hitung menolak berkas ini (grafik akan hilang bila disimpan exceljs); check tetap berjalan.',
);

// 13. A CSV file named .xls: refused with a way forward.
hostile('csv-bernama.xls', 'berkas CSV bernama .xls', { exit: 2, stderr: 'bukan buku kerja \\.xlsx' }, async file => {
  fs.writeFileSync(path.join(out, file), 'No;Indikator Kinerja;Target;Realisasi;Capaian (%)\n1;Indeks Kepuasan Masyarakat;85;80,5;94,71\n');
});

// 14. A zero-byte file.
hostile('nol-byte.xlsx', 'berkas nol byte', { exit: 2, stderr: 'bukan buku kerja \\.xlsx' }, async file => {
  fs.writeFileSync(path.join(out, file), Buffer.alloc(0));
});

// 15. A zip that is not a workbook (PK header, no workbook parts).
// exceljs reads such a zip as a workbook without sheets; an empty report or a refusal are both acceptable.
hostile('zip-bukan-xlsx.xlsx', 'arsip zip yang bukan buku kerja', { exit: 2, stderr: 'bukan buku kerja' }, async file => {
  const zip = new JSZip();
  zip.file('readme.txt', 'bukan buku kerja');
  fs.writeFileSync(path.join(out, file), await zip.generateAsync({ type: 'nodebuffer' }));
});

// 16. A truncated workbook: the first 60% of a valid .xlsx.
hostile('terpotong.xlsx', 'berkas .xlsx terpotong', { exit: 2, stderr: 'tidak dapat dibaca sebagai \\.xlsx' }, async file => {
  const wb = new ExcelJS.Workbook();
  realisasiTable(wb.addWorksheet('Capaian'), 1);
  const buf = await wb.xlsx.writeBuffer();
  fs.writeFileSync(path.join(out, file), Buffer.from(buf).subarray(0, Math.floor(buf.byteLength * 0.6)));
});

// 17. Damaged number cells: <v>NaN</v> and <v>1e999</v>, which exceljs reads as NaN and Infinity.
hostile('angka-rusak.xlsx', 'sel angka rusak (NaN, 1e999) di dalam tabel', { exit: 0, report: { tablesMin: 1, kinds: ['realisasi_kinerja'] } }, async file => {
  const wb = new ExcelJS.Workbook();
  realisasiTable(wb.addWorksheet('Capaian'), 1);
  await save(wb, file);
  await patchZip(file, async zip => {
    let sheet = await zip.file('xl/worksheets/sheet1.xml').async('string');
    sheet = sheet
      .replace(/(<c r="E4"[^>]*>)<v>[^<]*<\/v>/, '$1<v>NaN</v>')
      .replace(/(<c r="F5"[^>]*>)<v>[^<]*<\/v>/, '$1<v>1e999</v>')
      .replace(/(<c r="D6"[^>]*>)<v>[^<]*<\/v>/, '$1<v>-1e999</v>');
    zip.file('xl/worksheets/sheet1.xml', sheet);
  });
});

/** Replaces the merged area of a small workbook's first sheet with `ref`, straight in the sheet XML. */
async function mergeInXml(file, ref) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capaian');
  realisasiTable(ws, 1);
  ws.mergeCells('H1:I2');
  await save(wb, file);
  await patchZip(file, async zip => {
    const sheet = await zip.file('xl/worksheets/sheet1.xml').async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('<mergeCell ref="H1:I2"/>', `<mergeCell ref="${ref}"/>`));
  });
}

// 18. A whole column merged (H1:H1048576), as a user does by merging selected columns: slow and big, but must finish.
hostile('gabung-satu-kolom.xlsx', 'sel gabung satu kolom penuh (H1:H1048576)', { exit: 0, report: { tablesMin: 1, kinds: ['realisasi_kinerja'] }, timeoutMs: 120000 }, async file => {
  await mergeInXml(file, 'H1:H1048576');
});

// 19. A merge over the whole sheet: exceljs would build a cell object for each of its 17 billion cells
// while reading, so the reader refuses it from the zip before exceljs starts (src/workbook/xlsx/guard.ts).
hostile(
  'gabung-seluruh-lembar.xlsx',
  'sel gabung seluruh lembar (H1:XFD1048576)',
  { exit: 2, stderr: 'sel gabungan yang sangat besar' },
  async file => {
    await mergeInXml(file, 'H1:XFD1048576');
  },
);

// --- Package-level input (issue 13): what real generators write, and what damaged or foreign files look like.

/** A zip written byte by byte, so a hostile file can declare sizes it does not have. parts: {name, data, raw?, size?, method?} */
function rawZip(parts) {
  const zlib = require('zlib');
  const locals = [];
  const central = [];
  let offset = 0;
  for (const p of parts) {
    const data = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data || '', 'utf8');
    const method = p.method === undefined ? 8 : p.method;
    const body = p.raw || (method === 8 ? zlib.deflateRawSync(data) : data);
    const size = p.size === undefined ? data.length : p.size;
    const crc = p.raw ? 0 : zlib.crc32(data) >>> 0;
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x800, 8);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(body.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(cen, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A minimal OLE compound file holding the named streams (each ≥ 4096 bytes, so no mini stream). */
function compoundFile(streams) {
  const S = 512;
  const END = 0xfffffffe;
  const NONE = 0xffffffff;
  const header = Buffer.alloc(S);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 76);
  for (let i = 80; i < S; i += 4) header.writeUInt32LE(NONE, i);
  const fat = Buffer.alloc(S, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(END, 4);
  const dir = Buffer.alloc(S);
  const entry = (i, name, type, start, size, right, child) => {
    const at = i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1;
    dir.writeUInt32LE(NONE, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END, 0, NONE, 1);
  const bodies = [];
  let next = 2;
  streams.forEach((st, k) => {
    const sectors = Math.ceil(st.data.length / S);
    for (let j = 0; j < sectors; j++) fat.writeUInt32LE(j === sectors - 1 ? END : next + j + 1, (next + j) * 4);
    entry(k + 1, st.name, 2, next, st.data.length, k + 1 < streams.length ? k + 2 : NONE, NONE);
    const body = Buffer.alloc(sectors * S);
    st.data.copy(body);
    bodies.push(body);
    next += sectors;
  });
  return Buffer.concat([header, fat, dir, ...bodies]);
}

// 20. Sheet parts named as the workbook's relationships say, not sheetN.xml (real generators do this).
hostile(
  'lembar-nama-bagian.xlsx',
  'bagian lembar bernama sheet.xml, Sheet2.xml dan anggaran.xml',
  { exit: 0, report: { tablesMin: 2, tableSheets: ['Capaian', 'Anggaran'] } },
  async file => {
    const wb = new ExcelJS.Workbook();
    realisasiTable(wb.addWorksheet('Capaian'), 1);
    wb.addWorksheet('Catatan').getCell('A1').value = 'Catatan';
    realisasiTable(wb.addWorksheet('Anggaran'), 1, 'Tabel 3.2 Capaian Kinerja Tahun 2023');
    await save(wb, file);
    const renames = { 'xl/worksheets/sheet1.xml': 'xl/worksheets/sheet.xml', 'xl/worksheets/sheet2.xml': 'xl/worksheets/Sheet2.xml', 'xl/worksheets/sheet3.xml': 'xl/anggaran.xml' };
    await patchZip(file, async zip => {
      for (const [from, to] of Object.entries(renames)) {
        zip.file(to, await zip.file(from).async('nodebuffer'));
        zip.remove(from);
        const rels = from.replace('worksheets/', 'worksheets/_rels/') + '.rels';
        if (zip.file(rels)) zip.remove(rels);
      }
      let rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
      rels = rels.replace('worksheets/sheet1.xml', 'worksheets/sheet.xml').replace('worksheets/sheet2.xml', 'worksheets/Sheet2.xml').replace(/Target="[^"]*worksheets\/sheet3\.xml"/, 'Target="/xl/anggaran.xml"');
      zip.file('xl/_rels/workbook.xml.rels', rels);
      let types = await zip.file('[Content_Types].xml').async('string');
      for (const [from, to] of Object.entries(renames)) types = types.replace(`/${from}"`, `/${to}"`);
      zip.file('[Content_Types].xml', types);
    });
  },
  'exceljs membaca bagian bernama sheetN.xml saja; pembaca paket mengikuti relasi buku kerja.',
);

// 21. ISO date cells (t="d") and LibreOffice's literal percent format 0\% in a realisasi table.
hostile(
  'tanggal-iso-persen-lo.xlsx',
  'sel tanggal ISO (t="d") dan format persen literal 0\\% seperti tulisan LibreOffice',
  { exit: 0, report: { tablesMin: 1, kinds: ['realisasi_kinerja'] } },
  async file => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Capaian');
    realisasiTable(ws, 1);
    ws.getCell('A9').value = 'Tanggal laporan';
    ws.getCell('B9').value = 1;
    for (let r = 3; r <= 6; r++) ws.getCell(r, 6).numFmt = '0.00"%"';
    await save(wb, file);
    await patchZip(file, async zip => {
      let sheet = await zip.file('xl/worksheets/sheet1.xml').async('string');
      sheet = sheet.replace(/<c r="B9"[^>]*>(<v>[^<]*<\/v>|)<\/c>|<c r="B9"[^>]*\/>/, '<c r="B9" t="d"><v>2023-12-31T00:00:00</v></c>');
      zip.file('xl/worksheets/sheet1.xml', sheet);
      const styles = await zip.file('xl/styles.xml').async('string');
      zip.file('xl/styles.xml', styles.replace('formatCode="0.00&quot;%&quot;"', 'formatCode="0.00\\%"'));
    });
  },
);

// 22. A password-protected workbook: Excel wraps it in an OLE compound file with EncryptionInfo.
hostile('bersandi.xlsx', 'buku kerja dilindungi kata sandi (EncryptionInfo)', { exit: 2, stderr: 'dilindungi kata sandi.*hapus kata sandinya' }, async file => {
  const info = Buffer.alloc(4096);
  Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]).copy(info);
  Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>').copy(info, 8);
  fs.writeFileSync(path.join(out, file), compoundFile([{ name: 'EncryptionInfo', data: info }, { name: 'EncryptedPackage', data: Buffer.alloc(8192, 0x33) }]));
});

// 23. A legacy Excel 97–2003 workbook (OLE, Workbook stream).
hostile('lama.xls', 'buku kerja Excel 97–2003 (.xls)', { exit: 2, stderr: '\\.xls\\), bukan buku kerja \\.xlsx' }, async file => {
  fs.writeFileSync(path.join(out, file), compoundFile([{ name: 'Workbook', data: Buffer.alloc(4096, 0x09) }]));
});

// 24. An OpenDocument spreadsheet named .xlsx, and an .xlsb.
hostile('opendocument.xlsx', 'lembar kerja OpenDocument (.ods) bernama .xlsx', { exit: 2, stderr: '\\.ods' }, async file => {
  fs.writeFileSync(path.join(out, file), rawZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
    { name: 'content.xml', data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
  ]));
});
hostile('biner.xlsb', 'buku kerja biner Excel (.xlsb)', { exit: 2, stderr: '\\.xlsb' }, async file => {
  fs.writeFileSync(path.join(out, file), rawZip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.bin', data: Buffer.alloc(64, 1) },
  ]));
});

// 25. A zip bomb: the sheet declares 2 KB and inflates to 256 MB of zeros (16 copies of one flushed segment).
hostile('bom-zip.xlsx', 'bom zip (lembar 2 KB yang mengembang menjadi 256 MB)', { exit: 2, stderr: 'bom zip', timeoutMs: 20000 }, async file => {
  const zlib = require('zlib');
  const wb = new ExcelJS.Workbook();
  realisasiTable(wb.addWorksheet('Capaian'), 1);
  const good = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const segment = zlib.deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
  const bomb = Buffer.concat([...Array.from({ length: 16 }, () => segment), Buffer.from([1, 0, 0, 0xff, 0xff])]);
  const parts = [];
  for (const name of Object.keys(good.files)) {
    if (good.files[name].dir) continue;
    if (name === 'xl/worksheets/sheet1.xml') parts.push({ name, data: '', raw: bomb, size: 2048 });
    else parts.push({ name, data: await good.files[name].async('nodebuffer') });
  }
  fs.writeFileSync(path.join(out, file), rawZip(parts));
});

// 26. Damaged deflate data inside an otherwise whole zip (the central directory is intact).
hostile('deflate-rusak.xlsx', 'data terkompresi rusak di dalam arsip utuh', { exit: 2, stderr: 'rusak sehingga tidak dapat dibaca sebagai \\.xlsx' }, async file => {
  const wb = new ExcelJS.Workbook();
  realisasiTable(wb.addWorksheet('Capaian'), 1);
  const good = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts = [];
  for (const name of Object.keys(good.files)) {
    if (good.files[name].dir) continue;
    parts.push({ name, data: await good.files[name].async('nodebuffer') });
  }
  const buf = rawZip(parts);
  const at = buf.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
  for (let i = at + 2; i < at + 40; i++) buf[i] ^= 0x5a;
  fs.writeFileSync(path.join(out, file), buf);
});

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Capaian (%)</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:plotArea><c:layout/>
<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Capaian!$F$2</c:f></c:strRef></c:tx>
<c:cat><c:strRef><c:f>Capaian!$B$3:$B$6</c:f></c:strRef></c:cat>
<c:val><c:numRef><c:f>Capaian!$F$3:$F$6</c:f></c:numRef></c:val></c:ser>
<c:axId val="111111111"/><c:axId val="222222222"/></c:barChart>
<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222222222"/></c:catAx>
<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111111111"/></c:valAx>
</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor>
<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic>
</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

async function main() {
  const only = process.env.HOSTILE_ONLY ? new Set(process.env.HOSTILE_ONLY.split(',')) : undefined;
  for (const job of jobs) {
    if (only && !only.has(job.file)) continue;
    const start = Date.now();
    await job.build(job.file);
    const size = fs.statSync(path.join(out, job.file)).size;
    if (!process.env.HOSTILE_QUIET) console.log(`${job.file.padEnd(28)} ${String(size).padStart(10)} bita  ${Date.now() - start} ms`);
  }
  const file = path.join(out, 'hostile-manifest.json');
  fs.writeFileSync(file, JSON.stringify({ schema: 'capaian-hostile/1', dir: out, files: manifest }, null, 2) + '\n');
  if (!process.env.HOSTILE_QUIET) console.log(`Manifes: ${file}`);
}

main().catch(e => {
  console.error(`make-hostile: ${e.stack || e}`);
  process.exit(1);
});
