/**
 * Copying text to the clipboard from the pane. The asynchronous Clipboard API first; where it is missing or
 * refused (Office webviews may block it by permission policy), a hidden textarea and execCommand('copy'),
 * which still works inside the click that asked for it. Focus and the user's text selection are put back.
 *
 * The browser is passed in (`ClipboardEnv`), so both paths are tested without one.
 */

/** The parts of `navigator` and `document` copying uses. */
export interface ClipboardEnv {
  navigator?: { clipboard?: { writeText?(text: string): Promise<void> } };
  document?: Pick<Document, 'createElement' | 'execCommand' | 'body' | 'activeElement'> & {
    getSelection?(): Selection | null;
  };
}

export type CopyResult = 'clipboard' | 'execCommand' | 'failed';

function browserEnv(): ClipboardEnv {
  return {
    navigator: typeof navigator === 'undefined' ? undefined : navigator,
    document: typeof document === 'undefined' ? undefined : document,
  };
}

/** The textarea fallback; true when the browser says the copy happened. */
export function legacyCopy(text: string, doc: ClipboardEnv['document']): boolean {
  if (!doc?.body || typeof doc.execCommand !== 'function') return false;
  const previousFocus = doc.activeElement as (Element & { focus?(options?: FocusOptions): void }) | null;
  const selection = doc.getSelection?.() ?? null;
  const ranges: Range[] = [];
  if (selection) for (let i = 0; i < selection.rangeCount; i++) ranges.push(selection.getRangeAt(i));

  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // In the viewport (some engines refuse to copy from far off-screen), but invisible and not in the layout.
  Object.assign(area.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '1px',
    height: '1px',
    padding: '0',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
    fontSize: '12pt', // iOS zooms into smaller fields that get focus
  });
  doc.body.appendChild(area);
  let ok = false;
  try {
    area.focus({ preventScroll: true });
    area.select();
    area.setSelectionRange(0, text.length);
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    if (selection) {
      selection.removeAllRanges();
      for (const r of ranges) selection.addRange(r);
    }
    if (previousFocus && typeof previousFocus.focus === 'function' && previousFocus !== doc.body) {
      previousFocus.focus({ preventScroll: true });
    }
  }
  return ok;
}

/** How long the Clipboard API may take to answer before the fallback is tried (some webviews never answer). */
export const CLIPBOARD_TIMEOUT_MS = 1500;

/** Puts `text` on the clipboard; says how, or 'failed' when neither way worked. */
export async function copyText(text: string, env: ClipboardEnv = browserEnv(), timeoutMs = CLIPBOARD_TIMEOUT_MS): Promise<CopyResult> {
  const clipboard = env.navigator?.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const gaveUp = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      });
      await Promise.race([clipboard.writeText(text), gaveUp]);
      return 'clipboard';
    } catch {
      // Refused (permission policy, document not focused) or no answer: the fallback below.
    } finally {
      clearTimeout(timer);
    }
  }
  return legacyCopy(text, env.document) ? 'execCommand' : 'failed';
}
