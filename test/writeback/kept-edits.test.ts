/**
 * `capaian hitung` on a workbook whose earlier Narasi sheet the user typed into: the typed sheet is moved aside
 * under a dated name (as the add-in does), the new result keeps the name "Narasi", and the user is told.
 * The typing is done as a person's editor would leave it: one cell added to the sheet part, nothing else changed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { runClear, runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';

const SEED = path.join(__dirname, '..', 'corpus', '000-V2.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-kept-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Adds an inline-text cell in a new row at the end of the named sheet's part. */
function typeInto(file: string, sheet: string, text: string): void {
  const parts = unzipSync(fs.readFileSync(file));
  const wb = strFromU8(parts['xl/workbook.xml']);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
  let xml = strFromU8(parts[part]);
  const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map(m => Number(m[1])));
  const r = last + 2;
  xml = xml.replace('</sheetData>', `<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`);
  parts[part] = strToU8(xml);
  fs.writeFileSync(file, zipSync(parts));
}

const texts = (wb: Awaited<ReturnType<typeof readXlsxFile>>, sheet: string) =>
  (wb.sheets.find(s => s.name === sheet)?.cells ?? []).flat().filter(c => c && typeof c.value === 'string').map(c => String(c!.value));

test('an edited Narasi is kept under a dated name and the new result is written to Narasi', async () => {
  const first = path.join(tmp, 'run1.xlsx');
  await runHitung(new XlsxWorkbook(SEED, first), DEFAULT_SETTINGS);
  const remark = 'Analisis kami: IKM turun karena survei dilakukan sebelum layanan daring dibuka.';
  typeInto(first, 'Narasi', remark);

  const second = path.join(tmp, 'run2.xlsx');
  const port = new XlsxWorkbook(first, second);
  await runHitung(port, DEFAULT_SETTINGS);
  const out = await readXlsxFile(second);
  const kept = out.sheets.map(s => s.name).find(n => /^Narasi \(\d\d\.\d\d\.\d\d\)$/.test(n));
  expect(kept).toBeDefined();
  expect(texts(out, kept!)).toContain(remark);
  expect(texts(out, 'Narasi')).not.toContain(remark);
  expect(texts(out, 'Narasi').length).toBeGreaterThan(3);
  expect(out.sheets.map(s => s.name)).not.toContain('Narasi (2)');
  expect(port.notices).toContain(
    `Lembar "Narasi" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "${kept}" dan tidak dihapus.`,
  );

  // Hapus then removes the new results and leaves the kept sheet alone.
  const cleared = path.join(tmp, 'run3.xlsx');
  await runClear(new XlsxWorkbook(second, cleared));
  const after = await readXlsxFile(cleared);
  expect(after.sheets.map(s => s.name)).toContain(kept);
  expect(after.sheets.map(s => s.name)).not.toContain('Narasi');
  expect(texts(after, kept!)).toContain(remark);
});
