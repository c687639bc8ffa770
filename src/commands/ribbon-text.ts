/**
 * What the ribbon's buttons say in their dialogs: the result of "Hitung Capaian" and the question before
 * "Hapus Hasil". Pure, so the wording and the counts are tested without Office.
 */
import type { CheckReport } from '../model/report';
import { OWN_SHEET_NAMES } from '../model/write-plan';
import { formatCount } from '../addin-common/format';

export const SUMMARY_SHEET: string = OWN_SHEET_NAMES[0];
export const FINDINGS_SHEET: string = OWN_SHEET_NAMES[1];

export interface RibbonResult {
  title: string;
  message: string;
  /** The sheet to show the user behind the dialog. */
  sheet: string;
}

function findingsLine(report: CheckReport): string {
  const f = report.summary.findings;
  const total = f.error + f.warning + f.info;
  if (!total) return 'Temuan: tidak ada';
  const parts = [
    f.error ? `${formatCount(f.error)} galat` : '',
    f.warning ? `${formatCount(f.warning)} peringatan` : '',
    f.info ? `${formatCount(f.info)} info` : '',
  ].filter(Boolean);
  return `Temuan: ${formatCount(total)} (${parts.join(', ')})`;
}

/**
 * The ribbon run's result: counts, where to look next, plainly when nothing was understood, and what the
 * adapter kept for the user or could not do on this Excel (`notices`, said as they are).
 */
export function hitungResult(report: CheckReport, notices: string[] = []): RibbonResult {
  const u = report.understanding;
  if (report.summary.tables === 0 || u?.level === 'none') {
    return {
      title: 'Tidak ada tabel yang dikenali',
      message:
        'Hitung Capaian tidak menemukan tabel kinerja atau anggaran yang dapat dibaca di buku kerja ini, ' +
        'sehingga tidak ada angka yang diperiksa dan tidak ada yang ditulis; buku kerja tidak diubah.\n\n' +
        'Buka panel (tombol Buka Panel), lalu pilih tab Tabel untuk melihat sebabnya atau menandai tabel secara manual.',
      sheet: '',
    };
  }
  const f = report.summary.findings;
  const hasFindings = f.error + f.warning + f.info > 0;
  const lines = [
    `Tabel diperiksa: ${formatCount(report.summary.tables)}`,
    `Nilai dihitung ulang: ${formatCount(report.summary.results)}`,
    findingsLine(report),
    '',
  ];
  if (u && u.level !== 'full') lines.push(u.summary, '');
  for (const n of notices) lines.push(n, '');
  lines.push(
    hasFindings
      ? `Lembar ${FINDINGS_SHEET} dibuka. Buka panel (tombol Buka Panel) untuk memilih temuan dan menuju selnya.`
      : `Tidak ada temuan pada angka yang diperiksa. Lembar ${SUMMARY_SHEET} dibuka.`,
  );
  return {
    title: u && u.level !== 'full' ? 'Hitung Capaian selesai, sebagian belum terbaca' : 'Hitung Capaian selesai',
    message: lines.join('\n'),
    sheet: hasFindings ? FINDINGS_SHEET : SUMMARY_SHEET,
  };
}

export const HAPUS_TITLE = 'Hapus hasil Hitung Capaian?';

/**
 * What "Hapus" removes. Said as it is: the tool's sheets go as a whole, so text typed into them goes too
 * (until a run keeps typed text, the user is told to copy it first).
 */
export const HAPUS_QUESTION =
  'Yang akan dihapus:\n' +
  `• lembar ${OWN_SHEET_NAMES.join(', ')} yang dibuat Hitung Capaian;\n` +
  '• warna penanda dan catatan sel yang ditambahkan Hitung Capaian;\n' +
  '• kolom hasil hitung ulang yang ditambahkan Hitung Capaian.\n\n' +
  'Data dan angka Anda sendiri tidak diubah.\n\n' +
  `Lembar ${OWN_SHEET_NAMES.join(', ')} yang sudah Anda isi atau ubah tidak dihapus: lembar itu disimpan dengan nama ` +
  'bertanggal, misalnya "Narasi (07.12.26)". Kolom hasil yang sudah Anda ubah juga dibiarkan.';

export const HAPUS_CONFIRM = 'Hapus';
export const HAPUS_CANCEL = 'Batal';

/**
 * Where no dialog can open, "Hapus Hasil" from the ribbon deletes nothing and says so. A second click within a
 * few seconds is not offered: Office may start the function file afresh between clicks (nothing remembers the
 * first one), and an accidental double-click would delete without the user ever reading what goes.
 */
export const HAPUS_NEEDS_PANE =
  'Hapus Hasil dari pita tidak menghapus apa pun: jendela konfirmasi tidak dapat dibuka di Excel ini. ' +
  'Untuk menghapus hasil, pilih Buka Panel, lalu tombol Hapus Hasil di panel dan konfirmasikan di sana.';
