/**
 * "Tabel yang dikenali": each table's place, kind, confidence and column roles with their reasons. The user may
 * change the kind, a column's role, or ignore the table, and may mark a selected range as a table the
 * recogniser missed; corrections are saved in the workbook and used by every later run (pane, ribbon, CLI).
 */
import * as React from 'react';
import { Badge, Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RecognisedTable } from '../../model/recognition';
import type { RunSettings } from '../../usecase/settings';
import type { TableCorrection } from '../../model/table-correction';
import { columnLetter, columnNumber, rangeA1 } from '../../model/address';
import type { SelectedRange } from '../../workbook/office/host-actions';
import {
  correctionFor,
  markTable,
  removeCorrection,
  setColumnRole,
  setIgnored,
  setKind,
  tableColumns,
  tableKey,
  type Marking,
  type TableKey,
} from '../state/corrections';
import { kindLabel } from '../state/labels';
import { ColumnRoleList, KindOptions, RoleOptions, useColumnListStyles } from './ColumnRoles';
import { formatConfidence } from '../../addin-common/format';

export interface TablesViewProps {
  tables?: RecognisedTable[];
  notices?: string[];
  settings: RunSettings;
  stale: boolean;
  onChange(settings: RunSettings): void;
  /** A run is under way: marking waits for it. */
  busy?: boolean;
  /** Reads the sheet's selection; without it the pane offers no marking. */
  onReadSelection?(): Promise<SelectedRange>;
  /** Saves settings holding a new marking and runs again with them. */
  onMark?(settings: RunSettings): void;
}

/** The marking form is loaded when first needed, so the pane's first paint does not carry it. */
const MarkTableForm = React.lazy(() => import(/* webpackChunkName: "tandai" */ './MarkTableForm.js').then(m => ({ default: m.MarkTableForm })));

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
  assign: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  assignField: { flexGrow: 1, flexBasis: '110px', minWidth: 0 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  mark: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  markError: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
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
              {correction.ignore ? 'diabaikan' : correction.range ? 'ditandai' : 'dikoreksi'}
            </Badge>
          )}
        </span>
      </summary>
      <div className={styles.body}>
        <Field label="Jenis tabel">
          <Select value={kind} onChange={(_, d) => onKoreksi(setKind(koreksi, key, d.value === table.kind && !correction?.kind ? '' : d.value))}>
            <KindOptions />
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
        <ColumnRoleList
          columns={columns.map(c => ({ ...c, header: c.header === `kolom ${c.letter}` ? '' : c.header }))}
          untitled=""
          onRole={(letter, role, was) => onKoreksi(setColumnRole(koreksi, key, letter, was || undefined, role))}
        />

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
                <RoleOptions empty="Pilih peran" />
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
            {correction.range ? 'Batalkan penandaan tabel ini' : 'Batalkan koreksi tabel ini'}
          </Button>
        )}
      </div>
    </details>
  );
}

/** "Tandai tabel dari pilihan": reads the selection, then the form that says what it is. */
function MarkFromSelection({
  tables,
  settings,
  busy,
  onReadSelection,
  onMark,
}: {
  tables: RecognisedTable[];
  settings: RunSettings;
  busy: boolean;
  onReadSelection(): Promise<SelectedRange>;
  onMark(settings: RunSettings): void;
}) {
  const styles = useStyles();
  const [selection, setSelection] = React.useState<SelectedRange>();
  const [error, setError] = React.useState('');
  const [reading, setReading] = React.useState(false);
  const read = () => {
    setReading(true);
    setError('');
    onReadSelection()
      .then(s => setSelection(s))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setReading(false));
  };
  const save = (m: Marking) => {
    setSelection(undefined);
    onMark({ ...settings, koreksi: markTable(settings.koreksi, m) });
  };
  return (
    <div className={styles.card}>
      <div className={styles.mark}>
        {!selection ? (
          <>
            <p className={styles.hint}>
              Tabel tidak dikenali atau salah dibaca? Pilih rentangnya di lembar (baris judul kolom dan isinya), lalu tandai sebagai tabel.
            </p>
            <Button onClick={read} disabled={reading || busy} data-testid="tandai-dari-pilihan">
              Tandai tabel dari pilihan
            </Button>
            {error && (
              <p className={styles.markError} role="alert">
                {error}
              </p>
            )}
          </>
        ) : (
          <React.Suspense fallback={<p className={styles.hint}>Memuat…</p>}>
            <MarkTableForm
              selection={selection}
              tables={tables}
              koreksi={settings.koreksi}
              busy={busy}
              onSave={save}
              onCancel={() => setSelection(undefined)}
            />
          </React.Suspense>
        )}
      </div>
    </div>
  );
}

export function TablesView({ tables, notices, settings, stale, onChange, busy, onReadSelection, onMark }: TablesViewProps): React.ReactElement {
  const styles = useStyles();
  const listStyles = useColumnListStyles();
  const onKoreksi = (koreksi: TableCorrection[]) => onChange({ ...settings, koreksi });
  const shown = new Set((tables ?? []).map(t => `${t.sheet}\u0000${tableKey(t).headerRow}`));
  const ignored = settings.koreksi.filter(c => c.ignore && !shown.has(`${c.sheet}\u0000${c.headerRow}`));

  return (
    <div className={styles.root}>
      {onReadSelection && onMark && (
        <MarkFromSelection tables={tables ?? []} settings={settings} busy={!!busy} onReadSelection={onReadSelection} onMark={onMark} />
      )}
      {!tables ? (
        <p className={styles.empty}>Belum ada hasil. Tekan Hitung Capaian untuk mengenali tabel di buku kerja ini.</p>
      ) : tables.length === 0 ? (
        <p className={styles.empty}>
          Tidak ada tabel yang dikenali. Pastikan setiap tabel memiliki baris judul kolom seperti Target, Realisasi, Capaian atau Pagu
          {onReadSelection && onMark ? ', atau tandai tabelnya sendiri dengan tombol di atas.' : '.'}
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
          <ul className={listStyles.columns}>
            {ignored.map(c => (
              <li key={`${c.sheet}!${c.headerRow}`} className={listStyles.column}>
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
