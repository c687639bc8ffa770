/**
 * The account of a run the pane and the ribbon both give: one line of counts, an error as a sentence, and the
 * last-run record kept in the document (so the pane can say what the ribbon did, and the other way round).
 */
import type { CheckReport } from '../model/report';
import type { LastRun } from '../settings-store';
import type { RunOutcome } from '../usecase/run';
import { formatCount, formatDuration } from './format';

export function countsText(report: CheckReport): string {
  const f = report.summary.findings;
  return (
    `${formatCount(report.summary.tables)} tabel dikenali, ${formatCount(report.summary.results)} nilai dihitung; ` +
    `${formatCount(f.error)} galat, ${formatCount(f.warning)} peringatan, ${formatCount(f.info)} info`
  );
}

export function runSummaryLine(report: CheckReport, durationMs: number): string {
  return `${countsText(report)} (${formatDuration(durationMs)}).`;
}

/** An error as a sentence for the user; a refusal from the core already says what to do next. */
export function errorText(e: unknown, action: string): string {
  if (e instanceof Error && e.name === 'WorkbookRefusal') return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return (
    `${action} gagal: ${detail || 'kesalahan tidak dikenal'}. ` +
    'Simpan buku kerja, tutup lalu buka kembali, kemudian coba lagi.'
  );
}

type Source = LastRun['source'];

/** A finished Hitung Capaian: its counts, or (when nothing was understood) that nothing was written. */
export function hitungRecord(outcome: Pick<RunOutcome, 'report' | 'durationMs' | 'notWritten'>, source: Source, at = new Date().toISOString()): LastRun {
  if (outcome.notWritten) {
    return { at, source, action: 'hitung', ok: false, text: `Tidak ada yang ditulis: ${outcome.report.understanding?.summary ?? ''}` };
  }
  return { at, source, action: 'hitung', ok: true, text: runSummaryLine(outcome.report, outcome.durationMs) };
}

/** A Hitung Capaian that failed, said as errorText says it. */
export function failedHitungRecord(e: unknown, source: Source, at = new Date().toISOString()): LastRun {
  return { at, source, action: 'hitung', ok: false, text: errorText(e, 'Hitung Capaian') };
}

/** A finished Hapus Hasil. */
export function clearedRecord(source: Source, at = new Date().toISOString()): LastRun {
  return { at, source, action: 'hapus', ok: true, text: 'Hasil Hitung Capaian dihapus dari buku kerja.' };
}

/** Stores the record; a store that cannot save never hides the run's own result, so its failure is dropped. */
export async function keepLastRun(store: { saveLastRun(run: LastRun): Promise<void> }, run: LastRun): Promise<LastRun> {
  await store.saveLastRun(run).catch(() => undefined);
  return run;
}
