import { usesStyleFrom } from '../../src/workbook/xlsx/patch/patcher';

/**
 * unpatch undoes the styles a run appended only when no cell, row or column uses them any more; the scan
 * that decides it reads style indexes in place and must see exactly the start tags the general pattern saw.
 */
describe('usesStyleFrom', () => {
  const wrap = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;

  it.each([
    ['a cell', '<row r="1"><c r="A1" s="12"><v>1</v></c></row>'],
    ['a prefixed cell with a line break before s', '<x:row r="1"><x:c r="A1"\ns="14" t="n"><x:v>1</x:v></x:c></x:row>'],
    ['a row style', '<row r="3" spans="1:5" s="20" customFormat="1"><c r="A3"/></row>'],
    ['a column style', '<cols><col min="1" max="2" width="9" s="13"/></cols>'],
  ])('finds %s at or above the first appended index', (_what, xml) => {
    expect(usesStyleFrom(wrap(xml), 12)).toBe(true);
  });

  it.each([
    ['styles below the appended ones', '<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="11"/></row>'],
    ['a shared-string type, not a style', '<row r="1"><c r="A1" t="s"><v>40</v></c></row>'],
    ['spans, which ends in s', '<row r="1" spans="1:50"><c r="A1"/></row>'],
    ['s="…" inside formula text', '<row r="1"><c r="A1"><f>"x s=""99"""</f></c></row>'],
    ['another element carrying s', '<pageSetup paperSize="9" s="99"/>'],
  ])('ignores %s', (_what, xml) => {
    expect(usesStyleFrom(wrap(xml), 12)).toBe(false);
  });
});
