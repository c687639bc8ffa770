/** The pane's state without a browser: progress, findings order, corrections, polarity, labels, id-ID numbers. */
import type { Finding, CheckReport } from '../../src/model/report';
import type { RecognisedTable } from '../../src/model/recognition';
import type { RunOutcome } from '../../src/usecase/run';
import { SCALE_PRESETS } from '../../src/engine/kategori';
import { normLabel } from '../../src/engine/compute';
import { INITIAL_STATE, overallProgress, paneReducer } from '../../src/taskpane/state/run-state';
import { groupFindings, parseCellRef } from '../../src/taskpane/state/findings';
import { correctionFor, removeCorrection, setColumnRole, setIgnored, setKind, tableColumns, tableKey } from '../../src/taskpane/state/corrections';
import { choosePolarity, indicatorsOf, polarityKey } from '../../src/taskpane/state/polarity';
import { KIND_LABEL, SKALA_OPTIONS, roleLabel } from '../../src/taskpane/state/labels';
import { formatConfidence, formatDecimalText, formatDuration } from '../../src/addin-common/format';
import { errorText, runSummaryLine } from '../../src/addin-common/run-summary';
import { isDarkColor } from '../../src/taskpane/state/theme';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { evaluateWorkbook } from '../../src/usecase/check';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { book, grid, type Raw } from '../helpers/grid';

function finding(sheet: string, cell: string, severity: Finding['severity'], rule: Finding['rule'] = 'capaian_selisih'): Finding {
  return { rule, severity, sheet, cell, related: [], stated: '', expected: '', message: `${sheet}!${cell}` };
}

const table: RecognisedTable = {
  id: 't1',
  sheet: 'Capaian Kinerja',
  kind: 'realisasi_kinerja',
  altKinds: [],
  title: 'Tabel 1 Capaian IKU',
  headerRows: [17],
  bodyTop: 19,
  bodyBottom: 23,
  left: 1,
  right: 6,
  columns: {
    indikator: { col: 2, header: 'Indikator', reason: 'judul kolom', score: 1 },
    target: { col: 3, header: 'Target', reason: 'judul kolom', score: 1 },
    realisasi: { col: 4, header: 'Realisasi', reason: 'judul kolom', score: 1 },
    capaian: { col: 5, header: 'Capaian (%)', reason: 'judul kolom', score: 1 },
  },
  rows: [
    { row: 21, kind: 'data', depth: 1, level: 'indikator', label: 'Indeks Kepuasan Masyarakat (IKM)' },
    { row: 22, kind: 'data', depth: 1, level: 'indikator', label: 'Jumlah pengaduan masyarakat' },
  ],
  confidence: 0.93,
  notes: [],
};

describe('run state', () => {
  test('progress follows the run\'s fraction, at least the step\'s start, and never moves back', () => {
    expect(overallProgress('baca', 0)).toBe(0);
    expect(overallProgress('kenali', 0.3)).toBe(0.3);
    expect(overallProgress('rencana', 0.7, 0.3)).toBe(0.7);
    expect(overallProgress('tulis', 0.8, 0.7)).toBeCloseTo(5 / 6);
    expect(overallProgress('tulis', 1)).toBe(1);
    expect(overallProgress('baca', 0.2, 0.5)).toBe(0.5);
    expect(overallProgress('hitung', Number.NaN, 0.1)).toBeCloseTo(2 / 6);
  });

  test('a task starts once, reports its step, and ends with a message', () => {
    let s = paneReducer(INITIAL_STATE, { type: 'ready' });
    s = paneReducer(s, { type: 'start', task: 'hitung' });
    expect(paneReducer(s, { type: 'start', task: 'hapus' })).toBe(s);
    s = paneReducer(s, { type: 'progress', step: 'periksa', fraction: 0.5 });
    expect(s.busy).toEqual({ task: 'hitung', step: 'periksa', progress: 3 / 6 });
    const outcome = { durationMs: 5 } as RunOutcome;
    s = paneReducer(s, { type: 'finished', outcome, status: { intent: 'success', text: 'ok' } });
    expect(s.busy).toBeUndefined();
    expect(s.outcome).toBe(outcome);
    s = paneReducer(s, { type: 'finished', clearOutcome: true, status: { intent: 'success', text: 'dihapus' } });
    expect(s.outcome).toBeUndefined();
    expect(paneReducer(s, { type: 'dismiss' }).status).toBeUndefined();
  });
});

describe('findings', () => {
  test('are grouped by sheet in report order, then Galat, Peringatan, Info, then by cell', () => {
    const groups = groupFindings([
      finding('PK', 'D30', 'info'),
      finding('Capaian Kinerja', 'E34', 'error'),
      finding('PK', 'D5', 'error'),
      finding('Capaian Kinerja', 'E21', 'error'),
      finding('Capaian Kinerja', 'AA3', 'warning'),
      finding('Capaian Kinerja', 'B3', 'warning'),
    ]);
    expect(groups.map(g => [g.sheet, g.count, g.groups.map(x => [x.severity, x.findings.map(f => f.cell)])])).toEqual([
      ['PK', 2, [['error', ['D5']], ['info', ['D30']]]],
      ['Capaian Kinerja', 4, [['error', ['E21', 'E34']], ['warning', ['B3', 'AA3']]]],
    ]);
  });

  test('can hide a severity', () => {
    const groups = groupFindings([finding('PK', 'D5', 'error'), finding('PK', 'D6', 'info')], { error: false, warning: true, info: true });
    expect(groups[0].groups.map(g => g.severity)).toEqual(['info']);
  });

  test('related cells may name another sheet', () => {
    expect(parseCellRef('D7', 'PK')).toEqual({ sheet: 'PK', cell: 'D7' });
    expect(parseCellRef('PK!D5', 'Capaian Kinerja')).toEqual({ sheet: 'PK', cell: 'D5' });
    expect(parseCellRef("'Lampiran 2''s'!D30", 'PK')).toEqual({ sheet: "Lampiran 2's", cell: 'D30' });
  });
});

describe('corrections', () => {
  const key = tableKey(table);

  test('one entry per table, keyed by sheet and first header row', () => {
    let k = setKind([], key, 'efisiensi');
    k = setIgnored(k, key, true);
    expect(k).toEqual([{ sheet: 'Capaian Kinerja', headerRow: 17, kind: 'efisiensi', ignore: true }]);
    expect(correctionFor(k, key)?.ignore).toBe(true);
    k = setIgnored(setKind(k, key, ''), key, false);
    expect(k).toEqual([]);
  });

  test('moving a role frees the column it came from', () => {
    let k = setColumnRole([], key, 'E', 'capaian', 'realisasi');
    expect(correctionFor(k, key)?.columns).toEqual({ capaian: '', realisasi: 'E' });
    k = setColumnRole(k, key, 'F', undefined, 'kategori');
    expect(correctionFor(k, key)?.columns).toEqual({ capaian: '', realisasi: 'E', kategori: 'F' });
    expect(removeCorrection(k, key)).toEqual([]);
  });

  test('lists the columns a table spans', () => {
    expect(tableColumns(table)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
});

describe('polarity', () => {
  // A real evaluation of program, kegiatan and indicator columns: "Prevalensi stunting" and "Jumlah
  // pengaduan" are lower-is-better by their own names, and the pane lists each under the name the engine
  // decided its polarity by.
  const rows: Raw[][] = [
    ['Program', 'Kegiatan', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian Kinerja (%)'],
    ['Program Penyelenggaraan Pemerintahan', 'Pelayanan Publik', 'Indeks Kepuasan Masyarakat (IKM)', 'Indeks', 83.28, 78.87, 94.7],
    ['Program Kesehatan Masyarakat', 'Penyelenggaraan Pelayanan Kecamatan', 'Prevalensi stunting', '%', 20, 15, 125],
    ['Program Pemberdayaan Masyarakat', 'Fasilitasi Penyusunan Program', 'Jumlah pengaduan masyarakat', 'Kasus', 12, 9, 125],
  ];
  const outcomeOf = (polaritas: Record<string, 'positif' | 'negatif'> = {}) => {
    const evaluation = evaluateWorkbook(book(grid('Kinerja', rows)), { ...DEFAULT_SETTINGS, polaritas });
    return { report: evaluation.report, recognition: evaluation.recognition, evaluation } as unknown as RunOutcome;
  };

  test('lists each indicator under the name its polarity was decided by, with the suggestion and the choice', () => {
    const items = indicatorsOf(outcomeOf(), { [polarityKey('Indeks Kepuasan Masyarakat (IKM)')]: 'negatif' });
    expect(items.map(i => [i.label, i.cell, i.used, i.suggestion, i.chosen])).toEqual([
      ['Indeks Kepuasan Masyarakat (IKM)', 'G2', 'positif', 'positif', 'negatif'],
      ['Prevalensi stunting', 'G3', 'negatif', 'negatif', undefined],
      ['Jumlah pengaduan masyarakat', 'G4', 'negatif', 'negatif', undefined],
    ]);
    expect(items[2].reason).toContain('pengaduan');
  });

  test('a choice made in the list is the one the next run uses', () => {
    const stunting = indicatorsOf(outcomeOf(), {}).find(i => i.label === 'Prevalensi stunting')!;
    const polaritas = choosePolarity({}, stunting, 'positif');
    expect(polaritas).toEqual({ 'prevalensi stunting': 'positif' });
    const again = indicatorsOf(outcomeOf(polaritas), polaritas).find(i => i.label === 'Prevalensi stunting')!;
    expect([again.used, again.chosen]).toEqual(['positif', 'positif']);
  });

  test('keys choices exactly as the engine looks them up', () => {
    for (const label of ['Indeks Kepuasan Masyarakat (IKM)', '  Jumlah\u00a0pengaduan   masyarakat ', 'Persentase  ASN\tyang disiplin']) {
      expect(polarityKey(label)).toBe(normLabel(label));
    }
  });

  test('choosing the suggestion removes the override', () => {
    const pengaduan = indicatorsOf(outcomeOf(), {}).find(i => i.label === 'Jumlah pengaduan masyarakat')!;
    const set = choosePolarity({}, pengaduan, 'positif');
    expect(set).toEqual({ 'jumlah pengaduan masyarakat': 'positif' });
    expect(choosePolarity(set, pengaduan, 'negatif')).toEqual({});
  });
});

describe('labels', () => {
  test('every scale the pane offers is a preset of the engine (or the workbook\'s own)', () => {
    const ids = SCALE_PRESETS.map(p => p.id);
    for (const o of SKALA_OPTIONS) if (o.value !== 'otomatis') expect(ids).toContain(o.value);
  });

  test('table kinds and roles read as Indonesian', () => {
    expect(KIND_LABEL).toEqual({
      dpa: 'DPA',
      perjanjian_kinerja: 'Perjanjian Kinerja',
      realisasi_kinerja: 'Realisasi Kinerja',
      realisasi_anggaran: 'Realisasi Anggaran',
      efisiensi: 'Efisiensi',
    });
    expect(roleLabel('target_2022')).toBe('Target 2022');
    expect(roleLabel('scale_range')).toBe('Scale range');
  });
});

describe('id-ID numbers', () => {
  test('canonical decimals are shown exactly with id-ID separators', () => {
    expect(formatDecimalText('94.71')).toBe('94,71');
    expect(formatDecimalText('11862514803')).toBe('11.862.514.803');
    expect(formatDecimalText('1234567.89')).toBe('1.234.567,89');
    expect(formatDecimalText('-0.00')).toBe('0,00');
    expect(formatDecimalText('-2727830900.5')).toBe('-2.727.830.900,5');
    expect(formatDecimalText('123456789012345678.99')).toBe('123.456.789.012.345.678,99');
    expect(formatDecimalText('Sangat Berhasil')).toBe('Sangat Berhasil');
    expect(formatDecimalText('91,09')).toBe('91,09');
  });

  test('confidence and durations', () => {
    expect(formatConfidence(0.934)).toMatch(/^93\s?%$/);
    expect(formatDuration(1234)).toBe('1,2 detik');
    expect(formatDuration(87)).toBe('87 milidetik');
  });

  test('summary line and errors say what happened and what to do', () => {
    const report = { summary: { tables: 3, results: 1200, findings: { error: 7, warning: 3, info: 1 } } } as CheckReport;
    expect(runSummaryLine(report, 1500)).toBe('3 tabel dikenali, 1.200 nilai dihitung; 7 galat, 3 peringatan, 1 info (1,5 detik).');
    const refusal = new WorkbookRefusal('Buku kerja diproteksi. Buka proteksi, lalu coba lagi.', 'protected');
    expect(errorText(refusal, 'Hitung Capaian')).toBe(refusal.message);
    expect(errorText(new Error('RichApi.Error'), 'Hitung Capaian')).toMatch(/^Hitung Capaian gagal: RichApi.Error\. .*coba lagi\.$/);
  });
});

describe('theme', () => {
  test('dark Office themes are recognised from the body colour', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#ffffff')).toBe(false);
    expect(isDarkColor('#E6E6E6')).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
  });
});
