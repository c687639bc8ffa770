/**
 * The sheet rewrite of the surgical writer (issue 13: memory of taking an earlier run out of 100,000 rows):
 * pieces joined a batch at a time give the one joined text, and a removal rewrites exactly the cells it names.
 */
import { applyRowEdits, joinInBatches, scanRows, sheetLayout, type RowEdit } from '../../src/workbook/xlsx/patch/sheet-edit';

const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="x"><sheetData>';
const tail = '</sheetData></worksheet>';

function sheet(rows: number): string {
  let body = '';
  for (let r = 1; r <= rows; r++) {
    body += `<row r="${r}"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}" s="2"><v>${r * 10}</v></c>`;
    body += `<c r="D${r}" s="9"><f>B${r}*2</f><v>${r * 20}</v></c><c r="E${r}" s="9"/></row>`;
  }
  return head + body + tail;
}

describe('joinInBatches', () => {
  it('equals one join, for no pieces, small pieces and pieces larger than a batch', () => {
    const cases = [[], ['a'], Array.from({ length: 50_000 }, (_, i) => `<p${i}>ü−`), ['x'.repeat(70_000), 'y', 'z'.repeat(140_000)]];
    for (const pieces of cases) expect(joinInBatches(pieces)).toBe(pieces.join(''));
  });
});

describe('removing our columns from many rows', () => {
  it('gives the sheet without them, every other byte as it was; scanned rows hold only the cells asked for', () => {
    const rows = 3000;
    const xml = sheet(rows);
    const lay = sheetLayout(xml)!;
    const scan = scanRows(xml, lay, r => r > 1, () => 4);
    expect(scan.rows.get(1)).toBeUndefined();
    expect(scan.rows.get(2)!.cells.map(c => c.ref)).toEqual(['D2', 'E2']);
    const edits = new Map<number, RowEdit>();
    for (const [r, sr] of scan.rows) edits.set(r, { removals: new Map(sr.cells.map(c => [c.col, c.col === 5 ? '<c r="E' + r + '"/>' : ''])) });
    const out = applyRowEdits(xml, lay, scan.rows, scan.order, edits, lay.prefix).xml;
    const want = xml.replace(/<c r="D(\d+)" s="9"><f>B\d+\*2<\/f><v>\d+<\/v><\/c><c r="E\d+" s="9"\/>/g, (m, r) => (r === '1' ? m : `<c r="E${r}"/>`));
    expect(out).toBe(want);
    expect(out.length).toBeLessThan(xml.length);
  });
});
