/**
 * Fuzzing the Permendagri 90/2019 code reader (src/layout/codes.ts): splitCode, codeLevel and
 * malformedCode answer on any text and any dotted digits.
 */
import fc from 'fast-check';
import { codeLevel, isAncestorCode, isCode, malformedCode, splitCode } from '../../src/layout/codes';

const numRuns = Number(process.env.FUZZ_RUNS || 2000);
/** Jest's 180 s default would cut a long `npm run fuzz` short: allow ~1 ms per case. */
const timeout = Math.max(180_000, numRuns * 1);

const LEVELS = ['total', 'urusan', 'program', 'kegiatan', 'sub_kegiatan', 'rekening', 'sasaran', 'indikator', 'unknown'];

/** Dotted digit groups as typed: 7.01.01.2.01.0001, 5.1.02.01.01.0024, odd widths and stray separators. */
const codeLike = fc
  .tuple(
    fc.array(fc.stringMatching(/^\d{0,5}$/), { minLength: 1, maxLength: 10 }),
    fc.constantFrom('.', '.', '.', ',', ' . ', '..'),
    fc.constantFrom('', ' ', ' Program Penunjang', '. Kegiatan', ': Sub Kegiatan', ') x', '-', '\u00a0Belanja', '\n'),
  )
  .map(([parts, sep, tail]) => parts.join(sep) + tail);

describe('fuzz: kode program/kegiatan/rekening', () => {
  it('splitCode, isCode, codeLevel and malformedCode never throw', () => {
    fc.assert(
      fc.property(fc.oneof(codeLike, fc.string({ maxLength: 40, unit: 'grapheme' }), fc.string({ maxLength: 20, unit: 'binary' })), text => {
        const s = splitCode(text);
        expect(typeof s.rest).toBe('string');
        expect(typeof isCode(text)).toBe('boolean');
        if (s.code !== undefined) {
          expect(s.code).toMatch(/^\d+(\.\d+)+$/);
          expect(text.includes(s.code)).toBe(true);
          expect(LEVELS).toContain(codeLevel(s.code));
          const bad = malformedCode(s.code);
          expect(bad === undefined || (typeof bad === 'string' && bad.length > 0)).toBe(true);
        }
        // The level and malformation checks also see raw text (a Kode column holds anything).
        expect(LEVELS).toContain(codeLevel(text));
        const bad = malformedCode(text);
        expect(bad === undefined || typeof bad === 'string').toBe(true);
        expect(typeof isAncestorCode(text, s.code ?? text)).toBe('boolean');
      }),
      { numRuns },
    );
  }, timeout);

  it('answers quickly on very long code-like texts', () => {
    for (const t of ['1.' + '1.'.repeat(16000), '7.01' + '.01'.repeat(10000) + ' x', '1'.repeat(32000), '1.1 '.repeat(8000)]) {
      const start = Date.now();
      const s = splitCode(t);
      codeLevel(t);
      malformedCode(t);
      if (s.code) codeLevel(s.code);
      expect(Date.now() - start).toBeLessThan(2000);
    }
  }, timeout);
});
