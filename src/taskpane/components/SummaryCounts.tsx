/** The run at a glance: tables, values, and findings by severity; or the last run's line when none is shown. */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../model/report';
import type { LastRun } from '../../settings-store';
import { formatCount, formatDateTime, formatDuration } from '../../addin-common/format';

export type SummaryCountsProps =
  | { report: CheckReport; durationMs: number; stale?: boolean; lastRun?: undefined }
  | { lastRun: LastRun; report?: undefined; durationMs?: undefined; stale?: undefined };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(52px, 1fr))',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  label: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground2, textAlign: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function SummaryCounts(props: SummaryCountsProps): React.ReactElement {
  const styles = useStyles();
  if (props.lastRun) {
    const r = props.lastRun;
    return (
      <p className={styles.note} data-testid="terakhir">
        Terakhir dijalankan dari {r.source === 'pita' ? 'pita' : 'panel'} pada {formatDateTime(r.at)}: {r.text}
      </p>
    );
  }
  const { report, durationMs, stale } = props;
  const f = report.summary.findings;
  const tiles = [
    { label: 'Tabel', value: report.summary.tables },
    { label: 'Nilai dihitung', value: report.summary.results },
    { label: 'Galat', value: f.error, className: f.error ? styles.error : undefined },
    { label: 'Peringatan', value: f.warning, className: f.warning ? styles.warning : undefined },
    { label: 'Info', value: f.info },
  ];
  return (
    <section className={styles.root} aria-label="Ringkasan hasil" data-testid="ringkasan">
      <dl className={styles.grid}>
        {tiles.map(t => (
          <div key={t.label} className={styles.tile}>
            <dt className={styles.label}>{t.label}</dt>
            <dd className={mergeClasses(styles.value, t.className)}>{formatCount(t.value)}</dd>
          </div>
        ))}
      </dl>
      <p className={mergeClasses(styles.note, stale && styles.stale)}>
        {stale
          ? 'Pengaturan atau koreksi telah diubah. Tekan Hitung Capaian lagi untuk menerapkannya.'
          : `Dihitung dalam ${formatDuration(durationMs)}.`}
      </p>
    </section>
  );
}
