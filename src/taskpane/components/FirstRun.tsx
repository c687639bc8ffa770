/**
 * The first-run explanation: what "Hitung Capaian" will write where, that "Hapus Hasil" removes it, and to save
 * the workbook first. Shown until dismissed; remembered per person in localStorage (see state/first-run.ts).
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { OWN_COLUMN_MARK, OWN_SHEET_NAMES, RUN_RECORD_SHEET } from '../../model/write-plan';
import { dismissFirstRun, firstRunDismissed } from '../state/first-run';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  title: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  text: { margin: 0 },
  advice: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

const quoted = (names: readonly string[]) => names.map(n => `"${n}"`).join(', ').replace(/, ([^,]*)$/, ' dan $1');

export function FirstRun(): React.ReactElement | null {
  const styles = useStyles();
  const [shown, setShown] = React.useState(() => !firstRunDismissed());
  if (!shown) return null;
  return (
    <section className={styles.root} aria-labelledby="hc-pengenalan" data-testid="pengenalan">
      <h2 id="hc-pengenalan" className={styles.title}>
        <InfoRegular aria-hidden /> Sebelum menghitung pertama kali
      </h2>
      <p className={styles.text}>Hitung Capaian tidak mengubah angka yang Anda ketik. Yang ditulis ke buku kerja ini:</p>
      <ul className={styles.list}>
        <li>lembar {quoted(OWN_SHEET_NAMES)} (diganti setiap kali menghitung; lembar yang sudah Anda isi disimpan dengan nama bertanggal, tidak dihapus);</li>
        <li>warna pada sel yang tidak sesuai, dan catatan pada sel itu yang menjelaskan temuannya;</li>
        <li>kolom hasil hitung ulang di samping tabel (judulnya berakhiran "{OWN_COLUMN_MARK}"), bila letak hasil di Pengaturan adalah kolom;</li>
        <li>lembar tersembunyi "{RUN_RECORD_SHEET}" yang mencatat apa saja yang ditulis, agar semuanya dapat dihapus dengan tepat.</li>
      </ul>
      <p className={styles.text}>Hapus Hasil menghapus semua yang ditulis Hitung Capaian dan mengembalikan warna sel seperti semula.</p>
      <p className={styles.advice}>Simpan buku kerja sebelum menghitung pertama kali, agar Anda selalu dapat kembali ke versi sebelumnya.</p>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          onClick={() => {
            dismissFirstRun();
            setShown(false);
          }}
        >
          Mengerti, tutup penjelasan ini
        </Button>
      </div>
    </section>
  );
}
