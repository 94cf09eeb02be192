// Finds the Cursor CLI and proves it is Cursor's: `agent` is a generic name, so a binary counts
// only when `--version` prints a Cursor version (see cli-version.ts for the forms).
import type {Runner} from '../runner.js';
import {scrub} from '../secrets.js';
import type {CheckContext, CheckResult, Facts} from '../step-model.js';
import {parseCliVersion, unrecognisedVersionNote} from './cli-version.js';
import {cliEnv} from './cli-env.js';
import {installFix} from './install.js';
import {excerpt, stripAnsi} from './text.js';

export interface CursorCli {
  path: string;
  name: string;
  version: string;
}

export type CliLookup =
  /** `versionNote` is set when the version has a form this tool has not seen (step 2 warns). */
  | {kind: 'found'; cli: CursorCli; versionNote: string | null; evidence: string[]}
  /** Nothing that is the Cursor CLI is on PATH: the person may simply not use it. */
  | {kind: 'missing'; evidence: string[]}
  /** CURSORKEY_AGENT_BIN, or a Cursor CLI on PATH, that does not run or is not Cursor's. */
  | {kind: 'broken'; reason: string; evidence: string[]}
  | {kind: 'cancelled'; evidence: string[]};

const NAMES = ['agent', 'cursor-agent'] as const;

type Lookup = Pick<CheckContext, 'runner' | 'env' | 'signal' | 'timeoutMs'>;

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

type Probe =
  | {ok: true; version: string; note: string | null}
  | {
      ok: false;
      why: 'cancelled' | 'no-start' | 'timeout' | 'not-cursor' | 'cannot-load';
      detail: string;
    };

// A Cursor CLI whose native module the OS refuses to load (seen with the Homebrew cask and
// Gatekeeper): it is Cursor's CLI, broken, not some other program.
const NATIVE_BINDING = /Failed to load native binding/i;

async function probeVersion(runner: Runner, path: string, context: Lookup): Promise<Probe> {
  const result = await runner.run({
    command: path,
    args: ['--version'],
    env: cliEnv(context),
    timeoutMs: context.timeoutMs,
    signal: context.signal,
  });
  if (result.cancelled) return {ok: false, why: 'cancelled', detail: 'cancelled'};
  if (result.startError) {
    return {ok: false, why: 'no-start', detail: `${result.startError.code}`};
  }
  if (result.timedOut) {
    return {ok: false, why: 'timeout', detail: `no answer within ${context.timeoutMs} ms`};
  }
  const version = parseCliVersion(stripAnsi(result.stdout));
  if (result.exitCode === 0 && version) {
    const note = version.kind === 'known' ? null : unrecognisedVersionNote(version.version);
    return {ok: true, version: version.version, note};
  }
  const said = excerpt(scrub(result.stdout + '\n' + result.stderr), 2) || 'no output';
  const why = NATIVE_BINDING.test(result.stderr + result.stdout) ? 'cannot-load' : 'not-cursor';
  return {ok: false, why, detail: `exit ${result.exitCode ?? '-'}: ${said}`};
}

export async function findCursorCli(context: Lookup): Promise<CliLookup> {
  const {runner} = context;
  const override = context.env.CURSORKEY_AGENT_BIN?.trim();
  if (override) {
    const probe = await probeVersion(runner, override, context);
    if (probe.ok) {
      const cli = {path: override, name: baseName(override), version: probe.version};
      const evidence = [`CURSORKEY_AGENT_BIN=${override}: ${probe.version}`];
      return {kind: 'found', cli, versionNote: probe.note, evidence};
    }
    if (probe.why === 'cancelled') return {kind: 'cancelled', evidence: []};
    const reason =
      probe.why === 'no-start'
        ? `CURSORKEY_AGENT_BIN (${override}) cannot be run (${probe.detail})`
        : probe.why === 'timeout'
          ? `CURSORKEY_AGENT_BIN (${override}) did not answer \`--version\``
          : probe.why === 'cannot-load'
            ? `CURSORKEY_AGENT_BIN (${override}) is the Cursor CLI, but it cannot load its native library`
            : `CURSORKEY_AGENT_BIN (${override}) is not the Cursor CLI: \`--version\` printed no Cursor version`;
    return {kind: 'broken', reason, evidence: [`${override} --version → ${probe.detail}`]};
  }

  const evidence: string[] = [];
  let broken: string | null = null;
  for (const name of NAMES) {
    const path = await runner.which(name);
    if (!path) {
      evidence.push(`${name}: not on PATH`);
      continue;
    }
    const probe = await probeVersion(runner, path, context);
    if (probe.ok) {
      evidence.push(`${name}: ${path}, version ${probe.version}`);
      const cli = {path, name, version: probe.version};
      return {kind: 'found', cli, versionNote: probe.note, evidence};
    }
    if (probe.why === 'cancelled') return {kind: 'cancelled', evidence};
    evidence.push(`${name}: ${path} --version → ${probe.detail}`);
    // An unrelated program called `agent` is not a broken Cursor CLI; one that will not start
    // or hangs, or anything called cursor-agent, is.
    if (probe.why === 'cannot-load') {
      broken ??= `${path} is the Cursor CLI, but it cannot load its native library`;
    } else if (name === 'cursor-agent' || probe.why !== 'not-cursor') {
      broken ??= `${path} is on PATH but did not answer \`--version\` like the Cursor CLI`;
    }
  }
  if (broken) return {kind: 'broken', reason: broken, evidence};
  return {kind: 'missing', evidence};
}

/**
 * The result for "no usable CLI". A CLI missing from PATH carries `facts.cliMissing: true` so
 * doctor can report step 2 as `skip` (the CLI is needed only for CLI and automation use); a
 * broken CURSORKEY_AGENT_BIN or a broken install has no such marker and is a real failure.
 */
export function cliUnavailableResult(
  lookup: Exclude<CliLookup, {kind: 'found'}>,
  platform: string,
): CheckResult {
  if (lookup.kind === 'cancelled') {
    return {
      status: 'unknown',
      summary: 'Cancelled before it finished',
      evidence: lookup.evidence,
      layer: null,
      fix: null,
    };
  }
  const facts: Partial<Facts> = {cli: null, cliMissing: lookup.kind === 'missing'};
  if (lookup.kind === 'missing') {
    return {
      status: 'fail',
      summary: 'The Cursor CLI is not installed (neither `agent` nor `cursor-agent` is on PATH)',
      evidence: [
        ...lookup.evidence,
        'The CLI is needed only for terminal, script and CI use; the editor works without it.',
      ],
      layer: 'cursor-cli',
      fix: installFix(platform),
      facts,
    };
  }
  return {
    status: 'fail',
    summary: lookup.reason,
    evidence: lookup.evidence,
    layer: 'cursor-cli',
    fix: {
      ...installFix(platform),
      summary:
        'Point CURSORKEY_AGENT_BIN at the Cursor CLI (or unset it), or reinstall the CLI, then re-check',
    },
    facts,
  };
}

/** Uses the CLI found by an earlier step when there is one, else looks again. */
export async function cliFromFactsOrLookup(context: Lookup & {facts: Facts}): Promise<CliLookup> {
  const known = context.facts.cli;
  if (known) {
    return {
      kind: 'found',
      cli: known,
      versionNote: null,
      evidence: [`${known.name}: ${known.path}, version ${known.version}`],
    };
  }
  return findCursorCli(context);
}
