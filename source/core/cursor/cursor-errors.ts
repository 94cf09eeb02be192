// What a Cursor error means and which step fixes it: Cursor's error JSON (reference §5) and the
// CLI's own stderr texts (§3.4–3.7). The shared classifier builds on diagnoseCursorError.
import {cursorMeaningOf, isOtherAgentPlanLimit} from '../classify/meaning-rules.js';
import {type Diagnosis, STEP_ID_OF_LAYER} from '../diagnosis.js';
import {responsesShapeRefusal} from '../providers/diagnose/responses-shape.js';
import {type Layer, type StepId, stepNumberOf} from '../vocabulary.js';
import {balancedObjects} from '../balanced-braces.js';
import {stripAnsi} from './text.js';
import {stepRangeRef, stepRef} from '../step-order.js';

interface Meaning {
  layer: Layer;
  stepId: StepId;
  action: string;
  alsoPossible?: Layer[];
}

const LOGIN_AGAIN: Meaning = {
  layer: 'cursor-account',
  stepId: 'cursor-login',
  action: `Sign out of Cursor and sign back in with the right account (${stepRef('cursor-login')}).`,
};
const RELOGIN_CLI: Meaning = {
  layer: 'cursor-account',
  stepId: 'cli-login',
  action: 'Run `agent logout`, then `agent login`.',
};
const RATE: Meaning = {
  layer: 'rate-limit',
  stepId: 'quota',
  action: 'Wait and retry later; do not rotate the key.',
};
// Cursor's own limits on the account, not the provider's billing and not the key.
const USAGE: Meaning = {
  layer: 'cursor-plan',
  stepId: 'cursor-login',
  action:
    "Cursor's own usage limit for this account is used up (not the provider's billing, not the key): it resets with the billing cycle. Check usage at https://cursor.com/dashboard?tab=usage and raise the spend limit or change plan (https://cursor.com/pricing).",
};
const PLAN_RATE: Meaning = {...USAGE, alsoPossible: ['rate-limit']};
const SERVICE: Meaning = {
  layer: 'cursor-service',
  stepId: 'restart',
  action:
    "Cursor's own service failed; no key is at fault. Check https://status.cursor.com, wait and retry, update or restart Cursor.",
};
// A build too old for Cursor's backend is Cursor's own side (contract: "a broken build … update or
// restart Cursor"), not a missing CLI; threads that show it were fixed by updating.
const UPDATE: Meaning = {
  layer: 'cursor-service',
  stepId: 'restart',
  action: 'Update Cursor (editor: restart to update; CLI: `agent update`), then retry.',
};
const REQUEST: Meaning = {
  layer: 'request',
  stepId: 'model-support',
  action:
    'The request is too large for the model: start a new chat, send less context, or pick another model.',
};
const OTHER: Meaning = {
  layer: 'unknown',
  stepId: 'cursor-login',
  action: 'Not a key problem; read the message Cursor shows and retry.',
};

/** Wire names (`ERROR_` + the proto enum name) and what each means for this tool. */
const ERROR_CODES: Record<string, Meaning> = {
  ERROR_BAD_USER_API_KEY: {
    layer: 'cursor-account',
    stepId: 'cursor-login',
    alsoPossible: ['cursor-user-key', 'provider-key'],
    action: `Sign out of Cursor and back in (${stepRef('cursor-login')}); if it persists, check the Cursor user API key (${stepRef('user-api-key')}) and the BYOK provider key (${stepRangeRef('byok-provider', 'provider-test')}).`,
  },
  ERROR_BAD_API_KEY: {
    layer: 'cursor-user-key',
    stepId: 'user-api-key',
    alsoPossible: ['provider-key'],
    action: `Create a new User API key in the Cursor dashboard and use it as CURSOR_API_KEY (${stepRef('user-api-key')}).`,
  },
  ERROR_NOT_LOGGED_IN: LOGIN_AGAIN,
  ERROR_INVALID_AUTH_ID: LOGIN_AGAIN,
  ERROR_USER_NOT_FOUND: LOGIN_AGAIN,
  ERROR_AUTH_TOKEN_NOT_FOUND: LOGIN_AGAIN,
  ERROR_AUTH_TOKEN_EXPIRED: LOGIN_AGAIN,
  ERROR_AGENT_REQUIRES_LOGIN: LOGIN_AGAIN,
  ERROR_UNAUTHORIZED: {...LOGIN_AGAIN, alsoPossible: ['cursor-user-key']},
  ERROR_NOT_HIGH_ENOUGH_PERMISSIONS: {
    layer: 'feature',
    stepId: 'byok-provider',
    action: 'This account or plan may not use this feature: check the plan and team permissions.',
  },
  ERROR_PRO_USER_ONLY: {
    layer: 'feature',
    stepId: 'byok-provider',
    action: 'This feature needs a paid Cursor plan: see https://cursor.com/pricing.',
  },
  ERROR_API_KEY_NOT_SUPPORTED: {
    layer: 'feature',
    stepId: 'byok-provider',
    action:
      'This Cursor feature does not use your own (BYOK) key: turn the key off for it or use Cursor models.',
  },
  ERROR_TASK_NO_PERMISSIONS: {
    layer: 'feature',
    stepId: 'byok-provider',
    action: 'This account may not use that agent task: check team permissions.',
  },
  ERROR_BAD_MODEL_NAME: {
    layer: 'model',
    stepId: 'model-support',
    action: `Pick a model that exists and is enabled in Cursor Settings > Models (${stepRef('model-support')}).`,
  },
  ERROR_FREE_USER_RATE_LIMIT_EXCEEDED: PLAN_RATE,
  ERROR_PRO_USER_RATE_LIMIT_EXCEEDED: PLAN_RATE,
  ERROR_GENERIC_RATE_LIMIT_EXCEEDED: RATE,
  ERROR_API_KEY_RATE_LIMIT: RATE,
  ERROR_RATE_LIMITED: RATE,
  ERROR_RATE_LIMITED_CHANGEABLE: RATE,
  ERROR_DEBOUNCED: RATE,
  ERROR_OPENAI_RATE_LIMIT_EXCEEDED: {
    ...RATE,
    action: 'The provider rate-limited the key: wait as told; do not rotate the key.',
  },
  ERROR_FREE_USER_USAGE_LIMIT: USAGE,
  ERROR_PRO_USER_USAGE_LIMIT: USAGE,
  ERROR_USAGE_PRICING_REQUIRED: USAGE,
  ERROR_USAGE_PRICING_REQUIRED_CHANGEABLE: USAGE,
  ERROR_RESOURCE_EXHAUSTED: PLAN_RATE,
  ERROR_UNSPECIFIED: SERVICE,
  ERROR_INTERNAL: SERVICE,
  ERROR_OPENAI_ACCOUNT_LIMIT_EXCEEDED: {
    layer: 'quota',
    stepId: 'quota',
    action:
      "The provider account is out of credit or quota: fix billing at the provider; don't rotate the key.",
  },
  ERROR_OPENAI: {
    layer: 'provider-key',
    stepId: 'provider-test',
    alsoPossible: ['provider-permission', 'provider-outage'],
    action: `The provider rejected the request: test the provider key outside Cursor (${stepRef('provider-test')}).`,
  },
  ERROR_TIMEOUT: {
    layer: 'network',
    stepId: 'cli-status',
    alsoPossible: ['provider-outage'],
    action: 'The request timed out: check the network and proxy to Cursor, then retry.',
  },
  ERROR_OUTDATED_CLIENT: UPDATE,
  ERROR_DEPRECATED: UPDATE,
  ERROR_MAX_TOKENS: REQUEST,
  ERROR_CONVERSATION_TOO_LONG: REQUEST,
  ERROR_CLAUDE_IMAGE_TOO_LARGE: REQUEST,
  ERROR_SLASH_EDIT_FILE_TOO_LONG: REQUEST,
  ERROR_FILE_UNSUPPORTED: REQUEST,
  ERROR_USER_ABORTED_REQUEST: {...OTHER, action: 'The request was cancelled; nothing to fix.'},
};

/** The CLI's own texts, most specific first. */
const TEXT_PATTERNS: readonly {pattern: RegExp; code: string | null; meaning: Meaning}[] = [
  {
    // The CLI prints the payload as `Error: <title>` then `key: value` lines (reference U4).
    pattern: /You've hit your usage limit|\bspendLimitHit:|Usage Limit Reached/i,
    code: null,
    meaning: USAGE,
  },
  {
    pattern: /Too many free trial accounts used on this machine/i,
    code: null,
    meaning: {
      layer: 'cursor-plan',
      stepId: 'cursor-login',
      action:
        'Cursor limits free trials per machine: sign in with your usual account or use a paid plan; no key will change this.',
    },
  },
  {
    // No captured text yet (admins can turn it off org-wide since June 2026): matched loosely.
    pattern:
      /\b(?:headless|non-interactive)\b[^\n]{0,200}\b(?:disabled|not allowed|not permitted|blocked|turned off)\b|\b(?:disabled|not allowed|blocked|turned off)\b[^\n]{0,200}\b(?:headless|non-interactive)\b/i,
    code: null,
    meaning: {
      layer: 'cursor-plan',
      stepId: 'cursor-login',
      alsoPossible: ['cursor-cli'],
      action:
        "The team's admin has turned off headless (`agent -p`) use of the CLI: ask the admin to allow it, or run the CLI interactively; the key and login are fine.",
    },
  },
  {
    // CLI login enforces an MDM sign-in policy (organization, team, email, domain allowlists).
    pattern: /\bMDM\b|\b(?:sign[- ]?in|login) polic(?:y|ies)\b/i,
    code: null,
    meaning: {
      layer: 'cursor-account',
      stepId: 'cli-login',
      alsoPossible: ['cursor-plan'],
      action:
        "This device's sign-in policy (set by your organisation through MDM) does not allow this account: sign in with an account of the allowed organisation, team or email domain, or ask the admin.",
    },
  },
  {
    pattern: /errSecDuplicateItem|couldn't save your login to the macOS keychain/i,
    code: 'errSecDuplicateItem',
    meaning: {
      layer: 'cursor-account',
      stepId: 'cli-login',
      action:
        'Remove the stale keychain item (`security delete-generic-password -s cursor-access-token -a cursor-user`), then run `agent login` again.',
    },
  },
  {
    pattern: /Login failed or timed out/i,
    code: null,
    meaning: {
      layer: 'cursor-account',
      stepId: 'cli-login',
      alsoPossible: ['network'],
      action:
        'Run `agent login` again and finish the browser step within about 20 minutes; over SSH use `NO_OPEN_BROWSER=1 agent login` and open the link on any machine.',
    },
  },
  {
    pattern: /Failed to open browser for login/i,
    code: null,
    meaning: {
      layer: 'cursor-account',
      stepId: 'cli-login',
      action: 'Run `NO_OPEN_BROWSER=1 agent login` and open the printed link in any browser.',
    },
  },
  {
    pattern: /Failed to store authentication tokens/i,
    code: null,
    meaning: {
      layer: 'cursor-account',
      stepId: 'cli-login',
      action:
        'The CLI could not save the login (and printed the token: clear that output). Fix the keychain or ~/.config/cursor permissions, then `agent login`.',
    },
  },
  {
    pattern: /Login error:/i,
    code: null,
    meaning: RELOGIN_CLI,
  },
  {
    pattern: /The provided API key is invalid/i,
    code: null,
    meaning: {
      layer: 'cursor-user-key',
      stepId: 'user-api-key',
      alsoPossible: ['network'],
      action:
        'Check that api2.cursor.sh is reachable (the CLI says this on network, TLS and proxy failures too); if it is, create a new User API key (Cursor Dashboard > API Keys).',
    },
  },
  {
    pattern: /\[unauthenticated\]|User is unauthorized/i,
    code: 'unauthenticated',
    meaning: {
      layer: 'cursor-account',
      stepId: 'cursor-login',
      alsoPossible: ['cursor-user-key'],
      action:
        'Cursor refused this account: sign in with the right account (or a new User API key); a suspended account needs Cursor support.',
    },
  },
  {
    // A proxy asking for its own credentials (407) is the network's business, not Cursor's login.
    pattern: /(?<!Proxy )Authentication required|Not authenticated/i,
    code: null,
    meaning: {
      layer: 'cursor-account',
      stepId: 'cli-login',
      alsoPossible: ['cursor-user-key'],
      action: 'Run `agent login`, or set CURSOR_API_KEY to a User API key where the CLI runs.',
    },
  },
  {
    pattern: /Partially authenticated/i,
    code: null,
    meaning: RELOGIN_CLI,
  },
  {
    pattern: /unable to fetch user details/i,
    code: null,
    meaning: {
      layer: 'network',
      stepId: 'cli-status',
      alsoPossible: ['cursor-account'],
      action:
        'Check that this machine reaches api2.cursor.sh (proxy, firewall, sandbox); if it does, the login expired: `agent logout`, then `agent login`.',
    },
  },
  {
    pattern: /\bNot logged in\b/i,
    code: null,
    meaning: {layer: 'cursor-account', stepId: 'cli-login', action: 'Run `agent login`.'},
  },
  {
    pattern: /Bad User API key|Unauthorized User (?:\w+ )?API key/i,
    code: 'ERROR_BAD_USER_API_KEY',
    meaning: ERROR_CODES.ERROR_BAD_USER_API_KEY!,
  },
  {
    pattern: /Outdated Client|no longer supports this action/i,
    code: 'ERROR_OUTDATED_CLIENT',
    meaning: UPDATE,
  },
  {
    pattern: /Workspace Trust Required/i,
    code: null,
    meaning: {
      layer: 'cursor-cli',
      stepId: 'cli-status',
      action:
        'Headless runs need `--trust` (or run `agent` once interactively in that folder and trust it).',
    },
  },
  {
    pattern:
      /(?:^|\s)(?:cursor-)?agent: command not found|command not found: (?:cursor-)?agent\b/im,
    code: null,
    meaning: {
      layer: 'cursor-cli',
      stepId: 'cli-status',
      action:
        'Install the Cursor CLI (`curl https://cursor.com/install -fsS | bash`) or use `cursor-agent` (Homebrew installs only that name).',
    },
  },
  {
    pattern: /Error: Connection failed/i,
    code: null,
    meaning: {
      layer: 'network',
      stepId: 'cli-status',
      action: 'Check the network, proxy and firewall between this machine and api2.cursor.sh.',
    },
  },
];

interface CursorErrorJson {
  error: string;
  title: string | null;
  detail: string | null;
}

function findErrorJson(value: unknown, depth = 0): CursorErrorJson | null {
  if (depth > 3 || value === null) return null;
  if (typeof value === 'string') {
    for (const candidate of balancedObjects(value, 8)) {
      try {
        const found = findErrorJson(JSON.parse(candidate), depth + 1);
        if (found) return found;
      } catch {
        // Not JSON after all.
      }
    }
    return null;
  }
  if (typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.error === 'string' && /^ERROR_[A-Z_]+$/.test(record.error)) {
    const details = (record.details ?? {}) as Record<string, unknown>;
    return {
      error: record.error,
      title: typeof details.title === 'string' ? details.title : null,
      detail: typeof details.detail === 'string' ? details.detail : null,
    };
  }
  // Proxies and SDKs wrap the payload: {"error":{"message":"{\"error\":\"ERROR_…\"}"}}.
  for (const inner of Object.values(record)) {
    const found = findErrorJson(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

function diagnosis(meaning: Meaning, code: string | null): Diagnosis {
  return {
    layer: meaning.layer,
    step: stepNumberOf(meaning.stepId),
    provider: 'cursor',
    httpStatus: null,
    code,
    action: meaning.action,
    alsoPossible: meaning.alsoPossible ? [...meaning.alsoPossible] : [],
  };
}

/**
 * The meaning of a Cursor error payload or CLI message, or null when the text is not one.
 * Cursor's JSON is parsed, not grepped; a bare ERROR_* name counts too (chat shows it plain).
 */
export function diagnoseCursorError(text: string): Diagnosis | null {
  const clean = stripAnsi(text);
  // Codex says Cursor's words of a ChatGPT plan ("You've hit your usage limit"): not Cursor's.
  if (isOtherAgentPlanLimit(clean)) return null;
  const json = findErrorJson(clean);
  if (json) {
    const known = ERROR_CODES[json.error];
    if (known) return diagnosis(known, json.error);
    const fromText = [json.title, json.detail].filter(Boolean).join(' ');
    const byText = fromText ? diagnoseText(fromText) : null;
    return byText ? {...byText, code: json.error} : diagnosis(OTHER, json.error);
  }
  const bare = /\b(ERROR_[A-Z][A-Z_]+)\b/.exec(clean)?.[1];
  if (bare && ERROR_CODES[bare]) return diagnosis(ERROR_CODES[bare], bare);
  return apiErrorCode(clean) ?? diagnoseText(clean);
}

/**
 * Codes of the Cursor API's v1 envelope, `{"error":{"code":"plan_required","message":…}}`
 * (third-party copy of Cursor's OpenAPI, derived 2026-07-17), that no provider uses; the
 * generic ones (`unauthorized`, `rate_limit_exceeded`) say nothing about who answered.
 */
const API_CODES: Record<string, Meaning> = {
  plan_required: {
    layer: 'cursor-plan',
    stepId: 'cursor-login',
    action:
      "The key owner's Cursor plan does not include this API: upgrade the plan or use a key from a paid account; the key itself is fine.",
  },
  api_key_not_found: {
    layer: 'cursor-user-key',
    stepId: 'user-api-key',
    action: 'Cursor does not know this key: create a new one at Cursor Dashboard > API Keys.',
  },
  feature_unavailable: {
    layer: 'feature',
    stepId: 'byok-provider',
    alsoPossible: ['cursor-plan'],
    action:
      "This Cursor API or feature is not available to the key owner's account or plan: check the plan in the dashboard (https://cursor.com/pricing); the key itself is fine.",
  },
  role_forbidden: {
    layer: 'feature',
    stepId: 'byok-provider',
    action:
      "The key owner's role in the Cursor team does not allow this API: ask a team admin for the role, or use an admin's key; the key itself is fine.",
  },
  service_account_required: {
    layer: 'feature',
    stepId: 'byok-provider',
    action:
      'This Cursor API needs a service-account key (Enterprise): create one in the dashboard.',
  },
};

function apiErrorCode(text: string): Diagnosis | null {
  for (const candidate of balancedObjects(text, 8)) {
    try {
      const code = (JSON.parse(candidate) as {error?: {code?: unknown}}).error?.code;
      if (typeof code === 'string' && API_CODES[code]) return diagnosis(API_CODES[code], code);
    } catch {
      // Not JSON after all.
    }
  }
  return null;
}

// `Cannot use this model: <id>. Available models: auto, composer-2-fast, …` (exit 1, reference U4).
const MODEL_REFUSED =
  /Cannot use this model:\s*([^\s.,]+(?:\.[^\s.,]+)*)\.?\s*(?:Available models:\s*([^\n]*))?/i;

function modelRefusal(text: string): Diagnosis | null {
  const match = MODEL_REFUSED.exec(text);
  if (!match) return null;
  const model = match[1]!.slice(0, 60);
  const listed = (match[2] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const choices =
    listed.length > 0
      ? ` (it lists ${listed.slice(0, 6).join(', ')}${listed.length > 6 ? ', …' : ''})`
      : '';
  return diagnosis(
    {
      layer: 'model',
      stepId: 'model-support',
      alsoPossible: ['cursor-plan'],
      action: `This account may not use \`${model}\`: pick one the CLI offers${choices} with \`--model\`, or check the plan.`,
    },
    null,
  );
}

function diagnoseText(text: string): Diagnosis | null {
  const model = modelRefusal(text);
  if (model) return model;
  // A gateway behind the custom base URL refusing Cursor's request shape, relayed by Cursor.
  const shape = responsesShapeRefusal(text);
  if (shape) return diagnosis({...shape, stepId: STEP_ID_OF_LAYER[shape.layer]}, null);
  for (const entry of TEXT_PATTERNS) {
    if (entry.pattern.test(text)) return diagnosis(entry.meaning, entry.code);
  }
  return null;
}

/**
 * What the Cursor CLI printed: its codes and texts, then Cursor's plain-language plan and
 * service messages ("You've hit your usage limit", an internal error) that carry no code.
 */
export function diagnoseCursorOutput(text: string): Diagnosis | null {
  const known = diagnoseCursorError(text);
  if (known) return known;
  const meaning = cursorMeaningOf(stripAnsi(text));
  if (!meaning) return null;
  const [layer, ...alsoPossible] = meaning.layers;
  if (!layer) return null;
  return {
    layer,
    step: stepNumberOf(meaning.stepId ?? STEP_ID_OF_LAYER[layer]),
    provider: 'cursor',
    httpStatus: null,
    code: meaning.code,
    action: meaning.action,
    alsoPossible,
  };
}
