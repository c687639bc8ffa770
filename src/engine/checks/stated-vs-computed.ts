import type { ComputedValue } from '../compute';
import { rowAt, type ValueCell } from '../../layout/table-values';
import { Dec, fixed } from '../decimal';

const CENT = new Dec('0.01');
import { formatId } from '../number';
import type { Metric, RuleId } from '../../model/report';
import { matchesStated } from '../rounding';
import { finding, type CheckContext } from './context';
import { isNumber } from '../../layout/table-values';
import type { Finding } from '../../model/report';

/**
 * The shared shape of "stated value differs from the recomputed one" rules: a stated number that
 * matches the exact value rounded or truncated to its own decimals is not an error.
 */
export function statedMismatches(
  ctx: CheckContext,
  rule: RuleId,
  metrics: Metric[],
  describe: (c: ComputedValue, shown: string) => string,
  roles?: (role: string) => boolean,
): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.computed) {
    if (!metrics.includes(c.metric)) continue;
    if (roles && !roles(c.role)) continue;
    const s = c.stated;
    if (!isNumber(s)) continue;
    // Percentages reports compute from the inputs as displayed may differ by a hundredth: not an error.
    const tolerance = c.places === 2 && s.decimals >= 2 ? CENT : undefined;
    if (matchesStated(s.value, s.decimals, c.value, tolerance ? { tolerance } : undefined)) continue;
    const shown = formatId(c.value.toDecimalPlaces(c.places), c.places);
    out.push(
      finding(rule, 'error', { sheet: c.sheet, addr: c.cell }, s.display, fixed(c.value, c.places), describe(c, shown), c.inputs),
    );
  }
  return out;
}

/** "realisasi 80,50 / target 85" from the inputs of a computed value, for messages. */
export function inputsText(ctx: CheckContext, c: ComputedValue, names: string[]): string {
  const tv = ctx.tables.find(t => t.table.id === c.tableId);
  const rv = tv && rowAt(tv, c.rowIndex);
  if (!rv) return '';
  const parts: string[] = [];
  c.inputs.forEach((addr, i) => {
    const cell = Object.values(rv.cells).find(x => x.addr === addr);
    if (cell && cell.status === 'number') parts.push(`${names[i] ?? 'nilai'} ${cell.display}`);
  });
  return parts.join(', ');
}

/** The cells a computed value was computed from, in the order of its inputs. */
export function inputCells(ctx: CheckContext, c: ComputedValue): (ValueCell | undefined)[] {
  const tv = ctx.tables.find(t => t.table.id === c.tableId);
  const rv = tv && rowAt(tv, c.rowIndex);
  return c.inputs.map(addr => (rv ? Object.values(rv.cells).find(x => x.addr === addr) : undefined));
}
