/** The primary "Hitung Capaian" button with its progress, and the secondary export / clear actions. */
import * as React from 'react';
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowExportLtrRegular, CalculatorRegular, DeleteRegular } from '@fluentui/react-icons';
import type { PaneState } from '../state/run-state';
import { STEP_LABEL } from '../state/labels';

export interface RunControlsProps {
  ready: boolean;
  /** The pane will never be ready here (no office.js, not Excel, Excel too old): no "Menyiapkan…" forever. */
  unavailable?: boolean;
  busy: PaneState['busy'];
  hasOutcome: boolean;
  onHitung(): void;
  onEkspor(): void;
  onHapus(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  primary: { width: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Natural width, side by side when both fit, each on its own full-width line when they do not.
  secondary: { flexGrow: 1, flexShrink: 1, flexBasis: 'auto', whiteSpace: 'nowrap' },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  confirmText: { margin: 0 },
});

const TASK_LABEL = { hitung: 'Menghitung capaian', hapus: 'Menghapus hasil…', ekspor: 'Menyiapkan ringkasan…' } as const;

export function RunControls({ ready, unavailable, busy, hasOutcome, onHitung, onEkspor, onHapus }: RunControlsProps): React.ReactElement {
  const styles = useStyles();
  const [confirming, setConfirming] = React.useState(false);
  const hapusRef = React.useRef<HTMLButtonElement>(null);
  const confirmRef = React.useRef<HTMLButtonElement>(null);

  const wasConfirming = React.useRef(false);
  React.useEffect(() => {
    // Focus follows the question: onto "Ya, hapus hasil" when it appears, back to "Hapus Hasil" when it goes.
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) hapusRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const stepLabel = busy ? (busy.task === 'hitung' && busy.step ? STEP_LABEL[busy.step] : TASK_LABEL[busy.task]) : '';
  const disabled = !ready || !!busy;

  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        className={styles.primary}
        icon={<CalculatorRegular />}
        disabledFocusable={disabled}
        onClick={onHitung}
        data-testid="hitung"
        aria-describedby="hc-kemajuan"
      >
        {busy?.task === 'hitung' ? 'Sedang menghitung…' : ready || unavailable ? 'Hitung Capaian' : 'Menyiapkan…'}
      </Button>

      {/* Always present so screen readers hear each step as it changes. */}
      <div id="hc-kemajuan" role="status" aria-live="polite" aria-atomic="true">
        {busy && (
          <Field label={stepLabel} validationState="none">
            {/* Indeterminate until the run reports a fraction (reading the workbook reports none). */}
            <ProgressBar
              value={busy.task === 'hitung' && busy.progress > 0 ? busy.progress : undefined}
              thickness="large"
              aria-valuetext={busy.task === 'hitung' && busy.progress > 0 ? `${Math.round(busy.progress * 100)} persen` : undefined}
            />
          </Field>
        )}
      </div>

      {confirming ? (
        <div
          className={styles.confirm}
          role="group"
          aria-labelledby="hc-konfirmasi"
          onKeyDown={e => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="hc-konfirmasi" className={styles.confirmText}>
            Hapus semua hasil Hitung Capaian (warna, catatan, kolom dan lembar hasil) dari buku kerja ini?
          </p>
          <div className={styles.row}>
            <Button
              ref={confirmRef}
              appearance="primary"
              className={styles.secondary}
              onClick={() => {
                setConfirming(false);
                onHapus();
              }}
            >
              Ya, hapus hasil
            </Button>
            <Button
              className={styles.secondary}
              onClick={() => setConfirming(false)}
            >
              Batal
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.row}>
          <Button className={styles.secondary} icon={<ArrowExportLtrRegular />} disabledFocusable={disabled || !hasOutcome} onClick={onEkspor}>
            Ekspor Ringkasan
          </Button>
          <Button ref={hapusRef} className={styles.secondary} icon={<DeleteRegular />} disabledFocusable={disabled} onClick={() => setConfirming(true)}>
            Hapus Hasil
          </Button>
        </div>
      )}
    </div>
  );
}
