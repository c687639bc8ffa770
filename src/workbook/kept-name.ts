/** Where both adapters move an earlier result sheet that holds the user's typing. */

/**
 * "Narasi" → "Narasi (07.12.26)": a sheet name Excel accepts (at most 31 characters) not yet taken, for an
 * earlier result sheet that holds the user's typing.
 */
export function keptSheetName(name: string, nowIso: string, taken: Set<string>): string {
  const [y, m, d] = nowIso.slice(0, 10).split('-');
  const lower = new Set([...taken].map(n => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = ` (${d}.${m}.${y.slice(2)}${i > 1 ? ` ${i}` : ''})`;
    const candidate = name.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
