import * as fs from 'fs';
import * as path from 'path';

/**
 * The corpus scorer's own `score()` (test/corpus/score.js, vendored unchanged from shared/corpus), for suites that
 * judge a report in-process: one encoding of how answers are matched, not a second copy of it. The file is a
 * command-line script that exports nothing, so its source runs here as a function body with an empty argv (its
 * main() then only prints usage, to a silent console) and hands back its `score`.
 */

/** Answers in the corpus format (test/corpus/*.expected.json). */
export interface Expected {
  tables: { sheet: string; kind: string; altKinds?: string[]; headerRow: number; columns: Record<string, string> }[];
  values: { sheet: string; cell: string; metric: string; value: string; polarity?: string }[];
  findings: { sheet: string; cell: string; rule: string; alt?: { sheet: string; cell: string }[]; alt_rules?: string[]; note?: string }[];
  clean: { sheet: string; cell: string; allow?: string[] }[];
  expectEmpty?: boolean;
}

/** What the scorer reports for one workbook: hits and totals, and what it missed by kind. */
export interface Score {
  tables: number; tablesTotal: number;
  values: number; valuesTotal: number;
  recall: number; recallTotal: number;
  fp: number; fpTotal: number;
  extraTables: number;
  misses: { tables: string[]; values: string[]; findings: string[]; fp: string[] };
}

/** The part of a check report the scorer reads. */
export interface ScoredReport {
  tables: unknown[];
  results: unknown[];
  findings: { sheet: string; cell: string; rule: string }[];
}

export const SCORER = path.join(__dirname, '..', 'corpus', 'score.js');

type ScoreFn = (expected: Expected, report: ScoredReport) => Score;

function loadScore(): ScoreFn {
  const source = fs.readFileSync(SCORER, 'utf8').replace(/^#!.*\n/, '');
  const silent = { log: () => undefined, error: () => undefined };
  const argvOnly = { argv: ['node', SCORER], exitCode: 0 };
  const body = new Function('require', 'module', '__dirname', 'process', 'console', `${source}\nreturn score;`);
  return body(require, { exports: {} }, path.dirname(SCORER), argvOnly, silent) as ScoreFn;
}

export const score: ScoreFn = loadScore();

/** Scores one report and keeps only what a test asserts on: the misses (all empty for full marks). */
export const missesOf = (expected: Expected, report: ScoredReport) => score(expected, report).misses;
