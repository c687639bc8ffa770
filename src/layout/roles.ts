import { words, yearIn } from './text';

/**
 * Column roles from header words. A header may be several rows (merged group on top, leaf below);
 * the leaf decides, and generic leaves ("Rp", "%", "Keuangan") take their meaning from the group.
 * Matching is by word patterns, not exact strings, so typos and variants in real workbooks still match.
 */

export interface RoleGuess {
  role: string;
  year?: number;
  score: number;
  reason: string;
  percentHeader: boolean;
  /** The column is the kinerja (K) half of a K/Rp pair (Monev Renja/Renstra forms). */
  pair?: 'k' | 'rp';
  /** For an "Rp" column: its role when the table turns out to have K/Rp pairs. */
  pairRole?: string;
  pairReason?: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Monev forms (Permendagri 86/2017) put a "K" (kinerja) and an "Rp" column under every group:
 * Target, Realisasi Triwulan I–IV, Realisasi tahun berjalan, Tingkat Capaian. The group decides
 * the role, the leaf which half; quarters become realisasi_tw1…4.
 */
function kinerjaRupiahPair(leaf: string, parent: string, parts: string[]): Omit<RoleGuess, 'year' | 'percentHeader'> | undefined {
  const half = leaf === 'k' || leaf === 'kinerja' ? 'k' : leaf === 'rp' || leaf === 'anggaran rp' ? 'rp' : undefined;
  if (!half || !parent) return undefined;
  const reason = `judul kolom "${parts.filter(Boolean).join(' / ')}" adalah kolom ${half === 'k' ? 'kinerja (K)' : 'rupiah (Rp)'} dari pasangan K/Rp`;
  const tw = /(?:triwulan|tw)\s*(iv|iii|ii|i|[1-4])\b/.exec(parent);
  if (tw && /realisasi|capaian/.test(parent)) {
    const n = ROMAN[tw[1]] ?? Number(tw[1]);
    return { role: half === 'k' ? `realisasi_tw${n}` : `realisasi_anggaran_tw${n}`, score: 0.9, reason, pair: half };
  }
  // "Realisasi Capaian Kinerja …" is realisasi, "Tingkat Capaian … dan Realisasi …" is capaian: the first word decides.
  const capaianAt = parent.search(/capaian|tingkat/);
  const realisasiAt = parent.search(/realisasi/);
  if (capaianAt >= 0 && (realisasiAt < 0 || capaianAt < realisasiAt)) return { role: half === 'k' ? 'capaian' : 'persen', score: 0.95, reason, pair: half };
  if (realisasiAt >= 0) return { role: half === 'k' ? 'realisasi' : 'realisasi_anggaran', score: 0.95, reason, pair: half };
  if (/target|rencana|pagu|anggaran/.test(parent)) return { role: half === 'k' ? 'target' : 'pagu', score: 0.95, reason, pair: half };
  return undefined;
}

interface Rule {
  role: string;
  re: RegExp;
  score: number;
  label: string;
}

// Order matters: the first rule that matches the leaf wins.
const LEAF_RULES: Rule[] = [
  { role: 'no', re: /^(no|nomor|nmr|no urut|urutan|nomer)$/, score: 1, label: 'nomor urut' },
  { role: 'kode', re: /^(kode|kd|kode rekening|kode rek|kode akun|kode program|kode kegiatan|kode sub kegiatan|nomenklatur)$/, score: 1, label: 'kode' },
  { role: 'scale_range', re: /rentang|interval|range capaian|skala nilai/, score: 1, label: 'rentang skala' },
  { role: 'kategori', re: /(kategori|predikat|interpretasi|tingkat capaian|kriteria)/, score: 0.95, label: 'kategori/predikat' },
  { role: 'satuan', re: /^(satuan|sat|satuan target|satuan indikator|unit)$/, score: 1, label: 'satuan' },
  { role: 'sumber_dana', re: /sumber dana|sumber anggaran/, score: 0.9, label: 'sumber dana' },
  { role: 'keterangan', re: /^(ket|keterangan|permasalahan|kendala|permasalahan kendala|penanggung jawab|pj|lokasi|sdm|pelaksana|analisis|uraian analisis)\b/, score: 0.8, label: 'keterangan' },
  { role: 'koefisien', re: /^(koefisien|volume|vol)\b/, score: 0.9, label: 'koefisien' },
  { role: 'harga', re: /^harga( satuan)?\b/, score: 0.9, label: 'harga satuan' },
  { role: 'ppn', re: /^(ppn|pajak)\b/, score: 0.9, label: 'PPN' },
];

/** Rules on the whole header (group words + leaf words), tried after the leaf-only rules. */
function ruleOnFull(leaf: string, full: string, parent: string): { role: string; label: string; score: number } | undefined {
  const pct = /(^|\s)(%|persen|persentase|prosentase|presentase)(\s|$)/.test(leaf) || /\(%\)|%/.test(leaf);
  const genericLeaf = /^(rp|%|rp %|keuangan|keuangan rp|keuangan %|fisik|fisik %|jumlah|nilai)$/.test(leaf);
  const ctx = genericLeaf ? full : leaf;
  if (/efisiensi/.test(ctx)) {
    if (/sebelum/.test(ctx)) return { role: 'pagu_murni', label: 'pagu sebelum efisiensi (pemotongan anggaran)', score: 0.9 };
    if (/setelah|sesudah|pagu|anggaran/.test(ctx)) return { role: 'pagu', label: 'pagu setelah efisiensi (pemotongan anggaran)', score: 0.9 };
    // Savings in rupiah called "efisiensi" (seed 003) are the sisa anggaran.
    if (/\brp\b|rupiah/.test(ctx)) return { role: 'sisa', label: 'efisiensi dalam rupiah (sisa anggaran)', score: 0.85 };
    return { role: 'efisiensi', label: 'efisiensi', score: 1 };
  }
  if (/sisa/.test(ctx)) return pct ? { role: 'persen_sisa', label: 'persentase sisa anggaran', score: 0.95 } : { role: 'sisa', label: 'sisa anggaran', score: 0.95 };
  // RFK "Deviasi (%)" compares physical progress with the cash plan, not money: not a sisa.
  if (/deviasi/.test(ctx)) return { role: 'deviasi', label: 'deviasi (RFK)', score: 0.8 };
  if (/rak\b|rencana anggaran kas/.test(ctx)) return { role: 'rak', label: 'rencana anggaran kas (RAK)', score: 0.8 };
  if (/bertambah|berkurang/.test(ctx)) return { role: 'perubahan', label: 'bertambah/(berkurang)', score: 0.8 };
  if (/selisih/.test(ctx)) return pct ? { role: 'persen_selisih', label: 'persentase selisih', score: 0.9 } : { role: 'selisih', label: 'selisih', score: 0.9 };
  if (/fisik/.test(ctx)) return /target|rencana/.test(full) && !/realisasi/.test(ctx) ? { role: 'target_fisik', label: 'target fisik', score: 0.8 } : { role: 'fisik', label: 'realisasi fisik', score: 0.9 };
  if (/target|rencana/.test(ctx) && /(kas|keuangan|rp|anggaran)/.test(ctx) && !/realisasi/.test(ctx)) return { role: 'target_kas', label: 'target keuangan (anggaran kas)', score: 0.85 };
  if (/serapan|penyerapan/.test(ctx)) return { role: 'serapan', label: 'serapan anggaran', score: 1 };
  if (/keuangan/.test(leaf) && pct && !/realisasi/.test(full)) return { role: 'serapan', label: 'persentase keuangan (serapan)', score: 0.85 };
  if (/(capaian|pencapaian)/.test(ctx) && !/rentang/.test(ctx)) {
    if (/anggaran|keuangan/.test(ctx) && !/kinerja/.test(ctx)) return { role: 'persen', label: 'capaian anggaran (persentase)', score: 0.85 };
    return { role: 'capaian', label: 'capaian', score: 1 };
  }
  if (/(realisasi|realiasi|realisai|relisasi)/.test(ctx)) {
    if (pct) return { role: 'persen', label: 'persentase realisasi', score: 0.9 };
    return { role: 'realisasi', label: 'realisasi', score: 1 };
  }
  if (/(target|tagret)/.test(ctx)) return { role: 'target', label: 'target', score: 1 };
  if (/sebelum perubahan|murni|semula/.test(ctx)) return { role: 'pagu_murni', label: 'pagu sebelum perubahan', score: 0.9 };
  if (/(pagu|anggaran|dpa|dppa|alokasi|plafon|setelah perubahan|menjadi)/.test(ctx) && !/(program|kegiatan|uraian)/.test(leaf)) {
    if (pct) return { role: 'persen', label: 'persentase anggaran', score: 0.8 };
    return { role: 'pagu', label: 'pagu/anggaran', score: 1 };
  }
  if (pct) return { role: 'persen', label: 'persentase', score: 0.7 };
  if (/^jumlah( rp| harga| biaya)?$/.test(leaf)) return { role: 'jumlah', label: 'jumlah', score: 0.7 };
  if (/(indikator|iku|ikk|ikp|kinerja utama|kinerja program|kinerja kegiatan)/.test(leaf)) return { role: 'indikator', label: 'indikator kinerja', score: 1 };
  if (/(sasaran|tujuan)/.test(leaf)) return { role: 'sasaran', label: 'sasaran', score: 0.95 };
  if (/(uraian|program ?\/ ?kegiatan|sub ?kegiatan|nama program|nama kegiatan|rincian|rekening)/.test(leaf)) return { role: 'uraian', label: 'uraian program/kegiatan', score: 0.95 };
  if (/^(pro?gram|program kegiatan)$/.test(leaf)) return { role: 'program', label: 'program', score: 0.9 };
  if (/^(kegiatan|aktivitas)$/.test(leaf)) return { role: 'kegiatan', label: 'kegiatan', score: 0.9 };
  if (/^(tahun|tahun \d{4}|periode)$/.test(leaf)) return { role: 'tahun', label: 'tahun', score: 0.6 };
  if (/^(kinerja|output|keluaran|hasil)$/.test(leaf)) return { role: 'indikator', label: 'kinerja/keluaran', score: 0.6 };
  return undefined;
}

/**
 * Guesses a column's role from its header parts, top (group) to bottom (leaf).
 * Returns undefined for columns no rule recognises.
 */
export function guessRole(parts: string[]): RoleGuess | undefined {
  const distinct = parts.map(words).filter((p, i, a) => p && a.indexOf(p) === i);
  if (!distinct.length) return undefined;
  const leaf = distinct[distinct.length - 1];
  const parent = distinct.slice(0, -1).join(' ');
  const full = distinct.join(' ');
  const year = yearIn(leaf) ?? yearIn(parent);
  const percentHeader = /%|persen|persentase|prosentase/.test(leaf);
  let leafNoYear = leaf.replace(/\b20\d\d\b/g, '').replace(/\s+/g, ' ').trim();
  // A two-row header flattened into one cell: "Capaian Tahun 2023 Target" is the target column.
  const flat = /^(?:capaian tahun|capaian|tahun)\s+(target|realisasi|kategori|predikat|%.*|persentase.*)$/.exec(leafNoYear);
  if (flat) leafNoYear = flat[1];
  const pair = kinerjaRupiahPair(leafNoYear, parent, parts);
  if (pair && pair.pair === 'k') return { ...pair, year, percentHeader };
  // An "Rp" column is the money half of a pair only when the table also has "K" columns; the
  // table decides (resolveColumns), so the plain reading comes first and the pair role rides along.
  const plain = plainGuess(leafNoYear, full, parent, parts, year, percentHeader);
  if (pair && plain) return { ...plain, pairRole: pair.role, pairReason: pair.reason };
  if (pair) return { role: 'rp_' + pair.role, year, score: 0.5, reason: pair.reason, percentHeader, pairRole: pair.role, pairReason: pair.reason };
  return plain;
}

function plainGuess(leafNoYear: string, full: string, parent: string, parts: string[], year: number | undefined, percentHeader: boolean): RoleGuess | undefined {
  for (const r of LEAF_RULES) {
    if (r.re.test(leafNoYear)) {
      return { role: r.role, year, score: r.score, reason: `judul kolom "${parts.filter(Boolean).join(' / ')}" cocok dengan ${r.label}`, percentHeader };
    }
  }
  const hit = ruleOnFull(leafNoYear, full, parent);
  if (!hit) return undefined;
  return { role: hit.role, year, score: hit.score, reason: `judul kolom "${parts.filter(Boolean).join(' / ')}" cocok dengan ${hit.label}`, percentHeader };
}

/** Words that only appear in header rows, for telling a second header row from a data row. */
export function isHeaderWord(text: string): boolean {
  if (text.length > 80) return false;
  const w = words(text);
  if (!w || w.length > 60) return false;
  if (guessRole([w])) return true;
  return /^(rp|%|\(%\)|k|tw ?i+v?|triwulan|s ?d|sebelum|setelah|perubahan|bertambah|berkurang|tahun( 20\d\d)?|20\d\d|fisik|keuangan|kinerja|volume|nilai|jumlah)\b/.test(w);
}
