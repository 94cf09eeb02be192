// Step 2: what the CLI's stored login says. `status` reads stored credentials only and ignores
// CURSOR_API_KEY, so a key-only setup legitimately says "Not logged in" here.
import type {ProcessResult} from '../runner.js';
import {scrub} from '../secrets.js';
import type {CheckContext, CheckResult, Fix} from '../step-model.js';
import {cliEnv, cursorEndpoint} from './cli-env.js';
import {diagnoseCursorOutput} from './cursor-errors.js';
import {describeNetworkFailure} from './key-info.js';
import {credentialStoreCaHint} from './ca-hint.js';
import {probeCursorEndpoint} from './endpoint-probe.js';
import {cliUnavailableResult, findCursorCli, type CursorCli} from './find-cli.js';
import {parseStatusOutput, rejectsFormatOption, type CliAuthState} from './parse-status.js';
import {excerpt, maskEmail} from './text.js';
import {stepRef} from '../step-order.js';

export interface StatusReading {
  cli: CursorCli;
  /** Set when `--version` had a form this tool has not seen: the verdict is at best a warning. */
  versionNote: string | null;
  auth: CliAuthState;
  run: ProcessResult;
  evidence: string[];
}

export type StatusOutcome =
  {kind: 'read'; reading: StatusReading} | {kind: 'no-cli'; result: CheckResult};

async function runStatus(cli: CursorCli, args: string[], context: CheckContext) {
  return context.runner.run({
    command: cli.path,
    args,
    env: cliEnv(context),
    timeoutMs: context.timeoutMs,
    signal: context.signal,
  });
}

/** Finds the CLI, runs `status --format json` (text on old builds) and parses what it said. */
export async function readCliStatus(context: CheckContext): Promise<StatusOutcome> {
  const lookup = await findCursorCli(context);
  if (lookup.kind !== 'found') {
    return {kind: 'no-cli', result: cliUnavailableResult(lookup, context.platform)};
  }
  const {cli} = lookup;
  const evidence = [...lookup.evidence];
  let run = await runStatus(cli, ['status', '--format', 'json'], context);
  let command = `${cli.name} status --format json`;
  if (!run.cancelled && rejectsFormatOption(run.stdout + run.stderr)) {
    evidence.push(`${command}: this build does not know --format; reading the text output`);
    run = await runStatus(cli, ['status'], context);
    command = `${cli.name} status`;
  }
  const parsed = parseStatusOutput(run.stdout + '\n' + run.stderr);
  evidence.push(
    `${command} → exit ${run.exitCode ?? '-'}${run.timedOut ? ' (timed out)' : ''}: ${excerpt(scrub(run.stdout + '\n' + run.stderr)) || 'no output'}`,
  );
  const versionNote = lookup.versionNote;
  return {kind: 'read', reading: {cli, versionNote, auth: parsed.auth, run, evidence}};
}

function keyNote(context: CheckContext): string[] {
  return context.env.CURSOR_API_KEY
    ? [
        `\`status\` ignores CURSOR_API_KEY: it reads only the stored browser login; ${stepRef('user-api-key')} checks the key.`,
      ]
    : [];
}

/** Turns a status reading into step 2's verdict. */
export async function statusResult(
  context: CheckContext,
  reading: StatusReading,
): Promise<CheckResult> {
  const result = await loginVerdict(context, reading);
  const note = reading.versionNote;
  if (!note) return result;
  const evidence = [...result.evidence, note];
  if (result.status !== 'pass') return {...result, evidence};
  return {
    ...result,
    status: 'warn',
    summary: `${result.summary}; the CLI's version has an unfamiliar form`,
    evidence,
    layer: 'cursor-cli',
    fix: {
      summary:
        'Nothing to do if the CLI works; if a later step fails, update this tool, which may not know this CLI build yet',
    },
  };
}

async function loginVerdict(context: CheckContext, reading: StatusReading): Promise<CheckResult> {
  const {cli, auth, run} = reading;
  const endpoint = cursorEndpoint(context.env);
  const evidence = [...reading.evidence, `Endpoint: ${endpoint}`];
  const facts = {cli, cliMissing: false};
  const login = {
    summary: `Run \`${cli.name} login\` (${stepRef('cli-login')})`,
    command: `${cli.name} login`,
  };

  // The CLI holds no usable account: step 4 must not compare the key's owner with a stale one.
  const noAccount = (status: 'warn' | 'fail', summary: string, fix: Fix): CheckResult => ({
    status,
    summary,
    evidence: [...evidence, ...keyNote(context)],
    layer: 'cursor-account',
    fix,
    facts: {...facts, cliAccountEmail: null},
  });

  if (run.startError) {
    return {
      status: 'fail',
      summary: `The Cursor CLI at ${cli.path} could not be started (${run.startError.code})`,
      evidence,
      layer: 'cursor-cli',
      fix: {summary: 'Reinstall the Cursor CLI, then re-check'},
      facts: {cli: null, cliMissing: false},
    };
  }
  if (run.timedOut) {
    return {
      status: 'unknown',
      summary: `\`${cli.name} status\` did not finish within ${context.timeoutMs} ms`,
      evidence,
      layer: null,
      fix: {
        summary: 'Re-check; if it hangs again, run it by hand and look for a prompt or an update',
      },
      facts,
    };
  }

  switch (auth.state) {
    case 'logged-in': {
      const who = auth.email ? maskEmail(auth.email) : `user id ${auth.userId}`;
      return {
        status: 'pass',
        summary: `Logged in as ${who} (endpoint ${endpoint})`,
        evidence,
        layer: null,
        fix: null,
        facts: {...facts, cliAccountEmail: auth.email},
      };
    }
    case 'logged-out':
      if (context.env.CURSOR_API_KEY) {
        return noAccount(
          'warn',
          'The CLI has no browser login; expected when it runs on CURSOR_API_KEY',
          {
            summary: `The key is checked at ${stepRef('user-api-key')}. For interactive use, ${login.summary.toLowerCase()}`,
          },
        );
      }
      return noAccount('fail', 'The Cursor CLI is not logged in', login);
    case 'partial':
      return noAccount('fail', 'The CLI login is incomplete (access token without refresh token)', {
        summary: `Log out, then log in again (${stepRef('cli-login')})`,
        command: `${cli.name} logout && ${cli.name} login`,
      });
    case 'unverified': {
      if (auth.reason === 'no-details') {
        return {
          status: 'warn',
          summary: 'The CLI is logged in, but did not say which account',
          evidence: [...evidence, 'The account cannot be compared with the editor login.'],
          layer: 'cursor-account',
          fix: {
            summary: `If the editor account matters here, log out and in again (${stepRef('cli-login')})`,
          },
          facts,
        };
      }
      return unableToFetch(context, cli.name, evidence, facts);
    }
    case 'error': {
      const known = diagnoseCursorOutput(auth.message);
      return {
        status: 'unknown',
        summary: `\`${cli.name} status\` failed: ${scrub(auth.message).slice(0, 120) || 'internal error'}`,
        evidence,
        layer: known?.layer ?? null,
        fix: {
          summary:
            known?.action ??
            'Run `agent status` by hand; if it persists, reinstall or update the CLI',
        },
        facts,
      };
    }
    case 'unrecognised': {
      const known = diagnoseCursorOutput(run.stdout + '\n' + run.stderr);
      return {
        status: 'unknown',
        summary: `\`${cli.name} status\` printed nothing this tool recognises`,
        evidence,
        layer: known?.layer ?? null,
        fix: {summary: known?.action ?? `Run \`${cli.name} status\` by hand and read what it says`},
        facts,
      };
    }
  }
}

async function unableToFetch(
  context: CheckContext,
  name: string,
  evidence: string[],
  facts: CheckResult['facts'],
): Promise<CheckResult> {
  const probe = await probeCursorEndpoint(context);
  if (!probe.reachable) {
    return {
      status: 'unknown',
      summary: `Logged in, but the account could not be read: ${probe.url} is unreachable from here`,
      evidence: [...evidence, `GET ${probe.url}/ → ${describeNetworkFailure(probe.failure)}`],
      layer: 'network',
      fix: {
        summary:
          credentialStoreCaHint(context.env, probe.failure) ??
          'Allow this machine (proxy, firewall, sandbox) to reach api2.cursor.sh, or fix CURSOR_API_ENDPOINT; then re-check',
      },
      facts,
    };
  }
  return {
    status: 'unknown',
    summary: 'Logged in, but the account could not be read: the stored login has probably expired',
    evidence: [
      ...evidence,
      `GET ${probe.url}/ → HTTP ${probe.httpStatus} (the backend is reachable)`,
      'A stored login that the server no longer accepts (expired or revoked) looks like this.',
    ],
    layer: 'cursor-account',
    fix: {
      summary: `Log out, then log in again (${stepRef('cli-login')})`,
      command: `${name} logout && ${name} login`,
    },
    facts,
  };
}

export async function cliStatusCheck(context: CheckContext): Promise<CheckResult> {
  const outcome = await readCliStatus(context);
  if (outcome.kind === 'no-cli') return outcome.result;
  return statusResult(context, outcome.reading);
}
