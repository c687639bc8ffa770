/** What the ribbon's dialogs say: counts in id-ID, the sheet shown, and plain words when nothing was read. */
import type { CheckReport } from '../../src/model/report';
import { HAPUS_NEEDS_PANE, HAPUS_QUESTION, hitungResult } from '../../src/commands/ribbon-text';

function report(summary: CheckReport['summary'], understanding?: CheckReport['understanding']): CheckReport {
  return { summary, understanding, findings: [] } as unknown as CheckReport;
}

describe('the ribbon run result', () => {
  test('counts in Indonesian number format, and the Temuan sheet when there are findings', () => {
    const r = hitungResult(report({ tables: 12, results: 1234, findings: { error: 1500, warning: 0, info: 2 } }, { level: 'full', uncertain: 0, summary: '' }));
    expect(r.title).toBe('Hitung Capaian selesai');
    expect(r.message).toContain('Tabel diperiksa: 12\nNilai dihitung ulang: 1.234\nTemuan: 1.502 (1.500 galat, 2 info)');
    expect(r.message).toContain('Lembar Temuan dibuka.');
    expect(r.sheet).toBe('Temuan');
  });

  test('no findings: says so and shows Ringkasan Capaian', () => {
    const r = hitungResult(report({ tables: 3, results: 40, findings: { error: 0, warning: 0, info: 0 } }));
    expect(r.message).toContain('Temuan: tidak ada');
    expect(r.message).toContain('Tidak ada temuan pada angka yang diperiksa. Lembar Ringkasan Capaian dibuka.');
    expect(r.sheet).toBe('Ringkasan Capaian');
  });

  test('a partly read workbook says which part, in the title and the text', () => {
    const r = hitungResult(report({ tables: 2, results: 9, findings: { error: 0, warning: 1, info: 0 } }, { level: 'partial', uncertain: 2, summary: 'Lembar "Lampiran" tidak diperiksa.' }));
    expect(r.title).toBe('Hitung Capaian selesai, sebagian belum terbaca');
    expect(r.message).toContain('Lembar "Lampiran" tidak diperiksa.');
  });

  test('nothing understood is said plainly, with the way forward in the pane', () => {
    for (const r of [
      hitungResult(report({ tables: 0, results: 0, findings: { error: 0, warning: 0, info: 0 } })),
      hitungResult(report({ tables: 1, results: 0, findings: { error: 0, warning: 0, info: 0 } }, { level: 'none', uncertain: 1, summary: '' })),
    ]) {
      expect(r.title).toBe('Tidak ada tabel yang dikenali');
      expect(r.message).toMatch(/tidak ada angka yang diperiksa/);
      expect(r.message).toMatch(/tab Tabel/);
      expect(r.message).not.toMatch(/Tabel diperiksa|Lembar Temuan dibuka|ExcelApi/);
      expect(r.message).toContain('tidak ada yang ditulis; buku kerja tidak diubah');
      expect(r.sheet).toBe('');
    }
  });

  test('what the run kept for the user, or could not do on this Excel, is in the dialog', () => {
    const kept = 'Lembar "Narasi" berisi isian atau perubahan Anda sejak perhitungan sebelumnya; lembar itu disimpan sebagai "Narasi (07.12.26)" dan hasil baru ditulis ke "Narasi".';
    const r = hitungResult(report({ tables: 2, results: 9, findings: { error: 1, warning: 0, info: 0 } }, { level: 'full', uncertain: 0, summary: '' }), [kept]);
    expect(r.message).toContain(kept);
  });

  test('the Hapus question names what goes and what stays; the blocked case deletes nothing', () => {
    expect(HAPUS_QUESTION).toMatch(/Ringkasan Capaian, Temuan, Narasi/);
    expect(HAPUS_QUESTION).toContain('Data dan angka Anda sendiri tidak diubah.');
    expect(HAPUS_QUESTION).toContain('yang sudah Anda isi atau ubah tidak dihapus');
    expect(HAPUS_NEEDS_PANE).toMatch(/tidak menghapus apa pun/);
    expect(HAPUS_NEEDS_PANE).toMatch(/Buka Panel/);
  });
});
