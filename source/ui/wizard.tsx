import {Box, Text} from 'ink';
import React, {useEffect, useRef, useState} from 'react';
import {Secret} from '../core/secrets.js';
import type {ExitCode} from '../core/vocabulary.js';
import {billableOffer} from '../core/billable.js';
import {
  canWatch,
  conditionView,
  jumpOffer,
  pastedErrorAt,
  progressOf,
  type SavedProgress,
  routeFor,
  stepApplies,
  wizardVerdict,
  type WizardState,
} from '../core/wizard-machine.js';
import {menuFor, type MenuChoice} from '../core/wizard-menu.js';
import type {PreparedReport} from '../report/write-report.js';
import {Checklist} from './components/checklist.js';
import {ResumePrompt} from './components/resume-prompt.js';
import {CopyPanel, OpenPanel} from './components/pairing-panel.js';
import {copyables, linkOf} from '../core/wizard-share.js';
import {CountdownLine} from './components/countdown-line.js';
import {ErrorIntro, type ClassifyError} from './components/error-intro.js';
import {FinalSummary} from './components/final-summary.js';
import {History} from './components/history.js';
import {Menu} from './components/menu.js';
import {PendingInput} from './components/pending-input.js';
import {ReportExport, type ReportExporter} from './components/report-export.js';
import {SkipReasonPicker} from './components/skip-reason-picker.js';
import {StepList} from './components/step-list.js';
import {StepView} from './components/step-view.js';
import {useKeys} from './keyboard.js';
import {useWizard, type WizardDependencies} from './hooks/use-wizard.js';
import {urlsIn, useScrollback} from './hooks/use-scrollback.js';
import {CHECKLIST_HINT, isCtrlC, isEscape, MENU_HINT, RUNNING_HINT, WALK_HINT} from './keys.js';
import {useRoleColour} from './theme-context.js';

export interface WizardProps extends WizardDependencies {
  /** When given, the menu offers "Export a safe-to-share report". */
  report?: {prepare: (state: WizardState) => PreparedReport; exporter: ReportExporter};
  /** When given, the wizard opens by asking for the error text and classifying it. */
  classifyError?: ClassifyError;
  /** Progress saved before a restart, offered on start. */
  resume?: SavedProgress;
  /** One line about saved progress that could not be used. */
  resumeNotice?: string;
  /** Where progress is kept across a restart of Cursor (and of its terminal). */
  progress?: {save: (progress: SavedProgress) => void; clear: () => void};
  /** Puts text on the clipboard (OSC 52); `c` offers it. */
  clipboard?: (text: string) => void;
  /** Opens a URL with the system opener; `o` offers it after a confirm. */
  openUrl?: (url: string) => Promise<boolean>;
  /** Tick elapsed seconds while a check runs (a login can wait 24 minutes). Off in tests. */
  animate: boolean;
  onComplete: (code: ExitCode) => void;
}

export function Wizard(props: WizardProps) {
  const {steps, animate, onComplete} = props;
  const {state, step, pendingInput, dispatch, cancelRun, watchNextAt} = useWizard(props);
  const [pickingSkipReason, setPickingSkipReason] = useState(false);
  const [introDone, setIntroDone] = useState(!props.classifyError);
  const [resumeAsked, setResumeAsked] = useState(!props.resume);
  const [exporting, setExporting] = useState<PreparedReport | null>(null);
  const [details, setDetails] = useState(false);
  const [panel, setPanel] = useState<'copy' | 'open' | null>(null);
  const [pairingNotice, setPairingNotice] = useState<string | null>(null);
  const ahead = state.mode === 'ahead';
  const onChecklist = ahead && state.view === 'checklist';
  const warning = useRoleColour('warning');
  const muted = useRoleColour('muted');
  const accentColour = useRoleColour('accent');
  const record = step ? state.records[step.id] : undefined;
  const running = !onChecklist && record?.phase === 'running';
  /** Single-letter keys are shortcuts only while a menu, not a text field, has the keyboard. */
  const menuOnScreen = useRef(false);

  useKeys(
    (input, key) => {
      if (isCtrlC(input, key)) {
        cancelRun();
        dispatch({type: 'cancel'});
      } else if (isEscape(input, key) && (running || onChecklist)) {
        // Esc ends a watch too: a cancelled re-check is not a reason to look again.
        dispatch({type: 'stop-watch'});
        cancelRun();
      } else if (input === 's' && state.watch && menuOnScreen.current) {
        dispatch({type: 'stop-watch'});
      } else if (input === 'd' && menuOnScreen.current) {
        setDetails((shown) => !shown);
      } else if (input === 'c' && menuOnScreen.current && props.clipboard) {
        setPanel('copy');
      } else if (input === 'o' && menuOnScreen.current && props.openUrl && record) {
        if (linkOf(record)) setPanel('open');
        else setPairingNotice('This step has no link to open.');
      }
    },
    {global: true},
  );
  // Evidence folds again on every new step, so its header and menu stay on screen.
  useEffect(() => {
    setDetails(false);
    setPanel(null);
    setPairingNotice(null);
  }, [state.index, state.view]);

  // Once the walk reaches the restart, its progress is saved: the restart may end this process.
  const atRestart = state.view === 'step' && step?.id === 'restart' && state.phase === 'active';
  const statusSignature = steps.map((each) => state.records[each.id].result?.status).join(',');
  useEffect(() => {
    if (atRestart && ahead) props.progress?.save(progressOf(steps, state, new Date()));
    if (state.phase === 'finished') props.progress?.clear();
  }, [atRestart, statusSignature, state.phase]); // eslint-disable-line react-hooks/exhaustive-deps

  // Completion is reported after the final frame has rendered, so it is what stays on screen.
  useEffect(() => {
    if (state.phase !== 'active') onComplete(wizardVerdict(steps, state).code);
  }, [state.phase]); // eslint-disable-line react-hooks/exhaustive-deps

  const choose = (choice: MenuChoice) => {
    switch (choice.type) {
      case 'next':
      case 'continue-unverified':
      case 'finish':
        return dispatch({type: 'next'});
      case 'confirm':
        return dispatch({type: 'confirm'});
      case 'recheck':
      case 'run-anyway':
        return dispatch({type: 'recheck'});
      case 'action':
        return dispatch({type: 'run-action', actionId: choice.actionId});
      case 'jump':
        return dispatch({type: 'jump', id: choice.id});
      case 'route':
        return dispatch({type: 'route'});
      case 'watch':
        return dispatch({type: 'watch'});
      case 'stop-watch':
        return dispatch({type: 'stop-watch'});
      case 'checklist':
        return dispatch({type: 'checklist'});
      case 'replace-key':
        return dispatch({type: 'replace-key'});
      case 'export':
        return setExporting(props.report?.prepare(state) ?? null);
      case 'opt-in':
        return dispatch({type: 'opt-in', answer: choice.answer});
      case 'skip':
        return setPickingSkipReason(true);
      case 'not-used':
        return dispatch({type: 'not-used'});
      case 'cancel-run':
        dispatch({type: 'stop-watch'});
        return cancelRun();
      case 'back':
        return dispatch({type: 'back'});
      case 'quit':
        cancelRun();
        return dispatch({type: 'quit'});
    }
  };

  const shownUrls = record
    ? urlsIn([
        ...record.progress,
        ...(record.result?.evidence ?? []),
        ...(record.result?.fix?.url ? [record.result.fix.url] : []),
      ])
    : [];
  const scrollback = useScrollback(state.history, shownUrls);
  const history = <History items={scrollback} />;

  if (state.phase !== 'active' || !step || !record) {
    return (
      <Box flexDirection="column">
        {history}
        <StepList steps={steps} state={state} />
        <FinalSummary verdict={wizardVerdict(steps, state)} />
      </Box>
    );
  }

  if (!resumeAsked && props.resume) {
    menuOnScreen.current = false;
    return (
      <ResumePrompt
        steps={steps}
        progress={props.resume}
        now={new Date()}
        onResume={() => {
          dispatch({type: 'resume', progress: props.resume!});
          setResumeAsked(true);
          setIntroDone(true);
        }}
        onStartOver={() => {
          props.progress?.clear();
          setResumeAsked(true);
        }}
      />
    );
  }

  if (!introDone && props.classifyError) {
    menuOnScreen.current = false;
    return (
      <Box flexDirection="column">
        {props.resumeNotice ? <Text color={warning}>{props.resumeNotice}</Text> : null}
        <ErrorIntro
          steps={steps}
          runsAhead={ahead}
          classify={props.classifyError}
          onHint={(hint) => dispatch({type: 'error-hint', hint})}
          onDone={() => setIntroDone(true)}
        />
      </Box>
    );
  }

  if (exporting && props.report) {
    menuOnScreen.current = false;
    return (
      <Box flexDirection="column">
        {history}
        <ReportExport
          report={exporting}
          exporter={props.report.exporter}
          onDone={() => setExporting(null)}
          onWritten={(path) => dispatch({type: 'changed', what: `wrote the report to ${path}`})}
        />
      </Box>
    );
  }

  if (onChecklist) {
    menuOnScreen.current = false;
    return (
      <Box flexDirection="column">
        {history}
        <Checklist
          steps={steps}
          state={state}
          canExport={Boolean(props.report)}
          onChoose={(choice) => {
            if (choice.type === 'walk') return dispatch({type: 'walk'});
            if (choice.type === 'open') return dispatch({type: 'open', id: choice.step.id});
            return choose(choice);
          }}
        />
        {state.notice ? <Text color={warning}>{`! ${state.notice}`}</Text> : null}
        <Text color={muted}>{`${CHECKLIST_HINT} · Esc stops checks`}</Text>
      </Box>
    );
  }

  const isFirst = state.index === 0;
  const isLast = state.index === steps.length - 1;
  const applies = stepApplies(step, state);
  const items = menuFor(step, record, {
    applies,
    isFirst,
    isLast,
    jumpTo: ahead ? null : jumpOffer(steps, state),
    fixStep: routeFor(steps, state),
    checklist: ahead,
    canWatch: ahead && canWatch(step, record),
    watching: state.watch?.id === step.id,
    billableOffer: props.options.noCompletion ? null : billableOffer(conditionView(state)),
    canExport: Boolean(props.report),
    keyWasTyped: step.replaceableKey
      ? state.answers[step.replaceableKey.key] instanceof Secret
      : false,
  }).map((item) => ({
    key: item.key,
    label: item.label,
    value: item,
  }));

  let controls: React.ReactNode;
  menuOnScreen.current = false;
  if (pendingInput) {
    controls = (
      <PendingInput
        input={pendingInput}
        view={conditionView(state)}
        onAnswer={(answer) => dispatch({type: 'answer', ...answer})}
        onCancel={() =>
          dispatch(isFirst || ahead ? {type: ahead ? 'checklist' : 'quit'} : {type: 'back'})
        }
      />
    );
  } else if (panel === 'copy') {
    const prepared = props.report?.prepare(state);
    controls = (
      <CopyPanel
        items={copyables(record, prepared?.safe ? prepared.text : null)}
        onBack={() => setPanel(null)}
        onCopy={(item) => {
          props.clipboard?.(item.text);
          setPanel(null);
          setPairingNotice(
            `Copied ${item.label} (OSC 52). If nothing arrived, this terminal does not allow it: select the text on screen instead.`,
          );
        }}
      />
    );
  } else if (panel === 'open' && linkOf(record)) {
    const url = linkOf(record)!;
    controls = (
      <OpenPanel
        url={url}
        onBack={() => setPanel(null)}
        onOpen={() => {
          setPanel(null);
          setPairingNotice('Opening the link…');
          void props
            .openUrl?.(url)
            .then((opened) =>
              setPairingNotice(
                opened
                  ? 'Opened in the browser.'
                  : 'No browser could be opened here: copy the link with c instead.',
              ),
            );
        }}
      />
    );
  } else if (pickingSkipReason && step.conditional) {
    controls = (
      <SkipReasonPicker
        reasons={step.conditional.skipReasons}
        onPick={(reason) => {
          setPickingSkipReason(false);
          if (reason) dispatch({type: 'skip', reason});
        }}
      />
    );
  } else {
    menuOnScreen.current = true;
    // The action menu changes under the person's fingers when a check finishes; Menu keeps
    // its keyboard subscription across those changes so no key is lost (ink-select-input
    // re-subscribes after each render on Ink 6).
    controls = <Menu items={items} onSelect={(item) => choose(item.value.choice)} />;
  }

  const total = Math.max(...steps.map((candidate) => candidate.n));
  // --share: the timer moves every 5 s at most.
  const tickSeconds = animate ? (props.options.share ? 5 : 1) : 0;
  return (
    <Box flexDirection="column">
      {history}
      {ahead ? (
        <Text bold color={accentColour}>{`Step ${step.n}/${total} · ${step.title}`}</Text>
      ) : (
        <StepList steps={steps} state={state} />
      )}
      <StepView
        step={step}
        record={record}
        applies={applies}
        compact={ahead && !details}
        tickSeconds={tickSeconds}
        pastedError={pastedErrorAt(step, state)}
      />
      {watchNextAt !== null && state.watch?.id === step.id ? (
        <CountdownLine
          label="Watching for the fix: re-checking by itself in"
          endsAt={watchNextAt}
          tickSeconds={tickSeconds}
          stopHint="s stops"
        />
      ) : null}
      {state.notice ? <Text color={warning}>{`! ${state.notice}`}</Text> : null}
      {pairingNotice ? <Text>{pairingNotice}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        {controls}
      </Box>
      <Text color={muted}>
        {running ? RUNNING_HINT : ahead && menuOnScreen.current ? WALK_HINT : MENU_HINT}
      </Text>
    </Box>
  );
}
