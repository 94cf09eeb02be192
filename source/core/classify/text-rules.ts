// Plain-text forms of errors that arrive without a parseable payload: a chat banner, a line
// copied from a log, an SDK exception. JSON bodies and the CLI's stderr are routed to the Cursor
// and provider modules first; these rules catch what remains. The first matching rule wins.
import type {Layer, Provider, StepId} from '../vocabulary.js';
import {BILLING_PAGE, INSTALL_CLI, KEY_PAGE, providerName} from './links.js';
import {DOUBLED_KEY, keyTypeRejected} from '../providers/diagnose/gemini.js';
import {DEACTIVATED_ACCOUNT} from '../providers/diagnose/openai.js';
import {stepRef} from '../step-order.js';
import {providerOfWord} from './signals.js';

export interface RuleMatch {
  /** Every layer the text could mean; the classifier orders them by the fix order. */
  layers: Layer[];
  provider: Provider | null;
  code: string | null;
  /** Overrides the layer's default step when the text names a more precise one. */
  stepId?: StepId;
  action: string;
}

export interface TextRule {
  pattern: RegExp;
  /** Null when the rule does not apply after all (a Cursor-only wording next to a provider). */
  match(found: RegExpExecArray, provider: Provider | null): RuleMatch | null;
}

export function rule(
  pattern: RegExp,
  layers: Layer[],
  action: string | ((provider: Provider | null, found: RegExpExecArray) => string),
  options: {provider?: Provider; code?: string; stepId?: StepId} = {},
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

export const SPECIFIC_RULES: readonly TextRule[] = [
  // Cursor features and plans: a BYOK key cannot unlock these.
  rule(
    /Cursor Pro Required|requires? (?:a )?(?:Cursor )?Pro (?:plan|subscription)|Pro (?:plan|subscription) (?:is )?required|\bPRO_USER_ONLY\b/i,
    ['feature'],
    'This Cursor feature needs a paid Cursor plan; a provider key does not unlock it. Upgrade at https://cursor.com/settings, or use a chat model that your own key serves.',
    {provider: 'cursor', code: 'ERROR_PRO_USER_ONLY'},
  ),
  rule(
    /custom models? (?:that )?cannot be billed to an API key|cannot be billed to an API key|(?:not|isn't) (?:supported|available) (?:with|for) (?:your own |custom |an? )?API keys?|\bAPI_KEY_NOT_SUPPORTED\b|(?:Tab|Agent|Edit)[^.\n]{0,40}(?:do(?:es)? not|don't|doesn't) use (?:your )?(?:own )?API keys?/i,
    ['feature'],
    'Agent, Edit and Tab run on Cursor-billed custom models that your API key cannot pay for. Use a Cursor plan for them, or switch off "Override OpenAI Base URL"/API keys for those features; BYOK covers chat models only.',
    {provider: 'cursor', code: 'ERROR_API_KEY_NOT_SUPPORTED'},
  ),
  rule(
    /The model (\S+) does not work with your current plan or API key/i,
    ['model', 'feature'],
    (_provider, found) =>
      `The model ${found[1]} is not available to this Cursor plan or key. Pick a model your key can use (test it outside Cursor, ${stepRef('provider-test')}), or one your Cursor plan includes.`,
  ),

  // The Cursor CLI itself.
  rule(
    /\b(?:agent|cursor-agent)(?:: command not found|: not found|' is not recognized as an internal or external command)|spawn (?:agent|cursor-agent) ENOENT/i,
    ['cursor-cli'],
    `Install the Cursor CLI with \`${INSTALL_CLI}\` and add ~/.local/bin to PATH (Homebrew installs only \`cursor-agent\`).`,
    {provider: 'cursor'},
  ),
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
    ['cursor-cli'],
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

  // Anthropic.
  rule(/invalid x-api-key/i, ['provider-key'], () => replaceKey('anthropic'), {
    provider: 'anthropic',
    code: 'authentication_error',
  }),
  rule(
    /x-api-key header is required|Could not resolve authentication method/i,
    ['provider-key'],
    'No Anthropic key was sent. Set ANTHROPIC_API_KEY (or paste the key in Cursor Settings > Models > Anthropic).',
    {provider: 'anthropic', code: 'authentication_error'},
  ),
  rule(
    /OAuth authentication is currently not supported|only authorized for use with Claude Code/i,
    ['provider-key'],
    `That is a Claude subscription token, not an API key. Create an API key at ${KEY_PAGE.anthropic}.`,
    {provider: 'anthropic', code: 'authentication_error'},
  ),
  rule(
    /OAuth authentication is currently not allowed for this organization|This organization has been disabled/i,
    ['provider-permission'],
    'The Anthropic organization does not allow this. Ask its admin, or use a key from an active organization.',
    {provider: 'anthropic'},
  ),
  rule(/credit balance is too low/i, ['quota'], () => addCredit('anthropic'), {
    provider: 'anthropic',
    code: 'invalid_request_error',
  }),
  rule(
    /enforced_spend_limit_reached/i,
    ['quota'],
    `The Anthropic spend limit is reached. Raise it at ${BILLING_PAGE.anthropic}; retrying will not help.`,
    {provider: 'anthropic', code: 'enforced_spend_limit_reached'},
  ),
  rule(
    /overloaded_error|"Overloaded"|\b529\b[^\n]{0,20}Overloaded/i,
    ['provider-outage'],
    'Anthropic is overloaded. Wait and retry; nothing to fix on your side.',
    {provider: 'anthropic', code: 'overloaded_error'},
  ),
  rule(
    /rate_limit_error|would exceed (?:your (?:account's|organization's)|the) rate limit/i,
    ['rate-limit'],
    WAIT,
    {provider: 'anthropic', code: 'rate_limit_error'},
  ),

  // OpenAI.
  rule(
    /Incorrect API key provided|\binvalid_api_key\b/i,
    ['provider-key'],
    () => replaceKey('openai'),
    {provider: 'openai', code: 'invalid_api_key'},
  ),
  rule(
    /You didn't provide an API key|Missing credentials\. Please pass an `apiKey`/i,
    ['provider-key'],
    'No OpenAI key was sent. Set OPENAI_API_KEY (or paste the key in Cursor Settings > Models > OpenAI).',
    {provider: 'openai'},
  ),
  rule(
    /\baccount_deactivated\b|account associated with this API key has been deactivated/i,
    ['provider-permission'],
    DEACTIVATED_ACCOUNT,
    {provider: 'openai', code: 'account_deactivated'},
  ),
  rule(
    /mismatched_organization|OpenAI-Organization header should match/i,
    ['provider-permission'],
    "The organization sent does not own this key. Unset OPENAI_ORG_ID (or set the key's own organization).",
    {provider: 'openai', code: 'mismatched_organization'},
  ),
  rule(
    /Missing scopes?:|\bmissing_scope\b|insufficient permissions for this operation/i,
    ['provider-permission'],
    'This restricted OpenAI key lacks a permission (e.g. model.request). Give it "All" or the missing scope at https://platform.openai.com/api-keys.',
    // Real bodies carry "code": null; the text names the scope (providers.md P2).
    {provider: 'openai'},
  ),
  rule(
    /\binsufficient_quota\b/i,
    ['quota'],
    () => addCredit('openai') + ' API use is billed apart from a ChatGPT subscription.',
    {provider: 'openai', code: 'insufficient_quota'},
  ),
  rule(/Rate limit reached for|\brate_limit_exceeded\b/i, ['rate-limit'], WAIT, {
    provider: 'openai',
    code: 'rate_limit_exceeded',
  }),
  rule(
    /Request too large for/i,
    ['rate-limit'],
    'The request is larger than the per-minute token limit: shorten it or pick a model with a higher limit. Retrying as-is will not help.',
    {provider: 'openai', code: 'rate_limit_exceeded'},
  ),
  rule(
    /does not exist or you do not have access to it|\bmodel_not_found\b/i,
    ['model'],
    'Pick a model this key can use: list them with GET /v1/models, and check the spelling in Cursor Settings > Models.',
    {provider: 'openai', code: 'model_not_found'},
  ),
  rule(
    /Country, region, or territory not supported|unsupported_country_region_territory|User location is not supported/i,
    ['provider-permission', 'network'],
    'The provider refuses requests from this region. A VPN or proxy exit in another region also triggers it.',
  ),
  rule(
    /IP not authorized/i,
    ['provider-permission', 'network'],
    'The key only accepts certain IP addresses: allow this IP in the provider console, or use the key from an allowed network.',
  ),
  rule(
    /The engine is currently overloaded|The server had an error while processing your request/i,
    ['provider-outage'],
    PROVIDER_FAILING,
    {provider: 'openai'},
  ),
  // "Slow Down" is the title of OpenAI's 503, capitalised; "Too many requests, please slow down"
  // is a rate limit, so this one reads case.
  rule(/\bSlow Down\b/, ['provider-outage'], PROVIDER_FAILING, {provider: 'openai'}),

  // Google Gemini.
  rule(
    // A rejected key type under a misleading OAuth wording (providers.md P1): the key prefix,
    // unknown in a pasted text, tells a retired AIza key from an unusable AQ. one.
    /ACCESS_TOKEN_TYPE_UNSUPPORTED|Expected OAuth 2 access token/i,
    ['provider-key'],
    keyTypeRejected('', null).action,
    {provider: 'google', code: 'ACCESS_TOKEN_TYPE_UNSUPPORTED'},
  ),
  rule(/Multiple authentication credentials received/i, ['request', 'base-url'], DOUBLED_KEY, {
    provider: 'google',
    code: 'INVALID_ARGUMENT',
  }),
  rule(
    /API key not valid|API_KEY_INVALID|API key expired/i,
    ['provider-key'],
    () => replaceKey('google') + ' Gemini answers 400 for a bad or expired key.',
    {provider: 'google', code: 'API_KEY_INVALID'},
  ),
  rule(
    /unregistered callers/i,
    ['provider-key'],
    'No Gemini key was sent. Set GOOGLE_API_KEY or GEMINI_API_KEY (or paste it in Cursor Settings > Models > Google).',
    {provider: 'google', code: 'PERMISSION_DENIED'},
  ),
  rule(
    /reported as leaked/i,
    ['provider-key'],
    `Google disabled this key because it leaked. ${replaceKey('google')}`,
    {provider: 'google', code: 'PERMISSION_DENIED'},
  ),
  rule(
    /has not been used in project|SERVICE_DISABLED|has been suspended|project has been denied access/i,
    ['provider-permission'],
    "The key's Google project cannot use the Gemini API: enable the Generative Language API for it, or use a key from another project (https://aistudio.google.com/apikey).",
    {provider: 'google', code: 'PERMISSION_DENIED'},
  ),
  rule(
    /is not found for API version|not supported for generateContent/i,
    ['model'],
    'That Gemini model name is retired or wrong. Pick one from ListModels (GET /v1beta/models) and update Cursor Settings > Models.',
    {provider: 'google', code: 'NOT_FOUND'},
  ),
  rule(
    /RESOURCE_EXHAUSTED|Resource has been exhausted/i,
    ['rate-limit', 'quota'],
    `Wait as Gemini asks (RetryInfo), then retry. A "limit: 0" or per-day quota will not clear soon: enable billing at ${BILLING_PAGE.google}.`,
    {provider: 'google', code: 'RESOURCE_EXHAUSTED'},
  ),
  rule(
    /exceeded your current quota/i,
    ['quota'],
    (provider) =>
      `${addCredit(provider)} If it clears within a minute, it was a per-minute limit instead.`,
  ),

  // OpenRouter.
  rule(
    /"?User not found\.?"?|No (?:cookie )?auth credentials found/i,
    ['provider-key'],
    () => replaceKey('openrouter'),
    {provider: 'openrouter'},
  ),
  rule(
    /requires more credits|can only afford|Insufficient credits/i,
    ['quota'],
    () => addCredit('openrouter'),
    {provider: 'openrouter'},
  ),
  rule(
    /free-models-per-day|Rate limit exceeded: /i,
    ['rate-limit', 'quota'],
    `${WAIT} Free-model daily limits reset once a day; credits raise them (${BILLING_PAGE.openrouter}).`,
    {provider: 'openrouter'},
  ),
  // OpenRouter's wrapper for any upstream failure: alone it names no layer; the status picks one.
  rule(
    /Provider returned error/i,
    ['unknown', 'request', 'provider-outage'],
    'The upstream provider behind OpenRouter refused or failed this request, without saying why here. A 400 means this request (context, parameter, tool), a 5xx the provider: retry, or pick another provider or model. Share next: the status and the "raw" metadata of the error.',
    {provider: 'openrouter'},
  ),

  // Azure OpenAI.
  rule(
    /invalid subscription key or wrong API endpoint/i,
    ['provider-key', 'base-url'],
    'Use a key of this very resource (Keys and Endpoint in the Azure portal) and its own endpoint, https://<resource>.openai.azure.com.',
    {provider: 'azure', code: '401'},
  ),
  rule(
    /DeploymentNotFound|API deployment for this resource does not exist/i,
    ['model', 'base-url'],
    'Use the deployment name (not the model name) exactly as in Azure AI Foundry > Deployments; a new deployment needs about 5 minutes.',
    {provider: 'azure', code: 'DeploymentNotFound'},
  ),
  rule(
    /Please retry after (\d{4,}) seconds/i,
    ['quota'],
    'The Azure quota is exhausted for the day or set to zero: raise it at https://aka.ms/oai/quotaincrease.',
    {provider: 'azure', code: '429'},
  ),
  rule(
    /exceeded (?:the )?(?:token|call) rate limit|Please retry after \d+ seconds/i,
    ['rate-limit', 'quota'],
    `${WAIT} Raise the deployment's TPM at https://aka.ms/oai/quotaincrease if it keeps happening.`,
    {provider: 'azure', code: '429'},
  ),
  rule(
    /approved private endpoint|Public access is disabled|lacks the required data action/i,
    ['provider-permission', 'network'],
    'The Azure resource does not accept this caller: allow public access or this network, or grant the data action.',
    {provider: 'azure'},
  ),
  rule(
    /OPENAI_API_VERSION environment variable is missing|Must provide one of the `baseURL` or `endpoint`/i,
    ['base-url'],
    'Set AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION (e.g. 2024-10-21), or use the v1 base URL https://<resource>.openai.azure.com/openai/v1/.',
    {provider: 'azure'},
  ),

  // AWS Bedrock.
  rule(
    /Invalid API Key format/i,
    ['provider-key', 'provider-permission'],
    'Either this is not a Bedrock API key (those start with ABSK, or bedrock-api-key- for short-term keys), or the IAM identity behind a well-formed key lacks bedrock:CallWithBearerToken, which Bedrock reports in these words too: check the prefix, then the permission.',
    {provider: 'bedrock'},
  ),
  rule(
    /UnrecognizedClientException|security token included in the request is invalid|InvalidSignatureException|signature we calculated does not match|ExpiredTokenException|security token included in the request is expired|make sure your API Key is valid/i,
    ['provider-key', 'base-url'],
    'The AWS credentials are wrong or expired: refresh them (aws sso login, a new access key or Bedrock API key), and check AWS_REGION matches the key.',
    {provider: 'bedrock'},
  ),
  rule(
    /not authorized to perform:? bedrock:CallWithBearerToken/i,
    ['provider-permission'],
    'IAM denies the use of Bedrock API keys to this identity: allow bedrock:CallWithBearerToken for the IAM user or role behind the key.',
    {provider: 'bedrock', code: 'AccessDeniedException'},
  ),
  rule(
    /is not authorized to perform|aws-marketplace|use case details have not been submitted/i,
    ['provider-permission'],
    "Grant bedrock:InvokeModel (and the Marketplace subscription actions) to this IAM identity, or submit the model's use-case form in the Bedrock console.",
    {provider: 'bedrock', code: 'AccessDeniedException'},
  ),
  rule(
    /don't have access to the model|inference profile|provided model identifier is invalid|reached the end of its life/i,
    ['model'],
    'Enable the model under Amazon Bedrock > Model access, and call it by an inference profile id (us./eu./global. prefix) where required.',
    {provider: 'bedrock'},
  ),
  // The exception's name alone, when the message after it was cut off: IAM or model access.
  rule(
    /\bAccessDeniedException\b/,
    ['provider-permission', 'model'],
    'Bedrock denied this identity: allow bedrock:InvokeModel for it in IAM, and enable the model under Amazon Bedrock > Model access in this region.',
    {provider: 'bedrock', code: 'AccessDeniedException'},
  ),
  rule(/ServiceQuotaExceededException/i, ['quota'], () => addCredit('bedrock'), {
    provider: 'bedrock',
    code: 'ServiceQuotaExceededException',
  }),
  rule(
    /ThrottlingException|Too many (?:tokens|requests)(?: per day)?, please wait/i,
    ['rate-limit', 'quota'],
    WAIT,
    {provider: 'bedrock', code: 'ThrottlingException'},
  ),
  rule(
    /ServiceUnavailableException|InternalServerException|ModelErrorException|ModelTimeoutException|ModelNotReadyException/i,
    ['provider-outage'],
    'Bedrock is failing for this model. Wait and retry; nothing to fix on your side.',
    {provider: 'bedrock'},
  ),
];

export function matchRules(
  rules: readonly TextRule[],
  text: string,
  provider: Provider | null,
): RuleMatch | null {
  // Terminals and forums wrap long messages; a phrase must still match across the break. A
  // message quoted inside a JSON string reads as itself, without its escapes.
  const flat = text
    .replace(/\\+[nrt]/g, ' ')
    .replace(/\\+(["'])/g, '$1')
    .replace(/\s+/g, ' ');
  for (const candidate of rules) {
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
