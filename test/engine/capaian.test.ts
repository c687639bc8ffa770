import { Dec, fixed } from '../../src/engine/decimal';
import {
  aggregateQuarters,
  aggregationFor,
  hitungCapaian,
  parseRangeTarget,
  rataRataCapaian,
  type CapaianResult,
  type Polarity,
} from '../../src/engine/capaian';

const d = (s: string) => new Dec(s);
const value = (r: CapaianResult) => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return fixed(r.value, 2);
};

describe('capaian positif: realisasi/target×100 (real seed figures)', () => {
  test.each<[string, string, string, string]>([
    ['seed 000: IKM 80,50 against 85 is 94,71% (the report prints 91,09)', '85', '80.50', '94.71'],
    ['seed 000: quarters summed, 1240 against 310 = 400%', '310', '1240', '400.00'],
    ['seed 000: 3 unit against target 4 = 75% (prose says 99,74)', '4', '3', '75.00'],
    ['seed 000: 10 unit against target 8 = 125% (prose says 87,89)', '8', '10', '125.00'],
    ['seed 000: T24 5.562/7.417 = 74,99% (column printed 5.562)', '7417', '5562', '74.99'],
    ['seed 000: T24 60/16 = 375%', '16', '60', '375.00'],
    ['seed 001: IKM 92,79/87 = 106,66% (report truncates to 106)', '87', '92.79', '106.66'],
    ['seed 001: surat 1723/1542 = 111,74%', '1542', '1723', '111.74'],
    ['seed 001: Musrenbang 113/140 = 80,71% (stated 82)', '140', '113', '80.71'],
    ['seed 001: kunjungan tamu 2.934/6960 = 42,16% (prose says 100%)', '6960', '2934', '42.16'],
    ['seed 001: kegiatan 5, 120/120 = 100% (stated 120)', '120', '120', '100.00'],
    ['seed 002: IKM 88,04/80 = 110,05%', '80', '88.04', '110.05'],
    ['seed 002: transposed 88,40/80 = 110,50%', '80', '88.40', '110.50'],
    ['seed 002: Nilai SAKIP 76,4/83 = 92,05%', '83', '76.4', '92.05'],
    ['seed 002: Nilai ZI 19,94/52 = 38,35%', '52', '19.94', '38.35'],
    ['seed 002: PK target 4 dokumen against 2 = 50%', '4', '2', '50.00'],
  ])('%s', (_name, target, realisasi, expected) => {
    const r = hitungCapaian({ target: d(target), realisasi: d(realisasi), polarity: 'positif' });
    expect(value(r)).toBe(expected);
    expect(r.ok && r.formula).toBe('positif: realisasi/target×100');
  });

  test('value is unrounded: 92,79/87 keeps its digits', () => {
    const r = hitungCapaian({ target: d('87'), realisasi: d('92.79'), polarity: 'positif' });
    expect(r.ok && r.value.toFixed(6)).toBe('106.655172');
  });
});

describe('capaian negatif', () => {
  test.each<[string, string, string, string]>([
    ['domain: target 7 bulan, realisasi 6,5 → 107,14%', '7', '6.5', '107.14'],
    ['seed 002: pengaduan target 5, realisasi 0 → 200,00% (stated 0)', '5', '0', '200.00'],
    ['realisasi equal to target → 100%', '5', '5', '100.00'],
    ['realisasi twice the target → 0%', '5', '10', '0.00'],
    ['realisasi above twice the target goes below 0 and is kept', '5', '12', '-40.00'],
  ])('standar (2 − R/T)×100: %s', (_n, target, realisasi, expected) => {
    const r = hitungCapaian({ target: d(target), realisasi: d(realisasi), polarity: 'negatif' });
    expect(value(r)).toBe(expected);
    expect(r.ok && r.formula).toBe('negatif: (2 − realisasi/target)×100');
  });

  test('target/realisasi option is labelled and differs from the standard', () => {
    const r = hitungCapaian({ target: d('7'), realisasi: d('6.5'), polarity: 'negatif', negativeFormula: 'target_per_realisasi' });
    expect(value(r)).toBe('107.69');
    expect(r.ok && r.formula).toContain('target/realisasi');
  });

  test('target/realisasi option with realisasi 0 is not computable', () => {
    const r = hitungCapaian({ target: d('5'), realisasi: d('0'), polarity: 'negatif', negativeFormula: 'target_per_realisasi' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Realisasi bernilai 0/);
  });
});

describe('target 0', () => {
  test.each<[Polarity, string]>([
    ['positif', '0'],
    ['positif', '3'],
    ['negatif', '0'],
    ['negatif', '2'],
  ])('default policy: %s with realisasi %s is not computable, with an Indonesian reason', (polarity, realisasi) => {
    const r = hitungCapaian({ target: d('0'), realisasi: d(realisasi), polarity });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^Target bernilai 0; capaian tidak dapat dihitung/);
  });

  test('policy nol_sama_dengan_100: realisasi 0 on a negative indicator = 100 (seed 002 "0 kejadian dari target 0")', () => {
    const r = hitungCapaian({ target: d('0'), realisasi: d('0'), polarity: 'negatif', targetZero: 'nol_sama_dengan_100' });
    expect(value(r)).toBe('100.00');
    expect(r.ok && r.formula).toMatch(/kebijakan target nol/);
  });

  test.each<[Polarity, string]>([
    ['negatif', '1'],
    ['positif', '0'],
  ])('policy nol_sama_dengan_100 does not cover %s with realisasi %s', (polarity, realisasi) => {
    const r = hitungCapaian({ target: d('0'), realisasi: d(realisasi), polarity, targetZero: 'nol_sama_dengan_100' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/hanya berlaku untuk indikator negatif/);
  });

  test('negative target is refused, not silently inverted', () => {
    const r = hitungCapaian({ target: d('-2'), realisasi: d('1'), polarity: 'positif' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Target bernilai negatif/);
  });
});

describe('range target', () => {
  const range = { low: d('80'), high: d('90') };
  test.each<[string, Polarity, string, string]>([
    ['inside (lower edge)', 'positif', '80', '100.00'],
    ['inside', 'positif', '85', '100.00'],
    ['inside (upper edge)', 'positif', '90', '100.00'],
    ['above → upper bound: 99/90', 'positif', '99', '110.00'],
    ['below → lower bound: 72/80', 'positif', '72', '90.00'],
    ['negatif above → upper bound: (2 − 99/90)', 'negatif', '99', '90.00'],
    ['negatif below → lower bound: (2 − 72/80)', 'negatif', '72', '110.00'],
  ])('%s (%s)', (_n, polarity, realisasi, expected) => {
    const r = hitungCapaian({ target: range, realisasi: d(realisasi), polarity });
    expect(value(r)).toBe(expected);
    expect(r.ok && r.formula).toMatch(/target rentang 80,00–90,00/);
  });

  test('range with lower bound 0 below is not computable', () => {
    const r = hitungCapaian({ target: { low: d('0'), high: d('5') }, realisasi: d('-1'), polarity: 'positif' });
    expect(r.ok).toBe(false);
  });
});

describe('parseRangeTarget', () => {
  test.each<[string, string | undefined, string | undefined]>([
    ['80–90', '80', '90'],
    ['80 - 90', '80', '90'],
    ['80 s.d. 90', '80', '90'],
    ['80 s/d 90', '80', '90'],
    ['80 sampai dengan 90', '80', '90'],
    ['80% - 90%', '80', '90'],
    ['80,5 – 90,25', '80.5', '90.25'],
    ['1.000 - 2.500', '1000', '2500'],
    ['90 - 80', '80', '90'],
    ['85', undefined, undefined],
    ['> 80', undefined, undefined],
    ['', undefined, undefined],
    ['80 - 90 dokumen', undefined, undefined],
  ])('%s', (text, low, high) => {
    const r = parseRangeTarget(text);
    if (low === undefined) {
      expect(r).toBeUndefined();
    } else {
      expect(r && r.low.toFixed()).toBe(low);
      expect(r && r.high.toFixed()).toBe(high);
    }
  });
});

describe('quarterly aggregation', () => {
  test.each<[string, { satuan?: string; polarity: Polarity; isIndex?: boolean }, string]>([
    ['dokumen is a count', { satuan: 'dokumen', polarity: 'positif' }, 'jumlah'],
    ['orang is a count', { satuan: 'Orang', polarity: 'positif' }, 'jumlah'],
    ['kali is a count', { satuan: 'kali', polarity: 'positif' }, 'jumlah'],
    ['eksm (seed 001) is a count', { satuan: 'eksm', polarity: 'positif' }, 'jumlah'],
    ['% is a level', { satuan: '%', polarity: 'positif' }, 'nilai_akhir'],
    ['persen is a level', { satuan: 'Persen', polarity: 'positif' }, 'nilai_akhir'],
    ['Nilai (IKM) is a level', { satuan: 'Nilai', polarity: 'positif' }, 'nilai_akhir'],
    ['indeks is a level', { satuan: 'indeks', polarity: 'positif' }, 'nilai_akhir'],
    ['isIndex wins over a count unit', { satuan: 'kali', polarity: 'positif', isIndex: true }, 'nilai_akhir'],
    ['negative indicator takes the last quarter', { satuan: 'pengaduan', polarity: 'negatif' }, 'nilai_akhir'],
    ['no satuan: not summed', { polarity: 'positif' }, 'nilai_akhir'],
  ])('%s', (_n, kind, expected) => {
    expect(aggregationFor(kind)).toBe(expected);
  });

  test('counts sum: 2 + 3 + 0 + 4 = 9', () => {
    expect(aggregateQuarters([d('2'), d('3'), d('0'), d('4')], 'jumlah')?.toFixed()).toBe('9');
  });
  test('seed 000: IKM 310 per quarter taken as the last value, not 1240', () => {
    const q = [d('310'), d('310'), d('310'), d('310')];
    expect(aggregateQuarters(q, 'nilai_akhir')?.toFixed()).toBe('310');
    expect(aggregateQuarters(q, 'jumlah')?.toFixed()).toBe('1240');
  });
  test('last value skips missing quarters', () => {
    expect(aggregateQuarters([d('60'), d('75'), undefined, undefined], 'nilai_akhir')?.toFixed()).toBe('75');
  });
  test('sum skips missing quarters; all missing → undefined', () => {
    expect(aggregateQuarters([undefined, d('1.5'), undefined, d('2')], 'jumlah')?.toFixed()).toBe('3.5');
    expect(aggregateQuarters([undefined, undefined], 'jumlah')).toBeUndefined();
    expect(aggregateQuarters([], 'nilai_akhir')).toBeUndefined();
  });
});

describe('rataRataCapaian', () => {
  const program1 = ['100', '97', '100', '100', '140', '100', '100', '102', '100'].map(d);
  test('seed 001 program 1: 939/9 = 104,33 (stated 94)', () => {
    const r = rataRataCapaian(program1);
    expect(r.ok && fixed(r.value)).toBe('104.33');
    expect(r.ok && r.formula).toBe('rata-rata capaian 9 indikator');
  });
  test('seed 001 program 1 with kegiatan 5 at 120: 102,11', () => {
    const r = rataRataCapaian(program1.map((v) => (v.eq(140) ? d('120') : v)));
    expect(r.ok && fixed(r.value)).toBe('102.11');
  });
  test('cap 100 is a setting: 897/9 = 99,67', () => {
    const r = rataRataCapaian(program1, d('100'));
    expect(r.ok && fixed(r.value)).toBe('99.67');
    expect(r.ok && r.formula).toMatch(/dibatasi paling tinggi 100,00/);
  });
  test('cap null = off', () => {
    const r = rataRataCapaian(program1, null);
    expect(r.ok && fixed(r.value)).toBe('104.33');
  });
  test('seed 002 Tabel 20: all five indicators 66,08; dropping RB 0% gives the printed 82,60', () => {
    const all = ['0', '92.05', '38.35', '100', '100'].map(d);
    const r = rataRataCapaian(all);
    expect(r.ok && fixed(r.value)).toBe('66.08');
    const dropped = rataRataCapaian(all.slice(1));
    expect(dropped.ok && fixed(dropped.value)).toBe('82.60');
  });
  test('empty → not computable', () => {
    const r = rataRataCapaian([]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Tidak ada nilai capaian/);
  });
});
