/**
 * The Office adapter: the WorkbookPort over Excel.run. This file holds the project's only Excel.run call;
 * everything else in src/workbook/office receives a RequestContext.
 *
 * Sync budget (whatever the row count):
 *   read()  — 2 syncs: sheet list; all used ranges and their formats. Only when Excel refuses that
 *             response as too large (Excel on the web, 5 MB) it reads again in windows of ~2 MB.
 *   apply() — 4 syncs, 5 when the earlier run annotated cells this plan does not or left fingerprints: sheet
 *             list; record + original fills + note probes; (earlier notes, and what the earlier run wrote,
 *             read back to tell the user's typing from ours); all writes with a read-back of them; the record
 *             with the new fingerprints. The write batch syncs once more only per ~4 MB of payload beyond the
 *             first (Excel on the web's 5 MB limit).
 *   clear() — the same as apply() with an empty plan, then the record sheet is deleted.
 */
import type { WorkbookData } from '../../model/grid';
import type { WritePlan } from '../../model/write-plan';
import { WorkbookRefusal, type ApplyResult, type WorkbookPort } from '../../model/workbook-port';
import { toRefusal } from './errors';
import { DEFAULT_FORMAT_CELL_BUDGET, readWorkbook, readWorkbookInWindows, type ReadStats } from './read';
import { detectCapabilities, type IsSetSupported, type OfficeCapabilities } from './requirements';
import { reconcile } from './reconcile';
import { survey } from './survey';
import { writeChanges } from './write';

/** Excel.run's shape, narrowed to what the adapter needs; tests pass a fake. */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The real runner: Excel.run asking Excel to wait until the user leaves cell-edit mode instead of failing.
 * Excel is looked up only when a batch runs, so importing this module outside Office is harmless.
 */
export const runExcel: ExcelRunner = batch => Excel.run({ delayForCellEdit: true }, batch);

export interface OfficeWorkbookOptions {
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
  /** Overrides of detected capabilities (tests, or switching a feature off). */
  capabilities?: Partial<OfficeCapabilities>;
  /** Workbook name when the host cannot tell it (ExcelApi < 1.7). */
  workbookName?: string;
  /** Cells whose bold / indent are read across all sheets (first 12 columns of each). */
  formatCellBudget?: number;
  /** Response budget of one sync when a large workbook is read in windows (default 2,000,000). */
  windowBytes?: number;
  /** Clock for the record's time stamp. */
  now?: () => Date;
}

/** ApplyResult plus what the host could not do and what was restored. */
export interface OfficeApplyResult extends ApplyResult {
  /** Notes not written because the host lacks ExcelApi 1.18. */
  notesSkipped: number;
  /** Highlights on user sheets not written because the host lacks ExcelApi 1.9. */
  fillsSkipped: number;
  /** Cells whose original fill / note the undo restored. */
  fillsRestored: number;
  notesRestored: number;
  sheetsRemoved: string[];
  blocksCleared: number;
}

/**
 * What this Excel could not do, said once per run in plain words (never an API version): the explanation and
 * the cell are then found in the Temuan sheet, which every version gets.
 */
export function hostLimitNotices(counts: { notesSkipped: number; fillsSkipped: number }): string[] {
  const out: string[] = [];
  if (counts.fillsSkipped) {
    out.push(
      `Versi Excel ini belum dapat mewarnai sel di lembar Anda (${counts.fillsSkipped.toLocaleString('id-ID')} sel tidak diwarnai); ` +
        'setiap sel bermasalah tercantum di lembar Temuan dengan tautan ke selnya.',
    );
  }
  if (counts.notesSkipped) {
    out.push('Versi Excel ini belum mendukung catatan sel; penjelasan setiap temuan ada di lembar Temuan dan di panel.');
  }
  return out;
}

export class OfficeWorkbook implements WorkbookPort {
  /** Which rows of each sheet carried bold / indent information in the last read. */
  lastReadStats: ReadStats | undefined;
  private caps: OfficeCapabilities | undefined;

  constructor(
    private readonly run: ExcelRunner = runExcel,
    private readonly options: OfficeWorkbookOptions = {},
  ) {}

  /**
   * Two syncs; when Excel refuses the response as too large (Excel on the web, about 20,000 rows of a
   * 7-column table), reads again in row windows of bounded payload.
   */
  async read(): Promise<WorkbookData> {
    const caps = this.capabilities();
    const options = {
      fallbackName: this.options.workbookName ?? 'Buku kerja',
      formatCellBudget: this.options.formatCellBudget ?? DEFAULT_FORMAT_CELL_BUDGET,
      windowBytes: this.options.windowBytes,
    };
    let result;
    try {
      result = await this.exec(ctx => readWorkbook(ctx, caps, options));
    } catch (err) {
      if (!(err instanceof WorkbookRefusal) || err.code !== 'too_large') throw err;
      result = await this.exec(ctx => readWorkbookInWindows(ctx, caps, options));
    }
    this.lastReadStats = result.stats;
    return result.data;
  }

  apply(plan: WritePlan): Promise<OfficeApplyResult> {
    return this.change(plan);
  }

  clear(): Promise<OfficeApplyResult> {
    return this.change(null);
  }

  private change(plan: WritePlan | null): Promise<OfficeApplyResult> {
    const caps = this.capabilities();
    const now = (this.options.now ? this.options.now() : new Date()).toISOString();
    return this.exec(async ctx => {
      const state = await survey(ctx, caps, plan ?? { sheets: [], blocks: [], fills: [], notes: [] });
      const changes = reconcile(state, caps, plan, now);
      const written = await writeChanges(ctx, caps, state, changes);
      return {
        sheetsWritten: changes.addSheets.map(s => s.name),
        cellsWritten: written.cellsWritten,
        cellsFilled: changes.counts.cellsFilled,
        notesWritten: changes.counts.notesWritten,
        notesSkipped: changes.counts.notesSkipped,
        fillsSkipped: changes.counts.fillsSkipped,
        fillsRestored: changes.counts.fillsRestored,
        notesRestored: changes.counts.notesRestored,
        sheetsRemoved: changes.deleteSheets.filter(n => !changes.addSheets.some(s => s.name === n)),
        blocksCleared: changes.clearBlocks.length,
        notices: [...changes.notices, ...hostLimitNotices(changes.counts)],
      };
    });
  }

  private capabilities(): OfficeCapabilities {
    if (!this.caps) this.caps = { ...detectCapabilities(this.options.isSetSupported), ...this.options.capabilities };
    return this.caps;
  }

  /** Runs one batch; every failure leaves as a WorkbookRefusal with an Indonesian message. */
  private async exec<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (err) {
      throw toRefusal(err);
    }
  }
}
