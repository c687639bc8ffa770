/**
 * "Ekspor Ringkasan": the browser-side .xlsx writer (read back with exceljs), and the host actions that open it
 * as a new workbook or download it, and select a finding's cell in one sync.
 */
import ExcelJS from 'exceljs';
import * as zlib from 'zlib';
import type { SheetWrite } from '../../src/model/write-plan';
import { buildXlsx, toBase64, xlsxParts } from '../../src/workbook/export/xlsx-writer';
import { createHostActions, type OfficeHost } from '../../src/workbook/office/host-actions';
import { parseXml } from './xml';

const sheets: SheetWrite[] = [
  {
    name: 'Ringkasan Capaian',
    rows: [
      [{ value: 'Ringkasan Capaian', bold: true }],
      [{ value: 'Lembar', bold: true, fill: 'FFD9E1F2' }, { value: 'Capaian', bold: true, fill: 'D9E1F2' }, { value: 'Pagu', bold: true }],
      [{ value: 'Capaian Kinerja', link: "'Temuan'!A2" }, { value: 94.71, numFmt: '0.00' }, { value: 11862514803, numFmt: '#,##0' }],
      [{ value: 'Rata-rata' }, { formula: 'AVERAGE(B3:B3)', value: 94.71, numFmt: '0.00' }, { formula: "'Capaian Kinerja'!E21", value: 91.09 }],
      [{ value: 'Catatan <penting> & "kutip"', wrap: true }, { value: true }, { value: null }],
    ],
    columnWidths: [30, 12, 18],
    freezeRows: 2,
    autoFilter: 'A2:C5',
    landscape: true,
  },
  {
    name: 'Temuan',
    rows: [[{ value: 'Lembar' }, { value: 'Sel' }], [{ value: 'Capaian Kinerja' }, { value: 'E21', link: "'Capaian Kinerja'!E21" }]],
  },
];

/** Reads back the local-file entries of a stored zip (what a reader of our output sees). */
function unzipStored(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, string>();
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const name = buf.subarray(at + 30, at + 30 + nameLen).toString('utf8');
    const data = buf.subarray(at + 30 + nameLen, at + 30 + nameLen + size);
    expect(zlib.crc32(data)).toBe(buf.readUInt32LE(at + 14));
    out.set(name, data.toString('utf8'));
    at += 30 + nameLen + size;
  }
  return out;
}

describe('summary workbook writer', () => {
  test('exceljs reads back values, formulas, styles, widths, frozen rows and the filter', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(buildXlsx(sheets)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map(w => w.name)).toEqual(['Ringkasan Capaian', 'Temuan']);
    const ws = wb.getWorksheet('Ringkasan Capaian')!;
    expect(ws.getCell('A1').value).toBe('Ringkasan Capaian');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B3').value).toBe(94.71);
    expect(ws.getCell('B3').numFmt).toBe('0.00');
    expect(ws.getCell('C3').value).toBe(11862514803);
    expect(ws.getCell('C3').numFmt).toBe('#,##0');
    expect(ws.getCell('B4').value).toEqual({ formula: 'AVERAGE(B3:B3)', result: 94.71 });
    // A formula into a sheet the export leaves out keeps only its value.
    expect(ws.getCell('C4').value).toBe(91.09);
    expect(ws.getCell('A5').value).toBe('Catatan <penting> & "kutip"');
    expect(ws.getCell('A5').alignment?.wrapText).toBe(true);
    expect(ws.getCell('B5').value).toBe(true);
    expect((ws.getCell('A2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:C5');
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  test('keeps links between exported sheets and drops links into the source workbook', () => {
    const parts = new Map(xlsxParts(sheets));
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain(`<hyperlink ref="A3" location="'Temuan'!A2"`);
    expect(parts.get('xl/worksheets/sheet2.xml')).not.toContain('<hyperlink');
  });

  test('is a valid zip whose parts are well-formed', () => {
    const files = unzipStored(buildXlsx(sheets, new Date(2025, 0, 2, 3, 4, 6)));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
    ]);
    for (const xml of files.values()) expect(() => parseXml(xml)).not.toThrow();
    expect(files.get('xl/workbook.xml')).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Ringkasan Capaian\'!$A$2:$C$5</definedName>');
  });

  test('base64 round-trips', () => {
    const bytes = buildXlsx(sheets);
    expect(Buffer.from(toBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  test('refuses an empty export with a sentence', () => {
    expect(() => buildXlsx([])).toThrow('Tidak ada lembar untuk diekspor.');
  });
});

/** A stand-in for the parts of Excel's object model the host actions touch, counting syncs. */
function fakeHost(opts: { api18?: boolean; createFails?: boolean; sheets?: string[] } = {}) {
  const log: string[] = [];
  let syncs = 0;
  const created: string[] = [];
  const downloads: string[] = [];
  const sheetNames = new Set(opts.sheets ?? ['Capaian Kinerja', 'Ringkasan Capaian']);
  const ctx = {
    sync: async () => {
      syncs++;
    },
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          if (!sheetNames.has(name)) throw new Error(`ItemNotFound: ${name}`);
          return {
            activate: () => log.push(`activate ${name}`),
            getRange: (a: string) => ({ select: () => log.push(`select ${name}!${a}`) }),
          };
        },
        getItemOrNullObject: (name: string) => ({
          isNullObject: !sheetNames.has(name),
          load: () => undefined,
          delete: () => log.push(`delete ${name}`),
          getUsedRangeOrNullObject: () => ({ isNullObject: false, address: `'${name}'!A1:F9`, load: () => undefined }),
          getRange: (a: string) => ({
            set values(v: unknown[][]) {
              log.push(`write ${name}!${a} ${String(v[0][0])}`);
            },
          }),
        }),
        add: (name: string) => {
          sheetNames.add(name);
          log.push(`add ${name}`);
          return ctx.workbook.worksheets.getItemOrNullObject(name);
        },
      },
    },
  };
  const host: OfficeHost = {
    excel: {
      run: (async (batch: (c: unknown) => Promise<unknown>) => batch(ctx)) as unknown as OfficeHost['excel']['run'],
      createWorkbook: async (b64?: string) => {
        if (opts.createFails) throw new Error('Pop-up diblokir');
        created.push(b64 ?? '');
      },
    },
    isSetSupported: (name, v) => name === 'ExcelApi' && (opts.api18 ?? true ? true : Number(v.split('.')[1]) <= 7),
    download: (bytes, fileName) => downloads.push(`${fileName}:${bytes.length}`),
  };
  return { host, log, created, downloads, syncs: () => syncs };
}

describe('host actions', () => {
  test('selecting a cell activates its sheet and selects it in one sync', async () => {
    const f = fakeHost();
    await createHostActions(f.host).selectCell('Capaian Kinerja', 'E21');
    expect(f.log).toEqual(['activate Capaian Kinerja', 'select Capaian Kinerja!E21']);
    expect(f.syncs()).toBe(1);
  });

  test('a missing sheet is reported in Indonesian', async () => {
    const f = fakeHost();
    await expect(createHostActions(f.host).selectCell('Hilang', 'A1')).rejects.toThrow(/Sel A1 di lembar "Hilang" tidak dapat dipilih/);
  });

  test('export opens a new workbook where ExcelApi 1.8 allows it', async () => {
    const f = fakeHost();
    expect(await createHostActions(f.host).exportSummary(sheets, 'Ringkasan.xlsx')).toEqual({ via: 'buku-kerja-baru' });
    expect(f.created).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.created[0], 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map(w => w.name)).toEqual(['Ringkasan Capaian', 'Temuan']);
  });

  test('export downloads the file on older hosts, or when a new workbook cannot open', async () => {
    const old = fakeHost({ api18: false });
    expect(await createHostActions(old.host).exportSummary(sheets, 'R.xlsx')).toEqual({ via: 'unduhan', fileName: 'R.xlsx' });
    expect(old.created).toEqual([]);
    expect(old.downloads).toHaveLength(1);
    const blocked = fakeHost({ createFails: true });
    expect(await createHostActions(blocked.host).exportSummary(sheets, 'R.xlsx')).toEqual({ via: 'unduhan', fileName: 'R.xlsx' });
  });

  test('status lines go under the used range; a missing sheet is created only when asked', async () => {
    const f = fakeHost();
    const host = createHostActions(f.host);
    await host.writeStatusLine('Ringkasan Capaian', 'Selesai', false);
    await expect(host.writeStatusLine('Status Hitung Capaian', 'Galat', false)).rejects.toThrow('tidak ada');
    await host.writeStatusLine('Status Hitung Capaian', 'Galat', true);
    await host.removeSheet('Status Hitung Capaian');
    await host.removeSheet('Tidak Ada');
    expect(f.log).toEqual([
      'write Ringkasan Capaian!A11 Selesai',
      'add Status Hitung Capaian',
      'write Status Hitung Capaian!A11 Galat',
      'delete Status Hitung Capaian',
    ]);
  });
});
