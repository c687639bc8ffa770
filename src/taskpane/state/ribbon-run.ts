/**
 * Noticing a run of the ribbon's buttons while the pane is open. The ribbon runs in its own runtime (no shared
 * runtime on Office 2019/2021 perpetual), so the pane learns of it only through the last run stored in the
 * document's settings: it re-reads them when it regains focus or becomes visible, and on a slow timer.
 */
import * as React from 'react';
import type { LastRun } from '../../settings-store';

/** The slow timer: the focus and visibility events catch most returns to the pane; this catches the rest. */
export const RIBBON_POLL_MS = 15_000;

/** A run of the ribbon newer than the one the pane knows of. */
export function isNewRibbonRun(seen: LastRun | undefined, known: LastRun | undefined): seen is LastRun {
  return !!seen && seen.source === 'pita' && (!known || seen.at > known.at);
}

/**
 * Watches the stored last run; returns a ribbon run the pane has not yet dealt with, and `settle` to mark it
 * dealt with. `onSeen` lets the pane update its "last run" line at once.
 */
export function useRibbonRun(
  loadLastRun: () => Promise<LastRun | undefined>,
  active: boolean,
  known: LastRun | undefined,
  onSeen: (run: LastRun) => void,
): { pending?: LastRun; settle(): void } {
  const [pending, setPending] = React.useState<LastRun>();
  const knownRef = React.useRef(known);
  knownRef.current = known;
  const onSeenRef = React.useRef(onSeen);
  onSeenRef.current = onSeen;

  React.useEffect(() => {
    if (!active) return;
    let live = true;
    let checking = false;
    const check = () => {
      if (checking) return;
      checking = true;
      loadLastRun()
        .then(seen => {
          if (!live || !isNewRibbonRun(seen, knownRef.current)) return;
          setPending(seen);
          onSeenRef.current(seen);
        })
        .catch(() => undefined) // unreadable settings: try again at the next chance
        .finally(() => {
          checking = false;
        });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(check, RIBBON_POLL_MS);
    return () => {
      live = false;
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [loadLastRun, active]);

  const settle = React.useCallback(() => setPending(undefined), []);
  return { pending, settle };
}
