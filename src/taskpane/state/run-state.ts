/**
 * What the pane is doing: idle, a task under way (with the use case's step and progress), and the last outcome
 * or message. A plain reducer, so the transitions are tested without a browser.
 */
import type { RunOutcome } from '../../usecase/run';

export type RunStep = 'baca' | 'kenali' | 'hitung' | 'periksa' | 'rencana' | 'tulis';
export const RUN_STEPS: RunStep[] = ['baca', 'kenali', 'hitung', 'periksa', 'rencana', 'tulis'];

export type Task = 'hitung' | 'hapus' | 'ekspor';

export interface StatusMessage {
  intent: 'success' | 'error' | 'warning' | 'info';
  title?: string;
  text: string;
}

export interface PaneState {
  /** False until Office is ready and the saved settings are loaded. */
  ready: boolean;
  busy?: { task: Task; step?: RunStep; progress: number };
  outcome?: RunOutcome;
  status?: StatusMessage;
}

export type PaneAction =
  | { type: 'ready' }
  | { type: 'start'; task: Task }
  | { type: 'progress'; step: RunStep; fraction: number }
  | { type: 'finished'; outcome?: RunOutcome; clearOutcome?: boolean; status: StatusMessage }
  | { type: 'failed'; status: StatusMessage }
  | { type: 'dismiss' };

export const INITIAL_STATE: PaneState = { ready: false };

/**
 * Overall progress 0..1. The use case reports the fraction of the whole run (runCheck: baca 0, kenali 0.3,
 * rencana 0.7; runHitung: tulis 0.8, 1); a step's own start (its place among the six) is the floor, so a
 * caller that reports only steps still moves the bar. It never moves backwards.
 */
export function overallProgress(step: RunStep, fraction: number, previous = 0): number {
  const i = RUN_STEPS.indexOf(step);
  if (i < 0) return previous;
  const f = Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
  return Math.max(previous, i / RUN_STEPS.length, f);
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'ready':
      return { ...state, ready: true };
    case 'start':
      if (state.busy) return state;
      return { ...state, busy: { task: action.task, progress: 0 }, status: undefined };
    case 'progress':
      if (!state.busy) return state;
      return {
        ...state,
        busy: { ...state.busy, step: action.step, progress: overallProgress(action.step, action.fraction, state.busy.progress) },
      };
    case 'finished':
      return {
        ...state,
        busy: undefined,
        outcome: action.clearOutcome ? undefined : action.outcome ?? state.outcome,
        status: action.status,
      };
    case 'failed':
      return { ...state, busy: undefined, status: action.status };
    case 'dismiss':
      return { ...state, status: undefined };
    default:
      return state;
  }
}
