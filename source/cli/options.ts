// The command line's options, once: the parser's table, which modes accept each option, and what
// it does there. The help text is generated from this, so it cannot promise what the parser
// refuses or stay silent about what it accepts.
import {PROVIDER_SPECS} from '../core/providers/registry/index.js';
import {PROVIDERS} from '../core/vocabulary.js';

export type Mode = 'wizard' | 'doctor' | 'classify';

interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help, for string options. */
  value?: string;
  /** Each mode that accepts the option, with what it does there; none for --help/--version. */
  modes: Partial<Record<Mode, string>>;
}

const NO_COLOUR_ANYWAY = 'accepted; this output has no colour anyway';

export const OPTION_TABLE = {
  help: {type: 'boolean', short: 'h', modes: {}},
  version: {type: 'boolean', modes: {}},
  share: {
    type: 'boolean',
    modes: {
      wizard:
        'screen-share layout: no grey text, the timer moves every 5 s\nat most, words beside every symbol',
    },
  },
  fresh: {
    type: 'boolean',
    modes: {wizard: 'start over, ignoring progress saved before a Cursor restart'},
  },
  'no-color': {
    type: 'boolean',
    modes: {
      wizard: 'no colour (NO_COLOR=1 does the same)',
      doctor: NO_COLOUR_ANYWAY,
      classify: NO_COLOUR_ANYWAY,
    },
  },
  json: {
    type: 'boolean',
    modes: {
      doctor: 'one JSON document on stdout, nothing else there',
      classify: "the contract's JSON",
    },
  },
  report: {
    type: 'string',
    value: 'FILE',
    modes: {doctor: 'write a safe-to-share Markdown report to FILE'},
  },
  timeout: {
    type: 'string',
    value: 'MS',
    modes: {
      wizard: 'bound each request or child process (default 10000)',
      doctor: 'bound each request or child process (default 10000)',
    },
  },
  model: {
    type: 'string',
    multiple: true,
    value: 'PROVIDER=MODEL',
    modes: {doctor: 'the model selected in Cursor for a provider (repeatable)'},
  },
  'no-completion': {
    type: 'boolean',
    modes: {
      wizard: 'skip every billable request (otherwise asked once, with its cost)',
      doctor:
        'only free probes such as model lists and key info (an account\nwith no credit can still pass /models; only a completion shows it)',
    },
  },
  verbose: {type: 'boolean', short: 'v', modes: {doctor: 'add the evidence lines'}},
  status: {
    type: 'string',
    value: 'CODE',
    modes: {classify: 'the HTTP status that came with the error'},
  },
  provider: {
    type: 'string',
    value: 'NAME',
    modes: {classify: `one of ${PROVIDERS.join(', ')}`},
  },
} as const satisfies Record<string, OptionSpec>;

/** The first few key variables, for messages that say where keys go instead of argv. */
export const KEY_VARIABLES = PROVIDER_SPECS.slice(0, 3)
  .map((spec) => spec.keyVariables[0])
  .join(', ');

export type OptionName = keyof typeof OPTION_TABLE;

/** The table in the shape node:util parseArgs takes. */
export const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTION_TABLE).map(([name, spec]) => [
    name,
    {
      type: spec.type,
      ...('short' in spec ? {short: spec.short} : {}),
      ...('multiple' in spec ? {multiple: spec.multiple} : {}),
    },
  ]),
) as {[K in OptionName]: {type: (typeof OPTION_TABLE)[K]['type']; multiple?: boolean}};

/** The modes that accept an option; --help and --version go everywhere. */
export function modesOf(name: OptionName): readonly Mode[] | 'all' {
  const modes = Object.keys(OPTION_TABLE[name].modes) as Mode[];
  return modes.length === 0 ? 'all' : modes;
}

const COLUMN = 24;

/** The help lines for one mode's options, aligned as the rest of the help is. */
export function optionLines(mode: Mode): string[] {
  return Object.entries(OPTION_TABLE).flatMap(([name, spec]) => {
    const text = (spec.modes as Partial<Record<Mode, string>>)[mode];
    if (!text) return [];
    const flag = [
      'short' in spec ? `-${spec.short}, ` : '',
      `--${name}`,
      'value' in spec ? ` ${spec.value}` : '',
    ].join('');
    const [first, ...more] = text.split('\n');
    const head =
      flag.length + 2 < COLUMN
        ? [`  ${flag.padEnd(COLUMN - 2)}${first}`]
        : [`  ${flag}`, `${' '.repeat(COLUMN)}${first}`];
    return [...head, ...more.map((line) => `${' '.repeat(COLUMN)}${line}`)];
  });
}
