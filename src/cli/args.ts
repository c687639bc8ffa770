import { presetId, SCALE_PRESETS } from '../engine/kategori';
import type { EfisiensiDefinition } from '../engine/efisiensi';
import { DEFAULT_SETTINGS, type RunSettings } from '../usecase/settings';

export interface CliArgs {
  command: 'check' | 'hitung' | 'hapus' | 'bantuan';
  files: string[];
  json: boolean;
  output?: string;
  exportSummary?: string;
  /** `--koreksi <file.json>`: table corrections (docs/koreksi.md), applied over those stored in the workbook. */
  koreksiFile?: string;
  settings: RunSettings;
  quiet: boolean;
}

export class UsageError extends Error {}

const EFISIENSI: EfisiensiDefinition[] = ['sisa', 'selisih', 'rasio', 'pmk'];

export function parseArgs(argv: string[]): CliArgs {
  const [cmd, ...rest] = argv;
  const command = cmd === 'check' || cmd === 'periksa' ? 'check' : cmd === 'hitung' ? 'hitung' : cmd === 'hapus' || cmd === 'hapus-hasil' ? 'hapus' : 'bantuan';
  const settings: RunSettings = { ...DEFAULT_SETTINGS, polaritas: {}, koreksi: [] };
  const out: CliArgs = { command, files: [], json: false, settings, quiet: false };
  if (command === 'bantuan') return out;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`Opsi ${a} memerlukan nilai.`);
      return v;
    };
    if (a === '--json') out.json = true;
    else if (a === '-q' || a === '--quiet') out.quiet = true;
    else if (a === '-o' || a === '--output') out.output = value();
    else if (a === '--ekspor') out.exportSummary = value();
    else if (a === '--koreksi') out.koreksiFile = value();
    else if (a === '--skala') {
      const v = value();
      // Old ids (seed004) are aliases of their preset: stored as the current id.
      const id = v === 'otomatis' ? v : presetId(v);
      if (!id) throw new UsageError(`Skala "${v}" tidak dikenal. Pilihan: otomatis, ${SCALE_PRESETS.map(p => p.id).join(', ')}.`);
      settings.skala = id;
    } else if (a === '--efisiensi') {
      const v = value() as EfisiensiDefinition;
      if (!EFISIENSI.includes(v)) throw new UsageError(`Definisi efisiensi "${v}" tidak dikenal. Pilihan: ${EFISIENSI.join(', ')}.`);
      settings.efisiensi = v;
    } else if (a === '--cap') {
      const v = value();
      if (!/^\d{2,3}$/.test(v)) throw new UsageError('Opsi --cap memerlukan bilangan bulat persen, mis. 100 atau 120.');
      settings.capSebelumRataRata = Number(v);
    } else if (a === '--hanya-ringkasan') settings.output = 'ringkasan';
    else if (a.startsWith('-')) throw new UsageError(`Opsi ${a} tidak dikenal. Jalankan "capaian bantuan".`);
    else out.files.push(a);
  }
  if (!out.files.length) throw new UsageError('Sebutkan berkas .xlsx yang akan diproses.');
  if ((command === 'hitung' || command === 'hapus') && out.files.length !== 1) throw new UsageError(`Perintah ${command} memproses satu berkas sekaligus.`);
  return out;
}

export const HELP = `capaian — menghitung ulang dan memeriksa capaian kinerja, anggaran dan efisiensi

Penggunaan:
  capaian check <berkas.xlsx>... [--json] [--skala <id>] [--efisiensi <definisi>] [--cap 100|120]
      Mengenali tabel DPA, Perjanjian Kinerja, Realisasi dan Efisiensi, menghitung ulang, dan
      mencantumkan setiap ketidaksesuaian. Berkas tidak diubah.
  capaian hitung <masukan.xlsx> -o <keluaran.xlsx> [--ekspor <ringkasan.xlsx>] [--hanya-ringkasan]
      Menulis sorotan, catatan, kolom hasil hitung ulang, lembar "Ringkasan Capaian" dan "Temuan".
  capaian hapus <masukan.xlsx> -o <keluaran.xlsx>
      Menghapus semua hasil yang pernah ditulis alat ini.

Skala: otomatis (tabel skala di buku kerja, bila ada), ${SCALE_PRESETS.map(p => p.id).join(', ')}
Efisiensi: sisa, selisih (bawaan), rasio, pmk
Koreksi: --koreksi <koreksi.json> (check, hitung) menandai tabel, jenis dan peran kolomnya (docs/koreksi.md).
  Koreksi dan pengaturan yang disimpan add-in di buku kerja selalu dipakai; untuk tabel yang sama berkas menang.
Kode keluar: 0 = selesai (temuan bukan kegagalan), 1 = hitung tidak menulis apa pun karena tidak ada tabel
  atau nilai yang terbaca, 2 = masukan tidak dapat dipakai.`;
