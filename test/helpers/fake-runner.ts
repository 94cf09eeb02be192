// A Runner for UI and machine tests: answers from a table, records every call, and can hold a
// run open until the test releases it or the run is cancelled.
import {systemClock} from '../../source/probes/clock.js';
import type {
  Clock,
  HttpRequest,
  HttpResult,
  ProcessRequest,
  ProcessResult,
  Runner,
  TempDir,
} from '../../source/core/runner.js';

export type ProcessReply = Partial<Omit<ProcessResult, 'command' | 'args'>>;

export interface FakeRunner extends Runner {
  processCalls: ProcessRequest[];
  httpCalls: HttpRequest[];
  /** Replies for a command line such as `agent status --format json`; later entries win. */
  onProcess(
    commandLine: string | RegExp,
    reply: ProcessReply | ((request: ProcessRequest) => ProcessReply),
  ): void;
  onHttp(url: string | RegExp, reply: HttpResult | ((request: HttpRequest) => HttpResult)): void;
  /** Makes matching processes wait until `release()` is called or their signal aborts. */
  hold(commandLine: string | RegExp): {release: (reply?: ProcessReply) => void};
  paths: Record<string, string | null>;
}

function matches(pattern: string | RegExp, text: string): boolean {
  return typeof pattern === 'string' ? pattern === text : pattern.test(text);
}

/** The clock is the real one unless a test brings its own. */
export function createFakeRunner({clock = systemClock}: {clock?: Clock} = {}): FakeRunner {
  const processRules: {
    pattern: string | RegExp;
    reply: ProcessReply | ((r: ProcessRequest) => ProcessReply);
  }[] = [];
  const httpRules: {
    pattern: string | RegExp;
    reply: HttpResult | ((r: HttpRequest) => HttpResult);
  }[] = [];
  const holds: {pattern: string | RegExp; gate: Promise<ProcessReply | undefined>}[] = [];

  const finish = (request: ProcessRequest, reply: ProcessReply): ProcessResult => ({
    command: request.command,
    args: request.args,
    exitCode: 0,
    stdout: '',
    stderr: '',
    timedOut: false,
    cancelled: false,
    durationMs: 1,
    ...reply,
  });

  const runner: FakeRunner = {
    clock,
    processCalls: [],
    httpCalls: [],
    paths: {},
    onProcess(pattern, reply) {
      processRules.unshift({pattern, reply});
    },
    onHttp(pattern, reply) {
      httpRules.unshift({pattern, reply});
    },
    hold(pattern) {
      let release!: (reply?: ProcessReply) => void;
      const gate = new Promise<ProcessReply | undefined>((resolve) => {
        release = resolve;
      });
      holds.push({pattern, gate});
      return {release};
    },
    async run(request) {
      runner.processCalls.push(request);
      const line = [request.command, ...request.args].join(' ');
      const held = holds.find((entry) => matches(entry.pattern, line));
      const rule = processRules.find((entry) => matches(entry.pattern, line));
      const planned = rule
        ? typeof rule.reply === 'function'
          ? rule.reply(request)
          : rule.reply
        : {exitCode: 127, stderr: `fake runner: no rule for ${line}`};
      if (held) {
        const aborted = new Promise<'aborted'>((resolve) => {
          if (request.signal?.aborted) resolve('aborted');
          request.signal?.addEventListener('abort', () => resolve('aborted'), {once: true});
        });
        const outcome = await Promise.race([held.gate, aborted]);
        if (outcome === 'aborted') return finish(request, {exitCode: null, cancelled: true});
        return finish(request, outcome ?? planned);
      }
      return finish(request, planned);
    },
    async http(request) {
      runner.httpCalls.push(request);
      const rule = httpRules.find((entry) => matches(entry.pattern, request.url));
      if (!rule) {
        return {
          ok: false,
          failure: {
            kind: 'refused',
            code: 'ECONNREFUSED',
            message: `fake runner: no rule for ${request.url}`,
          },
          durationMs: 1,
        };
      }
      return typeof rule.reply === 'function' ? rule.reply(request) : rule.reply;
    },
    async which(command) {
      return runner.paths[command] ?? null;
    },
    async makeTempDir(prefix): Promise<TempDir> {
      return {path: `/tmp/fake-${prefix}`, dispose: async () => undefined};
    },
  };
  return runner;
}
