import { Dec } from '../../src/engine/decimal';
import { SCALE_PRESETS, bandText, classify, findPreset, presetId, sameKategori, type KategoriScale } from '../../src/engine/kategori';
import { parseBand } from '../../src/engine/kategori/presets';

const d = (s: string) => new Dec(s);
type Row = [string, string, 'band' | 'gap' | 'above' | 'below'];

function preset(id: string): KategoriScale {
  const s = findPreset(id);
  if (!s) throw new Error(`preset ${id} missing`);
  return s;
}

function expectClass(scale: KategoriScale, capaian: string, label: string, kind: Row[2]) {
  const r = classify(scale, d(capaian));
  expect(r.label).toBe(label);
  if (r.label === undefined) return;
  expect(r.gap).toBe(kind !== 'band');
  if (kind === 'band') expect(r.note).toBeUndefined();
  if (kind === 'gap') expect(r.note).toMatch(/tidak termasuk rentang mana pun .* dimasukkan ke kategori terdekat di bawahnya/);
  if (kind === 'above') expect(r.note).toMatch(/di atas semua rentang .* kategori tertinggi/);
  if (kind === 'below') expect(r.note).toMatch(/di bawah semua rentang .* kategori terendah/);
}

test('preset ids', () => {
  expect(SCALE_PRESETS.map((s) => s.id)).toEqual(['permendagri86', 'permenpanrb12', 'berhasil', 'baik-sekali-5', 'lan']);
  expect(SCALE_PRESETS.every((s) => s.source === 'preset')).toBe(true);
  expect(findPreset('tidak-ada')).toBeUndefined();
});

test('the old id seed004 is an alias of baik-sekali-5', () => {
  expect(presetId('seed004')).toBe('baik-sekali-5');
  expect(presetId('baik-sekali-5')).toBe('baik-sekali-5');
  expect(presetId('tidak-ada')).toBeUndefined();
  expect(presetId('toString')).toBeUndefined();
  expect(findPreset('seed004')).toBe(findPreset('baik-sekali-5'));
  expect(findPreset('seed004')?.name).toBe('Lima kategori (Baik Sekali s.d. Sangat Kurang)');
});

describe('permendagri86: ≥ 91 ST; 76 to < 91 T; 66 to < 76 S; 51 to < 66 R; ≤ 50 SR', () => {
  test.each<Row>([
    ['250', 'Sangat Tinggi', 'band'],
    ['91', 'Sangat Tinggi', 'band'],
    ['90.99', 'Tinggi', 'band'],
    ['76', 'Tinggi', 'band'],
    ['75.99', 'Sedang', 'band'],
    ['66', 'Sedang', 'band'],
    ['65.99', 'Rendah', 'band'],
    ['51', 'Rendah', 'band'],
    ['50.99', 'Sangat Rendah', 'gap'],
    ['50.5', 'Sangat Rendah', 'gap'],
    ['50.01', 'Sangat Rendah', 'gap'],
    ['50', 'Sangat Rendah', 'band'],
    ['0', 'Sangat Rendah', 'band'],
    ['-10', 'Sangat Rendah', 'band'],
  ])('%s → %s (%s)', (c, label, kind) => expectClass(preset('permendagri86'), c, label, kind));
});

describe('permenpanrb12: > 90 SM; > 80–90 M; > 70–80 SB; > 60–70 B; > 50–60 C; < 50 K', () => {
  test.each<Row>([
    ['110.05', 'Sangat Memuaskan', 'band'],
    ['90.01', 'Sangat Memuaskan', 'band'],
    ['90', 'Memuaskan', 'band'],
    ['80.01', 'Memuaskan', 'band'],
    ['80', 'Sangat Baik', 'band'],
    ['70.01', 'Sangat Baik', 'band'],
    ['70', 'Baik', 'band'],
    ['60.01', 'Baik', 'band'],
    ['60', 'Cukup', 'band'],
    ['50.01', 'Cukup', 'band'],
    ['50', 'Kurang', 'gap'],
    ['49.99', 'Kurang', 'band'],
    ['0', 'Kurang', 'band'],
  ])('%s → %s (%s)', (c, label, kind) => expectClass(preset('permenpanrb12'), c, label, kind));
});

describe('berhasil: 85 ≤ c SB; 70 ≤ c < 85 B; 55 ≤ c < 70 CB; < 55 TB', () => {
  test.each<Row>([
    ['150', 'Sangat Berhasil', 'band'],
    ['100', 'Sangat Berhasil', 'band'],
    ['85', 'Sangat Berhasil', 'band'],
    ['84.99', 'Berhasil', 'band'],
    ['70', 'Berhasil', 'band'],
    ['69.99', 'Cukup Berhasil', 'band'],
    ['55', 'Cukup Berhasil', 'band'],
    ['54.99', 'Tidak Berhasil', 'band'],
    ['0', 'Tidak Berhasil', 'band'],
  ])('%s → %s (%s)', (c, label, kind) => expectClass(preset('berhasil'), c, label, kind));
});

describe('baik-sekali-5 (first seen in seed 004): > 100 BS; 76–100 B; 66–75 C; 51–65 K; ≤ 50 SK', () => {
  test.each<Row>([
    ['120', 'Baik Sekali', 'band'],
    ['100.01', 'Baik Sekali', 'band'],
    ['100', 'Baik', 'band'],
    ['76', 'Baik', 'band'],
    ['75.99', 'Cukup', 'gap'],
    ['75.5', 'Cukup', 'gap'],
    ['75', 'Cukup', 'band'],
    ['66', 'Cukup', 'band'],
    ['65.99', 'Kurang', 'gap'],
    ['65', 'Kurang', 'band'],
    ['51', 'Kurang', 'band'],
    ['50.5', 'Sangat Kurang', 'gap'],
    ['50', 'Sangat Kurang', 'band'],
    ['0', 'Sangat Kurang', 'band'],
  ])('%s → %s (%s)', (c, label, kind) => expectClass(preset('baik-sekali-5'), c, label, kind));
});

describe('lan: > 85–100 M; > 75–85 SB; > 65–75 B; > 50–65 CB; > 30–50 AK; 0–30 K', () => {
  test.each<Row>([
    ['100.01', 'Memuaskan', 'above'],
    ['100', 'Memuaskan', 'band'],
    ['85.01', 'Memuaskan', 'band'],
    ['85', 'Sangat Baik', 'band'],
    ['75.01', 'Sangat Baik', 'band'],
    ['75', 'Baik', 'band'],
    ['65.01', 'Baik', 'band'],
    ['65', 'Cukup Baik', 'band'],
    ['50.01', 'Cukup Baik', 'band'],
    ['50', 'Agak Kurang', 'band'],
    ['30.01', 'Agak Kurang', 'band'],
    ['30', 'Kurang', 'band'],
    ['0', 'Kurang', 'band'],
    ['-0.01', 'Kurang', 'below'],
  ])('%s → %s (%s)', (c, label, kind) => expectClass(preset('lan'), c, label, kind));
});

describe('classify: notes and edge cases', () => {
  test('gap note names the value, the scale and the band (Indonesian)', () => {
    const r = classify(preset('permendagri86'), d('50.5'));
    expect(r.note).toBe(
      'Capaian 50,50% tidak termasuk rentang mana pun pada skala "Permendagri 86/2017"; dimasukkan ke kategori terdekat di bawahnya (Sangat Rendah).',
    );
  });
  test('a scale without bands gives no label', () => {
    const r = classify({ id: 'x', name: 'Kosong', bands: [], source: 'custom' }, d('80'));
    expect(r.label).toBeUndefined();
    expect(r.note).toMatch(/tidak memiliki rentang/);
  });
  test('NaN gives no label', () => {
    expect(classify(preset('lan'), new Dec(NaN)).label).toBeUndefined();
  });
  test('seed 002 Tabel 40 against Tabel 13: 21 Sangat Memuaskan and 2 Kurang (the conclusion claims 18/1/3/1)', () => {
    const capaian = [...Array(21).fill('100'), '33.33', '0'];
    const counts: Record<string, number> = {};
    for (const c of capaian) {
      const r = classify(preset('permenpanrb12'), d(c));
      counts[r.label ?? '-'] = (counts[r.label ?? '-'] ?? 0) + 1;
    }
    expect(counts).toEqual({ 'Sangat Memuaskan': 21, Kurang: 2 });
  });
  test('seed 002: PK target 4 against 2 → 50% lands exactly in the gap', () => {
    const r = classify(preset('permenpanrb12'), d('50'));
    expect(r.label === undefined ? undefined : r.gap).toBe(true);
  });
  test('bandText', () => {
    const [st, t] = preset('permendagri86').bands;
    expect(bandText(st)).toBe('≥ 91');
    expect(bandText(t)).toBe('≥ 76 s.d. < 91');
  });
});

describe('sameKategori', () => {
  test.each<[string, string, boolean]>([
    ['Sangat baik', 'Sangat Baik', true],
    ['SANGAT BAIK', 'sangat  baik.', true],
    ['Sangat-Baik', 'Sangat Baik', true],
    ['Baik/Puas', 'baik puas', true],
    [' Berhasil ', 'Berhasil', true],
    ['Berhasil', 'Sangat Berhasil', false],
    ['Baik', 'Baik Sekali', false],
    ['', '', false],
  ])('"%s" vs "%s" → %s', (a, b, same) => expect(sameKategori(a, b)).toBe(same));

  test('seed 000: 87,71 is printed "Berhasil" but the report\'s scale says Sangat Berhasil', () => {
    const r = classify(preset('berhasil'), d('87.71'));
    expect(r.label).toBe('Sangat Berhasil');
    expect(sameKategori('Berhasil', r.label!)).toBe(false);
  });
});

describe('preset bands in interval notation', () => {
  test('brackets say which edges belong to the band, ∞ leaves a side open', () => {
    const b = parseBand('Tinggi [76, 91)');
    expect([b.label, b.min?.toString(), b.minInclusive, b.max?.toString(), b.maxInclusive]).toEqual(['Tinggi', '76', true, '91', false]);
    const low = parseBand('Sangat Rendah (-∞, 50]');
    expect([low.min, low.minInclusive, low.max?.toString(), low.maxInclusive]).toEqual([undefined, false, '50', true]);
    const top = parseBand('Sangat Memuaskan (90, ∞)');
    expect([top.min?.toString(), top.minInclusive, top.max, top.maxInclusive]).toEqual(['90', false, undefined, false]);
    expect(() => parseBand('Tinggi 76-91')).toThrow(/tidak terbaca/);
  });

  test('every preset reads whole, top band first', () => {
    expect(SCALE_PRESETS.map(s => [s.id, s.bands.length, s.bands[0].label])).toEqual([
      ['permendagri86', 5, 'Sangat Tinggi'],
      ['permenpanrb12', 6, 'Sangat Memuaskan'],
      ['berhasil', 4, 'Sangat Berhasil'],
      ['baik-sekali-5', 5, 'Baik Sekali'],
      ['lan', 6, 'Memuaskan'],
    ]);
  });
});
