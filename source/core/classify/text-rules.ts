// Plain-text forms of errors that arrive without a parseable payload: a chat banner, a line
// copied from a log, an SDK exception. JSON bodies and the CLI's stderr are routed to the Cursor
// and provider modules first; these rules catch what remains. The first matching rule wins.
// Each provider's own texts are data in its spec; Cursor's are here.
import type {Layer, Provider, StepId} from '../vocabulary.js';
import {BILLING_PAGE, CURSOR_USAGE_PAGE, INSTALL_CLI, KEY_PAGE, providerName} from './links.js';
import type {CommonAdvice, ErrorText} from '../providers/registry/error-texts.js';
import {PROVIDER_SPECS} from '../providers/registry/index.js';
import type {ProviderSpec} from '../providers/registry/spec.js';
import {stepRef} from '../step-order.js';
import {providerOfWord} from './signals.js';

export interface RuleMatch {
  /** Every layer the text could mean; the classifier orders them by the fix order. */
  layers: Layer[];
  provider: Provider | null;
  code: string | null;
  /** Overrides the layer's default step when the text names a more precise one. */
  stepId?: StepId;
  /** A known message whose layers are decided: general words in it do not refine them. */
  settled?: boolean;
  action: string;
}

export interface TextRule {
  pattern: RegExp;
  /** Null when the rule does not apply after all (a Cursor-only wording next to a provider). */
  match(found: RegExpExecArray, provider: Provider | null): RuleMatch | null;
  /** The provider whose own wording this is: it says nothing when the error is told to be another's. */
  speaker?: Provider;
}

export function rule(
  pattern: RegExp,
  layers: Layer[],
  action: string | ((provider: Provider | null, found: RegExpExecArray) => string),
  options: {provider?: Provider; code?: string; stepId?: StepId; settled?: boolean} = {},
): TextRule {
  return {
    pattern,
    match: (found, hinted) => {
      const provider = options.provider ?? hinted;
      return {
        layers,
        provider,
        code: options.code ?? null,
        ...(options.stepId === undefined ? {} : {stepId: options.stepId}),
        ...(options.settled ? {settled: true} : {}),
        action: typeof action === 'string' ? action : action(provider, found),
      };
    },
  };
}

/** A rule that holds only when the word it captured names a provider other than Cursor. */
function namingAProvider(inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) => {
      const word = found.slice(1).find(Boolean);
      const named = word ? providerOfWord(word) : null;
      return named && named !== 'cursor' ? inner.match(found, provider) : null;
    },
  };
}

export const replaceKey = (provider: Provider | null) =>
  provider
    ? `Create a new ${providerName(provider)} key at ${KEY_PAGE[provider]}, paste it without spaces, and test it outside Cursor (${stepRef('provider-test')}).`
    : `Create a new key at the provider, paste it without spaces, and test it outside Cursor (${stepRef('provider-test')}).`;

export const addCredit = (provider: Provider | null) =>
  provider
    ? `Add credit or fix billing at ${BILLING_PAGE[provider]}; a new key will not help.`
    : 'Add credit or fix billing with the provider; a new key will not help.';

const PROVIDER_FAILING =
  'The provider is failing or overloaded. Wait and retry; nothing to fix on your side.';

export const WAIT =
  'Wait as the provider asks (retry-after), then retry; do not rotate the key. Lower the request rate if it keeps happening.';

/** A Cursor plan gate: the plan itself when no provider key is in play, else a BYOK feature gate. */
function byPlanOrKey(pattern: RegExp, action: string, code: string): TextRule {
  const plan = rule(pattern, ['cursor-plan'], action, {provider: 'cursor', code});
  const feature = rule(pattern, ['feature'], action, {provider: 'cursor', code});
  return {
    pattern,
    match: (found, hinted) =>
      (hinted === null || hinted === 'cursor' ? plan : feature).match(found, hinted),
  };
}

/** Cursor's own texts, and wordings that name no provider of their own. */
const CURSOR_RULES: readonly TextRule[] = [
  // Cursor features and plans: a BYOK key cannot unlock these. With a provider key in play the
  // feature does not take it; with none, the Cursor plan does not include it.
  byPlanOrKey(
    /Cursor Pro Required|requires? (?:a )?(?:Cursor )?Pro\b|Pro (?:plan|subscription) (?:is )?required|\bPRO_USER_ONLY\b/i,
    'This Cursor feature needs a paid Cursor plan; a provider key does not unlock it. Upgrade at https://cursor.com/settings, or use a chat model that your own key serves.',
    'ERROR_PRO_USER_ONLY',
  ),
  rule(
    /custom models? (?:that )?cannot be billed to an API key|cannot be billed to an API key|(?:not|isn't) (?:supported|available) (?:with|for) (?:your own |custom |an? )?API keys?|\bAPI_KEY_NOT_SUPPORTED\b|(?:Tab|Agent|Edit)[^.\n]{0,40}(?:do(?:es)? not|don't|doesn't) use (?:your |custom |own |BYOK )*API keys?/i,
    ['feature'],
    'Agent, Edit and Tab run on Cursor-billed custom models that your API key cannot pay for. Use a Cursor plan for them, or switch off "Override OpenAI Base URL"/API keys for those features; BYOK covers chat models only.',
    {provider: 'cursor', code: 'ERROR_API_KEY_NOT_SUPPORTED'},
  ),
  // Cursor's check of a model it does not serve itself: a custom model reached through the key
  // and "Override OpenAI Base URL". Threads resolve it at that endpoint (private or localhost,
  // unreachable from Cursor's servers), the key's unpaid account, the plan, or a provider incident.
  rule(
    /The model (?:(\S+) )?does not work with your current plan or API key/i,
    ['base-url', 'quota', 'provider-outage', 'feature'],
    (_provider, found) =>
      `Cursor could not use ${found[1] ? `the model ${found[1]}` : 'this model'} through your key. With "Override OpenAI Base URL" on, the endpoint must be public (not localhost or a LAN address) and serve this exact model id; the provider account behind the key must be paid; custom models need a paid Cursor plan. Test the key and model outside Cursor (${stepRef('provider-test')}).`,
    {settled: true},
  ),

  // The Cursor CLI itself.
  rule(
    /\b(?:agent|cursor-agent)(?:: command not found|: not found|' is not recognized as an internal or external command)|spawn (?:agent|cursor-agent) ENOENT|command not found: (?:agent|cursor-agent)\b/i,
    ['cursor-cli'],
    `Install the Cursor CLI with \`${INSTALL_CLI}\` and add ~/.local/bin to PATH (Homebrew installs only \`cursor-agent\`).`,
    {provider: 'cursor'},
  ),
  // The editor's own launcher (`cursor`) is not on PATH: zsh names the command last, bash first.
  rule(
    /command not found: cursor\b(?!-)|(?<![\w-])cursor(?:: command not found|: not found|' is not recognized as an internal or external command)|spawn cursor ENOENT/i,
    ['cursor-cli'],
    `The \`cursor\` command is the editor's launcher: in Cursor, run "Shell Command: Install 'cursor' command in PATH" from the Command Palette, then open a new terminal. The Cursor CLI is \`agent\` (\`${INSTALL_CLI}\`).`,
    {provider: 'cursor'},
  ),
  // Connect's codes on Cursor's own stream (a provider in play is read by its own texts):
  // resource_exhausted is the plan's usage limit first, a rate limit after; permission_denied
  // is this account, or what its plan or team allows.
  {
    pattern: /\[(resource_exhausted|permission_denied)\]/,
    match: (found, hinted) =>
      hinted === null || hinted === 'cursor'
        ? {
            provider: 'cursor',
            code: found[1]!,
            ...(found[1] === 'resource_exhausted'
              ? {
                  layers: ['cursor-plan', 'rate-limit'],
                  action: `Cursor refused more requests for now: a usage limit of the plan (check ${CURSOR_USAGE_PAGE}) or a short rate limit (wait and retry). A new key will not help.`,
                }
              : {
                  layers: ['cursor-account', 'cursor-plan'],
                  action: `Cursor refused this account the action: sign in with the right account (${stepRef('cursor-login')}), then check what its plan or team allows. A new key will not help.`,
                }),
          }
        : null,
  },
  rule(
    /Workspace Trust Required/i,
    ['cursor-cli'],
    'Headless runs in a new folder need `--trust` (or run `agent` once interactively there).',
    {provider: 'cursor'},
  ),
  rule(
    /errSecDuplicateItem/i,
    ['cursor-account'],
    'Remove the stale keychain item with `security delete-generic-password -s cursor-access-token -a cursor-user`, then run `agent login`.',
    {provider: 'cursor', stepId: 'cli-login'},
  ),

  // The Cursor login and the Cursor user API key, in plain text.
  namingAProvider(
    rule(
      /Unauthorized User (\w+) API key|We encountered an issue when using your (\w+) API key|Invalid (\w+) API Key/i,
      ['provider-key', 'model', 'base-url'],
      (provider) =>
        `Cursor's check of your ${providerName(provider)} key failed. ${replaceKey(provider)} If the key works there, check the model list and any "Override OpenAI Base URL" in Cursor Settings > Models.`,
      {code: 'ERROR_BAD_USER_API_KEY'},
    ),
  ),
  // Behind "Override OpenAI Base URL" the banner names the endpoint's host where a provider
  // would stand: Cursor's servers could not use that endpoint (private, or not reachable).
  rule(
    /when using your ((?:localhost|[\dx*]{1,3}(?:\.[\dx*]{1,3}){3}|[\w-]+(?:\.[\w-]+)+)(?::\d+)?) API key/i,
    ['base-url', 'cursor-service'],
    `Cursor's servers could not use the endpoint set as "Override OpenAI Base URL": it must be a public HTTPS address (not a private, LAN or loopback one) that serves /models and /chat/completions. Fix or clear it in Cursor Settings > Models, then retry.`,
  ),
  // The same banner with the name redacted by whoever pasted it ("your xxxxxx API key"): the
  // slot may have held a provider or an endpoint host. Of the studied texts of this wording,
  // most resolved to the endpoint (f-cursor-editor-7, g-cursor-editor-6; c-cursor-editor-62 was
  // left open), so this reads as the endpoint (layers settle in fix order, where the key would
  // come first); the action still names the key check.
  rule(
    /when using your (?:x{3,12}|\*{3,12}|<[\w-]{1,20}>|\[[\w-]{1,20}\]) API key/i,
    ['base-url', 'cursor-service'],
    `Cursor could not use the key or endpoint it names (redacted here). If "Override OpenAI Base URL" is set in Cursor Settings > Models, check it is a public HTTPS address that serves /models and /chat/completions, or clear it; otherwise test the provider key outside Cursor (${stepRef('provider-test')}).`,
  ),
  rule(
    /Unauthorized User API key|Bad User API key/i,
    ['cursor-account', 'cursor-user-key', 'provider-key'],
    `Sign out of Cursor and back in (${stepRef('cursor-login')}). If that does not clear it: in CI, replace CURSOR_API_KEY with a new user API key; with your own provider key, test that key outside Cursor (${stepRef('provider-test')}).`,
    {provider: 'cursor', code: 'ERROR_BAD_USER_API_KEY', stepId: 'cursor-login'},
  ),
  rule(
    /The provided API key is invalid/i,
    ['cursor-user-key', 'network'],
    `Create a new Cursor user API key at ${KEY_PAGE.cursor} (Cursor Dashboard > API Keys) and set it as CURSOR_API_KEY. The CLI says this for a proxy, TLS or DNS failure too: run \`cursorkey-wizard doctor\` to rule that out.`,
    {provider: 'cursor', stepId: 'user-api-key'},
  ),
  rule(
    /Authentication required(?: to use Cursor Agent)?\.? (?:Please run|Run)|Not authenticated|\bNot logged in\b|Partially authenticated|Login failed or timed out|Failed to open browser for login/i,
    ['cursor-account', 'cursor-user-key'],
    'Run `agent login` and finish the browser sign-in (`NO_OPEN_BROWSER=1 agent login` over SSH), or set CURSOR_API_KEY to a Cursor user API key for headless use.',
    {provider: 'cursor', stepId: 'cli-login'},
  ),
  rule(
    /unable to fetch user details/i,
    ['cursor-account', 'network'],
    'The CLI holds a login it could not verify: check that this machine reaches api2.cursor.sh (proxy, firewall, sandbox), then run `agent logout` and `agent login`.',
    {provider: 'cursor', stepId: 'cli-login'},
  ),
  rule(
    /\[unauthenticated\]|User is unauthorized/i,
    ['cursor-account'],
    'Cursor rejected this account. Sign out and in with the right account (`agent logout`, `agent login`); if it persists, the account itself is blocked: contact Cursor support.',
    {provider: 'cursor'},
  ),
  rule(
    /Outdated Client|no longer supports this action/i,
    ['cursor-service'],
    'Update Cursor and the CLI (`agent update`), then retry.',
    {provider: 'cursor', code: 'ERROR_OUTDATED_CLIENT'},
  ),
  rule(
    /Invalid Cursor API key/i,
    ['cursor-user-key'],
    `Create a new Cursor user API key at ${KEY_PAGE.cursor} (Cursor Dashboard > API Keys); some integrations also need a paid Cursor plan.`,
    {provider: 'cursor', stepId: 'user-api-key'},
  ),
  rule(
    /Enterprise access required/i,
    ['cursor-user-key'],
    'This key is of the wrong kind for this Cursor API. Use a user API key for the CLI and SDK, an Admin API key for the Admin API (https://cursor.com/dashboard).',
    {provider: 'cursor', stepId: 'user-api-key'},
  ),
];

const COMMON_ADVICE: Record<CommonAdvice, (provider: Provider | null) => string> = {
  'replace-key': replaceKey,
  'add-credit': addCredit,
  wait: () => WAIT,
  'provider-failing': () => PROVIDER_FAILING,
};

function actionOf(action: ErrorText['action']): Parameters<typeof rule>[2] {
  if (typeof action === 'string') return action;
  return (provider) =>
    [action.before, COMMON_ADVICE[action.advice](provider), action.after].filter(Boolean).join(' ');
}

/** The specs with error texts, in the order their texts are read. */
export function readingOrder(specs: readonly ProviderSpec<Provider>[]): ProviderSpec<Provider>[] {
  const order = specs.filter((spec) => spec.errorTexts && !spec.errorTexts.readBefore);
  for (const spec of specs) {
    const before = spec.errorTexts?.readBefore;
    if (!before) continue;
    const at = order.findIndex((other) => other.id === before);
    order.splice(at < 0 ? order.length : at, 0, spec);
  }
  return order;
}

function textRulesOf(spec: ProviderSpec<Provider>): TextRule[] {
  return (spec.errorTexts?.texts ?? []).map((text) => ({
    ...rule(text.pattern, [...text.layers], actionOf(text.action), {
      ...(text.shared ? {} : {provider: spec.id}),
      ...(text.code === undefined ? {} : {code: text.code}),
    }),
    ...(text.shared ? {} : {speaker: spec.id}),
  }));
}

/** Cursor's texts first, then each provider's known texts from its spec. */
export const SPECIFIC_RULES: readonly TextRule[] = [
  ...CURSOR_RULES,
  ...readingOrder(PROVIDER_SPECS as readonly ProviderSpec<Provider>[]).flatMap(textRulesOf),
];

/**
 * The first rule that matches. `told`: the provider the person named (`--provider`), never one
 * guessed from the text; another provider's own wordings are then passed over, so its pages and
 * codes are never given for this one's error.
 */
export function matchRules(
  rules: readonly TextRule[],
  text: string,
  provider: Provider | null,
  told: Provider | null = null,
): RuleMatch | null {
  // Terminals and forums wrap long messages; a phrase must still match across the break. A
  // message quoted inside a JSON string reads as itself, without its escapes.
  const flat = text
    .replace(/(?<!\\)\\+[nrt]/g, ' ')
    .replace(/(?<!\\)\\+(["'])/g, '$1')
    .replace(/\s+/g, ' ');
  for (const candidate of rules) {
    if (told && told !== 'cursor' && candidate.speaker && candidate.speaker !== told) continue;
    const found = candidate.pattern.exec(flat);
    if (!found) continue;
    // A provider named in the text ("Unauthorized User Openai API key") beats the hint.
    const named = found
      .slice(1)
      .map((group) => (group ? providerOfWord(group) : null))
      .find((word) => word !== null);
    const match = candidate.match(found, named ?? provider);
    if (match) return match;
  }
  return null;
}
