/**
 * The pane's foot: the "Bantuan" page, "Coba dengan contoh" (the bundled sample opened as a new workbook) and the
 * privacy statement. Its own short status line, so the run's status above stays about the run.
 */
import * as React from 'react';
import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular, LockClosedRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import type { ExportResult } from '../../workbook/office/host-actions';

export interface HelpLinksProps {
  /** Opens bantuan.html (Office's browser window, else a new window). */
  onOpenHelp?(): void;
  /** Opens the sample workbook; absent where the pane cannot. */
  onTrySample?(): Promise<ExportResult>;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  text: { margin: 0 },
  privacy: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  privacyIcon: { flexShrink: 0, fontSize: '16px' },
});

export const PRIVACY_TEXT =
  'Data Anda tidak keluar dari komputer ini: buku kerja dibaca dan diperiksa di dalam Excel, dan tidak ada angka atau isi sel yang dikirim ke server mana pun.';

export function HelpLinks({ onOpenHelp, onTrySample }: HelpLinksProps): React.ReactElement {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState('');

  const trySample = async () => {
    if (!onTrySample || busy) return;
    setBusy(true);
    setMessage('Membuka contoh…');
    try {
      const r = await onTrySample();
      setMessage(
        r.via === 'buku-kerja-baru'
          ? 'Contoh dibuka sebagai buku kerja baru. Di buku kerja itu, buka panel Hitung Capaian lalu tekan Hitung Capaian.'
          : `Versi Excel ini belum dapat membuka buku kerja baru dari panel, jadi contoh diunduh sebagai berkas "${r.fileName}". Buka berkas itu dari folder unduhan, lalu tekan Hitung Capaian di sana.`,
      );
    } catch (e) {
      setMessage(`Contoh tidak dapat dibuka (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <footer className={styles.root} aria-label="Bantuan dan privasi" data-testid="bantuan">
      <div className={styles.row}>
        {onOpenHelp && (
          <Link
            href="bantuan.html"
            target="_blank"
            rel="noopener"
            className={styles.link}
            onClick={e => {
              // Office decides where the page opens (its browser window inside Office); the href is the fallback.
              e.preventDefault();
              onOpenHelp();
            }}
          >
            <QuestionCircleRegular aria-hidden /> Bantuan
          </Link>
        )}
        {onTrySample && (
          <Button size="small" appearance="secondary" icon={<DocumentTableRegular />} disabled={busy} onClick={() => void trySample()}>
            Coba dengan contoh
          </Button>
        )}
      </div>
      <p className={styles.text} role="status" aria-live="polite" data-testid="contoh-status">
        {message}
      </p>
      <p className={styles.privacy} data-testid="privasi">
        <LockClosedRegular aria-hidden className={styles.privacyIcon} />
        <span>{PRIVACY_TEXT}</span>
      </p>
    </footer>
  );
}
