/**
 * "Hasil baru dari tombol pita": an open pane must not keep showing results older than a run of the ribbon.
 * A new ribbon Hitung offers to show its results (recomputed here without writing, from the same workbook and
 * stored settings); a ribbon Hapus empties the pane at once, since what it showed is no longer in the workbook.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { LastRun } from '../../settings-store';
import type { PaneAction } from '../state/run-state';
import type { PaneServices } from '../state/services';
import { useRibbonRun } from '../state/ribbon-run';
import { errorText, runSummaryLine } from '../../addin-common/run-summary';
import { formatDateTime } from '../../addin-common/format';

export interface RibbonRunNoticeProps {
  services: PaneServices;
  ready: boolean;
  busy: boolean;
  lastRun?: LastRun;
  onLastRun(run: LastRun): void;
  dispatch(action: PaneAction): void;
}

export function RibbonRunNotice({ services, ready, busy, lastRun, onLastRun, dispatch }: RibbonRunNoticeProps): React.ReactElement | null {
  const loadLastRun = React.useCallback(() => services.loadLastRun(), [services]);
  const { pending, settle } = useRibbonRun(loadLastRun, ready, lastRun, onLastRun);
  const cleared = pending?.action === 'hapus' && pending.ok;

  React.useEffect(() => {
    if (!cleared || busy) return;
    settle();
    dispatch({
      type: 'finished',
      clearOutcome: true,
      status: {
        intent: 'info',
        title: 'Hasil dihapus dari tombol pita',
        text: `Hasil Hitung Capaian dihapus dari buku kerja melalui tombol Hapus Hasil di pita (${formatDateTime(pending!.at)}), sehingga panel dikosongkan.`,
      },
    });
  }, [cleared, busy, pending, settle, dispatch]);

  // A run from the pane itself after the ribbon's makes the notice moot.
  React.useEffect(() => {
    if (pending && lastRun?.source === 'panel' && lastRun.at > pending.at) settle();
  }, [pending, lastRun, settle]);

  const show = React.useCallback(async () => {
    if (!services.periksa) return;
    settle();
    dispatch({ type: 'start', task: 'hitung' });
    try {
      const settings = await services.loadSettings();
      const outcome = await services.periksa(settings, (step, fraction) => dispatch({ type: 'progress', step, fraction }));
      dispatch({
        type: 'finished',
        outcome,
        status: { intent: 'success', title: 'Hasil dari tombol pita', text: runSummaryLine(outcome.report, outcome.durationMs) },
      });
    } catch (e) {
      dispatch({ type: 'failed', status: { intent: 'error', title: 'Hasil tidak dapat ditampilkan', text: errorText(e, 'Menampilkan hasil') } });
    }
  }, [services, settle, dispatch]);

  if (!pending || cleared) return null;
  return (
    <MessageBar intent={pending.ok ? 'info' : 'warning'} layout="multiline" data-testid="pita-baru">
      <MessageBarBody>
        <MessageBarTitle>
          {pending.ok ? 'Hasil baru dari tombol pita' : `${pending.action === 'hapus' ? 'Hapus Hasil' : 'Hitung Capaian'} dari pita tidak selesai`}
        </MessageBarTitle>
        {`${formatDateTime(pending.at)}: ${pending.text}`}
      </MessageBarBody>
      <MessageBarActions>
        {pending.ok && services.periksa && (
          <Button appearance="primary" size="small" disabled={busy} onClick={() => void show()}>
            Tampilkan hasil
          </Button>
        )}
        <Button size="small" onClick={settle}>
          {pending.ok ? 'Nanti' : 'Tutup'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
