import type { CliArgs } from './args';
import { WorkbookRefusal } from '../workbook/port';

/** `capaian hitung`: lands with the write-back work. */
export async function runHitungFile(args: CliArgs, say: (m: string) => void): Promise<number> {
  void args; void say;
  throw new WorkbookRefusal('Perintah "hitung" belum tersedia pada versi ini; gunakan "capaian check".', 'not_available');
}

export async function runHapusFile(args: CliArgs, say: (m: string) => void): Promise<number> {
  void args; void say;
  throw new WorkbookRefusal('Perintah "hapus" belum tersedia pada versi ini.', 'not_available');
}
