/**
 * The pane's services over Office: the use case on the Office adapter, the host actions, and the settings kept
 * in the document. The use case and the adapter are loaded on first use (and prefetched once the pane is idle),
 * so the pane's first paint carries only the UI.
 */
import type { RunSettings } from '../usecase/settings';
import { officeSettingsStore, type SettingsStore } from '../settings-store';
import { createHostActions, STATUS_SHEET, type CommandHost, type HostActions } from '../workbook/office/host-actions';
import type { PaneServices } from './state/services';

/** '.js' paths as ES module imports need them under node16 resolution; webpack maps them to the .ts sources. */
function loadCore() {
  return Promise.all([
    import(/* webpackChunkName: "inti" */ '../usecase/run.js'),
    import(/* webpackChunkName: "inti" */ '../workbook/office/adapter.js'),
  ]);
}

/** Warms the core's chunk while the user reads the pane; a failure here resurfaces on the first click. */
export function prefetchCore(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => void loadCore().catch(() => undefined));
}

function exportFileName(workbook: string): string {
  const base = workbook.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'buku kerja';
  return `Ringkasan Capaian - ${base}.xlsx`;
}

export function createOfficeServices(host: HostActions & CommandHost = createHostActions()): PaneServices {
  // Office.context.document exists only after Office.onReady; the store is made on first use.
  let store: SettingsStore | undefined;
  const settings = () => (store ??= officeSettingsStore());
  return {
    async hitung(s: RunSettings, progress) {
      const [{ runHitung }, { OfficeWorkbook }] = await loadCore();
      return runHitung(new OfficeWorkbook(), s, progress);
    },
    async periksa(s: RunSettings, progress) {
      const [{ runCheck }, { OfficeWorkbook }] = await loadCore();
      return runCheck(new OfficeWorkbook(), s, progress);
    },
    async hapus() {
      const [{ runClear }, { OfficeWorkbook }] = await loadCore();
      const result = await runClear(new OfficeWorkbook());
      await host.removeSheet(STATUS_SHEET).catch(() => undefined);
      return result;
    },
    async exportSummary(outcome) {
      const [{ summaryExportPlan }] = await loadCore();
      return host.exportSummary(summaryExportPlan(outcome), exportFileName(outcome.report.workbook));
    },
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    selectedRange: () => host.selectedRange(),
    loadSettings: () => settings().load(),
    saveSettings: s => settings().save(s),
    loadLastRun: () => settings().loadLastRun(),
    saveLastRun: r => settings().saveLastRun(r),
  };
}
