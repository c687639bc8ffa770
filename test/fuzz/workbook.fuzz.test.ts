/**
 * Fuzzing recognition and the whole check on random WorkbookData grids: header noise mixing real
 * header words, numbering rows, numbers and number-like text, error values, random merges (overlapping,
 * huge), hidden rows, own-sheet names, empty sheets. Nothing may escape as an exception, and whatever
 * comes out must be well-formed: tables inside their sheet, findings with a known rule, an Indonesian
 * message and a cell inside the sheet.
 * Bounded in CI by FUZZ_RUNS (default 2000); `npm run fuzz` runs 200,000 cases per property.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { SCALE_PRESETS } from '../../src/engine/kategori';
import type { CheckReport } from '../../src/model/report';
import { recognise } from '../../src/layout/recognise';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS, type RunSettings } from '../../src/usecase/settings';
import { lastCol, lastRow, type Cell, type MergedArea, type SheetGrid, type WorkbookData } from '../../src/model/grid';

const numRuns = Number(process.env.FUZZ_RUNS || 2000);
/** Jest's 180 s default would cut a long `npm run fuzz` short: allow ~30 ms per case. */
const timeout = Math.max(180_000, numRuns * 30);

/**
 * Every rule id of src/model/report.ts, read from its RuleId union (a type only, so no runtime list exists);
 * reading the source keeps this test in step when a rule is added.
 */
const RULE_IDS: ReadonlySet<string> = (() => {
  const src = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'model', 'report.ts'), 'utf8');
  const union = /export type RuleId =([^;]+);/.exec(src);
  if (!union) throw new Error('RuleId tidak ditemukan di src/model/report.ts');
  return new Set([...union[1].matchAll(/'([a-z_]+)'/g)].map(m => m[1]));
})();

// ---------------------------------------------------------------- cells

const HEADER_WORDS = [
  'No', 'No.', 'NO', 'Uraian', 'Kode', 'Kode Rekening', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Capaian', 'Pagu', 'Anggaran',
  'Pagu (Rp)', 'Realisasi (Rp)', '%', '(%)', 'Kategori', 'Predikat', 'JUMLAH', 'Rata-rata', 'Tahun 2023', 'Target 2023',
  'Realisasi s/d TW IV 2023', 'Indikator Kinerja', 'Sasaran Strategis', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Sisa', 'Sisa Anggaran',
  'Efisiensi (%)', 'Serapan (%)', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Koefisien', 'Harga', 'Harga Satuan', 'Jumlah', 'PPN',
  'K', 'Rp', 'Keuangan', 'Fisik', 'Sumber Dana', 'Keterangan', 'Rentang Capaian', 'Interval Nilai', 'Pagu Sebelum Efisiensi',
  'Target Kinerja', 'Realisasi Fisik (%)', 'Deviasi', 'Triwulan I', 'TW IV', 'Program/Kegiatan/Sub Kegiatan', 'Bertambah/(Berkurang)',
];
const LABELS = [
  'Indeks Kepuasan Masyarakat', 'Persentase dokumen perencanaan tepat waktu', 'Jumlah pengaduan masyarakat', 'Program Penunjang Urusan',
  'Kegiatan Administrasi Keuangan', 'Sub Kegiatan Penyediaan Gaji', 'Belanja Pegawai', 'Sasaran Strategis 1 : Meningkatnya kinerja',
  'JUMLAH', 'TOTAL', 'Jumlah Total', 'RATA-RATA', 'Rata-rata capaian', 'Sumber Dana: DAU', 'REALISASI TAHUNAN', 'BELANJA DAERAH',
  '7.01.01 Program Penunjang', '7.01.01.2.01 Perencanaan', '7.01.01.2.01.0001 Penyusunan Dokumen', '5.1.02.01.01.0024 Belanja ATK',
  'Lama waktu penyelesaian (hari)', 'مؤشر الأداء', '绩效指标', 'Capaian 🎯 kinerja', '',
];
const MARKERS = ['I.', 'II', 'A.', 'B', '1.', '1', '01', '1.1', 'a.', 'b)', '-', '•', '*', 'IV.', '2.3.4'];
const NUMBER_TEXTS = [
  'Rp. 11.862.514.803,-', '10.531.067.845,00', 'Rp 2,393,600.00', '91,09%', '100 %', '89, 41 %', '2 Lembar', '4kasus', '-', '—', '',
  '1.234', '1,234', '(1.000)', '80–90', '80 - 90', '≥ 91', '0', '0,00', '1.234,5.6', '12/12/2023', '2019-2021', '%', 'Rp', 'N/A', 'nihil',
  '120', '85,5', '85.5', '7,01', '110,00 %', '-5', '−3,5', '1e5', 'Infinity', 'NaN',
];
const ERRORS = ['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];
const FORMATS = ['0.00%', '0%', '#,##0', '#,##0.00', '0.00', '0', 'General', '"Rp"#,##0', '_-* #,##0_-;-* #,##0_-', '@', '0.0000000000'];
const FORMULAS = ['E5/D5*100', 'SUM(C3:C9)', 'AVERAGE(F3:F9)', "'Lampiran 2'!D5", 'IFERROR(D4/C4,0)', 'A1', 'E5/0', '#REF!/2', ''];

const finiteNumber = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 150 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 200, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1e13 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2000, max: 2099 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e15, -1e15, 1e308, 5e-324, 0.1 + 0.2, 80.49999999999999, Number.MAX_SAFE_INTEGER) },
);

const value: fc.Arbitrary<Cell['value']> = fc.oneof(
  { weight: 6, arbitrary: finiteNumber },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);

function decorate(base: fc.Arbitrary<Cell['value']>): fc.Arbitrary<Cell | null> {
  return fc
    .record(
      {
        value: base,
        numFmt: fc.constantFrom(...FORMATS),
        bold: fc.boolean(),
        formula: fc.constantFrom(...FORMULAS),
        indent: fc.integer({ min: 0, max: 4 }),
        err: fc.constantFrom(...ERRORS),
      },
      { requiredKeys: ['value'] },
    )
    .chain(c =>
      fc.integer({ min: 0, max: 29 }).map(roll => {
        if (roll === 0) return null;
        // An error cell, as the readers give it: its text with error set, formula or not.
        if (roll === 1) return { value: c.err ?? '#DIV/0!', error: true, ...(c.formula ? { formula: c.formula } : {}) };
        // Error text typed by hand (no error flag).
        if (roll === 2) return { value: c.err ?? '#REF!' };
        const cell: Cell = { value: c.value };
        if (c.numFmt !== undefined && c.numFmt !== 'General') cell.numFmt = c.numFmt;
        if (c.bold) cell.bold = true;
        if (c.formula) cell.formula = c.formula;
        if (c.indent) cell.indent = c.indent;
        return cell;
      }),
    );
}

const anyCell = decorate(value);
const headerCell = decorate(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...HEADER_WORDS) }, { weight: 1, arbitrary: value }));
const labelCell = decorate(fc.constantFrom(...LABELS));

// ---------------------------------------------------------------- rows

type Row = (Cell | null)[];

const width = fc.integer({ min: 1, max: 12 });

const headerRow = width.chain(w => fc.array(headerCell, { minLength: w, maxLength: w }));
const numberingRow = fc.tuple(width, fc.constantFrom('plain', 'paren', 'rule', 'text')).map(([w, style]): Row =>
  Array.from({ length: w }, (_, i) => {
    const n = i + 1;
    if (style === 'plain') return { value: n };
    if (style === 'paren') return { value: `(${n})` };
    if (style === 'rule') return { value: n === w && n > 3 ? `${n} = ${n - 1}/${n - 2}*100` : String(n) };
    return { value: String(n) };
  }),
);
const dataRow = fc
  .tuple(fc.option(fc.constantFrom(...MARKERS)), labelCell, fc.array(anyCell, { maxLength: 10 }))
  .map(([marker, label, rest]): Row => [marker === null ? null : { value: marker }, label, ...rest]);
const summaryRow = fc
  .tuple(fc.constantFrom('JUMLAH', 'TOTAL', 'Rata-rata', 'RATA-RATA CAPAIAN', 'Jumlah Total', 'BELANJA DAERAH', 'Sub Total'), fc.array(anyCell, { maxLength: 10 }))
  .map(([w, rest]): Row => [null, { value: w, bold: true }, ...rest]);
const scaleRows = fc
  .array(fc.tuple(fc.constantFrom('≥ 91', '76 - < 91', '66 s.d. 75', '≤ 50', 'Diatas 70 % sampai dengan 80 %', 'Kurang dari 55', '85%≤ capaian < 100%', '> 80 – 90', 'x', '100'), fc.constantFrom('Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Baik', '', 'Kurang')), { maxLength: 6 })
  .map((lines): Row[] => [[{ value: 'Rentang Capaian' }, { value: 'Kategori' }], ...lines.map(([r, l]): Row => [{ value: r }, l ? { value: l } : null])]);
const noiseRow = fc.array(anyCell, { maxLength: 12 });
const blankRow = fc.constant<Row>([]);

/** Real layouts (domain primer), filled with plausible values, then some cells swapped for noise. */
const LAYOUTS: { header: string[]; body: (number | 'label' | 'code' | 'pct' | 'money' | 'kat' | 'sat' | 'no')[] }[] = [
  { header: ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'], body: ['no', 'label', 'sat', 'pct', 'pct', 'pct', 'kat'] },
  { header: ['No', 'Sasaran', 'Indikator', 'Target 2023', 'Realisasi s/d TW IV 2023', 'Capaian (%)'], body: ['no', 'label', 'label', 'pct', 'pct', 'pct'] },
  { header: ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%', 'Sisa'], body: ['code', 'label', 'money', 'money', 'pct', 'money'] },
  { header: ['No', 'Sasaran', 'Capaian Kinerja (%)', 'Realisasi Anggaran (%)', 'Efisiensi (%)'], body: ['no', 'label', 'pct', 'pct', 'pct'] },
  { header: ['Kode Rekening', 'Uraian', 'Koefisien', 'Satuan', 'Harga', 'PPN', 'Jumlah'], body: ['code', 'label', 'pct', 'sat', 'money', 0, 'money'] },
  { header: ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Anggaran'], body: ['no', 'label', 'label', 'pct', 'money'] },
];
const bodyValue = (kind: LAYOUTS_BODY): fc.Arbitrary<Cell['value']> => {
  switch (kind) {
    case 'no': return fc.constantFrom(...MARKERS, 1, 2, 3);
    case 'label': return fc.constantFrom(...LABELS);
    case 'code': return fc.constantFrom('7.01.01', '7.01.01.2.01', '7.01.01.2.01.0001', '7.01.01.2.01.0002', '7.01.01.2.01.01', '5.1.02.01.01.0024', '7.1.1', '');
    case 'pct': return fc.oneof(fc.integer({ min: 0, max: 130 }), fc.double({ min: 0, max: 130, noNaN: true }).map(x => Math.round(x * 100) / 100), fc.constantFrom('91,09%', '100 %', '89, 41 %', '-', '0'));
    case 'money': return fc.oneof(fc.integer({ min: 0, max: 5e10 }), fc.constantFrom('Rp. 11.862.514.803,-', '10.531.067.845,00', 'Rp 2,393,600.00', '-'));
    case 'kat': return fc.constantFrom('Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah', 'Baik', '');
    case 'sat': return fc.constantFrom('%', 'dokumen', 'orang', 'nilai', 'kali', 'laporan', 'Lembar', '');
    default: return fc.constant(kind);
  }
};
type LAYOUTS_BODY = (typeof LAYOUTS)[number]['body'][number];
const layoutBlock = fc.constantFrom(...LAYOUTS).chain(layout =>
  fc
    .tuple(
      fc.array(
        fc.tuple(fc.tuple(...layout.body.map(bodyValue)), fc.array(fc.tuple(fc.nat({ max: layout.body.length - 1 }), anyCell), { maxLength: 2 }), fc.constantFrom('data', 'data', 'data', 'data', 'total', 'avg', 'blank')),
        { minLength: 1, maxLength: 12 },
      ),
      fc.boolean(),
    )
    .map(([lines, numbered]): Row[] => {
      const header: Row = layout.header.map(h => ({ value: h, bold: true }));
      const numbering: Row[] = numbered ? [layout.header.map((_, i) => ({ value: `(${i + 1})` }))] : [];
      const body = lines.map(([values, noise, kind]): Row => {
        if (kind === 'blank') return [];
        const row: Row = values.map(v => (v === '' ? null : { value: v }));
        if (kind === 'total') row[1] = { value: 'JUMLAH', bold: true };
        if (kind === 'avg') row[1] = { value: 'Rata-rata', bold: true };
        for (const [c, cell] of noise) row[c] = cell;
        return row;
      });
      return [header, ...numbering, ...body];
    }),
);

/** A block: a table-like run of rows (header, optional numbering, data and summaries) or noise. */
const block = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.option(fc.constantFrom('Tabel 3.1 Realisasi Kinerja', 'Perjanjian Kinerja 2023', 'DPA', 'Lampiran')), fc.array(headerRow, { minLength: 1, maxLength: 3 }), fc.option(numberingRow), fc.array(fc.oneof({ weight: 5, arbitrary: dataRow }, { weight: 1, arbitrary: summaryRow }, { weight: 1, arbitrary: blankRow }), { maxLength: 15 }))
      .map(([title, headers, numbering, body]): Row[] => [...(title ? [[{ value: title }] as Row] : []), ...headers, ...(numbering ? [numbering] : []), ...body]),
  },
  { weight: 4, arbitrary: layoutBlock },
  { weight: 1, arbitrary: scaleRows },
  { weight: 1, arbitrary: fc.array(fc.oneof(noiseRow, blankRow), { maxLength: 6 }) },
);

// ---------------------------------------------------------------- sheets

const SHEET_NAMES = [
  'Sheet1', 'Realisasi', 'PK 2023', 'Lampiran 2', 'DPA', 'Efisiensi', "O'Brien", 'Ringkasan Capaian', 'Temuan', 'Narasi', 'Temuan (2)',
  'HitungCapaian_Data', 'مؤشرات', '指标', '📊 Data', 'A'.repeat(31), 'Capaian Kinerja', 'Rentang',
];

function mergeArb(top: number, left: number, bottom: number, right: number): fc.Arbitrary<MergedArea> {
  const inside = fc
    .tuple(fc.integer({ min: top - 2, max: Math.max(top, bottom + 2) }), fc.integer({ min: left - 2, max: Math.max(left, right + 2) }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }))
    .map(([t, l, h, w]) => ({ top: Math.max(1, t), left: Math.max(1, l), bottom: Math.max(1, t) + h, right: Math.max(1, l) + w }));
  const huge = fc
    .tuple(fc.integer({ min: 1, max: Math.max(1, bottom) }), fc.integer({ min: 1, max: Math.max(1, right) }), fc.constantFrom('rows', 'cols', 'both'))
    .map(([t, l, kind]) => ({ top: t, left: l, bottom: kind === 'cols' ? t : 1048576, right: kind === 'rows' ? l : 16384 }));
  return fc.oneof({ weight: 6, arbitrary: inside }, { weight: 1, arbitrary: huge });
}

function sheetArb(name: string, index: number): fc.Arbitrary<SheetGrid> {
  return fc
    .record({
      blocks: fc.array(block, { maxLength: 3 }),
      originRow: fc.integer({ min: 1, max: 4 }),
      originCol: fc.integer({ min: 1, max: 3 }),
      extraCols: fc.integer({ min: 0, max: 2 }),
      empty: fc.integer({ min: 0, max: 9 }),
      visible: fc.boolean(),
      protected: fc.boolean(),
      ownTitle: fc.integer({ min: 0, max: 3 }),
    })
    .chain(s => {
      let rows = s.blocks.flat();
      if (s.empty === 0) rows = [];
      // A user sheet named like ours, sometimes starting with our own title (then it is skipped as ours).
      if (rows.length && s.ownTitle === 0) rows = [[{ value: 'Ringkasan Capaian Kinerja dan Anggaran' }], ...rows];
      const colCount = rows.length ? Math.max(1, ...rows.map(r => r.length)) + s.extraCols : 0;
      const rowCount = rows.length;
      const cells = rows.map(r => Array.from({ length: colCount }, (_, c) => r[c] ?? null));
      const bottom = s.originRow + rowCount - 1;
      const right = s.originCol + colCount - 1;
      return fc
        .tuple(
          rowCount ? fc.array(mergeArb(s.originRow, s.originCol, bottom, right), { maxLength: 6 }) : fc.constant([] as MergedArea[]),
          rowCount ? fc.uniqueArray(fc.integer({ min: s.originRow, max: bottom }), { maxLength: 4 }) : fc.constant([] as number[]),
        )
        .map(([merges, hiddenRows]): SheetGrid => ({
          name,
          index,
          visible: s.visible,
          protected: s.protected,
          originRow: rowCount ? s.originRow : 1,
          originCol: rowCount ? s.originCol : 1,
          rowCount,
          colCount,
          cells,
          merges,
          hiddenRows,
        }));
    });
}

const workbookArb: fc.Arbitrary<WorkbookData> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 0, maxLength: 3 })
  .chain(names => (names.length ? fc.tuple(...names.map((n, i) => sheetArb(n, i))) : fc.constant([] as SheetGrid[])))
  .map(sheets => ({ name: 'acak.xlsx', sheets }));

const settingsArb: fc.Arbitrary<RunSettings> = fc.record({
  skala: fc.constantFrom('otomatis', 'tidak-ada', ...SCALE_PRESETS.map(p => p.id)),
  efisiensi: fc.constantFrom('sisa', 'selisih', 'rasio', 'pmk'),
  capSebelumRataRata: fc.constantFrom(null, 100, 120),
  polaritas: fc.dictionary(fc.constantFrom('indeks kepuasan masyarakat', 'jumlah pengaduan masyarakat', 'lama waktu penyelesaian hari', ''), fc.constantFrom('positif', 'negatif')),
  output: fc.constantFrom('kolom', 'ringkasan'),
  koreksi: fc.array(
    fc.record({
      sheet: fc.constantFrom(...SHEET_NAMES),
      headerRow: fc.integer({ min: 0, max: 20 }),
      kind: fc.option(fc.constantFrom('dpa', 'perjanjian_kinerja', 'realisasi_kinerja', 'realisasi_anggaran', 'efisiensi', 'bukan'), { nil: undefined }),
      // Letters as sanitizeSettings (src/settings-store) lets them through, up to Excel's last column XFD.
      columns: fc.option(fc.dictionary(fc.constantFrom('target', 'realisasi', 'capaian', 'pagu', 'kode', 'uraian', 'persen', 'kategori'), fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'ZZ', '', 'XFD')), { nil: undefined }),
      ignore: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
});

// ---------------------------------------------------------------- invariants

const A1 = /^([A-Z]{1,3})(\d+)$/;
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A cell address inside the sheet's used range; with `grid`, only inside Excel's grid (a user's correction
 * may name a column beyond the used range, and then the empty cells there are what it reports).
 */
function expectInside(wb: WorkbookData, sheetName: string, addr: string, what: string, grid = false): void {
  const sheet = wb.sheets.find(s => s.name === sheetName);
  if (!sheet) throw new Error(`${what}: lembar "${sheetName}" tidak ada di buku kerja`);
  const m = A1.exec(addr);
  if (!m) throw new Error(`${what}: alamat "${addr}" bukan alamat A1`);
  const row = Number(m[2]);
  const col = colNumber(m[1]);
  if (grid) {
    if (row < 1 || row > 1048576 || col < 1 || col > 16384) throw new Error(`${what}: ${sheetName}!${addr} di luar kisi Excel`);
    return;
  }
  if (row < sheet.originRow || row > lastRow(sheet) || col < sheet.originCol || col > lastCol(sheet)) {
    throw new Error(`${what}: ${sheetName}!${addr} di luar rentang terpakai lembar`);
  }
}

function checkRecognition(wb: WorkbookData, tables: ReturnType<typeof recognise>['tables']): void {
  for (const t of tables) {
    const sheet = wb.sheets.find(s => s.name === t.sheet)!;
    expect(sheet).toBeDefined();
    // A table found from its values alone may have no header row; its body then starts the table.
    for (const r of t.headerRows) {
      expect(r).toBeGreaterThanOrEqual(sheet.originRow);
      expect(r).toBeLessThanOrEqual(lastRow(sheet));
    }
    expect(t.bodyTop).toBeLessThanOrEqual(t.bodyBottom);
    if (t.headerRows.length) expect(t.bodyTop).toBeGreaterThan(t.headerRows[t.headerRows.length - 1]);
    else expect(t.foundBy).toBe('values');
    expect(t.bodyBottom).toBeLessThanOrEqual(lastRow(sheet));
    expect(t.left).toBeLessThanOrEqual(t.right);
    expect(t.left).toBeGreaterThanOrEqual(sheet.originCol);
    expect(t.right).toBeLessThanOrEqual(lastCol(sheet));
    expect(t.confidence).toBeGreaterThan(0);
    expect(t.confidence).toBeLessThanOrEqual(1);
    for (const m of Object.values(t.columns)) {
      expect(m.col).toBeGreaterThanOrEqual(t.left);
      expect(m.col).toBeLessThanOrEqual(t.right);
    }
    for (const row of t.rows) {
      expect(row.row).toBeGreaterThanOrEqual(t.bodyTop);
      expect(row.row).toBeLessThanOrEqual(t.bodyBottom);
      if (row.parent !== undefined) expect(t.rows[row.parent]).toBeDefined();
    }
  }
}

/** Words a formal Indonesian message is built from; an English or empty message has none of them. */
const INDONESIAN = /\b(tidak|dengan|seharusnya|nilai|sel|baris|kolom|dari|pada|tercantum|dihitung|yang|atau|lebih|untuk|sama|berbeda|kosong|angka|teks|target|realisasi|capaian|anggaran|pagu|jumlah|kategori|rata|sisa|kode|satuan|efisiensi|serapan|melebihi|wajar|ganda|ditulis)\b/i;

function checkReport(wb: WorkbookData, report: CheckReport, grid = false): void {
  const texts = wb.sheets.map(sh => sh.name + '\n' + sh.cells.flat().map(c => (c && typeof c.value === 'string' ? c.value : '')).join('\n')).join('\n');
  expect(report.schema).toBe('capaian-check/1');
  expect(report.summary.tables).toBe(report.tables.length);
  expect(report.summary.results).toBe(report.results.length);
  const count = (s: string) => report.findings.filter(f => f.severity === s).length;
  expect(report.summary.findings).toEqual({ error: count('error'), warning: count('warning'), info: count('info') });
  for (const t of report.tables) {
    const [from, to] = t.range.split(':');
    expectInside(wb, t.sheet, from, 'rentang tabel', grid);
    expectInside(wb, t.sheet, to, 'rentang tabel', grid);
  }
  for (const r of report.results) {
    expectInside(wb, r.sheet, r.cell, `hasil ${r.metric}`, grid);
    expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
    expect(r.formula.length).toBeGreaterThan(0);
  }
  for (const f of report.findings) {
    expect(RULE_IDS.has(f.rule) ? f.rule : `aturan tak dikenal: ${f.rule}`).toBe(f.rule);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    expect(f.message.trim().length).toBeGreaterThan(0);
    expect(f.message).toMatch(INDONESIAN);
    // Programming leaks, unless the message quotes them from the workbook itself.
    for (const leak of f.message.match(/\bundefined\b|\bNaN\b|\[object |\bnull\b|Infinity/g) || []) {
      if (!texts.includes(leak)) throw new Error(`temuan ${f.rule}: pesan memuat «${leak}»: ${f.message}`);
    }
    expectInside(wb, f.sheet, f.cell, `temuan ${f.rule}`, grid);
    expect(Array.isArray(f.related)).toBe(true);
    expect(typeof f.stated).toBe('string');
    expect(typeof f.expected).toBe('string');
  }
  // The report must survive JSON (the CLI's --json): no cycles, no BigInt, no Decimal objects.
  expect(() => JSON.stringify(report)).not.toThrow();
}

describe('fuzz: recognise and evaluateWorkbook on random grids', () => {
  const seen = { runs: 0, withTable: 0, withFinding: 0, withResult: 0, rules: new Set<string>() };

  it('knows the rule ids of src/model/report.ts', () => {
    expect(RULE_IDS.size).toBeGreaterThanOrEqual(19);
    expect(RULE_IDS.has('capaian_selisih')).toBe(true);
  });
  it('recognise: no exception; tables inside their sheet with bodyTop ≤ bodyBottom', () => {
    fc.assert(
      fc.property(workbookArb, wb => {
        const r = recognise(wb);
        checkRecognition(wb, r.tables);
        for (const n of r.notices) expect(n.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  }, timeout);

  it('evaluateWorkbook(wb, DEFAULT_SETTINGS): no exception; every finding well-formed and inside its sheet', () => {
    fc.assert(
      fc.property(workbookArb, wb => {
        const ev = evaluateWorkbook(wb, DEFAULT_SETTINGS);
        checkRecognition(wb, ev.recognition.tables);
        checkReport(wb, ev.report);
        seen.runs++;
        if (ev.report.tables.length) seen.withTable++;
        if (ev.report.findings.length) seen.withFinding++;
        if (ev.report.results.length) seen.withResult++;
        for (const f of ev.report.findings) seen.rules.add(f.rule);
      }),
      { numRuns },
    );
    // The generator must keep reaching the interesting paths, or the property proves little.
    if (process.env.FUZZ_STATS) console.log(JSON.stringify({ ...seen, rules: [...seen.rules].sort() }));
    expect(seen.withTable / seen.runs).toBeGreaterThan(0.1);
    expect(seen.withFinding / seen.runs).toBeGreaterThan(0.05);
    expect(seen.withResult / seen.runs).toBeGreaterThan(0.02);
  }, timeout);

  it('evaluateWorkbook with random settings and user corrections', () => {
    fc.assert(
      fc.property(workbookArb, settingsArb, fc.nat(), (wb, settings, pick) => {
        // Aim the first correction at a table recognition really found, or it would rarely apply.
        const found = recognise(wb).tables;
        if (found.length && settings.koreksi.length) {
          const t = found[pick % found.length];
          settings.koreksi[0] = { ...settings.koreksi[0], sheet: t.sheet, headerRow: t.headerRows[0] };
        }
        const ev = evaluateWorkbook(wb, settings);
        checkReport(wb, ev.report, settings.koreksi.length > 0);
      }),
      { numRuns: Math.max(50, Math.floor(numRuns / 2)) },
    );
  }, timeout);

  it('non-finite numbers from a damaged file do not escape as exceptions', () => {
    // exceljs reads <v>NaN</v> or <v>1e999</v> of a numeric cell as NaN / Infinity.
    fc.assert(
      fc.property(workbookArb, fc.constantFrom(NaN, Infinity, -Infinity), fc.nat(), (wb, bad, pick) => {
        const cells = wb.sheets.flatMap(s => s.cells.flat()).filter((c): c is Cell => !!c && typeof c.value === 'number');
        if (!cells.length) return;
        cells[pick % cells.length].value = bad;
        const ev = evaluateWorkbook(wb, DEFAULT_SETTINGS);
        checkReport(wb, ev.report);
      }),
      { numRuns: Math.max(50, Math.floor(numRuns / 4)) },
    );
  }, timeout);
});
