/**
 * Whether the first-run explanation was dismissed, kept in the pane's localStorage rather than the document's
 * settings: it is about this person having read it once, not about a workbook (a workbook passed to a colleague
 * must not hide it from them), and writing document settings would mark the workbook changed before anything
 * was run. Where storage is blocked, the explanation shows until dismissed in this session.
 */
export const FIRST_RUN_KEY = 'hitungCapaian.pengenalanDitutup';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage denied (some locked-down browsers throw on access)
  }
}

export function firstRunDismissed(store: StorageLike | undefined = storage()): boolean {
  try {
    return !!store?.getItem(FIRST_RUN_KEY);
  } catch {
    return false;
  }
}

export function dismissFirstRun(store: StorageLike | undefined = storage(), at = new Date()): void {
  try {
    store?.setItem(FIRST_RUN_KEY, at.toISOString());
  } catch {
    // not remembered: shown again next time, which is harmless
  }
}
