/**
 * The package reader on hand-built packages: what real generators write that the exceljs reader got wrong
 * or lost, and each cell type, read as Excel reads it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellAt, type WorkbookData } from '../../src/model/grid';
import { readNumber } from '../../src/layout/values';
import { RUN_RECORD_SHEET } from '../../src/model/write-plan';
import { isoToSerial, readPackageBuffer, readPackageInfo, readXlsxPackage, slideFormula } from '../../src/workbook/xlsx/package-read';
import { readXlsxFileViaExceljs } from '../../src/workbook/xlsx/read';
import { buildZip, rowsXml, workbookParts, type BookSpec } from './package-builder';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pkg-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function write(spec: BookSpec): string {
  const file = path.join(tmp, `buku-${++n}.xlsx`);
  fs.writeFileSync(file, buildZip(workbookParts(spec)));
  return file;
}

const value = (wb: WorkbookData, sheet: string, ref: string) => {
  const s = wb.sheets.find(x => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return cellAt(s, Number(m[2]), m[1].charCodeAt(0) - 64);
};

describe('sheet parts are found through the workbook relationships, whatever their names', () => {
  const spec: BookSpec = {
    sheets: [
      { name: 'Capaian', part: 'xl/worksheets/sheet.xml', rows: rowsXml([['Indikator', 'Target'], ['IKM', 85]]) },
      { name: 'Lampiran', part: 'xl/worksheets/Sheet2.xml', rows: rowsXml([['Lampiran', 7]]), state: 'hidden' },
      { name: 'Anggaran', part: 'xl/anggaran.xml', target: '/xl/anggaran.xml', rows: rowsXml([['Pagu', 1500000]]), state: 'veryHidden' },
    ],
  };

  it('reads all three sheets, in workbook order, with their visibility', async () => {
    const wb = await readXlsxPackage(write(spec));
    expect(wb.sheets.map(s => [s.name, s.index, s.visible])).toEqual([
      ['Capaian', 0, true],
      ['Lampiran', 1, false],
      ['Anggaran', 2, false],
    ]);
    expect(value(wb, 'Capaian', 'B2')!.value).toBe(85);
    expect(value(wb, 'Lampiran', 'B1')!.value).toBe(7);
    expect(value(wb, 'Anggaran', 'B1')!.value).toBe(1500000);
  });

  it('where the exceljs reader saw only the sheet named sheetN.xml or none (the loss issue 13 reports)', async () => {
    const old = await readXlsxFileViaExceljs(write(spec));
    expect(old.sheets.map(s => s.name)).not.toContain('Anggaran');
  });
});

it('reads ISO date cells (t="d") as Excel serials, not as the year', async () => {
  const file = write({
    sheets: [{ name: 'Data', part: 'xl/worksheets/sheet1.xml', rows: '<row r="1"><c r="A1" t="d"><v>2023-05-17T00:00:00</v></c><c r="B1" t="d"><v>2023-05-17T12:00:00Z</v></c><c r="C1" t="d"><v>1900-01-01</v></c></row>' }],
  });
  const wb = await readXlsxPackage(file);
  expect(value(wb, 'Data', 'A1')!.value).toBe(45063);
  expect(value(wb, 'Data', 'B1')!.value).toBe(45063.5);
  expect(value(wb, 'Data', 'C1')!.value).toBe(1);
  expect(isoToSerial('2024-02-29')).toBe(45351);
  // The exceljs reader read the first as 2023.
  expect(cellAt((await readXlsxFileViaExceljs(file)).sheets[0], 1, 1)!.value).toBe(2023);
});

describe('number formats keep their escapes; a literal percent sign does not scale the value', () => {
  const styles =
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="0\\%"/><numFmt numFmtId="165" formatCode="0.00&quot;%&quot;"/><numFmt numFmtId="166" formatCode="#,##0;\\-#,##0;\\-"/></numFmts>' +
    '<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>' +
    '<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="0"/><xf numFmtId="9" fontId="1"/><xf numFmtId="166" fontId="0"/></cellXfs>';
  const file = () =>
    write({
      styles,
      sheets: [{ name: 'P', part: 'xl/worksheets/sheet1.xml', rows: '<row r="1"><c r="A1" s="1"><v>80</v></c><c r="B1" s="2"><v>91.5</v></c><c r="C1" s="3"><v>0.8</v></c><c r="D1" s="4"><v>0</v></c></row>' }],
    });

  it('reads the format codes as written', async () => {
    const wb = await readXlsxPackage(file());
    expect(value(wb, 'P', 'A1')).toEqual({ value: 80, numFmt: '0\\%' });
    expect(value(wb, 'P', 'B1')).toEqual({ value: 91.5, numFmt: '0.00"%"' });
    expect(value(wb, 'P', 'C1')).toEqual({ value: 0.8, numFmt: '0%', bold: true });
    expect(value(wb, 'P', 'D1')).toEqual({ value: 0, numFmt: '#,##0;\\-#,##0;\\-' });
  });

  it('the core reads 80 formatted 0\\% as 80 (shown "80%"), and 0,8 formatted 0% as 80%', async () => {
    const wb = await readXlsxPackage(file());
    const literal = readNumber(value(wb, 'P', 'A1'));
    expect(literal.value!.toString()).toBe('80');
    expect(literal.percent).toBe(false);
    expect(literal.decimals).toBe(0);
    const quoted = readNumber(value(wb, 'P', 'B1'));
    expect([quoted.value!.toString(), quoted.percent, quoted.decimals]).toEqual(['91.5', false, 2]);
    const scaled = readNumber(value(wb, 'P', 'C1'));
    expect([scaled.value!.toString(), scaled.percent, scaled.display]).toEqual(['80', true, '80%']);
  });

  it('whereas exceljs dropped the backslash and made 80 into 8.000%', async () => {
    const old = await readXlsxFileViaExceljs(file());
    const cell = cellAt(old.sheets[0], 1, 1)!;
    expect(cell.numFmt).toBe('0%');
  });
});

it('reads every value type: shared and inline strings (rich, phonetic, _x escapes), booleans, errors, formulas', async () => {
  const file = write({
    strings: ['Indikator', '<r><t>Capaian </t></r><r><rPr><b/></rPr><t>Kinerja</t></r><rPh sb="0" eb="1"><t>X</t></rPh>', 'baris_x000D_dua', 'Tom & Jerry'],
    sheets: [
      {
        name: 'T',
        part: 'xl/worksheets/sheet1.xml',
        rows:
          '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c></row>' +
          '<row r="3"><c r="B3" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="E3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row>' +
          '<row r="4"><c r="B4"><f>SUM(B1:B3)</f><v>0</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D4"><v>-1.25E-3</v></c><c r="E4"><v>12345678901234567</v></c></row>',
      },
    ],
  });
  const wb = await readXlsxPackage(file);
  const t = wb.sheets[0];
  expect([t.originRow, t.originCol, t.rowCount, t.colCount]).toEqual([2, 2, 3, 4]);
  expect(value(wb, 'T', 'B2')!.value).toBe('Indikator');
  expect(value(wb, 'T', 'C2')!.value).toBe('Capaian Kinerja');
  expect(value(wb, 'T', 'D2')!.value).toBe('baris\rdua');
  expect(value(wb, 'T', 'E2')!.value).toBe('Tom & Jerry');
  expect(value(wb, 'T', 'B3')!.value).toBe('ab');
  expect(value(wb, 'T', 'C3')!.value).toBe(true);
  expect(value(wb, 'T', 'D3')).toEqual({ value: '#DIV/0!', error: true });
  expect(value(wb, 'T', 'E3')).toEqual({ value: 'xy', formula: '"x"&"y"' });
  // A formula whose cached result is 0 keeps it (exceljs dropped every falsy result to empty).
  expect(value(wb, 'T', 'B4')).toEqual({ value: 0, formula: 'SUM(B1:B3)' });
  expect(value(wb, 'T', 'C4')).toEqual({ value: '#DIV/0!', formula: '1/0', error: true });
  expect(value(wb, 'T', 'D4')!.value).toBe(-0.00125);
  expect(value(wb, 'T', 'E4')!.value).toBe(12345678901234568);
});

it('expands shared formulas for follower cells the way exceljs did, absolute parts kept', async () => {
  const rows =
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2*B2/$B$1+SUM(A$2:B2)</f><v>3</v></c></row>' +
    '<row r="3"><c r="A3"><v>4</v></c><c r="B3"><v>5</v></c><c r="C3"><f t="shared" si="0"/><v>6</v></c></row>' +
    '<row r="4"><c r="A4"><v>7</v></c><c r="B4"><v>8</v></c><c r="C4"><f t="shared" si="0"/><v>9</v></c></row>';
  const file = write({ sheets: [{ name: 'F', part: 'xl/worksheets/sheet1.xml', rows }] });
  const wb = await readXlsxPackage(file);
  expect(value(wb, 'F', 'C2')!.formula).toBe('A2*B2/$B$1+SUM(A$2:B2)');
  expect(value(wb, 'F', 'C3')!.formula).toBe('A3*B3/$B$1+SUM(A$2:B3)');
  expect(value(wb, 'F', 'C4')).toEqual({ value: 9, formula: 'A4*B4/$B$1+SUM(A$2:B4)' });
  expect(wb).toEqual(await readXlsxFileViaExceljs(file));
  expect(slideFormula('Sheet1!B2+ROUND(C2,2)', 2, 3, 5, 4)).toBe('Sheet1!C5+ROUND(D5,2)');
});

it('reads bold and indent from the cell styles, built-in and custom formats, and 1904 dates', async () => {
  const styles =
    '<numFmts count="1"><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></numFmts>' +
    '<fonts count="3"><font><sz val="11"/></font><font><b/></font><font><b val="0"/></font></fonts>' +
    '<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="4" fontId="1"/><xf numFmtId="0" fontId="2"><alignment indent="2"/></xf><xf numFmtId="170" fontId="0"/><xf numFmtId="10" fontId="0"/></cellXfs>';
  const file = write({
    styles,
    workbookPr: '<workbookPr date1904="1"/>',
    sheets: [{ name: 'S', part: 'xl/worksheets/sheet1.xml', rows: '<row r="1"><c r="A1" s="1"><v>1234.5</v></c><c r="B1" s="2" t="inlineStr"><is><t>Sub</t></is></c><c r="C1" s="3"><v>43600</v></c><c r="D1" s="4"><v>0.9205</v></c><c r="E1" s="1"/></row>' }],
  });
  const wb = await readXlsxPackage(file);
  expect(value(wb, 'S', 'A1')).toEqual({ value: 1234.5, numFmt: '#,##0.00', bold: true });
  expect(value(wb, 'S', 'B1')).toEqual({ value: 'Sub', indent: 2 });
  // A 1904-system date becomes the 1900-system serial of the same day (43600 + 1462).
  expect(value(wb, 'S', 'C1')).toEqual({ value: 45062, numFmt: 'dd/mm/yyyy' });
  expect(value(wb, 'S', 'D1')).toEqual({ value: 0.9205, numFmt: '0.00%' });
  // A styled blank cell is not part of the used range.
  expect(wb.sheets[0].colCount).toBe(4);
});

it('reads merges, hidden rows and protection; skips the run record sheet but keeps sheet positions', async () => {
  const file = write({
    sheets: [
      { name: RUN_RECORD_SHEET, part: 'xl/worksheets/sheet1.xml', rows: rowsXml([['{}']]), state: 'veryHidden' },
      {
        name: 'M',
        part: 'xl/worksheets/sheet2.xml',
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c></row><row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="3" hidden="true"/><row r="4"><c r="A4"><v>4</v></c></row>',
        after: '<sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>',
      },
    ],
  });
  const info = await readPackageInfo(file);
  expect(info.hasRunRecord).toBe(true);
  const m = info.data.sheets;
  expect(m.map(s => [s.name, s.index])).toEqual([['M', 1]]);
  expect(m[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
  expect([m[0].rowCount, m[0].colCount, m[0].protected]).toEqual([4, 4, true]);
  expect(m[0].hiddenRows).toEqual([2]);
  expect(info.data).toEqual(await readXlsxFileViaExceljs(file));
});

it('reads sheets whose elements carry a namespace prefix (x:row, x:c), as the Open XML SDK writes them', async () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
    '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Pagu</x:t></x:is></x:c><x:c r="B1"><x:v>250000</x:v></x:c></x:row></x:sheetData></x:worksheet>';
  const wb = await readXlsxPackage(write({ sheets: [{ name: 'Sdk', part: 'xl/worksheets/sheet1.xml', xml }] }));
  expect(value(wb, 'Sdk', 'A1')!.value).toBe('Pagu');
  expect(value(wb, 'Sdk', 'B1')!.value).toBe(250000);
});

it('reads cells and rows written without addresses by their position', async () => {
  const wb = await readXlsxPackage(write({ sheets: [{ name: 'P', part: 'xl/worksheets/sheet1.xml', rows: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' }] }));
  expect(['A1', 'B1', 'C2', 'D2'].map(r => value(wb, 'P', r)!.value)).toEqual([1, 2, 3, 4]);
});

it('reads a package held in memory the same as the file', async () => {
  const file = write({ sheets: [{ name: 'Mem', part: 'xl/worksheets/sheet1.xml', rows: rowsXml([['Pagu', 1250000.5]]) }] });
  const fromMemory = readPackageBuffer(fs.readFileSync(file), path.basename(file));
  expect(fromMemory.data).toEqual(await readXlsxPackage(file));
  expect(value(fromMemory.data, 'Mem', 'B1')!.value).toBe(1250000.5);
});
