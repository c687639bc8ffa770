import { parseNumberText, conventionName } from './parse';

/** How a person typed the separators: id-ID `1.234.567,89`, en-US `1,234,567.89`. */
export type Convention = 'id-ID' | 'en-US';

export interface ConventionInference {
  convention?: Convention;
  reason: string;
}

/**
 * Decides the separator convention of a column from the cells whose text proves one (`1.234.567,50`,
 * `2,393,600.00`, `80,50`, `87.71`), so that its ambiguous cells (`1.234`) can be read.
 * Why no majority vote: real reports mix both styles in one table, and a cell read the wrong way is
 * off by a factor of 1000; when the proofs disagree we return no convention and say so, so that the
 * caller reports the ambiguous cells instead of guessing.
 */
export function inferConvention(texts: string[]): ConventionInference {
  const proofs: Record<Convention, string[]> = { 'id-ID': [], 'en-US': [] };
  let ambiguous = 0;
  for (const text of texts) {
    const r = parseNumberText(text);
    if (!r.ok) {
      if (r.kind === 'ambiguous') ambiguous++;
      continue;
    }
    if (r.ambiguous) continue; // read by a rule, not proven by its own separators
    if (r.convention === 'plain') {
      // A dot followed by 1, 2 or 4+ digits is a decimal point: only en-US writes it that way.
      if (r.decimals > 0) proofs['en-US'].push(text.trim());
    } else {
      proofs[r.convention].push(text.trim());
    }
  }
  const id = proofs['id-ID'];
  const en = proofs['en-US'];
  const pending = ambiguous > 0 ? `; ${ambiguous} sel bermakna ganda` : '';
  if (id.length > 0 && en.length > 0) {
    return {
      reason:
        `kolom mencampur dua format: ${id.length} sel ${conventionName('id-ID')} (misalnya «${id[0]}») ` +
        `dan ${en.length} sel ${conventionName('en-US')} (misalnya «${en[0]}»), ` +
        `sehingga angka bermakna ganda tidak dapat ditentukan${pending}`,
    };
  }
  if (id.length > 0 || en.length > 0) {
    const convention: Convention = id.length > 0 ? 'id-ID' : 'en-US';
    const proof = id.length > 0 ? id : en;
    return {
      convention,
      reason: `${proof.length} sel hanya cocok dengan ${conventionName(convention)} (misalnya «${proof[0]}»)${pending}`,
    };
  }
  return { reason: `tidak ada sel yang menunjukkan format angka secara pasti${pending}` };
}
