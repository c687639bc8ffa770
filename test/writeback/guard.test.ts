import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { unsafeParts } from '../../src/workbook/xlsx/guard';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { runHitung } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { runHitungFile } from '../../src/cli/write-commands';
import { parseArgs } from '../../src/cli/args';
import { evaluateWorkbook } from '../../src/usecase/check';
import { readXlsxFile } from '../../src/workbook/xlsx/read';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

const CORPUS = path.join(__dirname, '..', 'corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-guard-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const settings = () => ({ ...DEFAULT_SETTINGS, polaritas: {}, koreksi: [] });

/** The corpus workbook with a minimal chart part injected into its zip. */
async function withChart(): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(CORPUS, '000-V2.xlsx')));
  zip.file('xl/charts/chart1.xml', '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const file = path.join(tmp, 'grafik.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

test('a workbook with a chart is written and the chart part is kept byte for byte', async () => {
  // The surgical writer copies every part it does not own; the old exceljs writer had to refuse.
  const input = await withChart();
  expect(await unsafeParts(input)).toContain('grafik');
  const out = path.join(tmp, 'grafik.out.xlsx');
  await runHitung(new XlsxWorkbook(input, out), settings());
  const a = await JSZip.loadAsync(fs.readFileSync(input));
  const b = await JSZip.loadAsync(fs.readFileSync(out));
  expect(await b.file('xl/charts/chart1.xml').async('string')).toBe(await a.file('xl/charts/chart1.xml').async('string'));
});

test('the corpus workbooks are safe to write', async () => {
  for (const f of fs.readdirSync(CORPUS).filter(x => x.endsWith('.xlsx'))) {
    expect(await unsafeParts(path.join(CORPUS, f))).toEqual([]);
  }
});

test('a protected sheet we must write to is refused and nothing is written', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(CORPUS, '000-V2.xlsx'));
  await wb.getWorksheet('Capaian Kinerja')!.protect('rahasia', {});
  const input = path.join(tmp, 'terkunci.xlsx');
  await wb.xlsx.writeFile(input);
  const out = path.join(tmp, 'terkunci.out.xlsx');
  await expect(runHitung(new XlsxWorkbook(input, out), settings())).rejects.toThrow(/diproteksi/);
  expect(fs.existsSync(out)).toBe(false);
});

test('CLI hitung writes the output and a values-only summary export', async () => {
  const out = path.join(tmp, 'cli.out.xlsx');
  const exp = path.join(tmp, 'cli.ringkasan.xlsx');
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  (process.stdout as unknown as { write: (s: string) => boolean }).write = (s: string) => { lines.push(s); return true; };
  try {
    const code = await runHitungFile(parseArgs(['hitung', path.join(CORPUS, '002-V2.xlsx'), '-o', out, '--ekspor', exp]), () => undefined);
    expect(code).toBe(0);
  } finally {
    (process.stdout as unknown as { write: typeof write }).write = write;
  }
  const text = lines.join('');
  expect(text).toMatch(/Tabel dikenali: 12/);
  // The printed counts are the engine's own, not a number typed into the test.
  const { report } = evaluateWorkbook(await readXlsxFile(path.join(CORPUS, '002-V2.xlsx')), DEFAULT_SETTINGS);
  const f = report.summary.findings;
  expect(f.error).toBeGreaterThan(0);
  expect(text).toContain(`Temuan: ${f.error} galat, ${f.warning} peringatan, ${f.info} info`);
  expect(text).toMatch(/Lembar ditulis: "Ringkasan Capaian", "Temuan", "Narasi"/);
  const e = new ExcelJS.Workbook();
  await e.xlsx.readFile(exp);
  expect(e.worksheets.map(w => w.name)).toEqual(['Ringkasan Capaian', 'Temuan', 'Narasi']);
  let formulas = 0;
  let numbers = 0;
  e.worksheets.forEach(ws => ws.eachRow(r => r.eachCell(c => {
    const v = c.value as unknown;
    if (v && typeof v === 'object' && ('formula' in (v as object) || 'sharedFormula' in (v as object) || 'hyperlink' in (v as object))) formulas++;
    if (typeof v === 'number') numbers++;
  })));
  expect(formulas).toBe(0);
  expect(numbers).toBeGreaterThan(50);
});

test('CLI refuses to write onto the input', async () => {
  const f = path.join(CORPUS, '000-V2.xlsx');
  await expect(runHitungFile(parseArgs(['hitung', f, '-o', f]), () => undefined)).rejects.toThrow(/Pilih nama lain/);
});
