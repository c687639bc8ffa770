import { computeTables, type ComputedValue, type ComputeOutput } from '../engine/compute';
import { checkAll } from '../engine/checks';
import type { CheckContext } from '../engine/checks/context';
import { Dec, fixed, plain } from '../engine/decimal';
import { EFISIENSI_DEFINITIONS } from '../engine/efisiensi';
import { findPreset, scaleFromTable, SCALE_PRESETS, type KategoriScale } from '../engine/kategori';
import type { CheckReport, ReportResult, ReportTable } from '../model/report';
import { applyCorrections } from '../layout/corrections';
import type { Recognition } from '../model/recognition';
import { recognise } from '../layout/recognise';
import { tableValues, type TableValues } from '../layout/table-values';
import { columnLetter, rangeA1 } from '../model/address';
import type { WorkbookData } from '../model/grid';
import type { RunSettings } from './settings';

export const DEFAULT_SCALE_ID = 'permendagri86';

/** Everything one check of a workbook produced, for the report, the plan and the task pane. */
export interface Evaluation {
  recognition: Recognition;
  tables: TableValues[];
  computed: ComputeOutput;
  scale: KategoriScale;
  scaleSource: string;
  report: CheckReport;
}

/** The scale in use: the user's preset, else the workbook's own scale table, else Permendagri 86/2017. */
export function chooseScale(settings: RunSettings, recognition: Recognition): { scale: KategoriScale; source: string; notice?: string } {
  if (settings.skala !== 'otomatis') {
    const preset = findPreset(settings.skala);
    if (preset) return { scale: preset, source: `skala ${preset.name}` };
  }
  for (const t of recognition.scaleTables) {
    const built = scaleFromTable(t.lines.map(l => ({ range: l.range, label: l.label })), t.title || `Skala di lembar ${t.sheet}`);
    if (built.scale) {
      return {
        scale: built.scale,
        source: `tabel skala "${t.title || 'Rentang Capaian'}" di lembar ${t.sheet}`,
        notice: built.problems.length + built.notes.length ? `Tabel skala di lembar ${t.sheet}: ${[...built.problems, ...built.notes].join(' ')}` : undefined,
      };
    }
  }
  const preset = findPreset(DEFAULT_SCALE_ID) || SCALE_PRESETS[0];
  return { scale: preset, source: `skala ${preset.name} (bawaan, buku kerja tidak memuat tabel skala)` };
}

/** The report's line for a computed value. */
export function resultOf(v: ComputedValue): ReportResult {
  return {
    sheet: v.sheet,
    cell: v.cell,
    metric: v.metric,
    value: v.places === 0 ? plain(v.value.toDecimalPlaces(2)) : fixed(v.value, v.places),
    formula: v.formula,
    ...(v.polarity ? { polarity: v.polarity } : {}),
  };
}

export interface EvaluateOptions {
  /**
   * Leaves report.results empty: the caller makes each line from computed.values (resultOf) as it writes it.
   * On a 100,000-row table the lines held at once cost about 25 MB at the run's highest memory.
   */
  deferResults?: boolean;
}

/** read → recognise → compute → check, all in the pure core. */
export function evaluateWorkbook(wb: WorkbookData, settings: RunSettings, options: EvaluateOptions = {}): Evaluation {
  const recognition = applyCorrections(recognise(wb), settings.koreksi, wb);
  const tables = recognition.tables.map(t => tableValues(wb, t));
  const computed = computeTables(tables, {
    efisiensi: settings.efisiensi,
    capSebelumRataRata: settings.capSebelumRataRata === null ? null : new Dec(settings.capSebelumRataRata),
    polaritas: settings.polaritas,
  });
  const chosen = chooseScale(settings, recognition);
  const ctx: CheckContext = {
    tables,
    computed: computed.values,
    notComputed: computed.notComputed,
    scale: chosen.scale,
    scaleSource: chosen.source,
    efisiensi: settings.efisiensi,
    workbook: wb,
    notices: [],
  };
  const { findings, groups } = checkAll(ctx, wb.sheets.map(s => s.name));
  const notices = [...recognition.notices];
  if (chosen.notice) notices.push(chosen.notice);
  notices.push(...ctx.notices!);
  const report: CheckReport = {
    schema: 'capaian-check/1',
    workbook: wb.name,
    tables: recognition.tables.map(toReportTable),
    results: options.deferResults ? [] : computed.values.map(resultOf),
    findings,
    groups,
    summary: {
      tables: recognition.tables.length,
      results: computed.values.length,
      findings: {
        error: findings.filter(f => f.severity === 'error').length,
        warning: findings.filter(f => f.severity === 'warning').length,
        info: findings.filter(f => f.severity === 'info').length,
      },
    },
    settings: { skala: chosen.source, efisiensi: `${settings.efisiensi}: ${EFISIENSI_DEFINITIONS[settings.efisiensi].formula}` },
    notices,
    understanding: understanding(recognition, computed.values.length),
  };
  return { recognition, tables, computed, scale: chosen.scale, scaleSource: chosen.source, report };
}

/** How much was understood, in one sentence for the CLI, the pane and the ribbon. */
export function understanding(recognition: Recognition, results: number): NonNullable<CheckReport['understanding']> {
  const uncertain = recognition.notices.length;
  if (!recognition.tables.length || results === 0) {
    return {
      level: 'none',
      uncertain,
      summary: recognition.tables.length
        ? 'Tabel dikenali tetapi tidak ada nilai yang dapat dihitung ulang; periksa pembacaan kolom di tab Tabel atau tandai tabel secara manual.'
        : 'Tidak ada tabel yang dikenali, jadi tidak ada angka yang diperiksa. Tandai tabel secara manual (panel: tab Tabel; baris perintah: --koreksi).',
    };
  }
  if (uncertain) {
    // Name the sheets the notices speak of, so the user knows where to look.
    const sheets = [...new Set(recognition.notices.map(n => /^Lembar "([^"]+)"/.exec(n)?.[1]).filter((s): s is string => !!s))];
    const where = sheets.length
      ? ` di lembar ${sheets.slice(0, 5).map(s => `"${s}"`).join(', ')}${sheets.length > 5 ? ` dan ${sheets.length - 5} lembar lain` : ''}`
      : '';
    return {
      level: 'partial',
      uncertain,
      summary: `Sebagian buku kerja tidak terbaca dengan pasti (${uncertain} catatan pengenalan)${where}: ada lembar, tabel atau kolom yang tidak diperiksa atau dibaca dengan ragu. Lihat catatan pengenalan dan perbaiki pembacaannya bila perlu.`,
    };
  }
  return { level: 'full', uncertain: 0, summary: 'Semua tabel yang ditemukan terbaca dengan pasti.' };
}

function toReportTable(t: Recognition['tables'][number]): ReportTable {
  const columns: Record<string, string> = {};
  const reasons: Record<string, string> = {};
  for (const [role, m] of Object.entries(t.columns)) {
    columns[role] = columnLetter(m.col);
    reasons[role] = m.reason;
  }
  return {
    sheet: t.sheet,
    range: rangeA1(t.headerRows[0] ?? t.bodyTop, t.left, t.bodyBottom, t.right),
    kind: t.kind,
    headerRows: t.headerRows,
    columns,
    confidence: t.confidence,
    ...(t.title ? { title: t.title } : {}),
    reasons,
  };
}
