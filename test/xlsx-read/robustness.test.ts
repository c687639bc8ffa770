/**
 * Damaged packages never crash the reader: whatever bytes it is given, it returns a grid or refuses with a
 * WorkbookRefusal (one Indonesian sentence), never another error. Mutations of a small real workbook: its
 * zip bytes flipped or cut, and its sheet, shared-string and style XML scrambled before zipping.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { readXlsxPackage } from '../../src/workbook/xlsx/package-read';
import { buildZip, workbookParts, type ZipPart } from './package-builder';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-fuzz-read-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const numRuns = Number(process.env.FUZZ_RUNS || 300) / 3;

const parts: ZipPart[] = workbookParts({
  strings: ['Indikator', 'Target', '<r><t>Real</t></r><r><t>isasi</t></r>'],
  styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00\\%"/></numFmts><fonts count="2"><font/><font><b/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="1"><alignment indent="1"/></xf></cellXfs>',
  sheets: [{
    name: 'Capaian',
    part: 'xl/worksheets/sheet1.xml',
    rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>IKM &amp; SAKIP</t></is></c><c r="B2" s="1"><v>85</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">B2*2</f><v>170</v></c></row>' +
      '<row r="3"><c r="A3" t="d"><v>2023-05-17</v></c><c r="B3" t="b"><v>1</v></c><c r="C3"><f t="shared" si="0"/><v>2</v></c></row>',
    after: '<mergeCells count="1"><mergeCell ref="D1:E2"/></mergeCells>',
  }],
});
const good = buildZip(parts);

let n = 0;
async function outcome(bytes: Buffer): Promise<string> {
  const file = path.join(tmp, `f${++n}.xlsx`);
  fs.writeFileSync(file, bytes);
  try {
    const wb = await readXlsxPackage(file);
    return `ok ${wb.sheets.length}`;
  } catch (e) {
    if (e instanceof WorkbookRefusal) {
      expect(e.message).not.toMatch(/\n|TypeError|RangeError|undefined|NaN/);
      expect(e.message).toMatch(/lalu coba lagi\.$/);
      return 'refused';
    }
    throw e;
  } finally {
    fs.unlinkSync(file);
  }
}

it('reads the unmutated workbook', async () => {
  expect(await outcome(good)).toBe('ok 1');
});

it('zip bytes flipped or cut: a grid or a refusal', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat(good.length)), async (flips, cut) => {
      const b = Buffer.from(good);
      for (const [at, x] of flips) b[at] ^= x;
      await outcome(cut === null ? b : b.subarray(0, cut));
    }),
    { numRuns, seed: 13 },
  );
});

it('XML scrambled inside a valid zip: a grid or a refusal', async () => {
  const noise = fc.constantFrom('<', '>', '"', "'", '&', '&#xD800;', '&#99999999;', '<c>', '</row>', '<v>', '<f t="shared" si="9"/>', '<mergeCell ref="A1:XFD1048576"/>', '<row r="0">', '<c r="ZZZZ9">', '\u0000', '<![CDATA[', '<!--', '<!DOCTYPE x [<!ENTITY a "b">]>', '');
  const targets = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...targets), fc.array(fc.tuple(fc.nat(10000), noise, fc.nat(20)), { minLength: 1, maxLength: 6 }), async (target, edits) => {
      const mutated = parts.map(p => {
        if (p.name !== target) return p;
        let s = String(p.data);
        for (const [at, ins, del] of edits) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + ins + s.slice(i + del);
        }
        return { ...p, data: s };
      });
      await outcome(buildZip(mutated));
    }),
    { numRuns: numRuns * 2, seed: 14 },
  );
});
