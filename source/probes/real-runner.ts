import type {Runner} from '../core/runner.js';
import {httpRequest} from './http-runner.js';
import {runProcess} from './process-runner.js';
import {makeTempDir, which} from './system.js';

/** The runner the shipped tool uses: real processes, real network, real temp dirs. */
export function createRealRunner(): Runner {
  return {
    run: runProcess,
    http: httpRequest,
    which: (command) => which(command),
    makeTempDir,
  };
}
