/**
 * Findings by sheet, then Galat / Peringatan / Info. Activating a finding (click, Enter or Space) selects its
 * cell in Excel; its related cells are buttons of their own.
 */
import * as React from 'react';
import { Button, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../engine/report';
import { findingKey, groupFindings, parseCellRef } from '../state/findings';
import { SEVERITIES, SEVERITY_LABEL } from '../state/labels';
import { formatCount, formatDecimalText } from '../state/format';

export interface FindingsViewProps {
  findings: Finding[];
  hasRun: boolean;
  onSelect(sheet: string, cell: string): void;
}

/** Findings shown per sheet before "Tampilkan lagi". */
const PAGE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  severityTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    overflow: 'hidden',
  },
  itemError: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  itemWarning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  itemInfo: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  itemSelected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    margin: 0,
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  message: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
  related: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  relatedButton: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

const ICON: Record<Severity, React.ReactElement> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

function FindingItem({ finding, selected, onSelect }: { finding: Finding; selected: boolean; onSelect(sheet: string, cell: string): void }) {
  const styles = useStyles();
  const tone = finding.severity === 'error' ? styles.itemError : finding.severity === 'warning' ? styles.itemWarning : styles.itemInfo;
  const stated = finding.stated?.trim();
  const expected = finding.expected?.trim();
  const related = (finding.related ?? []).map(r => ({ ref: r, ...parseCellRef(r, finding.sheet) }));
  return (
    <li className={mergeClasses(styles.item, tone, selected && styles.itemSelected)}>
      <button
        type="button"
        className={styles.main}
        onClick={() => onSelect(finding.sheet, finding.cell)}
        aria-current={selected ? 'true' : undefined}
        data-testid="temuan"
        data-cell={`${finding.sheet}!${finding.cell}`}
      >
        <span className={styles.cell}>
          {finding.cell}
          <span className="hc-visually-hidden"> ({SEVERITY_LABEL[finding.severity]})</span>
        </span>
        <span className={styles.message}>{finding.message}</span>
        {(stated || expected) && (
          <span className={styles.values}>
            {stated ? `Tertulis: ${formatDecimalText(stated)}` : ''}
            {stated && expected ? ' · ' : ''}
            {expected ? `Seharusnya: ${formatDecimalText(expected)}` : ''}
          </span>
        )}
      </button>
      {related.length > 0 && (
        <div className={styles.related}>
          <span>Sel terkait:</span>
          {related.map(r => (
            <Button
              key={r.ref}
              size="small"
              appearance="transparent"
              className={styles.relatedButton}
              onClick={() => onSelect(r.sheet, r.cell)}
              aria-label={`Pilih sel terkait ${r.sheet === finding.sheet ? r.cell : `${r.cell} di lembar ${r.sheet}`}`}
            >
              {r.ref}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}

export function FindingsView({ findings, hasRun, onSelect }: FindingsViewProps): React.ReactElement {
  const styles = useStyles();
  const [show, setShow] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [limits, setLimits] = React.useState<Record<string, number>>({});
  const [selected, setSelected] = React.useState<string>();
  const sheets = React.useMemo(() => groupFindings(findings, show), [findings, show]);
  const counts = React.useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);

  React.useEffect(() => {
    setLimits({});
    setSelected(undefined);
  }, [findings]);

  if (!hasRun) return <p className={styles.empty}>Belum ada hasil. Tekan Hitung Capaian untuk memeriksa buku kerja ini.</p>;
  if (!findings.length) return <p className={styles.empty}>Tidak ada temuan: semua angka yang diperiksa sesuai.</p>;

  const select = (f: Finding) => (sheet: string, cell: string) => {
    setSelected(findingKey(f));
    onSelect(sheet, cell);
  };

  return (
    <div className={styles.root}>
      <div className={styles.filters} role="group" aria-label="Tampilkan temuan menurut tingkat">
        {SEVERITIES.map(s => (
          <ToggleButton
            key={s}
            size="small"
            checked={show[s]}
            icon={React.cloneElement(ICON[s], { className: styles[s] })}
            onClick={() => setShow(prev => ({ ...prev, [s]: !prev[s] }))}
          >
            {SEVERITY_LABEL[s]} ({formatCount(counts[s])})
          </ToggleButton>
        ))}
      </div>
      {sheets.length === 0 && <p className={styles.empty}>Semua temuan disembunyikan. Aktifkan salah satu tingkat di atas.</p>}
      {sheets.map(sheet => {
        const limit = limits[sheet.sheet] ?? PAGE;
        let shown = 0;
        return (
          <section key={sheet.sheet} className={styles.sheet} aria-label={`Lembar ${sheet.sheet}`}>
            <h2 className={styles.sheetTitle}>
              {sheet.sheet} <span className={styles.info}>({formatCount(sheet.count)})</span>
            </h2>
            {sheet.groups.map(g => {
              const room = Math.max(0, limit - shown);
              const visible = g.findings.slice(0, room);
              shown += visible.length;
              if (!visible.length) return null;
              return (
                <div key={g.severity}>
                  <h3 className={mergeClasses(styles.severityTitle, styles[g.severity])}>
                    {ICON[g.severity]}
                    {SEVERITY_LABEL[g.severity]} ({formatCount(g.findings.length)})
                  </h3>
                  <ul className={styles.list}>
                    {visible.map(f => (
                      <FindingItem key={findingKey(f)} finding={f} selected={selected === findingKey(f)} onSelect={select(f)} />
                    ))}
                  </ul>
                </div>
              );
            })}
            {sheet.count > limit && (
              <Button appearance="subtle" onClick={() => setLimits(prev => ({ ...prev, [sheet.sheet]: limit + PAGE }))}>
                Tampilkan {formatCount(Math.min(PAGE, sheet.count - limit))} temuan lagi dari {formatCount(sheet.count - limit)}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
