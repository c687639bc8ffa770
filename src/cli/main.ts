import * as path from 'path';
import { WorkbookRefusal } from '../model/workbook-port';
import { readUserWorkbook } from '../workbook/xlsx/adapter';
import { checkWorkbook } from '../usecase/run';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { humanReport } from './human';
import { jsonChunks, RowSource } from './json-out';
import { resultOf } from '../usecase/check';
import { runHitungFile, runHapusFile } from './write-commands';
import { loadKoreksiFile, settingsForWorkbook } from './stored-settings';
import type { KoreksiFile } from '../settings-store/koreksi-file';
import type { CheckReport } from '../model/report';

/** Entry point of `capaian`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  let koreksi: KoreksiFile | undefined;
  try {
    args = parseArgs(argv);
    if (args.koreksiFile && args.command !== 'bantuan') koreksi = loadKoreksiFile(args.koreksiFile);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`capaian: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'bantuan') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  try {
    if (args.command === 'check') return await check(args, argv, koreksi);
    if (args.command === 'hitung') {
      const { settings, notices } = await settingsForWorkbook(args, argv, args.files[0], koreksi);
      const code = await runHitungFile({ ...args, settings }, progress(args));
      if (notices.length) process.stdout.write(notices.map(n => `! ${n}`).join('\n') + '\n');
      return code;
    }
    return await runHapusFile(args, progress(args));
  } catch (e) {
    if (e instanceof WorkbookRefusal) {
      process.stderr.write(`capaian: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`capaian: terjadi kesalahan tak terduga: ${(e as Error).message}. Laporkan berkas dan pesan ini kepada pengembang.\n`);
    return 2;
  }
}

function progress(args: CliArgs): (msg: string) => void {
  return (msg: string) => {
    if (!args.quiet && process.stderr.isTTY) process.stderr.write(`\r${msg.padEnd(60)}`);
  };
}

async function check(args: CliArgs, argv: string[], koreksi?: KoreksiFile): Promise<number> {
  const say = progress(args);
  const reports: CheckReport[] = [];
  let lines: RowSource | undefined;
  let failed = 0;
  // One workbook's JSON: its result lines are made as they are written, from the computed values
  // (kept anyway), instead of all held at once. Several workbooks keep their lines: smaller than the values.
  const deferResults = args.json && args.files.length === 1;
  for (const file of args.files) {
    try {
      const { settings, notices } = await settingsForWorkbook(args, argv, file, koreksi);
      const name = path.basename(file);
      const say1 = (step: string) => say(step === 'baca' ? `Membaca ${name}…` : `Memeriksa ${name}…`);
      const { report, computed } = await checkWorkbook({ read: () => readUserWorkbook(file) }, settings, say1, { deferResults });
      if (notices.length) report.notices = [...(report.notices ?? []), ...notices];
      if (deferResults) {
        const values = computed.values;
        lines = new RowSource(values.length, (from, to) => values.slice(from, to).map(resultOf));
      }
      reports.push(report);
    } catch (e) {
      if (!(e instanceof WorkbookRefusal) || args.files.length === 1) throw e;
      failed++;
      process.stderr.write(`capaian: ${e.message}\n`);
    }
  }
  say('');
  if (!args.quiet && process.stderr.isTTY) process.stderr.write('\r');
  if (args.json) {
    const value = lines ? { ...reports[0], results: lines } : reports.length === 1 ? reports[0] : reports;
    for (const text of jsonChunks(value, ' ')) process.stdout.write(text);
    process.stdout.write('\n');
  }
  else process.stdout.write(reports.map(humanReport).join('\n\n' + '─'.repeat(60) + '\n\n') + '\n');
  return failed && !reports.length ? 2 : 0;
}
