import {gateRunner} from '../core/gate/gated-runner.js';
import type {Clock, Runner} from '../core/runner.js';
import {awsProfileCredentials} from './aws-profile.js';
import {createChildTrees} from './children.js';
import {systemClock} from './clock.js';
import {createHttpClient} from './http-runner.js';
import {createProcessRunner} from './process-runner.js';
import {createRunFolder, which} from './system.js';
import {openWithSystem} from './system-opener.js';

export interface RealRunOptions {
  clock?: Clock;
  /** After SIGTERM (a timeout or a cancel), a child gets this long to exit before SIGKILL. */
  killGraceMs?: number;
  /** On the way out of a run, its remaining child trees get this long to end before SIGKILL. */
  endGraceMs?: number;
}

/** A run of the shipped tool: the runner its checks use, and how to end what it started. */
export interface RealRun {
  runner: Runner;
  /**
   * Ends every child tree the run started that is still running, and removes the run's
   * temporary folder.
   */
  finish(): Promise<void>;
  /**
   * Ends every child tree still running at once, synchronously: for a process already exiting
   * by a way that never reaches `finish`, which cannot wait out a grace period.
   */
  endChildrenNow(): void;
}

/**
 * Real processes, real network (through the proxies the environment names when the run is
 * opened), real temp dirs, all owned by this run. Gated here too, so no caller of the real
 * runner ever sees outside text raw.
 */
export function openRealRun(
  env: Readonly<Record<string, string | undefined>> = process.env,
  {clock = systemClock, killGraceMs = 2000, endGraceMs = 500}: RealRunOptions = {},
): RealRun {
  const children = createChildTrees(clock);
  const folder = createRunFolder();
  const runner = gateRunner({
    clock,
    run: createProcessRunner({clock, children, killGraceMs}),
    http: createHttpClient(env, clock),
    which: (command) => which(command),
    makeTempDir: (prefix) => folder.makeTempDir(prefix),
    // A dynamic import, so the SQLite reader loads only when the editor is inspected.
    readEditorStore: async (request) =>
      (await import('./editor-store.js')).readEditorStore(request, clock),
    editorStoreStamp: async (files) => (await import('./editor-store.js')).editorStoreStamp(files),
    awsProfileCredentials,
    openWithSystem: (url) => openWithSystem(url),
  });
  return {
    runner,
    async finish() {
      await children.endAll(endGraceMs);
      await folder.remove();
    },
    endChildrenNow: () => children.endNow(),
  };
}
