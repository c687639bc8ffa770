/**
 * The settings a CLI run uses for one workbook: the command line's, plus what the add-in stored in that workbook
 * (table corrections, polarity, and the options the command line did not name), plus `--koreksi`. So the pane,
 * the ribbon and the CLI give the same result for the same workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { KoreksiFileError, mergeKoreksi, parseKoreksiFile, type KoreksiFile } from '../settings-store/koreksi-file';
import { readStoredSettings } from '../settings-store/xlsx-file';
import type { RunSettings } from '../usecase/settings';
import { UsageError, type CliArgs } from './args';

/** Reads `--koreksi <file.json>`; a missing or malformed file is a UsageError of one sentence. */
export function loadKoreksiFile(file: string): KoreksiFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`Berkas koreksi ${file} tidak dapat dibaca; periksa nama dan lokasinya.`);
  }
  try {
    return parseKoreksiFile(text, path.basename(file));
  } catch (e) {
    if (e instanceof KoreksiFileError) throw new UsageError(e.message);
    throw e;
  }
}

/** Options named on the command line win over the workbook's stored ones. */
const OPTION_OF: [keyof RunSettings, string][] = [
  ['skala', '--skala'],
  ['efisiensi', '--efisiensi'],
  ['capSebelumRataRata', '--cap'],
  ['output', '--hanya-ringkasan'],
];

export async function settingsForWorkbook(
  args: CliArgs,
  argv: string[],
  workbook: string,
  fromFile?: KoreksiFile,
): Promise<{ settings: RunSettings; notices: string[] }> {
  const stored = await readStoredSettings(workbook);
  const settings: RunSettings = { ...args.settings, polaritas: { ...args.settings.polaritas } };
  const notices: string[] = [];
  if (stored) {
    const taken: string[] = [];
    for (const [key, option] of OPTION_OF) {
      if (argv.includes(option) || stored[key] === settings[key]) continue;
      (settings as unknown as Record<string, unknown>)[key] = stored[key];
      taken.push(`${key === 'capSebelumRataRata' ? 'batas capaian' : key} ${stored[key] ?? 'tanpa batas'}`);
    }
    settings.polaritas = { ...stored.polaritas, ...settings.polaritas };
    const polar = Object.keys(stored.polaritas).length;
    if (polar) taken.push(`polaritas ${polar} indikator`);
    if (stored.koreksi.length) taken.push(`${stored.koreksi.length} koreksi tabel`);
    if (taken.length) notices.push(`Pengaturan yang disimpan add-in di buku kerja ini dipakai: ${taken.join(', ')}.`);
  }
  const storedKoreksi = stored?.koreksi ?? [];
  if (fromFile) {
    const name = path.basename(args.koreksiFile ?? 'koreksi.json');
    const merged = mergeKoreksi(storedKoreksi, fromFile.koreksi, name);
    settings.koreksi = merged.koreksi;
    notices.push(...fromFile.notices, ...merged.notices);
  } else {
    settings.koreksi = storedKoreksi;
  }
  return { settings, notices };
}
