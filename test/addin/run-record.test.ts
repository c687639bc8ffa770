/**
 * The one account of a run the pane and the ribbon keep (the last-run record), the check use case the CLI's
 * `check` runs, and the ribbon's independence from the pane's state.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckReport } from '../../src/model/report';
import { clearedRecord, failedHitungRecord, hitungRecord, keepLastRun } from '../../src/addin-common/run-summary';
import type { LastRun } from '../../src/settings-store';
import { evaluateWorkbook } from '../../src/usecase/check';
import { checkWorkbook, runCheck } from '../../src/usecase/run';
import { DEFAULT_SETTINGS } from '../../src/usecase/settings';
import { WorkbookRefusal } from '../../src/model/workbook-port';
import { book, grid } from '../helpers/grid';

function report(summary: CheckReport['summary'], understanding?: CheckReport['understanding']): CheckReport {
  return { summary, understanding, findings: [] } as unknown as CheckReport;
}

const AT = '2026-12-08T01:00:00.000Z';

describe('the last-run record', () => {
  test('a written run: its counts in id-ID and the time it took', () => {
    const r = report({ tables: 2, results: 1234, findings: { error: 1, warning: 1500, info: 0 } });
    expect(hitungRecord({ report: r, durationMs: 1234 }, 'pita', AT)).toEqual({
      at: AT,
      source: 'pita',
      action: 'hitung',
      ok: true,
      text: '2 tabel dikenali, 1.234 nilai dihitung; 1 galat, 1.500 peringatan, 0 info (1,2 detik).',
    });
  });

  test('nothing understood is not a success, from the pane or the ribbon alike', () => {
    const r = report({ tables: 0, results: 0, findings: { error: 0, warning: 0, info: 0 } }, { level: 'none', uncertain: 0, summary: 'Tidak ada tabel yang dikenali.' });
    for (const source of ['panel', 'pita'] as const) {
      expect(hitungRecord({ report: r, durationMs: 5, notWritten: 'nothing_understood' }, source, AT)).toEqual({
        at: AT,
        source,
        action: 'hitung',
        ok: false,
        text: 'Tidak ada yang ditulis: Tidak ada tabel yang dikenali.',
      });
    }
  });

  test('a failure keeps the refusal as it is; a clear says what went', () => {
    const refusal = new WorkbookRefusal('Lembar "Data" dikunci. Buka kuncinya, lalu coba lagi.', 'protected');
    expect(failedHitungRecord(refusal, 'pita', AT)).toEqual({ at: AT, source: 'pita', action: 'hitung', ok: false, text: refusal.message });
    expect(failedHitungRecord(new Error('RichApi.Error'), 'panel', AT).text).toMatch(/^Hitung Capaian gagal: RichApi\.Error\./);
    expect(clearedRecord('pita', AT)).toEqual({ at: AT, source: 'pita', action: 'hapus', ok: true, text: 'Hasil Hitung Capaian dihapus dari buku kerja.' });
  });

  test('a store that cannot save does not lose the record', async () => {
    const saved: LastRun[] = [];
    const run = clearedRecord('panel', AT);
    await expect(keepLastRun({ saveLastRun: async r => void saved.push(r) }, run)).resolves.toBe(run);
    expect(saved).toEqual([run]);
    await expect(keepLastRun({ saveLastRun: () => Promise.reject(new Error('settings full')) }, run)).resolves.toBe(run);
  });
});

describe('the check use case', () => {
  const wb = book(
    grid('Kinerja', [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      [1, 'Indeks Kepuasan Masyarakat', 80, 84, 105],
      [2, 'Persentase pengaduan selesai', 90, 81, 90],
    ]),
  );

  test('reads through the reader it is given and reports as the core does', async () => {
    let reads = 0;
    const steps: string[] = [];
    const ev = await checkWorkbook({ read: async () => (reads++, wb) }, DEFAULT_SETTINGS, step => steps.push(step));
    expect(reads).toBe(1);
    expect(steps).toEqual(['baca', 'kenali']);
    expect(ev.report).toEqual(evaluateWorkbook(wb, DEFAULT_SETTINGS).report);
    expect(ev.report.summary.results).toBeGreaterThan(0);
  });

  test('runCheck is the same check, then the narasi and the plan', async () => {
    const port = { read: async () => wb, apply: () => Promise.reject(new Error('no writes')), clear: () => Promise.reject(new Error('no writes')) };
    const outcome = await runCheck(port, DEFAULT_SETTINGS);
    expect(outcome.report).toEqual((await checkWorkbook(port, DEFAULT_SETTINGS)).report);
    expect(outcome.plan.sheets.length).toBeGreaterThan(0);
  });
});

test('the ribbon imports nothing of the pane', () => {
  const dir = path.join(__dirname, '../../src/commands');
  for (const file of fs.readdirSync(dir).filter(f => /\.tsx?$/.test(f))) {
    const imports = [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map(m => m[1]);
    expect({ file, pane: imports.filter(i => /taskpane/.test(i)) }).toEqual({ file, pane: [] });
  }
});
