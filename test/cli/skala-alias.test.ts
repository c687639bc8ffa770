import { parseArgs, UsageError } from '../../src/cli/args';
import { sanitizeSettings } from '../../src/settings-store';
import { chooseScale } from '../../src/usecase/check';

const noScaleTables = { tables: [], scaleTables: [], notices: [] };

describe('--skala and stored settings accept the old preset id seed004', () => {
  test('--skala seed004 is stored as baik-sekali-5; the new id and otomatis pass as given', () => {
    expect(parseArgs(['check', 'laporan.xlsx', '--skala', 'seed004']).settings.skala).toBe('baik-sekali-5');
    expect(parseArgs(['check', 'laporan.xlsx', '--skala', 'baik-sekali-5']).settings.skala).toBe('baik-sekali-5');
    expect(parseArgs(['check', 'laporan.xlsx', '--skala', 'otomatis']).settings.skala).toBe('otomatis');
  });

  test('an unknown scale is refused with the list of current ids', () => {
    expect(() => parseArgs(['check', 'laporan.xlsx', '--skala', 'seed005'])).toThrow(UsageError);
    expect(() => parseArgs(['check', 'laporan.xlsx', '--skala', 'seed005'])).toThrow(
      'Skala "seed005" tidak dikenal. Pilihan: otomatis, permendagri86, permenpanrb12, berhasil, baik-sekali-5, lan.',
    );
  });

  test('a workbook that stored skala "seed004" is judged on baik-sekali-5', () => {
    const settings = sanitizeSettings({ skala: 'seed004' });
    const chosen = chooseScale(settings, noScaleTables);
    expect(chosen.scale.id).toBe('baik-sekali-5');
    expect(chosen.source).toBe('skala Lima kategori (Baik Sekali s.d. Sangat Kurang)');
  });
});
