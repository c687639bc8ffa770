import * as path from 'path';
import type { CliArgs } from './args';
import { WorkbookRefusal } from '../model/workbook-port';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';
import { runClear, runHitungLean, summaryExportPlan } from '../usecase/run';

const SEVERITY = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

function outputOf(args: CliArgs, command: string): string {
  const input = args.files[0];
  if (!args.output) {
    throw new WorkbookRefusal(`Perintah ${command} memerlukan berkas keluaran: tambahkan -o <keluaran.xlsx>. Berkas masukan tidak pernah ditimpa.`, 'no_output');
  }
  if (path.resolve(args.output) === path.resolve(input)) {
    throw new WorkbookRefusal('Berkas keluaran sama dengan berkas masukan. Pilih nama lain untuk -o agar berkas asli tetap utuh.', 'same_file');
  }
  if (!/\.xlsx$/i.test(args.output)) {
    throw new WorkbookRefusal(`Berkas keluaran ${path.basename(args.output)} harus berakhiran .xlsx.`, 'bad_output');
  }
  return args.output;
}

const idNumber = (n: number) => n.toLocaleString('id-ID');

/** `capaian hitung <in> -o <out> [--ekspor <ringkasan.xlsx>]`: writes results into a copy, prints a summary. */
export async function runHitungFile(args: CliArgs, say: (m: string) => void): Promise<number> {
  const input = args.files[0];
  const output = outputOf(args, 'hitung');
  if (args.exportSummary && [input, output].some(f => path.resolve(f) === path.resolve(args.exportSummary!))) {
    throw new WorkbookRefusal('Berkas ekspor ringkasan harus berbeda dari berkas masukan dan keluaran.', 'same_file');
  }
  const port = new XlsxWorkbook(input, output);
  say(`Memproses ${path.basename(input)}…`);
  const outcome = await runHitungLean(port, args.settings);
  if (outcome.notWritten) {
    say('');
    if (!args.quiet && process.stderr.isTTY) process.stderr.write('\r');
    const r = outcome.report;
    process.stdout.write(
      [
        `Buku kerja: ${r.workbook}`,
        `Tidak ada yang ditulis: ${r.understanding!.summary}`,
        ...r.notices.map(n => `! ${n}`),
        `Berkas keluaran ${output} tidak dibuat; berkas masukan tidak berubah.`,
      ].join('\n') + '\n',
    );
    return 1;
  }
  if (args.exportSummary) {
    say('Menulis ringkasan…');
    // exceljs (half a second to load) serves only this export, so plain check and hitung never load it.
    const { writeExportWorkbook } = require('../workbook/xlsx/write') as typeof import('../workbook/xlsx/write');
    await writeExportWorkbook(summaryExportPlan(outcome), args.exportSummary);
  }
  say('');
  if (!args.quiet && process.stderr.isTTY) process.stderr.write('\r');
  const r = outcome.report;
  const a = outcome.applied!;
  const f = r.summary.findings;
  const lines = [
    `Buku kerja: ${r.workbook}`,
    `Tabel dikenali: ${idNumber(r.tables.length)}; nilai dihitung ulang: ${idNumber(r.results.length)}`,
    `Temuan: ${idNumber(f.error)} ${SEVERITY.error}, ${idNumber(f.warning)} ${SEVERITY.warning}, ${idNumber(f.info)} ${SEVERITY.info}`,
    `Lembar ditulis: ${a.sheetsWritten.map(s => `"${s}"`).join(', ') || '-'}`,
    `Kolom hasil hitung ulang: ${idNumber(outcome.plan.blocks.length)} blok; sel ditulis: ${idNumber(a.cellsWritten)}`,
    `Sel disorot: ${idNumber(a.cellsFilled)}; catatan ditulis: ${idNumber(a.notesWritten)}`,
    ...port.notices.map(n => `! ${n}`),
    `Hasil disimpan di ${output}${args.exportSummary ? `; ringkasan diekspor ke ${args.exportSummary}` : ''}.`,
    `Waktu: ${(outcome.durationMs / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} detik`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** `capaian hapus <in> -o <out>`: removes every result an earlier run wrote. */
export async function runHapusFile(args: CliArgs, say: (m: string) => void): Promise<number> {
  const input = args.files[0];
  const output = outputOf(args, 'hapus');
  const port = new XlsxWorkbook(input, output);
  say(`Menghapus hasil dari ${path.basename(input)}…`);
  const res = await runClear(port);
  say('');
  const lines = [
    ...port.notices,
    port.notices.length ? '' : `Hasil alat ini dihapus: ${idNumber(res.cellsFilled)} sorotan dan ${idNumber(res.notesWritten)} catatan dikembalikan, kolom dan lembar hasil dihapus.`,
    `Buku kerja disimpan di ${output}.`,
  ].filter(Boolean);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
