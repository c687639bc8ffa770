import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { encodeRecord } from '../../src/workbook/office/survey';
import { RUN_RECORD_SHEET, type RunRecord } from '../../src/model/write-plan';
import { recordedFill, recordedFillArgb, recordedNoteText } from '../../src/workbook/record-values';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-interop-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('run records shared by the add-in and the command line', () => {
  it('reads both adapters\' forms of an original fill and note', () => {
    expect(recordedFill('')).toEqual({ kind: 'none' });
    expect(recordedFillArgb('FFFFEB9C')).toBe('FFFFEB9C');
    expect(recordedFillArgb('#C6EFCE')).toBe('FFC6EFCE');
    expect(recordedFillArgb(JSON.stringify({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }))).toBe('FFDDEBF7');
    expect(recordedNoteText('Catatan asli')).toBe('Catatan asli');
    expect(recordedNoteText(JSON.stringify('Catatan asli'))).toBe('Catatan asli');
    expect(recordedNoteText(JSON.stringify({ texts: [{ text: 'Catatan ' }, { text: 'asli' }] }))).toBe('Catatan asli');
  });

  it('"capaian hapus" undoes a run the add-in recorded', async () => {
    // A workbook as the add-in leaves it: our fill on E5 over an original green, our note on E6, our sheet.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Realisasi');
    ws.getCell('E5').value = 91.09;
    ws.getCell('E5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    ws.getCell('E6').value = 87.5;
    ws.getCell('E6').note = 'Hitung Capaian: capaian tidak sesuai';
    wb.addWorksheet('Temuan').getCell('A1').value = 'Daftar Temuan Hitung Capaian';
    const record: RunRecord = {
      version: 1,
      at: '2026-11-22T00:00:00.000Z',
      sheets: ['Temuan'],
      blocks: [],
      fills: { 'Realisasi!E5': 'FFC6EFCE' },
      notes: { 'Realisasi!E6': '' },
    };
    const rs = wb.addWorksheet(RUN_RECORD_SHEET, { state: 'veryHidden' });
    encodeRecord(record).forEach((part, i) => { rs.getCell(i + 1, 1).value = part; });
    const input = path.join(tmp, 'addin.xlsx');
    await wb.xlsx.writeFile(input);

    const out = path.join(tmp, 'bersih.xlsx');
    await new XlsxWorkbook(input, out).clear();
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map(w => w.name)).toEqual(['Realisasi']);
    const r = back.getWorksheet('Realisasi')!;
    expect((r.getCell('E5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(r.getCell('E6').note).toBeUndefined();
    expect(r.getCell('E5').value).toBe(91.09);
  });
});
