/**
 * Findings a person can act on, at any size (issue 11), on workbooks built by scripts/make-scale-fixtures.js:
 * only tables of one unit and period are compared, a format habit is one finding, and one cause on many cells
 * is one group while `findings` keeps every cell.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateWorkbook, type Evaluation } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { readXlsxFile } from '../../src/workbook/xlsx/read';
import { humanReport } from '../../src/cli/human';
import { temuanSheet } from '../../src/usecase/plan';
import { RULE_INFO } from '../../src/engine/checks/rules';
import { compareScopes, tableScopes } from '../../src/engine/checks/scope';
import { relativeFormula, groupFindings } from '../../src/engine/checks/groups';
import { recognise } from '../../src/layout/recognise';
import { book, grid } from '../helpers/grid';
import type { Finding, RuleId } from '../../src/model/report';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFixture } = require('../../scripts/make-scale-fixtures.js') as { writeFixture(name: string, dir: string): Promise<string> };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-skala-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const evaluations = new Map<string, Promise<Evaluation>>();
function evaluate(name: string): Promise<Evaluation> {
  if (!evaluations.has(name)) evaluations.set(name, writeFixture(name, dir).then(readXlsxFile).then(wb => evaluateWorkbook(wb, DEFAULT_SETTINGS)));
  return evaluations.get(name)!;
}

const byRule = (fs: Finding[]) => fs.reduce<Record<string, number>>((m, f) => ({ ...m, [f.rule]: (m[f.rule] ?? 0) + 1 }), {});

describe('compare only what belongs together', () => {
  it('three kecamatan with one template give no cross-region finding; the DPA and realisation of one unit disagree once', async () => {
    const { report } = await evaluate('wilayah.xlsx');
    expect(report.tables.map(t => t.sheet)).toEqual(['Kec. Ajung', 'Kec. Balung', 'Kec. Curah', 'DPA', 'Realisasi']);
    expect(byRule(report.findings)).toEqual({ pagu_berbeda: 1 });
    const [f] = report.findings;
    expect(f).toMatchObject({ sheet: 'DPA', cell: 'C11', related: ['Realisasi!C11'], stated: '54.000.000', expected: '56500000' });
    expect(f.message).toBe('Pagu sub kegiatan 7.01.01.2.01.0005 di DPA Rp 54.000.000 berbeda dengan di Realisasi Rp 56.500.000.');
    expect(f.rowLabel).toBe('Sub Kegiatan Kesehatan 5');
    const notice = report.notices.find(n => n.startsWith('Pagu hanya dibandingkan'));
    expect(notice).toContain('lembar "Kec. Ajung" baris 6 (Kecamatan Ajung, tahun 2024)');
    expect(notice).toContain('lembar "DPA" baris 6 (Dinas Kesehatan, tahun 2024)');
  });

  it('without any header block, sheets whose shared rows all differ are not compared, and a notice says so', async () => {
    const { report } = await evaluate('wilayah-tanpa-judul.xlsx');
    expect(report.tables).toHaveLength(3);
    expect(report.findings.filter(f => f.rule === 'pagu_berbeda')).toEqual([]);
    const notice = report.notices.find(n => n.startsWith('Pagu tidak dibandingkan'));
    expect(notice).toContain('tabel di lembar "Ajung" (baris 1) dan tabel di lembar "Balung" (baris 1): 40 dari 40 pagu yang dicocokkan berbeda');
  });

  it('reads unit, region, year and period from the header block, the title and the sheet name', () => {
    const g = (name: string, block: string[]) =>
      grid(name, [...block.map(l => [l]), [], ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', '%'], ['7.01.01.2.01.0001', 'Sub Kegiatan A', 1000, 900, 90], ['7.01.01.2.01.0002', 'Sub Kegiatan B', 2000, 1000, 50]]);
    const wb = book(
      g('A', ['PEMERINTAH KABUPATEN JEMBER', 'SKPD : 7.01.0.00.0.00.01.0000 KECAMATAN AJUNG', 'Tahun Anggaran : 2024', 'Periode : s.d. Triwulan IV']),
      g('B', ['Laporan Realisasi Kantor Kecamatan Ajung Tahun 2023-2024']),
      g('C', ['PEMERINTAH KABUPATEN JEMBER', 'SKPD : Kecamatan Ajung', 'Tahun Anggaran : 2023']),
      g('TW II', ['SKPD : Kecamatan Ajung']),
      g('D', []),
    );
    const tables = recognise(wb).tables;
    expect(tables.map(t => t.sheet)).toEqual(['A', 'B', 'C', 'TW II', 'D']);
    const s = tableScopes(tables, wb);
    expect([...s[0].unit]).toEqual(['kecamatan ajung']);
    expect([...s[0].wilayah]).toEqual(['kabupaten jember']);
    expect([...s[0].periode]).toEqual(['triwulan 4']);
    expect([...s[1].tahun].sort()).toEqual(['2023', '2024']);
    expect(compareScopes(s[0], s[1])).toEqual({ verdict: 'same' });
    expect(compareScopes(s[0], s[2])).toEqual({ verdict: 'different', facet: 'tahun' });
    expect(compareScopes(s[0], s[3])).toEqual({ verdict: 'different', facet: 'periode' });
    expect(compareScopes(s[0], s[4])).toEqual({ verdict: 'unknown' });
  });
});

describe('one fact, one finding', () => {
  // 20.000 codes with a one-digit bidang, one finding: scale-findings-large.test.ts (slow set).
  it('a column of 300 numbers stored as text is one group, and findings still list every cell', async () => {
    const { report } = await evaluate('angka-teks-300.xlsx');
    const cells = report.findings.filter(f => f.rule === 'angka_teks').map(f => f.cell);
    expect(cells).toHaveLength(300);
    expect(cells[0]).toBe('C6');
    expect(cells[299]).toBe('C305');
    expect(report.groups).toEqual([
      expect.objectContaining({ rule: 'angka_teks', sheet: 'LRA', count: 300, cells, severity: 'info', message: '300 sel di kolom pagu (Pagu (Rp)) berisi angka yang disimpan sebagai teks; Excel tidak dapat menjumlahkannya.' }),
    ]);
    // The human report says it in one line, and lists no cell of the group on its own.
    const text = humanReport(report);
    expect(text).toContain('C6–C305 INFO       300× Angka disimpan sebagai teks: 300 sel di kolom pagu');
    expect(text.split('\n').filter(l => /^\s+C\d+\s/.test(l))).toEqual([]);
    expect(text).toContain('Angka disimpan sebagai teks (angka_teks): ubah menjadi angka agar Excel dapat menjumlahkannya');
  });

  it('the same wrong formula down a column is one group; different formulas are not', () => {
    expect(relativeFormula('E7/D7*100', 7, 6)).toBe(relativeFormula('E8/D8*100', 8, 6));
    expect(relativeFormula('E7/D7*100', 7, 6)).not.toBe(relativeFormula('D7/E7*100', 7, 6));
    expect(relativeFormula('E7/$D$2', 7, 6)).toBe(relativeFormula('E9/$D$2', 9, 6));
    const rows: (string | number | { value: number; formula: string })[][] = [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)']];
    for (let r = 2; r <= 7; r++) rows.push([r - 1, `Indikator ${r}`, 80, 60, { value: (80 / 60) * 100, formula: `C${r}/D${r}*100` }]);
    const wb = book(grid('Capaian', rows));
    const findings: Finding[] = [2, 3, 4, 5, 6, 7].map(r => ({ rule: 'capaian_selisih', severity: 'error', sheet: 'Capaian', cell: `E${r}`, related: [], stated: '133,33', expected: '75.00', message: '' }));
    findings.push({ ...findings[0], cell: 'C2', rule: 'nilai_tidak_wajar' });
    const groups = groupFindings(findings, wb);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ rule: 'capaian_selisih', count: 6, cells: ['E2', 'E3', 'E4', 'E5', 'E6', 'E7'], severity: 'error' });
    expect(groups[0].message).toBe('6 sel di kolom E memakai rumus yang sama (mis. =C2/D2*100) dan hasilnya tidak sesuai: capaian tidak sesuai perhitungan.');
  });
});

describe('words, not ids', () => {
  it('every rule id has a name and a what-to-do equal to docs/aturan.md', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'aturan.md'), 'utf8');
    const rows = new Map<string, string[]>();
    for (const line of doc.split('\n')) {
      const m = /^\| \d+ \| `(\w+)` \| (.*) \|$/.exec(line);
      if (m) rows.set(m[1], m[2].split(' | '));
    }
    const ids = Object.keys(RULE_INFO) as RuleId[];
    expect([...rows.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const cols = rows.get(id)!;
      expect([id, cols[0], cols[cols.length - 1]]).toEqual([id, RULE_INFO[id].name, RULE_INFO[id].todo]);
    }
  });

  it('the Temuan sheet shows a group as one line, then the rule name, what to do, the row, id-ID numbers and the id last', async () => {
    const ev = await evaluate('temuan-500.xlsx');
    const sheet = temuanSheet(ev, new Date('2026-01-05T00:00:00Z'));
    const text = (row: (typeof sheet.rows)[number]) => row.map(c => (c.value === undefined ? '' : String(c.value)));
    expect(text(sheet.rows[3])).toEqual(['No', 'Lembar', 'Sel', 'Baris', 'Tingkat', 'Temuan', 'Keterangan', 'Tertulis', 'Seharusnya', 'Yang perlu dilakukan', 'Kode aturan']);
    const body = sheet.rows.slice(4).map(text);
    const group = body.find(r => r[10] === 'angka_teks')!;
    expect(group.slice(1, 6)).toEqual(['Anggaran', 'C6–C305', '300 sel', 'Info', 'Angka disimpan sebagai teks']);
    expect(body.filter(r => r[10] === 'angka_teks')).toHaveLength(1);
    expect(body).toHaveLength(ev.report.findings.length - 300 + 1);
    const capaian = body.find(r => r[2] === 'F3')!;
    expect(capaian).toEqual([
      expect.any(String), 'Capaian Kinerja', 'F3', 'Persentase layanan administrasi kependudukan 1 yang selesai tepat waktu', 'Galat',
      'Capaian tidak sesuai perhitungan', expect.stringContaining('83'), '83', '88,89', 'perbaiki capaian atau periksa polaritas indikator di Pengaturan', 'capaian_selisih',
    ]);
    // No number in the sheet uses '.' as its decimal point (the report's expected values do: "88.89").
    expect(ev.report.findings.some(f => /^\d+\.\d{1,2}$/.test(f.expected))).toBe(true);
    expect(body.flatMap(r => [r[7], r[8]]).filter(v => /^\d+\.\d{1,2}$/.test(v))).toEqual([]);
  });
});
