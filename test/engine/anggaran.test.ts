import { Dec, fixed, plain } from '../../src/engine/decimal';
import { jumlahRincian, persenSisa, serapan, sisa } from '../../src/engine/anggaran';

const d = (s: string) => new Dec(s);

describe('serapan = realisasi/pagu×100 (real seed figures)', () => {
  test.each<[string, string, string, string]>([
    ['seed 000 program 1: 3.316.890.480 / 3.687.031.522 = 89,96% (Tabel 13 prints 89.65)', '3316890480', '3687031522', '89.96'],
    ['seed 000 D.02 Bahan Logistik: 45.984.000 / 35.034.000 = 131,26% (over pagu)', '45984000', '35034000', '131.26'],
    ['seed 001: 2.691.183.025 / 2.727.830.700 = 98,66% (REALISASI TAHUNAN)', '2691183025', '2727830700', '98.66'],
    ['seed 002 Tabel 43: 10.904.945.967 / 11.862.514.803 = 91,93%', '10904945967', '11862514803', '91.93'],
    ['seed 002 Tabel 19 wrong pagu 11.682.514.802 would give 93,34%', '10904945967', '11682514802', '93.34'],
    ['seed 002 Tabel 43: Rp8.941.527.114 / Rp 9.769.147.647 = 91,53%', '8941527114', '9769147647', '91.53'],
    ['seed 002 Tabel 43: 7.705.000 / 7.965.540 = 96,73%', '7705000', '7965540', '96.73'],
    ['seed 003: 4.154.843.645 / 4.334.331.227 = 95,86%', '4154843645', '4334331227', '95.86'],
    ['realisasi 0 → 0%', '0', '1000', '0.00'],
  ])('%s', (_n, realisasi, pagu, expected) => {
    const r = serapan(d(realisasi), d(pagu));
    expect(r.ok && fixed(r.value)).toBe(expected);
    expect(r.ok && r.formula).toBe('realisasi/pagu×100');
  });

  test.each([['0'], ['-5']])('pagu %s → not computable, Indonesian reason', (pagu) => {
    const r = serapan(d('100'), d(pagu));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^Pagu bernilai (0|negatif); persentase serapan tidak dapat dihitung/);
  });
});

describe('sisa = pagu − realisasi (rupiah exact)', () => {
  test.each<[string, string, string, string]>([
    ['seed 003: 4.334.331.227 − 4.154.843.645 = 179.487.582', '4334331227', '4154843645', '179487582'],
    ['seed 001 TOTAL: 2.727.830.700 − 2.691.183.025 = 36.647.675', '2727830700', '2691183025', '36647675'],
    ['seed 001 Program 4: 14.060.400 − 13.978.150 = 82.250 (stated 41.350)', '14060400', '13978150', '82250'],
    ['seed 002: 11.862.514.803 − 10.904.945.967 = 957.568.836 (prose says 1.483.300.652)', '11862514803', '10904945967', '957568836'],
    ['seed 000: over pagu gives a negative sisa', '35034000', '45984000', '-10950000'],
    ['cents are kept', '10531067845.50', '10531067845.25', '0.25'],
  ])('%s', (_n, pagu, realisasi, expected) => {
    expect(plain(sisa(d(pagu), d(realisasi)))).toBe(expected);
  });
});

describe('persenSisa = (pagu − realisasi)/pagu×100', () => {
  test.each<[string, string, string, string]>([
    ['seed 003: 179.487.582 / 4.334.331.227 = 4,14%', '4334331227', '4154843645', '4.14'],
    ['seed 002: 957.568.836 / 11.862.514.803 = 8,07% (prose says 13,13)', '11862514803', '10904945967', '8.07'],
    ['seed 001 Program 4: 82.250 / 14.060.400 = 0,58%', '14060400', '13978150', '0.58'],
    ['seed 001 TOTAL: 36.647.675 / 2.727.830.700 = 1,34%', '2727830700', '2691183025', '1.34'],
  ])('%s', (_n, pagu, realisasi, expected) => {
    const r = persenSisa(d(pagu), d(realisasi));
    expect(r.ok && fixed(r.value)).toBe(expected);
    expect(r.ok && r.formula).toBe('(pagu − realisasi)/pagu×100');
  });

  test('pagu 0 → not computable', () => {
    const r = persenSisa(d('0'), d('0'));
    expect(!r.ok && r.reason).toMatch(/^Pagu bernilai 0; persentase sisa tidak dapat dihitung/);
  });
});

describe('jumlahRincian = koefisien × harga × (1 + PPN/100)', () => {
  test.each<[string, string, string, string | undefined, string]>([
    ['without PPN', '12', '150000', undefined, '1800000'],
    ['PPN 0 equals without PPN', '12', '150000', '0', '1800000'],
    ['PPN 11%', '12', '150000', '11', '1998000'],
    ['PPN 11% on a fractional koefisien keeps the exact rupiah', '2.5', '33333', '11', '92499.075'],
    ['PPN 12%', '3', '1250000', '12', '4200000'],
  ])('%s', (_n, k, h, ppn, expected) => {
    expect(plain(jumlahRincian(d(k), d(h), ppn === undefined ? undefined : d(ppn)))).toBe(expected);
  });
});
