import { Dec, fixed } from '../../src/engine/decimal';
import {
  EFISIENSI_DEFINITIONS,
  efisiensiDapatDiklaim,
  hitungEfisiensi,
  type EfisiensiDefinition,
} from '../../src/engine/efisiensi';

const d = (s: string) => new Dec(s);

describe('efisiensi definitions are named, in Indonesian', () => {
  test.each<EfisiensiDefinition>(['sisa', 'selisih', 'rasio', 'pmk'])('%s', (id) => {
    const def = EFISIENSI_DEFINITIONS[id];
    expect(def.name.length).toBeGreaterThan(5);
    expect(def.formula.length).toBeGreaterThan(5);
    expect(def.description).toMatch(/\b(anggaran|kinerja|capaian|efisien|pemerintah)\b/);
  });
});

describe('sisa: (pagu − realisasi)/pagu×100', () => {
  test('seed 003: 179.487.582 / 4.334.331.227 = 4,14%', () => {
    const r = hitungEfisiensi('sisa', { pagu: d('4334331227'), realisasiAnggaran: d('4154843645') });
    expect(r.ok && fixed(r.value)).toBe('4.14');
    expect(r.ok && r.formula).toBe('sisa: (pagu − realisasi)/pagu×100');
  });
  test('missing realisasi → not computable', () => {
    const r = hitungEfisiensi('sisa', { pagu: d('4334331227') });
    expect(!r.ok && r.reason).toMatch(/memerlukan pagu dan realisasi/);
  });
  test('pagu 0 → not computable', () => {
    const r = hitungEfisiensi('sisa', { pagu: d('0'), realisasiAnggaran: d('0') });
    expect(!r.ok && r.reason).toMatch(/Pagu bernilai 0/);
  });
});

describe('selisih: capaian kinerja − serapan', () => {
  test('seed 004: capaian 83,77 − serapan 99,50 = −15,73 (column rule "5 = 3 − 4")', () => {
    const r = hitungEfisiensi('selisih', { capaianKinerja: d('83.77'), serapan: d('99.50') });
    expect(r.ok && fixed(r.value)).toBe('-15.73');
    expect(r.ok && r.formula).toMatch(/^selisih: /);
  });
  test('seed 002 prose: rata-rata capaian 95,65 against realisasi keuangan 91,93 = 3,72', () => {
    const r = hitungEfisiensi('selisih', { capaianKinerja: d('95.65'), serapan: d('91.93') });
    expect(r.ok && fixed(r.value)).toBe('3.72');
  });
  test('serapan derived from pagu and realisasi (seed 002: 91,93%)', () => {
    const r = hitungEfisiensi('selisih', { capaianKinerja: d('95.65'), pagu: d('11862514803'), realisasiAnggaran: d('10904945967') });
    expect(r.ok && fixed(r.value)).toBe('3.72');
  });
  test('without capaian → not computable', () => {
    const r = hitungEfisiensi('selisih', { serapan: d('99.50') });
    expect(!r.ok && r.reason).toMatch(/memerlukan capaian kinerja/);
  });
  test('without serapan or pagu → not computable', () => {
    const r = hitungEfisiensi('selisih', { capaianKinerja: d('83.77') });
    expect(!r.ok && r.reason).toMatch(/memerlukan serapan anggaran/);
  });
});

describe('rasio: capaian kinerja / serapan', () => {
  test('seed 004: 83,77 / 99,50 = 0,84 (below 1: not efficient)', () => {
    const r = hitungEfisiensi('rasio', { capaianKinerja: d('83.77'), serapan: d('99.50') });
    expect(r.ok && fixed(r.value)).toBe('0.84');
  });
  test('seed 001 Bimtek: 140 / 78,57 = 1,78', () => {
    const r = hitungEfisiensi('rasio', { capaianKinerja: d('140'), serapan: d('78.57') });
    expect(r.ok && fixed(r.value)).toBe('1.78');
  });
  test('serapan 0 → not computable', () => {
    const r = hitungEfisiensi('rasio', { capaianKinerja: d('100'), serapan: d('0') });
    expect(!r.ok && r.reason).toMatch(/Serapan anggaran 0%/);
  });
});

describe('pmk: PMK 249/2011', () => {
  const out = (planned: string, realised: string) => ({ plannedCostPerUnit: d(planned), realisedCostPerUnit: d(realised) });
  test.each<[string, ReturnType<typeof out>[], string, string, string]>([
    ['spent as planned: E 0% → nilai 50%', [out('1000', '1000')], '0.00', '0.00', '50.00'],
    ['10% cheaper: E 10% → 75%', [out('1000', '900')], '10.00', '10.00', '75.00'],
    ['mean over outputs: (10% + 0%)/2 = 5% → 62,5%', [out('1000', '900'), out('500', '500')], '5.00', '5.00', '62.50'],
    ['30% cheaper is clamped to 20% → 100%', [out('1000', '700')], '30.00', '20.00', '100.00'],
    ['50% dearer is clamped to −20% → 0%', [out('1000', '1500')], '-50.00', '-20.00', '0.00'],
    ['5% dearer: −5% → 37,5%', [out('2000', '2100')], '-5.00', '-5.00', '37.50'],
  ])('%s', (_n, outputs, e, eClamped, nilai) => {
    const r = hitungEfisiensi('pmk', { outputs });
    if (!r.ok) throw new Error(r.reason);
    expect(fixed(r.value)).toBe(nilai);
    expect(r.e && fixed(r.e)).toBe(e);
    expect(r.eClamped && fixed(r.eClamped)).toBe(eClamped);
    expect(r.formula.startsWith('pmk: ')).toBe(true);
  });
  test('clamping is stated in the formula', () => {
    const r = hitungEfisiensi('pmk', { outputs: [out('1000', '700')] });
    expect(r.ok && r.formula).toMatch(/E 30,00% dibatasi menjadi 20,00%/);
  });
  test('no outputs → not computable', () => {
    expect(hitungEfisiensi('pmk', {}).ok).toBe(false);
  });
  test('planned cost 0 → not computable', () => {
    const r = hitungEfisiensi('pmk', { outputs: [out('0', '10')] });
    expect(!r.ok && r.reason).toMatch(/ke-1 bernilai 0/);
  });
});

describe('efisiensiDapatDiklaim (SAKIP LKE: only when capaian ≥ 100%)', () => {
  test.each<[string, string, boolean]>([
    ['seed 004: capaian 83,77 → cannot be claimed', '83.77', false],
    ['99,99 → cannot be claimed', '99.99', false],
    ['exactly 100 → can be claimed', '100', true],
    ['seed 001 program 1: 104,33 → can be claimed', '104.33', true],
  ])('%s', (_n, capaian, ok) => {
    const r = efisiensiDapatDiklaim(d(capaian));
    expect(r.ok).toBe(ok);
    expect(r.reason).toMatch(ok ? /efisiensi dapat diklaim/ : /di bawah 100%; menurut kriteria evaluasi SAKIP/);
  });
});
