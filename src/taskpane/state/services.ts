/**
 * Everything the pane can ask of the world, handed to <App> as functions. Components never touch Excel or
 * Office: index.tsx wires these to the use case, the Office adapter and the host actions; tests wire fakes.
 */
import type { ApplyResult } from '../../model/workbook-port';
import type { ProgressFn, RunOutcome } from '../../usecase/run';
import type { RunSettings } from '../../usecase/settings';
import type { LastRun } from '../../settings-store';
import type { ExportResult, SelectedRange } from '../../workbook/office/host-actions';

export interface PaneServices {
  /** Recomputes, checks and writes the results into the workbook. */
  hitung(settings: RunSettings, progress: ProgressFn): Promise<RunOutcome>;
  /** Recomputes and checks without writing: shows what a run from the ribbon wrote. Absent in older fakes. */
  periksa?(settings: RunSettings, progress: ProgressFn): Promise<RunOutcome>;
  /** Removes everything an earlier run wrote. */
  hapus(): Promise<ApplyResult>;
  exportSummary(outcome: RunOutcome): Promise<ExportResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The range selected in the sheet, to mark a table by hand; absent where the host cannot tell. */
  selectedRange?(): Promise<SelectedRange>;
  loadSettings(): Promise<RunSettings>;
  saveSettings(settings: RunSettings): Promise<void>;
  loadLastRun(): Promise<LastRun | undefined>;
  saveLastRun(run: LastRun): Promise<void>;
  /** Opens the help page (bantuan.html) outside the pane. */
  openHelp?(): void;
  /** Opens the bundled sample workbook as a new workbook, or downloads it where Excel cannot. */
  openSample?(): Promise<ExportResult>;
}
