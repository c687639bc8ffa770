/**
 * The findings of a run, usable at 500 and more: a toolbar that stays in view (filter by sheet, level and rule,
 * search by indicator or program name, cell or words), one card per finding with the row's name beside the
 * cell, and one card per group of findings with one cause (opened on request). The list is one Tab stop:
 * arrow keys, Home/End and Page Up/Down move within it (roving tabindex), Enter or Space selects the cell,
 * Arrow Right/Left reach a card's related cells.
 */
import * as React from 'react';
import { Badge, Button, Dropdown, Input, Option, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, ErrorCircleRegular, InfoRegular, SearchRegular, WarningRegular } from '@fluentui/react-icons';
import type { CheckReport, Finding, FindingGroup, Severity } from '../../model/report';
import { ruleName } from '../../engine/checks/rules';
import { buildEntries, filterOptions, NO_FILTER, parseCellRef, todoOf, type Entry, type FindingFilter } from '../state/findings';
import { SEVERITY_LABEL } from '../state/labels';
import { formatCount, formatDecimalText } from '../../addin-common/format';
import { RuleHelp } from './RuleHelp';

export interface FindingsViewProps {
  findings: Finding[];
  /** Findings with one cause on many cells (report.groups). */
  groups?: FindingGroup[];
  hasRun: boolean;
  /** How much of the workbook was read (report.understanding): a result that is not 'full' says so. */
  understanding?: CheckReport['understanding'];
  /** Opens the Tabel tab, where tables are marked by hand. */
  onShowTables?(): void;
  onSelect(sheet: string, cell: string): void;
}

/** Cards drawn at first; more are drawn as the focus or the button below approaches the end. */
const PAGE = 150;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))', gap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: 0, width: '100%' },
  count: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  unread: { margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorPaletteYellowBackground1, borderRadius: tokens.borderRadiusMedium },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    overflow: 'hidden',
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 96px',
  },
  member: { marginLeft: tokens.spacingHorizontalL },
  itemError: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  itemWarning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  itemInfo: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  itemSelected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    margin: 0,
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  sheetName: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  rowLabel: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  rule: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere' },
  values: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: 'anywhere' },
  todo: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  related: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  relatedButton: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

const ICON: Record<Severity, React.ReactElement> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

const ALL = '';

function severityOf(e: Entry): Severity {
  return e.kind === 'group' ? e.group.severity ?? 'info' : e.finding.severity;
}

interface CardProps {
  entry: Entry;
  index: number;
  active: boolean;
  selected: boolean;
  open: boolean;
  onActivate(index: number): void;
  onSelect(sheet: string, cell: string, entry: Entry): void;
  onToggle(key: string): void;
  register(index: number, el: HTMLElement | null): void;
}

/** One card: a finding, a group (with its count, opened or closed) or a finding inside an opened group. */
const Card = React.memo(function Card({ entry, index, active, selected, open, onActivate, onSelect, onToggle, register }: CardProps) {
  const styles = useStyles();
  const severity = severityOf(entry);
  const tone = severity === 'error' ? styles.itemError : severity === 'warning' ? styles.itemWarning : styles.itemInfo;
  const tab = active ? 0 : -1;
  if (entry.kind === 'group') {
    const g = entry.group;
    const shown = entry.shownMembers.length;
    return (
      <li className={mergeClasses(styles.item, tone)} data-testid="temuan-grup" data-rule={g.rule}>
        <button
          type="button"
          ref={el => register(index, el)}
          tabIndex={tab}
          className={styles.main}
          aria-expanded={open}
          onFocus={() => onActivate(index)}
          onClick={() => onToggle(entry.key)}
          data-entry={index}
        >
          <span className={styles.head}>
            {open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
            <Badge appearance="filled" color={severity === 'error' ? 'danger' : severity === 'warning' ? 'warning' : 'informative'}>
              {formatCount(g.count)} sel
            </Badge>
            <span className={styles.rule}>{ruleName(g.rule)}</span>
            <span className={styles.sheetName}>
              {g.sheet} · {g.cells[0]}–{g.cells[g.cells.length - 1]}
            </span>
            <span className="hc-visually-hidden"> ({SEVERITY_LABEL[severity]})</span>
          </span>
          <span className={styles.message}>{g.message}</span>
          <span className={styles.todo}>
            Yang perlu dilakukan: {todoOf(g.rule)}. {open ? 'Tutup daftar sel' : `Buka ${formatCount(shown)} sel`} dengan Enter.{' '}
            <span className={styles.ruleId}>{g.rule}</span>
          </span>
        </button>
        <RuleHelp rule={g.rule} />
      </li>
    );
  }
  const f = entry.finding;
  const stated = f.stated?.trim();
  const expected = f.expected?.trim();
  const related = entry.kind === 'finding' ? (f.related ?? []).map(r => ({ ref: r, ...parseCellRef(r, f.sheet) })) : [];
  return (
    <li className={mergeClasses(styles.item, tone, selected && styles.itemSelected, entry.kind === 'member' && styles.member)}>
      <button
        type="button"
        ref={el => register(index, el)}
        tabIndex={tab}
        className={styles.main}
        onFocus={() => onActivate(index)}
        onClick={() => onSelect(f.sheet, f.cell, entry)}
        aria-current={selected ? 'true' : undefined}
        data-testid="temuan"
        data-cell={`${f.sheet}!${f.cell}`}
        data-entry={index}
      >
        <span className={styles.head}>
          <span className={mergeClasses(styles[severity])}>{ICON[severity]}</span>
          <span className={styles.cell}>{f.cell}</span>
          {f.rowLabel && <span className={styles.rowLabel}>{f.rowLabel}</span>}
          <span className="hc-visually-hidden"> ({SEVERITY_LABEL[severity]})</span>
        </span>
        {entry.kind === 'finding' && (
          <span className={styles.rule}>
            {ruleName(f.rule)} <span className={styles.sheetName}>· {f.sheet}</span>
          </span>
        )}
        <span className={styles.message}>{f.message}</span>
        {(stated || expected) && (
          <span className={styles.values}>
            {stated ? `Tertulis: ${formatDecimalText(stated)}` : ''}
            {stated && expected ? ' · ' : ''}
            {expected ? `Seharusnya: ${formatDecimalText(expected)}` : ''}
          </span>
        )}
        {entry.kind === 'finding' && (
          <span className={styles.todo}>
            Yang perlu dilakukan: {todoOf(f.rule)}. <span className={styles.ruleId}>{f.rule}</span>
          </span>
        )}
      </button>
      {related.length > 0 && (
        <div className={styles.related}>
          <span>Sel terkait:</span>
          {related.map(r => (
            <Button
              key={r.ref}
              size="small"
              appearance="transparent"
              tabIndex={-1}
              data-related
              className={styles.relatedButton}
              onClick={() => onSelect(r.sheet, r.cell, entry)}
              aria-label={`Pilih sel terkait ${r.sheet === f.sheet ? r.cell : `${r.cell} di lembar ${r.sheet}`}`}
            >
              {r.ref}
            </Button>
          ))}
        </div>
      )}
      {entry.kind === 'finding' && <RuleHelp rule={f.rule} />}
    </li>
  );
});

/** The toolbar's filters, in order: which field of the filter each sets and where its values come from. */
const FILTERS: { key: 'sheet' | 'severity' | 'rule'; options: 'sheets' | 'severities' | 'rules'; label: string; testId: string; allText: string; nameOf(value: string): string }[] = [
  { key: 'sheet', options: 'sheets', label: 'Saring menurut lembar', testId: 'saring-lembar', allText: 'Semua lembar', nameOf: s => s },
  { key: 'severity', options: 'severities', label: 'Saring menurut tingkat', testId: 'saring-tingkat', allText: 'Semua tingkat', nameOf: s => SEVERITY_LABEL[s as Severity] },
  { key: 'rule', options: 'rules', label: 'Saring menurut aturan', testId: 'saring-aturan', allText: 'Semua aturan', nameOf: ruleName },
];

interface FilterDropdownProps {
  label: string;
  testId: string;
  /** The option that keeps every finding; `allCount` adds the total to it. */
  allText: string;
  allCount?: number;
  value: string;
  /** Values with how many findings each has. */
  options: [string, number][];
  nameOf(value: string): string;
  onSelect(value: string): void;
}

/** One of the toolbar's filters: "all" first, then every value with its count. */
function FilterDropdown({ label, testId, allText, allCount, value, options, nameOf, onSelect }: FilterDropdownProps): React.ReactElement {
  const styles = useStyles();
  return (
    <Dropdown
      className={styles.dropdown}
      size="small"
      inlinePopup
      aria-label={label}
      data-testid={testId}
      value={value ? nameOf(value) : allText}
      selectedOptions={[value]}
      onOptionSelect={(_, d) => onSelect(d.optionValue ?? ALL)}
    >
      <Option value={ALL} text={allText}>
        {allCount === undefined ? allText : `${allText} (${formatCount(allCount)})`}
      </Option>
      {options.map(([v, n]) => (
        <Option key={v} value={v} text={nameOf(v)}>
          {`${nameOf(v)} (${formatCount(n)})`}
        </Option>
      ))}
    </Dropdown>
  );
}

export function FindingsView({ findings, groups = [], hasRun, understanding, onShowTables, onSelect }: FindingsViewProps): React.ReactElement {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  const [open, setOpen] = React.useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = React.useState(0);
  const [limit, setLimit] = React.useState(PAGE);
  const [selected, setSelected] = React.useState<string>();
  const refs = React.useRef(new Map<number, HTMLElement>());
  const pendingFocus = React.useRef<number | undefined>(undefined);

  const options = React.useMemo(() => filterOptions(findings), [findings]);
  const entries = React.useMemo(() => buildEntries(findings, groups, filter, open), [findings, groups, filter, open]);

  React.useEffect(() => {
    setFilter(NO_FILTER);
    setOpen(new Set());
    setSelected(undefined);
    setActive(0);
    setLimit(PAGE);
  }, [findings]);
  React.useEffect(() => {
    setActive(a => Math.min(a, Math.max(0, entries.length - 1)));
  }, [entries.length]);
  React.useEffect(() => {
    if (pendingFocus.current === undefined) return;
    const el = refs.current.get(pendingFocus.current);
    if (el) {
      pendingFocus.current = undefined;
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    }
  });

  const register = React.useCallback((index: number, el: HTMLElement | null) => {
    if (el) refs.current.set(index, el);
    else refs.current.delete(index);
  }, []);
  const select = React.useCallback(
    (sheet: string, cell: string, entry: Entry) => {
      setSelected(entry.key);
      onSelect(sheet, cell);
    },
    [onSelect],
  );
  const toggle = React.useCallback((key: string) => {
    setOpen(prev => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  if (!hasRun) return <p className={styles.empty}>Belum ada hasil. Tekan Hitung Capaian untuk memeriksa buku kerja ini.</p>;
  const partial = understanding && understanding.level !== 'full' && (
    <p className={styles.unread} role="status">
      <WarningRegular aria-hidden /> {understanding.summary}{' '}
      {onShowTables && (
        <Button appearance="transparent" size="small" onClick={onShowTables}>
          Buka tab Tabel
        </Button>
      )}
    </p>
  );
  if (!findings.length) {
    // "All correct" only where everything was read.
    return partial ? (
      <div className={styles.root}>
        {partial}
        <p className={styles.empty}>Tidak ada temuan pada angka yang dapat dibaca.</p>
      </div>
    ) : (
      <p className={styles.empty}>Tidak ada temuan: semua angka yang diperiksa sesuai.</p>
    );
  }

  const visible = entries.slice(0, limit);
  const current = Math.min(active, Math.max(0, visible.length - 1));

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(entries.length - 1, index));
    if (target >= limit - 10) setLimit(l => Math.max(l + PAGE, target + PAGE));
    setActive(target);
    pendingFocus.current = target;
    const el = refs.current.get(target);
    if (el) {
      pendingFocus.current = undefined;
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement;
    if (target.hasAttribute('data-related')) {
      const li = target.closest('li');
      const buttons = li ? [...li.querySelectorAll<HTMLElement>('[data-related]')] : [];
      const at = buttons.indexOf(target);
      if (e.key === 'ArrowRight' && at < buttons.length - 1) buttons[at + 1].focus();
      else if (e.key === 'ArrowLeft') (at > 0 ? buttons[at - 1] : refs.current.get(current))?.focus();
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') moveTo(current + (e.key === 'ArrowDown' ? 1 : -1));
      else return;
      e.preventDefault();
      return;
    }
    const page = 10;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(current + 1);
        break;
      case 'ArrowUp':
        moveTo(current - 1);
        break;
      case 'PageDown':
        moveTo(current + page);
        break;
      case 'PageUp':
        moveTo(current - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(entries.length - 1);
        break;
      case 'ArrowRight': {
        const li = target.closest('li');
        const first = li?.querySelector<HTMLElement>('[data-related]');
        if (!first) return;
        first.focus();
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  const set = (patch: Partial<FindingFilter>) => {
    setFilter(prev => ({ ...prev, ...patch }));
    setActive(0);
    setLimit(PAGE);
  };
  const filtered = filter.sheet || filter.severity || filter.rule || filter.text;
  const shownFindings = entries.reduce((n, e) => n + (e.kind === 'group' ? e.shownMembers.length : e.kind === 'finding' ? 1 : 0), 0);

  return (
    <div className={styles.root}>
      {partial}
      <div className={styles.toolbar} role="search" aria-label="Saring temuan" data-testid="temuan-toolbar">
        <Input
          type="search"
          value={filter.text}
          onChange={(_, d) => set({ text: d.value })}
          contentBefore={<SearchRegular aria-hidden />}
          placeholder="Cari indikator, program, sel…"
          aria-label="Cari temuan menurut indikator, nama program atau kegiatan, sel, atau kata"
          data-testid="temuan-cari"
        />
        <div className={styles.filters}>
          {FILTERS.map(f => (
            <FilterDropdown
              key={f.key}
              label={f.label}
              testId={f.testId}
              allText={f.allText}
              allCount={f.key === 'sheet' ? findings.length : undefined}
              value={filter[f.key]}
              options={options[f.options]}
              nameOf={f.nameOf}
              onSelect={value => set({ [f.key]: value })}
            />
          ))}
        </div>
        <p className={styles.count} role="status" aria-live="polite" data-testid="temuan-jumlah">
          {filtered
            ? `${formatCount(shownFindings)} dari ${formatCount(findings.length)} temuan cocok`
            : `${formatCount(findings.length)} temuan dalam ${formatCount(entries.length)} baris daftar`}
          {filtered && (
            <>
              {' · '}
              <Button size="small" appearance="transparent" onClick={() => set(NO_FILTER)}>
                Hapus saringan
              </Button>
            </>
          )}
        </p>
      </div>
      {entries.length === 0 ? (
        <p className={styles.empty}>Tidak ada temuan yang cocok dengan saringan ini.</p>
      ) : (
        <ul
          className={styles.list}
          aria-label="Daftar temuan; gunakan panah atas dan bawah, Home dan End untuk berpindah"
          data-testid="daftar-temuan"
          onKeyDown={onKeyDown}
        >
          {visible.map((entry, i) => (
            <Card
              key={entry.key}
              entry={entry}
              index={i}
              active={i === current}
              selected={selected === entry.key}
              open={entry.kind === 'group' && open.has(entry.key)}
              onActivate={setActive}
              onSelect={select}
              onToggle={toggle}
              register={register}
            />
          ))}
        </ul>
      )}
      {entries.length > limit && (
        <Button appearance="subtle" onClick={() => setLimit(l => l + PAGE)} data-testid="temuan-lagi">
          Tampilkan {formatCount(Math.min(PAGE, entries.length - limit))} lagi dari {formatCount(entries.length - limit)} yang belum tampil
        </Button>
      )}
    </div>
  );
}
