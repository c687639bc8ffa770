#!/usr/bin/env node
'use strict';
/**
 * Builds the held-out recognition set test/corpus/hidden/heldout-NN.xlsx with heldout-NN.expected.json
 * (the format of the public corpus answers, scored by test/corpus/score.js --set hidden) from the header
 * wordings collected in test/corpus/heldout/wordings.json, plus test/corpus/heldout/checks.json: the
 * arithmetic behind every answer, re-verified from the workbooks by test/corpus/heldout-answers.test.ts.
 *
 * Numbers come from a seeded PRNG and every derived value is computed with decimal.js and rounded half-up
 * to two decimals, as reports print them. Each table carries one or two planted errors from the catalogue
 * of shared/domain.md. Output is byte-stable: `node scripts/make-heldout.js` twice gives the same files.
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');
const JSZip = require('jszip'); // exceljs's own zip library, used to pin the zip entry dates
const Decimal = require('decimal.js');

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const ROOT = path.join(__dirname, '..');
// HELDOUT_OUT redirects the output (the byte-stability test builds into a temporary folder).
// `--set fresh` builds the second held-out set (test/corpus/fresh: its own wordings, plans and answers);
// without it the first set is built exactly as before. `--set dev2` builds the third set (test/corpus/dev2: a
// development set of further wordings, in test/corpus/dev2/hidden); the layout options only its wordings use are
// marked "dev2" below and change nothing for the other two sets. `--set dev3` builds a fourth set (test/corpus/dev3:
// further wordings, in test/corpus/dev3/hidden) with the same generator options as dev2 (DEVX below) and its own plans.
// `--set dev4` builds a fifth set (test/corpus/dev4) the same way; its wordings add trap tables (layout model 'trap':
// tables that look like budget / kinerja tables but are not, rendered as written, every cell listed clean).
// `--set dev5` builds a sixth set (test/corpus/dev5) the same way (DEVX options, trap tables as in dev4).
// `--set dev6` builds a seventh set (test/corpus/dev6) the same way; its options (marked dev6) change no other set.
const SET_ARG = process.argv.indexOf('--set');
const SET = SET_ARG > 0 ? process.argv[SET_ARG + 1] : 'heldout';
if (!['heldout', 'fresh', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'fresh2'].includes(SET)) throw new Error(`unknown set ${SET} (heldout | fresh | dev2 | dev3 | dev4 | dev5 | dev6 | fresh2)`);
const FRESH = SET === 'fresh';
const DEV2 = SET === 'dev2';
const DEV3 = SET === 'dev3';
const DEV4 = SET === 'dev4';
const DEV5 = SET === 'dev5';
const DEV6 = SET === 'dev6';
// fresh2: a second never-developed-against set (test/corpus/fresh2), built with the dev2 generator options (DEVX)
const FRESH2 = SET === 'fresh2'; // fresh2
const DEVX = DEV2 || DEV3 || DEV4 || DEV5 || DEV6 || FRESH2; // the development sets (and fresh2) share the dev2 generator options
const SET_DIR = FRESH ? path.join(ROOT, 'test', 'corpus', 'fresh') : DEVX ? path.join(ROOT, 'test', 'corpus', SET) : path.join(ROOT, 'test', 'corpus', 'heldout');
const OUT = process.env.HELDOUT_OUT ? path.join(process.env.HELDOUT_OUT, 'hidden') : FRESH || DEVX ? path.join(SET_DIR, 'hidden') : path.join(ROOT, 'test', 'corpus', 'hidden');
const CHECKS_OUT = process.env.HELDOUT_OUT ? path.join(process.env.HELDOUT_OUT, 'checks.json') : path.join(SET_DIR, 'checks.json');
const WORDINGS = JSON.parse(fs.readFileSync(path.join(SET_DIR, 'wordings.json'), 'utf8')).wordings;
const BY_ID = new Map(WORDINGS.map(w => [w.id, w]));
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));
const HUNDRED = new D(100);

// ---------------------------------------------------------------------------------------------- PRNG
function hashSeed(s) { let h = 2166136261; for (const ch of s) { h ^= ch.charCodeAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seedText) {
  let a = hashSeed(seedText);
  const next = () => { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: arr => arr[Math.floor(next() * arr.length)],
    dec: (lo, hi, dp) => new D(lo).plus(new D(hi - lo).times(next())).toDecimalPlaces(dp, D.ROUND_HALF_UP),
    shuffle: arr => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return r;
}

// ------------------------------------------------------------------------------------- number helpers
const r2 = d => d.toDecimalPlaces(2, D.ROUND_HALF_UP);
const s2 = d => r2(d).toFixed(2);
const sInt = d => d.toFixed(0);
const ratio = (a, b) => new D(a).div(b).times(HUNDRED);
const negRatio = (t, r) => new D(2).minus(new D(r).div(t)).times(HUNDRED);
function idText(d, dp) {
  const neg = d.isNeg();
  const [ip, fp] = d.abs().toFixed(dp).split('.');
  const grouped = ip.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + grouped + (fp ? ',' + fp : '');
}
/** Column letters moved `off` columns to the right ("B", 3 -> "E"). */
function shiftLetters(letters, off) { let n = 0; for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64); return colLetter(n - 1 + off); }
function colLetter(i) { let s = ''; let n = i + 1; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

// ---------------------------------------------------------------------------------------- vocabulary
const IND = {
  count: [['Jumlah dokumen perencanaan dan pelaporan yang disusun', 'dokumen'], ['Jumlah kegiatan pembinaan kelembagaan desa', 'kegiatan'], ['Jumlah laporan keuangan yang disusun tepat waktu', 'laporan'],
    ['Jumlah peserta pelatihan aparatur', 'orang'], ['Jumlah kelurahan yang difasilitasi', 'kelurahan'], ['Jumlah rapat koordinasi lintas sektor', 'kali'],
    ['Jumlah dokumen kependudukan yang diterbitkan', 'dokumen'], ['Jumlah sarana dan prasarana kantor yang dipelihara', 'unit'], ['Jumlah desa yang dibina administrasi pemerintahannya', 'desa'],
    ['Jumlah kegiatan sosialisasi peraturan daerah', 'kegiatan'], ['Jumlah arsip yang dikelola', 'berkas'], ['Jumlah UMKM yang difasilitasi', 'unit usaha']],
  pct: [['Persentase pelayanan administrasi yang diselesaikan tepat waktu', '%'], ['Persentase desa yang menetapkan APBDes tepat waktu', '%'], ['Persentase realisasi fisik kegiatan', '%'],
    ['Persentase aparatur yang mengikuti peningkatan kapasitas', '%'], ['Persentase kepemilikan KTP elektronik', '%'], ['Persentase rekomendasi hasil pengawasan yang ditindaklanjuti', '%'],
    ['Persentase penyelesaian pengaduan yang ditindaklanjuti', '%']],
  index: [['Indeks Kepuasan Masyarakat (IKM)', 'Nilai'], ['Nilai SAKIP Perangkat Daerah', 'Nilai'], ['Nilai Evaluasi Kinerja Anggaran', 'Nilai'], ['Indeks Reformasi Birokrasi', 'Indeks']],
  neg: [['Jumlah pengaduan masyarakat', 'kasus'], ['Rata-rata waktu penyelesaian perizinan', 'hari'], ['Angka kemiskinan', '%'], ['Prevalensi stunting', '%'], ['Jumlah pelanggaran peraturan daerah', 'kasus']],
};
const IND_EN = [['Number of planning documents completed', 'documents'], ['Number of village officials trained', 'persons'], ['Share of permits issued on time', '%'], ['Public satisfaction index', 'score'], ['Number of coordination meetings held', 'meetings'], ['Number of assets maintained', 'units']];
const OPD = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Sosial', 'Dinas Kependudukan dan Pencatatan Sipil', 'Badan Perencanaan Pembangunan Daerah', 'Inspektorat Daerah', 'Kecamatan Malili', 'Badan Kepegawaian dan Pengembangan SDM', 'Dinas Komunikasi dan Informatika'];
const DIVISI = ['Divisi Perencanaan', 'Divisi Keuangan', 'Divisi Umum', 'Divisi Pelayanan', 'Divisi Pengawasan', 'Divisi TI'];
const SASARAN = ['Meningkatnya kualitas pelayanan publik', 'Meningkatnya akuntabilitas kinerja perangkat daerah', 'Meningkatnya partisipasi masyarakat dalam pembangunan', 'Terwujudnya ketentraman dan ketertiban umum', 'Meningkatnya kapasitas aparatur'];
const SASARAN_EN = ['Better public services', 'Accountable performance management', 'Community participation in development', 'Capable civil servants'];
const PROGRAMS = [
  ['7.01.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', [['2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah'], ['2.02', 'Administrasi Keuangan Perangkat Daerah'], ['2.05', 'Administrasi Kepegawaian Perangkat Daerah'], ['2.06', 'Administrasi Umum Perangkat Daerah'], ['2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah'], ['2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah'], ['2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah'], ['2.03', 'Administrasi Barang Milik Daerah pada Perangkat Daerah'], ['2.04', 'Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah'], ['2.10', 'Penatausahaan Arsip Dinamis pada Perangkat Daerah']]],
  ['7.01.02', 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK', [['2.01', 'Pelaksanaan Kegiatan Pelayanan Publik dan Administrasi'], ['2.02', 'Penyelenggaraan Pelayanan Kecamatan'], ['2.03', 'Koordinasi Pelayanan Administrasi Terpadu Kecamatan']]],
  ['7.01.03', 'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN', [['2.01', 'Fasilitasi Penyusunan Program Pembangunan Kelurahan'], ['2.02', 'Pemberdayaan Lembaga Kemasyarakatan Kelurahan'], ['2.03', 'Pembangunan Sarana dan Prasarana Kelurahan']]],
  ['7.01.04', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM', [['2.01', 'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah'], ['2.02', 'Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum']]],
  ['7.01.05', 'PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM', [['2.01', 'Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan'], ['2.02', 'Pembinaan Wawasan Kebangsaan dan Ketahanan Nasional']]],
];
const SUBS = ['Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Penyediaan Gaji dan Tunjangan ASN', 'Penyediaan Alat Tulis Kantor', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
  'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD', 'Penyediaan Bahan Logistik Kantor', 'Penyediaan Jasa Pelayanan Umum Kantor', 'Pengadaan Kendaraan Dinas Operasional atau Lapangan'];
const BUDGET_EN = ['Staff costs', 'Office supplies', 'Travel', 'Maintenance', 'Utilities', 'Training'];
const RINCIAN = [['5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', [['Kertas HVS 70 gr A4', 'Rim'], ['Tinta printer', 'Botol'], ['Map plastik', 'Buah']]],
  ['5.1.02.01.01.0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak', [['Cetak spanduk', 'Lembar'], ['Penggandaan dokumen', 'Lembar']]],
  ['5.1.02.02.01.0026', 'Belanja Jasa Tenaga Administrasi', [['Honorarium tenaga administrasi', 'OB'], ['Honorarium pengelola keuangan', 'OB']]],
  ['5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', [['Uang harian perjalanan dinas', 'OH'], ['Biaya transport', 'Kali']]]];
const SCALES = {
  p86: { name: 'Permendagri 86/2017 (default, no scale table in the workbook)', lower: [91, 76, 66, 51, -1e9], labels: ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'], avoid: [[49.5, 51.5], [65.5, 66.5], [75.5, 76.5], [90.5, 91.5]], capAt100: false },
};
function scaleFromWording(w) {
  const lower = w.layout.scale.lower.map((x, i, a) => (i === a.length - 1 ? -1e9 : x));
  const avoid = w.layout.scale.lower.slice(0, -1).map(x => [x - 1.5, x + 0.5]);
  return { name: `${w.title} (scale table in the workbook, wording ${w.id})`, lower, labels: w.layout.scale.rows.map(r => r[1]), avoid, capAt100: true, wording: w.id };
}
function bandOf(scale, c) { for (let i = 0; i < scale.lower.length; i++) if (c.gte(scale.lower[i])) return scale.labels[i]; return scale.labels[scale.labels.length - 1]; }
function nearBoundary(scale, c) { return scale.avoid.some(([a, b]) => c.gte(a) && c.lte(b)) || (scale.capAt100 && c.gt(100)); }

// ------------------------------------------------------------------------------------ table building
/**
 * A table is built as a list of rows; each row holds role -> stated value (Decimal, string or null) and the
 * answers derived from it. Cells are placed afterwards, so the same rows serve every wording.
 */
class TableBuild {
  constructor(ctx, plan, w) {
    this.ctx = ctx; this.plan = plan; this.w = w; this.L = w.layout;
    this.R = rng(`${ctx.book.name}/${plan.w}/${plan.seed || ''}`);
    this.rows = [];
    this.roles = w.columns;
    this.has = r => this.roles.includes(r);
    this.values = []; this.findings = []; this.clean = []; this.checks = [];
    this.skipClean = new Set(); this.allow = new Map(); this.skipValue = new Set();
    this.year = ctx.year;
  }
  scale() { return this.ctx.scale; }
}

function pickIndicator(R, kind, used, english) {
  const pool = english ? IND_EN.map(x => [...x, /%/.test(x[1]) ? 'pct' : /score/.test(x[1]) ? 'index' : 'count']) : IND[kind].map(x => [...x, kind]);
  const free = pool.filter(x => !used.has(x[0]));
  const p = R.pick(free.length ? free : pool); used.add(p[0]);
  return { name: p[0], satuan: p[1], type: p[2] };
}

/** Target and realisasi of one indicator row; capaian stays clear of the kategori boundaries. */
function kinerjaValues(R, type, scale, opts = {}) {
  for (let tries = 0; tries < 200; tries++) {
    let t, r;
    if (type === 'count') { t = new D(R.int(opts.min || 4, opts.max || 120)); r = t.times(R.dec(0.72, 1.12, 3)).toDecimalPlaces(0, D.ROUND_HALF_UP); }
    else if (type === 'pct') { t = R.dec(60, 98, R.int(0, 1)); r = D.min(new D(100), t.times(R.dec(0.8, 1.1, 3))).toDecimalPlaces(2, D.ROUND_HALF_UP); }
    else if (type === 'index') { t = R.dec(70, 88, 2); r = D.min(new D(99.5), t.times(R.dec(0.85, 1.12, 3))).toDecimalPlaces(2, D.ROUND_HALF_UP); }
    else { t = new D(R.int(6, 40)); r = t.times(R.dec(0.7, 1.25, 3)).toDecimalPlaces(0, D.ROUND_HALF_UP); }
    if (r.lte(0) || r.eq(t)) continue;
    const c = type === 'neg' ? negRatio(t, r) : ratio(r, t);
    if (c.lt(55) || c.gt(125)) continue;
    if (scale && nearBoundary(scale, c)) continue;
    if (opts.minCapaian && c.lt(opts.minCapaian)) continue;
    return { t, r, c };
  }
  throw new Error('no kinerja values');
}

function rupiah(R, lo, hi) { return new D(R.int(lo, hi)).times(1000).plus(R.int(0, 9) * 100); }
function spend(R, pagu, lo = 0.78, hi = 0.995) { return pagu.times(R.dec(lo, hi, 4)).toDecimalPlaces(0, D.ROUND_DOWN); }

// Builds the rows of a table: text identity, levels, stated inputs, and the derived answers.
function buildRows(tb) {
  const { R, L, plan } = tb;
  const n = plan.rows || 6;
  const scale = tb.has('kategori') ? tb.scale() : null;
  const used = new Set();
  const english = !!L.english && L.english !== 'mixed';
  const model = L.model;
  const rows = [];
  const mk = (level, extra) => { const row = Object.assign({ level, v: {}, text: {} }, extra); rows.push(row); return row; };

  if (model === 'kinerja' || model === 'mixed' || model === 'efisiensi' || model === 'pk') {
    const quarterCount = L.quarters === 'split' || L.quarters === 'tw' || L.quarters === 'targets';
    for (let i = 0; i < n; i++) {
      let type = quarterCount ? 'count' : R.pick(L.pctIndicators ? ['pct'] : model === 'pk' ? ['count', 'pct', 'index', 'count'] : ['count', 'count', 'pct', 'index', 'neg']);
      if (L.polarityColumn && i === 1) type = 'neg';
      if (tb.w.id === 'W05' || tb.w.id === 'W08') type = 'pct';
      if (L.noCapaian && type === 'neg') type = 'count';
      if (L.indType) type = L.indType; // dev2
      if (['W44', 'W51', 'W56'].includes(tb.w.id) && type === 'neg') type = 'count'; // rows named after units, not indicators
      const ind = pickIndicator(R, type === 'neg' && english ? 'count' : type, used, english);
      if (tb.w.id === 'W01' && i === 0) { ind.name = 'Persentase penurunan temuan keuangan yang bersifat materil'; ind.satuan = '%'; ind.type = 'pct'; }
      const row = mk('leaf', { ind, polarity: ind.type === 'neg' ? 'negatif' : 'positif' });
      const minC = model === 'efisiensi' ? 100 : undefined;
      const kv = kinerjaValues(R, ind.type, scale, { minCapaian: minC });
      row.v.target = kv.t; row.v.realisasi = kv.r;
      if (quarterCount) row.quarterSplit = true;
      if (L.prevTriple || tb.has('realisasi_prev')) {
        const pv = kinerjaValues(R, ind.type, null, {});
        row.v.target_prev = pv.t; row.v.realisasi_prev = pv.r;
      }
    }
    if (L.groupRows) rows.unshift({ level: 'group', v: {}, text: { label: L.groupRows } });
  } else if (model === 'anggaran' || model === 'pkAnggaran' || model === 'dpa' || model === 'renja86' || model === 'renstra') {
    const hier = plan.hier || (model === 'pkAnggaran' ? 'letters' : model === 'dpa' || model === 'renja86' || model === 'renstra' ? 'pk' : 'flat');
    const progs = hier === 'flat' ? [PROGRAMS[R.int(0, PROGRAMS.length - 1)]] : claimPrograms(tb, hier === 'letters' ? 2 : Math.max(2, Math.min(3, Math.ceil(n / 3))), hier === 'letters');
    if (hier === 'flat') {
      const pool = english ? BUDGET_EN : SUBS;
      const names = R.shuffle(pool).slice(0, Math.min(n, pool.length));
      names.forEach((name, i) => mk('leaf', { text: { label: name, code: `${progs[0][0]}.2.0${1 + (i % 9)}.${String(i + 1).padStart(4, '0')}` } }));
    } else if (hier === 'letters') {
      const sizes = [Math.min(10, Math.max(3, n)), 3];
      progs.slice(0, 2).forEach((p, pi) => {
        const prow = mk('parent', { text: { label: p[1], code: p[0], no: String(pi + 1) } });
        const kegs = p[2].length >= sizes[pi] ? p[2].slice(0, sizes[pi]) : p[2];
        kegs.forEach((k, ki) => { const r = mk('leaf', { parent: prow, text: { label: k[1], code: `${p[0]}.${k[0]}`, no: String.fromCharCode(65 + ki) + '.' } }); });
      });
    } else {
      progs.forEach((p, pi) => {
        const prow = mk('parent', { text: { label: p[1], code: p[0], no: ['I', 'II', 'III'][pi] } });
        const kegs = R.shuffle(p[2]).slice(0, Math.min(p[2].length, R.int(2, 3)));
        kegs.forEach((k, ki) => {
          if (hier === 'pks') {
            const krow = mk('parent', { parent: prow, text: { label: k[1], code: `${p[0]}.${k[0]}`, no: String(ki + 1) } });
            R.shuffle(SUBS).slice(0, R.int(1, 3)).forEach((s, si) => mk('leaf', { parent: krow, text: { label: s, code: `${p[0]}.${k[0]}.${String(si + 1).padStart(4, '0')}`, no: String.fromCharCode(97 + si) + '.' } }));
          } else mk('leaf', { parent: prow, text: { label: k[1], code: `${p[0]}.${k[0]}`, no: String(ki + 1) } });
        });
      });
    }
    // leaves get money (and, for renja86/renstra, kinerja)
    for (const row of rows.filter(r => r.level === 'leaf')) {
      const pagu = samePagu(tb, row.text.label, () => rupiah(R, 8000, 900000));
      row.v.pagu = pagu;
      row.v.realisasi = L.spendRange ? spend(R, pagu, ...L.spendRange) : spend(R, pagu); // spendRange: dev2
      if (model === 'renja86') {
        row.ind = pickIndicator(R, 'count', used, false);
      }
    }
  } else if (model === 'rincian') {
    R.shuffle(RINCIAN).slice(0, 3).forEach(acc => {
      const arow = mk('parent', { text: { label: acc[1], code: acc[0] } });
      acc[2].forEach(([nm, sat]) => {
        const koef = new D(R.int(2, 24)); const harga = new D(R.int(5, 400)).times(1000);
        mk('leaf', { parent: arow, text: { label: nm, satuan: sat }, v: { koefisien: koef, harga, jumlah: koef.times(harga), pagu_murni: koef.times(harga).plus(new D(R.int(-5, 5)).times(10000)) } });
      });
    });
  }
  if (tb.plan.total !== false && (L.totalWord || ['anggaran', 'pkAnggaran', 'dpa', 'rincian'].includes(model) && plan.total)) {
    mk('total', { text: { label: L.totalWord || plan.total || 'JUMLAH' } });
  }
  if (plan.totalFirst) rows.unshift(rows.pop()); // dev6: the total printed above the rows it sums
  return rows;
}

/**
 * Programs of one hierarchy, never reused by another table of the same workbook (a program printed twice
 * with different sums would be a real pagu_berbeda). Lettered kegiatan A. to J. need the ten-kegiatan program.
 */
function claimPrograms(tb, count, letters) {
  const used = tb.ctx.usedPrograms;
  const free = tb.R.shuffle(PROGRAMS.filter(p => !used.has(p[0])));
  free.sort((a, b) => (letters ? b[2].length - a[2].length : (a[0] === '7.01.01') - (b[0] === '7.01.01')));
  const got = free.slice(0, Math.max(1, Math.min(count, free.length)));
  if (!got.length) throw new Error(`${tb.ctx.book.name}: no program left for ${tb.w.id}`);
  got.forEach(p => used.add(p[0]));
  return got;
}
/** One pagu per budget line name within a workbook: the same line in two tables has the same pagu. */
function samePagu(tb, name, make) {
  if (!name) return make();
  const reg = tb.ctx.paguOf;
  if (!reg.has(name)) reg.set(name, make());
  return reg.get(name);
}

const ADDITIVE = ['pagu', 'pagu_murni', 'realisasi', 'realisasi_anggaran', 'realisasi_lalu', 'realisasi_ini', 'komitmen', 'realisasi_kontrak', 'revisi_tambah', 'revisi_kurang', 'jumlah', 'jumlah_sub', 'rpd_total',
  ...[1, 2, 3, 4, 5, 6].map(i => 'rpd_' + i), ...Array.from({ length: 12 }, (_, i) => 'realisasi_m' + (i + 1)), ...[1, 2, 3, 4].map(i => 'realisasi_anggaran_tw' + i),
  'pagu_renstra', 'realisasi_anggaran_renstra_lalu', 'realisasi_anggaran_renstra', 'pagu_2021', 'pagu_2022', 'pagu_2023', 'pagu_2024', 'pagu_akhir',
  'pagu_prev', 'realisasi_anggaran_prev', 'x_bertambah']; // the last three: dev2 only
const childrenOf = (rows, p) => rows.filter(r => r.parent === p);
const leavesOf = rows => rows.filter(r => r.level === 'leaf');

/** Fills every input role of the leaves, sums parents and totals, then derives the computed roles. */
function fillInputs(tb, rows) {
  const { R, L } = tb;
  const has = tb.has;
  const year = tb.year;
  for (const row of leavesOf(rows)) {
    const v = row.v;
    if (DEVX) dev2Inputs(tb, row);
    if (L.model === 'mixed' || L.model === 'efisiensi' && (has('pagu') || has('realisasi_anggaran'))) {
      const name = has('uraian') ? textFor(tb, row, 'uraian') : has('kegiatan') ? textFor(tb, row, 'kegiatan') : null;
      v.pagu = samePagu(tb, name, () => rupiah(R, 20000, 600000)); v.realisasi_anggaran = spend(R, v.pagu, 0.8, 0.99);
    }
    if (has('pagu_murni') && v.pagu) v.pagu_murni = v.pagu.plus(new D(R.int(-30, 30)).times(250000));
    if (has('pagu_murni') && v.pagu && v.pagu_murni.eq(v.pagu)) v.pagu_murni = v.pagu.plus(1500000);
    if (has('x_bertambah')) v.x_bertambah = v.pagu.minus(v.pagu_murni); // dev2: Bertambah/(Berkurang)
    if (has('revisi_tambah')) { const up = v.pagu.minus(v.pagu_murni); v.revisi_tambah = D.max(up, 0); v.revisi_kurang = D.max(up.neg(), 0); }
    if (has('realisasi_lalu') || DEVX && has('realisasi_ini')) { v.realisasi_lalu = v.realisasi.times(R.dec(0.55, 0.8, 3)).toDecimalPlaces(0, D.ROUND_DOWN); v.realisasi_ini = v.realisasi.minus(v.realisasi_lalu); }
    if (has('komitmen')) v.komitmen = v.pagu.minus(v.realisasi).times(R.dec(0.1, 0.6, 3)).toDecimalPlaces(0, D.ROUND_DOWN);
    if (has('realisasi_kontrak')) v.realisasi_kontrak = D.min(v.pagu, v.realisasi.times(R.dec(1.0, 1.08, 3)).toDecimalPlaces(0, D.ROUND_DOWN));
    if (has('jumlah_sub')) v.jumlah_sub = new D(R.int(2, 9));
    if (has('fisik')) v.fisik = R.dec(80, 100, 2);
    if (has('target_fisik')) v.target_fisik = new D(100);
    if (has('rpd_1')) { const parts = splitInto(R, v.pagu, 6, 1000); parts.forEach((p, i) => { v['rpd_' + (i + 1)] = p; }); }
    if (has('realisasi_m1')) { const parts = splitInto(R, v.realisasi, 12, 1); parts.forEach((p, i) => { v['realisasi_m' + (i + 1)] = p; }); }
    if (L.quarters === 'split' && has('realisasi_tw1')) {
      splitInto(R, v.realisasi, 4, 1).forEach((p, i) => { v['realisasi_tw' + (i + 1)] = p; });
      if (has('target_tw1')) splitInto(R, v.target, 4, 1).forEach((p, i) => { v['target_tw' + (i + 1)] = p; });
      if (has('realisasi_anggaran_tw1')) splitInto(R, v.realisasi_anggaran, 4, 1000).forEach((p, i) => { v['realisasi_anggaran_tw' + (i + 1)] = p; });
    }
    if (L.quarters === 'tw') {
      for (let q = 1; q <= 4; q++) { const kv = kinerjaValues(R, 'count', null, { min: 2, max: 30 }); v['target_tw' + q] = kv.t; v['realisasi_tw' + q] = kv.r; }
    }
    if (L.quarters === 'cumulative') {
      const fr = [R.dec(0.15, 0.3, 2), R.dec(0.4, 0.6, 2), R.dec(0.65, 0.85, 2)];
      const dp = row.ind.type === 'count' || row.ind.type === 'neg' ? 0 : 2;
      fr.forEach((f, i) => { v['realisasi_tw' + (i + 1)] = v.realisasi.times(f).toDecimalPlaces(dp, D.ROUND_DOWN); });
      v.realisasi_tw4 = v.realisasi;
      v.target_renja = row === leavesOf(rows)[2] ? v.target.plus(row.ind.type === 'count' ? 3 : 2) : v.target;
    }
    if (L.quarters === 'targets') splitInto(R, v.target, 4, 1).forEach((p, i) => { v['target_tw' + (i + 1)] = p; }); // quarterly targets of a PK (fresh set)
    if (has('prakiraan')) v.prakiraan = row.ind.type === 'count' ? D.max(new D(1), v.target.minus(R.int(0, 3))) : v.target.minus(R.dec(0, 2, 1)); // expected attainment this year (fresh set)
    if (has('target_tahunan')) v.target_tahunan = row.ind.type === 'count' ? v.target.times(R.int(2, 4)) : D.min(new D(100), v.target.plus(R.dec(2, 8, 1)));
    if (has('pembilang')) { v.penyebut = new D(R.int(20, 400)); v.pembilang = v.realisasi.times(v.penyebut).div(100).toDecimalPlaces(0, D.ROUND_HALF_UP); v.realisasi = r2(ratio(v.pembilang, v.penyebut)); }
    if (has('target_renstra') && L.model !== 'renja86' && row.ind && row.ind.type === 'neg') v.target_renstra = D.max(new D(1), v.target.times(R.dec(0.7, 0.9, 2)).toDecimalPlaces(0, D.ROUND_DOWN)); // lower is better: the end target is lower
    else if (has('target_renstra') && L.model !== 'renja86') v.target_renstra = row.ind && (row.ind.type === 'pct' || row.ind.type === 'index') ? D.min(new D(100), v.target.plus(R.dec(1, 6, 1))) : v.target.times(R.dec(1.1, 1.4, 2)).toDecimalPlaces(0, D.ROUND_UP);
    if (has('target_rkt')) v.target_rkt = row === leavesOf(rows)[1] ? v.target.minus(1) : v.target;
    if (has('target_next')) v.target_next = row.ind.type === 'count' ? v.target.plus(R.int(1, 10)) : D.min(new D(100), v.target.plus(R.dec(0.5, 3, 1)));
    if (has('target_akhir') && L.model !== 'renstra') v.target_akhir = row.ind.type === 'count' ? v.target.plus(R.int(5, 20)) : D.min(new D(100), v.target.plus(R.dec(2, 6, 1)));
    if (has('target_2024') && L.model === 'pk') { v.target_2024 = row.ind.type === 'count' ? D.max(new D(1), v.target.minus(R.int(1, 5))) : v.target.minus(R.dec(0.5, 2, 1)); v.target_2026 = row.ind.type === 'count' ? v.target.plus(R.int(1, 5)) : D.min(new D(100), v.target.plus(R.dec(0.5, 2, 1))); }
    if (has('kondisi_awal')) v.kondisi_awal = row.ind ? (row.ind.type === 'count' ? D.max(new D(1), v.target.minus(R.int(2, 8))) : v.target.minus(R.dec(3, 9, 1))) : null;
    if (has('variance')) v.variance = v.realisasi.minus(v.target);
    if (L.model === 'efisiensi' && !L.full) { v.capaian = R.dec(100, 118, 2); v.serapan = R.dec(82, 99, 2); }
    if (L.model === 'renja86') {
      renjaKinerja(R, v);
      v.pagu_renstra = v.pagu.times(R.dec(4.5, 5.5, 2)).div(1000).toDecimalPlaces(0, D.ROUND_HALF_UP).times(1000); v.realisasi_anggaran_renstra_lalu = v.pagu_renstra.times(R.dec(0.45, 0.6, 3)).toDecimalPlaces(0, D.ROUND_DOWN);
      v.realisasi_anggaran = spend(R, v.pagu);
      splitInto(R, v.realisasi_anggaran, 4, 1000).forEach((p, i) => { v['realisasi_anggaran_tw' + (i + 1)] = p; });
    }
    if (L.model === 'renstra') {
      const ys = L.years; let k = new D(R.int(60, 85));
      ys.forEach((y, i) => { k = k.plus(R.int(1, 4)); v['target_' + y] = k; v['pagu_' + y] = tb.w.id === 'W06' ? new D(R.int(800, 9000)) : rupiah(R, 50000, 900000); });
      if (has('target_akhir')) v.target_akhir = v['target_' + ys[ys.length - 1]];
      if (has('kondisi_awal')) v.kondisi_awal = new D(R.int(50, 60));
      row.ind = pickIndicator(R, 'pct', new Set(), false);
    }
    if (L.model === 'pkAnggaran' || L.model === 'dpa') delete v.realisasi;
    if (DEVX && L.quarters === 'moneytw') splitInto(R, v.realisasi, 4, 1000).forEach((p, i) => { v['realisasi_anggaran_tw' + (i + 1)] = p; });
  }
  // parents (bottom-up) and total
  const parents = rows.filter(r => r.level === 'parent').reverse();
  for (const p of parents) {
    const kids = childrenOf(rows, p);
    for (const role of ADDITIVE) if (kids.some(k => k.v[role] !== undefined)) p.v[role] = kids.reduce((s, k) => s.plus(k.v[role] || 0), new D(0));
    if (L.model === 'renja86') { p.ind = { name: 'Jumlah kegiatan yang terlaksana sesuai rencana', satuan: 'kegiatan', type: 'count' }; renjaKinerja(R, p.v); }
    if (L.model === 'rincian') { p.v.pagu = p.v.jumlah; delete p.v.jumlah; }
    if (L.model === 'renstra') {
      p.ind = pickIndicator(R, 'pct', new Set(), false); let k = new D(R.int(60, 80));
      L.years.forEach(y => { k = k.plus(R.int(1, 3)); p.v['target_' + y] = k; });
      if (has('target_akhir')) p.v.target_akhir = p.v['target_' + L.years[L.years.length - 1]];
      if (has('kondisi_awal')) p.v.kondisi_awal = new D(R.int(50, 60));
    }
  }
  const total = rows.find(r => r.level === 'total');
  if (total) {
    const tops = rows.filter(r => (r.level === 'parent' || r.level === 'leaf') && !r.parent);
    for (const role of ADDITIVE) if (tops.some(k => k.v[role] !== undefined)) total.v[role] = tops.reduce((s, k) => s.plus(k.v[role] || 0), new D(0));
  }
  if (L.model === 'renstra') for (const r of rows) if (r.v.pagu_2021 !== undefined || r.v['pagu_' + L.years[0]] !== undefined) { if (has('pagu_akhir')) r.v.pagu_akhir = L.years.reduce((s, y) => s.plus(r.v['pagu_' + y]), new D(0)); }
  if (L.model === 'renja86') for (const r of rows.filter(x => x.level !== 'group')) {
    r.v.realisasi_renstra = r.v.realisasi_renstra_lalu.plus(r.v.realisasi);
    r.v.realisasi_anggaran_renstra = r.v.realisasi_anggaran_renstra_lalu.plus(r.v.realisasi_anggaran);
  }
  derive(tb, rows);
}

/**
 * dev2 only: inputs of the third set's layouts. Volume x harga satuan = pagu on budget lines (an RKA-KL monitoring
 * sheet whose money column is headed "Target"), the previous year's pagu / realisasi pair, and x_num (a stated number
 * no answer depends on, e.g. realisasi fisik s/d bulan lalu). Runs before the generic inputs of the row.
 */
function dev2Inputs(tb, row) {
  const { R, L } = tb; const v = row.v; const has = tb.has;
  if (has('koefisien') && L.model === 'anggaran') {
    v.koefisien = new D(R.int(1, 12)); v.harga = v.pagu.div(v.koefisien).div(100).toDecimalPlaces(0, D.ROUND_DOWN).times(100);
    v.pagu = v.koefisien.times(v.harga); v.realisasi = spend(R, v.pagu);
  }
  if (has('pagu_prev')) { v.pagu_prev = rupiah(R, 20000, 900000); v.realisasi_anggaran_prev = spend(R, v.pagu_prev, ...(L.spendRange || [0.78, 0.995])); }
  if (has('x_num')) v.x_num = R.dec(40, 79, 2);
}

/** Kinerja of a Renja form row: counts, the Renstra end target five years of the yearly one (13 = 6 + 12). */
function renjaKinerja(R, v) {
  v.target = new D(R.int(4, 24)); v.realisasi = v.target.times(R.dec(0.8, 1.1, 3)).toDecimalPlaces(0, D.ROUND_HALF_UP);
  if (v.realisasi.lte(0)) v.realisasi = new D(1);
  v.target_renstra = v.target.times(5); v.realisasi_renstra_lalu = v.target.times(R.int(2, 3));
  splitInto(R, v.realisasi, 4, 1).forEach((p, i) => { v['realisasi_tw' + (i + 1)] = p; });
}

/** Splits an amount into n positive parts (multiples of `unit`) that sum exactly to it. */
function splitInto(R, amount, n, unit) {
  const total = new D(amount);
  const weights = Array.from({ length: n }, () => R.dec(0.6, 1.4, 3));
  const wsum = weights.reduce((s, w) => s.plus(w), new D(0));
  const parts = weights.map(w => total.times(w).div(wsum).div(unit).toDecimalPlaces(0, D.ROUND_DOWN).times(unit));
  parts[n - 1] = total.minus(parts.slice(0, -1).reduce((s, p) => s.plus(p), new D(0)));
  return parts;
}

/** The computed roles: what a correct tool recomputes (exact; rounding happens when stated). */
function derive(tb, rows) {
  const has = tb.has;
  const L = tb.L;
  const totalPagu = (rows.find(r => r.level === 'total') || { v: {} }).v.pagu || leavesOf(rows).reduce((s, r) => s.plus(r.v.pagu || 0), new D(0));
  for (const row of rows) {
    const v = row.v; const x = row.x = {};
    if (row.level === 'group') continue;
    const neg = row.polarity === 'negatif';
    const cap = (t, r) => (neg ? negRatio(t, r) : ratio(r, t));
    if (v.target !== undefined && v.realisasi !== undefined && (has('capaian') || L.model === 'efisiensi')) {
      if (L.quarters === 'cumulative') x.capaian = cap(v.target, v.realisasi_tw4);
      else if (!(L.model === 'efisiensi' && !L.full)) x.capaian = cap(v.target, v.realisasi);
    }
    if (L.model === 'efisiensi' && !L.full) x.capaian = v.capaian;
    if (has('capaian_prev')) x.capaian_prev = cap(v.target_prev, v.realisasi_prev);
    if (has('capaian_tahunan')) x.capaian_tahunan = cap(v.target_tahunan, v.realisasi);
    for (let q = 1; q <= 4; q++) if (has('capaian_tw' + q)) x['capaian_tw' + q] = cap(v['target_tw' + q], v['realisasi_tw' + q]);
    if (has('capaian_renstra')) x.capaian_renstra = ratio(v.realisasi_renstra, v.target_renstra);
    if (has('persen_renstra')) x.persen_renstra = ratio(v.realisasi_anggaran_renstra, v.pagu_renstra);
    if (has('kategori') && x.capaian) x.kategori = bandOf(tb.scale(), x.capaian);
    const spent = has('realisasi_anggaran') ? v.realisasi_anggaran : v.realisasi;
    if (v.pagu !== undefined && spent !== undefined && L.model !== 'kinerja') {
      if (has('persen')) x.persen = ratio(spent, v.pagu);
      if (has('serapan') && L.full) x.serapan = ratio(spent, v.pagu);
      if (has('sisa')) x.sisa = v.pagu.minus(spent);
      if (has('lebih')) x.lebih = spent.minus(v.pagu); // dev5: Lebih/(Kurang) of an LRA, realisasi - anggaran
      if (has('persen_sisa')) x.persen_sisa = ratio(v.pagu.minus(spent), v.pagu);
      if (has('persen_kontrak')) x.persen_kontrak = ratio(v.realisasi_kontrak, v.pagu);
      if (has('saldo')) x.saldo = v.pagu.minus(v.komitmen).minus(spent);
      for (let q = 1; q <= 4; q++) if (has('persen_tw' + q)) x['persen_tw' + q] = ratio(v['realisasi_anggaran_tw' + q], v.pagu);
      if (has('persen_prev') && v.pagu_prev) x.persen_prev = ratio(v.realisasi_anggaran_prev, v.pagu_prev); // dev2
    }
    if (L.model === 'efisiensi') { const ser = L.full ? x.serapan : v.serapan; x.efisiensi = r2(x.capaian).minus(r2(ser)); }
    if (has('bobot') && v.pagu) x.bobot = ratio(v.pagu, totalPagu);
    if (has('porsi') && v.pagu) x.porsi = ratio(v.pagu, totalPagu);
    if (has('kombinasi')) x.kombinasi = r2(x.persen).plus(v.fisik || 0).div(2);
    if (has('rpd_total')) x.rpd_total = [1, 2, 3, 4, 5, 6].reduce((s, i) => s.plus(v['rpd_' + i] || 0), new D(0));
  }
  for (const row of rows) if (row.level === 'total' && has('fisik')) row.v.fisik = null;
  for (const row of rows) if (row.level === 'parent' && has('fisik') && row.v.fisik === undefined) row.v.fisik = r2(leavesOf(rows).filter(l => l.parent === row).reduce((s, l) => s.plus(l.v.fisik), new D(0)).div(leavesOf(rows).filter(l => l.parent === row).length));
  for (const row of rows) if (row.x && row.x.kombinasi === undefined && has('kombinasi') && row.x.persen) row.x.kombinasi = r2(row.x.persen).plus(row.v.fisik || 0).div(2);
}

// Metric of each computed role (the names of the public answers); roles absent here are not "values".
const METRIC = { capaian: 'capaian_kinerja', capaian_prev: 'capaian_kinerja', capaian_tahunan: 'capaian_kinerja', capaian_tw1: 'capaian_kinerja', capaian_tw2: 'capaian_kinerja', capaian_tw3: 'capaian_kinerja', capaian_tw4: 'capaian_kinerja',
  capaian_renstra: 'capaian_kinerja', persen: 'persen_anggaran', serapan: 'persen_anggaran', persen_kontrak: 'persen_anggaran', persen_renstra: 'persen_anggaran', persen_tw1: 'persen_anggaran', persen_tw2: 'persen_anggaran', persen_tw3: 'persen_anggaran', persen_tw4: 'persen_anggaran',
  sisa: 'sisa', persen_sisa: 'persen_sisa', efisiensi: 'efisiensi', persen_prev: 'persen_anggaran' /* dev2 */, lebih: 'sisa' /* dev5 */ };
const PERCENT_ROLES = new Set(['capaian', 'capaian_prev', 'capaian_tahunan', 'capaian_tw1', 'capaian_tw2', 'capaian_tw3', 'capaian_tw4', 'capaian_renstra', 'persen', 'serapan', 'persen_kontrak', 'persen_renstra', 'persen_tw1', 'persen_tw2', 'persen_tw3', 'persen_tw4', 'persen_sisa', 'efisiensi', 'bobot', 'porsi', 'kombinasi', 'fisik', 'target_fisik', 'persen_prev']);
const MONEY_ROLES = new Set([...ADDITIVE.filter(r => !/^jumlah_sub$/.test(r)), 'sisa', 'saldo', 'harga', 'variance_money']);

module.exports = { D, rng, idText, colLetter, bandOf };

// ---------------------------------------------------------------------------------- planting errors
/** The realisasi column a capaian column is computed from. */
function REAL_OF(tb, role) {
  if (role === 'capaian') return tb.L.quarters === 'cumulative' ? 'realisasi_tw4' : 'realisasi';
  if (role === 'capaian_prev') return 'realisasi_prev';
  if (/^capaian_tw\d$/.test(role)) return 'realisasi_tw' + role.slice(-1);
  return 'realisasi';
}
/** Applies the planned errors: changes stated values and records each finding with its cells. */
function plantErrors(tb, rows) {
  const { R, plan, L } = tb;
  tb.stated = new Map(); // row -> role -> stated override (Decimal|string)
  const set = (row, role, val) => { if (!tb.stated.has(row)) tb.stated.set(row, {}); tb.stated.get(row)[role] = val; };
  const leaves = leavesOf(rows);
  const pickLeaf = (pred = () => true) => { const c = leaves.filter(pred); return c[Math.min(c.length - 1, 1 + Math.floor(R.next() * Math.max(1, c.length - 1)))]; };
  const planted = [];
  for (const rule of plan.errors) {
    if (rule === 'capaian_selisih') {
      const role = plan.capaianRole || (tb.has('capaian') ? 'capaian' : tb.has('capaian_renstra') ? 'capaian_renstra' : 'capaian_tw3');
      const row = pickLeaf(r => r.x && r.x[role] && !planted.some(p => p.row === r));
      const right = r2(row.x[role]);
      const real = row.v[REAL_OF(tb, role)];
      let wrong;
      if (role === 'capaian_renstra') wrong = r2(ratio(row.v.realisasi, row.v.target)); // against the Renja target instead of the Renstra one
      else if (real && !r2(real).eq(right) && right.minus(real).abs().gt(1) && real.gt(20)) wrong = r2(real); // capaian copied from realisasi
      else wrong = right.plus(R.pick([-1, 1]) * R.int(3, 9)).plus(R.dec(0.1, 0.9, 2));
      if (wrong.minus(right).abs().lt(1)) wrong = right.plus(4.5);
      set(row, role, wrong);
      planted.push({ row, role, rule, note: `stated ${s2(wrong)} vs ${s2(right)}` });
    } else if (rule === 'kategori_selisih') {
      const row = pickLeaf(r => r.x && r.x.kategori && !planted.some(p => p.row === r));
      const labels = tb.scale().labels; const i = labels.indexOf(row.x.kategori);
      const wrong = labels[i === 0 ? 1 : i - 1];
      set(row, 'kategori', wrong);
      planted.push({ row, role: 'kategori', rule, note: `${wrong} vs ${row.x.kategori}` });
    } else if (rule === 'persen_anggaran_selisih') {
      const role = plan.persenRole || (tb.has('persen') ? 'persen' : 'serapan');
      const row = pickLeaf(r => r.x && r.x[role] && !planted.some(p => p.row === r));
      const right = r2(row.x[role]);
      const spent = tb.has('realisasi_anggaran') ? row.v.realisasi_anggaran : row.v.realisasi;
      let wrong = row.v.pagu_murni ? r2(ratio(spent, row.v.pagu_murni)) : right.minus(R.dec(2, 7, 2)); // against the wrong pagu
      if (wrong.minus(right).abs().lt(0.5)) wrong = right.minus(3.17);
      if (L.percentDecimals === 0) wrong = right.minus(6).toDecimalPlaces(0, D.ROUND_HALF_UP);
      if (L.percentDecimals === 1) wrong = right.minus(6).toDecimalPlaces(1, D.ROUND_HALF_UP); // dev2
      set(row, role, wrong);
      planted.push({ row, role, rule, note: `stated ${s2(wrong)} vs ${s2(right)}${row.v.pagu_murni ? ' (against pagu sebelum perubahan)' : ''}` });
    } else if (rule === 'sisa_selisih') {
      const role = tb.has('sisa') ? 'sisa' : tb.has('lebih') ? 'lebih' : 'persen_sisa'; // lebih: dev5
      const amount = role !== 'persen_sisa';
      const row = pickLeaf(r => r.x && r.x[role] !== undefined && !planted.some(p => p.row === r));
      const right = amount ? row.x[role] : r2(row.x.persen_sisa);
      const wrong = amount ? right.plus(new D(R.int(2, 40)).times(50000)) : right.plus(R.dec(1, 4, 2));
      set(row, role, wrong);
      planted.push({ row, role, rule, note: `stated ${wrong.toFixed(amount ? 0 : 2)} vs ${amount ? right.toFixed(0) : s2(right)}`, altRules: role === 'persen_sisa' ? ['persen_anggaran_selisih'] : undefined });
    } else if (rule === 'efisiensi_selisih') {
      const row = pickLeaf(r => r.x && r.x.efisiensi !== undefined && !planted.some(p => p.row === r));
      const right = r2(row.x.efisiensi);
      const wrong = right.abs().gt(1) ? right.neg() : right.plus(5.25); // sign flipped: serapan - capaian
      set(row, 'efisiensi', wrong);
      planted.push({ row, role: 'efisiensi', rule, note: `stated ${s2(wrong)} vs ${s2(right)} (capaian - serapan)` });
    } else if (rule === 'jumlah_selisih') {
      const role = plan.jumlahRole || (tb.has('pagu') ? 'pagu' : tb.has('pagu_2022') ? 'pagu_2022' : 'pagu_' + L.years[1]);
      const target = rows.find(r => r.level === 'total') || rows.filter(r => r.level === 'parent')[0];
      const right = target.v[role];
      const wrong = right.plus(new D(R.pick([-1, 1])).times(tb.w.id === 'W06' ? R.int(20, 90) : R.int(2, 30) * 100000));
      set(target, role, wrong);
      target.jumlahBroken = role;
      planted.push({ row: target, role, rule, note: `stated ${wrong.toFixed(0)} vs sum ${right.toFixed(0)}`, sum: true });
    } else if (rule === 'realisasi_melebihi_pagu') {
      const role = tb.has('realisasi_anggaran') ? 'realisasi_anggaran' : 'realisasi';
      const row = pickLeaf(r => r.v.pagu && r.v[role] && !planted.some(p => p.row === r) && (!r.parent || childrenOf(rows, r.parent).length > 1));
      row.v[role] = row.v.pagu.times(R.dec(1.03, 1.12, 3)).toDecimalPlaces(0, D.ROUND_DOWN);
      if (row.v.realisasi_ini) row.v.realisasi_ini = row.v[role].minus(row.v.realisasi_lalu);
      row.over = role;
      planted.push({ row, role, rule, note: `${row.v[role].toFixed(0)} > ${row.v.pagu.toFixed(0)}`, reflow: true });
    } else if (rule === 'nilai_tidak_wajar') {
      if (L.model === 'anggaran' || L.model === 'mixed' && plan.negativeMoney) {
        const role = tb.has('realisasi_anggaran') ? 'realisasi_anggaran' : 'realisasi';
        const row = pickLeaf(r => r.v[role] && !planted.some(p => p.row === r));
        row.v[role] = new D(-R.int(5, 60)).times(100000);
        if (row.v.realisasi_ini) row.v.realisasi_ini = row.v[role].minus(row.v.realisasi_lalu);
        row.odd = role;
        planted.push({ row, role, rule, note: `negative realisasi ${row.v[role].toFixed(0)}`, reflow: true });
      } else {
        const role = L.model === 'pk' ? 'target' : 'realisasi';
        const row = pickLeaf(r => r.ind && r.ind.type !== 'neg' && !planted.some(p => p.row === r));
        row.ind = { name: L.english ? 'Public satisfaction index' : 'Indeks Kepuasan Masyarakat (IKM)', satuan: L.english ? 'score' : 'Nilai', type: 'index' };
        row.polarity = 'positif';
        if (role === 'target') { row.v.target = R.dec(101, 108, 2); if (row.v.target_renstra) row.v.target_renstra = row.v.target.plus(1); if (row.v.target_rkt) row.v.target_rkt = row.v.target; }
        else { row.v.target = R.dec(85, 92, 2); row.v.realisasi = R.dec(101, 106, 2); }
        row.odd = role;
        planted.push({ row, role, rule, note: `${role} ${s2(row.v[role])} above the index maximum 100`, reflow: true });
      }
    } else if (rule === 'angka_teks') {
      planted.push({ rule, role: plan.textRole, column: true });
    } else throw new Error('unknown rule ' + rule);
  }
  return planted;
}

// ---------------------------------------------------------------------------------------- rendering
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const T = (s, ctx) => (s == null ? s : String(s).replace(/\{year\}/g, ctx.year).replace(/\{prev\}/g, ctx.year - 1).replace(/\{next\}/g, ctx.year + 1).replace(/\{end\}/g, ctx.year + 2));

function textFor(tb, row, role) {
  const { L } = tb; const t = row.text || {};
  const label = t.label || (row.ind && row.ind.name) || '';
  switch (role) {
    case 'no': return row.level === 'leaf' ? (t.no || String(tb.leafNo = (tb.leafNo || 0) + 1)) : row.level === 'parent' ? t.no || '' : '';
    case 'kode': return t.code || (row.level === 'leaf' && L.model !== 'rincian' ? `${tb.year}.${String(tb.rows.indexOf(row)).padStart(3, '0')}` : '');
    case 'uraian': case 'program': case 'kegiatan':
      if (row.ind && (L.model === 'kinerja' || L.model === 'mixed' || L.model === 'renja86' || L.model === 'renstra')) {
        if (role === 'uraian' && (L.model === 'renja86' || L.model === 'renstra' || L.model === 'mixed')) return t.label || row.progName || tb.kegName(row);
        return tb.progText(row, role);
      }
      if (row.level === 'total') return t.label;
      if (L.codesInName && t.code) return `${t.code} ${label}`;
      return label;
    case 'indikator': case 'indikator_sasaran': return row.ind ? row.ind.name : (L.model === 'efisiensi' ? '' : label);
    case 'satuan': return row.ind ? row.ind.satuan : t.satuan || '';
    case 'sasaran': return row.sasaran || '';
    case 'keterangan': return L.english ? (row.level === 'leaf' ? 'On track' : '') : (row.level === 'leaf' ? (tb.has('polaritas') ? '' : (L.statusColumn ? (row.x && row.x.capaian && row.x.capaian.gte(100) ? 'Tercapai' : 'Belum Tercapai') : (L.model === 'pkAnggaran' ? 'APBD' : '-'))) : '');
    case 'sumber_dana': return row.level === 'leaf' ? 'APBN' : '';
    case 'unit': return row.level === 'leaf' ? 'Sekretariat' : '';
    case 'tahun': return row.level === 'total' ? '' : String(tb.year);
    case 'bulan': return row.level === 'total' ? '' : 'Desember';
    case 'tanggal': return row.level === 'leaf' ? `31/12/${tb.year}` : '';
    case 'polaritas': return row.polarity === 'negatif' ? 'Negatif' : 'Positif';
    case 'x_text': return row.level === 'leaf' ? (L.xText || (L.english ? 'Low' : 'Umum')) : '';
    default: if (L.xTexts && L.xTexts[role] !== undefined) return row.level === 'leaf' ? L.xTexts[role] : ''; // dev2
      return null;
  }
}

function percentStyle(tb, role) {
  if (tb.L.percent === 'fraction') return 'frac'; // dev6: a fraction (0.8889) with no % format
  if (tb.plan.percent === 'pctcell' || tb.L.percent === 'pctcell') return 'pctcell';
  if (tb.L.percentDecimals === 0 && role === 'persen') return 'int';
  if (tb.L.percentDecimals === 1 && role === 'persen') return 'dp1'; // dev2
  return 'num2';
}
function numFmtFor(tb, role, d) {
  if (PERCENT_ROLES.has(role)) { const st = percentStyle(tb, role); return st === 'pctcell' ? '0.00%' : st === 'frac' ? '0.0000' : st === 'int' ? '0' : st === 'dp1' ? '0.0' : '0.00'; }
  if (isMoney(tb, role)) return '#,##0';
  return d && d.decimalPlaces() > 0 ? '0.00' : '0';
}

/** The stated value of a role in a row: the planted override, else the (rounded) exact value. */
function statedValue(tb, row, role) {
  const o = tb.stated.get(row);
  if (o && o[role] !== undefined) return o[role];
  if (row.x && row.x[role] !== undefined) {
    if (role === 'kategori') return row.x.kategori;
    if (PERCENT_ROLES.has(role)) { const st = percentStyle(tb, role); return st === 'int' ? row.x[role].toDecimalPlaces(0, D.ROUND_HALF_UP) : st === 'dp1' ? row.x[role].toDecimalPlaces(1, D.ROUND_HALF_UP) : r2(row.x[role]); }
    return row.x[role];
  }
  const v = row.v[role];
  return v === undefined ? undefined : v;
}

function renderTable(ctx, ws, tb, startRow) {
  const { w, L, plan } = tb;
  const rows = tb.rows;
  let r = startRow;
  const ncol = w.columns.length;
  const off = tb.off || 0; // dev5: a table printed beside the one before it starts this many columns to the right
  const put = (row, col, value, opts = {}) => {
    const cell = ws.getCell(row, col + 1 + off);
    cell.value = value;
    if (opts.bold) cell.font = { bold: true };
    if (opts.numFmt) cell.numFmt = opts.numFmt;
    if (opts.border) cell.border = BORDER;
    if (opts.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    return cell;
  };
  for (const line of (L.headerBlock || [])) { put(r, 0, T(line, ctx), { bold: true }); ws.mergeCells(r, 1 + off, r, ncol + off); r++; }
  if (L.headerBlock) r++;
  const title = T(w.title, ctx);
  if (title) { put(r, 0, title, { bold: true }); r++; }
  const headerRow = r;
  if (!L.noHeader) {
    w.headerRows.forEach((hr, i) => { hr.forEach((txt, j) => { if (txt !== null) put(r + i, j, T(txt, ctx), { bold: true, border: true, center: true }); else put(r + i, j, null, { border: true }); }); });
    for (const m of w.merges) {
      const [a, b] = m.split(':'); const ca = /([A-Z]+)(\d+)/.exec(a); const cb = /([A-Z]+)(\d+)/.exec(b);
      ws.mergeCells(`${shiftLetters(ca[1], off)}${r + Number(ca[2]) - 1}:${shiftLetters(cb[1], off)}${r + Number(cb[2]) - 1}`);
    }
    r += w.headerRows.length;
    if (L.numberRow) {
      const nums = Array.isArray(L.numberRow) ? L.numberRow : w.columns.map((_, j) => (L.numberRow === '(n)' ? `(${j + 1})` : String(j + 1)));
      nums.forEach((t, j) => put(r, j, t, { center: true, border: true }));
      r++;
    }
  }
  const firstData = r;
  const cellOf = new Map(); // row -> role -> A1
  for (const row of rows) {
    const map = {}; cellOf.set(row, map);
    if (row.level === 'group') { put(r, 0, row.text.label, { bold: true, border: true }); ws.mergeCells(r, 1 + off, r, ncol + off); r++; continue; }
    w.columns.forEach((role, j) => {
      const addr = `${colLetter(j + off)}${r}`; map[role] = addr;
      const txt = textFor(tb, row, role);
      if (txt !== null && txt !== undefined) {
        if (row.level === 'total' && j === 0 && !['no'].includes(role)) put(r, j, txt, { bold: true, border: true });
        else if (row.level === 'total' && role === 'no') put(r, j, '', { border: true });
        else put(r, j, txt, { border: true, bold: row.level !== 'leaf' });
        return;
      }
      const val = statedValue(tb, row, role);
      if (val === undefined || val === null) { put(r, j, null, { border: true }); return; }
      if (typeof val === 'string') { put(r, j, val, { border: true }); return; }
      if (row.rangeTexts && row.rangeTexts[role]) { put(r, j, row.rangeTexts[role], { border: true }); return; }
      if (plan.textRole === role) { put(r, j, asText(tb, role, val), { border: true }); return; }
      const st = PERCENT_ROLES.has(role) ? percentStyle(tb, role) : 'num';
      const num = st === 'pctcell' || st === 'frac' ? Number(val.div(100).toString()) : Number(val.toString());
      put(r, j, num, { border: true, numFmt: numFmtFor(tb, role, val), bold: row.level !== 'leaf' });
    });
    // the total row label goes in the first text column
    if (row.level === 'total') { const j = w.columns.findIndex(x => ['uraian', 'program', 'kegiatan', 'indikator'].includes(x)); if (j > 0) { put(r, j, row.text.label, { bold: true, border: true }); } }
    r++;
    // dev6: a notes row ("*) data sementara") printed inside the body, after the n-th leaf
    if (L.noteRow && row.level === 'leaf' && leavesOf(rows).indexOf(row) === L.noteRow.after - 1) { put(r, 0, L.noteRow.text, { border: true }); ws.mergeCells(r, 1 + off, r, ncol + off); r++; }
  }
  // dev6: a text column merged down over the leaves it names (the first of a run holds the text)
  if (L.mergeDown) {
    const j = w.columns.indexOf(L.mergeDown); const leaves = leavesOf(rows);
    for (let i = 0; i < leaves.length; i++) {
      if (!textFor(tb, leaves[i], L.mergeDown)) continue;
      let k = i; while (k + 1 < leaves.length && !textFor(tb, leaves[k + 1], L.mergeDown)) k++;
      const a = Number(cellOf.get(leaves[i])[L.mergeDown].slice(colLetter(j + off).length)); const b = Number(cellOf.get(leaves[k])[L.mergeDown].slice(colLetter(j + off).length));
      if (b > a && b - a === k - i) ws.mergeCells(a, j + 1 + off, b, j + 1 + off);
    }
  }
  if (L.hide) ws.getColumn(w.columns.indexOf(L.hide) + 1 + off).hidden = true; // dev6: a hidden column inside the table
  for (const f of (L.footerRows || [])) { put(r, 0, f, { bold: true, border: true }); ws.mergeCells(r, 1 + off, r, Math.min(10, ncol) + off); r++; }
  const lastRow = r - 1;
  if (L.sourceLine) { put(r, 0, L.sourceLine); r++; }
  tb.cellOf = cellOf; tb.firstData = firstData; tb.headerRow = L.noHeader ? firstData : headerRow; tb.lastRow = lastRow; tb.title = title || T((L.headerBlock || []).slice(-1)[0], ctx);
  return r;
}

const ANGGARAN_MODELS = new Set(['anggaran', 'pkAnggaran', 'dpa', 'rincian']);
function isMoney(tb, role) {
  if (/^(pagu|realisasi_anggaran|rpd|realisasi_m\d|sisa$|lebih$|saldo|komitmen|realisasi_kontrak|revisi|harga|jumlah$|realisasi_lalu|realisasi_ini)/.test(role)) return true;
  return role === 'realisasi' && ANGGARAN_MODELS.has(tb.L.model);
}

function asText(tb, role, val) {
  if (PERCENT_ROLES.has(role)) return idText(r2(val), 2) + (tb.plan.textStyle === 'bare' ? '' : tb.plan.textStyle === 'sp' ? ' %' : '%'); // 'sp': dev2
  if (isMoney(tb, role)) return tb.plan.textStyle === 'rp' ? `Rp. ${idText(val, 0)},-` : tb.plan.textStyle === 'rp2' ? `Rp ${idText(val, 0)}` /* dev6 */ : idText(val, 2);
  return idText(val, val.decimalPlaces() > 0 ? 2 : 0);
}

// ------------------------------------------------------------------------------------------ answers
function answers(ctx, tb, planted) {
  const { w, L } = tb;
  const sheet = tb.sheet;
  const out = { values: [], findings: [], clean: [], checks: [] };
  const skip = new Set(); const allow = new Map();
  const addAllow = (addr, rules) => { if (!addr) return; allow.set(addr, [...new Set([...(allow.get(addr) || []), ...rules])]); };
  const cellOf = tb.cellOf;
  const checkedRoles = w.columns.filter(role => !['no', 'kode', 'uraian', 'program', 'kegiatan', 'indikator', 'indikator_sasaran', 'satuan', 'sasaran', 'keterangan', 'sumber_dana', 'unit', 'tahun', 'bulan', 'tanggal', 'polaritas', 'x_text', 'scale_range'].includes(role) && !/^x_/.test(role));
  const src = `${ctx.book.name}:${w.id}`;
  // findings
  for (const p of planted) {
    if (p.column) {
      const cells = tb.rows.filter(r => r.level !== 'group' && cellOf.get(r)[p.role] && statedValue(tb, r, p.role) instanceof D).map(r => cellOf.get(r)[p.role]);
      out.findings.push({ sheet, cell: cells[0], rule: 'angka_teks', alt: cells.slice(1).map(c => ({ sheet, cell: c })), note: `numbers stored as Indonesian text in column ${p.role} (${cells.length} cells); any cell of the run counts`, src: `${src}:${p.role}` });
      cells.forEach(c => addAllow(c, ['angka_teks']));
      for (const c of cells) out.checks.push({ sheet, cell: c, kind: 'text_number', status: 'error', rule: 'angka_teks' });
      continue;
    }
    const map = cellOf.get(p.row);
    const cell = map[p.role];
    const f = { sheet, cell, rule: p.rule };
    if (p.rule === 'realisasi_melebihi_pagu' && map.persen) f.alt = [{ sheet, cell: map.persen }];
    if (p.altRules) f.alt_rules = p.altRules;
    if (p.row.polarity === 'negatif' && p.rule === 'capaian_selisih') f.polarity = 'negatif';
    f.note = p.note; f.src = `${src}#${tb.rows.indexOf(p.row)}`;
    out.findings.push(f);
    skip.add(cell);
    if (p.sum) {
      // the parent's other derived cells follow from a wrong stated amount: judgement, not scored
      for (const role of ['persen', 'sisa', 'lebih', 'persen_sisa', 'serapan', 'saldo', 'pagu_akhir', 'bobot', 'porsi', 'kombinasi']) if (map[role]) skip.add(map[role]);
      if (p.role.startsWith('pagu_') && map.pagu_akhir) skip.add(map.pagu_akhir);
      const kids = p.row.level === 'total' ? tb.rows.filter(r => (r.level === 'parent' || r.level === 'leaf') && !r.parent) : childrenOf(tb.rows, p.row);
      out.checks.push({ sheet, cell, kind: 'sum', inputs: kids.map(k => cellOf.get(k)[childRole(tb, p.row, p.role)]), expected: p.row.v[p.role].toFixed(0), status: 'error', rule: p.rule });
    }
    if (['sisa_selisih', 'persen_anggaran_selisih', 'capaian_selisih', 'efisiensi_selisih'].includes(p.rule)) {
      // the wrong child makes its parents' printed sums of that column look wrong too: allowed there
      let up = p.row.parent; while (up) { addAllow(cellOf.get(up)[p.role], ['jumlah_selisih']); up = up.parent; }
      const tot = tb.rows.find(x => x.level === 'total'); if (tot && tot !== p.row) addAllow(cellOf.get(tot)[p.role], ['jumlah_selisih']);
    }
    if (p.rule === 'realisasi_melebihi_pagu') {
      let row = p.row;
      while (row) { const m = cellOf.get(row); for (const role of ['pagu', 'persen', 'sisa', 'persen_sisa', 'realisasi', 'realisasi_anggaran', 'serapan', 'saldo', 'realisasi_ini', 'realisasi_kontrak', 'persen_kontrak', 'kombinasi']) addAllow(m[role], ['nilai_tidak_wajar', 'realisasi_melebihi_pagu']); row = row.parent; }
      const tot = tb.rows.find(x => x.level === 'total'); if (tot) { const m = cellOf.get(tot); for (const role of ['persen', 'sisa']) addAllow(m[role], ['nilai_tidak_wajar', 'realisasi_melebihi_pagu']); }
      out.checks.push({ sheet, cell, kind: 'greater', inputs: [cell, map.pagu], status: 'error', rule: p.rule });
    }
    if (p.rule === 'nilai_tidak_wajar') {
      for (const role of ['capaian', 'kategori', 'persen', 'sisa', 'persen_sisa', 'realisasi_ini', 'serapan', 'saldo', 'persen_kontrak', 'kombinasi', 'target_renstra', 'target_rkt', 'realisasi', 'pagu']) addAllow(map[role], ['nilai_tidak_wajar']);
      let row = p.row.parent; while (row) { const m = cellOf.get(row); for (const role of ['persen', 'sisa', 'realisasi']) addAllow(m[role], ['nilai_tidak_wajar']); row = row.parent; }
      out.checks.push({ sheet, cell, kind: p.row.v[p.role].isNeg() ? 'negative' : 'above100', inputs: [cell], status: 'error', rule: p.rule });
    }
  }
  // values and arithmetic checks of every computed cell
  for (const row of tb.rows) {
    if (row.level === 'group' || !row.x) continue;
    const map = cellOf.get(row);
    for (const [role, metric] of Object.entries(METRIC)) {
      const cell = map[role];
      if (!cell || row.x[role] === undefined) continue;
      if (role === 'capaian' && L.model === 'efisiensi' && !L.full) continue; // stated input, not recomputed
      if (role === 'efisiensi' && [map.capaian, map.serapan].some(c => skip.has(c))) { skip.add(cell); continue; } // follows a wrong input: judgement
      const parentBroken = row.jumlahBroken && ['persen', 'sisa', 'lebih', 'persen_sisa', 'serapan'].includes(role);
      if (parentBroken) continue;
      const exact = row.x[role];
      const value = metric === 'sisa' ? exact.toFixed(0) : s2(exact);
      const val = { sheet, cell, metric, value };
      if (row.polarity === 'negatif' && metric === 'capaian_kinerja') val.polarity = 'negatif';
      out.values.push(val);
      const ck = checkFor(tb, row, role, cell, value, skip.has(cell) ? 'error' : 'clean');
      if (percentStyle(tb, role) === 'frac' && PERCENT_ROLES.has(role)) ck.fraction = true; // dev6: the cell states value / 100
      out.checks.push(ck);
    }
    if (row.x.kategori && map.kategori && skip.has(map.capaian) && !skip.has(map.kategori)) skip.add(map.kategori); // band of a wrong capaian: judgement
    else if (row.x.kategori && map.kategori) out.checks.push({ sheet, cell: map.kategori, kind: 'band', capaian: s2(row.x.capaian), scale: ctx.scaleKey, expected: row.x.kategori, status: skip.has(map.kategori) ? 'error' : 'clean', rule: skip.has(map.kategori) ? 'kategori_selisih' : undefined });
    if (row.v.koefisien && map.jumlah) out.checks.push({ sheet, cell: map.jumlah, kind: 'product', inputs: [map.koefisien, map.harga], expected: row.v.jumlah.toFixed(0), status: 'clean' });
    for (const [role, cell] of Object.entries(map)) {
      if (row.level === 'leaf' || row.level === 'parent' || row.level === 'total') {
        if (!checkedRoles.includes(role)) continue;
        const st = statedValue(tb, row, role);
        if (st === undefined || st === null) continue;
        if (row.rangeTexts && row.rangeTexts[role]) continue;
        if (/^rpd_|^realisasi_m\d/.test(role)) continue;
        if (skip.has(cell)) continue;
        const c = { sheet, cell };
        if (allow.has(cell)) c.allow = allow.get(cell);
        out.clean.push(c);
      }
    }
    // parent sums that are stated right: arithmetic check only (the clean cell is already listed)
    if ((row.level === 'parent' || row.level === 'total') && !row.jumlahBroken) {
      const kids = row.level === 'total' ? tb.rows.filter(r => (r.level === 'parent' || r.level === 'leaf') && !r.parent) : childrenOf(tb.rows, row);
      for (const role of ['pagu', 'realisasi', 'realisasi_anggaran', 'pagu_2022', 'pagu_renstra']) {
        if (role === 'realisasi' && !ANGGARAN_MODELS.has(L.model)) continue; // a parent's kinerja is its own indicator
        const kr = childRole(tb, row, role);
        if (map[role] && kids.length && row.v[role] !== undefined && kids.every(k => statedValue(tb, k, kr) instanceof D)) out.checks.push({ sheet, cell: map[role], kind: 'sum', inputs: kids.map(k => cellOf.get(k)[kr]), expected: row.v[role].toFixed(0), status: 'clean' });
      }
    }
  }
  return out;
}

/** The column of the children that a parent's amount sums: rincian lines hold SUB TOTAL, accounts JUMLAH TOTAL. */
function childRole(tb, row, role) { return tb.L.model === 'rincian' && row.level === 'parent' && role === 'pagu' ? 'jumlah' : role; }

function checkFor(tb, row, role, cell, value, status) {
  const m = tb.cellOf.get(row); const v = row.v;
  const c = { sheet: tb.sheet, cell, expected: value, status };
  const spentRole = tb.has('realisasi_anggaran') ? 'realisasi_anggaran' : 'realisasi';
  const neg = row.polarity === 'negatif';
  const capKind = neg ? 'neg_ratio' : 'ratio';
  switch (role) {
    case 'capaian':
      if (tb.L.model === 'efisiensi' && !tb.L.full) return Object.assign(c, { kind: 'given', inputs: [cell] });
      return Object.assign(c, { kind: capKind, inputs: [m.target, tb.L.quarters === 'cumulative' ? m.realisasi_tw4 : m.realisasi] });
    case 'capaian_prev': return Object.assign(c, { kind: capKind, inputs: [m.target_prev, m.realisasi_prev] });
    case 'capaian_tahunan': return Object.assign(c, { kind: capKind, inputs: [m.target_tahunan, m.realisasi] });
    case 'capaian_renstra': return Object.assign(c, { kind: 'ratio', inputs: [m.target_renstra, m.realisasi_renstra] });
    case 'persen_renstra': return Object.assign(c, { kind: 'ratio', inputs: [m.pagu_renstra, m.realisasi_anggaran_renstra] });
    case 'persen': case 'serapan': return Object.assign(c, { kind: 'ratio', inputs: [m.pagu, m[spentRole]] });
    case 'persen_kontrak': return Object.assign(c, { kind: 'ratio', inputs: [m.pagu, m.realisasi_kontrak] });
    case 'persen_prev': return Object.assign(c, { kind: 'ratio', inputs: [m.pagu_prev, m.realisasi_anggaran_prev] });
    case 'sisa': return Object.assign(c, { kind: 'difference', inputs: [m.pagu, m[spentRole]] });
    case 'lebih': return Object.assign(c, { kind: 'difference', inputs: [m[spentRole], m.pagu] }); // dev5
    case 'persen_sisa': return Object.assign(c, { kind: 'sisa_ratio', inputs: [m.pagu, m[spentRole]] });
    case 'efisiensi': return Object.assign(c, { kind: 'efisiensi', inputs: [m.capaian, m.serapan] });
    default:
      if (/^capaian_tw/.test(role)) { const q = role.slice(-1); return Object.assign(c, { kind: capKind, inputs: [m['target_tw' + q], m['realisasi_tw' + q]] }); }
      if (/^persen_tw/.test(role)) { const q = role.slice(-1); return Object.assign(c, { kind: 'ratio', inputs: [m.pagu, m['realisasi_anggaran_tw' + q]] }); }
      throw new Error('no check for ' + role);
  }
}

// -------------------------------------------------------------------------------------------- plans
/*
 * Workbook plans: sheets, header blocks, tables stacked top to bottom. errors: one or two rules per table.
 * textRole: the column whose numbers are typed as Indonesian text (angka_teks). hier: flat | pk | pks | letters.
 */
const BLOCK = (pemda, skpd) => [pemda, `SKPD : ${skpd}`, 'TAHUN ANGGARAN {year}'];
const PLANS = [
  { name: 'heldout-01', year: 2019, scale: 'W02', sheets: [
    { name: 'Capaian Kinerja', block: ['INSPEKTORAT DAERAH KABUPATEN SAMPANG', 'LKjIP Inspektorat Daerah Kabupaten Sampang Tahun {year}'], tables: [
      { w: 'W02' }, { w: 'W01', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }, { w: 'W66', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_prev' }] },
    { name: 'Anggaran', tables: [{ w: 'W38', rows: 6, total: 'JUMLAH', errors: ['persen_anggaran_selisih'] }, { w: 'W22', rows: 7, errors: ['sisa_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp' }] }] },
  { name: 'heldout-02', year: 2022, scale: 'W63', sheets: [
    { name: 'Kinerja', tables: [{ w: 'W63' }, { w: 'W09', rows: 6, errors: ['kategori_selisih'] }, { w: 'W65', rows: 6, errors: ['capaian_selisih', 'nilai_tidak_wajar'] }] },
    { name: 'Anggaran', block: BLOCK('PEMERINTAH KOTA MALANG', 'KECAMATAN BLIMBING'), tables: [{ w: 'W34', rows: 6, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'pagu' }, { w: 'W19', rows: 5, errors: ['sisa_selisih'] }, { w: 'N2', rows: 6, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'heldout-03', year: 2020, sheets: [
    { name: 'RFK', tables: [{ w: 'W10', rows: 7, total: 'JUMLAH', errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] },
    { name: 'Realisasi TW', block: BLOCK('PEMERINTAH KABUPATEN PAKPAK BHARAT', 'DINAS KETAHANAN PANGAN'), tables: [{ w: 'W13', rows: 6, hier: 'pk', errors: ['sisa_selisih'] }, { w: 'W42', rows: 10, hier: 'letters', total: 'JUMLAH', errors: ['jumlah_selisih'] }, { w: 'N4', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'heldout-04', year: 2024, sheets: [
    { name: 'Monev Rencana Aksi', tables: [{ w: 'W12', rows: 5, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] },
    { name: 'Realisasi Fisik', block: BLOCK('PEMERINTAH KABUPATEN LUWU TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'), tables: [{ w: 'W11', rows: 6, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'W46', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp' }] }] },
  { name: 'heldout-05', year: 2024, sheets: [
    { name: 'Evaluasi Renja', tables: [{ w: 'W16', rows: 6, errors: ['capaian_selisih', 'jumlah_selisih'], jumlahRole: 'pagu' }] },
    { name: 'Renstra', tables: [{ w: 'W15', rows: 6, errors: ['jumlah_selisih'], jumlahRole: 'pagu_2022' }, { w: 'W06', rows: 6, errors: ['jumlah_selisih'], jumlahRole: 'pagu_2023' }] }] },
  { name: 'heldout-06', year: 2025, sheets: [
    { name: 'PK', block: BLOCK('PEMERINTAH KABUPATEN TAPIN', 'KECAMATAN SALAM BABARIS'), tables: [{ w: 'W26', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'W27', rows: 4, errors: ['angka_teks'], textRole: 'target', textStyle: 'bare' }, { w: 'W61', rows: 10, total: 'JUMLAH', errors: ['jumlah_selisih'] }] },
    { name: 'Renja', tables: [{ w: 'W28', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'W33', rows: 5, errors: ['angka_teks'], textRole: 'target', textStyle: 'bare' }, { w: 'W07', rows: 6, errors: ['nilai_tidak_wajar'] }] }] },
  { name: 'heldout-07', year: 2024, sheets: [
    { name: 'Triwulan', tables: [{ w: 'W45', rows: 5, errors: ['capaian_selisih'] }, { w: 'W25', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_tw3' }, { w: 'W29', rows: 6, errors: ['capaian_selisih'] }] },
    { name: 'Interim', tables: [{ w: 'W14', rows: 4, errors: ['angka_teks'], textRole: 'realisasi', textStyle: 'bare' }, { w: 'W05', rows: 4, errors: ['capaian_selisih'] }] }] },
  { name: 'heldout-08', year: 2024, sheets: [
    { name: 'Performance', tables: [{ w: 'W55', rows: 5, errors: ['capaian_selisih'] }, { w: 'W56', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'capaian' }, { w: 'W57', rows: 5, errors: ['nilai_tidak_wajar'] }] },
    { name: 'Budget', tables: [{ w: 'W54', rows: 5, errors: ['realisasi_melebihi_pagu'] }, { w: 'W59', rows: 4, errors: ['efisiensi_selisih'] }] }] },
  { name: 'heldout-09', year: 2023, sheets: [
    { name: 'Efisiensi', block: BLOCK('PEMERINTAH KABUPATEN MADIUN', 'KECAMATAN PILANGKENCENG'), tables: [{ w: 'W58', rows: 4, errors: ['efisiensi_selisih'] }, { w: 'W60', rows: 5, errors: ['efisiensi_selisih', 'persen_anggaran_selisih'], persenRole: 'serapan' }, { w: 'N5', rows: 4, errors: ['efisiensi_selisih'] }] },
    { name: 'Pengukuran', tables: [{ w: 'W03', rows: 4, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'W51', rows: 6, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'heldout-10', year: 2024, sheets: [
    { name: 'Realisasi Belanja', block: BLOCK('PEMERINTAH KABUPATEN PAKPAK BHARAT', 'DINAS KESEHATAN'), tables: [{ w: 'W18', rows: 6, errors: ['persen_anggaran_selisih'] }, { w: 'W20', rows: 5, errors: ['sisa_selisih'] }, { w: 'W21', rows: 6, errors: ['persen_anggaran_selisih'] }] },
    { name: 'LRA', tables: [{ w: 'W35', rows: 6, errors: ['persen_anggaran_selisih', 'nilai_tidak_wajar'] }, { w: 'W36', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'heldout-11', year: 2024, sheets: [
    { name: 'Serapan', tables: [{ w: 'W37', rows: 5, errors: ['sisa_selisih'] }, { w: 'W39', rows: 6, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'persen' }, { w: 'W40', rows: 6, errors: ['realisasi_melebihi_pagu'] }] },
    { name: 'Subdit', tables: [{ w: 'W41', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'W43', rows: 6, errors: ['persen_anggaran_selisih'] }, { w: 'N8', rows: 6, hier: 'pk', total: 'JUMLAH', errors: ['sisa_selisih', 'jumlah_selisih'] }] }] },
  { name: 'heldout-12', year: 2023, scale: 'W64', sheets: [
    { name: 'Kinerja OPD', tables: [{ w: 'W64' }, { w: 'W47', rows: 6, errors: ['kategori_selisih', 'capaian_selisih'] }, { w: 'W24', rows: 6, errors: ['capaian_selisih'] }, { w: 'W31', rows: 5, errors: ['angka_teks'], textRole: 'target', textStyle: 'bare' }] },
    { name: 'Per OPD', tables: [{ w: 'W32', rows: 5, errors: ['capaian_selisih'] }, { w: 'W44', rows: 6, errors: ['capaian_selisih'] }, { w: 'W49', rows: 5, errors: ['nilai_tidak_wajar'] }] }] },
  { name: 'heldout-13', year: 2024, sheets: [
    { name: 'Kegiatan', tables: [{ w: 'W48', rows: 5, errors: ['realisasi_melebihi_pagu'] }, { w: 'W50', rows: 5, errors: ['realisasi_melebihi_pagu'] }, { w: 'W62', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Bulanan', tables: [{ w: 'W53', rows: 4, errors: ['realisasi_melebihi_pagu'] }, { w: 'W23', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'heldout-14', year: 2024, sheets: [
    { name: 'Data', tables: [{ w: 'N1', rows: 6, errors: ['capaian_selisih'] }, { w: 'N3', rows: 5, errors: ['capaian_selisih'] }, { w: 'N6', rows: 6, errors: ['kategori_selisih'] }] },
    { name: 'Lampiran', tables: [{ w: 'W30', rows: 5, errors: ['capaian_selisih'] }, { w: 'W17', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'W04', rows: 3, errors: ['capaian_selisih'] }, { w: 'W08', rows: 3, errors: ['capaian_selisih'] }] }] },
  { name: 'heldout-15', year: 2025, sheets: [
    { name: 'DPA Rincian', block: BLOCK('PEMERINTAH KABUPATEN LUWU UTARA', 'KECAMATAN MALANGKE'), tables: [{ w: 'W52', total: 'JUMLAH', errors: ['jumlah_selisih'], jumlahRole: 'pagu' }] },
    { name: 'DPA Ringkas', tables: [{ w: 'N7', rows: 8, hier: 'pks', total: 'JUMLAH', errors: ['jumlah_selisih'] }] }] },
];

/*
 * Plans of the second held-out set (`--set fresh`, wordings in test/corpus/fresh/wordings.json): written once,
 * never tuned against the recogniser.
 */
const FRESH_PLANS = [
  { name: 'fresh-01', year: 2024, sheets: [
    { name: 'Capaian IKU', block: BLOCK('PEMERINTAH KABUPATEN SIDOARJO', 'INSPEKTORAT DAERAH'), tables: [{ w: 'F01', rows: 5, errors: ['capaian_selisih'] }, { w: 'F02', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'target', textStyle: 'bare' }] },
    { name: 'Evaluasi Renja', tables: [{ w: 'F03', rows: 6, errors: ['capaian_selisih'] }, { w: 'F08', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_prev' }] }] },
  { name: 'fresh-02', year: 2023, sheets: [
    { name: 'Monev', tables: [{ w: 'F04', rows: 6, errors: ['capaian_selisih'] }, { w: 'F05', rows: 5, errors: ['capaian_selisih', 'nilai_tidak_wajar'] }, { w: 'F06', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'fresh-03', year: 2024, sheets: [
    { name: 'Triwulan', tables: [{ w: 'F07', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_tw2' }, { w: 'F27', rows: 5, errors: ['nilai_tidak_wajar'] }] },
    { name: 'Program Unggulan', block: ['PEMERINTAH KABUPATEN BENGKALIS', 'DINAS KESEHATAN', 'TRIWULAN IV TAHUN {year}'], tables: [{ w: 'F30', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] }] },
  { name: 'fresh-04', year: 2024, sheets: [
    { name: 'Puskesmas', tables: [{ w: 'F09', rows: 6, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'F10', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'realisasi_anggaran', textStyle: 'rp' }] }] },
  { name: 'fresh-05', year: 2025, sheets: [
    { name: 'Evaluasi Renja TW IV', block: BLOCK('PEMERINTAH KOTA BANDUNG', 'DINAS KOMUNIKASI DAN INFORMATIKA'), tables: [{ w: 'F11', rows: 6, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Ringkasan', tables: [{ w: 'F32', rows: 6, errors: ['persen_anggaran_selisih', 'nilai_tidak_wajar'] }, { w: 'F31', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'realisasi', textStyle: 'bare' }] }] },
  { name: 'fresh-06', year: 2024, sheets: [
    { name: 'Realisasi MAK', tables: [{ w: 'F12', rows: 6, errors: ['sisa_selisih', 'persen_anggaran_selisih'] }, { w: 'F13', rows: 6, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] },
    { name: 'RAP', tables: [{ w: 'F14', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'fresh-07', year: 2024, sheets: [
    { name: 'SIPD', block: BLOCK('PEMERINTAH PROVINSI NUSA TENGGARA BARAT', 'BADAN KESATUAN BANGSA DAN POLITIK DALAM NEGERI'), tables: [{ w: 'F15', rows: 5, errors: ['sisa_selisih', 'nilai_tidak_wajar'] }, { w: 'F16', rows: 6, errors: ['persen_anggaran_selisih', 'jumlah_selisih'] }, { w: 'F17', rows: 5, errors: ['sisa_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp' }] }] },
  { name: 'fresh-08', year: 2025, sheets: [
    { name: 'Rencana', tables: [{ w: 'F18', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'F19', rows: 5, errors: ['jumlah_selisih'] }, { w: 'F20', rows: 4, errors: ['angka_teks'], textRole: 'pagu', textStyle: 'rp' }] }] },
  { name: 'fresh-09', year: 2024, sheets: [
    { name: 'KPI', tables: [{ w: 'F21', rows: 5, errors: ['capaian_selisih'] }, { w: 'F22', rows: 5, errors: ['persen_anggaran_selisih', 'sisa_selisih'] }] },
    { name: 'Counties', tables: [{ w: 'F23', rows: 6, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'fresh-10', year: 2023, sheets: [
    { name: 'Belanja', tables: [{ w: 'F24', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'F25', rows: 6, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] },
    { name: 'Pertanggungjawaban', tables: [{ w: 'F29', rows: 6, errors: ['sisa_selisih', 'jumlah_selisih'] }] }] },
  { name: 'fresh-11', year: 2025, sheets: [
    { name: 'Renja', tables: [{ w: 'F26', rows: 5, errors: ['jumlah_selisih'] }, { w: 'F28', rows: 5, errors: ['angka_teks'], textRole: 'pagu' }] }] },
  { name: 'fresh-12', year: 2024, scale: 'F37', sheets: [
    { name: 'Kinerja', tables: [{ w: 'F37' }, { w: 'F34', rows: 6, errors: ['kategori_selisih', 'capaian_selisih'] }, { w: 'F39', rows: 5, errors: ['capaian_selisih'] }, { w: 'F31', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'fresh-13', year: 2024, sheets: [
    { name: 'Data', tables: [{ w: 'F32', rows: 5, errors: ['sisa_selisih'] }, { w: 'F33', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'F35', rows: 6, hier: 'letters', total: 'JUMLAH', errors: ['jumlah_selisih'] }] }] },
  { name: 'fresh-14', year: 2024, sheets: [
    { name: 'Lampiran', tables: [{ w: 'F36', rows: 4, errors: ['efisiensi_selisih'] }, { w: 'F38', rows: 5, errors: ['capaian_selisih'] }, { w: 'F40', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_tw2' }] }] },
];

/*
 * Plans of the third set (`--set dev2`, wordings in test/corpus/dev2/wordings.json): a development set of further
 * wordings (ids D01-D21 found with the search tool, DN1 / DN2 / DSC synthetic).
 */
const DEV2_PLANS = [
  { name: 'dev2-01', year: 2022, scale: 'DSC', sheets: [
    { name: 'Capaian Kinerja', block: ['KECAMATAN GUNUNG KALER KABUPATEN TANGERANG', 'Laporan Kinerja Instansi Pemerintah Tahun {year}'], tables: [{ w: 'DSC' }, { w: 'D02', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }, { w: 'D01', rows: 4, errors: ['capaian_selisih'] }] },
    { name: 'Anggaran', tables: [{ w: 'D13', rows: 6, errors: ['persen_anggaran_selisih', 'sisa_selisih'] }] }] },
  { name: 'dev2-02', year: 2021, sheets: [
    { name: 'Realisasi Keuangan', block: ['SEKRETARIAT DAERAH PROVINSI SUMATERA UTARA', 'LAPORAN KINERJA TAHUN {year}'], tables: [{ w: 'D03', rows: 6, hier: 'pks', errors: ['persen_anggaran_selisih', 'jumlah_selisih'] }] },
    { name: 'PK', tables: [{ w: 'D05', rows: 5, hier: 'flat', errors: ['jumlah_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp' }, { w: 'D10', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev2-03', year: 2017, sheets: [
    { name: 'Transfer ke Daerah', tables: [{ w: 'D06', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih'] }] },
    { name: 'Tahunan', tables: [{ w: 'D07', rows: 5, errors: ['capaian_selisih'] }, { w: 'D11', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'dev2-04', year: 2024, sheets: [
    { name: 'RKPA', block: BLOCK('PEMERINTAH PROVINSI NUSA TENGGARA BARAT', 'SEKRETARIAT DAERAH'), tables: [{ w: 'D04', rows: 6, hier: 'pk', total: 'JUMLAH', errors: ['jumlah_selisih'] }] },
    { name: 'Rekap', tables: [{ w: 'D14', rows: 6, errors: ['persen_anggaran_selisih'] }, { w: 'DN1', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'dev2-05', year: 2019, sheets: [
    { name: 'Data', tables: [{ w: 'D08', rows: 6, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }, { w: 'D09', rows: 6, errors: ['persen_anggaran_selisih', 'nilai_tidak_wajar'] }, { w: 'D10', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev2-06', year: 2025, sheets: [
    { name: 'MBG', tables: [{ w: 'D11', rows: 5, errors: ['sisa_selisih', 'realisasi_melebihi_pagu'] }, { w: 'D12', rows: 5, errors: ['realisasi_melebihi_pagu', 'nilai_tidak_wajar'] }, { w: 'D09', rows: 6, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev2-07', year: 2024, sheets: [
    { name: 'Kontrak', tables: [{ w: 'D15', rows: 5, errors: ['realisasi_melebihi_pagu'] }, { w: 'D12', rows: 4, errors: ['realisasi_melebihi_pagu'] }] },
    { name: 'Biro', tables: [{ w: 'D16', rows: 6, errors: ['sisa_selisih', 'angka_teks'], textRole: 'pagu' }] }] },
  { name: 'dev2-08', year: 2024, sheets: [
    { name: 'Bulanan', tables: [{ w: 'D17', rows: 6, errors: ['capaian_selisih'] }, { w: 'D19', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Tahunan', tables: [{ w: 'D07', rows: 6, errors: ['capaian_selisih'] }] }] },
  { name: 'dev2-09', year: 2015, sheets: [
    { name: 'RKAKL', tables: [{ w: 'D18', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih', 'sisa_selisih'] }] },
    { name: 'Rekap', tables: [{ w: 'D16', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'D14', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev2-10', year: 2016, sheets: [
    { name: 'IKU', tables: [{ w: 'D20', rows: 5, errors: ['nilai_tidak_wajar', 'angka_teks'], textRole: 'target', textStyle: 'bare' }] },
    { name: 'Perubahan', tables: [{ w: 'D04', rows: 5, hier: 'pk', total: 'JUMLAH', errors: ['jumlah_selisih'] }] },
    { name: 'Kinerja', tables: [{ w: 'D07', rows: 6, errors: ['capaian_selisih'] }] }] },
  { name: 'dev2-11', year: 2018, sheets: [
    { name: 'Grants', tables: [{ w: 'D21', rows: 5, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }, { w: 'D09', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Belanja', tables: [{ w: 'DN1', rows: 6, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] },
    { name: 'Kinerja', tables: [{ w: 'D01', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_prev' }] }] },
  { name: 'dev2-12', year: 2023, sheets: [
    { name: 'Triwulan', tables: [{ w: 'DN2', rows: 10, hier: 'letters', total: 'JUMLAH TOTAL', errors: ['jumlah_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Realisasi Keuangan', tables: [{ w: 'D03', rows: 6, hier: 'pks', errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev2-13', year: 2020, sheets: [
    { name: 'LRA', tables: [{ w: 'D06', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih'], persenRole: 'persen_prev' }, { w: 'D08', rows: 5, errors: ['angka_teks'], textRole: 'persen', textStyle: 'sp' }, { w: 'D13', rows: 5, errors: ['realisasi_melebihi_pagu'] }] }] },
  { name: 'dev2-14', year: 2024, sheets: [
    { name: 'Fisik', block: BLOCK('PEMERINTAH KABUPATEN LOMBOK TENGAH', 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK'), tables: [{ w: 'D19', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'D17', rows: 5, errors: ['angka_teks'], textRole: 'realisasi', textStyle: 'bare' }, { w: 'D02', rows: 5, errors: ['capaian_selisih'] }] }] },
];

/*
 * Plans of the fourth set (`--set dev3`, wordings in test/corpus/dev3/wordings.json): a second development set
 * (ids E01-E24; sources and synthetic entries listed in test/corpus/dev3/README.md).
 */
const DEV3_PLANS = [
  { name: 'dev3-01', year: 2011, sheets: [
    { name: 'LRA Semester I', block: BLOCK('PEMERINTAH KABUPATEN KUDUS', 'RUMAH SAKIT UMUM DAERAH'), tables: [{ w: 'E01', rows: 6, errors: ['sisa_selisih', 'jumlah_selisih'] }, { w: 'E24', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih'] }] },
    { name: 'Kinerja', tables: [{ w: 'E07', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev3-02', year: 2019, sheets: [
    { name: 'DIPA', tables: [{ w: 'E02', rows: 3, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp' }, { w: 'E23', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'IKU', tables: [{ w: 'E22', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev3-03', year: 2014, scale: 'E03', sheets: [
    { name: 'Evaluasi RKPD', block: ['PEMERINTAH KOTA SEMARANG', 'EVALUASI HASIL RKPD TAHUN {year} S.D TRIWULAN II'], tables: [{ w: 'E03' }, { w: 'E04', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }, { w: 'E05', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev3-04', year: 2017, sheets: [
    { name: 'PKP', block: ['UPT PUSKESMAS DESA PON', 'PENILAIAN KINERJA PUSKESMAS TAHUN {year}'], tables: [{ w: 'E06', rows: 6, errors: ['capaian_selisih'] }, { w: 'E10', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Kinerja', tables: [{ w: 'E07', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev3-05', year: 2023, sheets: [
    { name: 'Renja', tables: [{ w: 'E08', rows: 6, errors: ['capaian_selisih'] }, { w: 'E09', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'realisasi', textStyle: 'bare' }] },
    { name: 'Triwulan', tables: [{ w: 'E14', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev3-06', year: 2024, sheets: [
    { name: 'Report', tables: [{ w: 'E11', rows: 5, errors: ['capaian_selisih'] }, { w: 'E18', rows: 5, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] },
    { name: 'Serapan', tables: [{ w: 'E12', rows: 6, errors: ['sisa_selisih'] }, { w: 'E19', rows: 2, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev3-07', year: 2022, sheets: [
    { name: 'Belanja', tables: [{ w: 'E13', rows: 6, hier: 'pk', total: 'TOTAL', errors: ['jumlah_selisih', 'sisa_selisih'] }] },
    { name: 'Efisiensi', tables: [{ w: 'E15', rows: 5, errors: ['efisiensi_selisih'] }] },
    { name: 'RKT', tables: [{ w: 'E16', rows: 5, errors: ['nilai_tidak_wajar'] }] }] },
  { name: 'dev3-08', year: 2017, sheets: [
    { name: 'Dekonsentrasi', tables: [{ w: 'E17', rows: 6, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'persen', textStyle: 'sp' }, { w: 'E21', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'E05', rows: 5, hier: 'pk', errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev3-09', year: 2022, sheets: [
    { name: 'Setwan', block: BLOCK('PEMERINTAH KABUPATEN TABANAN', 'SEKRETARIAT DPRD'), tables: [{ w: 'E19', rows: 2, errors: ['sisa_selisih'] }, { w: 'E20', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }, { w: 'E15', rows: 4, errors: ['efisiensi_selisih'] }] }] },
  { name: 'dev3-10', year: 2019, sheets: [
    { name: 'LRA', tables: [{ w: 'E24', rows: 6, hier: 'pk', total: 'JUMLAH', errors: ['jumlah_selisih'] }, { w: 'E12', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'PK', tables: [{ w: 'E16', rows: 5, errors: ['angka_teks'], textRole: 'target', textStyle: 'bare' }] }] },
  { name: 'dev3-11', year: 2021, sheets: [
    { name: 'Triwulan', tables: [{ w: 'E14', rows: 6, errors: ['capaian_selisih'] }] },
    { name: 'Evaluasi', tables: [{ w: 'E10', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'E08', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev3-12', year: 2025, sheets: [
    { name: 'Satker', tables: [{ w: 'E23', rows: 5, errors: ['realisasi_melebihi_pagu'] }, { w: 'E18', rows: 4, errors: ['persen_anggaran_selisih'] }, { w: 'E11', rows: 4, errors: ['nilai_tidak_wajar'] }] }] },
  { name: 'dev3-13', year: 2020, sheets: [
    { name: 'Kinerja', tables: [{ w: 'E21', rows: 5, errors: ['capaian_selisih'] }, { w: 'E22', rows: 5, errors: ['capaian_selisih'] }, { w: 'E09', rows: 4, errors: ['capaian_selisih'] }, { w: 'E07', rows: 6, errors: ['capaian_selisih'] }] }] },
  { name: 'dev3-14', year: 2012, sheets: [
    { name: 'Anggaran', tables: [{ w: 'E01', rows: 5, errors: ['angka_teks'], textRole: 'realisasi', textStyle: 'rp' }, { w: 'E13', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih'] }, { w: 'E02', rows: 3, errors: ['realisasi_melebihi_pagu'] }] },
    { name: 'Kinerja', tables: [{ w: 'E06', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'E20', rows: 5, errors: ['capaian_selisih'] }] }] },
];

/*
 * Plans of the fifth set (`--set dev4`, wordings in test/corpus/dev4/wordings.json): a third development set
 * (ids G01-G18; G01-G11 are trap tables, listed clean; sources in test/corpus/dev4/README.md).
 */
const DEV4_PLANS = [
  { name: 'dev4-01', year: 2021, sheets: [
    { name: 'Data Umum', block: BLOCK('PEMERINTAH KABUPATEN PURWOREJO', 'DINAS KESEHATAN'), tables: [{ w: 'G01' }, { w: 'G03' }] },
    { name: 'LRA', tables: [{ w: 'G12', rows: 6, errors: ['sisa_selisih', 'persen_anggaran_selisih'] }, { w: 'G13', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev4-02', year: 2023, sheets: [
    { name: 'PAD', tables: [{ w: 'G06' }, { w: 'G18', rows: 4, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Proporsi', tables: [{ w: 'G09' }, { w: 'G14', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] }] },
  { name: 'dev4-03', year: 2021, sheets: [
    { name: 'SKM', tables: [{ w: 'G04' }] },
    { name: 'IKU', tables: [{ w: 'G17', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }, { w: 'G16', rows: 4, errors: ['efisiensi_selisih'] }] }] },
  { name: 'dev4-04', year: 2022, sheets: [
    { name: 'SAKIP', tables: [{ w: 'G05' }, { w: 'G13', rows: 6, errors: ['capaian_selisih'] }] },
    { name: 'Anggaran', tables: [{ w: 'G15', rows: 5, errors: ['sisa_selisih'] }, { w: 'G07' }] }] },
  { name: 'dev4-05', year: 2023, sheets: [
    { name: 'Renstra', tables: [{ w: 'G08' }, { w: 'G17', rows: 5, errors: ['nilai_tidak_wajar'] }, { w: 'G10' }] },
    { name: 'Belanja', tables: [{ w: 'G12', rows: 6, hier: 'pk', total: 'JUMLAH', errors: ['jumlah_selisih'] }] }] },
  { name: 'dev4-06', year: 2022, sheets: [
    { name: 'Kinerja', tables: [{ w: 'G11' }, { w: 'G14', rows: 5, errors: ['capaian_selisih'] }, { w: 'G16', rows: 5, errors: ['efisiensi_selisih'] }] }] },
  { name: 'dev4-07', year: 2024, sheets: [
    { name: 'Penduduk', tables: [{ w: 'G02' }, { w: 'G01' }] },
    { name: 'Realisasi', tables: [{ w: 'G15', rows: 6, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'persen', textStyle: 'sp' }, { w: 'G18', rows: 4, errors: ['realisasi_melebihi_pagu'] }] }] },
  { name: 'dev4-08', year: 2020, sheets: [
    { name: 'Pegawai', tables: [{ w: 'G03' }, { w: 'G07' }] },
    { name: 'PK', tables: [{ w: 'G13', rows: 5, errors: ['angka_teks'], textRole: 'realisasi', textStyle: 'bare' }, { w: 'G17', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev4-09', year: 2023, sheets: [
    { name: 'Analisis', tables: [{ w: 'G09' }, { w: 'G12', rows: 5, errors: ['realisasi_melebihi_pagu'] }, { w: 'G10' }, { w: 'G16', rows: 4, errors: ['efisiensi_selisih'] }] }] },
  { name: 'dev4-10', year: 2021, sheets: [
    { name: 'IKM', tables: [{ w: 'G04' }, { w: 'G05' }] },
    { name: 'Capaian', tables: [{ w: 'G14', rows: 6, errors: ['persen_anggaran_selisih'] }, { w: 'G11' }, { w: 'G17', rows: 4, errors: ['capaian_selisih'] }] }] },
  { name: 'dev4-11', year: 2019, sheets: [
    { name: 'Matriks', tables: [{ w: 'G08' }, { w: 'G06' }] },
    { name: 'Serapan', tables: [{ w: 'G18', rows: 4, errors: ['persen_anggaran_selisih'] }, { w: 'G15', rows: 5, errors: ['sisa_selisih'] }, { w: 'G13', rows: 4, errors: ['capaian_selisih'] }] }] },
  { name: 'dev4-12', year: 2024, sheets: [
    { name: 'Rekap', tables: [{ w: 'G03' }, { w: 'G12', rows: 5, errors: ['angka_teks'], textRole: 'realisasi', textStyle: 'rp' }, { w: 'G14', rows: 4, errors: ['capaian_selisih'] }] },
    { name: 'Efisiensi', tables: [{ w: 'G16', rows: 5, errors: ['efisiensi_selisih'] }, { w: 'G09' }] }] },
  { name: 'dev4-13', year: 2022, sheets: [
    { name: 'LKjIP', tables: [{ w: 'G10' }, { w: 'G17', rows: 6, errors: ['kategori_selisih'] }, { w: 'G13', rows: 5, errors: ['nilai_tidak_wajar'] }] },
    { name: 'Keuangan', tables: [{ w: 'G18', rows: 4, errors: ['persen_anggaran_selisih'] }, { w: 'G11' }, { w: 'G15', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
];

/*
 * fresh2 -- plans of the second never-developed-against set (`--set fresh2`, wordings in test/corpus/fresh2/wordings.json,
 * ids K01-K53; K11-K16 and K53 are trap tables, listed clean; sources in test/corpus/fresh2/README.md). Never develop against it.
 */
const FRESH2_PLANS = [
  { name: 'fresh2-01', year: 2016, sheets: [
    { name: 'Anggaran', block: BLOCK('PEMERINTAH KABUPATEN OGAN ILIR', 'DINAS PENDIDIKAN'), tables: [{ w: 'K01', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'pagu' }, { w: 'K02', rows: 5, errors: ['sisa_selisih'] }] },
    { name: 'Kinerja', tables: [{ w: 'K38', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'fresh2-02', year: 2021, sheets: [
    { name: 'Evaluasi Renja', block: BLOCK('PEMERINTAH KABUPATEN SIDOARJO', 'RUMAH SAKIT UMUM DAERAH'), tables: [{ w: 'K03', rows: 6, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'K11' }] },
    { name: 'IKU', tables: [{ w: 'K33', rows: 6, errors: ['capaian_selisih', 'angka_teks'], textRole: 'realisasi', textStyle: 'sp' }] }] },
  { name: 'fresh2-03', year: 2017, scale: 'K04', sheets: [
    { name: 'LKjIP', block: ['RSUD MUNTILAN KABUPATEN MAGELANG', 'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {year}'], tables: [{ w: 'K04' }, { w: 'K05', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }] },
    { name: 'Data', tables: [{ w: 'K13' }, { w: 'K34', rows: 3, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'fresh2-04', year: 2015, sheets: [
    { name: 'Kinerja', tables: [{ w: 'K06', rows: 5, errors: ['capaian_selisih'] }, { w: 'K08', rows: 5, errors: ['capaian_selisih'] }] },
    { name: 'Efisiensi', tables: [{ w: 'K19', rows: 5, errors: ['efisiensi_selisih'] }] }] },
  { name: 'fresh2-05', year: 2020, sheets: [
    { name: 'IKU', tables: [{ w: 'K07', rows: 5, errors: ['capaian_selisih', 'nilai_tidak_wajar'] }] },
    { name: 'Keuangan', tables: [{ w: 'K09', rows: 6, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }, { w: 'K27', rows: 5, errors: ['jumlah_selisih'] }] }] },
  { name: 'fresh2-06', year: 2024, sheets: [
    { name: 'Triwulan I', tables: [{ w: 'K10', rows: 6, errors: ['persen_anggaran_selisih'] }, { w: 'K50', rows: 5, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'persen', textStyle: 'sp' }] },
    { name: 'Produksi', tables: [{ w: 'K14' }] }] },
  { name: 'fresh2-07', year: 2019, sheets: [
    { name: 'Kecamatan', block: BLOCK('PEMERINTAH KABUPATEN MADIUN', 'KECAMATAN KARE'), tables: [{ w: 'K15' }, { w: 'K43', rows: 5, errors: ['capaian_selisih'] }, { w: 'K44', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'fresh2-08', year: 2020, sheets: [
    { name: 'Satpol PP', tables: [{ w: 'K17', rows: 5, errors: ['capaian_selisih'] }, { w: 'K18', rows: 6, hier: 'pk', errors: ['jumlah_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'PK', tables: [{ w: 'K20', rows: 5, errors: ['angka_teks'], textRole: 'target', textStyle: 'bare' }] }] },
  { name: 'fresh2-09', year: 2015, sheets: [
    { name: 'Inspektorat', tables: [{ w: 'K21', rows: 5, errors: ['capaian_selisih'] }, { w: 'K22', rows: 5, errors: ['capaian_selisih', 'nilai_tidak_wajar'] }] }] },
  { name: 'fresh2-10', year: 2019, sheets: [
    { name: 'Setwan', block: BLOCK('PEMERINTAH DAERAH', 'SEKRETARIAT DPRD'), tables: [{ w: 'K23', rows: 5, errors: ['capaian_selisih'] }, { w: 'K24', rows: 6, hier: 'pk', errors: ['sisa_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Perbandingan', tables: [{ w: 'K25', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_prev' }] }] },
  { name: 'fresh2-11', year: 2017, sheets: [
    { name: 'Setda', tables: [{ w: 'K26', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'K27', rows: 4, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Tarif', tables: [{ w: 'K53' }] }] },
  { name: 'fresh2-12', year: 2022, sheets: [
    { name: 'Realisasi', tables: [{ w: 'K28', rows: 6, hier: 'pk', errors: ['persen_anggaran_selisih', 'jumlah_selisih'] }, { w: 'K47', rows: 5, errors: ['realisasi_melebihi_pagu'] }] },
    { name: 'Lanjutan', tables: [{ w: 'K02', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'fresh2-13', year: 2015, sheets: [
    { name: 'Pendidikan', block: BLOCK('PEMERINTAH PROVINSI JAWA TENGAH', 'DINAS PENDIDIKAN'), tables: [{ w: 'K29', rows: 5, errors: ['capaian_selisih'] }, { w: 'K30', rows: 6, errors: ['capaian_selisih', 'kategori_selisih'] }, { w: 'K32', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'fresh2-14', year: 2024, sheets: [
    { name: 'Anggaran', tables: [{ w: 'K31', rows: 6, hier: 'pks', errors: ['persen_anggaran_selisih', 'jumlah_selisih'] }, { w: 'K52', rows: 5, errors: ['sisa_selisih'] }] },
    { name: 'Kinerja', tables: [{ w: 'K51', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'fresh2-15', year: 2017, sheets: [
    { name: 'Renja', tables: [{ w: 'K35', rows: 5, errors: ['capaian_selisih'] }, { w: 'K36', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_tw2' }] },
    { name: 'RSB', tables: [{ w: 'K12' }] }] },
  { name: 'fresh2-16', year: 2021, sheets: [
    { name: 'Dukcapil', tables: [{ w: 'K37', rows: 6, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }, { w: 'K38', rows: 5, errors: ['angka_teks'], textRole: 'realisasi', textStyle: 'bare' }] },
    { name: 'Kependudukan', tables: [{ w: 'K16' }, { w: 'K08', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'fresh2-17', year: 2016, sheets: [
    { name: 'Kanwil', tables: [{ w: 'K39', rows: 5, errors: ['sisa_selisih', 'jumlah_selisih'] }, { w: 'K40', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Sosial', tables: [{ w: 'K41', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'target' }, { w: 'K42', rows: 6, hier: 'letters', errors: ['jumlah_selisih'] }] }] },
  { name: 'fresh2-18', year: 2021, sheets: [
    { name: 'PUPR', tables: [{ w: 'K45', rows: 5, errors: ['capaian_selisih'] }, { w: 'K46', rows: 5, errors: ['efisiensi_selisih'] }, { w: 'K48', rows: 5, errors: ['nilai_tidak_wajar'] }] },
    { name: 'Bencana', tables: [{ w: 'K49', rows: 5, errors: ['capaian_selisih'] }, { w: 'K10', rows: 5, errors: ['nilai_tidak_wajar'] }] }] },
];

/**
 * Plans of the sixth set (`--set dev5`, wordings in test/corpus/dev5/wordings.json): a fourth development set
 * (ids H01-H67; H40-H47 are trap tables, listed clean; sources in test/corpus/dev5/README.md). Several tables
 * share a sheet with little space between them; `beside: true` prints a table on the rows of the one before it.
 */
const DEV5_PLANS = [
  { name: 'dev5-01', year: 2016, sheets: [
    { name: 'LAKIP RSUD', block: BLOCK('PEMERINTAH KABUPATEN KLUNGKUNG', 'RSUD KABUPATEN KLUNGKUNG'), tables: [{ w: 'H01', rows: 5, errors: ['capaian_selisih'] }, { w: 'H06', rows: 5, errors: ['capaian_selisih', 'nilai_tidak_wajar'] }] },
    { name: 'Keuangan', tables: [{ w: 'H03', rows: 4, errors: ['persen_anggaran_selisih'] }, { w: 'H40' }, { w: 'H05', rows: 6, errors: ['sisa_selisih', 'angka_teks'], textRole: 'realisasi', textStyle: 'rp' }] }] },
  { name: 'dev5-02', year: 2022, sheets: [
    { name: 'Kinerja', tables: [{ w: 'H02', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'H41' }, { w: 'H07', rows: 6, errors: ['capaian_selisih'] }] },
    { name: 'Puskesmas', tables: [{ w: 'H08', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'realisasi', textStyle: 'sp' }, { w: 'H46' }] }] },
  { name: 'dev5-03', year: 2019, sheets: [
    { name: 'LKjIP Setwan', block: BLOCK('PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA', 'SEKRETARIAT DPRD'), tables: [{ w: 'H09', rows: 5, errors: ['capaian_selisih'] }, { w: 'H10', rows: 5, errors: ['kategori_selisih'] }] },
    { name: 'Anggaran', tables: [{ w: 'H11', rows: 7, hier: 'pk', total: 'JUMLAH', errors: ['jumlah_selisih', 'sisa_selisih'] }, { w: 'H42' }] }] },
  { name: 'dev5-04', year: 2017, sheets: [
    { name: 'Program', tables: [{ w: 'H12', rows: 5, errors: ['persen_anggaran_selisih', 'capaian_selisih'] }, { w: 'H13', rows: 4, errors: ['efisiensi_selisih'] }] },
    { name: 'Renja', tables: [{ w: 'H19', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'H45' }] }] },
  { name: 'dev5-05', year: 2021, sheets: [
    { name: 'IKU', tables: [{ w: 'H14', rows: 5, errors: ['capaian_selisih'] }, { w: 'H16', rows: 5, errors: ['capaian_selisih'] }, { w: 'H17', rows: 4, errors: ['nilai_tidak_wajar'] }] },
    { name: 'DAK', tables: [{ w: 'H15', rows: 5, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }, { w: 'H47' }] }] },
  { name: 'dev5-06', year: 2020, sheets: [
    { name: 'Realisasi', tables: [{ w: 'H18', rows: 3, errors: ['sisa_selisih'] }, { w: 'H44' }, { w: 'H20', rows: 4, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Pertumbuhan', tables: [{ w: 'H43' }, { w: 'H21', rows: 5, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp' }] }] },
  { name: 'dev5-07', year: 2022, sheets: [
    { name: 'LRA', block: BLOCK('PEMERINTAH KABUPATEN PAKPAK BHARAT', 'BADAN PENGELOLAAN KEUANGAN DAERAH'), tables: [{ w: 'H22', rows: 6, hier: 'pk', errors: ['sisa_selisih', 'jumlah_selisih'] }, { w: 'H23', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Satker', tables: [{ w: 'H24', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'H25', rows: 5, errors: ['realisasi_melebihi_pagu'] }] }] },
  { name: 'dev5-08', year: 2021, sheets: [
    { name: 'Kecamatan', tables: [{ w: 'H26', rows: 6, hier: 'pk', total: 'TOTAL', errors: ['jumlah_selisih', 'persen_anggaran_selisih'] }, { w: 'H27', rows: 5, errors: ['capaian_selisih'] }] },
    { name: 'Triwulan', tables: [{ w: 'H28', rows: 5, errors: ['capaian_selisih'] }, { w: 'H29', rows: 5, errors: ['nilai_tidak_wajar'] }] }] },
  { name: 'dev5-09', year: 2015, sheets: [
    { name: 'PK RKT', tables: [{ w: 'H30', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'target', textStyle: 'bare' }, { w: 'H35', rows: 5, errors: ['capaian_selisih'] }] },
    { name: 'Budget', tables: [{ w: 'H31', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'H32', rows: 5, errors: ['sisa_selisih'] }] }] },
  { name: 'dev5-10', year: 2017, sheets: [
    { name: 'Performance', tables: [{ w: 'H33', rows: 5, errors: ['capaian_selisih'] }, { w: 'H34', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] },
    { name: 'Pengendalian', tables: [{ w: 'H36', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'H37', rows: 4, errors: ['efisiensi_selisih'] }] }] },
  { name: 'dev5-11', year: 2019, sheets: [
    { name: 'Evaluasi', tables: [{ w: 'H38', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'H46' }, { w: 'H39', rows: 5, errors: ['capaian_selisih'] }] },
    { name: 'Rekap', tables: [{ w: 'H41' }, { w: 'H12', rows: 4, errors: ['realisasi_melebihi_pagu'] }, { w: 'H44' }] }] },
  { name: 'dev5-12', year: 2023, sheets: [
    { name: 'Capaian', tables: [{ w: 'H01', rows: 4, errors: ['nilai_tidak_wajar'] }, { w: 'H27', rows: 4, errors: ['capaian_selisih'] }, { w: 'H42' }] },
    { name: 'Serapan', tables: [{ w: 'H25', rows: 4, errors: ['persen_anggaran_selisih'] }, { w: 'H43' }, { w: 'H03', rows: 4, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev5-13', year: 2023, sheets: [
    { name: 'RKPD', tables: [{ w: 'H48', rows: 6, errors: ['jumlah_selisih'], jumlahRole: 'pagu_2023' }] },
    { name: 'Kinerja', tables: [{ w: 'H49', rows: 5, errors: ['capaian_selisih'] }, { w: 'H50', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev5-14', year: 2022, sheets: [
    { name: 'IKU', tables: [{ w: 'H51', rows: 5, errors: ['capaian_selisih'] }, { w: 'H52', rows: 6, errors: ['capaian_selisih'] }, { w: 'H53', rows: 5, errors: ['capaian_selisih'], capaianRole: 'capaian_prev' }] },
    { name: 'Bulanan', tables: [{ w: 'H54', rows: 4, errors: ['realisasi_melebihi_pagu'] }] }] },
  { name: 'dev5-15', year: 2021, sheets: [
    { name: 'Program', tables: [{ w: 'H55', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }, { w: 'H56', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Urusan', tables: [{ w: 'H57', rows: 6, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'persen', textStyle: 'sp' }, { w: 'H49', rows: 4, errors: ['nilai_tidak_wajar'] }] }] },
  { name: 'dev5-16', year: 2019, sheets: [
    { name: 'UKM', tables: [{ w: 'H58', rows: 5, errors: ['capaian_selisih'] }, { w: 'H62', rows: 5, errors: ['capaian_selisih'] }] },
    { name: 'LRA', tables: [{ w: 'H59', rows: 5, errors: ['sisa_selisih'] }, { w: 'H60', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev5-17', year: 2021, sheets: [
    { name: 'IKK', tables: [{ w: 'H61', rows: 5, errors: ['capaian_selisih'] }, { w: 'H63', rows: 5, errors: ['kategori_selisih', 'capaian_selisih'] }] },
    { name: 'Outturn', tables: [{ w: 'H64', rows: 5, errors: ['sisa_selisih'] }, { w: 'H65', rows: 6, hier: 'pk', errors: ['jumlah_selisih', 'persen_anggaran_selisih'] }] }] },
  { name: 'dev5-18', year: 2018, sheets: [
    { name: 'LRA', tables: [{ w: 'H66', rows: 5, errors: ['sisa_selisih', 'persen_anggaran_selisih'] }, { w: 'H67', rows: 6, hier: 'pk', errors: ['sisa_selisih', 'jumlah_selisih'] }] }] },
  { name: 'dev5-19', year: 2020, sheets: [
    { name: 'Berdampingan', tables: [{ w: 'H29', rows: 5, errors: ['capaian_selisih'] }, { w: 'H56', rows: 5, errors: ['persen_anggaran_selisih'], beside: true }] },
    { name: 'Dua Tabel', tables: [{ w: 'H60', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'H62', rows: 5, errors: ['capaian_selisih'], beside: true }, { w: 'H17', rows: 4, errors: ['capaian_selisih'] }] }] },
];

/**
 * Plans of the seventh set (`--set dev6`, wordings in test/corpus/dev6/wordings.json; sources in
 * test/corpus/dev6/README.md; S40-S46 are trap tables, listed clean). Its table options: `totalFirst` prints the
 * total above the rows it sums; the wordings' layouts add `percent: 'fraction'`, `noteRow`, `mergeDown` and `hide`.
 */
const DEV6_PLANS = [
  { name: 'dev6-01', year: 2021, sheets: [
    { name: 'Kinerja', tables: [{ w: 'S02', rows: 5, errors: ['capaian_selisih'] }, { w: 'S03', rows: 5, errors: ['capaian_selisih'] }] },
    { name: 'Pendapatan', tables: [{ w: 'S06', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'S40' }, { w: 'S07', rows: 5, errors: ['persen_anggaran_selisih'] }] }] },
  { name: 'dev6-02', year: 2019, sheets: [
    { name: 'LAKIP', block: BLOCK('PEMERINTAH KABUPATEN TEBO', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH'), tables: [{ w: 'S04', rows: 10, hier: 'letters', total: 'JUMLAH', errors: ['jumlah_selisih', 'sisa_selisih'] }] },
    { name: 'IKU', tables: [{ w: 'S05', rows: 6, errors: ['capaian_selisih'] }, { w: 'S41' }, { w: 'S13', rows: 5, errors: ['capaian_selisih', 'angka_teks'], textRole: 'capaian' }] }] },
  { name: 'dev6-03', year: 2022, sheets: [
    { name: 'Retribusi', tables: [{ w: 'S08', rows: 5, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'persen' }, { w: 'S42' }] },
    { name: 'Performance', tables: [{ w: 'S09', rows: 5, errors: ['capaian_selisih'] }, { w: 'S10', rows: 5, errors: ['capaian_selisih', 'persen_anggaran_selisih'] }] }] },
  { name: 'dev6-04', year: 2020, sheets: [
    { name: 'DIPA', tables: [{ w: 'S11', rows: 4, total: 'JUMLAH', totalFirst: true, errors: ['jumlah_selisih', 'sisa_selisih'] }, { w: 'S12', rows: 5, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Progress', tables: [{ w: 'S14', rows: 5, errors: ['capaian_selisih'] }, { w: 'S43' }] }] },
  { name: 'dev6-05', year: 2023, sheets: [
    { name: 'APBDes', tables: [{ w: 'S15', rows: 5, total: 'JUMLAH BELANJA', totalFirst: true, errors: ['jumlah_selisih'] }, { w: 'S16', rows: 5, errors: ['sisa_selisih', 'angka_teks'], textRole: 'persen' }] },
    { name: 'Budget', tables: [{ w: 'S17', rows: 5, errors: ['sisa_selisih'] }, { w: 'S44' }] }] },
  { name: 'dev6-06', year: 2017, sheets: [
    { name: 'EPA', tables: [{ w: 'S20', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'S21', rows: 4, errors: ['persen_anggaran_selisih'] }] },
    { name: 'LRA', tables: [{ w: 'S22', rows: 3, errors: ['persen_anggaran_selisih'] }] },
    { name: 'CaLK', tables: [{ w: 'S23', rows: 4, errors: ['persen_anggaran_selisih', 'realisasi_melebihi_pagu'] }] }] },
  { name: 'dev6-07', year: 2013, sheets: [
    { name: 'CaLK', tables: [{ w: 'S26', rows: 6, hier: 'pk', total: 'JUMLAH', totalFirst: true, errors: ['jumlah_selisih', 'sisa_selisih'] }] },
    { name: 'Report Card', tables: [{ w: 'S27', rows: 5, errors: ['capaian_selisih'] }, { w: 'S28', rows: 5, errors: ['capaian_selisih'] }, { w: 'S45' }] }] },
  { name: 'dev6-08', year: 2021, sheets: [
    { name: 'BvE', tables: [{ w: 'S29', rows: 5, totalFirst: true, errors: ['jumlah_selisih', 'persen_anggaran_selisih'] }, { w: 'S30', rows: 5, errors: ['sisa_selisih'] }] },
    { name: 'Execution', tables: [{ w: 'S31', rows: 5, errors: ['persen_anggaran_selisih'] }, { w: 'S46' }, { w: 'S32', rows: 5, errors: ['persen_anggaran_selisih', 'angka_teks'], textRole: 'pagu', textStyle: 'rp2' }] }] },
  { name: 'dev6-09', year: 2022, sheets: [
    { name: 'PNBP', tables: [{ w: 'S33', rows: 4, errors: ['persen_anggaran_selisih'] }, { w: 'S01', rows: 5, errors: ['efisiensi_selisih'] }] },
    { name: 'KPI', tables: [{ w: 'S34', rows: 5, errors: ['capaian_selisih'] }, { w: 'S35', rows: 5, errors: ['capaian_selisih'] }] }] },
  { name: 'dev6-10', year: 2023, sheets: [
    { name: 'Desa', tables: [{ w: 'S36', rows: 6, hier: 'letters', total: 'JUMLAH BELANJA', errors: ['jumlah_selisih', 'sisa_selisih'] }, { w: 'S37', rows: 4, errors: ['persen_anggaran_selisih'] }] },
    { name: 'Mutu', tables: [{ w: 'S38', rows: 5, errors: ['capaian_selisih'] }, { w: 'S39', rows: 6, errors: ['capaian_selisih'] }, { w: 'S40' }] }] },
  { name: 'dev6-11', year: 2024, sheets: [
    { name: 'Campuran', tables: [{ w: 'S03', rows: 4, errors: ['nilai_tidak_wajar'] }, { w: 'S02', rows: 6, errors: ['capaian_selisih'] }, { w: 'S44' }] },
    { name: 'Anggaran', tables: [{ w: 'S12', rows: 4, errors: ['realisasi_melebihi_pagu'] }, { w: 'S06', rows: 4, errors: ['sisa_selisih'] }] }] },
  { name: 'dev6-12', year: 2018, sheets: [
    { name: 'Kinerja', tables: [{ w: 'S39', rows: 5, errors: ['capaian_selisih'] }, { w: 'S09', rows: 4, errors: ['nilai_tidak_wajar'] }, { w: 'S45' }] },
    { name: 'Belanja', tables: [{ w: 'S17', rows: 4, errors: ['sisa_selisih'] }, { w: 'S20', rows: 4, errors: ['realisasi_melebihi_pagu'] }] }] },
];

// ---------------------------------------------------------------------------------------------- main
async function buildBook(plan) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-heldout'; wb.created = FIXED_DATE; wb.modified = FIXED_DATE; wb.lastModifiedBy = 'make-heldout';
  const scaleKey = plan.scale || 'p86';
  const ctx = { book: plan, year: plan.year, scaleKey, usedPrograms: new Set(), paguOf: new Map(), scale: plan.scale ? scaleFromWording(BY_ID.get(plan.scale)) : SCALES.p86 };
  const expected = { workbook: plan.name + '.xlsx', seed: SET, variant: 'generated', scale: ctx.scale.name, efisiensi: 'selisih: capaian kinerja % - serapan %', tables: [], values: [], findings: [], clean: [], set: 'hidden' };
  const checks = [];
  for (const sp of plan.sheets) {
    const ws = wb.addWorksheet(sp.name);
    let r = 1;
    let prev; // the table a `beside` table is printed next to (dev5)
    if (sp.block) { for (const line of sp.block) { ws.getCell(r, 1).value = T(line, ctx); ws.getCell(r, 1).font = { bold: true }; r++; } r++; }
    for (const tp of sp.tables) {
      const w = BY_ID.get(tp.w);
      if (!w) throw new Error('no wording ' + tp.w);
      if (w.layout.model === 'scale') { r = renderScale(ctx, ws, w, r) + 2; prev = undefined; continue; }
      if (w.layout.model === 'trap') { r = renderTrap(ctx, ws, w, r, sp.name, expected.clean) + 2; prev = undefined; continue; } // dev4
      const tb = new TableBuild(ctx, Object.assign({ errors: [] }, tp), w);
      tb.sheet = sp.name;
      tb.rows = buildRows(tb);
      decorate(tb);
      fillInputs(tb, tb.rows);
      const planted = plantErrors(tb, tb.rows);
      if (planted.some(p => p.reflow)) { reSum(tb); derive(tb, tb.rows); }
      if (w.layout.rangeTargets) tb.rows.filter(x => x.level === 'leaf' && x.ind && x.ind.type === 'index' && !x.odd).forEach(x => {
        x.rangeTexts = {};
        for (const role of ['target_2024', 'target', 'target_2026', 'target_akhir']) if (x.v[role]) x.rangeTexts[role] = `${idText(x.v[role].toDecimalPlaces(1), 1)}-${idText(x.v[role].toDecimalPlaces(1).plus(0.4), 1)}`;
      });
      // dev5: `beside` prints the table on the rows of the one before it, one blank column to its right.
      if (tp.beside && prev) { tb.off = prev.off + prev.ncol + 1; r = renderTable(ctx, ws, tb, prev.start); r = Math.max(r, prev.end) + 2; } else { const start = r; r = renderTable(ctx, ws, tb, r); prev = { start, end: r, off: 0, ncol: w.columns.length }; r += 2; }
      if (tp.beside && prev) prev = undefined;
      const off = tb.off || 0;
      const a = answers(ctx, tb, planted);
      const cols = {};
      w.columns.forEach((role, j) => { if (!/^x_/.test(role)) cols[role] = colLetter(j + off); });
      const t = { sheet: sp.name, kind: w.kind };
      if (w.altKinds) t.altKinds = w.altKinds;
      Object.assign(t, { headerRow: tb.headerRow, columns: cols, range: `${colLetter(off)}${tb.headerRow}:${colLetter(w.columns.length - 1 + off)}${tb.lastRow}`, title: tb.title || '', id: `${plan.name}:${w.id}`, wording: w.id });
      expected.tables.push(t);
      expected.values.push(...a.values); expected.findings.push(...a.findings); expected.clean.push(...a.clean);
      checks.push(...a.checks);
    }
    ws.columns.forEach((c, i) => { c.width = i < 4 ? 28 : 16; });
  }
  const buf = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buf);
  zip.forEach((_, f) => { f.date = FIXED_DATE; });
  const stable = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(path.join(OUT, plan.name + '.xlsx'), stable);
  fs.writeFileSync(path.join(OUT, plan.name + '.expected.json'), JSON.stringify(expected, null, 1) + '\n');
  return { name: plan.name, scale: ctx.scaleKey, checks, tables: expected.tables.length, findings: expected.findings.length };
}

/** Texts for program/kegiatan columns of indicator tables, sasaran names, and hierarchy names. */
function decorate(tb) {
  const { R, L } = tb;
  const sas = L.english ? SASARAN_EN : SASARAN;
  const leaves = leavesOf(tb.rows);
  leaves.forEach((row, i) => { row.sasaran = i % 3 === 0 ? sas[(i / 3) % sas.length] : ''; });
  if (L.model === 'efisiensi') leaves.forEach((row, i) => { row.sasaran = sas[i % sas.length]; if (L.full) row.sasaran = ''; });
  const progs = R.shuffle(PROGRAMS);
  tb.progText = (row, role) => {
    const i = leaves.indexOf(row); const p = progs[Math.floor(i / 3) % progs.length];
    if (role === 'program') return i % 3 === 0 ? p[1] : '';
    if (role === 'kegiatan') return p[2][i % p[2].length][1];
    return SUBS[i % SUBS.length];
  };
  tb.kegName = row => SUBS[leaves.indexOf(row) % SUBS.length];
  if (L.model === 'mixed' && L.codes === 'permendagri90') leaves.forEach((row, i) => { const p = progs[0]; row.text = Object.assign({}, row.text, { code: `${p[0]}.${p[2][i % p[2].length][0]}.${String(i + 1).padStart(4, '0')}`, label: SUBS[i % SUBS.length] }); });
  if (tb.w.id === 'W44') leaves.forEach((row, i) => { row.ind.name = OPD[i % OPD.length]; row.ind.satuan = '%'; });
  if (tb.w.id === 'W51') leaves.forEach((row, i) => { row.ind.name = ['Sekretariat', 'Bidang Perencanaan', 'Bidang Pelayanan', 'Bidang Pengawasan', 'UPT Wilayah I', 'UPT Wilayah II'][i % 6]; });
  if (tb.w.id === 'W56') leaves.forEach((row, i) => { row.ind.name = DIVISI[i % DIVISI.length]; });
  // dev2: rows named after units or years instead of indicators / budget lines
  const names = L.rowYears ? leaves.map((_, i) => String(tb.year - (leaves.length - 1 - i))) : L.rowNames;
  if (names) leaves.forEach((row, i) => { const nm = names[i % names.length]; if (row.ind) row.ind.name = nm; else row.text = Object.assign({}, row.text, { label: nm }); });
}

/** After a planted change to a leaf's money, parents and totals are summed again (they stay consistent). */
function reSum(tb) {
  const rows = tb.rows;
  for (const p of rows.filter(r => r.level === 'parent').reverse()) {
    const kids = childrenOf(rows, p);
    for (const role of ['realisasi', 'realisasi_anggaran', 'realisasi_ini']) if (kids.some(k => k.v[role] !== undefined) && !(tb.L.model === 'renja86' && role === 'realisasi')) p.v[role] = kids.reduce((s, k) => s.plus(k.v[role] || 0), new D(0));
  }
  const total = rows.find(r => r.level === 'total');
  if (total) { const tops = rows.filter(r => (r.level === 'parent' || r.level === 'leaf') && !r.parent); for (const role of ['realisasi', 'realisasi_anggaran', 'realisasi_ini']) if (total.v[role] !== undefined) total.v[role] = tops.reduce((s, k) => s.plus(k.v[role] || 0), new D(0)); }
  for (const row of leavesOf(rows)) if (row.v.realisasi_anggaran_tw1 && (row.over || row.odd) === 'realisasi_anggaran') splitInto(tb.R, row.v.realisasi_anggaran, 4, 1000).forEach((p, i) => { row.v['realisasi_anggaran_tw' + (i + 1)] = p; });
  for (const row of leavesOf(rows)) if (row.v.realisasi_m1 && row.over === 'realisasi') splitInto(tb.R, row.v.realisasi, 12, 1).forEach((p, i) => { row.v['realisasi_m' + (i + 1)] = p; });
  for (const p of rows.filter(r => r.level !== 'leaf' && r.v.realisasi_m1)) for (let i = 1; i <= 12; i++) p.v['realisasi_m' + i] = childrenOf(rows, p).concat(p.level === 'total' ? rows.filter(r => !r.parent && r.level !== 'total') : []).reduce((s, k) => s.plus(k.v['realisasi_m' + i] || 0), new D(0));
}

function renderScale(ctx, ws, w, r) {
  ws.getCell(r, 1).value = w.title; ws.getCell(r, 1).font = { bold: true }; r++;
  w.headerRows[0].forEach((t, j) => { const c = ws.getCell(r, j + 1); c.value = t; c.font = { bold: true }; c.border = BORDER; }); r++;
  w.layout.scale.rows.forEach((row, i) => {
    const vals = (w.columns[0] === 'no' ? [i + 1, row[0], row[1]] : [row[0], row[1]]).concat(row.length > 2 ? row.slice(2) : []); // a code column: dev2
    vals.forEach((v, j) => { const c = ws.getCell(r, j + 1); c.value = v; c.border = BORDER; });
    r++;
  });
  return r;
}

/**
 * dev4 only: a trap table (looks like a budget / kinerja table but is not one: population, staff, survey scores,
 * shares of a total, growth). Rendered as written in the wording (title, header rows with merges, an optional
 * column-number row, data rows); no finding may be reported on any of its cells, so every data cell is listed clean.
 */
function renderTrap(ctx, ws, w, r, sheet, clean) {
  const L = w.layout;
  const title = T(w.title || '', ctx);
  if (title) { ws.getCell(r, 1).value = title; ws.getCell(r, 1).font = { bold: true }; r++; }
  w.headerRows.forEach((hr, i) => hr.forEach((t, j) => { const c = ws.getCell(r + i, j + 1); if (t !== null) { c.value = T(t, ctx); c.font = { bold: true }; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; } c.border = BORDER; }));
  for (const m of w.merges) {
    const [a, b] = m.split(':'); const ca = /([A-Z]+)(\d+)/.exec(a); const cb = /([A-Z]+)(\d+)/.exec(b);
    ws.mergeCells(`${ca[1]}${r + Number(ca[2]) - 1}:${cb[1]}${r + Number(cb[2]) - 1}`);
  }
  r += w.headerRows.length;
  if (L.numberRow) { L.numberRow.forEach((t, j) => { const c = ws.getCell(r, j + 1); c.value = t; c.border = BORDER; }); r++; }
  for (const row of L.trap.rows) {
    row.forEach((v, j) => {
      const c = ws.getCell(r, j + 1); c.value = typeof v === 'string' ? T(v, ctx) : v; c.border = BORDER;
      if (typeof v === 'number' && !Number.isInteger(v)) c.numFmt = '0.00';
      if (typeof v === 'number' || (typeof v === 'string' && /\d/.test(v))) clean.push({ sheet, cell: `${colLetter(j)}${r}` });
    });
    r++;
  }
  return r;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const prefix = FRESH2 ? /^fresh2-\d+\.(xlsx|expected\.json)$/ /* fresh2 */ : FRESH ? /^fresh-\d+\.(xlsx|expected\.json)$/ : DEV2 ? /^dev2-\d+\.(xlsx|expected\.json)$/ : DEV3 ? /^dev3-\d+\.(xlsx|expected\.json)$/ : DEV4 ? /^dev4-\d+\.(xlsx|expected\.json)$/ : DEV5 ? /^dev5-\d+\.(xlsx|expected\.json)$/ : DEV6 ? /^dev6-\d+\.(xlsx|expected\.json)$/ : /^heldout-\d+\.(xlsx|expected\.json)$/;
  for (const f of fs.readdirSync(OUT)) if (prefix.test(f)) fs.unlinkSync(path.join(OUT, f));
  const all = [];
  for (const plan of (FRESH2 ? FRESH2_PLANS /* fresh2 */ : FRESH ? FRESH_PLANS : DEV2 ? DEV2_PLANS : DEV3 ? DEV3_PLANS : DEV4 ? DEV4_PLANS : DEV5 ? DEV5_PLANS : DEV6 ? DEV6_PLANS : PLANS)) all.push(await buildBook(plan));
  const checks = { about: (FRESH2 ? 'Arithmetic behind every fresh2 answer, as computed by scripts/make-heldout.js --set fresh2, re-verified from the workbooks by test/corpus/fresh2-answers.test.ts.' /* fresh2 */ : DEV5 ? 'Arithmetic behind every dev5 answer, as computed by scripts/make-heldout.js --set dev5, re-verified from the workbooks by test/corpus/dev5-answers.test.ts.' : DEV6 ? 'Arithmetic behind every dev6 answer, as computed by scripts/make-heldout.js --set dev6, re-verified from the workbooks by test/corpus/dev6-answers.test.ts (fraction: true, the cell states the value / 100).' : DEV4 ? 'Arithmetic behind every dev4 answer, as computed by scripts/make-heldout.js --set dev4, re-verified from the workbooks by test/corpus/dev4-answers.test.ts.' : DEV3 ? 'Arithmetic behind every dev3 answer, as computed by scripts/make-heldout.js --set dev3, re-verified from the workbooks by test/corpus/dev3-answers.test.ts.' : DEV2 ? 'Arithmetic behind every dev2 answer, as computed by scripts/make-heldout.js --set dev2 (no test re-reads it from the workbooks yet).' : 'Arithmetic behind every held-out answer, re-verified from the workbooks by test/corpus/' + (FRESH ? 'fresh-answers' : 'heldout-answers') + '.test.ts.') + ' kind: ratio (b/a*100), neg_ratio ((2-b/a)*100), difference (a-b), sisa_ratio ((a-b)/a*100), efisiensi (a-b of the stated percentages), sum, greater, above100, negative, band, text_number, given.',
    scales: Object.fromEntries([['p86', SCALES.p86], ...(FRESH || DEVX ? WORDINGS.filter(w => w.layout.model === 'scale').map(w => w.id) : ['W02', 'W63', 'W64']).map(id => [id, scaleFromWording(BY_ID.get(id))])].map(([k, s]) => [k, { lower: s.lower, labels: s.labels }])),
    workbooks: all.map(b => ({ workbook: b.name + '.xlsx', scale: b.scale, checks: b.checks })) };
  fs.writeFileSync(CHECKS_OUT, JSON.stringify(checks, null, 1) + '\n');
  const nt = all.reduce((s, b) => s + b.tables, 0); const nf = all.reduce((s, b) => s + b.findings, 0);
  console.log(`make-heldout: ${all.length} workbooks, ${nt} tables, ${nf} planted findings -> ${path.relative(ROOT, OUT)}/`);
}

if (require.main === module) main().catch(e => { console.error(e); process.exit(1); });
