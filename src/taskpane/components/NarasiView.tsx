/**
 * "Narasi": the run's draft Bab III sentences by sheet, then indikator / sasaran / program dan anggaran /
 * efisiensi. Each paragraph can be copied on its own, a sheet's or all of them at once (separated by blank
 * lines); its source link selects the cell the paragraph is about, as a finding does.
 * The paragraphs arrive in the RunOutcome: nothing of the engine is imported here.
 */
import * as React from 'react';
import { Button, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import type { NarasiParagraph } from '../../engine/narasi/generate';
import { copyText } from '../state/clipboard';
import { displayText, groupNarasi, joinParagraphs, narasiKey, shownOrder } from '../state/narasi';
import { formatCount } from '../../addin-common/format';

export interface NarasiViewProps {
  paragraphs: NarasiParagraph[];
  hasRun: boolean;
  /** Settings or corrections changed since these paragraphs were written. */
  stale?: boolean;
  onSelect(sheet: string, cell: string): void;
}

/** Paragraphs shown per sheet before "Tampilkan lagi". */
const PAGE = 50;
/** How long a "Salin" button says "Disalin". */
const COPIED_MS = 2000;

const COPIED_TEXT = 'Disalin ke papan klip.';
const FAILED_TEXT = 'Teks tidak dapat disalin otomatis. Pilih teks paragrafnya, lalu tekan Ctrl+C.';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  lead: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  status: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorPaletteGreenForeground1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  statusFailed: { color: tokens.colorPaletteDarkOrangeForeground1 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The title and its "Salin lembar" side by side; the button drops below a title too long to share the line.
  sheetHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  sheetTitle: {
    margin: 0,
    flexGrow: 0,
    flexShrink: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  count: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase300 },
  sheetCopy: { flexShrink: 0, marginLeft: 'auto' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderLeftColor: tokens.colorBrandStroke2,
  },
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: '1.6',
    color: tokens.colorNeutralForeground1,
    whiteSpace: 'pre-line',
    overflowWrap: 'anywhere',
    userSelect: 'text',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  source: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  sourceLink: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', textAlign: 'left' },
  copy: { minWidth: 0 },
  copied: { color: tokens.colorPaletteGreenForeground1 },
});

interface CopyStatus {
  ok: boolean;
  text: string;
  /** Changes on every copy, so the live region is replaced and read again even when the words are the same. */
  seq: number;
}

function NarasiItem({
  paragraph,
  copied,
  onCopy,
  onSelect,
}: {
  paragraph: NarasiParagraph;
  copied: boolean;
  onCopy(): void;
  onSelect(sheet: string, cell: string): void;
}) {
  const styles = useStyles();
  const p = paragraph;
  return (
    <li className={styles.item} data-testid="narasi" data-cell={`${p.sheet}!${p.cell}`}>
      <p className={styles.text}>{displayText(p.text)}</p>
      <div className={styles.actions}>
        <span className={styles.source}>
          <span aria-hidden>Sumber:</span>
          <Link
            as="button"
            className={styles.sourceLink}
            onClick={() => onSelect(p.sheet, p.cell)}
            aria-label={`Pilih sel sumber ${p.cell} di lembar ${p.sheet}`}
            data-testid="narasi-sumber"
          >
            {p.cell}
          </Link>
        </span>
        <Button
          size="small"
          appearance="subtle"
          className={mergeClasses(styles.copy, copied && styles.copied)}
          icon={copied ? <CheckmarkRegular /> : <CopyRegular />}
          onClick={onCopy}
          aria-label={`Salin paragraf ${p.subject}`.trim()}
          data-testid="narasi-salin"
        >
          {copied ? 'Disalin' : 'Salin'}
        </Button>
      </div>
    </li>
  );
}

export function NarasiView({ paragraphs, hasRun, stale, onSelect }: NarasiViewProps): React.ReactElement {
  const styles = useStyles();
  const sheets = React.useMemo(() => groupNarasi(paragraphs), [paragraphs]);
  const all = React.useMemo(() => shownOrder(sheets), [sheets]);
  const [limits, setLimits] = React.useState<Record<string, number>>({});
  /** Key of the paragraph or sheet whose button says "Disalin". */
  const [copied, setCopied] = React.useState<string>();
  const [status, setStatus] = React.useState<CopyStatus>();
  const seq = React.useRef(0);
  const timers = React.useRef<{ copied?: ReturnType<typeof setTimeout>; status?: ReturnType<typeof setTimeout> }>({});

  React.useEffect(() => {
    setLimits({});
    setCopied(undefined);
    setStatus(undefined);
  }, [paragraphs]);

  React.useEffect(() => {
    const t = timers.current;
    return () => {
      clearTimeout(t.copied);
      clearTimeout(t.status);
    };
  }, []);

  const copy = React.useCallback(async (key: string, text: string) => {
    const result = await copyText(text);
    const ok = result !== 'failed';
    const t = timers.current;
    clearTimeout(t.copied);
    clearTimeout(t.status);
    setCopied(ok ? key : undefined);
    setStatus({ ok, text: ok ? COPIED_TEXT : FAILED_TEXT, seq: ++seq.current });
    if (ok) t.copied = setTimeout(() => setCopied(undefined), COPIED_MS);
    t.status = setTimeout(() => setStatus(undefined), ok ? 5000 : 15000);
  }, []);

  if (!hasRun) {
    return <p className={styles.empty}>Belum ada narasi. Tekan Hitung Capaian untuk menyusun kalimat analisis Bab III dari angka buku kerja ini.</p>;
  }
  if (!paragraphs.length) {
    return (
      <p className={styles.empty}>
        Tidak ada narasi: tidak ditemukan tabel realisasi kinerja, realisasi anggaran atau efisiensi yang dapat diuraikan. Periksa bagian Tabel.
      </p>
    );
  }

  return (
    <div className={styles.root}>
      <p className={mergeClasses(styles.lead, stale && styles.stale)}>
        {stale
          ? 'Pengaturan atau koreksi telah diubah: narasi ini masih dari perhitungan sebelumnya. Tekan Hitung Capaian lagi untuk memperbaruinya.'
          : 'Draf kalimat analisis Bab III dari angka hasil hitung ulang; teks yang sama ada di lembar Narasi. Periksa dan sesuaikan sebelum dipakai dalam laporan.'}
      </p>
      <div className={styles.toolbar}>
        {/* Its label stays (the status beside it confirms), so nothing moves as it is pressed. */}
        <Button
          appearance="secondary"
          className={mergeClasses(copied === '*' && styles.copied)}
          icon={copied === '*' ? <CheckmarkRegular /> : <CopyRegular />}
          onClick={() => void copy('*', joinParagraphs(all))}
          data-testid="narasi-salin-semua"
        >
          Salin semua ({formatCount(all.length)})
        </Button>
        <span className={mergeClasses(styles.status, status && !status.ok && styles.statusFailed)} role="status" aria-live="polite" aria-atomic="true" data-testid="narasi-status">
          {status && <span key={status.seq}>{status.text}</span>}
        </span>
      </div>

      {sheets.map((sheet, si) => {
        const limit = limits[sheet.sheet] ?? PAGE;
        const titleId = `hc-narasi-lembar-${si}`;
        const sheetKey = `lembar:${sheet.sheet}`;
        const sheetParagraphs = sheet.groups.flatMap(g => g.paragraphs);
        let shown = 0;
        return (
          <section key={sheet.sheet} className={styles.sheet} aria-labelledby={titleId}>
            <div className={styles.sheetHeader}>
              <h2 id={titleId} className={styles.sheetTitle}>
                {sheet.sheet} <span className={styles.count}>({formatCount(sheet.count)})</span>
              </h2>
              <Button
                size="small"
                appearance="subtle"
                className={mergeClasses(styles.sheetCopy, copied === sheetKey && styles.copied)}
                icon={copied === sheetKey ? <CheckmarkRegular /> : <CopyRegular />}
                onClick={() => void copy(sheetKey, joinParagraphs(sheetParagraphs))}
                aria-label={`Salin ${formatCount(sheet.count)} paragraf lembar ${sheet.sheet}`}
              >
                {copied === sheetKey ? 'Disalin' : 'Salin lembar'}
              </Button>
            </div>
            {sheet.groups.map(g => {
              const room = Math.max(0, limit - shown);
              const visible = g.paragraphs.slice(0, room);
              shown += visible.length;
              if (!visible.length) return null;
              return (
                <div key={g.id} className={styles.group}>
                  {/* A sheet with one kind needs no second heading. */}
                  {sheet.groups.length > 1 && (
                    <h3 className={styles.groupTitle}>
                      {g.label} <span className={styles.count}>({formatCount(g.paragraphs.length)})</span>
                    </h3>
                  )}
                  <ul className={styles.list} aria-label={`${g.label}, lembar ${sheet.sheet}`}>
                    {visible.map((p, i) => {
                      const key = `${narasiKey(p)}~${i}`;
                      return (
                        <NarasiItem
                          key={key}
                          paragraph={p}
                          copied={copied === key}
                          onCopy={() => void copy(key, p.text.trim())}
                          onSelect={onSelect}
                        />
                      );
                    })}
                  </ul>
                </div>
              );
            })}
            {sheet.count > limit && (
              <Button appearance="subtle" onClick={() => setLimits(prev => ({ ...prev, [sheet.sheet]: limit + PAGE }))}>
                {sheet.count - limit > PAGE
                  ? `Tampilkan ${formatCount(PAGE)} paragraf lagi dari ${formatCount(sheet.count - limit)}`
                  : `Tampilkan ${formatCount(sheet.count - limit)} paragraf lagi`}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
