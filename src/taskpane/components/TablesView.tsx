/**
 * "Tabel yang dikenali": each table's place, kind, confidence and column roles with their reasons. The user may
 * change the kind, a column's role, or ignore the table; corrections are saved and used by the next run.
 */
import * as React from 'react';
import { Badge, Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RecognisedTable } from '../../layout/model';
import type { RunSettings, TableCorrection } from '../../usecase/settings';
import { columnLetter, columnNumber, rangeA1 } from '../../workbook/address';
import {
  correctionFor,
  removeCorrection,
  setColumnRole,
  setIgnored,
  setKind,
  tableColumns,
  tableKey,
  type TableKey,
} from '../state/corrections';
import { KINDS, ROLES, kindLabel, roleLabel } from '../state/labels';
import { formatConfidence } from '../state/format';

export interface TablesViewProps {
  tables?: RecognisedTable[];
  notices?: string[];
  settings: RunSettings;
  stale: boolean;
  onChange(settings: RunSettings): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  card: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    listStyleType: 'none',
    borderRadius: tokens.borderRadiusMedium,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  subTitle: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  columns: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  header: { overflowWrap: 'anywhere' },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  reason: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  assign: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  assignField: { flexGrow: 1, flexBasis: '110px', minWidth: 0 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
});

interface ColumnView {
  letter: string;
  role: string;
  header?: string;
  reason?: string;
}

/** The table's columns with their roles, the saved correction applied (so a pending change shows at once). */
function columnsWithCorrection(table: RecognisedTable, correction?: TableCorrection): ColumnView[] {
  const byLetter = new Map<string, ColumnView>();
  for (const [role, m] of Object.entries(table.columns)) {
    const letter = columnLetter(m.col);
    byLetter.set(letter, { letter, role, header: m.header, reason: m.reason });
  }
  for (const [role, letter] of Object.entries(correction?.columns ?? {})) {
    for (const v of byLetter.values()) if (v.role === role && v.letter !== letter) v.role = '';
    if (!letter) continue;
    const v = byLetter.get(letter);
    if (v) v.role = role;
    else byLetter.set(letter, { letter, role });
  }
  return [...byLetter.values()].sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter));
}

function TableCard({ table, koreksi, onKoreksi }: { table: RecognisedTable; koreksi: TableCorrection[]; onKoreksi(next: TableCorrection[]): void }) {
  const styles = useStyles();
  const key: TableKey = tableKey(table);
  const correction = correctionFor(koreksi, key);
  const columns = columnsWithCorrection(table, correction);
  const kind = correction?.kind ?? table.kind;
  const range = rangeA1(table.headerRows[0] ?? table.bodyTop, table.left, table.bodyBottom, table.right);
  const free = tableColumns(table).filter(l => !columns.some(c => c.letter === l && c.role));
  const [assignColumn, setAssignColumn] = React.useState('');
  const [assignRole, setAssignRole] = React.useState('');
  const id = React.useId();
  const name = table.title?.trim() || `Tabel di baris ${key.headerRow}`;

  return (
    <details className={styles.card} data-testid="tabel">
      <summary className={styles.summary}>
        <span className={styles.title}>{name}</span>
        <span className={styles.meta}>
          <span>
            {table.sheet}!{range}
          </span>
          <span aria-hidden>·</span>
          <span>{kindLabel(kind)}</span>
          <span aria-hidden>·</span>
          <span>keyakinan {formatConfidence(table.confidence)}</span>
          {correction && (
            <Badge appearance="tint" color={correction.ignore ? 'warning' : 'brand'} size="small">
              {correction.ignore ? 'diabaikan' : 'dikoreksi'}
            </Badge>
          )}
        </span>
      </summary>
      <div className={styles.body}>
        <Field label="Jenis tabel">
          <Select value={kind} onChange={(_, d) => onKoreksi(setKind(koreksi, key, d.value === table.kind && !correction?.kind ? '' : d.value))}>
            {KINDS.map(k => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox
          checked={!!correction?.ignore}
          onChange={(_, d) => onKoreksi(setIgnored(koreksi, key, d.checked === true))}
          label="Abaikan tabel ini pada perhitungan berikutnya"
        />
        {table.notes.length > 0 && (
          <ul className={styles.notes} aria-label="Alasan jenis tabel">
            {table.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}

        <h3 className={styles.subTitle}>Kolom</h3>
        <ul className={styles.columns}>
          {columns.map(c => (
            <li key={c.letter} className={styles.column}>
              <span className={styles.header}>
                <span className={styles.letter}>Kolom {c.letter}</span>
                {c.header ? ` — "${c.header}"` : ''}
              </span>
              {c.reason && <span className={styles.reason}>{c.reason}</span>}
              <Field label={`Peran kolom ${c.letter}`}>
                <Select value={c.role} onChange={(_, d) => onKoreksi(setColumnRole(koreksi, key, c.letter, c.role || undefined, d.value))}>
                  <option value="">Tidak dipakai</option>
                  {c.role && !ROLES.includes(c.role) && <option value={c.role}>{roleLabel(c.role)}</option>}
                  {ROLES.map(r => (
                    <option key={r} value={r}>
                      {roleLabel(r)}
                    </option>
                  ))}
                </Select>
              </Field>
            </li>
          ))}
        </ul>

        {free.length > 0 && (
          <div className={styles.assign} role="group" aria-labelledby={`${id}-assign`}>
            <p id={`${id}-assign`} className={styles.hint}>
              Beri peran pada kolom yang belum dikenali:
            </p>
            <Field label="Kolom" className={styles.assignField}>
              <Select value={assignColumn} onChange={(_, d) => setAssignColumn(d.value)}>
                <option value="">Pilih kolom</option>
                {free.map(l => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Peran" className={styles.assignField}>
              <Select value={assignRole} onChange={(_, d) => setAssignRole(d.value)}>
                <option value="">Pilih peran</option>
                {ROLES.map(r => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              disabled={!assignColumn || !assignRole}
              onClick={() => {
                onKoreksi(setColumnRole(koreksi, key, assignColumn, undefined, assignRole));
                setAssignColumn('');
                setAssignRole('');
              }}
            >
              Tetapkan
            </Button>
          </div>
        )}

        {correction && (
          <Button appearance="secondary" onClick={() => onKoreksi(removeCorrection(koreksi, key))}>
            Batalkan koreksi tabel ini
          </Button>
        )}
      </div>
    </details>
  );
}

export function TablesView({ tables, notices, settings, stale, onChange }: TablesViewProps): React.ReactElement {
  const styles = useStyles();
  const onKoreksi = (koreksi: TableCorrection[]) => onChange({ ...settings, koreksi });
  const shown = new Set((tables ?? []).map(t => `${t.sheet}\u0000${tableKey(t).headerRow}`));
  const ignored = settings.koreksi.filter(c => c.ignore && !shown.has(`${c.sheet}\u0000${c.headerRow}`));

  return (
    <div className={styles.root}>
      {!tables ? (
        <p className={styles.empty}>Belum ada hasil. Tekan Hitung Capaian untuk mengenali tabel di buku kerja ini.</p>
      ) : tables.length === 0 ? (
        <p className={styles.empty}>
          Tidak ada tabel yang dikenali. Pastikan setiap tabel memiliki baris judul kolom seperti Target, Realisasi, Capaian atau Pagu.
        </p>
      ) : (
        <>
          <p className={styles.hint}>
            Buka sebuah tabel untuk memeriksa peran kolomnya. Koreksi disimpan di buku kerja dan dipakai pada perhitungan berikutnya
            {stale ? '; tekan Hitung Capaian untuk menerapkannya.' : '.'}
          </p>
          {tables.map(t => (
            <TableCard key={t.id} table={t} koreksi={settings.koreksi} onKoreksi={onKoreksi} />
          ))}
        </>
      )}

      {ignored.length > 0 && (
        <section aria-labelledby="hc-diabaikan">
          <h3 id="hc-diabaikan" className={styles.subTitle}>
            Tabel yang diabaikan
          </h3>
          <ul className={styles.columns}>
            {ignored.map(c => (
              <li key={`${c.sheet}!${c.headerRow}`} className={styles.column}>
                <span>
                  {c.sheet}, judul kolom di baris {c.headerRow}
                </span>
                <Button size="small" onClick={() => onKoreksi(setIgnored(settings.koreksi, c, false))}>
                  Sertakan lagi
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {notices && notices.length > 0 && (
        <details className={styles.card}>
          <summary className={styles.summary}>Catatan pengenalan ({notices.length})</summary>
          <ul className={styles.notes}>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
