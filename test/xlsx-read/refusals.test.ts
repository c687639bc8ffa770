/**
 * Damaged and hostile input through the built CLI (`capaian check --json`): each is refused with exit 2 and
 * one Indonesian sentence that says what to do, no library text, within 5 s of CPU and 300 MB of memory,
 * as measured on the child process by /usr/bin/time. The files are built here, byte by byte.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { buildZip, rowsXml, workbookParts, type ZipPart } from './package-builder';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'capaian.js');
if (!fs.existsSync(path.join(ROOT, 'dist-cli', 'cli', 'main.js'))) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, stdio: 'inherit' });
}
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-tolak-'));
afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

/** Library or crash text that must never reach the user. */
const LEAK = /\n\s+at |\b(TypeError|RangeError|Error):|FATAL|node:internal|ERR_|zlib|jszip|exceljs|central directory|Corrupted|terjadi kesalahan tak terduga|laporkan/i;

interface Run {
  status: number | null;
  stderr: string;
  stdout: string;
  cpuSeconds: number;
  wallSeconds: number;
  maxRssMB: number;
}

function check(target: string): Run {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %e %M', process.execPath, CLI, 'check', target, '--json'], { encoding: 'utf8', timeout: 120000, cwd: DIR });
  const lines = (r.stderr ?? '').trimEnd().split('\n').filter(l => !/^Command exited with non-zero status/.test(l));
  const stats = /^TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(lines.pop() ?? '');
  if (!stats) throw new Error(`no /usr/bin/time line: ${r.stderr}`);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: lines.join('\n'),
    cpuSeconds: Number(stats[1]) + Number(stats[2]),
    wallSeconds: Number(stats[3]),
    maxRssMB: Math.round(Number(stats[4]) / 1024),
  };
}

function expectRefusal(r: Run, message: RegExp): void {
  if (process.env.CAPAIAN_VERBOSE) process.stdout.write(`${r.cpuSeconds.toFixed(2)} s CPU, ${r.wallSeconds.toFixed(2)} s, ${r.maxRssMB} MB: ${r.stderr}\n`);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(LEAK);
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^capaian: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/lalu coba lagi\.$/);
  expect(r.status).toBe(2);
  expect(r.cpuSeconds).toBeLessThan(5);
  expect(r.maxRssMB).toBeLessThan(300);
}

/** A small valid workbook's parts, its sheet replaced by `sheet`. */
function book(sheet: Partial<Omit<ZipPart, 'name'>>): Buffer {
  const parts = workbookParts({ sheets: [{ name: 'Capaian', part: 'xl/worksheets/sheet1.xml', rows: rowsXml([['Indikator', 'Target'], ['IKM', 85]]) }] });
  return buildZip(parts.map(p => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, ...sheet } : p)));
}

/** Raw deflate of `copies` × 16 MiB of zeros, built from one compressed segment repeated (no GBs in memory). */
function zeros(copies: number): Buffer {
  const segment = zlib.deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
  const final = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]); // an empty stored block marked last
  return Buffer.concat([...Array.from({ length: copies }, () => segment), final]);
}

const save = (name: string, data: Buffer) => {
  const file = path.join(DIR, name);
  fs.writeFileSync(file, data);
  return name;
};

describe('zip bombs are refused before they inflate', () => {
  it('a sheet declaring 2 KB that inflates to 1 GB', () => {
    const file = save('bom-berbohong.xlsx', book({ data: '', raw: zeros(64), size: 2000 }));
    expectRefusal(check(file), /bom zip/);
  });

  it('a sheet honestly declaring 144 MB of zeros (ratio about 1,000:1)', () => {
    const file = save('bom-jujur.xlsx', book({ data: '', raw: zeros(9), size: 9 * 16 * 1024 * 1024 }));
    expectRefusal(check(file), /bom zip/);
  });

  it('a sheet declaring 4 GB', () => {
    const file = save('bom-4gb.xlsx', book({ data: '', raw: zeros(1), size: 0xfffffff0 }));
    expectRefusal(check(file), /terlalu besar/);
  });
});

it('an 8-million-cell sheet (500,000 rows × 16 columns, generated and deflated as a stream) is refused by its cell count', async () => {
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise(resolve => deflate.on('end', resolve));
  let size = 0;
  let crc = 0;
  const push = (s: string) => {
    const bytes = Buffer.from(s, 'utf8');
    size += bytes.length;
    crc = zlib.crc32(bytes, crc);
    deflate.write(bytes);
  };
  push('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  for (let block = 0; block < 500; block++) {
    let xml = '';
    for (let r = 0; r < 1000; r++) {
      const row = block * 1000 + r;
      xml += '<row>';
      for (let c = 0; c < 16; c++) xml += `<c><v>${(row * 7919 + c * 104729) % 9973}</v></c>`;
      xml += '</row>';
    }
    push(xml);
    // Let the stream drain so the test itself holds only the compressed bytes.
    await new Promise(resolve => setImmediate(resolve));
  }
  push('</sheetData></worksheet>');
  deflate.end();
  await done;
  expect(size).toBeGreaterThan(8_000_000 * 15);
  const file = save('delapan-juta-sel.xlsx', book({ data: '', raw: Buffer.concat(chunks), size, crc }));
  const r = check(file);
  expectRefusal(r, /lebih dari 5\.000\.000 sel terisi/);
}, 120000);

it('a corrupt zip (deflate data damaged) is refused as damaged, with what to do', () => {
  const good = book({});
  const at = good.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
  const bad = Buffer.from(good);
  for (let i = at + 2; i < at + 40; i++) bad[i] ^= 0x5a;
  expectRefusal(check(save('rusak.xlsx', bad)), /rusak sehingga tidak dapat dibaca sebagai \.xlsx; buka di Excel/);
  expectRefusal(check(save('terpotong.xlsx', good.subarray(0, Math.floor(good.length / 2)))), /tidak dapat dibaca sebagai \.xlsx/);
});

/**
 * A minimal OLE compound file (512-byte sectors: FAT, directory, then each stream) holding the named
 * streams, as Excel writes a password-protected workbook (EncryptionInfo + EncryptedPackage).
 */
function compoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff, END = 0xfffffffe, FATSECT = 0xfffffffd, NOSTREAM = 0xffffffff;
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff: streams here are 4096 bytes or more
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 80; i < SECTOR; i += 4) header.writeUInt32LE(FREE, i);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, right: number, child: number) => {
    const at = i * 128;
    const n = Buffer.from(name + '\0', 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1; // black
    dir.writeUInt32LE(NOSTREAM, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END, 0, NOSTREAM, 1);
  const bodies: Buffer[] = [];
  let next = 2;
  streams.forEach((s, k) => {
    const sectors = Math.ceil(s.data.length / SECTOR);
    for (let j = 0; j < sectors; j++) fat.writeUInt32LE(j === sectors - 1 ? END : next + j + 1, (next + j) * 4);
    entry(k + 1, s.name, 2, next, s.data.length, k + 1 < streams.length ? k + 2 : NOSTREAM, NOSTREAM);
    const body = Buffer.alloc(sectors * SECTOR);
    s.data.copy(body);
    bodies.push(body);
    next += sectors;
  });
  return Buffer.concat([header, fat, dir, ...bodies]);
}

it('a password-protected workbook is called password-protected, with how to remove the password', () => {
  const info = Buffer.alloc(4096);
  Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]).copy(info);
  Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>').copy(info, 8);
  const file = save('bersandi.xlsx', compoundFile([{ name: 'EncryptionInfo', data: info }, { name: 'EncryptedPackage', data: Buffer.alloc(8192, 0x33) }]));
  expectRefusal(check(file), /dilindungi kata sandi.*buka di Excel, hapus kata sandinya.*simpan, lalu coba lagi\.$/);
});

it('.xls, .ods and .xlsb are each named, with "save as .xlsx"', () => {
  const xls = save('lama.xls', compoundFile([{ name: 'Workbook', data: Buffer.alloc(4096, 0x09) }]));
  expectRefusal(check(xls), /Excel 97–2003 \(\.xls\).*simpan sebagai "Excel Workbook \(\*\.xlsx\)"/);
  const ods = save('lembar.ods', buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
    { name: 'content.xml', data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest/>' },
  ]));
  expectRefusal(check(ods), /OpenDocument \(\.ods\).*simpan sebagai/);
  const xlsb = save('biner.xlsb', buildZip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.bin', data: Buffer.alloc(64, 1) },
  ]));
  expectRefusal(check(xlsb), /\(\.xlsb\).*simpan sebagai "Excel Workbook/);
});

it('a directory given as the file is named a folder, with what to give instead', () => {
  fs.mkdirSync(path.join(DIR, 'laporan.xlsx'));
  expectRefusal(check('laporan.xlsx'), /laporan\.xlsx adalah folder, bukan berkas buku kerja; sebutkan berkas \.xlsx di dalamnya/);
});
