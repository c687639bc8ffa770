import { execFile, execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateWorkbook } from '../../src/usecase/check';
import { NARASI_SHEET, NARASI_WIDTH, narasiSheet } from '../../src/usecase/narasi-sheet';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { OWN_SHEET_TITLES } from '../../src/model/write-plan';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { writeSheet } from '../../src/workbook/xlsx/write';
import { requireSoffice } from '../helpers/libreoffice';
import { CORPUS } from './helpers';

/**
 * The Narasi sheet printed: a workbook holding only that sheet, written by the xlsx adapter's own writer
 * (exceljs: wrapped text, column width, landscape A4 fitted to one page wide), rendered to PDF by headless
 * LibreOffice. Set NARASI_PNG_DIR to keep a PNG of the first page for a look.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'narasi-pdf-'));

function soffice(args: string[], timeout = 120000): Promise<void> {
  const bin = requireSoffice();
  // A fresh profile per call, so parallel runs do not clash; removed afterwards.
  const profile = `/tmp/lo-narasi-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  return new Promise((resolve, reject) => {
    execFile(bin, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], { timeout }, (err, stdout, stderr) => {
      fs.rmSync(profile, { recursive: true, force: true });
      if (err) reject(new Error(`LibreOffice gagal: ${err.message}\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the Narasi sheet in print', () => {
  let xlsx: string;
  let rows: number;

  beforeAll(async () => {
    const ev = evaluateWorkbook(await readXlsxFile(path.join(CORPUS, '000-V2.xlsx')), DEFAULT_SETTINGS);
    const sw = narasiSheet(ev);
    rows = sw.rows.length;
    const wb = new ExcelJS.Workbook();
    writeSheet(wb, sw.name, sw);
    // Row heights as a writer applies them (SheetWrite.rowHeights), so wrapped paragraphs print whole.
    sw.rowHeights.forEach((h, i) => {
      if (h) wb.getWorksheet(sw.name)!.getRow(i + 1).height = h;
    });
    xlsx = path.join(tmp, 'narasi-000-V2.xlsx');
    await wb.xlsx.writeFile(xlsx);
  });

  it('is written with wrapped paragraphs, a wide first column and a landscape page fitted to one page wide', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet(NARASI_SHEET)!;
    expect(ws.getCell('A1').value).toBe(OWN_SHEET_TITLES[2]);
    expect(ws.getColumn(1).width).toBe(NARASI_WIDTH);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const paragraph = ws.getColumn(1).values.findIndex(v => typeof v === 'string' && v.startsWith('Realisasi indikator'));
    expect(paragraph).toBeGreaterThan(0);
    expect(ws.getCell(paragraph, 1).alignment?.wrapText).toBe(true);
    expect(ws.getRow(paragraph).height).toBeGreaterThan(15);
    expect(ws.rowCount).toBe(rows);
  });

  it('renders to a PDF of one or more pages with LibreOffice', async () => {
    await soffice(['--convert-to', 'pdf', '--outdir', tmp, xlsx]);
    const pdf = path.join(tmp, 'narasi-000-V2.pdf');
    const bytes = fs.readFileSync(pdf);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);

    // A picture of the first page, to judge print-readiness by eye.
    const keep = process.env.NARASI_PNG_DIR;
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      if (hasTool('pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, path.join(keep, 'narasi-halaman')]);
      else await soffice(['--convert-to', 'png', '--outdir', keep, xlsx]);
    }
  });
});
