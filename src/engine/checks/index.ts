import type { Finding, FindingGroup } from '../../model/report';
import { angkaTeks } from './angka-teks';
import { capaianSelisih } from './capaian-selisih';
import type { CheckContext, CheckRule } from './context';
import { efisiensiSelisih } from './efisiensi-selisih';
import { efisiensiTanpaCapaian } from './efisiensi-tanpa-capaian';
import { kategoriSelisih } from './kategori-selisih';
import { nilaiKosong } from './nilai-kosong';
import { nilaiTidakWajar } from './nilai-tidak-wajar';
import { persenAnggaranSelisih } from './persen-anggaran-selisih';
import { rataRataSelisih } from './rata-rata-selisih';
import { realisasiMelebihiPagu } from './realisasi-melebihi-pagu';
import { sisaSelisih } from './sisa-selisih';
import { jumlahSelisih } from './jumlah-selisih';
import { kodeGanda } from './kode-ganda';
import { kodeTidakBaku } from './kode-tidak-baku';
import { groupFindings } from './groups';
import { labelRows } from './row-label';
import { paguBerbeda } from './pagu-berbeda';
import { rincianSelisih } from './rincian-selisih';
import { satuanBerbeda } from './satuan-berbeda';
import { targetBerbeda } from './target-berbeda';
import { hardcodedCapaian } from './hardcoded-capaian';
import { realisasiTriwulan } from './realisasi-triwulan';
import { narasiSelisih } from './narasi-selisih';
import { tidakDapatDihitung } from './tidak-dapat-dihitung';

/** Every rule the engine runs, in the order findings are listed. */
export const RULES: CheckRule[] = [
  realisasiTriwulan,
  capaianSelisih,
  persenAnggaranSelisih,
  efisiensiSelisih,
  efisiensiTanpaCapaian,
  kategoriSelisih,
  rataRataSelisih,
  sisaSelisih,
  jumlahSelisih,
  rincianSelisih,
  realisasiMelebihiPagu,
  targetBerbeda,
  paguBerbeda,
  satuanBerbeda,
  kodeGanda,
  kodeTidakBaku,
  hardcodedCapaian,
  nilaiKosong,
  angkaTeks,
  nilaiTidakWajar,
  tidakDapatDihitung,
  narasiSelisih,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule, names each finding's row, and groups findings that share one cause. */
export function checkAll(ctx: CheckContext, sheetOrder: string[]): { findings: Finding[]; groups: FindingGroup[] } {
  const findings = labelRows(runChecks(ctx, sheetOrder), ctx.tables);
  return { findings, groups: groupFindings(findings, ctx.workbook) };
}

/** Runs every rule; findings are sorted by sheet order, then row, then severity. */
export function runChecks(ctx: CheckContext, sheetOrder: string[]): Finding[] {
  const all = dropEchoes(RULES.flatMap(rule => rule(ctx)));
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const at = (s: string) => sheetIndex.get(s) ?? -1;
  return all.sort(
    (a, b) =>
      at(a.sheet) - at(b.sheet) ||
      rowOf(a.cell) - rowOf(b.cell) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

/**
 * A sisa cell that is wrong against its own row is usually also off against its children's sum;
 * saying it twice on one cell is noise, so the direct finding stays and the echo goes.
 */
function dropEchoes(findings: Finding[]): Finding[] {
  const direct = new Set(findings.filter(f => f.rule === 'sisa_selisih').map(f => `${f.sheet}!${f.cell}`));
  return findings.filter(f => !(f.rule === 'jumlah_selisih' && direct.has(`${f.sheet}!${f.cell}`)));
}
