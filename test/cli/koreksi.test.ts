/**
 * `capaian check|hitung --koreksi <file.json>` and the corrections the add-in stores in the workbook, on real .xlsx
 * files written here: a table with no header words is marked by hand, recomputed, and its planted error reported.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CheckReport } from '../../src/model/report';
import { SETTINGS_KEY } from '../../src/settings-store';
import { readStoredSettings, settingsFromWebExtensionXml } from '../../src/settings-store/xlsx-file';
import { parseKoreksiFile } from '../../src/settings-store/koreksi-file';
import type { TableCorrection } from '../../src/model/table-correction';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip');

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-koreksi-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Row 7 (9 of 12 desa) states 80% where 75,00% is right. Row 3 is the header row, with no words at all. */
const ROWS: (string | number | null)[][] = [
  ['Lampiran III'],
  [],
  [],
  [1, 'Indeks Kepuasan Masyarakat', 'indeks', 85, 80.5, 94.71],
  [2, 'Persentase dokumen perencanaan tepat waktu', '%', 90, 81, 90],
  [3, 'Nilai SAKIP', 'nilai', 70, 72.5, 103.57],
  [4, 'Jumlah desa mandiri', 'desa', 12, 9, 80],
];

const MARKING: TableCorrection = {
  sheet: 'Lampiran',
  headerRow: 3,
  range: 'A3:F7',
  kind: 'realisasi_kinerja',
  columns: { no: 'A', indikator: 'B', satuan: 'C', target: 'D', realisasi: 'E', capaian: 'F' },
};

/** The web extension parts Excel writes for an add-in whose document settings hold `stored`. */
async function withStoredSettings(buffer: Buffer, stored: unknown): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const attr = JSON.stringify(stored).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  zip.file(
    'xl/webextensions/webextension1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6C9B1D38-4B0B-4C4B-9B9F-2C1E0F3A7D11}"><we:reference id="b8a2c7e4-3f1d-4a55-9c2e-hitungcapaian" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="${SETTINGS_KEY}" value="${attr}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    'xl/webextensions/taskpanes.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = await zip.file('_rels/.rels').async('string');
  zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rIdTp" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>'));
  const types = await zip.file('[Content_Types].xml').async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function writeWorkbook(name: string, stored?: unknown): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lampiran');
  ROWS.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  let buffer: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (stored !== undefined) buffer = await withStoredSettings(buffer, stored);
  const file = path.join(dir, name);
  fs.writeFileSync(file, buffer);
  return file;
}

function writeJson(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(s => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(s => ((stderr += String(s)), true));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const lampiran = (r: CheckReport) => r.tables.filter(t => t.sheet === 'Lampiran');
const capaianF7 = (r: CheckReport) => r.results.find(x => x.sheet === 'Lampiran' && x.cell === 'F7' && x.metric === 'capaian_kinerja')?.value;

describe('capaian check --koreksi and stored corrections', () => {
  it('a table marked in the corrections file is recomputed and its wrong capaian reported', async () => {
    const xlsx = await writeWorkbook('tanpa-judul.xlsx');
    // headerRow may be left out: the range's first row names the table.
    const { headerRow: _, ...noHeaderRow } = MARKING;
    const json = writeJson('koreksi.json', JSON.stringify([noHeaderRow], null, 2));
    const r = await run(['check', xlsx, '--koreksi', json, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(lampiran(report)).toEqual([expect.objectContaining({ range: 'A3:F7', kind: 'realisasi_kinerja', confidence: 1, headerRows: [3] })]);
    expect(capaianF7(report)).toBe('75.00');
    expect(report.findings.filter(f => f.rule === 'capaian_selisih').map(f => f.cell)).toEqual(['F7']);
  });

  it('reads the corrections the add-in stored in the workbook, without --koreksi', async () => {
    const xlsx = await writeWorkbook('tersimpan.xlsx', { versi: 1, pengaturan: { skala: 'otomatis', efisiensi: 'selisih', koreksi: [MARKING] } });
    const r = await run(['check', xlsx, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(lampiran(report)).toEqual([expect.objectContaining({ range: 'A3:F7', kind: 'realisasi_kinerja' })]);
    expect(report.findings.filter(f => f.rule === 'capaian_selisih').map(f => f.cell)).toEqual(['F7']);
    expect(report.notices).toContain('Pengaturan yang disimpan add-in di buku kerja ini dipakai: 1 koreksi tabel.');
  });

  it('for the same table the file wins over the stored correction, and says so', async () => {
    // Stored: the capaian column left out and the kind wrong. File: the full marking.
    const stored = { ...MARKING, kind: 'perjanjian_kinerja', columns: { indikator: 'B', target: 'D' } };
    const xlsx = await writeWorkbook('keduanya.xlsx', { versi: 1, pengaturan: { koreksi: [stored] } });
    const json = writeJson('koreksi-menang.json', JSON.stringify([MARKING]));
    const before = JSON.parse((await run(['check', xlsx, '--json'])).stdout) as CheckReport;
    expect(lampiran(before)[0].kind).toBe('perjanjian_kinerja');
    expect(capaianF7(before)).toBeUndefined();

    const r = await run(['check', xlsx, '--koreksi', json, '--json']);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(lampiran(report)).toEqual([expect.objectContaining({ kind: 'realisasi_kinerja' })]);
    expect(capaianF7(report)).toBe('75.00');
    expect(report.notices).toContain(
      'Koreksi dari berkas koreksi-menang.json dipakai untuk tabel di lembar "Lampiran" baris 3, menggantikan koreksi yang tersimpan di buku kerja.',
    );
  });

  it('hitung honours --koreksi and writes the finding to the Temuan sheet', async () => {
    const xlsx = await writeWorkbook('hitung.xlsx');
    const json = writeJson('koreksi-hitung.json', JSON.stringify([MARKING]));
    const output = path.join(dir, 'hasil.xlsx');
    const r = await run(['hitung', xlsx, '--koreksi', json, '-o', output]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Temuan: 1 galat/);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(output);
    const temuan: string[] = [];
    const text = (v: unknown) => (v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? ''));
    out.getWorksheet('Temuan')!.eachRow(row => temuan.push((row.values as unknown[]).map(text).join('|')));
    const found = temuan.filter(line => line.includes('capaian_selisih'));
    expect(found).toHaveLength(1);
    // The sheet's column order is the Temuan writer's business; the line names the cell and the right value.
    expect(found[0]).toContain('|Lampiran|F7|');
    expect(found[0]).toMatch(/realisasi 9 terhadap target 12 .* 75,00%/);
  });

  it('hitung keeps the settings the add-in stored, so the next run of any kind reads them again', async () => {
    const xlsx = await writeWorkbook('simpan.xlsx', { versi: 1, pengaturan: { koreksi: [MARKING] } });
    const output = path.join(dir, 'hasil-simpan.xlsx');
    const r = await run(['hitung', xlsx, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Temuan: 1 galat/);
    expect((await readStoredSettings(output))?.koreksi).toEqual([MARKING]);
  });

  it('a corrections file that is not JSON stops with one Indonesian sentence and exit code 2', async () => {
    const xlsx = await writeWorkbook('rusak.xlsx');
    const bad = writeJson('rusak.json', '[{"sheet": "Lampiran", "range": "A3:F7",}]');
    const r = await run(['check', xlsx, '--koreksi', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^capaian: Berkas koreksi rusak\.json bukan JSON yang sah \(.+\); lihat contoh di docs\/koreksi\.md\.\n$/);

    const notList = writeJson('objek.json', JSON.stringify(MARKING));
    const r2 = await run(['check', xlsx, '--koreksi', notList]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/harus berisi daftar \(array\) koreksi tabel/);
  });

  it('reads the value of the settings property as Excel escapes it', () => {
    const value = JSON.stringify({ versi: 1, pengaturan: { skala: 'lan', koreksi: [{ sheet: 'A & B', headerRow: 4, kind: 'dpa' }] } });
    const xml = `<we:properties><we:property name="${SETTINGS_KEY}" value="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/></we:properties>`;
    expect(settingsFromWebExtensionXml(xml)).toMatchObject({ skala: 'lan', koreksi: [{ sheet: 'A & B', headerRow: 4, kind: 'dpa' }] });
    expect(settingsFromWebExtensionXml('<we:property name="lain" value="1"/>')).toBeUndefined();
  });

  it('the example in docs/koreksi.md is a valid corrections file and marks the table it describes', async () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'koreksi.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1];
    const parsed = parseKoreksiFile(example, 'koreksi.md');
    expect(parsed.notices).toEqual([]);
    expect(parsed.koreksi).toHaveLength(3);
    const xlsx = await writeWorkbook('contoh-docs.xlsx');
    const r = await run(['check', xlsx, '--koreksi', writeJson('contoh.json', example), '--json']);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(capaianF7(report)).toBe('75.00');
  });
});
