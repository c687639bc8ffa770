/**
 * Appends items one by one. `into.push(...items)` passes every item as an argument, which overflows the
 * call stack once a list grows with the row count (hundreds of thousands of findings, notes or cells).
 */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const x of items) into.push(x);
  return into;
}
