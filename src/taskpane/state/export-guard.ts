/** Export refuses a result computed with other settings than the ones now chosen, and says what to do. */
import type { StatusMessage } from './run-state';

export function staleExportStatus(stale: boolean): StatusMessage | undefined {
  if (!stale) return undefined;
  return {
    intent: 'warning',
    title: 'Ringkasan belum diekspor',
    text:
      'Pengaturan atau koreksi tabel diubah setelah penghitungan terakhir, sehingga hasil yang tampil tidak sesuai lagi dengan pengaturan. ' +
      'Tekan Hitung Capaian lagi, lalu Ekspor Ringkasan.',
  };
}
