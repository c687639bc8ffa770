/**
 * The Office adapter over the fake Excel object model: what it reads, what it writes, how it undoes an
 * earlier run, and how few round trips it needs.
 */
import { OfficeWorkbook } from '../../src/workbook/office/adapter';
import { HIGHLIGHT_FORMULA, decodeRecord } from '../../src/workbook/office/survey';
import { RUN_RECORD_SHEET, type WritePlan } from '../../src/model/write-plan';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { createFakeExcel, type FakeExcel } from '../fakes/fake-excel';
import {
  SHEET, capaianBlock, capaianKinerja, fillGroups, fullPlan, notesOn, realisasiAnggaran, summarySheet, workbook,
} from './fixtures';

const FIVE_MB = 5_000_000;
const fixedNow = () => new Date('2025-01-31T08:00:00Z');

function adapterOn(fake: FakeExcel, budget?: number) {
  return new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported, now: fixedNow, formatCellBudget: budget });
}

function recordOf(fake: FakeExcel) {
  const data = fake.toWorkbookData({ includeRecordSheet: true });
  const sheet = data.sheets.find(s => s.name === RUN_RECORD_SHEET);
  return sheet ? decodeRecord(sheet.cells.map(line => line.map(c => (c ? c.value : '')))) : null;
}

describe('read()', () => {
  it('returns the same grid the workbook holds: values, formulas, formats, bold, indent, errors, merges', async () => {
    const data = workbook(realisasiAnggaran(60), capaianKinerja(1));
    const fake = createFakeExcel(data);
    const read = await adapterOn(fake).read();

    expect(read).toEqual(data);
    const sheet = read.sheets[0];
    // Spot checks on the shape the core relies on.
    expect(sheet.cells[6][0]).toEqual({ value: '7.01.01', numFmt: '@', bold: true });
    expect(sheet.cells[7][1]).toMatchObject({ value: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', bold: true, indent: 1 });
    expect(sheet.cells[8][0]).toMatchObject({ value: '7.01.01.2.01.0001' });
    expect(sheet.cells[8][1]).toMatchObject({ indent: 2 });
    expect(sheet.cells[8][4]).toMatchObject({ formula: 'D9/C9', numFmt: '0.00%' });
    expect(typeof sheet.cells[8][2]!.value).toBe('number');
    const errors = sheet.cells.flat().filter(c => c && c.error);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ value: '#DIV/0!', error: true });
    expect(sheet.cells[2].every(c => c === null)).toBe(true);
    expect(read.sheets[1]).toMatchObject({ name: 'Capaian Kinerja', originRow: 2, originCol: 2 });
  });

  it('makes two syncs, no per-cell calls, and reports hidden rows, visibility and protection', async () => {
    const data = workbook(realisasiAnggaran(200), capaianKinerja(1));
    const fake = createFakeExcel(data);
    fake.setHiddenRows(SHEET, [3, 50, 51]);
    fake.setProtected('Capaian Kinerja', true);
    const read = await adapterOn(fake).read();

    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.perCellCalls).toBe(0);
    expect(read.sheets[0].hiddenRows).toEqual([3, 50, 51]);
    expect(read.sheets[1].protected).toBe(true);
    expect(read.sheets.map(s => s.visible)).toEqual([true, true]);
  });

  it('skips our own record sheet and reads an empty sheet as an empty grid', async () => {
    const empty = { name: 'Kosong', index: 1, visible: true, protected: false, originRow: 1, originCol: 1, rowCount: 0, colCount: 0, cells: [], merges: [], hiddenRows: [] };
    const data = workbook(realisasiAnggaran(20), empty);
    const fake = createFakeExcel(data);
    const port = adapterOn(fake);
    await port.apply({ sheets: [], blocks: [], fills: [], notes: notesOn(data.sheets[0], 2) });
    expect(fake.sheetNames()).toContain(RUN_RECORD_SHEET);

    const read = await port.read();
    expect(read.sheets.map(s => s.name)).toEqual([SHEET, 'Kosong']);
    expect(read.sheets[1]).toEqual({ ...empty, hiddenRows: undefined });
  });

  it('reads bold and indent only within the format budget', async () => {
    const data = workbook(realisasiAnggaran(400));
    const fake = createFakeExcel(data);
    const port = adapterOn(fake, 1_200); // 100 rows of 12 columns
    const read = await port.read();
    expect(port.lastReadStats!.formatRows[SHEET]).toBe(100);
    expect(read.sheets[0].cells[10][1]!.indent).toBe(2);
    const late = read.sheets[0].cells.slice(100).flat().filter(c => c && (c.bold || c.indent));
    expect(late).toEqual([]);
  });

  it('works on a host without ExcelApi 1.9: no formats, no merges, formulas from the whole range', async () => {
    const data = workbook(realisasiAnggaran(30));
    const fake = createFakeExcel(data, { requirementSets: ['ExcelApi 1.7'] });
    const read = await adapterOn(fake).read();
    expect(fake.stats.syncs).toBe(2);
    expect(read.sheets[0].merges).toEqual([]);
    expect(read.sheets[0].cells[8][4]).toEqual({ value: expect.any(Number), formula: 'D9/C9', numFmt: '0.00%' });
    expect(read.sheets[0].cells[6][0]!.bold).toBeUndefined();
  });
});

describe('apply()', () => {
  const userFills = { [`${SHEET}!D7`]: '#FFFF00', [`${SHEET}!E9`]: '#92D050', [`${SHEET}!A1`]: '#DDEBF7' };
  const userNotes = { [`${SHEET}!E8`]: 'Catatan bendahara: realisasi per 31 Desember.', [`${SHEET}!B20`]: 'Dicek ulang.' };

  function setUp() {
    const sheet = realisasiAnggaran(4_100);
    const data = workbook(sheet, capaianKinerja(1));
    const fake = createFakeExcel(data, { fills: userFills, notes: userNotes });
    return { sheet, data, fake, port: adapterOn(fake) };
  }

  it('writes 2 sheets, a block, 3 fill groups over 5,000 cells and 100 notes in at most 4 syncs, with no per-cell calls', async () => {
    const { sheet, fake, port } = setUp();
    const plan = fullPlan(sheet);
    expect(plan.fills.reduce((n, g) => n + g.cells.length, 0)).toBe(5_000);
    fake.resetStats();

    const result = await port.apply(plan);

    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(fake.stats.perCellCalls).toBe(0);
    expect(fake.stats.maxSyncBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.suspendCalculation).toBeGreaterThanOrEqual(1);
    expect(fake.stats.syncLog[fake.stats.syncLog.length - 1].suspendedCalculation).toBe(true);
    expect(result).toMatchObject({ sheetsWritten: ['Ringkasan Capaian', 'Temuan'], notesWritten: 100, notesSkipped: 0, fillsSkipped: 0 });
    expect(result.cellsFilled).toBe(5_000); // highlights of fill groups; our own sheets' fills are not counted

    // Sheets, their layout, the hidden record.
    expect(fake.sheetNames()).toEqual([SHEET, 'Capaian Kinerja', RUN_RECORD_SHEET, 'Ringkasan Capaian', 'Temuan']);
    expect(fake.sheetState(RUN_RECORD_SHEET)!.visibility).toBe('Hidden');
    const summary = fake.sheetState('Ringkasan Capaian')!;
    expect(summary).toMatchObject({ freezeRows: 2, orientation: 'Landscape' });
    expect(summary.columnWidths.B).toBeCloseTo(150.75);
    expect(fake.sheetState('Temuan')!.autoFilter).toBe('A2:E202');

    // Fills: every planned cell has its colour.
    const fills = fake.fills();
    for (const g of plan.fills) for (const c of g.cells) expect(fills[`${SHEET}!${c}`]).toBe(`#${g.color.slice(2)}`);
    expect(fills[`${SHEET}!A1`]).toBe('#DDEBF7');
    expect(fills['Temuan!A2']).toBe('#D9E1F2');

    // Notes: ours on 100 cells, the user's note on E8 replaced (and remembered), B20 untouched.
    const notes = fake.notes();
    expect(Object.keys(notes)).toHaveLength(101);
    expect(notes[`${SHEET}!B20`]).toBe('Dicek ulang.');
    const record = recordOf(fake)!;
    expect(record.notes[`${SHEET}!E8`]).toBe('Catatan bendahara: realisasi per 31 Desember.');
    expect(record.fills[`${SHEET}!D7`]).toBe('FFFFFF00');
    expect(record.fills[`${SHEET}!D9`]).toBe('');
    expect(record).toMatchObject({ version: 1, at: '2025-01-31T08:00:00.000Z', sheets: ['Ringkasan Capaian', 'Temuan'] });
    expect(record.blocks).toEqual([{ sheet: SHEET, range: `H4:J${sheet.rowCount}` }]);
  });

  it('writes values as 2-D blocks: formulas, numbers, guarded text, links as HYPERLINK formulas', async () => {
    const { sheet, fake, port } = setUp();
    await port.apply(fullPlan(sheet));
    const data = fake.toWorkbookData();
    const summary = data.sheets.find(s => s.name === 'Ringkasan Capaian')!;
    expect(summary.cells[0][0]).toEqual({ value: 'Ringkasan Capaian Kinerja dan Anggaran', bold: true });
    expect(summary.cells[2][3]).toEqual({ value: 1_250_000_001, numFmt: '#,##0' });
    expect(summary.cells[2][5]).toMatchObject({ formula: 'E3/D3', numFmt: '0.00%' });
    expect(summary.cells[2][1]!.formula).toBe(`HYPERLINK("#'${SHEET}'!A8","${SHEET}")`);
    const guarded = summary.cells[summary.rowCount - 1];
    expect(guarded.slice(0, 4).map(c => c && c.value)).toEqual(['0012', '=bukan rumus', '91,09%', 'TRUE']);
    expect(guarded.some(c => c && c.formula)).toBe(false);

    const user = data.sheets[0];
    expect(user.colCount).toBe(10);
    expect(user.cells[3][7]).toEqual({ value: 'Serapan Dihitung (%)', bold: true });
    expect(user.cells[4][9]).toEqual({ value: 'periksa' });
    expect(user.cells[5][9]).toEqual({ value: 'sesuai' });
    expect(user.cells[6][7]).toMatchObject({ formula: 'IFERROR(D7/C7*100,"")', numFmt: '0.00' });
    // The user's own cells are untouched.
    expect(user.cells.map(l => l.slice(0, 7))).toEqual(sheet.cells);
  });

  it('a second run replaces the first: fills restored to originals, no duplicate sheets or notes', async () => {
    const { sheet, fake, port } = setUp();
    await port.apply(fullPlan(sheet));
    const second: WritePlan = {
      sheets: [summarySheet(10)],
      blocks: [capaianBlock(sheet)],
      fills: fillGroups(sheet, 1_000, 1), // other cells than the first run
      notes: notesOn(sheet, 40, 20),
    };
    fake.resetStats();
    const result = await port.apply(second);

    expect(fake.stats.syncs).toBeLessThanOrEqual(5); // + the fingerprints of what the first run wrote
    expect(fake.stats.perCellCalls).toBe(0);
    expect(fake.sheetNames()).toEqual([SHEET, 'Capaian Kinerja', RUN_RECORD_SHEET, 'Ringkasan Capaian']);
    expect(result.sheetsRemoved).toEqual(['Temuan']);

    // Exactly the second run's fills plus the user's originals.
    const expected: Record<string, string> = { ...userFills };
    for (const g of second.fills) for (const c of g.cells) expected[`${SHEET}!${c}`] = `#${g.color.slice(2)}`;
    expect(fake.fills()).toEqual(expected);

    // Exactly the second run's notes plus the user's untouched ones; E8 got its original text back.
    const notes = fake.notes();
    expect(Object.keys(notes)).toHaveLength(40 + 2);
    expect(notes[`${SHEET}!E8`]).toBe(userNotes[`${SHEET}!E8`]);
    for (const n of second.notes) expect(notes[`${n.sheet}!${n.cell}`]).toBe(n.text);

    const summary = fake.toWorkbookData().sheets.find(s => s.name === 'Ringkasan Capaian')!;
    expect(summary.rowCount).toBe(2 + 10 + 2);
    expect(recordOf(fake)!.sheets).toEqual(['Ringkasan Capaian']);
  });

  it('the same plan twice leaves the same workbook', async () => {
    const { sheet, fake, port } = setUp();
    const plan = fullPlan(sheet);
    await port.apply(plan);
    const once = { data: fake.toWorkbookData(), fills: fake.fills(), notes: fake.notes(), record: recordOf(fake) };
    await port.apply(plan);
    expect(fake.toWorkbookData()).toEqual(once.data);
    expect(fake.fills()).toEqual(once.fills);
    expect(fake.notes()).toEqual(once.notes);
    expect(recordOf(fake)).toEqual(once.record);
  });

  it('refuses a protected sheet in Indonesian and writes nothing', async () => {
    const { sheet, data, fake, port } = setUp();
    fake.setProtected(SHEET, true);
    const before = { data: fake.toWorkbookData(), fills: fake.fills(), notes: fake.notes() };

    const err = await port.apply(fullPlan(sheet)).catch(e => e);
    expect(err).toBeInstanceOf(WorkbookRefusal);
    expect(err.code).toBe('sheet_protected');
    expect(err.message).toBe(
      `Lembar "${SHEET}" diproteksi sehingga hasil tidak dapat ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi. Tidak ada yang diubah.`,
    );
    expect(fake.toWorkbookData()).toEqual(before.data);
    expect(fake.fills()).toEqual(before.fills);
    expect(fake.notes()).toEqual(before.notes);
    expect(data.sheets).toHaveLength(2);
  });

  it('refuses to overwrite a user sheet that bears the name of one of ours', async () => {
    const user = { ...capaianKinerja(1), name: 'Temuan' };
    const fake = createFakeExcel(workbook(realisasiAnggaran(30), user));
    const err = await adapterOn(fake).apply({ sheets: [summarySheet(3), { name: 'Temuan', rows: [] }], blocks: [], fills: [], notes: [] }).catch(e => e);
    expect(err).toBeInstanceOf(WorkbookRefusal);
    expect(err.code).toBe('sheet_foreign');
    expect(err.message).toMatch(/^Lembar "Temuan" sudah ada tetapi tidak tercatat sebagai hasil Hitung Capaian/);
    expect(fake.sheetNames()).toEqual([SHEET, 'Temuan']);
  });

  it('refuses a plan aimed at a sheet that no longer exists', async () => {
    const sheet = realisasiAnggaran(30);
    const fake = createFakeExcel(workbook(sheet));
    const err = await adapterOn(fake).apply({ sheets: [], blocks: [], fills: [{ sheet: 'Lampiran 2', color: 'FFFFC7CE', cells: ['D30'] }], notes: [] }).catch(e => e);
    expect(err).toMatchObject({ code: 'sheet_missing' });
    expect(err.message).toMatch(/Lembar "Lampiran 2" tidak ditemukan/);
  });

  it('on a host without notes (ExcelApi < 1.18) writes everything else and counts the notes as skipped', async () => {
    const sheet = realisasiAnggaran(200);
    const fake = createFakeExcel(workbook(sheet), { requirementSets: ['ExcelApi 1.13'] });
    const plan: WritePlan = { sheets: [summarySheet(5)], blocks: [], fills: fillGroups(sheet, 100), notes: notesOn(sheet, 10) };
    const result = await adapterOn(fake).apply(plan);
    expect(result).toMatchObject({ notesWritten: 0, notesSkipped: 10, cellsFilled: 100 });
    expect(fake.notes()).toEqual({});
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
  });

  it('on an ExcelApi 1.7 host highlights by a rule of its own, and Hapus removes exactly that rule', async () => {
    const sheet = realisasiAnggaran(100);
    const userFills = { [`${SHEET}!E8`]: '#FFFF00' };
    const fake = createFakeExcel(workbook(sheet), { requirementSets: ['ExcelApi 1.7'], fills: userFills });
    // The user's own rule on the same column must survive both runs and the clear.
    await fake.run(async ctx => {
      const cf = ctx.workbook.worksheets.getItem(SHEET).getRange('E7:E20').conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=E7<0';
      cf.custom.format.fill.color = '#FF0000';
      await ctx.sync();
    });
    // 50 scattered cells in three colours, and one column of 14 adjacent cells in a fourth.
    const fills = [...fillGroups(sheet, 50), { sheet: SHEET, color: 'FFBDD7EE', cells: ['F7:F20'] }];
    const plan: WritePlan = { sheets: [summarySheet(5)], blocks: [capaianBlock(sheet)], fills, notes: notesOn(sheet, 5) };
    fake.resetStats();
    const result = await adapterOn(fake).apply(plan);
    expect(result).toMatchObject({ fillsSkipped: 0, notesSkipped: 5, cellsFilled: 64 });
    expect(result.notices).toEqual(['Versi Excel ini belum mendukung catatan sel; penjelasan setiap temuan ada di lembar Temuan dan di panel.']);
    // Without Worksheet.getRanges each rectangle is one range: the only single-cell calls are the rules on
    // single-cell rectangles (the same plan without highlights gives the baseline).
    const baseline = createFakeExcel(workbook(sheet), { requirementSets: ['ExcelApi 1.7'] });
    await adapterOn(baseline).apply({ ...plan, fills: [] });
    // Every planned cell shows its colour; the user's own fill is untouched underneath.
    const shown = fake.shownFills();
    for (const g of fills.slice(0, -1)) for (const c of g.cells) expect(shown[`${SHEET}!${c}`]).toBe(`#${g.color.slice(2)}`);
    for (let r = 7; r <= 20; r++) expect(shown[`${SHEET}!F${r}`]).toBe('#BDD7EE');
    expect(fake.fills()).toEqual(userFills);
    const ours = fake.conditionalFormats().filter(c => c.formula === HIGHLIGHT_FORMULA);
    expect(ours.length).toBeGreaterThan(0);
    // Adjacent cells share one rule: 50 single cells and one rectangle.
    expect(ours).toHaveLength(51);
    expect(ours).toContainEqual({ sheet: SHEET, address: 'F7:F20', formula: HIGHLIGHT_FORMULA, fill: '#BDD7EE' });
    expect(fake.stats.perCellCalls - baseline.stats.perCellCalls).toBe(ours.filter(c => !c.address.includes(':')).length);

    // A second run replaces its rules instead of stacking them.
    await adapterOn(fake).apply(plan);
    expect(fake.conditionalFormats().filter(c => c.formula === HIGHLIGHT_FORMULA)).toHaveLength(ours.length);

    await adapterOn(fake).clear();
    expect(fake.conditionalFormats()).toEqual([{ sheet: SHEET, address: 'E7:E20', formula: '=E7<0', fill: '#FF0000' }]);
    expect(fake.fills()).toEqual(userFills);
    expect(fake.sheetNames()).toEqual([SHEET]);
  });

  it('on an ExcelApi 1.5 host (no conditional formats) says the cells were not coloured', async () => {
    const sheet = realisasiAnggaran(100);
    const fake = createFakeExcel(workbook(sheet), { requirementSets: ['ExcelApi 1.5'] });
    const plan: WritePlan = { sheets: [summarySheet(5)], blocks: [], fills: fillGroups(sheet, 50), notes: [] };
    const result = await adapterOn(fake).apply(plan);
    expect(result).toMatchObject({ fillsSkipped: 50, cellsFilled: 0 });
    expect(result.notices).toEqual([
      'Versi Excel ini belum dapat mewarnai sel di lembar Anda (50 sel tidak diwarnai); setiap sel bermasalah tercantum di lembar Temuan dengan tautan ke selnya.',
    ]);
    expect(fake.shownFills()).toEqual({});
  });
});

describe('clear()', () => {
  it('restores original fills and notes, removes our sheets, blocks and the record', async () => {
    const sheet = realisasiAnggaran(4_100);
    const data = workbook(sheet, capaianKinerja(1));
    const userFills = { [`${SHEET}!D7`]: '#FFFF00', [`${SHEET}!E11`]: '#92D050' };
    const userNotes = { [`${SHEET}!E8`]: 'Catatan bendahara.', [`${SHEET}!E300`]: 'Catatan lain.' };
    const fake = createFakeExcel(data, { fills: userFills, notes: userNotes });
    const port = adapterOn(fake);
    const before = fake.toWorkbookData();
    await port.apply(fullPlan(sheet));
    expect(fake.toWorkbookData()).not.toEqual(before);

    fake.resetStats();
    const result = await port.clear();

    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(fake.stats.perCellCalls).toBe(0);
    expect(fake.sheetNames()).toEqual([SHEET, 'Capaian Kinerja']);
    expect(fake.toWorkbookData()).toEqual(before);
    expect(fake.fills()).toEqual(userFills);
    expect(fake.notes()).toEqual(userNotes);
    expect(result).toMatchObject({ sheetsWritten: [], sheetsRemoved: ['Ringkasan Capaian', 'Temuan'], blocksCleared: 1, fillsRestored: 5_000 });
    expect(result.notesRestored).toBe(100);

    // Clearing again is harmless.
    await expect(port.clear()).resolves.toMatchObject({ fillsRestored: 0, sheetsRemoved: [] });
    expect(fake.sheetNames()).toEqual([SHEET, 'Capaian Kinerja']);
  });

  it('undoes a run whose record names notes the new plan does not touch (4 syncs)', async () => {
    const sheet = realisasiAnggaran(300);
    const fake = createFakeExcel(workbook(sheet));
    const port = adapterOn(fake);
    await port.apply({ sheets: [], blocks: [], fills: [], notes: notesOn(sheet, 20) });
    fake.resetStats();
    await port.apply({ sheets: [], blocks: [], fills: [], notes: notesOn(sheet, 5, 100) });
    expect(fake.stats.syncs).toBe(4);
    expect(Object.keys(fake.notes())).toHaveLength(5);
  });
});
