/**
 * "Tandai tabel dari pilihan": the user says what the selected range is: its kind, how many header rows it has,
 * and each column's role (shown with the column's header text). Loaded only when the user asks for it.
 */
import * as React from 'react';
import { Button, Dropdown, Field, Option, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RecognisedTable } from '../../model/recognition';
import type { TableCorrection } from '../../model/table-correction';
import { columnLetter, columnNumber, overlaps } from '../../model/address';
import type { SelectedRange } from '../../workbook/office/host-actions';
import type { Marking } from '../state/corrections';
import { KINDS, kindLabel } from '../state/labels';
import { ColumnRoleList } from './ColumnRoles';

export interface MarkTableFormProps {
  selection: SelectedRange;
  tables: RecognisedTable[];
  koreksi: TableCorrection[];
  busy: boolean;
  onSave(marking: Marking): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Initial {
  kind: string;
  headerRows: number;
  roles: Record<string, string>;
}

/** What the form starts with: an earlier marking of this range, else the recognised table it overlaps. */
function initial(sel: SelectedRange, tables: RecognisedTable[], koreksi: TableCorrection[]): Initial {
  const earlier = koreksi.find(c => c.range && c.sheet === sel.sheet && c.headerRow === sel.top);
  if (earlier) {
    const roles: Record<string, string> = {};
    for (const [role, letter] of Object.entries(earlier.columns ?? {})) if (letter) roles[letter] = role;
    return { kind: earlier.kind ?? '', headerRows: earlier.headerRows ?? 1, roles };
  }
  const t = tables.find(x => x.sheet === sel.sheet && overlaps(sel, { top: x.headerRows[0] ?? x.bodyTop, left: x.left, bottom: x.bodyBottom, right: x.right }));
  if (!t) return { kind: '', headerRows: 1, roles: {} };
  const roles: Record<string, string> = {};
  for (const [role, m] of Object.entries(t.columns)) if (m.col >= sel.left && m.col <= sel.right) roles[columnLetter(m.col)] = role;
  const headerRows = t.headerRows[0] === sel.top ? t.headerRows.length : 1;
  return { kind: t.kind, headerRows, roles };
}

export function MarkTableForm({ selection, tables, koreksi, busy, onSave, onCancel }: MarkTableFormProps): React.ReactElement {
  const styles = useStyles();
  const start = React.useMemo(() => initial(selection, tables, koreksi), [selection, tables, koreksi]);
  const [kind, setKind] = React.useState(start.kind);
  const [headerRows, setHeaderRows] = React.useState(start.headerRows);
  const [roles, setRoles] = React.useState<Record<string, string>>(start.roles);
  const titleRef = React.useRef<HTMLHeadingElement>(null);
  const id = React.useId();
  React.useEffect(() => titleRef.current?.focus(), [selection]);

  const bodyRows = selection.bottom - selection.top + 1;
  const headerChoices = [1, 2, 3].filter(n => n < bodyRows && n <= selection.headRows.length);
  const letters: string[] = [];
  for (let c = selection.left; c <= selection.right; c++) letters.push(columnLetter(c));
  const headerOf = (letter: string) => {
    const i = columnNumber(letter) - selection.left;
    return selection.headRows.slice(0, headerRows).map(r => r[i] ?? '').filter(Boolean).join(' / ');
  };
  const chosen = Object.values(roles).filter(Boolean);
  const problem = !kind ? 'Pilih jenis tabel.' : !chosen.length ? 'Beri peran paling sedikit pada satu kolom.' : '';

  const setRole = (letter: string, role: string) =>
    setRoles(prev => {
      const next: Record<string, string> = {};
      // One column per role: the column that had this role gives it up.
      for (const [l, r] of Object.entries(prev)) if (r && !(role && r === role)) next[l] = r;
      if (role) next[letter] = role;
      else delete next[letter];
      return next;
    });

  return (
    <section className={styles.root} aria-labelledby={`${id}-judul`} data-testid="tandai-tabel">
      <h3 id={`${id}-judul`} ref={titleRef} tabIndex={-1} className={styles.title}>
        Tandai {selection.sheet}!{selection.address} sebagai tabel
      </h3>
      <Field label="Jenis tabel" required>
        {/* Inline: a portal would take the pane's root styles (full height, background) and cover the pane. */}
        <Dropdown
          inlinePopup
          placeholder="Pilih jenis tabel"
          value={kind ? kindLabel(kind) : ''}
          selectedOptions={kind ? [kind] : []}
          onOptionSelect={(_, d) => setKind(d.optionValue ?? '')}
        >
          {KINDS.map(k => (
            <Option key={k} value={k}>
              {kindLabel(k)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Jumlah baris judul kolom" hint="Baris teratas pilihan yang berisi judul kolom; sisanya dibaca sebagai isi tabel.">
        <Select value={String(headerRows)} onChange={(_, d) => setHeaderRows(Number(d.value))}>
          {headerChoices.map(n => (
            <option key={n} value={n}>
              {n} baris
            </option>
          ))}
        </Select>
      </Field>
      <p className={styles.hint}>Pilih peran setiap kolom. Kolom yang tidak dipakai biarkan "Tidak dipakai".</p>
      <ColumnRoleList columns={letters.map(letter => ({ letter, role: roles[letter] ?? '', header: headerOf(letter) }))} untitled=" — tanpa judul" onRole={setRole} />
      {problem && (
        <p className={styles.hint} id={`${id}-kurang`}>
          {problem}
        </p>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!!problem || busy}
          aria-describedby={problem ? `${id}-kurang` : undefined}
          onClick={() => onSave({ sheet: selection.sheet, range: selection.address, headerRows, kind, roles })}
        >
          Simpan dan hitung ulang
        </Button>
        <Button onClick={onCancel}>Batal</Button>
      </div>
    </section>
  );
}
