// Turns argv into one command, or a one-line usage error. No side effects here.
import {parseArgs} from 'node:util';
import {findKeyShapes} from '../core/secrets.js';
import {PROVIDER_SPECS} from '../core/providers/registry/index.js';
import {isProvider, type Provider, PROVIDERS} from '../core/vocabulary.js';
import type {DoctorCommand} from '../doctor/doctor-command.js';
import {KEY_VARIABLES, modesOf, OPTION_TABLE, type OptionName, PARSE_OPTIONS} from './options.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export type Command =
  | {kind: 'help'}
  | {kind: 'version'}
  | {
      kind: 'wizard';
      share: boolean;
      noColor: boolean;
      noCompletion: boolean;
      timeoutMs: number;
      /** Ignore and remove progress saved before a restart. */
      fresh: boolean;
    }
  | ({kind: 'doctor'; noColor: boolean} & DoctorCommand)
  | {
      kind: 'classify';
      json: boolean;
      status: number | null;
      provider: Provider | null;
      text: string | null;
    }
  | {kind: 'usage-error'; message: string};

type Values = {
  [K in OptionName]?: (typeof OPTION_TABLE)[K] extends {multiple: true}
    ? string[]
    : (typeof OPTION_TABLE)[K]['type'] extends 'string'
      ? string
      : boolean;
};

/** Every usage error ends by pointing at the help, so a first contact is never a dead end. */
export const HELP_HINT = 'Try `cursorkey-wizard --help`.';

function usage(message: string): Command {
  return {kind: 'usage-error', message: `${message.replace(/\.?$/, '.')} ${HELP_HINT}`};
}

/** The providers a --model can name: every one whose key Cursor uses as a BYOK key. */
const BYOK_PROVIDERS = PROVIDER_SPECS.filter((spec) => spec.byok).map((spec) => spec.id);

/** How a key reaches the tool instead, said wherever someone tries to give one in argv. */
const HOW_TO_PASS_A_KEY = `set it in the environment (${KEY_VARIABLES}, …), pipe one key on stdin (printf %s "$KEY" | cursorkey-wizard doctor), or paste it into the wizard's masked field`;

/** `--api-key`, `--openai-key`, `--token=…`: a flag whose name says it carries a key. */
const KEY_FLAG = /^--?(?:[a-z0-9]+[-_])*(?:api[-_]?key|key|keys|token|secret|password)(?:=|$)/i;

function keyFlagIn(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (arg === '--') return null;
    if (KEY_FLAG.test(arg)) return arg.split('=')[0]!;
  }
  return null;
}

function parseTimeout(raw: string | undefined): number | string {
  if (raw === undefined) return DEFAULT_TIMEOUT_MS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 3_600_000) {
    return `--timeout takes milliseconds between 1 and 3600000, not "${raw}"`;
  }
  return Number(raw);
}

function parseModels(raw: readonly string[]): Partial<Record<Provider, string>> | string {
  const models: Partial<Record<Provider, string>> = {};
  for (const entry of raw) {
    const match = /^([a-z]+)=(.+)$/.exec(entry);
    if (!match || !(BYOK_PROVIDERS as readonly string[]).includes(match[1]!)) {
      return `--model takes PROVIDER=MODEL with PROVIDER one of ${BYOK_PROVIDERS.join(', ')}; got "${entry}"`;
    }
    models[match[1] as Provider] = match[2]!;
  }
  return models;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const keyFlag = keyFlagIn(argv);
  if (keyFlag) {
    return usage(
      `${keyFlag}: keys are never taken from the command line, where shell history and \`ps\` keep them. Instead, ${HOW_TO_PASS_A_KEY}`,
    );
  }
  let parsed: {values: Values; positionals: string[]};
  try {
    parsed = parseArgs({
      args: [...argv],
      options: PARSE_OPTIONS,
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return usage(message.replace(/\. To specify a positional argument.*$/, ''));
  }
  const {values, positionals} = parsed;
  // classify's text is an error message and may quote a key; it is redacted there instead.
  const inspected = [
    ...(positionals[0] === 'classify' ? [] : positionals),
    ...Object.values(values)
      .flat()
      .filter((value): value is string => typeof value === 'string'),
  ];
  if (inspected.some((value) => findKeyShapes(value).length > 0)) {
    return usage(
      `That argument looks like a key. Keys are never taken from the command line, where shell history and \`ps\` keep them; ${HOW_TO_PASS_A_KEY}. Consider rotating this one`,
    );
  }
  if (values.help) return {kind: 'help'};
  if (values.version) return {kind: 'version'};

  const [first, ...rest] = positionals;
  const mode =
    first === 'doctor' || first === 'classify' ? first : first === undefined ? 'wizard' : null;
  if (mode === null) return usage(`Unknown command "${first}"`);

  for (const flag of Object.keys(OPTION_TABLE) as OptionName[]) {
    const modes = modesOf(flag);
    if (values[flag] !== undefined && modes !== 'all' && !modes.includes(mode)) {
      return usage(`--${flag} does not apply to ${mode === 'wizard' ? 'the wizard' : mode}`);
    }
  }

  const timeout = parseTimeout(values.timeout);
  if (typeof timeout === 'string') return usage(timeout);

  if (mode === 'wizard') {
    if (rest.length > 0) return usage(`Unexpected argument "${rest[0]}"`);
    return {
      kind: 'wizard',
      share: values.share === true,
      noColor: values['no-color'] === true,
      noCompletion: values['no-completion'] === true,
      timeoutMs: timeout,
      fresh: values.fresh === true,
    };
  }

  if (mode === 'doctor') {
    if (rest.length > 0)
      return usage(
        `doctor takes no arguments; got "${rest[0]}". Keys come from the environment or stdin.`,
      );
    const models = parseModels(values.model ?? []);
    if (typeof models === 'string') return usage(models);
    if (values.report === '') return usage('--report needs a file name');
    return {
      kind: 'doctor',
      json: values.json === true,
      report: values.report ?? null,
      timeoutMs: timeout,
      models,
      noCompletion: values['no-completion'] === true,
      verbose: values.verbose === true,
      noColor: values['no-color'] === true,
    };
  }

  if (rest.length > 1)
    return usage('classify takes one text argument; quote it, or pipe it on stdin.');
  let status: number | null = null;
  if (values.status !== undefined) {
    if (!/^\d{3}$/.test(values.status))
      return usage(`--status takes an HTTP status code, not "${values.status}"`);
    status = Number(values.status);
  }
  let provider: Provider | null = null;
  if (values.provider !== undefined) {
    if (!isProvider(values.provider)) {
      return usage(`--provider takes one of ${PROVIDERS.join(', ')}; got "${values.provider}"`);
    }
    provider = values.provider;
  }
  return {kind: 'classify', json: values.json === true, status, provider, text: rest[0] ?? null};
}
