import * as path from 'path';
import { WorkbookRefusal } from '../workbook/port';
import { readUserWorkbook } from '../workbook/xlsx/adapter';
import { evaluateWorkbook } from '../usecase/check';
import { HELP, parseArgs, UsageError, type CliArgs } from './args';
import { humanReport } from './human';
import { runHitungFile, runHapusFile } from './write-commands';

/** Entry point of `capaian`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
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
    if (args.command === 'check') return await check(args);
    if (args.command === 'hitung') return await runHitungFile(args, progress(args));
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

async function check(args: CliArgs): Promise<number> {
  const say = progress(args);
  const reports = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      say(`Membaca ${path.basename(file)}…`);
      const wb = await readUserWorkbook(file);
      say(`Memeriksa ${path.basename(file)}…`);
      const { report } = evaluateWorkbook(wb, args.settings);
      reports.push(report);
    } catch (e) {
      if (!(e instanceof WorkbookRefusal) || args.files.length === 1) throw e;
      failed++;
      process.stderr.write(`capaian: ${e.message}\n`);
    }
  }
  say('');
  if (!args.quiet && process.stderr.isTTY) process.stderr.write('\r');
  if (args.json) process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 1) + '\n');
  else process.stdout.write(reports.map(humanReport).join('\n\n' + '─'.repeat(60) + '\n\n') + '\n');
  return failed && !reports.length ? 2 : 0;
}
