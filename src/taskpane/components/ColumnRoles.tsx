/**
 * Choosing what each column of a table is: the list of columns with a role choice each, and the role and kind
 * options, shared by the recognised tables' cards and the form that marks a table by hand.
 */
import * as React from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { KINDS, ROLES, kindLabel, roleLabel } from '../state/labels';

/** The list of columns, also used for other lists of the Tabel tab that should look the same. */
export const useColumnListStyles = makeStyles({
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
});

/** The options of a role choice: `empty` first, a role outside the list kept as it is, then every known role. */
export function RoleOptions({ empty, current }: { empty: string; current?: string }): React.ReactElement {
  return (
    <>
      <option value="">{empty}</option>
      {current && !ROLES.includes(current) && <option value={current}>{roleLabel(current)}</option>}
      {ROLES.map(r => (
        <option key={r} value={r}>
          {roleLabel(r)}
        </option>
      ))}
    </>
  );
}

/** The options of a table-kind choice. */
export function KindOptions(): React.ReactElement {
  return (
    <>
      {KINDS.map(k => (
        <option key={k} value={k}>
          {kindLabel(k)}
        </option>
      ))}
    </>
  );
}

export interface ColumnRole {
  letter: string;
  role: string;
  /** The column's header text; '' or absent when it has none. */
  header?: string;
  /** Why recognition gave it its role. */
  reason?: string;
}

/** Each column with its header and a role choice; `untitled` is said after a column without header text. */
export function ColumnRoleList({ columns, untitled, onRole }: { columns: ColumnRole[]; untitled: string; onRole(letter: string, role: string, was: string): void }): React.ReactElement {
  const styles = useColumnListStyles();
  return (
    <ul className={styles.columns}>
      {columns.map(c => (
        <li key={c.letter} className={styles.column}>
          <span className={styles.header}>
            <span className={styles.letter}>Kolom {c.letter}</span>
            {c.header ? ` — "${c.header}"` : untitled}
          </span>
          {c.reason && <span className={styles.reason}>{c.reason}</span>}
          <Field label={`Peran kolom ${c.letter}`}>
            <Select value={c.role} onChange={(_, d) => onRole(c.letter, d.value, c.role)}>
              <RoleOptions empty="Tidak dipakai" current={c.role} />
            </Select>
          </Field>
        </li>
      ))}
    </ul>
  );
}
