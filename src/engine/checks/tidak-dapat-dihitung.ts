import { finding, type CheckRule } from './context';
import type { Finding } from '../../model/report';

/**
 * tidak_dapat_dihitung (added by this tool, info): a value the table states or needs that the engine
 * cannot compute — target 0, a target or realisasi that is text or an error value (#DIV/0!) — with the
 * reason, so it is decided by a person instead of silently skipped. Only where the row has something
 * to compute from; a row that is simply empty is nilai_kosong's business.
 */
export const tidakDapatDihitung: CheckRule = ctx => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const n of ctx.notComputed) {
    const key = `${n.sheet}!${n.cell}`;
    if (seen.has(key) || /^\S+ kosong$/.test(n.reason)) continue;
    seen.add(key);
    out.push(finding('tidak_dapat_dihitung', 'info', { sheet: n.sheet, addr: n.cell }, '', '', `Nilai di sel ini tidak dapat dihitung ulang: ${n.reason.replace(/\.$/, '')}. Periksa dan isi secara manual bila perlu.`));
  }
  return out;
};
