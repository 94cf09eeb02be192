// SIGINT, SIGTERM and SIGHUP end a run the same way in the wizard and in doctor: the running
// checks are cancelled, and the exit code says which signal it was (130, 143, 129). The run then
// ends every child tree it started and removes its temporary folder (probes/real-runner.ts).
import {EXIT, type ExitCode} from '../core/vocabulary.js';

const EXIT_OF_SIGNAL = {
  SIGINT: EXIT.cancelled,
  SIGTERM: EXIT.terminated,
  SIGHUP: EXIT.hangup,
} as const satisfies Record<string, ExitCode>;

type EndSignal = keyof typeof EXIT_OF_SIGNAL;
const END_SIGNALS = Object.keys(EXIT_OF_SIGNAL) as EndSignal[];

/** Calls `end` with the exit code of each ending signal that arrives; returns the unsubscribe. */
export function onEndSignal(end: (code: ExitCode) => void): () => void {
  const listeners = END_SIGNALS.map((signal) => {
    const listener = () => end(EXIT_OF_SIGNAL[signal]);
    process.on(signal, listener);
    return [signal, listener] as const;
  });
  return () => {
    for (const [signal, listener] of listeners) process.removeListener(signal, listener);
  };
}

/** Whether an exit code means the run was ended by a person or a signal. */
export function endedBySignal(code: ExitCode): boolean {
  return code === EXIT.cancelled || code === EXIT.terminated || code === EXIT.hangup;
}
