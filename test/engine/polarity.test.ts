import { suggestPolarity } from '../../src/engine/polarity';

describe('suggestPolarity: lower-is-better names → negatif', () => {
  test.each<[string, string]>([
    // seed 002 (Tabel 34 / 40): scored 0/5 = 0% in the report, the corpus expects 200,00 under negatif
    ['Jumlah pengaduan masyarakat yang di fasilitasi', 'pengaduan'],
    ['Jumlah pengaduan masyarakat yang difasilitasi', 'pengaduan'],
    ['Angka Kemiskinan', 'angka kemiskinan'],
    ['Persentase penduduk miskin', 'penduduk miskin'],
    ['Tingkat Pengangguran Terbuka (TPT)', 'tingkat pengangguran'],
    ['Angka Kematian Ibu per 100.000 kelahiran hidup', 'angka kematian'],
    ['Prevalensi stunting pada balita', 'prevalensi'],
    ['Persentase balita stunting', 'stunting'],
    ['Persentase balita gizi buruk', 'gizi buruk'],
    ['Waktu penyelesaian layanan perizinan', 'waktu penyelesaian'],
    ['Lama waktu pelayanan KTP-el', 'lama waktu'],
    ['Rata-rata waktu pelayanan administrasi', 'rata rata waktu'],
    ['Jumlah hari keterlambatan penyampaian laporan', 'jumlah hari'],
    ['Jumlah pelanggaran Perda yang terjadi', 'pelanggaran'],
    ['Jumlah kasus DBD', 'kasus'],
    ['Jumlah kecelakaan lalu lintas', 'kecelakaan'],
    ['Jumlah kejadian kebakaran', 'kebakaran'],
    ['Persentase tunggakan PBB-P2', 'tunggakan'],
    ['Jumlah temuan BPK atas laporan keuangan', 'temuan'],
    ['Angka kesakitan penyakit menular', 'angka kesakitan'],
    ['Nilai kerugian daerah', 'kerugian'],
    // Metadata TPB/SDGs 2017: indicators to be reduced
    ['Prevalensi anemia pada ibu hamil', 'prevalensi'],
    ['Persentase remaja putri anemia', 'anemia'],
    ['Jumlah kasus kekerasan terhadap anak', 'kasus'],
    ['Angka perkawinan anak', 'perkawinan anak'],
    ['Persentase balita kekurangan gizi', 'kekurangan gizi'],
    ['Emisi gas rumah kaca sektor energi (ton CO2e)', 'emisi gas rumah kaca'],
    ['Jumlah korban kekerasan dalam rumah tangga', 'kekerasan'],
  ])('"%s" → negatif (%s)', (name, keyword) => {
    const s = suggestPolarity(name);
    expect(s?.polarity).toBe('negatif');
    expect(s?.keyword).toBe(keyword);
    expect(s?.reason).toMatch(new RegExp(`^Nama indikator memuat "${keyword}": semakin rendah realisasi semakin baik`));
  });
});

describe('suggestPolarity: handling or reducing a bad thing → positif', () => {
  test.each<[string, string]>([
    ['Persentase pengaduan yang ditindaklanjuti', 'ditindaklanjuti'],
    ['Persentase pengaduan masyarakat yang di tindak lanjuti', 'ditindaklanjuti'],
    ['Persentase pengaduan yang diselesaikan', 'diselesaikan'],
    ['Jumlah kasus yang ditangani', 'ditangani'],
    ['Persentase kasus yang ditindaklanjuti', 'ditindaklanjuti'],
    ['Persentase kasus yang terselesaikan', 'diselesaikan'],
    ['Persentase temuan BPK yang ditindaklanjuti', 'ditindaklanjuti'],
    ['Tingkat penyelesaian pelanggaran Perda', 'penyelesaian'],
    ['Persentase penurunan angka kemiskinan', 'penurunan'],
    ['Cakupan penanganan gizi buruk', 'penanganan'],
    // seed 002 SKM unsur: handling complaints is a quality, higher is better
    ['Penanganan pengaduan, saran dan masukan', 'penanganan'],
  ])('"%s" → positif (%s)', (name, keyword) => {
    const s = suggestPolarity(name);
    expect(s?.polarity).toBe('positif');
    expect(s?.keyword).toBe(keyword);
    expect(s?.reason).toMatch(/polaritas positif/);
  });
});

describe('suggestPolarity: nothing to suggest (ordinary higher-is-better names from the seeds)', () => {
  test.each<string>([
    'Indeks Kepuasan Masyarakat (IKM)',
    'Nilai LAKIP',
    'Nilai SAKIP',
    'Jumlah pertemuan koordinasi', // "temuan" inside "pertemuan" must not match
    'Jumlah dokumen RKA-SKPD yang disusun tepat waktu (Dokumen)',
    'Jumlah Laporan Keuangan yang disusun tepat waktu',
    'Jumlah masyarakat tidak mampu yang difasilitasi penyaluran bantuan sosial',
    'Jumlah penanganan gangguan ketentraman dan ketertiban masyarakat di Kecamatan yang difasilitasi',
    'Persentase pengelolaan perencanaan pelaporan Keuangan yang tertib dan tepat waktu',
    'Jumlah tamu yang difasilitasi kunjungannya (orang)',
    'Jumlah Penanganan Covid 19 di Tingkat Desa dan Kelurahan',
    'Jumlah ASN yang terbayarkan gaji dan tunjangannya (Orang)',
    'Jumlah informasi yang disebarluaskan',
    '',
  ])('"%s" → undefined', (name) => {
    expect(suggestPolarity(name)).toBeUndefined();
  });
});

describe('suggestPolarity: a time is lower-is-better whatever work it times (Renstra/IKU inspektorat daerah)', () => {
  test.each<[string, string]>([
    ['Rata-rata waktu penyelesaian tindak lanjut (hari)', 'waktu penyelesaian'],
    ['Angka penyimpangan pengelolaan keuangan desa', 'penyimpangan'],
  ])('"%s" → negatif by "%s"', (name, phrase) => {
    expect(suggestPolarity(name)).toMatchObject({ polarity: 'negatif', keyword: phrase });
  });

  test('a share of follow-ups done is still a positive measure of a negative topic', () => {
    expect(suggestPolarity('Persentase rekomendasi hasil pengawasan yang ditindaklanjuti')).toBeUndefined();
    expect(suggestPolarity('Persentase pengaduan yang ditindaklanjuti')?.polarity).toBe('positif');
  });
});
