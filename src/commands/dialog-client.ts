/**
 * Opens the ribbon's dialog page (dialog.html) and waits for its answer. The page answers with
 * Office.context.ui.messageParent: 'ya' (the confirm button), 'batal' or 'tutup'.
 */

/** A command may run for at most five minutes; a dialog left open closes itself before that. */
const DIALOG_LIMIT_MS = 4 * 60 * 1000;

export type DialogAnswer =
  /** No dialog could open (blocked, or no Office UI here). */
  | { opened: false }
  /** The dialog closed; `message` is what its page sent, undefined when closed by its X or by the time limit. */
  | { opened: true; message?: string };

export interface DialogOptions {
  /** With both labels the dialog asks: the confirm button answers 'ya', the other 'batal'. */
  confirm?: string;
  cancel?: string;
  /** Percent of the screen. */
  height?: number;
  width?: number;
}

export function openDialog(title: string, message: string, options: DialogOptions = {}): Promise<DialogAnswer> {
  return new Promise(resolve => {
    const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
    if (!ui?.displayDialogAsync) return resolve({ opened: false });
    const url = new URL('dialog.html', window.location.href);
    url.searchParams.set('judul', title);
    url.searchParams.set('pesan', message);
    if (options.confirm && options.cancel) {
      url.searchParams.set('ya', options.confirm);
      url.searchParams.set('tidak', options.cancel);
    }
    const size = { height: options.height ?? 35, width: options.width ?? 30 };
    try {
      ui.displayDialogAsync(url.toString(), { ...size, displayInIframe: true }, result => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve({ opened: false });
        const dialog = result.value;
        const close = (answer?: string) => {
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // already closed by the user
          }
          resolve({ opened: true, message: answer });
        };
        const timer = setTimeout(() => close(), DIALOG_LIMIT_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, arg => {
          const m = (arg as { message?: unknown }).message;
          close(typeof m === 'string' ? m : undefined);
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => close());
      });
    } catch {
      resolve({ opened: false });
    }
  });
}
