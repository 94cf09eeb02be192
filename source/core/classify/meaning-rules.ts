// What a message means when no machine code or provider body settles it: the words people see
// in Cursor's banners, SDK exceptions and gateway replies, grouped by meaning rather than by
// phrasing. The groups are ranked: Cursor's own plan limits, then billing (quota words beat
// rate-limit words), then what the request carried, the model, the endpoint, permissions, the
// key, rate limits, outages, Cursor's own failures and the network; wrapper class names last.
// The groups live beside this file by subject; MEANING_RULES below is their one ranking.
import type {Provider} from '../vocabulary.js';
import {KEY_PAGE} from './links.js';
import {
  addCredit,
  matchRules,
  replaceKey,
  rule,
  type RuleMatch,
  SPECIFIC_RULES,
  type TextRule,
  WAIT,
} from './text-rules.js';
import {waitInText} from '../providers/rate-limit.js';
import {providerOfWord} from './signals.js';
import {NAMES_A_KEY, SESSION_ACTION} from './status-rules.js';
import {stepRef} from '../step-order.js';
import {
  ENDPOINT_KIND_RULES,
  ENDPOINT_RULES,
  LOCAL_ENDPOINT_RULES,
  NETWORK_CAUSE,
  NETWORK_RULES,
  WEAK_NETWORK_CAUSE,
  WEAK_NETWORK_RULES,
} from './address-rules.js';
import {
  CURSOR_SIDE_RULES,
  ACCOUNT_RULES,
  UNPAID_BILL,
  PLAN_RULES,
  MCP_CLIENT_RULES,
  SERVICE_RULES,
} from './cursor-rules.js';
import {REQUEST_RULES, REQUEST_FIELD_RULES, WEAK_REQUEST_RULES} from './request-rules.js';
import {CURSOR, onlyWhenNotFound, failingSide} from './rule-guards.js';
import {
  LOCAL_FILE_RULES,
  MCP_LAUNCHER_RULES,
  DASHBOARD_TOOL_RULES,
  LOGIN_POLL_RULES,
  MCP_SERVER_AUTH_RULES,
  MCP_SERVER_EXIT_RULES,
  CHILD_TIMEOUT_RULES,
  LOCAL_PROGRAM_RULES,
  CURSOR_APP_MISSING_RULES,
  CLI_VALUE_RULES,
  PLAIN_TEXT_FOR_JSON_RULES,
  CHILD_EXIT_RULES,
} from './tool-rules.js';

/** A cloud SDK that found no credentials in any of its sources: no key reached the provider. */
const NO_CREDENTIALS_RULES: readonly TextRule[] = [
  rule(
    /(?:Could not|Unable to|Failed to) (?:load|locate|find|determine|resolve) (?:any )?(?:valid )?credentials|Could not automatically determine credentials|NoCredentialsError|CredentialsProviderError|\bProfileNotFound\b|\bconfig profile \([^)\n]{1,80}\) could not be found/i,
    ['provider-key'],
    'No credentials were found where the request runs: sign in with the cloud command-line tool or set its credential variables (or profile), or paste the key into Cursor Settings > Models.',
  ),
];

/** A quota counted per minute or second is a rate limit, whatever word it uses. */
export const PER_MINUTE =
  /per[ _-]?(?:minute|min\b|second)|PerMinute|PerSecond|\/ ?min\b|\b[RT]P[MD]\b|requests per day/i;

/** Words that settle billing even next to a per-minute counter or a 403. */
export const PLAINLY_BILLING =
  /exceeded your current quota|billing details|credit balance|insufficient|bigger than (?:the )?(?:current )?available capacity|limit: 0\b|\b(?:key|spend(?:ing)?|credit|budget) limit/i;

const NEVER_REFILLS_SOON = /limit: 0\b|PerDay|per[ _-]day|daily/i;

/**
 * A quota the provider says refills within a minute ("Please retry in 12.0s", a retryDelay under
 * 60 s) is a rate limit, even in billing words, unless its limit is zero or counted per day.
 */
export function refillsWithinAMinute(text: string): boolean {
  const wait = waitInText(text);
  return wait !== null && wait < 60 && !NEVER_REFILLS_SOON.test(text);
}

/** Quota words about a per-minute counter: a rate limit first, the quota behind it second. */
function countedPerMinute(inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) => {
      const match = inner.match(found, provider);
      const refillsSoon = refillsWithinAMinute(found.input);
      if (
        !match ||
        (!refillsSoon && (!PER_MINUTE.test(found.input) || PLAINLY_BILLING.test(found.input)))
      ) {
        return match;
      }
      return {...match, layers: ['rate-limit', ...match.layers], action: WAIT};
    },
  };
}

/**
 * The account's data-retention setting (zero data retention, a retention mode) leaves this model
 * out: a permission of the account, read before the model or request words it comes with.
 */
const DATA_RETENTION_RULES: readonly TextRule[] = [
  rule(
    /\b(?:zero[ -])?data[ -]retention\b[^\n]{0,120}?\b(?:not (?:available|supported|allowed|permitted)|cannot be used|unavailable)\b|\b(?:not (?:available|supported|allowed|permitted)|cannot be used|unavailable)\b[^\n]{0,120}?\b(?:data[ -]retention|ZDR)\b/i,
    ['provider-permission'],
    "The account's data-retention setting (zero data retention, a retention mode) does not allow this model: pick a model it covers, or change the setting in the provider console.",
  ),
];

/**
 * Out of money: credit, balance, billing, a hard quota. A balance, credit or quota said to be too
 * low or used up is that in either word order (c-gateway-2, g-gateway-3, d-anthropic-38), and so
 * is a request to top up or recharge.
 */
const BILLING_RULES: readonly TextRule[] = [
  // Z.AI (Zhipu) answers a GLM Coding Plan key sent to its pay-as-you-go endpoint with its
  // balance error, code 1113: every resolved thread found that endpoint, not the money
  // (v-gateway-3, -4, -5; the same fix in cfal/garcon#142, BerriAI/litellm#25479,
  // iOfficeAI/OfficeAI#33, NousResearch/hermes-agent#9753).
  rule(
    /no resource package|无可用资源包|["']code["']\s{0,2}:\s{0,2}["']?1113\b/i,
    ['base-url', 'quota'],
    "Z.AI (Zhipu) says this when a GLM Coding Plan key is sent to its pay-as-you-go endpoint: set the base URL to the plan's own, https://api.z.ai/api/coding/paas/v4 (or https://open.bigmodel.cn/api/coding/paas/v4 in China). Without a Coding Plan, top up the balance; a new key will not help.",
  ),
  // A subscription bills long-context (1M) requests as extra usage, which is off or used up,
  // even inside a 429 rate_limit_error: turning it on, or the standard context, fixed it
  // (n-anthropic-7; anthropics/claude-code#23472, Wei-Shaw/sub2api#572,
  // griffinmartin/opencode-claude-auth#209).
  rule(
    /\bExtra usage (?:is )?required\b|\bout of extra usage\b/i,
    ['quota'],
    "This plan bills long-context (1M) requests as extra usage, which is off or used up: turn extra usage on (with a payment method) in the subscription's usage settings, or switch the model to its standard context. Waiting or a new key will not help.",
  ),
  countedPerMinute(
    rule(
      /insufficient[ _]?(?:\w+[ _])?(?:balance|quota|credits?|funds)|(?:only )?(?:accessible|available) to billed (?:users|accounts)|bigger than (?:the )?(?:current )?available capacity|credit balance|out of credits?|(?:add|buy|purchase) (?:more )?credits|billing (?:details|hard limit|is not|not enabled|account)|enable billing|payment (?:required|method)|\bbilling_error\b|quota[ _](?:has been |was )?(?:exceeded|exhausted)|quota has been (?:exceeded|exhausted)|billing_not_active|exceeded (?:your|the) (?:\w+ )?quota|not enough (?:credits|balance)|account (?:is )?(?:not active|inactive|deactivated)|\bHTTP 402\b|\b402 Payment|(?:reached|hit|exceeded|over) (?:your |the )?(?:\w+ ){0,2}usage limits?|usage limits? (?:has been |have been |was |is )?(?:reached|hit|exceeded)|payment instrument|credits? (?:are|is) required|monthly (?:limit|quota|budget)|(?<!thinking )budget(?![_ ]tokens| \d+ is invalid)|spend(?:ing)? limit|key limit|tokens per day|credits? (?:exhausted|exceeded|used up|depleted)|no credits|ran out of credits|limit: 0\b|free[_ ]?(?:quota[_ ])?tier|PerDay|daily (?:limit|quota)|API usage limits?|regain access on|余额不足|额度(?:不足|已用尽)|配额已用完|已欠费|\b(?:balance|credits?|quota|funds)\b[^\n.]{0,30}?\b(?:insufficient|not enough|too low|exhausted|used up|depleted|run out|negative)\b|\b(?:recharge|top[ -]?up|add (?:more )?funds)\b|hard billing limit|\bbilling_hard_limit|\bArrearage\b|in good standing/i,
      ['quota'],
      (provider) => addCredit(provider),
    ),
  ),
  rule(UNPAID_BILL, ['quota'], (provider) => addCredit(provider)),
];

/**
 * A coding agent's own subscription limit in the words Cursor uses for its own ("You've hit your
 * usage limit"): Codex on a ChatGPT plan names ChatGPT's pricing page, or its messages used up
 * (openai/codex#3124, #3899, #4104, #21421, #2330). The plan's limit, not Cursor's, not a key's.
 */
const AGENT_PLAN_RULES: readonly TextRule[] = [
  rule(
    /\busage limit\b[^\n]{0,120}?(?:chatgpt\/pricing|ChatGPT plan)|\bout of Codex messages\b|\buse Codex with your ChatGPT plan\b/i,
    ['quota'],
    "This is the ChatGPT plan's Codex limit, not Cursor's and not an API key's: wait for the reset it names, or upgrade the plan or add credits. A new key will not help.",
  ),
];

/**
 * Volcengine Ark's 404 for a model id it has no inference endpoint for, read before the endpoint
 * words it uses: Ark takes the endpoint id (ep-…) or its own model id as the model (x-gateway-9,
 * -11).
 */
const ARK_MODEL_RULES: readonly TextRule[] = [
  rule(
    /The request targeted an endpoint that does not exist or is invalid|volces\.com\/api\/v3\/\S{0,60} not found/i,
    ['model'],
    'Volcengine Ark found no inference endpoint for that model: use the endpoint id (ep-…) from the Ark console, or a model id Ark lists, as the model name. The base URL https://ark.cn-beijing.volces.com/api/v3 is right.',
  ),
];

/** The model name or its availability. */
const MODEL_RULES: readonly TextRule[] = [
  rule(
    /\bDeploymentModelNotSupported\b|(?:does not|doesn't) support the model (?:that )?you provided|(?<![a-z])model[^\n]{0,80}not found|try pulling it first|pull model manifest: 4\d\d\b|rejected (?:the )?model\b(?!['’]s\b| (?:response|output|answer|reply|completion|message)s?\b)|\bmodel:? ['"`]?(?!(?:response|output|answer|reply|completion|message)s?\b)[\w.:/-]{1,80}['"`]? (?:was |has been |is )?rejected\b|Model Not Exist|(?:model|model name)[^\n]{0,20}(?:is )?not (?:valid|recogni[sz]ed)|\bmodel (?:ID|identifier)\b[^\n]{0,100}?\b(?:is )?(?:not valid|invalid)\b|not a valid model|invalid model|Cannot use this model|Available models:|unknown model|no such model|\bNoSuchModelError\b|\b\w*ModelNotFound(?:Error|Exception)\b|No such (?:languageModel|textEmbeddingModel|imageModel)\b|No endpoints found(?! matching your data policy| that support| that can handle)|Must provide an 'engine' or 'deployment_id' parameter|model[^\n]{0,40}(?:does not exist|is not available(?! in (?:your|this) (?:country|region|location|territory))|not supported|deprecated|retired|decommissioned|legacy|end of (?:its )?life)|model_not_(?:found|available|supported)|(?:with|for) the (?:specified|selected|requested) model|doesn't support on-demand|with on-demand throughput|No models loaded|Max Mode (?:is )?Required|(?<![\w.:/-])(?=[\w.:/-]*\d)[\w.:/-]+ (?:is|has been) (?:no longer (?:available|supported|served)|deprecated|retired|discontinued)|does not support (?:chat|completions?|generate|embeddings?|this (?:endpoint|method|operation))\b|LLM Provider NOT provided|You passed in model=None|There is no 'model_name'|Invalid model name passed in model=|\bmodel: (?=[\w.:/-]*\d)[\w.:/-]+\s*$|(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|upgrad(?:e|ing)) to (?:a |an )?(?:different|another|newer|other) model\b|requires more system memory|无可用渠道|No available channels? for model|模型[^\n]{0,20}(?:不存在|不可用|不支持)|(?:error|failed to|unable to|could not) load(?:ing)? (?:the )?model|model failed to load|llama runner process has terminated/i,
    ['model'],
    'Pick a model this key and provider actually serve: check the exact name (and, behind a gateway, the name the gateway expects), or pull/enable it first.',
  ),
  // Ollama's own chat and generate paths always exist; a 404 there is its answer for a model it
  // has not pulled (g-cursor-forum-other-6, l-gateway-2). Behind /v1 the path is wrong instead.
  onlyWhenNotFound(
    rule(
      /(?<!\/v1):11434\/api\/(?:chat|generate)\b/i,
      ['model', 'base-url'],
      'Ollama answers 404 on /api/chat for a model it does not have: run `ollama list`, then `ollama pull <model>` or use the exact name it lists.',
    ),
  ),
];

/**
 * The key is valid but not allowed: organisation, project, region, scope. "Access denied" or
 * "Forbidden" that gives a bad or missing key as its reason is the key, not a permission.
 */
const PERMISSION_RULES: readonly TextRule[] = [
  // An Azure subscription not approved for this kind of resource (r-azure-4, r-azure-8).
  rule(
    /SpecialFeatureOrQuotaIdRequired|subscription does not have QuotaId\/Feature required/i,
    ['provider-permission'],
    'This Azure subscription is not approved for this resource kind or SKU (Azure OpenAI needs an approved subscription): request access for it, or create the resource in a subscription that has it.',
  ),
  // A resource that turned key sign-in off (Azure's disableLocalAuth) refuses every key, valid or
  // not: the way of signing in, not the key (n-azure-10, n-azure-11).
  rule(
    /\bAuthenticationTypeDisabled\b|\bKey based authentication is disabled\b/i,
    ['provider-permission'],
    'This resource has key sign-in turned off: sign in with Microsoft Entra ID (a token from a role the resource trusts), or have its admin allow keys again. A new key will not help.',
  ),
  // The key itself suspended is the key, though Google says it as a permission (j-google-103).
  rule(
    /Consumer ['"]?api_key:[^'"\n]{0,80}['"]? has been suspended|API key (?:has been |was |is )?(?:suspended|disabled|revoked)/i,
    ['provider-key'],
    (who) => replaceKey(who),
  ),
  rule(
    /organi[sz]ations? (?:must be verified|is not verified|verification)|organi[sz]ation (?:has been |is |was )?(?:restricted|suspended|disabled|banned)\b|key is valid,? but (?:the )?(?:provider|server|service) refused|verify (?:your )?organi[sz]ation|no such organi[sz]ation|member of an organi[sz]ation|Permission\b[^\n]{0,80}?\bdenied on resource|PERMISSION_DENIED|PermissionDenied(?!Error)|lacks the required (?:data )?action|permission_error|not allowed (?:to|for this)|(?:do|does) not have (?:sufficient |the required )?(?:permissions?|access)|(?:(?:do|does) not have|lacks?|has no|have no) (?:the required )?authori[sz]ation (?:to|for)\b|\bAuthorizationFailed\b|(?:access denied|forbidden)(?![^\n.]{0,16}?\b(?:invalid|missing|incorrect|expired|wrong) (?:[\w-]{1,20} )?(?:key|token|credentials?)\b)|not (?:available|supported) in your (?:country|region|location)|(?:doesn't|does not) serve your region|region is not supported|unsupported_country|location is not supported|not authori[sz]ed|Operation not allowed|not (?:been )?enabled (?:for|in|on) (?:this|your) project|API has not been (?:used|enabled)|are blocked\.|no_organization|guardrail restrictions|data policy|(?:disabled|suspended|banned|blocked) (?:in|for|on) (?:this|your) (?:account|organi[sz]ation|project)|violation of (?:the |our )?Terms of Service|Terms of Service violation|(?:account|organi[sz]ation|project) (?:has been |was |is )?(?:suspended|banned|disabled)|\(account settings\)|excluded by (?:your )?(?:account|privacy) settings|endpoints? (?:were |was )?excluded|(?:令牌)?分组[^\n]{0,30}已被禁用|\bNo [\w ]{1,40} connection associated with this project|\bClient not allowed\b|无权(?:访问|使用|调用)|没有(?:访问|使用)?权限|权限不足|(?:账户|账号|用户|令牌|分组)(?:已)?被(?:禁用|封禁|冻结)/i,
    ['provider-permission'],
    'The key is valid but not allowed to do this: check its organization (verified?), project, region and scopes in the provider console.',
  ),
];

/** The key itself: missing, malformed, rejected. A Cursor key named as such is Cursor's. */
const KEY_RULES: readonly TextRule[] = [
  // An Entra ID token from another tenant than the resource's: the credential, not its rights.
  rule(
    /\btenant\b[^\n]{0,80}?\bdoes not match\b[^\n]{0,40}?\b(?:resource|token)\b|does not match (?:the )?resource tenant/i,
    ['provider-key'],
    "The sign-in token was issued in another tenant than the resource's: sign in to the resource's tenant (`az login --tenant <its id>`), or use a key or credential from that tenant.",
  ),
  rule(
    // "User API Key Rate limit exceeded" names the key whose requests were counted, not a bad key.
    /(?:CURSOR_API_KEY|Cursor (?:user )?API key|User API key)(?!\s{0,3}rate[ _-]?limit)/i,
    ['cursor-user-key'],
    () => CURSOR_KEY_ACTION,
    CURSOR,
  ),
  keyRule(
    /api_key client option must be set|api[_ -]?key\b[^.\n]{0,40}?\b(?:missing|empty|required|not (?:set|found|provided|defined|configured)|undefined|unset)\b|\b(?:missing|no|did not find|could not find)\b[^.\n]{0,25}?api[_ -]?key|Missing (?:(?:API|subscription|access|secret)[ -]?)?key|Invalid (?:(?:API|subscription|access|secret)[ -]?)?key|Incorrect API key|Authentication Fails|invalid[_ ]authentication|Invalid Authentication|authentication_error|AuthenticationError|Unauthorized|Unable to authenticate|Bad API key|Authentication failed|invalid credentials|key (?:is |has been |was )?(?:invalid|expired|revoked|disabled|deleted|suspended)|\bHTTP 401\b|\breturned 401\b|Authentication ?Error|Virtual Key|Unable to locate credentials|DefaultCredentialsError|(?:load|find) the default credentials|default credentials were not found|invalid_grant|NoCredentialsError|provide your API key|pass (?:in )?(?:the |an? |your )?API key|set (?:the )?[A-Z][A-Z0-9]{1,20}_(?:API_)?KEY (?:or [A-Z][A-Z0-9_]{1,30} )*(?:environment|env) variable|authorization (?:header )?(?:was |is )?missing|Header of type authorization|Missing Authentication|Missing credentials\b|bearer token|token (?:is |has |has been |was )?(?:invalid|expired|revoked)|(?:failed to|could not|unable to) refresh (?:the )?(?:access |auth |session )?token|refresh token (?:is )?(?:invalid|expired|missing|revoked)|credentials? (?:have|has) expired|(?:SSO|STS) (?:session|token)[^.\n]{0,60}expired|ExpiredToken|sso login|Reauthentication is needed|gcloud auth (?:application-default )?login|无效的令牌|令牌(?:无效|已过期|状态不可用)|未提供(?:令牌|密钥|API ?Key)|缺少(?:令牌|密钥|API ?Key)|(?:API ?Key|密钥)\s?(?:无效|错误)|invalid (?:auth(?:entication)? |access |session |bearer |refresh )?token\b|\bexpired (?:[\w-]{1,20} )?(?:key|token|credentials?)\b|unknown (?:api )?key/i,
  ),
];

/**
 * A rejected key is the provider's, unless Cursor said it: then the Cursor user key when the text
 * names a key, else the login session it refused.
 */
function keyRule(pattern: RegExp): TextRule {
  const provider = rule(pattern, ['provider-key'], (who) => replaceKey(who));
  const cursorKey = rule(pattern, ['cursor-user-key'], () => CURSOR_KEY_ACTION);
  const session = rule(pattern, ['cursor-account', 'cursor-user-key'], SESSION_ACTION, CURSOR);
  return {
    pattern,
    match: (found, hinted) => {
      if (hinted !== 'cursor') return provider.match(found, hinted);
      return (NAMES_A_KEY.test(found.input) ? cursorKey : session).match(found, hinted);
    },
  };
}

const CURSOR_KEY_ACTION = `Create a Cursor user API key at ${KEY_PAGE.cursor} (Cursor Dashboard > API Keys) and set it as CURSOR_API_KEY where the CLI or SDK runs (${stepRef('user-api-key')}).`;

/** Too many requests, said in words. */
const RATE_RULES: readonly TextRule[] = [
  // OpenAI says its model is overloaded inside a RateLimitError: the words outrank the class.
  failingSide(/\boverloaded with other requests\b/i),
  rule(
    /rate[ _-]?limit|Too Many Requests|\b(?:max[ _])?parallel[ _]requests?[ _]limit|\b(?:request|call|invocation)s? (?:rate|frequency) (?:is |was )?(?:too high|exceeded)|(?<!error |failure )\b(?:rate|frequency) (?:is |was )?too high|(?:reduce|lower) the (?:frequency|rate) of (?:your )?(?:requests|calls)|too many requests|too (?:quickly|fast)|concurren(?:cy|t requests?) limit|requests per (?:minute|min|second|day)|tokens per min|\bTPM\b|\bRPM\b|RateLimitError|\b429\b|throttl|负载已(?:经)?饱和|请求(?:过于|太)频繁|请求频率过高|(?:频率|速率)限制|限流|请求(?:数|次数)(?:限制|超(?:过|出)?限)/i,
    ['rate-limit'],
    WAIT,
  ),
];

/** The provider is failing or overloaded. */
const OUTAGE_RULES: readonly TextRule[] = [
  unlessNetworkCause(
    reachingAProvider(
      rule(
        /(?:trouble|problems?|error|failed|unable) (?:while )?(?:connecting to|reaching|to reach|to connect to) (?:the )?(?:model provider|(\w+)\b(?![.-]\w))/i,
        ['provider-outage', 'cursor-service', 'network'],
        'Cursor could not get an answer from the model provider. Wait a moment and retry, or pick another model; if every model fails, check https://status.cursor.com and your network (VPN, proxy).',
      ),
    ),
  ),
  failingSide(
    /overloaded|high (?:traffic|demand)|capacity(?! should| must| is required| cannot be| can't be| property| parameter| field| value)|\b(?:service|server)s? (?:is |are )?(?:too |currently |very )?busy\b|服务器繁忙|temporarily unavailable|service unavailable|Bad Gateway|Gateway Time-?out|(?:\b(?:code|status|HTTP(?:\/[\d.]+)?|Error)\W{0,3}|\[)50[0234]\b|\b52[0-7]\b(?=[^\n]{0,40}?\b(?:timeout|timed out|origin|web server)\b)|\b50[0234](?=\s*(?:[-:{\]]|Internal|Bad|Service|Gateway))|internal server error|Internal error encountered|InternalServerError|server (?:had an|error)|upstream|try again later|(?<!\[)UNAVAILABLE|unable to process your request|currently loading|not ready yet|experiencing (?:an? )?(?:\w+ )?(?:issues|problems|outage|degradation|disruption|difficulties|degraded)|\b(?:partial|major|ongoing) outage|model is down|(?:did not|didn't|never) (?:send back|return|send) (?:a |any )?response|(?<!\b(?:you|request|client|caller|user) )(?:did not|didn't) (?:provide|return|produce) any (?:assistant )?(?:messages?|output|content)\b|empty (?:provider |upstream |model )?response|no response (?:from|was received from) (?:the )?(?:provider|upstream|model)|invalid response from (?:it|the (?:model|provider|upstream))|error occurred while processing your request/i,
  ),
];

/**
 * "Error connecting to <provider>" said by a service that calls the provider for you: the
 * provider is failing. Said by a client with a network cause beside it, it is the network.
 */
function reachingAProvider(inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) => {
      const word = found[1];
      const named = word ? providerOfWord(word) : null;
      return word && (!named || named === 'cursor') ? null : inner.match(found, provider);
    },
  };
}

function unlessNetworkCause(inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) =>
      NETWORK_CAUSE.test(found.input) || WEAK_NETWORK_CAUSE.test(found.input)
        ? null
        : inner.match(found, provider),
  };
}

export const MEANING_RULES: readonly TextRule[] = [
  ...MCP_LAUNCHER_RULES,
  ...MCP_SERVER_AUTH_RULES,
  ...DASHBOARD_TOOL_RULES,
  ...LOGIN_POLL_RULES,
  ...CURSOR_SIDE_RULES,
  ...MCP_SERVER_EXIT_RULES,
  ...MCP_CLIENT_RULES,
  ...CLI_VALUE_RULES,
  ...LOCAL_PROGRAM_RULES,
  ...CURSOR_APP_MISSING_RULES,
  ...PLAIN_TEXT_FOR_JSON_RULES,
  ...LOCAL_FILE_RULES,
  ...ACCOUNT_RULES,
  ...AGENT_PLAN_RULES,
  ...PLAN_RULES,
  ...BILLING_RULES,
  ...NO_CREDENTIALS_RULES,
  ...DATA_RETENTION_RULES,
  ...ARK_MODEL_RULES,
  ...REQUEST_RULES,
  ...REQUEST_FIELD_RULES,
  ...ENDPOINT_KIND_RULES,
  ...MODEL_RULES,
  ...ENDPOINT_RULES,
  ...LOCAL_ENDPOINT_RULES,
  ...PERMISSION_RULES,
  ...KEY_RULES,
  ...WEAK_REQUEST_RULES,
  ...RATE_RULES,
  ...OUTAGE_RULES,
  ...CHILD_TIMEOUT_RULES,
  ...NETWORK_RULES,
  ...SERVICE_RULES,
  ...CHILD_EXIT_RULES,
  ...WEAK_NETWORK_RULES,
];

/**
 * Cursor's titles and lead-ins that only announce the provider's answer ("Unable to reach the
 * model provider … API Error: …"): what follows them says more than they do.
 */
const CARRIERS =
  /Unable to reach the model provider|Invalid \w{2,20} API key:(?=[^\S\n]{0,3}\[)|We(?:'re| are) having trouble connecting to the model provider|We encountered an issue when using your API key:|Provider was unable to process your request/gi;

function matchKnown(
  text: string,
  provider: Provider | null,
  told: Provider | null,
): RuleMatch | null {
  // A dashboard tool's own log comes before the known phrasings it quotes ('Not authenticated'),
  // and so does an MCP server's own sign-in ('Authentication required' is the CLI's words too).
  return (
    matchRules(DASHBOARD_TOOL_RULES, text, provider) ??
    matchRules(MCP_SERVER_AUTH_RULES, text, provider) ??
    matchRules(SPECIFIC_RULES, text, provider, told) ??
    matchRules(MEANING_RULES, text, provider)
  );
}

export interface TextReading {
  rule: RuleMatch;
  /** Only the carrier said anything: a status it carries says more. */
  carrierOnly: boolean;
}

/**
 * Known phrasings first, then meaning: the first matching rule wins, read past a carrier. `told`:
 * the provider the person named, whose error this is known to be (see matchRules).
 */
export function readText(
  text: string,
  provider: Provider | null,
  told: Provider | null = null,
): TextReading | null {
  const carried = text.replace(CARRIERS, ' ');
  const inner = carried !== text ? matchKnown(carried, provider, told) : null;
  if (inner) return {rule: inner, carrierOnly: false};
  const whole = matchKnown(text, provider, told);
  return whole ? {rule: whole, carrierOnly: carried !== text} : null;
}

export function matchTextRule(text: string, provider: Provider | null): RuleMatch | null {
  return readText(text, provider)?.rule ?? null;
}

/** What a message means in general words, to outrank a reading made from a status or type. */
export function meaningOf(text: string, provider: Provider | null): RuleMatch | null {
  return matchRules(MEANING_RULES, text.replace(CARRIERS, ' '), provider);
}

/** Whether the text is another coding agent's plan limit in the words Cursor uses for its own. */
export function isOtherAgentPlanLimit(text: string): boolean {
  return matchRules(AGENT_PLAN_RULES, text, null) !== null;
}

/** Cursor's own plan and service wording, for output of the Cursor CLI that no code explains. */
export function cursorMeaningOf(text: string): RuleMatch | null {
  return matchRules([...PLAN_RULES, ...SERVICE_RULES], text, 'cursor');
}

/** Whether the text is a usage or team-dashboard tool's own log (see DASHBOARD_TOOL_RULES). */
export function isDashboardToolLog(text: string): boolean {
  return matchRules(DASHBOARD_TOOL_RULES, text, null) !== null;
}

/** Whether an MCP server asks for its own sign-in (then Cursor's login words are not Cursor's). */
export function isMcpServerSignIn(text: string): boolean {
  return matchRules(MCP_SERVER_AUTH_RULES, text, null) !== null;
}

/** Whether the text speaks of the model itself (then a 404 is the model, not the path). */
export function saysModel(text: string): boolean {
  return matchRules(MODEL_RULES, text.replace(CARRIERS, ' '), null) !== null;
}
