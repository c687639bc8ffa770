/**
 * "Apa artinya / apa yang harus dilakukan" of a finding, in sentences: what the rule means (docs/aturan.md's
 * "muncul bila", loaded on demand) and what to do (RULE_INFO's todo, already in the pane).
 */
import { ruleTodo } from '../../engine/checks/rules';

export interface RuleExplanation {
  meaning: string;
  todo: string;
}

function sentence(text: string): string {
  const t = text.replace(/`([^`]*)`/g, '$1').trim();
  if (!t) return '';
  return t[0].toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

/** The explanation of `rule` from the loaded meanings; undefined for a rule the documentation does not know. */
export function explainRule(rule: string, meanings: Readonly<Record<string, string>>): RuleExplanation | undefined {
  const meaning = meanings[rule];
  if (!meaning) return undefined;
  return { meaning: `Temuan ini muncul bila ${meaning.replace(/`([^`]*)`/g, '$1').trim()}.`, todo: sentence(ruleTodo(rule)) };
}

let loading: Promise<Readonly<Record<string, string>>> | undefined;

/** The meanings module, fetched once (its own chunk) on the first "Apa artinya?". */
export function loadRuleMeanings(): Promise<Readonly<Record<string, string>>> {
  loading ??= import(/* webpackChunkName: "bantuan-aturan" */ '../help/rule-meaning.js').then(m => m.RULE_MEANING).catch((e: unknown) => {
    loading = undefined; // a later click tries again
    throw e;
  });
  return loading;
}
