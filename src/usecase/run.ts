import type { CheckReport } from '../model/report';
import type { Recognition } from '../model/recognition';
import { OWN_SHEET_NAMES, type WritePlan, type SheetWrite } from '../model/write-plan';
import type { ApplyResult, WorkbookPort } from '../model/workbook-port';
import { evaluateWorkbook, type EvaluateOptions, type Evaluation } from './check';
import { buildPlan } from './plan';
import { generateNarasi, type NarasiParagraph } from '../engine/narasi/generate';
import type { RunSettings } from './settings';
import { honestExportSheets } from './summary-export';

export type ProgressFn = (step: 'baca' | 'kenali' | 'hitung' | 'periksa' | 'rencana' | 'tulis', fraction: number) => void;

export interface RunOutcome {
  report: CheckReport;
  recognition: Recognition;
  plan: WritePlan;
  applied?: ApplyResult;
  durationMs: number;
  evaluation: Evaluation;
  /** The report's standard sentences (Bab III), also written to the Narasi sheet. */
  narasi: NarasiParagraph[];
  /**
   * Set when runHitung wrote nothing: no table, or no value, was understood. Writing empty summary sheets
   * would look like a clean result; the earlier run's results (if any) stay as they are.
   */
  notWritten?: 'nothing_understood';
  /** When the workbook was read; the exported summary says its values were taken then. */
  at?: Date;
}

/** What a check needs of a host: the workbook as the user made it. Every WorkbookPort is one. */
export type WorkbookReader = Pick<WorkbookPort, 'read'>;

/**
 * read → recognise → compute → check: the report and what it was built from. `capaian check` stops here (it
 * writes nothing); runCheck goes on to the narasi and the plan.
 */
export async function checkWorkbook(reader: WorkbookReader, settings: RunSettings, progress?: ProgressFn, options?: EvaluateOptions): Promise<Evaluation> {
  progress?.('baca', 0);
  const wb = await reader.read();
  progress?.('kenali', 0.3);
  return evaluateWorkbook(wb, settings, options);
}

/** The one use case shared by the task pane, the ribbon command and the CLI: read → … → plan. */
export async function runCheck(port: WorkbookPort, settings: RunSettings, progress?: ProgressFn): Promise<RunOutcome> {
  const t0 = Date.now();
  const evaluation = await checkWorkbook(port, settings, progress);
  progress?.('rencana', 0.7);
  const narasi = generateNarasi(evaluation, { capSebelumRataRata: settings.capSebelumRataRata });
  const at = new Date();
  const plan = buildPlan(evaluation, settings, at, narasi);
  return { report: evaluation.report, recognition: evaluation.recognition, plan, durationMs: Date.now() - t0, evaluation, narasi, at };
}

export interface HitungOptions {
  /**
   * A line the caller adds under the summary (the ribbon's "run from the ribbon at …"). It is written with the
   * plan, so it is part of what the run wrote and is never taken for the user's typing by the next run.
   */
  summaryNote?: (outcome: RunOutcome) => string;
}

/**
 * runCheck, then apply the plan (replacing whatever an earlier run wrote). When nothing was understood the
 * workbook is left exactly as it was (outcome.notWritten says why).
 */
export async function runHitung(port: WorkbookPort, settings: RunSettings, progress?: ProgressFn, options: HitungOptions = {}): Promise<RunOutcome> {
  const t0 = Date.now();
  const outcome = await runCheck(port, settings, progress);
  if (outcome.report.understanding?.level === 'none') {
    return { ...outcome, notWritten: 'nothing_understood', durationMs: Date.now() - t0 };
  }
  const summary = outcome.plan.sheets.find(s => s.name === OWN_SHEET_NAMES[0]);
  if (options.summaryNote && summary) summary.rows.push([], [{ value: options.summaryNote(outcome) }]);
  progress?.('tulis', 0.8);
  const applied = await port.apply(outcome.plan);
  progress?.('tulis', 1);
  return { ...outcome, applied, durationMs: Date.now() - t0 };
}

/** What a caller that only reports and saves keeps of a run (the command-line tool): no evaluation. */
export type WrittenRun = Pick<RunOutcome, 'report' | 'plan' | 'applied' | 'durationMs' | 'notWritten' | 'at'>;

/**
 * runHitung for a caller that needs only the report and the plan afterwards. The evaluation (grid cells,
 * table values, computed values: most of the memory on a large table) is let go before the plan is written,
 * so the writer's own peak does not stack on it. Writes exactly what runHitung writes.
 */
export async function runHitungLean(port: WorkbookPort, settings: RunSettings, progress?: ProgressFn): Promise<WrittenRun> {
  const t0 = Date.now();
  // Only these three are kept. Taken apart inside `then`, not after `await`: a suspended async function may
  // keep the awaited object (and with it the evaluation) alive in its frame until it returns.
  const { report, plan, at } = await runCheck(port, settings, progress).then(o => ({ report: o.report, plan: o.plan, at: o.at }));
  if (report.understanding?.level === 'none') {
    return { report, plan, at, notWritten: 'nothing_understood', durationMs: Date.now() - t0 };
  }
  progress?.('tulis', 0.8);
  const applied = await port.apply(plan);
  progress?.('tulis', 1);
  return { report, plan, at, applied, durationMs: Date.now() - t0 };
}

/** "Hapus hasil": removes every fill, note, column and sheet an earlier run wrote. */
export async function runClear(port: WorkbookPort): Promise<ApplyResult> {
  return port.clear();
}

/**
 * The sheets of the exported summary workbook (the clean summary for the report), as values stamped with the
 * time of the run and the workbook's name.
 */
export function summaryExportPlan(outcome: Pick<RunOutcome, 'plan' | 'report' | 'at'>, takenAt: Date = outcome.at ?? new Date()): SheetWrite[] {
  const sheets = outcome.plan.sheets.filter(s => s.name === 'Ringkasan Capaian' || s.name === 'Temuan' || s.name === 'Narasi');
  return honestExportSheets(sheets, { workbook: outcome.report.workbook, takenAt });
}
