/**
 * The ribbon's function file: "Hitung Capaian" and "Hapus Hasil" run here without the pane.
 * The actions are registered as soon as this module runs, before Office.onReady, so a click that starts the
 * page is never lost. Every action ends with event.completed(), also after a failure.
 */
import { OfficeWorkbook } from '../workbook/office/adapter';
import { runClear, runHitung } from '../usecase/run';
import { OWN_SHEET_NAMES } from '../workbook/plan';
import { officeSettingsStore } from '../settings-store';
import { createHostActions, STATUS_SHEET } from '../workbook/office/host-actions';
import { formatDateTime } from '../taskpane/state/format';
import { errorText, runSummaryLine } from '../taskpane/state/summary';
import { MESSAGES, MIN_EXCEL_API } from '../taskpane/office-ready';

/** The sheet the use case writes the summary to; the ribbon adds its status line under it. */
export const SUMMARY_SHEET: string = OWN_SHEET_NAMES[0];

interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** A command's end, called once however many paths reach it. */
function completer(event: CommandEvent | undefined): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      event?.completed();
    } catch {
      // The host already closed the command; nothing left to tell it.
    }
  };
}

/** A command may run for at most five minutes; the error dialog closes itself before that. */
const DIALOG_LIMIT_MS = 4 * 60 * 1000;

/** Shows a message in the dialog page; resolves when the user closes it, false when no dialog could open. */
function showDialog(title: string, message: string): Promise<boolean> {
  return new Promise(resolve => {
    const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
    if (!ui?.displayDialogAsync) return resolve(false);
    const url = new URL('dialog.html', window.location.href);
    url.searchParams.set('judul', title);
    url.searchParams.set('pesan', message);
    try {
      ui.displayDialogAsync(url.toString(), { height: 35, width: 30, displayInIframe: true }, result => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve(false);
        const dialog = result.value;
        const close = () => {
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // already closed by the user
          }
          resolve(true);
        };
        const timer = setTimeout(close, DIALOG_LIMIT_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, close);
      });
    } catch {
      resolve(false);
    }
  });
}

/** Tells the user about a failure: a dialog, or else a line in a sheet of ours. */
async function reportError(action: string, text: string): Promise<void> {
  if (await showDialog(`${action} tidak selesai`, text)) return;
  const host = createHostActions();
  const line = `${formatDateTime(new Date().toISOString())} — ${text}`;
  try {
    await host.writeStatusLine(SUMMARY_SHEET, line, false);
  } catch {
    await host.writeStatusLine(STATUS_SHEET, line, true).catch(() => undefined);
  }
}

/**
 * The sentence for an Excel below the add-in's floor, or undefined when this Excel can run the commands.
 * Checked before any work, so an old Excel gets a message instead of a command that never finishes.
 */
export function unsupportedExcel(): string | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported('ExcelApi', MIN_EXCEL_API) ? undefined : MESSAGES.excelTooOld;
  } catch {
    return MESSAGES.excelTooOld;
  }
}

export async function hitungCapaian(event?: CommandEvent): Promise<void> {
  const done = completer(event);
  const refused = unsupportedExcel();
  if (refused) {
    await reportError('Hitung Capaian', refused).finally(done);
    return;
  }
  const store = officeSettingsStore();
  try {
    const settings = await store.load();
    const outcome = await runHitung(new OfficeWorkbook(), settings);
    const at = new Date().toISOString();
    const text = runSummaryLine(outcome.report, outcome.durationMs);
    const host = createHostActions();
    // The summary sheet is the use case's; the status line goes under what it wrote.
    await host
      .writeStatusLine(SUMMARY_SHEET, `Dijalankan dari pita pada ${formatDateTime(at)}: ${text}`, false)
      .catch(e => console.warn('Hitung Capaian: baris status tidak dapat ditulis.', e));
    await store.saveLastRun({ at, source: 'pita', ok: true, text }).catch(() => undefined);
  } catch (e) {
    const text = errorText(e, 'Hitung Capaian');
    await store.saveLastRun({ at: new Date().toISOString(), source: 'pita', ok: false, text }).catch(() => undefined);
    await reportError('Hitung Capaian', text);
  } finally {
    done();
  }
}

export async function hapusHasil(event?: CommandEvent): Promise<void> {
  const done = completer(event);
  const refused = unsupportedExcel();
  if (refused) {
    await reportError('Hapus Hasil', refused).finally(done);
    return;
  }
  const store = officeSettingsStore();
  try {
    await runClear(new OfficeWorkbook());
    // The status sheet exists only after an error no dialog could show; it goes with the results.
    await createHostActions().removeSheet(STATUS_SHEET).catch(() => undefined);
    await store
      .saveLastRun({ at: new Date().toISOString(), source: 'pita', ok: true, text: 'Hasil Hitung Capaian dihapus dari buku kerja.' })
      .catch(() => undefined);
  } catch (e) {
    await reportError('Hapus Hasil', errorText(e, 'Hapus Hasil'));
  } finally {
    done();
  }
}

/** Registers the ribbon's functions: the current way (Office.actions) and the older global-name lookup. */
function register(): void {
  const actions = { hitungCapaian, hapusHasil } as const;
  const g = globalThis as unknown as Record<string, unknown>;
  for (const [name, fn] of Object.entries(actions)) g[name] = fn;
  if (typeof Office === 'undefined' || !Office.actions) return;
  Office.actions.associate('hitungCapaian', hitungCapaian);
  Office.actions.associate('hapusHasil', hapusHasil);
}

register();
if (typeof Office !== 'undefined') Office.onReady(() => undefined);
