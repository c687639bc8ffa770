/**
 * A finding's "Apa artinya?": opens what the rule means and what to do, from docs/aturan.md. The meanings are
 * their own chunk, fetched on the first opening, so the pane's first paint does not carry them.
 */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { explainRule, loadRuleMeanings, type RuleExplanation } from '../state/rule-help';

export interface RuleHelpProps {
  rule: string;
}

const useStyles = makeStyles({
  root: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase200 },
  toggle: { minWidth: 0, paddingLeft: 0 },
  body: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  text: { margin: 0 },
});

export function RuleHelp({ rule }: RuleHelpProps): React.ReactElement | null {
  const styles = useStyles();
  const id = React.useId();
  const [open, setOpen] = React.useState(false);
  const [explanation, setExplanation] = React.useState<RuleExplanation | null>();
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    if (!open || explanation !== undefined) return;
    let live = true;
    loadRuleMeanings().then(
      m => live && setExplanation(explainRule(rule, m) ?? null),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, explanation, rule]);

  // Opening again after a failed load tries the load again.
  const toggle = () => {
    setOpen(o => !o);
    setFailed(false);
  };
  const chevron = open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />;

  return (
    <div className={styles.root}>
      <Button onClick={toggle} icon={chevron} aria-expanded={open} aria-controls={id} size="small" appearance="transparent" className={styles.toggle} tabIndex={-1} data-related data-testid="apa-artinya">
        Apa artinya?
      </Button>
      <div id={id} hidden={!open} data-testid="arti-aturan">
        {open &&
          (explanation ? (
            <dl className={styles.body}>
              <dt className={styles.term}>Apa artinya</dt>
              <dd className={styles.text}>{explanation.meaning}</dd>
              <dt className={styles.term}>Apa yang harus dilakukan</dt>
              <dd className={styles.text}>{explanation.todo}</dd>
            </dl>
          ) : (
            <p className={styles.body}>
              {explanation === null
                ? 'Penjelasan aturan ini belum tersedia. Lihat halaman Bantuan.'
                : failed
                  ? 'Penjelasan tidak dapat dimuat. Tutup lalu buka lagi.'
                  : 'Memuat penjelasan…'}
            </p>
          ))}
      </div>
    </div>
  );
}
