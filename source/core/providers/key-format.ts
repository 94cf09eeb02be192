// What a key's characters say about it: its provider, its kind and how long it should be.
// The live request decides validity; this only catches the wrong kind of key and truncation.
import type {Provider} from '../vocabulary.js';

export type KeyKind =
  | 'api-key'
  | 'admin-key'
  | 'oauth-token'
  | 'cursor-user-key'
  | 'aws-access-key-id'
  | 'bedrock-api-key'
  | 'unknown';

export interface KeyFormat {
  provider: Provider | null;
  kind: KeyKind;
  /** Human name of the format, e.g. "OpenAI project key (sk-proj-)". */
  label: string;
  /** The public prefix, the only part of a key that may ever be shown. */
  prefix: string;
  /** Shortest and longest complete keys of this format, in characters. */
  minLength: number;
  maxLength: number;
  /** True when the characters fully match the format (not just its prefix). */
  exact: boolean;
}

export const GENERIC_SK_LABEL = 'sk- key of unknown kind';

interface FormatRule {
  provider: Provider | null;
  kind: KeyKind;
  label: string;
  prefix: string;
  /** Matches the start of a key of this family, complete or not. */
  family: RegExp;
  /** Matches a complete, well-formed key. */
  full: RegExp;
  minLength: number;
  maxLength: number;
}

// Order matters: the first family that matches wins, so specific prefixes come first.
// Patterns follow gitleaks/trufflehog (see the providers reference, section 1).
const OPENAI_BODY =
  '(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})';
const LEGACY_BODY = '[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}';
const RULES: readonly FormatRule[] = [
  {
    provider: 'anthropic',
    kind: 'admin-key',
    label: 'Anthropic admin key (sk-ant-admin01-)',
    prefix: 'sk-ant-admin01-',
    family: /^sk-ant-admin01-/,
    full: /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/,
    minLength: 110,
    maxLength: 110,
  },
  {
    provider: 'anthropic',
    kind: 'oauth-token',
    label: 'Claude Code OAuth token (sk-ant-oat01-)',
    prefix: 'sk-ant-oat01-',
    family: /^sk-ant-o[a-z]t\d\d-/,
    full: /^sk-ant-oat01-[A-Za-z0-9_-]{95}$/,
    minLength: 108,
    maxLength: 108,
  },
  {
    provider: 'anthropic',
    kind: 'api-key',
    label: 'Anthropic API key (sk-ant-api03-)',
    prefix: 'sk-ant-api03-',
    family: /^sk-ant-api\d\d-/,
    full: /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/,
    minLength: 108,
    maxLength: 108,
  },
  {
    provider: 'openrouter',
    kind: 'api-key',
    label: 'OpenRouter key (sk-or-v1-)',
    prefix: 'sk-or-v1-',
    family: /^sk-or-v1-/,
    full: /^sk-or-v1-[0-9a-f]{64}$/,
    minLength: 73,
    maxLength: 73,
  },
  {
    provider: 'openai',
    kind: 'admin-key',
    label: 'OpenAI admin key (sk-admin-)',
    prefix: 'sk-admin-',
    family: /^sk-admin-/,
    full: new RegExp(`^sk-admin-${OPENAI_BODY}$`),
    minLength: 9 + 124,
    maxLength: 9 + 156,
  },
  // sk-None-: a user key made in an organisation but not tied to a project. The samples in public
  // code have the legacy body (20 + T3BlbkFJ + 20 characters), 56 characters in all.
  ...(['proj', 'svcacct', 'service', 'None'] as const).map((kind): FormatRule => ({
    provider: 'openai',
    kind: 'api-key',
    label: `OpenAI ${kind === 'proj' ? 'project' : kind === 'None' ? 'user (no project)' : 'service account'} key (sk-${kind}-)`,
    prefix: `sk-${kind}-`,
    family: new RegExp(`^sk-${kind}-`),
    full: new RegExp(`^sk-${kind}-(?:${OPENAI_BODY}${kind === 'None' ? `|${LEGACY_BODY}` : ''})$`),
    minLength: kind === 'None' ? 8 + 48 : kind.length + 4 + 124,
    maxLength: kind.length + 4 + 156,
  })),
  {
    provider: 'openai',
    kind: 'api-key',
    label: 'OpenAI legacy user key (sk-)',
    prefix: 'sk-',
    family: /^sk-[A-Za-z0-9]{20}T3BlbkFJ/,
    full: new RegExp(`^sk-${LEGACY_BODY}$`),
    minLength: 51,
    maxLength: 51,
  },
  {
    provider: 'google',
    kind: 'api-key',
    label: 'Google API key (AIza)',
    prefix: 'AIza',
    family: /^AIza/,
    full: /^AIza[\w-]{35}$/,
    minLength: 39,
    maxLength: 39,
  },
  {
    provider: 'google',
    kind: 'api-key',
    label: 'Google AI Studio auth key (AQ.)',
    prefix: 'AQ.',
    family: /^[AI]Q\./,
    full: /^[AI]Q\.[A-Za-z0-9_.-]{20,}$/,
    minLength: 23,
    maxLength: 400,
  },
  {
    provider: 'bedrock',
    kind: 'bedrock-api-key',
    label: 'Amazon Bedrock API key (ABSK)',
    prefix: 'ABSK',
    family: /^ABSK/,
    full: /^ABSK[A-Za-z0-9+/]{109,269}={0,2}$/,
    minLength: 113,
    maxLength: 275,
  },
  {
    provider: 'bedrock',
    kind: 'bedrock-api-key',
    label: 'Amazon Bedrock short-term API key',
    prefix: 'bedrock-api-key-',
    family: /^bedrock-api-key-/,
    full: /^bedrock-api-key-[A-Za-z0-9+/=_.%&-]{20,}$/,
    minLength: 36,
    maxLength: 4000,
  },
  {
    provider: 'bedrock',
    kind: 'aws-access-key-id',
    label: 'AWS access key id (AKIA/ASIA)',
    prefix: 'AKIA',
    family: /^(?:AKIA|ASIA|ABIA|ACCA)/,
    full: /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/,
    minLength: 20,
    maxLength: 20,
  },
  {
    provider: 'cursor',
    kind: 'cursor-user-key',
    label: 'Cursor user API key',
    prefix: 'key_',
    family: /^(?:key|crsr)_/,
    full: /^(?:key|crsr)_[A-Za-z0-9_-]{12,}$/,
    minLength: 16,
    maxLength: 400,
  },
  {
    provider: 'azure',
    kind: 'api-key',
    label: 'Azure OpenAI key (84-character)',
    prefix: '',
    family: /^[A-Za-z0-9]{52}JQQJ99/,
    full: /^[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?$/,
    minLength: 84,
    maxLength: 88,
  },
  {
    provider: 'azure',
    kind: 'api-key',
    label: 'Azure OpenAI key (32 hex)',
    prefix: '',
    family: /^[a-f0-9]{32}$/,
    full: /^[a-f0-9]{32}$/,
    minLength: 32,
    maxLength: 32,
  },
  {
    // Other vendors (DeepSeek, proxies) use sk- too, so a bare sk- key is only probably OpenAI.
    provider: 'openai',
    kind: 'api-key',
    label: GENERIC_SK_LABEL,
    prefix: 'sk-',
    family: /^sk-/,
    full: /^sk-[A-Za-z0-9_-]{20,}$/,
    minLength: 23,
    maxLength: 400,
  },
];

const UNKNOWN: KeyFormat = {
  provider: null,
  kind: 'unknown',
  label: 'unrecognised format',
  prefix: '',
  minLength: 0,
  maxLength: Number.POSITIVE_INFINITY,
  exact: false,
};

/** The format of a key that has already been cleaned of paste damage. */
export function detectKeyFormat(key: string): KeyFormat {
  for (const rule of RULES) {
    if (!rule.family.test(key)) continue;
    return {
      provider: rule.provider,
      kind: rule.kind,
      label: rule.label,
      prefix: rule.prefix,
      minLength: rule.minLength,
      maxLength: rule.maxLength,
      exact: rule.full.test(key),
    };
  }
  return UNKNOWN;
}

/** The longest public prefix a key starts with, or '' when none is known. */
export function publicPrefix(text: string): string {
  const known = [
    'sk-ant-api03-',
    'sk-ant-admin01-',
    'sk-ant-oat01-',
    'sk-ant-',
    'sk-or-v1-',
    'sk-proj-',
    'sk-None-',
    'sk-svcacct-',
    'sk-service-',
    'sk-admin-',
    'sk-',
    'AIza',
    'AQ.',
    'ABSK',
    'bedrock-api-key-',
    'AKIA',
    'ASIA',
    'key_',
    'crsr_',
  ];
  return known.find((prefix) => text.startsWith(prefix) && text.length > prefix.length) ?? '';
}
