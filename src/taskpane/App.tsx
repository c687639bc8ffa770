/**
 * The task pane: run "Hitung Capaian", read the findings and the draft Bab III sentences, correct recognised
 * tables, choose settings.
 * Everything that reaches Excel or Office comes in through `services`.
 */
import * as React from 'react';
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Finding } from '../model/report';
import type { NarasiParagraph } from '../engine/narasi/generate';
import type { RunSettings } from '../usecase/settings';
import { DEFAULT_SETTINGS } from '../usecase/settings';
import type { LastRun } from '../settings-store';
import { INITIAL_STATE, paneReducer, type Task } from './state/run-state';
import type { PaneServices } from './state/services';
import { errorText, hitungRecord, keepLastRun } from '../addin-common/run-summary';
import { formatCount } from '../addin-common/format';
import { RunControls } from './components/RunControls';
import { StatusBar } from './components/StatusBar';
import { SummaryCounts } from './components/SummaryCounts';
import { FindingsView } from './components/FindingsView';
import { NarasiView } from './components/NarasiView';
import { TablesView } from './components/TablesView';
import { SettingsView } from './components/SettingsView';
import { RibbonRunNotice } from './components/RibbonRunNotice';
import { FirstRun } from './components/FirstRun';
import { HelpLinks } from './components/HelpLinks';
import { staleExportStatus } from './state/export-guard';

export interface AppProps {
  services: PaneServices;
  dark: boolean;
  /** Resolves when Office is ready for this pane; rejects with a sentence for the user when it never will be. */
  whenReady: Promise<void>;
}

type TabId = 'temuan' | 'narasi' | 'tabel' | 'pengaturan';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
    margin: '0 auto',
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  lead: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // Four tabs on one line at 320 px: below 360 px the counts (also in the summary above) are left out and the
  // tabs drawn closer together. Should a font or a translation run wider, the last tab wraps to a second line
  // rather than hide behind a sideways scroll.
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  tab: { '@media (max-width: 359px)': { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS } },
  tabCount: { '@media (max-width: 359px)': { display: 'none' } },
  panel: { minWidth: 0 },
});

const NO_NARASI: NarasiParagraph[] = [];

const TABS: { id: TabId; label: string }[] = [
  { id: 'temuan', label: 'Temuan' },
  { id: 'narasi', label: 'Narasi' },
  { id: 'tabel', label: 'Tabel' },
  { id: 'pengaturan', label: 'Pengaturan' },
];

/**
 * What a tab holds after a run: the findings and the tables. Narasi shows its count on its "Salin semua"
 * button instead, so the four tabs fit on one line of a narrow pane.
 */
function tabCount(id: TabId, findings: number, tables: number): string | undefined {
  const n = id === 'temuan' ? findings : id === 'tabel' ? tables : undefined;
  return n === undefined ? undefined : ` (${formatCount(n)})`;
}

export function App({ services, dark, whenReady }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [state, dispatch] = React.useReducer(paneReducer, INITIAL_STATE);
  const [settings, setSettings] = React.useState<RunSettings>(DEFAULT_SETTINGS);
  const [lastRun, setLastRun] = React.useState<LastRun>();
  const [tab, setTab] = React.useState<TabId>('temuan');
  /** Settings or corrections changed since the shown outcome was computed. */
  const [stale, setStale] = React.useState(false);
  const busyRef = React.useRef(false);
  /** Office said this pane cannot work here; the status bar says why. */
  const [unavailable, setUnavailable] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    whenReady
      .then(async () => {
        let unreadable: unknown;
        const [loaded, last] = await Promise.all([
          services.loadSettings().catch((e: unknown) => {
            unreadable = e;
            return DEFAULT_SETTINGS;
          }),
          services.loadLastRun().catch(() => undefined),
        ]);
        if (!live) return;
        setSettings(loaded);
        setLastRun(last);
        dispatch({ type: 'ready' });
        if (unreadable) {
          dispatch({
            type: 'failed',
            status: {
              intent: 'warning',
              title: 'Pengaturan tersimpan tidak terbaca',
              text: `Pengaturan bawaan dipakai (${unreadable instanceof Error ? unreadable.message : String(unreadable)}). Periksa bagian Pengaturan sebelum menghitung.`,
            },
          });
        }
      })
      .catch((e: unknown) => {
        if (!live) return;
        setUnavailable(true);
        dispatch({ type: 'failed', status: { intent: 'error', title: 'Panel belum dapat digunakan', text: e instanceof Error ? e.message : String(e) } });
      });
    return () => {
      live = false;
    };
  }, [services, whenReady]);

  React.useEffect(() => {
    // The moment the pane can be used, for measuring time to interactive.
    if (state.ready && typeof performance !== 'undefined' && performance.mark) performance.mark('hc-interactive');
  }, [state.ready]);

  const run = React.useCallback(
    async (task: Task, work: () => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      dispatch({ type: 'start', task });
      try {
        await work();
      } finally {
        busyRef.current = false;
      }
    },
    [],
  );

  /** Runs with `runSettings` (the settings just chosen, before state catches up); `stayOn` keeps the tab. */
  const hitungWith = React.useCallback(
    (runSettings: RunSettings, stayOn?: TabId) =>
      run('hitung', async () => {
        try {
          const outcome = await services.hitung(runSettings, (step, fraction) => dispatch({ type: 'progress', step, fraction }));
          const u = outcome.report.understanding;
          // The pane shows the record at once; the stored copy tells the ribbon's runtime and the next session.
          const record = hitungRecord(outcome, 'panel');
          setLastRun(record);
          void keepLastRun(services, record);
          const partial = u && u.level !== 'full';
          if (outcome.notWritten) {
            // Nothing understood: nothing written, and the way forward is marking a table by hand.
            dispatch({
              type: 'finished',
              outcome,
              status: {
                intent: 'warning',
                title: 'Tidak ada yang ditulis',
                text: `${u!.summary} Buku kerja tidak diubah; hasil sebelumnya (bila ada) tetap seperti semula.`,
              },
            });
            setStale(false);
            setTab('tabel');
            return;
          }
          const status = outcome.report.findings.length
            ? 'Hasil ditulis ke buku kerja. Pilih sebuah temuan untuk menuju selnya.'
            : partial ? 'Hasil ditulis ke buku kerja. Tidak ada temuan pada angka yang dapat dibaca.' : 'Hasil ditulis ke buku kerja. Tidak ada temuan.';
          // What was kept for the user or could not be done on this Excel is said with the result.
          const kept = outcome.applied?.notices ?? [];
          const tail = kept.length ? ` ${kept.join(' ')}` : '';
          dispatch({
            type: 'finished',
            outcome,
            // A workbook read only in part is never reported as a plain success.
            status: partial
              ? { intent: 'warning', title: 'Selesai, sebagian belum terbaca', text: `${status} ${u!.summary}${tail}` }
              : kept.length
                ? { intent: 'warning', title: 'Selesai, dengan catatan', text: `${status}${tail}` }
                : { intent: 'success', title: 'Selesai', text: status },
          });
          setStale(false);
          setTab(stayOn ?? 'temuan');
        } catch (e) {
          dispatch({ type: 'failed', status: { intent: 'error', title: 'Hitung Capaian gagal', text: errorText(e, 'Hitung Capaian') } });
        }
      }),
    [run, services],
  );

  const onHitung = React.useCallback(() => hitungWith(settings), [hitungWith, settings]);

  const onHapus = React.useCallback(
    () =>
      run('hapus', async () => {
        try {
          const result = await services.hapus();
          const kept = result.notices ?? [];
          dispatch({
            type: 'finished',
            clearOutcome: true,
            status: {
              intent: kept.length ? 'warning' : 'success',
              title: 'Hasil dihapus',
              text: `Warna, catatan, kolom dan lembar hasil Hitung Capaian telah dihapus. Angka Anda tidak berubah.${kept.length ? ` ${kept.join(' ')}` : ''}`,
            },
          });
        } catch (e) {
          dispatch({ type: 'failed', status: { intent: 'error', title: 'Hapus Hasil gagal', text: errorText(e, 'Hapus Hasil') } });
        }
      }),
    [run, services],
  );

  const onEkspor = React.useCallback(
    () =>
      run('ekspor', async () => {
        const outcome = state.outcome;
        if (!outcome) return;
        const refused = staleExportStatus(stale);
        if (refused) return dispatch({ type: 'failed', status: refused });
        try {
          const result = await services.exportSummary(outcome);
          const text =
            result.via === 'buku-kerja-baru'
              ? 'Ringkasan dibuka sebagai buku kerja baru. Simpan buku kerja itu bila ingin menyimpannya.'
              : `Ringkasan diunduh sebagai berkas "${result.fileName}". Buka berkas itu dari folder unduhan.`;
          dispatch({ type: 'finished', status: { intent: 'success', title: 'Ringkasan diekspor', text } });
        } catch (e) {
          dispatch({ type: 'failed', status: { intent: 'error', title: 'Ekspor gagal', text: errorText(e, 'Ekspor Ringkasan') } });
        }
      }),
    [run, services, state.outcome, stale],
  );

  const onSelect = React.useCallback(
    (sheet: string, cell: string) => {
      services.selectCell(sheet, cell).catch((e: unknown) =>
        dispatch({ type: 'failed', status: { intent: 'warning', text: e instanceof Error ? e.message : String(e) } }),
      );
    },
    [services],
  );

  const onSettings = React.useCallback(
    (next: RunSettings) => {
      setSettings(next);
      setStale(true);
      services.saveSettings(next).catch((e: unknown) =>
        dispatch({
          type: 'failed',
          status: {
            intent: 'warning',
            title: 'Pengaturan tidak tersimpan',
            text: `Pengaturan berlaku untuk sesi ini saja (${e instanceof Error ? e.message : String(e)}). Simpan buku kerja, lalu ubah pengaturan lagi.`,
          },
        }),
      );
    },
    [services],
  );

  /** A table marked by hand: saved in the workbook like every correction, then applied at once. */
  const onMark = React.useCallback(
    (next: RunSettings) => {
      onSettings(next);
      void hitungWith(next, 'tabel');
    },
    [onSettings, hitungWith],
  );
  const readSelection = React.useMemo(() => (services.selectedRange ? () => services.selectedRange!() : undefined), [services]);

  const outcome = state.outcome;
  const findings: Finding[] = outcome?.report.findings ?? [];
  const narasi = outcome?.narasi ?? NO_NARASI;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root} lang="id">
      <main className={styles.main} aria-labelledby="hc-judul">
        <header className={styles.header}>
          <h1 id="hc-judul" className={styles.title}>Hitung Capaian</h1>
          <p className={styles.lead}>Menghitung ulang capaian, serapan dan efisiensi, lalu mendaftar angka yang tidak sesuai.</p>
        </header>

        <FirstRun />

        <RunControls
          ready={state.ready}
          unavailable={unavailable}
          busy={state.busy}
          hasOutcome={!!outcome && !outcome.notWritten}
          onHitung={onHitung}
          onEkspor={onEkspor}
          onHapus={onHapus}
        />

        <StatusBar status={state.status} onDismiss={() => dispatch({ type: 'dismiss' })} />
        <RibbonRunNotice services={services} ready={state.ready} busy={!!state.busy} lastRun={lastRun} onLastRun={setLastRun} dispatch={dispatch} />

        {outcome ? (
          <SummaryCounts report={outcome.report} durationMs={outcome.durationMs} stale={stale} />
        ) : (
          lastRun && <SummaryCounts lastRun={lastRun} />
        )}

        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          aria-label="Bagian panel"
          size="small"
        >
          {TABS.map(t => {
            const count = outcome && tabCount(t.id, findings.length, outcome.recognition.tables.length);
            return (
              <Tab key={t.id} id={`hc-tab-${t.id}`} value={t.id} aria-controls={`hc-panel-${t.id}`} className={styles.tab}>
                {t.label}
                {count && <span className={styles.tabCount}>{count}</span>}
              </Tab>
            );
          })}
        </TabList>

        <section id={`hc-panel-${tab}`} role="tabpanel" aria-labelledby={`hc-tab-${tab}`} className={styles.panel}>
          {tab === 'temuan' && (
            <FindingsView
              findings={findings}
              groups={outcome?.report.groups}
              hasRun={!!outcome}
              understanding={outcome?.report.understanding}
              onShowTables={() => setTab('tabel')}
              onSelect={onSelect}
            />
          )}
          {tab === 'narasi' && <NarasiView paragraphs={narasi} hasRun={!!outcome} stale={stale} onSelect={onSelect} />}
          {tab === 'tabel' && (
            <TablesView
              tables={outcome?.recognition.tables}
              notices={outcome?.recognition.notices}
              settings={settings}
              stale={stale}
              onChange={onSettings}
              busy={!!state.busy}
              onReadSelection={readSelection}
              onMark={onMark}
            />
          )}
          {tab === 'pengaturan' && <SettingsView settings={settings} outcome={outcome} onChange={onSettings} />}
        </section>

        <HelpLinks onOpenHelp={services.openHelp} onTrySample={services.openSample} />
      </main>
    </FluentProvider>
  );
}
