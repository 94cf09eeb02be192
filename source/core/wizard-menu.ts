// Which choices the current step offers, as plain data, so the rules are testable without Ink.
// The machine still has the last word: a choice offered here can be refused there.
import type {Answer, StepDefinition} from './step-model.js';
import type {StepId} from './vocabulary.js';
import type {StepRecord} from './wizard-machine.js';
import {needsConfirmation, notUsedChoice} from './wizard-queries.js';

export type MenuChoice =
  | {type: 'next'}
  | {type: 'continue-unverified'}
  | {type: 'finish'}
  | {type: 'confirm'}
  | {type: 'recheck'}
  | {type: 'run-anyway'}
  | {type: 'action'; actionId: string}
  | {type: 'jump'; id: StepId}
  | {type: 'route'}
  | {type: 'checklist'}
  | {type: 'watch'}
  | {type: 'stop-watch'}
  | {type: 'opt-in'; answer: Answer}
  | {type: 'export'}
  | {type: 'replace-key'}
  | {type: 'skip'}
  | {type: 'not-used'}
  | {type: 'cancel-run'}
  | {type: 'back'}
  | {type: 'quit'};

export interface MenuItem {
  key: string;
  label: string;
  choice: MenuChoice;
}

export function menuFor(
  step: StepDefinition,
  record: StepRecord,
  options: {
    applies: boolean;
    isFirst: boolean;
    isLast: boolean;
    jumpTo?: StepDefinition | null;
    /** The later step this failure leads to: its fix step, or the step owning its layer. */
    fixStep?: StepDefinition | null;
    /** Running ahead: "Back" returns to the checklist, and a re-check is offered as such. */
    checklist?: boolean;
    /** Offer to watch: re-check until it passes while the person fixes it elsewhere. */
    canWatch?: boolean;
    /** This step is being watched now. */
    watching?: boolean;
    /** A check that needs a billable request the person has not allowed yet. */
    billableOffer?: {label: string; answer: Answer} | null;
    /** Offer the safe-to-share report. */
    canExport?: boolean;
    /** The person typed the key this step tests, so they may replace it. */
    keyWasTyped?: boolean;
  },
): MenuItem[] {
  const items: MenuItem[] = [];
  const add = (key: string, label: string, choice: MenuChoice) => items.push({key, label, choice});
  const forward = options.isLast ? 'Finish' : 'Next step';

  if (record.phase === 'running' || record.phase === 'queued') {
    add('cancel-run', 'Cancel this check', {type: 'cancel-run'});
    add('quit', 'Quit', {type: 'quit'});
    return items;
  }

  const notUsed = notUsedChoice(step, record);
  if (notUsed) {
    // Found absent: the person's word decides, between the two ways on and nothing else.
    add('not-used', notUsed.label, {type: 'not-used'});
    const command = record.result?.fix?.command;
    add('recheck', command ? `Install it, then re-check: ${command}` : 'Re-check', {
      type: 'recheck',
    });
  } else if (record.skipReason !== null && record.phase === 'done') {
    add('next', forward, options.isLast ? {type: 'finish'} : {type: 'next'});
    add('recheck', 'Re-check', {type: 'recheck'});
  } else if (record.phase === 'idle' && !options.applies) {
    if (step.conditional)
      add('skip', `Skip: not needed (${step.conditional.description})`, {type: 'skip'});
    const optIn = step.conditional?.optIn;
    if (optIn) add('opt-in', optIn.label, {type: 'opt-in', answer: optIn.answer});
    add('run-anyway', 'Run this step anyway', {type: 'run-anyway'});
  } else {
    const status = record.result?.status;
    if (options.billableOffer && step.billing === 'billable' && status === 'unknown') {
      add('billable', options.billableOffer.label, {
        type: 'opt-in',
        answer: options.billableOffer.answer,
      });
    }
    if (needsConfirmation(step, record)) {
      add('confirm', step.confirmLabel ?? 'I did it: the step is done', {type: 'confirm'});
    } else if (status === 'pass' || status === 'warn') {
      add('next', forward, options.isLast ? {type: 'finish'} : {type: 'next'});
    } else if (status === 'fail' && options.fixStep) {
      add('fix-step', `Go to step ${options.fixStep.n}: ${options.fixStep.title}`, {type: 'route'});
    } else if (status === 'unknown') {
      add('continue', `${forward} without a verdict`, {type: 'continue-unverified'});
    }
    if (options.watching) add('stop-watch', 'Stop watching (s)', {type: 'stop-watch'});
    for (const action of step.actions ?? []) {
      add(`action:${action.id}`, action.label, {type: 'action', actionId: action.id});
    }
    if (options.canWatch && !options.watching) {
      add('watch', 'Watch: re-check until it passes while I fix it', {type: 'watch'});
    }
    add('recheck', 'Re-check', {type: 'recheck'});
    if (step.replaceableKey && options.keyWasTyped && status !== 'pass') {
      add('replace-key', step.replaceableKey.label, {type: 'replace-key'});
    }
    if (
      options.jumpTo &&
      (record.result?.status === 'pass' || record.result?.status === 'warn' || record.confirmed)
    ) {
      add('jump', `Jump to step ${options.jumpTo.n}, where your error belongs`, {
        type: 'jump',
        id: options.jumpTo.id,
      });
    }
    // A step that passed is done; offering to skip it would read as doubt about the pass.
    if (step.conditional && !options.applies && status !== 'pass' && status !== 'warn') {
      add('skip', 'Skip this step (give a reason)', {type: 'skip'});
    }
  }
  if (options.checklist) add('checklist', 'Back to the checklist', {type: 'checklist'});
  else if (!options.isFirst) add('back', 'Back', {type: 'back'});
  if (options.canExport) add('export', 'Export a safe-to-share report', {type: 'export'});
  add('quit', 'Quit', {type: 'quit'});
  return items;
}
