import { RUN_RECORD_SHEET } from '../../model/write-plan';
import { WorkbookRefusal } from '../../model/workbook-port';

/**
 * Turns whatever Excel.run rejected with into a WorkbookRefusal the task pane can show as is.
 * Office errors are recognised by shape (a string `code`, as OfficeExtension.Error carries), never by
 * `instanceof`, so this module works outside Office and with any stand-in host.
 */

export const MESSAGES = {
  cellEdit: 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.',
  tooLarge:
    'Buku kerja terlalu besar untuk diproses sekaligus oleh Excel. Pindahkan lembar yang tidak diperlukan ke berkas lain ' +
    'atau gunakan alat baris perintah (capaian check) untuk berkas ini, lalu coba lagi.',
  protectedGeneric:
    'Excel menolak perubahan karena lembar atau buku kerja diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar ' +
    'atau Proteksi Buku Kerja), lalu jalankan lagi.',
  general:
    'Excel mengalami kesalahan umum saat memproses permintaan. Simpan buku kerja, tutup lalu buka kembali, kemudian coba lagi.',
  notFound:
    'Lembar atau sel yang dituju tidak ditemukan; mungkin baru saja diganti namanya atau dihapus. Jalankan pemeriksaan ' +
    'lagi agar buku kerja dibaca ulang, lalu terapkan hasilnya.',
  apiMissing:
    'Versi Excel ini belum mendukung fitur yang diperlukan add-in. Perbarui Microsoft 365 atau gunakan Excel di web, lalu coba lagi.',
  busy: 'Excel sedang sibuk atau koneksi terputus. Tunggu beberapa detik, lalu coba lagi.',
  exists:
    'Lembar dengan nama yang sama sudah ada di buku kerja. Ganti nama atau hapus lembar itu, lalu jalankan lagi.',
} as const;

export function sheetProtectedMessage(sheets: string[]): string {
  const list = sheets.map(s => `"${s}"`).join(', ');
  return (
    `Lembar ${list} diproteksi sehingga hasil tidak dapat ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), ` +
    'lalu jalankan lagi. Tidak ada yang diubah.'
  );
}

export function workbookProtectedMessage(): string {
  return (
    'Struktur buku kerja diproteksi sehingga lembar hasil tidak dapat ditambah atau dihapus. Buka proteksinya ' +
    '(Tinjau › Proteksi Buku Kerja), lalu jalankan lagi. Tidak ada yang diubah.'
  );
}

export function sheetMissingMessage(sheet: string): string {
  return `Lembar "${sheet}" tidak ditemukan di buku kerja. Jalankan pemeriksaan lagi agar buku kerja dibaca ulang, lalu terapkan hasilnya.`;
}

export function foreignSheetMessage(sheet: string): string {
  return (
    `Lembar "${sheet}" sudah ada tetapi tidak tercatat sebagai hasil Hitung Capaian, sehingga tidak ditimpa. ` +
    'Ganti nama atau hapus lembar itu, lalu jalankan lagi.'
  );
}

export function recordVisibleMessage(): string {
  return (
    `Lembar "${RUN_RECORD_SHEET}" terlihat, sehingga dianggap lembar Anda dan tidak diubah. Bila lembar itu catatan Hitung ` +
    'Capaian yang dimunculkan kembali, sembunyikan lagi (klik kanan tab lembar, Sembunyikan); bila lembar Anda, ganti namanya. Lalu jalankan lagi.'
  );
}

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown };
}

/** The Office error code of an error, or undefined when it is not an Office error. */
export function officeErrorCode(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as OfficeLikeError;
  if (typeof e.code === 'string' && e.code) return e.code;
  if (e.debugInfo && typeof e.debugInfo.code === 'string') return e.debugInfo.code;
  return undefined;
}

/** The refusal each Office error code becomes: the sentence (a key of MESSAGES), our code, and the codes. */
const REFUSALS: [keyof typeof MESSAGES, string, string[]][] = [
  ['cellEdit', 'cell_edit', ['InvalidOperationInCellEditMode']],
  ['tooLarge', 'too_large', ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']],
  ['protectedGeneric', 'protected', ['AccessDenied', 'InvalidOperation']],
  ['general', 'general', ['GeneralException']],
  ['notFound', 'not_found', ['ItemNotFound', 'InvalidReference']],
  ['exists', 'sheet_exists', ['ItemAlreadyExists']],
  ['apiMissing', 'api_missing', ['ApiNotFound', 'NotImplemented', 'UnsupportedOperation', 'UnsupportedFeature']],
  ['busy', 'busy', ['ActivityLimitReached', 'RequestAborted', 'ServiceNotAvailable', 'Conflict', 'InactiveWorkbook']],
];

/** Maps any error from a batch to a WorkbookRefusal; refusals pass through unchanged. */
export function toRefusal(err: unknown): WorkbookRefusal {
  if (err instanceof WorkbookRefusal) return err;
  const code = officeErrorCode(err);
  const known = code ? REFUSALS.find(r => r[2].includes(code)) : undefined;
  if (known) return new WorkbookRefusal(MESSAGES[known[0]], known[1]);
  const detail = code ? ` (kode ${code})` : '';
  const raw = err && typeof err === 'object' && typeof (err as OfficeLikeError).message === 'string'
    ? ` ${String((err as OfficeLikeError).message).slice(0, 200)}`
    : '';
  return new WorkbookRefusal(
    `Terjadi kesalahan tak terduga saat bekerja dengan Excel${detail}.${raw ? ' Rincian:' + raw : ''} ` +
      'Simpan pekerjaan Anda, lalu coba lagi; bila terus berulang, laporkan pesan ini kepada pengelola add-in.',
    code ? `office_${code}` : 'unexpected',
  );
}
