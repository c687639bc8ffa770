/** The pane's findings list as data: filters, search, groups folded into one entry, and indicators-only polarity. */
import type { Finding, FindingGroup } from '../../src/model/report';
import { buildEntries, filterOptions, groupKey, NO_FILTER } from '../../src/taskpane/state/findings';
import { isIndicator } from '../../src/taskpane/state/polarity';

const f = (sheet: string, cell: string, rule: Finding['rule'], severity: Finding['severity'], rowLabel?: string, message = ''): Finding => ({
  rule, severity, sheet, cell, related: [], stated: '', expected: '', message, ...(rowLabel ? { rowLabel } : {}),
});

const findings: Finding[] = [
  f('Capaian', 'F3', 'capaian_selisih', 'error', 'Indeks Kepuasan Masyarakat (IKM)', 'Capaian tertulis 91,09% tetapi seharusnya 94,71%.'),
  f('Capaian', 'G3', 'kategori_selisih', 'error', 'Indeks Kepuasan Masyarakat (IKM)'),
  f('Capaian', 'F4', 'capaian_selisih', 'error', 'Jumlah pengaduan masyarakat'),
  ...[6, 7, 8, 9].map(r => f('Anggaran', `C${r}`, 'angka_teks', 'info', `Sub Kegiatan ${r}`)),
  f('Anggaran', 'D6', 'realisasi_melebihi_pagu', 'warning', 'Sub Kegiatan 6'),
];
const groups: FindingGroup[] = [{ rule: 'angka_teks', sheet: 'Anggaran', count: 4, cells: ['C6', 'C7', 'C8', 'C9'], message: '4 sel di kolom pagu berisi angka yang disimpan sebagai teks.', severity: 'info' }];
const cells = (es: ReturnType<typeof buildEntries>) => es.map(e => (e.kind === 'group' ? `grup ${e.group.count}` : `${e.kind === 'member' ? '  ' : ''}${e.finding.sheet}!${e.finding.cell}`));

describe('findings list', () => {
  it('folds a group into one entry in its place, and lists its cells when opened', () => {
    expect(cells(buildEntries(findings, groups, NO_FILTER))).toEqual(['Capaian!F3', 'Capaian!G3', 'Capaian!F4', 'Anggaran!D6', 'grup 4']);
    const open = new Set([groupKey(groups[0])]);
    expect(cells(buildEntries(findings, groups, NO_FILTER, open)).slice(4)).toEqual(['grup 4', '  Anggaran!C6', '  Anggaran!C7', '  Anggaran!C8', '  Anggaran!C9']);
  });

  it('filters by sheet, level and rule, and searches the row name, the cell and the words', () => {
    expect(cells(buildEntries(findings, groups, { ...NO_FILTER, sheet: 'Anggaran' }))).toEqual(['Anggaran!D6', 'grup 4']);
    expect(cells(buildEntries(findings, groups, { ...NO_FILTER, severity: 'error', rule: 'capaian_selisih' }))).toEqual(['Capaian!F3', 'Capaian!F4']);
    expect(cells(buildEntries(findings, groups, { ...NO_FILTER, text: 'pengaduan' }))).toEqual(['Capaian!F4']);
    expect(cells(buildEntries(findings, groups, { ...NO_FILTER, text: 'ikm 94,71' }))).toEqual(['Capaian!F3']);
    expect(cells(buildEntries(findings, groups, { ...NO_FILTER, text: 'Anggaran!C8' }))).toEqual(['grup 4']);
    const opened = buildEntries(findings, groups, { ...NO_FILTER, text: 'Anggaran!C8' }, new Set([groupKey(groups[0])]));
    expect(cells(opened)).toEqual(['grup 4', '  Anggaran!C8']);
    expect(cells(buildEntries(findings, groups, { ...NO_FILTER, text: 'disimpan sebagai teks' }, new Set([groupKey(groups[0])])))).toHaveLength(5);
  });

  it('offers the sheets, levels and rules that occur, with counts', () => {
    const o = filterOptions(findings);
    expect(o.sheets).toEqual([['Capaian', 3], ['Anggaran', 5]]);
    expect(o.severities).toEqual([['error', 3], ['warning', 1], ['info', 4]]);
    expect(o.rules.map(r => r[0])).toEqual(['angka_teks', 'capaian_selisih', 'kategori_selisih', 'realisasi_melebihi_pagu']);
  });
});

describe('polarity list', () => {
  it('holds indicators, never years, periods or totals', () => {
    expect(isIndicator('data', 'Indeks Kepuasan Masyarakat (IKM)')).toBe(true);
    expect(isIndicator('data', 'Jumlah pengaduan masyarakat yang tidak ditindaklanjuti')).toBe(true);
    expect(isIndicator('data', '2023')).toBe(false);
    expect(isIndicator('data', 'Tahun 2022')).toBe(false);
    expect(isIndicator('data', 'TW III')).toBe(false);
    expect(isIndicator('data', 'JUMLAH')).toBe(false);
    expect(isIndicator('data', 'Rata-rata capaian kinerja')).toBe(false);
    expect(isIndicator('total', 'Total capaian sasaran 1')).toBe(false);
    expect(isIndicator('average', 'Indeks Kepuasan Masyarakat')).toBe(false);
  });
});
