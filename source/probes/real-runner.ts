import {gateRunner} from '../core/gate/gated-runner.js';
import type {Runner} from '../core/runner.js';
import {awsProfileCredentials} from './aws-profile.js';
import {createHttpClient} from './http-runner.js';
import {runProcess} from './process-runner.js';
import {makeTempDir, which} from './system.js';

/**
 * The runner the shipped tool uses: real processes, real network (through the proxies the
 * environment names when the runner is made), real temp dirs. Gated here too, so no caller of
 * the real runner ever sees outside text raw.
 */
export function createRealRunner(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Runner {
  return gateRunner({
    run: runProcess,
    http: createHttpClient(env),
    which: (command) => which(command),
    makeTempDir,
    // A dynamic import, so the SQLite reader loads only when the editor is inspected.
    readEditorStore: async (request) =>
      (await import('./editor-store.js')).readEditorStore(request),
    awsProfileCredentials,
  });
}
