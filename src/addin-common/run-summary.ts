/** One-line accounts of a run, shared by the pane's status message and the ribbon's status line. */
import type { CheckReport } from '../model/report';
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
