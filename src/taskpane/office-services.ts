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

/** The help page and the sample workbook, served beside taskpane.html (copied by webpack). */
export const HELP_PAGE = 'bantuan.html';
export const SAMPLE_FILE = 'contoh-realisasi.xlsx';

/** Inside Office, a browser window Office opens (OpenBrowserWindowApi); elsewhere a plain new window. */
export function openHelpPage(): void {
  const url = new URL(HELP_PAGE, document.baseURI).href;
  try {
    const ui = typeof Office === 'undefined' ? undefined : Office.context?.ui;
    if (ui && typeof ui.openBrowserWindow === 'function') {
      ui.openBrowserWindow(url);
      return;
    }
  } catch {
    // an Office without the API throws here on some platforms: the plain window below still works
  }
  window.open(url, '_blank', 'noopener');
}

/** The sample's bytes, fetched from the add-in's own server only when asked for. */
async function fetchSample(): Promise<Uint8Array> {
  const res = await fetch(new URL(SAMPLE_FILE, document.baseURI).href, { cache: 'no-store' });
  if (!res.ok) throw new Error(`berkas contoh tidak ditemukan di server add-in, status ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
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
    openHelp: openHelpPage,
    openSample: async () => host.openWorkbook(await fetchSample(), SAMPLE_FILE),
  };
}
