import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readRecord } from '../../src/workbook/xlsx/write';
import { runClear, runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { parseA1 } from '../../src/model/address';
import { RUN_RECORD_SHEET } from '../../src/model/write-plan';

const CORPUS = path.join(__dirname, '..', 'corpus');
const FILES = fs.readdirSync(CORPUS).filter(f => f.endsWith('.xlsx')).sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-wb-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const settings = () => ({ ...DEFAULT_SETTINGS, polaritas: {}, koreksi: [] });

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function clean(x: unknown): unknown {
  if (x === undefined || x === null) return undefined;
  if (Array.isArray(x)) return x.map(clean);
  if (typeof x === 'object' && !(x instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x as object).sort()) {
      const v = clean((x as Record<string, unknown>)[k]);
      if (v !== undefined) out[k] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return x;
}

/** The font of the workbook's default style: a cell styled with only this font looks like an unstyled cell. */
const DEFAULT_FONT = JSON.stringify({ color: { theme: 1 }, family: 2, name: 'Calibri', scheme: 'minor', size: 11 });

/** Drops a style that is nothing but the default font (exceljs writes fontId 0 explicitly for restyled cells). */
function normStyle(style: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!style) return undefined;
  const s = { ...style };
  if (s.font && JSON.stringify(s.font) === DEFAULT_FONT) delete s.font;
  if (s.fill && JSON.stringify(s.fill) === JSON.stringify({ pattern: 'none', type: 'pattern' })) delete s.fill;
  return Object.keys(s).length ? s : undefined;
}

interface CellSnap { value?: unknown; style?: Record<string, unknown>; note?: unknown }

/** Every non-trivial cell of a sheet: value, style, note, keyed by address. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, CellSnap> {
  const m = new Map<string, CellSnap>();
  ws.eachRow({ includeEmpty: true }, row => {
    row.eachCell({ includeEmpty: true }, cell => {
      const snap: CellSnap = {
        value: clean(cell.value),
        style: normStyle(clean(cell.style) as Record<string, unknown> | undefined),
        note: clean(cell.note),
      };
      if (snap.value === undefined && snap.style === undefined && snap.note === undefined) return;
      m.set(cell.address, snap);
    });
  });
  return m;
}

interface Exclusions { fills: Set<string>; notes: Set<string>; blocks: { sheet: string; top: number; left: number; bottom: number; right: number }[] }

function inBlock(ex: Exclusions, sheet: string, addr: string): boolean {
  const p = parseA1(addr);
  return ex.blocks.some(b => b.sheet === sheet && p.row >= b.top && p.row <= b.bottom && p.col >= b.left && p.col <= b.right);
}

/** Differences between the user's sheets of two workbooks, ignoring what a run is allowed to change. */
function diffUserSheets(a: ExcelJS.Workbook, b: ExcelJS.Workbook, ex?: Exclusions): string[] {
  const out: string[] = [];
  for (const wa of a.worksheets) {
    if (wa.name === RUN_RECORD_SHEET) continue;
    const wbs = b.getWorksheet(wa.name);
    if (!wbs) { out.push(`sheet ${wa.name} missing`); continue; }
    const ca = cellsOf(wa);
    const cb = cellsOf(wbs);
    for (const addr of new Set([...ca.keys(), ...cb.keys()])) {
      const k = `${wa.name}!${addr}`;
      if (ex && inBlock(ex, wa.name, addr)) continue;
      const x = { ...(ca.get(addr) || {}) };
      const y = { ...(cb.get(addr) || {}) };
      if (ex?.fills.has(k)) {
        if (x.style) { x.style = { ...x.style }; delete x.style.fill; }
        if (y.style) { y.style = { ...y.style }; delete y.style.fill; }
      }
      if (ex?.notes.has(k)) { delete x.note; delete y.note; }
      // Our sheets name the input file, which differs between a run and a rerun.
      const sx = String(JSON.stringify(clean(x))).replace(/\.hitung\d?\.xlsx/g, '.xlsx');
      const sy = String(JSON.stringify(clean(y))).replace(/\.hitung\d?\.xlsx/g, '.xlsx');
      if (sx !== sy) out.push(`${k}: ${sx} != ${sy}`);
    }
    const ma = JSON.stringify([...((wa.model as unknown as { merges?: string[] }).merges || [])].sort());
    const mb = JSON.stringify([...((wbs.model as unknown as { merges?: string[] }).merges || [])].sort());
    if (ma !== mb) out.push(`${wa.name} merges differ`);
    const dva = JSON.stringify(clean((wa as unknown as { dataValidations: { model: unknown } }).dataValidations.model));
    const dvb = JSON.stringify(clean((wbs as unknown as { dataValidations: { model: unknown } }).dataValidations.model));
    if (dva !== dvb) out.push(`${wa.name} data validations differ`);
    if (!ex) {
      const wa2 = JSON.stringify(wa.columns?.map(c => c.width) ?? []);
      const wb2 = JSON.stringify(wbs.columns?.map(c => c.width) ?? []);
      if (wa2 !== wb2) out.push(`${wa.name} column widths differ`);
    }
  }
  return out;
}

function sheetList(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map(w => `${w.name}:${w.state}`);
}

async function hitung(input: string, output: string) {
  const port = new XlsxWorkbook(input, output);
  const outcome = await runHitung(port, settings());
  return { port, outcome };
}

describe.each(FILES)('write-back %s', file => {
  const input = path.join(CORPUS, file);
  const out1 = path.join(tmp, file.replace('.xlsx', '.hitung.xlsx'));
  const out2 = path.join(tmp, file.replace('.xlsx', '.hitung2.xlsx'));
  const cleared = path.join(tmp, file.replace('.xlsx', '.hapus.xlsx'));

  beforeAll(async () => {
    await hitung(input, out1);
  });

  test('hitung leaves the user sheets unchanged except planned fills, notes and blocks', async () => {
    const orig = await load(input);
    const res = await load(out1);
    const rec = readRecord(res)!;
    expect(rec).toBeDefined();
    expect(res.getWorksheet(RUN_RECORD_SHEET)!.state).toBe('veryHidden');
    const ex: Exclusions = {
      fills: new Set(Object.keys(rec.fills)),
      notes: new Set(Object.keys(rec.notes)),
      blocks: rec.blocks.map(b => {
        const [p, q] = b.range.split(':').map(parseA1);
        return { sheet: b.sheet, top: p.row, left: p.col, bottom: q.row, right: q.col };
      }),
    };
    expect(diffUserSheets(orig, res, ex)).toEqual([]);
    // Our sheets come after the user's, in order; user sheets keep order and visibility.
    expect(sheetList(res).slice(0, orig.worksheets.length)).toEqual(sheetList(orig));
    expect(rec.sheets).toEqual(expect.arrayContaining(['Ringkasan Capaian', 'Temuan']));
    // Every recorded fill and note is really there.
    expect(Object.keys(rec.fills).length).toBeGreaterThan(0);
  });

  test('hitung twice equals hitung once (no duplicates, same fills, notes and record)', async () => {
    await hitung(out1, out2);
    const a = await load(out1);
    const b = await load(out2);
    expect(sheetList(b)).toEqual(sheetList(a));
    expect(b.worksheets.some(w => /\(\d+\)$/.test(w.name))).toBe(false);
    expect(diffUserSheets(a, b)).toEqual([]);
    const ra = readRecord(a)!;
    const rb = readRecord(b)!;
    // The hashes of our sheets cover the input file's name, which differs between a run and a rerun.
    const same = (r: typeof ra) => ({ ...r, at: '', fingerprint: { ...(r.fingerprint as object), sheets: Object.keys((r.fingerprint as { sheets: object }).sheets) } });
    expect(same(rb)).toEqual(same(ra));
    // Our sheets are equal too (the run date is the same day).
    for (const name of ra.sheets) {
      const snap = (w: ExcelJS.Workbook) => JSON.stringify([...cellsOf(w.getWorksheet(name)!)]).replace(/\.hitung\d?\.xlsx/g, '.xlsx');
      expect(snap(b)).toEqual(snap(a));
    }
  });

  test('hapus on the hitung output restores the original workbook', async () => {
    await runClear(new XlsxWorkbook(out1, cleared));
    const orig = await load(input);
    const res = await load(cleared);
    expect(sheetList(res)).toEqual(sheetList(orig));
    expect(diffUserSheets(orig, res)).toEqual([]);
    expect(JSON.stringify(clean(res.definedNames.model))).toEqual(JSON.stringify(clean(orig.definedNames.model)));
  });
});

test('a user sheet named like ours is never overwritten', async () => {
  const input = path.join(tmp, 'temuan-user.xlsx');
  const wb = await load(path.join(CORPUS, '000-V2.xlsx'));
  wb.addWorksheet('Temuan').getCell('A1').value = 'catatan pengguna';
  await wb.xlsx.writeFile(input);
  const out = path.join(tmp, 'temuan-user.out.xlsx');
  const { port } = await hitung(input, out);
  const res = await load(out);
  expect(res.getWorksheet('Temuan')!.getCell('A1').value).toBe('catatan pengguna');
  expect(res.getWorksheet('Temuan (2)')).toBeDefined();
  expect(port.notices.join(' ')).toMatch(/Temuan \(2\)/);
  // Running again on the output still keeps one "(2)" sheet.
  const out2 = path.join(tmp, 'temuan-user.out2.xlsx');
  await hitung(out, out2);
  const res2 = await load(out2);
  expect(res2.worksheets.map(w => w.name).filter(n => n.startsWith('Temuan'))).toEqual(['Temuan', 'Temuan (2)']);
});

test('writing onto the input is refused', () => {
  const f = path.join(CORPUS, '000-V2.xlsx');
  expect(() => new XlsxWorkbook(f, f)).toThrow(/keluaran sama dengan berkas masukan/);
});
