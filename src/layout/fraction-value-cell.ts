import { HUNDRED, type Dec } from '../engine/decimal';
import { formatId } from '../engine/number';
import { LazyValueCell } from './lazy-value-cell';

/**
 * A cell of a percentage column stored as fractions without a % format (ColumnMapping.fraction): read × 100,
 * as a % format would make it, so every rule compares it on the percent scale. Only such columns get this
 * class; it adds no field, so the memory design of LazyValueCell holds. A cell that does carry a % format (or
 * a typed "%") is already a percent and is left as it is.
 */
export class FractionValueCell extends LazyValueCell {
  override get value(): Dec | undefined {
    const v = super.value;
    return v && !super.percent ? v.times(HUNDRED) : v;
  }

  override get percent(): boolean {
    return this.hasNumber || super.percent;
  }

  /** 0,8889 shows four decimals; as 88,89 it has two. */
  override get decimals(): number {
    return super.percent ? super.decimals : Math.max(0, super.decimals - 2);
  }

  /** What the cell shows, then the percent it is read as: "0,8889 (88,89%)". */
  override get display(): string {
    if (!this.hasNumber || super.percent || this.fromText) return super.display;
    const v = this.value!;
    const d = this.decimals;
    return `${formatId(v.div(HUNDRED), d + 2)} (${formatId(v, d)}%)`;
  }
}
