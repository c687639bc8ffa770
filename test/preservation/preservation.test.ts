import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { XlsxPackage } from '../../src/workbook/xlsx/patch/package';
import { readRunRecord } from '../../src/workbook/xlsx/patch/patcher';
import { readSheets, relsPathOf, workbookPart } from '../../src/workbook/xlsx/patch/opc';
import { encodeRecord, type FingerprintedRecord } from '../../src/workbook/xlsx/patch/record';
import { recordSheetXml } from '../../src/workbook/xlsx/patch/own-sheet';
import { addSheet } from '../../src/workbook/xlsx/patch/workbook-sheets';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { cellAt, type WorkbookData } from '../../src/model/grid';
import { runClear, runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { requireSoffice } from '../helpers/libreoffice';

/**
 * The preservation suite (files built by scripts/make-preservation.js): `hitung` changes only the parts
 * its record names, `hapus` gives the input back part by part, LibreOffice opens every output and
 * recalculates the user's formulas to the same values, and a record that does not match is never
 * obeyed against the user.
 */

const DIR = path.join(__dirname, 'files');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Record<string, { refuse: string | null; notice: string | null }>;
const NAMES = Object.keys(MANIFEST).sort();
const WRITABLE = NAMES.filter(n => !MANIFEST[n].refuse);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-preservation-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const settings = () => ({ ...DEFAULT_SETTINGS, polaritas: {}, koreksi: [] });

const load = (file: string) => XlsxPackage.fromBuffer(fs.readFileSync(file), path.basename(file));

/** Parts whose bytes differ between two packages (missing on either side included). */
function differingParts(a: XlsxPackage, b: XlsxPackage): string[] {
  const out: string[] = [];
  for (const n of new Set([...a.names(), ...b.names()])) {
    const x = a.bytes(n);
    const y = b.bytes(n);
    if (!x || !y || !x.equals(y)) out.push(n);
  }
  return out.sort();
}

/** Every part the record says the run wrote or touched. */
function partsInRecord(pkg: XlsxPackage, rec: FingerprintedRecord, recordPart: string): Set<string> {
  const wb = workbookPart(pkg);
  const sheets = readSheets(pkg, wb);
  const allowed = new Set<string>([wb, relsPathOf(wb), '[Content_Types].xml', recordPart]);
  if (rec.patch) allowed.add(rec.patch.stylesPart);
  const touched = new Set<string>();
  const sheetOf = (k: string) => k.slice(0, k.lastIndexOf('!'));
  Object.keys(rec.fills).forEach(k => touched.add(sheetOf(k)));
  Object.keys(rec.notes).forEach(k => touched.add(sheetOf(k)));
  rec.blocks.forEach(b => touched.add(b.sheet));
  for (const s of [...touched, ...rec.sheets]) {
    const e = sheets.find(x => x.name === s);
    if (e) { allowed.add(e.part); allowed.add(relsPathOf(e.part)); }
  }
  for (const n of Object.values(rec.patch?.notes ?? {})) { allowed.add(n.comments); allowed.add(n.vml); }
  return allowed;
}

async function hitung(input: string, output: string) {
  const port = new XlsxWorkbook(input, output);
  await runHitung(port, settings());
  return port;
}

async function hapus(input: string, output: string) {
  const port = new XlsxWorkbook(input, output);
  await runClear(port);
  return port;
}

const valueAt = (wb: WorkbookData, sheet: string, row: number, col: number) => {
  const s = wb.sheets.find(x => x.name === sheet)!;
  return cellAt(s, row, col)?.value ?? null;
};

test('the suite holds at least 40 workbooks', () => {
  expect(NAMES.length).toBeGreaterThanOrEqual(40);
});

describe.each(WRITABLE)('%s', name => {
  const input = path.join(DIR, `${name}.xlsx`);
  const out = path.join(tmp, `${name}.hitung.xlsx`);
  const back = path.join(tmp, `${name}.hapus.xlsx`);
  let notices: string[] = [];

  beforeAll(async () => {
    notices = (await hitung(input, out)).notices;
    await hapus(out, back);
  });

  test('hitung changes only the parts its record names', () => {
    const a = load(input);
    const b = load(out);
    const found = readRunRecord(b)!;
    expect(found).toBeDefined();
    const allowed = partsInRecord(b, found.record, found.part);
    expect(differingParts(a, b).filter(p => !allowed.has(p))).toEqual([]);
    const expected = MANIFEST[name].notice;
    if (expected) expect(notices.join(' ')).toMatch(new RegExp(expected));
  });

  test('hapus gives the input back part by part', () => {
    expect(differingParts(load(input), load(back))).toEqual([]);
  });
});

describe.each(NAMES.filter(n => MANIFEST[n].refuse))('%s (refused)', name => {
  test('hitung refuses with one Indonesian sentence and writes nothing', async () => {
    const out = path.join(tmp, `${name}.refused.xlsx`);
    await expect(hitung(path.join(DIR, `${name}.xlsx`), out)).rejects.toThrow(new RegExp(MANIFEST[name].refuse!));
    expect(fs.existsSync(out)).toBe(false);
  });
});

/** Converts files in one LibreOffice process (which recalculates every formula on load). */
async function libreOfficeRecalc(files: string[]): Promise<string> {
  const soffice = requireSoffice();
  const outDir = fs.mkdtempSync(path.join(tmp, 'lo-'));
  const profile = fs.mkdtempSync(path.join(tmp, 'lo-profile-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  await new Promise<void>((resolve, reject) => {
    execFile(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--nodefault', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files],
      { timeout: 600_000 }, err => (err ? reject(err) : resolve()));
  });
  return outDir;
}

test('LibreOffice opens every output and recalculates the user\'s formulas to the same values', async () => {
  const outs = WRITABLE.map(n => path.join(tmp, `${n}.hitung.xlsx`));
  for (const f of outs) expect(fs.existsSync(f)).toBe(true);
  const dir = await libreOfficeRecalc(outs);
  const failed: string[] = [];
  for (const n of WRITABLE) {
    const converted = path.join(dir, `${n}.hitung.xlsx`);
    if (!fs.existsSync(converted)) { failed.push(`${n}: not opened`); continue; }
    const wb = await readXlsxFile(converted);
    // F3, F4 and F6 are the user's own formulas (ROUND(E/D*100,2)); F5 is a typed (wrong) value.
    const got = [3, 4, 5, 6].map(r => valueAt(wb, 'Realisasi', r, 6));
    if (JSON.stringify(got) !== JSON.stringify([104.71, 75, 80, 90])) failed.push(`${n}: ${JSON.stringify(got)}`);
  }
  expect(failed).toEqual([]);
}, 900_000);

describe('a record that does not match is never obeyed against the user', () => {
  const base = path.join(DIR, '01-polos.xlsx');

  /** 01-polos with a forged, very hidden record sheet. */
  function forge(record: FingerprintedRecord, file: string): void {
    const pkg = load(base);
    addSheet(pkg, workbookPart(pkg), 'HitungCapaian_Data', recordSheetXml(encodeRecord(record)), 'veryHidden');
    fs.writeFileSync(file, pkg.toBuffer());
  }

  test('a forged record naming the user\'s sheet and table deletes nothing', async () => {
    const forged = path.join(tmp, 'forged.xlsx');
    forge({
      version: 1, at: '2026-01-01T00:00:00Z', sheets: ['Realisasi'], blocks: [{ sheet: 'Realisasi', range: 'A1:G6' }],
      fills: { 'Realisasi!F5': '' }, notes: {},
      fingerprint: { workbook: 'palsu', sheets: { Realisasi: 'palsu' }, blocks: { 'Realisasi!A1:G6': 'palsu' }, filled: { 'Realisasi!F5': 'n:1' } },
    }, forged);
    const out = path.join(tmp, 'forged.hapus.xlsx');
    const port = await hapus(forged, out);
    const wb = await readXlsxFile(out);
    expect(wb.sheets.map(s => s.name)).toEqual(['Realisasi']);
    expect([3, 4, 5, 6].map(r => [valueAt(wb, 'Realisasi', r, 4), valueAt(wb, 'Realisasi', r, 5)])).toEqual([[80, 83.77], [100, 75], [70, 50.5], [90, 81]]);
    // The user's sheet part is untouched except nothing at all: compare with the input.
    expect(load(out).bytes('xl/worksheets/sheet1.xml')!.equals(load(base).bytes('xl/worksheets/sheet1.xml')!)).toBe(true);
    expect(port.notices.join(' ')).toMatch(/tidak cocok dengan buku kerja ini/);
    expect(port.notices.join(' ')).toMatch(/Lembar "Realisasi" tercatat sebagai hasil alat ini tetapi isinya sudah berubah/);
  });

  test('a forged record without fingerprints (old form) deletes nothing either', async () => {
    const forged = path.join(tmp, 'forged-old.xlsx');
    forge({ version: 1, at: '', sheets: ['Realisasi'], blocks: [{ sheet: 'Realisasi', range: 'A1:G6' }], fills: {}, notes: {} }, forged);
    const out = path.join(tmp, 'forged-old.hapus.xlsx');
    const port = await hapus(forged, out);
    expect(load(out).bytes('xl/worksheets/sheet1.xml')!.equals(load(base).bytes('xl/worksheets/sheet1.xml')!)).toBe(true);
    expect(port.notices.join(' ')).toMatch(/tidak dihapus/);
  });

  test('an inherited record: cells changed since and an edited own sheet are kept and reported', async () => {
    const first = path.join(tmp, 'inherit.hitung.xlsx');
    await hitung(base, first);
    // "Save As" into this year's workbook: the user retypes F5 and writes in our Temuan sheet.
    const pkg = load(first);
    const sheet = pkg.text('xl/worksheets/sheet1.xml')!;
    pkg.set('xl/worksheets/sheet1.xml', sheet.replace(/(<c r="F5"[^>]*>)<v>80<\/v>/, '$1<v>72.14</v>'));
    const temuan = readSheets(pkg, workbookPart(pkg)).find(s => s.name === 'Temuan')!;
    pkg.set(temuan.part, pkg.text(temuan.part)!.replace('<sheetData>', '<sheetData><row r="200"><c r="A200" t="inlineStr"><is><t>catatan saya</t></is></c></row>'));
    const edited = path.join(tmp, 'inherit.edited.xlsx');
    fs.writeFileSync(edited, pkg.toBuffer());
    const out = path.join(tmp, 'inherit.hapus.xlsx');
    const port = await hapus(edited, out);
    const wb = await readXlsxFile(out);
    expect(valueAt(wb, 'Realisasi', 5, 6)).toBe(72.14);
    // The edited Temuan is moved aside under a dated name (as the add-in does), so "Temuan" is free for results.
    const kept = wb.sheets.map(s => s.name).find(n => /^Temuan \(\d\d\.\d\d\.\d\d\)$/.test(n))!;
    expect(wb.sheets.map(s => s.name)).toEqual(['Realisasi', kept]);
    expect(valueAt(wb, kept, 200, 1)).toBe('catatan saya');
    expect(port.notices.join(' ')).toMatch(/Realisasi!F5/);
    expect(port.notices.join(' ')).toContain(`Lembar "Temuan" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "${kept}" dan tidak dihapus.`);
  });

  test('a visible sheet named like the record is the user\'s: kept byte for byte, record stored beside it', async () => {
    const input = path.join(DIR, '39-lembar-catatan-terlihat.xlsx');
    const out = path.join(tmp, 'visible.hitung.xlsx');
    const port = await hitung(input, out);
    expect(port.notices.join(' ')).toMatch(/terlihat, sehingga dianggap lembar Anda/);
    const a = load(input);
    const b = load(out);
    const part = readSheets(a, workbookPart(a)).find(s => s.name === 'HitungCapaian_Data')!.part;
    expect(b.bytes(part)!.equals(a.bytes(part)!)).toBe(true);
    expect(readSheets(b, workbookPart(b)).find(s => s.name === 'HitungCapaian_Data (2)')?.state).toBe('veryHidden');
  });

  test('rows inserted after a run: nothing of the user\'s is deleted and the user is told', async () => {
    const first = path.join(tmp, 'rows.hitung.xlsx');
    await hitung(base, first);
    // What Excel does on "insert row above 3": every row from 3 moves down one, with its cells.
    const pkg = load(first);
    const xml = pkg.text('xl/worksheets/sheet1.xml')!;
    const moved = xml
      .replace(/<row r="(\d+)"/g, (m, r: string) => (Number(r) >= 3 ? `<row r="${Number(r) + 1}"` : m))
      .replace(/<c r="([A-Z]+)(\d+)"/g, (m, c: string, r: string) => (Number(r) >= 3 ? `<c r="${c}${Number(r) + 1}"` : m));
    pkg.set('xl/worksheets/sheet1.xml', moved);
    const shifted = path.join(tmp, 'rows.shifted.xlsx');
    fs.writeFileSync(shifted, pkg.toBuffer());
    const out = path.join(tmp, 'rows.hapus.xlsx');
    const port = await hapus(shifted, out);
    const wb = await readXlsxFile(out);
    expect([4, 5, 6, 7].map(r => [valueAt(wb, 'Realisasi', r, 4), valueAt(wb, 'Realisasi', r, 5), valueAt(wb, 'Realisasi', r, 6)]))
      .toEqual([[80, 83.77, 104.71], [100, 75, 75], [70, 50.5, 80], [90, 81, 90]]);
    expect(port.notices.join(' ')).toMatch(/tidak dikembalikan karena sudah berubah/);
  });
});

test('after LibreOffice re-saves an output, hapus still finds and removes what the run wrote', async () => {
  const out = path.join(tmp, 'resave.hitung.xlsx');
  await hitung(path.join(DIR, '01-polos.xlsx'), out);
  const dir = await libreOfficeRecalc([out]);
  const resaved = path.join(dir, 'resave.hitung.xlsx');
  const back = path.join(tmp, 'resave.hapus.xlsx');
  const port = await hapus(resaved, back);
  expect(port.notices).toEqual([]);
  const wb = await readXlsxFile(back);
  expect(wb.sheets.map(s => s.name)).toEqual(['Realisasi']);
  // Our block (column I on) is gone; the user's table is whole.
  const s = wb.sheets[0];
  expect(s.originCol + s.colCount - 1).toBe(7);
  expect(valueAt(wb, 'Realisasi', 5, 6)).toBe(80);
}, 300_000);
