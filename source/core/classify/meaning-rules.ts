// What a message means when no machine code or provider body settles it: the words people see
// in Cursor's banners, SDK exceptions and gateway replies, grouped by meaning rather than by
// phrasing. The groups are ranked: Cursor's own plan limits, then billing (quota words beat
// rate-limit words), then what the request carried, the model, the endpoint, permissions, the
// key, rate limits, outages, Cursor's own failures and the network; wrapper class names last.
import type {Provider} from '../vocabulary.js';
import {CURSOR_PLANS_PAGE, CURSOR_STATUS_PAGE, CURSOR_USAGE_PAGE, KEY_PAGE} from './links.js';
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
  addressOrWayThere,
  connectionLayers,
  failureKindOf,
  namesSomethingInTheWay,
} from './connection-target.js';
import {connectionAction} from '../mcp-connection.js';

export const PLAN_ACTION = `This is Cursor's own limit, not your provider's billing or key: check usage at ${CURSOR_USAGE_PAGE} and the plans at ${CURSOR_PLANS_PAGE}; wait for the reset or change the plan. A new provider key will not help.`;
export const SERVICE_ACTION = `Cursor's own service failed; nothing is wrong with any key. Check ${CURSOR_STATUS_PAGE}, wait and retry, update Cursor, or restart it (${stepRef('restart')}).`;
export const REQUEST_ACTION =
  'The provider refused this request, not the key: start a new chat, send a shorter context (fewer files or images), or pick another model. Rotating the key will not help.';

const CURSOR: {provider: Provider} = {provider: 'cursor'};
/** An MCP server's problems are fixed in its mcp.json entry and taken up when Cursor restarts. */
const MCP_STEP = {stepId: 'restart'} as const;

/** A rule that holds only when the whole text also passes a check. */
function whenText(check: (text: string) => boolean, inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) => (check(found.input) ? inner.match(found, provider) : null),
  };
}

/** A rule that holds only when the text says something was not found (a 404). */
function onlyWhenNotFound(inner: TextRule): TextRule {
  return whenText((text) => /\b404\b|Not Found/i.test(text), inner);
}

/** Wording that means Cursor's own plan or service only when no provider is named. */
function cursorOnly(rules: readonly TextRule[]): TextRule[] {
  return rules.map((inner) => ({
    pattern: inner.pattern,
    match: (found, provider) =>
      provider === null || provider === 'cursor' ? inner.match(found, provider) : null,
  }));
}

/** The Cursor CLI itself, the Cursor login, and features that take no provider key. */
const CURSOR_SIDE_RULES: readonly TextRule[] = [
  // How the CLI was invoked: a flag it refuses, or a folder it does not trust yet.
  ...cursorOnly([
    rule(
      /(?:^|\s)--[a-z][\w-]* (?:can only be used|is only (?:valid|allowed|supported)|cannot be used|requires a value)|(?:unknown|unrecognized|invalid) option:? ['"]?--|unrecognized arguments?: --|trust this (?:directory|folder|workspace)|Sandbox mode is enabled but not available|(?:directory|folder|workspace) (?:is )?not trusted|Pass --trust/i,
      ['cursor-cli'],
      'The Cursor CLI refused how it was started: check the flags the calling tool passes (`agent --help`); headless runs in a new folder need `--trust` (or `-f`), interactive runs must not pass it.',
      CURSOR,
    ),
  ]),
  rule(
    /(?:Cursor(?: Agent)? CLI|cursor-agent)(?: binary| executable| command)?(?: is)? not (?:found|installed|on (?:the )?PATH)|(?:Cursor(?: Agent)? CLI|cursor-agent)(?: binary| executable)? (?:could|can) ?not be found|cursor-agent\b[^\n]{0,40}exit (?:status|code):? 127\b|Failed to load native binding|dlopen\(|error while loading shared libraries|GLIBC_\d|\/node: No such file or directory|env: ['"‘]?node['"’]?: No such file|bad interpreter|Illegal instruction|exec format error|spawn \S*agent EACCES/i,
    ['cursor-cli'],
    'The Cursor CLI is missing or cannot load: reinstall it (`curl https://cursor.com/install -fsS | bash`), and on macOS allow it in Privacy & Security if the system blocked it.',
    CURSOR,
  ),
  rule(
    /API keys? (?:is |are )?not supported|cannot be (?:accessed|used) (?:by|with) (?:an? |your )?(?:own )?API keys?|(?:Custom |your own )?API keys? (?:do|does) not work|turn off (?:your )?API keys|(?:Bring your own|BYOK|own) keys? (?:is |are )?not supported|(?:do not|don't) have access to this feature/i,
    ['feature'],
    'This Cursor feature does not run on your own API key: turn the key off for it, or use it through a Cursor plan; BYOK keys cover chat models only.',
    CURSOR,
  ),
];

/**
 * This machine's own files: a folder the app must write is not writable, or the disk is full. No
 * key, login, plan or network layer owns it, so it stays unknown and says where to look.
 */
const LOCAL_FILE_RULES: readonly TextRule[] = [
  unlessCredentials(
    rule(
      /\b(?:EACCES|EPERM|EROFS|ENOSPC|ENOENT)\b[^\n]{0,40}\b(?:mkdir|open|scandir|rename|unlink|write|copyfile|rmdir|symlink|chmod|lstat|stat|access)\b|PermissionError: \[Errno 13\]|\[Errno (?:28|30)\]|read-only file system|no space left on device|(?:make sure|ensure) (?:that )?(?:the following )?(?:directories|folders|files?|paths?) (?:are|is) writ(?:e)?able|Access to the path\b[^\n]{0,200}\bis denied|\b(?:rename|open|write|remove|unlink|mkdir|create|copy|move) ['"]?(?:[A-Za-z]:\\|\/|~\/)[^\n]{0,300}?: (?:Access is denied|permission denied|The process cannot access the file)/i,
      ['unknown', 'cursor-service', 'cursor-cli'],
      'A file or folder on this machine cannot be written (permissions, or a full disk): give the folder back to your user (it often became root-owned after a command run with sudo) or free space, then restart the app. No key, login or network is at fault.',
    ),
  ),
];

/**
 * The program that starts an MCP server (npx, uvx, node, python, docker) missing on this machine:
 * the server never ran, so a 'Connection closed' after it is no network. This machine's setup.
 */
const LAUNCHER = String.raw`(?:npx|node|uvx|uv|bunx|bun|deno|pnpm|python3?|py|docker)(?:\.(?:exe|cmd))?`;
const MCP_LAUNCHER_RULES: readonly TextRule[] = [
  whenText(
    (text) => /\bMCP\b|mcp\.json|stdio process/i.test(text),
    rule(
      new RegExp(
        String.raw`['"‘]?\b${LAUNCHER}['"’]? is not recognized as an internal or external command|\b${LAUNCHER}: (?:command )?not found|spawn ${LAUNCHER} ENOENT|env: ['"‘]?${LAUNCHER}['"’]?: No such file`,
        'i',
      ),
      ['unknown'],
      "The program that starts the MCP server (npx, uvx, node, python or docker, as its command in mcp.json says) is not installed or not on this machine's PATH: install it, or give its full path as the command in Cursor Settings > MCP (mcp.json), then restart Cursor. No key, model or network is at fault.",
      MCP_STEP,
    ),
  ),
];

/**
 * A tool that reads Cursor's usage or team dashboard (a usage extension) logging its own calls
 * failing, in its '[LEVEL] [Component]' log lines. Every studied one (f-cursor-forum-other-7,
 * h-cursor-forum-other-211, h-cursor-forum-other-212) was that tool's own bug, its 401, 403 or
 * 404 coming from dashboard calls Cursor had changed while Cursor itself stayed signed in: the
 * extension, which no layer names, before the account, and before Cursor's own words quoted in
 * it ('not authenticated').
 */
const DASHBOARD_TOOL_RULES: readonly TextRule[] = [
  whenText(
    // The tool's own components or calls, not any log that mentions usage in passing.
    (text) =>
      /\[(?:Team|Stats|Usage|Database)\] |\b(?:fetching|checking|loading|reading) (?:\w+ ){0,2}(?:usage|spend|membership|stats)\b/i.test(
        text,
      ),
    rule(
      /\[(?:ERROR|WARN(?:ING)?|INFO|DEBUG)\] \[(?:API|Team|Stats|Usage|Database)\] /i,
      ['unknown'],
      "A tool that reads Cursor's usage or team dashboard (such as a usage extension) logged its own calls failing: usually Cursor changed those endpoints and the tool needs an update. Update or reinstall that tool; if Cursor's own chat works, your account and keys are fine. If Cursor itself also says you are signed out, sign in again.",
    ),
  ),
];

/**
 * Cursor's sign-in poll (…cursor.sh/auth/poll, …cursor.com/api/auth/poll) answers 'not found'
 * until the browser sign-in completes: its 404 is a sign-in not finished, not a missing model.
 */
const LOGIN_POLL_RULES: readonly TextRule[] = [
  onlyWhenNotFound(
    rule(
      /cursor\.(?:sh|com)(?:\/api)?\/auth\/poll\b/i,
      ['unknown'],
      "Cursor's sign-in never completed: its login poll answers 'not found' until the sign-in in the browser finishes. Finish it in the browser that opened (same account), or cancel and sign in again; if it keeps looping, check that cursor.com and api2.cursor.sh are reachable (VPN, proxy, firewall) and try another sign-in method. No provider key or model is involved.",
      CURSOR,
    ),
  ),
];

/** A credentials or certificate file that cannot be read is that key's or that CA's problem. */
function unlessCredentials(inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) =>
      /credential|\.aws\b|gcloud|\.pem\b|\.crt\b|\bcerts?\b|api[_-]?key|token/i.test(found.input)
        ? null
        : inner.match(found, provider),
  };
}

/** A cloud SDK that found no credentials in any of its sources: no key reached the provider. */
const NO_CREDENTIALS_RULES: readonly TextRule[] = [
  rule(
    /(?:Could not|Unable to|Failed to) (?:load|locate|find|determine|resolve) (?:any )?(?:valid )?credentials|Could not automatically determine credentials|NoCredentialsError|CredentialsProviderError/i,
    ['provider-key'],
    'No credentials were found where the request runs: sign in with the cloud command-line tool or set its credential variables (or profile), or paste the key into Cursor Settings > Models.',
  ),
];

const ACCOUNT_RULES: readonly TextRule[] = cursorOnly([
  rule(
    /suspicious activity|No Cursor session|No models available for (?:this|your) account|unlock (?:your |the )?keychain|keychain (?:is )?locked|session (?:has )?expired|please (?:log|sign) ?in again|not (?:signed|logged) in\b|(?:sign|log) ?in to (?:Cursor|continue)|(?:sign|log) ?in to use (?:the )?A[Il] features|(?:must|need to) (?:be )?(?:signed|logged) in|log in to cursor\.com|account (?:has been )?(?:blocked|suspended|banned|disabled)|\b(?:Access|Authentication|Sign[- ]?in|Log[- ]?in) (?:was |has been |is )?blocked\b(?! by)(?![^\n]{0,100}\b(?:proxy|firewall|region|country|territory|VPN|network)\b)/i,
    ['cursor-account'],
    `Cursor refused this account or session: sign out and in again with your usual account (${stepRef('cursor-login')}), preferably with Google or GitHub sign-in; if it persists, contact Cursor support.`,
    CURSOR,
  ),
]);

/**
 * A bill left unpaid: an invoice overdue, a subscription past due, a card that could not be
 * charged. Cursor's own subscription when the text is Cursor's, the provider's billing otherwise.
 */
const UNPAID_BILL =
  /\b(?:unpaid|overdue|outstanding|past[- ]due) (?:invoices?|bills?|balance|payments?|charges?)\b|\b(?:payments?|subscriptions?|invoices?|bills?) (?:is |are |has been |was )?(?:past[- ]due|overdue|unpaid)\b|payment (?:is )?up to date|could not charge your (?:card|payment)/i;

/**
 * A reading only Cursor's own words can give, when those words are as much a provider's: it needs
 * Cursor named (--provider cursor, Cursor's known codes, or its name in the text). An unnamed
 * provider's words fall through to the provider's reading.
 */
function cursorNamed(rules: readonly TextRule[]): TextRule[] {
  return rules.map((inner) => ({
    pattern: inner.pattern,
    match: (found, provider) =>
      provider === 'cursor' || (provider === null && /\bCursor\b/i.test(found.input))
        ? inner.match(found, provider)
        : null,
  }));
}

/** Cursor's own limits: usage, trials, devices, plan gates, its bill unpaid. */
const PLAN_RULES: readonly TextRule[] = cursorOnly([
  ...cursorNamed([
    rule(
      UNPAID_BILL,
      ['cursor-plan'],
      `Cursor's own subscription has a bill unpaid, not your provider: pay the open invoice or update the card in Cursor's billing settings (${CURSOR_USAGE_PAGE}). A new provider key will not help.`,
      CURSOR,
    ),
  ]),
  rule(
    /hit your (?:\w+ )?(?:usage|request|rate) limits?|(?:hit|reached|exceeded|exhausted|used up|over|out of) (?:your |the |all )?(?:\w+ ){0,2}(?<!API )(?:usage|requests?) (?:limit|allowance|quota)s?|(?<!API )(?:usage|request) (?:limit|allowance)s? (?:has been |have been |was |is )?(?:reached|hit|exceeded|exhausted|used up)|included usage|(?:used|run) (?:up |out of )?(?:all )?your (?:\d+ )?(?:free|fast|premium|monthly|included)|free (?:requests|quota|trial|plan)|\bfree (?:users?|accounts?)\b|(?:only available|available only|reserved) (?:to|for|on) (?:the )?(?:Pro|paid|Business|Ultra|Teams?)\b|(?:upgrade|subscribing|switch) to (?:Cursor )?Pro\b|Get Cursor Pro|non-pro users|slow (?:pool|requests?|queue|mode)\b|not (?:available|included|supported) (?:on|in|with|for) (?:your|the free|the current) (?:\w+ )?plan|(?:your|current) (?:\w+ )?plan (?:does not|doesn't) (?:include|allow|support|cover)|(?:team|org(?:ani[sz]ation)?|workspace) admin(?:istrator)?s? (?:has |have )?(?:disabled|restricted|blocked|turned off)|(?:disabled|restricted|blocked) by (?:your )?(?:team |org(?:ani[sz]ation)? )?admin|usage limits? will reset|monthly (?:billing )?cycle ends|too many (?:free )?trial accounts|too many (?:computers|devices|machines)|trial (?:has )?(?:ended|expired)|spend(?:ing)? limit|usage-based (?:pricing|spending)|premium (?:model )?(?:requests?|models?)|(?:hit|reached) (?:your|the) (?:\w+ )?(?:monthly|plan|fast request) limit|\[resource_exhausted\]|stop the agent after \d+ tool calls|out of (?:fast|premium|free) requests|(?<!\d)\d+ ?\/ ?\d+ (?:fast|premium|free|included) requests|limit of \d+ (?:fast|premium|free) requests|\bPRO_USER_ONLY\b|\bERROR_\w*USAGE_LIMIT/i,
    ['cursor-plan'],
    PLAN_ACTION,
    CURSOR,
  ),
]);

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
  countedPerMinute(
    rule(
      /insufficient[ _]?(?:\w+[ _])?(?:balance|quota|credits?|funds)|(?:only )?(?:accessible|available) to billed (?:users|accounts)|bigger than (?:the )?(?:current )?available capacity|credit balance|out of credits?|(?:add|buy|purchase) (?:more )?credits|billing (?:details|hard limit|is not|not enabled|account)|enable billing|payment (?:required|method)|\bbilling_error\b|quota[ _](?:has been |was )?(?:exceeded|exhausted)|quota has been (?:exceeded|exhausted)|billing_not_active|exceeded (?:your|the) (?:\w+ )?quota|not enough (?:credits|balance)|account (?:is )?(?:not active|inactive|deactivated)|\bHTTP 402\b|\b402 Payment|(?:reached|hit|exceeded|over) (?:your |the )?(?:\w+ ){0,2}usage limits?|usage limits? (?:has been |have been |was |is )?(?:reached|hit|exceeded)|payment instrument|credits? (?:are|is) required|monthly (?:limit|quota|budget)|(?<!thinking )budget(?![_ ]tokens)|spend(?:ing)? limit|key limit|tokens per day|credits? (?:exhausted|exceeded|used up|depleted)|no credits|ran out of credits|limit: 0\b|free[_ ]?(?:quota[_ ])?tier|PerDay|daily (?:limit|quota)|API usage limits?|regain access on|余额不足|额度(?:不足|已用尽)|配额已用完|已欠费|\b(?:balance|credits?|quota|funds)\b[^\n.]{0,30}?\b(?:insufficient|not enough|too low|exhausted|used up|depleted|run out|negative)\b|\b(?:recharge|top[ -]?up|add (?:more )?funds)\b|hard billing limit|\bbilling_hard_limit|\bArrearage\b|in good standing/i,
      ['quota'],
      (provider) => addCredit(provider),
    ),
  ),
  rule(UNPAID_BILL, ['quota'], (provider) => addCredit(provider)),
];

/** What this one request carried: its size, its content, its parameters. */
const REQUEST_RULES: readonly TextRule[] = [
  // The server could not read the body it was sent: this request was malformed (a client bug),
  // not a reply the client could not parse, which is the endpoint's (j-anthropic-101).
  rule(
    /request body (?:is )?not valid JSON|invalid request body|["']error["']\s{0,3}:\s{0,3}["']invalid character '[^'\n]{1,4}' looking for beginning of value|json: cannot unmarshal \w+ into Go struct field \w*Request\b|json: cannot unmarshal[^\n]{0,160}\(status code: 400\)|(?:could not|couldn't|unable to|failed to) (?:parse|decode) (?:the )?(?:JSON )?(?:request )?body|Malformed (?:input )?request/i,
    ['request'],
    'The provider could not read the request the tool sent (a malformed body): update the tool or report it there, and retry in a new chat. The key and the model are not the cause.',
  ),
  // Vertex AI's words for a request it will not take as built (an empty contents field, an empty
  // parameter): the request, unless it names the model (q-google-9, r-wrapped-4).
  rule(
    /Unable to submit request because\b(?![^\n]{0,100}\bmodels?\b)/i,
    ['request'],
    REQUEST_ACTION,
  ),
  // A message with nothing in it (an empty or whitespace-only text block): the tool built this
  // request wrong, not the key (m-bedrock-3).
  rule(
    /content blocks? must (?:contain|be|have) non[- ]?(?:whitespace|empty)|must contain non-whitespace text|messages? must have non-empty content|(?:text|content) (?:blocks? |fields? )?(?:must not|cannot|can't) be empty|\bhas an empty (?:text|content|contents|parts?|\w+) parameter\b/i,
    ['request'],
    'The request carried an empty message (a text block with no words): retry in a new chat; if it recurs, update the tool that builds the request. The key and the model are not the cause.',
  ),
  // A request the provider takes only in another form: streamed (Anthropic's long requests) or
  // with reasoning on (n-anthropic-11, n-openrouter-6); a field the provider names as invalid, a
  // safety stop, a parameter the model lacks. OpenRouter's "No endpoints found that can handle the
  // requested parameters" is its registry's (NO_ENDPOINT_FOR_REQUEST).
  rule(
    /Streaming is (?:strongly )?(?:recommended|required) for operations|\b(?:Reasoning|thinking|streaming) is mandatory\b|\bGenerateContentRequest\.[\w.\[\]]{1,80}: |element predicate failed|FinishReason\.?Safety\b|finish_?reason\W{1,6}SAFETY\b|'\$\.[\w.\[\]]{1,60}' is (?:invalid|not valid)|\bparameters? (?:is|are) not available (?:on|for|with)\b/i,
    ['request'],
    REQUEST_ACTION,
  ),
  // A validator's words for a field of this request out of bounds (Bedrock's "#/prompt: expected
  // maxLength: 2048, actual: 2459") or in a form it does not take (an attached document's name),
  // or items of a conversation out of their required order.
  rule(
    /\bexpected (?:maxLength|minLength|maxItems|minItems|maximum|minimum): \d+, actual: \d+|\bname can only contain\b|without its required (?:preceding|following) item\b/i,
    ['request'],
    REQUEST_ACTION,
  ),
  // A thread that another run still holds (OpenAI's Assistants API): this request came too early.
  rule(
    /while a run \S+ is active|already has an active run\b/i,
    ['request'],
    'The thread is still busy with another run: wait for that run to finish (or cancel it), then send again. The key and the model are not the cause.',
  ),
  // The prompt carries words the provider keeps for itself (a tool's injected header, a reserved
  // tag): this request's content, not the key (l-bedrock-14).
  rule(
    /\bis a reserved (?:keyword|word|name|tag)\b|may not be used in (?:the )?(?:system prompt|prompt|messages?)\b/i,
    ['request'],
    'The request carries text the provider reserves for itself (often added by the tool, not typed by you): update the tool or turn off what adds it, and retry in a new chat. The key and the model are not the cause.',
  ),
  // A feature of the request (tool choice, structured output, reasoning) the server serves only
  // when started with a flag: the request asks for what this deployment does not offer.
  rule(
    /\b(?:tool[ _-]?choice|tool[ _-]?calls?|tools|function[ _-]?calling|structured outputs?|response_format|json[ _-]?(?:schema|mode)|reasoning(?: output| content)?|logprobs|guided decoding)\b[^\n]{0,100}?\b(?:requires?|needs?)\b[^\n]{0,60}?(?<![\w-])--[a-z][\w-]{1,40}/i,
    ['request'],
    'The server was not started with the option this request needs (tool choice, structured output, reasoning): turn that option off in the request, or restart the server with the flag it names.',
  ),
  rule(
    /DEADLINE_EXCEEDED|unable to finish processing within the deadline/,
    ['request', 'network'],
    'The provider could not finish this request in time: usually the prompt or context is too large. Send less, or raise the client timeout; retry.',
  ),
  rule(
    /prompt is too long|longer than the maximum (?:model |context |input )?length|context size has been exceeded|exceeds? (?:the )?(?:available )?context size|exceed_context_size|\bmax_model_len\b|too many inputs\b|max(?:imum)? number of inputs\b|context[_ ]length|context window|maximum context|too many (?:input )?tokens|input (?:is )?too long|exceed(?:s|ed)? (?:the )?(?:[\d,]+ )?(?:model's |maximum |max |output |input )*(?:context|token|input)|token limit|request[_ ]too[_ ]large|request exceeds the maximum|payload too large|\b413\b|\bimages?\b[^.]{0,60}?\b(?:dimensions?|resolution|size|bytes)\b[^.]{0,40}?\b(?:exceeds?|too (?:large|big)|max)|\bimages? (?:exceeds?|is too (?:large|big))|conversation (?:is )?too long|string too long|reduce the length|max_tokens|max(?:imum)? tokens[^.\n]{0,40}exceed|prompt (?:is )?too long|RECITATION|alternate between|roles must alternate\b|\bmessages?\b[^\n]{0,20}\bmust (?:use|be|have|start with) (?:the |an? )?[\"'`]?(?:user|assistant)[\"'`]? (?:role|message)\b|valid role|should be with role|roles are supported\b|Malformed (?:input|request)|(?:must not|cannot) be empty|is not specified/i,
    ['request'],
    REQUEST_ACTION,
  ),
  rule(
    /content[_ ]filter|content management policy|Content Exists Risk|content moderation|moderation (?:system|policy|filter)|blocked by (?:our |the )?(?:content|safety|moderation)|ResponsibleAIPolicy|safety (?:concerns|guidelines|settings|system)|blocked due to|flagged|violat\w+ (?:our|the) (?:usage )?polic|invalid_prompt|\bSAFETY\b|prohibited content|blockReason/i,
    ['request'],
    'A content filter refused this request. Rephrase it, or use another model or provider; the key is fine.',
  ),
  rule(
    /Unsupported (?:parameter|value)|unsupported_(?:parameter|value)|cannot both be (?:specified|set|used)|mutually exclusive|cannot be (?:used|specified|set) together|(?:use|specify|set) only one\b|not (?:supported|enabled) (?:with|by|for|on|in) (?:this model|models\/)|does not support (?:tools|tool|images?|function|system|streaming|the )|supports at most \d+ (?:images?|files?|attachments?|tools?)\b|\bmodel\b[^.\n]{0,40}?(?:does not|doesn't) support (?!chat\b|completions?\b|generate|embeddings?\b|on-demand|this (?:endpoint|method|operation))|(?:image|vision)[^.\n]{0,40}(?:not supported|unsupported)|text input only|No tool call found|Please check your input|(?<!\bmodel\b[^\n]{0,40})is not supported (?:with|by|for|when)|Invalid schema|(?:argument|input|parameters?|tool|function)[ _]schema|schema (?:for|of) (?:the )?(?:tool|function)|(?:disabl\w+|fix|remove|turn(?:ing)? off) (?:the |your |all )?MCP servers?|invalid_function_parameters|Extra inputs are not permitted|Unrecognized request argument|unknown (?:parameter|field|name)|Invalid (?:value|type) for|does not match the provided media type|media[_ ]type|tool_use|tool_result|tool_calls?\b|tool_call_id|tool messages|function calling|JSON schema|response_format|(?:must|should) be (?:an? )?(?:array|object|string|non-empty)|is a required property|Invalid (?:'[\w.\[\]]+'|messages|tools|input)|reasoning_content|thinking (?:mode|block|is enabled)/i,
    ['request'],
    'The model refused a parameter, tool or message format of this request: start a new chat, turn off the tool or option, or pick another model.',
  ),
];

/**
 * A field of the request that validation refused: one required and missing, or one of the wrong
 * type (zod's 'Expected array, received object'). Not a key, token or login said to be required.
 */
const REQUEST_FIELD_RULES: readonly TextRule[] = [
  rule(
    /(?<!(?:key(?!words?)|token(?!s)|secret|password|credential|authentication|authori[sz]ation|login|sign[- ]?in|session|subscription|plan)[^.\n]{0,40})\b(?:is|are) required\. (?:Either |Please )?(?:provide|specify|set|pass|include|add|supply)\b|\bmissing (?:a )?required (?:field|parameter|argument|property|input)s?\b(?![^\n]{0,24}(?:key|token|secret|auth))|\brequired (?:field|parameter|argument|property) (?:is |was )?(?:missing|not (?:provided|set|given))|"expected":\s{0,3}"\w{1,30}",\s{0,3}"received":|\bExpected \w{1,20}, received \w{1,20}\b|"code":\s{0,3}"invalid_type"/i,
    ['request'],
    REQUEST_ACTION,
  ),
];

/**
 * A model served on another path of the same API ("a chat model … not supported in the
 * v1/completions endpoint"): the client's endpoint is wrong, not the model.
 */
const ENDPOINT_KIND_RULES: readonly TextRule[] = [
  rule(
    /not supported (?:in|on|by|with) the \/?(?:v\d\/)?[\w/.-]+ endpoint|Did you mean to use (?:the )?\/?v\d\/|not a chat model|only (?:supported|available|served) (?:in|on|via|through|by) (?:the )?\/?v\d\/[\w/.-]{1,60}|(?:use|call) (?:the )?\/?v\d\/[\w/.-]{1,60} (?:endpoint|API) instead/i,
    ['base-url'],
    'This model is served on another endpoint of the API: chat models on /v1/chat/completions, older completion models on /v1/completions. Use the client class or base URL path that matches the model.',
  ),
];

/** The model name or its availability. */
const MODEL_RULES: readonly TextRule[] = [
  rule(
    /\bDeploymentModelNotSupported\b|(?:does not|doesn't) support the model (?:that )?you provided|(?<![a-z])model[^\n]{0,80}not found|try pulling it first|rejected (?:the )?model\b(?!['’]s\b| (?:response|output|answer|reply|completion|message)s?\b)|\bmodel:? ['"`]?(?!(?:response|output|answer|reply|completion|message)s?\b)[\w.:/-]{1,80}['"`]? (?:was |has been |is )?rejected\b|Model Not Exist|(?:model|model name)[^\n]{0,20}(?:is )?not (?:valid|recogni[sz]ed)|\bmodel (?:ID|identifier)\b[^\n]{0,100}?\b(?:is )?(?:not valid|invalid)\b|not a valid model|invalid model|Cannot use this model|Available models:|unknown model|no such model|No endpoints found(?! matching your data policy| that support| that can handle)|Must provide an 'engine' or 'deployment_id' parameter|model[^\n]{0,40}(?:does not exist|is not available(?! in (?:your|this) (?:country|region|location|territory))|not supported|deprecated|retired|decommissioned|legacy|end of (?:its )?life)|model_not_(?:found|available|supported)|(?:with|for) the (?:specified|selected|requested) model|doesn't support on-demand|with on-demand throughput|No models loaded|Max Mode (?:is )?Required|(?<![\w.:/-])(?=[\w.:/-]*\d)[\w.:/-]+ (?:is|has been) (?:no longer (?:available|supported|served)|deprecated|retired|discontinued)|does not support (?:chat|completions?|generate|embeddings?|this (?:endpoint|method|operation))\b|LLM Provider NOT provided|You passed in model=None|There is no 'model_name'|Invalid model name passed in model=|\bmodel: (?=[\w.:/-]*\d)[\w.:/-]+\s*$|(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|upgrad(?:e|ing)) to (?:a |an )?(?:different|another|newer|other) model\b|requires more system memory|无可用渠道|No available channels? for model|模型[^\n]{0,20}(?:不存在|不可用|不支持)|(?:error|failed to|unable to|could not) load(?:ing)? (?:the )?model|model failed to load|llama runner process has terminated/i,
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

/** The endpoint: host, path, API version, a blocked address. */
const ENDPOINT_RULES: readonly TextRule[] = [
  // A body cut off on the way from a provider's own public address: that address is right, so
  // the provider (or the way there) failed mid-answer (m-openrouter-9).
  failingSide(
    /invalid json response body at https:\/\/(?:api\.openai\.com|openrouter\.ai|api\.anthropic\.com|generativelanguage\.googleapis\.com|api\.deepseek\.com|api\.mistral\.ai|api\.groq\.com)\/[^\n]{0,120}?reason: (?:Unexpected end of JSON|Premature close|aborted)/i,
  ),
  // A 404 that says only its reason phrase ("Error code: 404 - Not Found.", 'Reason: "Not
  // Found"', a body whose whole message is "Not Found"), the model named beside it only as what
  // was asked for: no route at that path.
  {
    pattern:
      /(?:\b404\b[^\w\n]{1,8}|Reason:\s{0,3}["'])Not Found\b(?!\s{0,3}(?:model|for model))|^\s*(?:[\w.]*Error:\s{0,3})?Not Found(?:\.?\s*$| for url\b)|\bmessage['"]?\s{0,2}[:=]\s{0,2}['"]?Not Found(?:['"]|\s*\(|\s*$)/i,
    match: (found, provider) =>
      // A bare message "Not Found" is a 404's only when the text gives that status, and not
      // Anthropic's typed 404, which says it for a model it does not know (j-anthropic-102).
      (/^message/i.test(found[0]) &&
        (!/\b404\b|not_found/i.test(found.input) || /not_found_error/.test(found.input))) ||
      /(?<![a-z])model[^\n]{0,80}(?:(?<!\b404[^\w\n]{1,8}|Reason:\s{0,3}["'])not found|does not exist|not available)|no such model|unknown model|model_not_found|message\W{1,8}model:|does not exist|\w+NotFound\b|\b(?:deprecated|decommissioned|discontinued)\b|(?:different|another|newer) model\b/i.test(
        found.input,
      )
        ? null
        : {
            layers: ['base-url', 'model'],
            provider,
            code: null,
            action:
              'Nothing answers at that path (a bare 404 Not Found, no model said missing): check the base URL and the path the client adds to it, then the model name.',
          },
  },
  // The server's own record of a request path it has no route for: a framework's not-found body
  // naming the path (Spring's "path"), or its access log of that path answered 404 (GIN, a JSON
  // log line). The path, not the model, is what it did not find.
  rule(
    /['"](?:status|error)['"]:\s{0,3}['"]?(?:404|Not Found)\b[^\n{}]{0,300}?['"](?:path|uri|url)['"]:\s{0,3}['"]\/|['"](?:path|uri|url)['"]:\s{0,3}['"]\/[^\n{}]{0,300}?['"]status['"]:\s{0,3}['"]?404\b|\|\s{0,6}404\s{0,6}\|[^\n]{0,120}?\|\s{0,6}(?:GET|POST|PUT|PATCH|DELETE)\s{1,6}"?\//,
    ['base-url'],
    'The server has no route for this path: check the base URL and the path the client adds to it (…/v1 once, /api/generate vs /v1/chat/completions), not the model name.',
  ),
  // Spring's words for a path it has no handler for, and a path holding its API piece twice: the
  // base URL already ends in what the client appends (w-gateway-9).
  rule(
    /\bNo static resource\b|(\/(?:v1|chat\/completions|completions|messages|responses|embeddings))\1(?![\w-])/i,
    ['base-url'],
    'The path is wrong: the base URL already holds part of what the client appends (…/v1/v1, …/chat/completions/chat/completions), or the server has no route there. Set the base URL to end where the provider says (often …/v1) and no further.',
  ),
  // An HTML page titled with a 5xx, or with an edge's words for one ("Temporarily unavailable |
  // openrouter.ai | Cloudflare", t-openrouter-7), is an edge or proxy failing, not a page at the
  // wrong path.
  failingSide(
    /<(?:title|h1)>[^<]{0,80}?(?:\b5\d\d\b|Temporarily unavailable|Service unavailable|Bad gateway|Gateway time-?out|Internal server error|Origin is unreachable|Web server is down|A timeout occurred)/i,
  ),
  // A provider's public API host that answered 404 on an endpoint with no version segment before
  // it (some hosts serve both paths, so without the 404 the path proves nothing).
  onlyWhenNotFound(
    rule(
      /https?:\/\/api\.[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}\/(?:messages|chat\/completions|completions|embeddings|responses)\b/i,
      ['base-url'],
      'The path lacks its API version: set the base URL to end in /v1 (https://…/v1), so requests go to …/v1/messages or …/v1/chat/completions.',
    ),
  ),
  rule(
    /api[-_ ]?version|OpenAI-Version header|anthropic-version:? header|enabled only for api versions|private IP|private networks? (?:is |are )?(?:forbidden|blocked|not allowed)|Access to private networks?|ssrf|(?:is not|isn't) a valid URI\b|Invalid URI\b|scheme (?:isn't|is not|must be) (?:ws|wss|http|https) or (?:ws|wss|http|https)\b|404 page not found|Invalid[_ ]URL|(?:cannot|can't|could not|failed to|unable to) (?:be )?parsed? (?:\S+ )?(?:as )?(?:an? )?URL|MalformedURL|no protocol: |(?:undefined|null)\/(?:v\d|chat|completions|models)\b|(?:Unknown|Unrecognized) request URL|Unexpected (?:endpoint|path|route)\b|\b(?:unknown|invalid|unsupported) (?:API )?(?:endpoint|path|route)\b|Only absolute URLs|absolute URL (?:is )?(?:required|expected)|Failed to construct 'URL'|unsupported protocol|wrong API endpoint|Resource not found|no route (?:found|matche[sd]|for)\b|(?:could not|couldn't|unable to|cannot|can't|failed to) route (?:to|the request|this request)\b|endpoints? (?:was )?(?:not found|not exists?|does not exist|is not)|availableEndpoints|Operation unknown|UnknownOperation|operation is not recognized|(?:Ollama|LM ?Studio|vLLM|llama\.cpp|localhost:\d+|127\.0\.0\.1:\d+)\b[^\n]{0,80}(?:status(?: code)?:? 404\b|\b404 Not Found)|base[_ ]?url|(?:POST|GET) \S+ ["']?HTTP\/[\d.]+["']? 404|Cannot (?:POST|GET) \/|<!DOCTYPE|<html|Unexpected token '?<|is not valid JSON|Method Not Allowed|['"]detail['"]: ?['"]Not Found['"]|text\/html|parse URL|Invalid base|No connection adapters|InvalidSchema|UnsupportedProtocol|missing an 'https?:\/\/' or|bad\/illegal format or missing URL|\/v1\/v1\/|URL was not found|(?:verify|check|ensure)[^.\n]{0,40}URL'? is correct|Unexpected end of JSON|invalid character '<'|Expecting value: line 1/i,
    ['base-url'],
    'Check the base URL and API version: the path (…/v1), the API version the endpoint accepts, and that Cursor can reach it (not a private or loopback address).',
  ),
];

const NOTHING_ANSWERS =
  'Nothing answers at that base URL: check the host and port (is the local server or gateway running, and reachable from where the request is made?) and the region in the endpoint.';

/**
 * A local or self-hosted endpoint that refuses connections: the base URL first, then the network,
 * unless the text shows a proxy or resolver failing on the way. An AWS endpoint that does not
 * connect is usually a region without the service.
 */
const LOCAL_ENDPOINT_RULES: readonly TextRule[] = [
  // Ollama takes no key: its 403 is its check of the request's origin (s-gateway-6).
  rule(
    /\bOllama\b[^\n]{0,80}?\b403\b|\b403\b[^\n]{0,80}?\bOllama\b/i,
    ['base-url'],
    'Ollama refuses requests from an origin it does not allow (a browser extension, an editor, another host): start it with OLLAMA_ORIGINS set to that origin (or *), and with OLLAMA_HOST=0.0.0.0 if the request comes from another machine.',
  ),
  // A browser page's own fetch failing ("TypeError: Failed to fetch", Firefox's NetworkError,
  // Safari's "Load failed"): the address or the server's CORS rule first (g-sdk-network-3,
  // t-sdk-network-7, -8, -9), unless a provider's own host was the target or something in the
  // way is named.
  {
    pattern:
      /TypeError: (?:Failed to fetch|NetworkError when attempting to fetch resource|Load failed)\b/i,
    match: (found, provider) => ({
      // Only a host it names counts, not the provider: a page may call a custom base URL
      // (g-sdk-network-3). The network alone when it is first: the fix order would put a base
      // URL beside it first.
      layers:
        addressOrWayThere(found.input, null)[0] === 'base-url'
          ? ['base-url', 'network']
          : ['network'],
      provider,
      code: null,
      action:
        "The page could not fetch from that address: nothing serves it there, the server refuses this page's origin (CORS), or an https page calls an http address. Check the base URL and the server's allowed origins, then the network.",
    }),
  },
  // Inside a container, localhost is the container itself: the base URL must name the host.
  rule(
    /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|loopback)[^\n]{0,200}?\b(?:from|inside|within|in) (?:the |a |your |this )?(?:[\w-]{1,30} ){0,3}(?:dev)?container\b|\buse host\.docker\.internal\b/i,
    ['base-url', 'network'],
    'Inside a container, localhost and 127.0.0.1 are the container itself: set the base URL to host.docker.internal (Docker Desktop), the machine IP or a domain, not a loopback address.',
  ),
  {
    pattern:
      /(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\])[^\n]{0,200}(?:refused|Failed to establish|Max retries)|actively refused|No connection could be made|OllamaException|\(status code 0\)|(?<!exit |exited with )\bstatus(?: code)?:? 0\b(?![.,]\d)|blocked by CORS policy|CORS (?:error|failure|request did not succeed)|Access-Control-Allow-Origin|preflight/i,
    match: (found, provider) => ({
      layers: connectionLayers(found.input, provider, 'refused'),
      provider,
      code: null,
      action: connectionAction(found.input, NOTHING_ANSWERS),
    }),
  },
  rule(
    /Could not connect to the endpoint URL|EndpointConnectionError/i,
    ['base-url', 'network'],
    NOTHING_ANSWERS,
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
  // The key itself suspended is the key, though Google says it as a permission (j-google-103).
  rule(
    /Consumer ['"]?api_key:[^'"\n]{0,80}['"]? has been suspended|API key (?:has been |was |is )?(?:suspended|disabled|revoked)/i,
    ['provider-key'],
    (who) => replaceKey(who),
  ),
  rule(
    /organi[sz]ations? (?:must be verified|is not verified|verification)|key is valid,? but (?:the )?(?:provider|server|service) refused|verify (?:your )?organi[sz]ation|no such organi[sz]ation|member of an organi[sz]ation|Permission\b[^\n]{0,80}?\bdenied on resource|PERMISSION_DENIED|PermissionDenied(?!Error)|lacks the required (?:data )?action|permission_error|not allowed (?:to|for this)|(?:do|does) not have (?:sufficient |the required )?(?:permissions?|access)|(?:(?:do|does) not have|lacks?|has no|have no) (?:the required )?authori[sz]ation (?:to|for)\b|\bAuthorizationFailed\b|(?:access denied|forbidden)(?![^\n.]{0,16}?\b(?:invalid|missing|incorrect|expired|wrong) (?:[\w-]{1,20} )?(?:key|token|credentials?)\b)|not (?:available|supported) in your (?:country|region|location)|(?:doesn't|does not) serve your region|region is not supported|unsupported_country|location is not supported|not authori[sz]ed|Operation not allowed|not (?:been )?enabled (?:for|in|on) (?:this|your) project|API has not been (?:used|enabled)|are blocked\.|no_organization|guardrail restrictions|data policy|(?:disabled|suspended|banned|blocked) (?:in|for|on) (?:this|your) (?:account|organi[sz]ation|project)|violation of (?:the |our )?Terms of Service|Terms of Service violation|(?:account|organi[sz]ation|project) (?:has been |was |is )?(?:suspended|banned|disabled)|\(account settings\)|excluded by (?:your )?(?:account|privacy) settings|endpoints? (?:were |was )?excluded|无权(?:访问|使用|调用)|没有(?:访问|使用)?权限|权限不足|(?:账户|账号|用户|令牌|分组)(?:已)?被(?:禁用|封禁|冻结)/i,
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
    /api_key client option must be set|api[_ -]?key\b[^.\n]{0,40}?\b(?:missing|empty|required|not (?:set|found|provided|defined|configured)|undefined|unset)\b|\b(?:missing|no|did not find|could not find)\b[^.\n]{0,25}?api[_ -]?key|Missing (?:(?:API|subscription|access|secret)[ -]?)?key|Invalid (?:(?:API|subscription|access|secret)[ -]?)?key|Incorrect API key|Authentication Fails|invalid[_ ]authentication|Invalid Authentication|authentication_error|AuthenticationError|Unauthorized|Unable to authenticate|Bad API key|Authentication failed|invalid credentials|key (?:is |has been |was )?(?:invalid|expired|revoked|disabled|deleted|suspended)|\bHTTP 401\b|\breturned 401\b|Authentication ?Error|Virtual Key|Unable to locate credentials|DefaultCredentialsError|(?:load|find) the default credentials|default credentials were not found|invalid_grant|NoCredentialsError|provide your API key|pass (?:in )?(?:the |an? |your )?API key|set (?:the )?[A-Z][A-Z0-9]{1,20}_(?:API_)?KEY (?:or [A-Z][A-Z0-9_]{1,30} )*(?:environment|env) variable|authorization (?:header )?(?:was |is )?missing|Header of type authorization|Missing Authentication|bearer token|token (?:is |has |has been |was )?(?:invalid|expired|revoked)|(?:failed to|could not|unable to) refresh (?:the )?(?:access |auth |session )?token|refresh token (?:is )?(?:invalid|expired|missing|revoked)|credentials? (?:have|has) expired|(?:SSO|STS) (?:session|token)[^.\n]{0,60}expired|ExpiredToken|sso login|Reauthentication is needed|gcloud auth (?:application-default )?login|无效的令牌|令牌(?:无效|已过期)|未提供(?:令牌|密钥|API ?Key)|缺少(?:令牌|密钥|API ?Key)|(?:API ?Key|密钥)(?:无效|错误)|invalid (?:auth(?:entication)? |access |session |bearer |refresh )?token\b|\bexpired (?:[\w-]{1,20} )?(?:key|token|credentials?)\b|unknown (?:api )?key/i,
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

/** Refusal words that name no layer of their own: what this request carried, ranked low. */
const WEAK_REQUEST_RULES: readonly TextRule[] = [
  rule(
    /\btoo (?:long|large|big)\b|exceeds?\b(?![^.\n]{0,40}rate limit)[^.\n]{0,30}\b(?:limit|maximum)|(?<!\d)\d+ tokens? > \d+|input length|token count|not supported|unsupported|Invalid parameter|unexpected keyword|Unknown argument|Only the default|must be (?:less|greater|at most|at least|one of)|invalid (?:image|file|format|input|value|argument|request body|JSON|content)|Field required|validation error|Input should be|\b(?:messages|tools|contents)(?:\.\d+|\[\d+\])|Bad Request|(?:tool|schema|function)\b[^.\n]{0,80}\b(?:incompatible|not compatible) with/i,
    ['request'],
    REQUEST_ACTION,
  ),
];

/** Too many requests, said in words. */
const RATE_RULES: readonly TextRule[] = [
  // OpenAI says its model is overloaded inside a RateLimitError: the words outrank the class.
  failingSide(/\boverloaded with other requests\b/i),
  rule(
    /rate[ _-]?limit|Too Many Requests|\b(?:request|call|invocation)s? (?:rate|frequency) (?:is |was )?(?:too high|exceeded)|(?<!error |failure )\b(?:rate|frequency) (?:is |was )?too high|(?:reduce|lower) the (?:frequency|rate) of (?:your )?(?:requests|calls)|too many requests|too (?:quickly|fast)|concurren(?:cy|t requests?) limit|requests per (?:minute|min|second|day)|tokens per min|\bTPM\b|\bRPM\b|RateLimitError|\b429\b|throttl|负载已饱和|请求(?:过于|太)频繁|(?:频率|速率)限制|限流|请求(?:数|次数)(?:限制|超(?:过|出)?限)/i,
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
    /overloaded|high (?:traffic|demand)|capacity|\b(?:service|server)s? (?:is |are )?(?:too |currently |very )?busy\b|服务器繁忙|temporarily unavailable|service unavailable|Bad Gateway|Gateway Time-?out|(?:\b(?:code|status|HTTP(?:\/[\d.]+)?|Error)\W{0,3}|\[)50[0234]\b|\b52[0-7]\b(?=[^\n]{0,40}?\b(?:timeout|timed out|origin|web server)\b)|\b50[0234](?=\s*(?:[-:{\]]|Internal|Bad|Service|Gateway))|internal server error|Internal error encountered|InternalServerError|server (?:had an|error)|upstream|try again later|(?<!\[)UNAVAILABLE|unable to process your request|currently loading|not ready yet|experiencing (?:an? )?(?:\w+ )?(?:issues|problems|outage|degradation|disruption|difficulties|degraded)|\b(?:partial|major|ongoing) outage|model is down|(?:did not|didn't|never) (?:send back|return|send) (?:a |any )?response|(?<!\b(?:you|request|client|caller|user) )(?:did not|didn't) (?:provide|return|produce) any (?:assistant )?(?:messages?|output|content)\b|empty (?:provider |upstream |model )?response|no response (?:from|was received from) (?:the )?(?:provider|upstream|model)|invalid response from (?:it|the (?:model|provider|upstream))|error occurred while processing your request/i,
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

/** A service failing is Cursor's own when the error is known to be Cursor's, else the provider's. */
function failingSide(pattern: RegExp): TextRule {
  const provider = rule(
    pattern,
    ['provider-outage'],
    'The provider is failing or overloaded. Wait and retry, or pick another model; nothing to fix on your side.',
  );
  const cursor = rule(pattern, ['cursor-service', 'network'], SERVICE_ACTION, CURSOR);
  return {
    pattern,
    match: (found, hinted) =>
      // A 400, 401, 403 or 404 said outright outranks a tool's guess that the service is down
      // ("Server returned 401 — the LLM endpoint may be temporarily unavailable", j-wrapped-102;
      // "Upstream provider … returned HTTP 404", l-openrouter-4).
      // Nor is a service down when the error names what stood in its way: a proxy answering in
      // its place, or a certificate this machine does not trust (p-sdk-network-7, p-gateway-9).
      (REFUSED_NOT_DOWN.test(found.input) && !/\b5\d\d\b/.test(found.input)) ||
      namesSomethingInTheWay(found.input)
        ? null
        : (hinted === 'cursor' || (hinted === null && CURSOR_SPEAKS.test(found.input))
            ? cursor
            : provider
          ).match(found, hinted),
  };
}

const REFUSED_NOT_DOWN = /\b(?:returned|status(?: code)?|HTTP|Error)\W{0,3}40[0134]\b/i;

/** Cursor speaking of itself: its API or servers, or the Request ID its banners end with. */
const CURSOR_SPEAKS =
  /\bCursor(?:'s)? (?:API|servers?|service|backend)\b|\bRequest ID: [0-9a-f]{8}-/i;

/**
 * An MCP server that refuses Cursor's MCP client until someone signs in to that server (a 401 or
 * 403 on its SSE or HTTP transport, an invalid or missing access token): the server's own auth.
 * No layer of this router names an MCP server, so it is unknown, with the advice that fits.
 */
const MCP_SERVER_AUTH_RULES: readonly TextRule[] = [
  whenText(
    (text) =>
      /\bSSE error\b|\bMCP\b|mcp\.json|Streamable HTTP|Error POSTing to endpoint/i.test(text),
    rule(
      /\bNon-200 status code \(40[13]\)|\b(?:HTTP|status(?: code)?)[ :]{0,2}40[13]\b|\bUnauthori[sz]ed\b|\binvalid_token\b|\b(?:access|bearer|OAuth) token\b[^\n]{0,40}\b(?:missing|invalid|expired)\b|\b(?:missing|invalid|expired) (?:access |bearer |OAuth )token\b|authentication required|requires? (?:authentication|authori[sz]ation|sign[- ]?in)/i,
      ['unknown'],
      'The MCP server wants a sign-in of its own (a 401 or 403 from that server): authenticate to it (Cursor Settings > MCP: its Login or Needs authentication button, or the token or header in its mcp.json entry), then restart Cursor. No Cursor login or provider key (BYOK) is involved.',
      MCP_STEP,
    ),
  ),
];

/**
 * An MCP server that stopped or never started: Cursor's MCP client saw its process close
 * ("Client closed", "Connection closed"), or the server's own SDK threw. Every studied one was
 * the server or its mcp.json entry (h-cursor-forum-other-203, i-cursor-forum-other-3, -4), and
 * no layer of this router names an MCP server. ("No tools available" stays Cursor's side: one
 * thread each way, e-cursor-forum-other-3 and i-cursor-forum-other-5.)
 */
const MCP_SERVER_EXIT_RULES: readonly TextRule[] = [
  whenText(
    (text) => /\bMCP\b|mcp\.json|stdio process|modelcontextprotocol/i.test(text),
    rule(
      /\bClient closed\b|\bConnection closed\b|No server info found|@modelcontextprotocol\/sdk\b[^\n]{0,200}\bat\b/i,
      ['unknown'],
      `The MCP server stopped or never started: run its command from mcp.json in a terminal to see its own error, fix the server or its entry in Cursor Settings > MCP, then restart Cursor (${stepRef('restart')}). No key, model or account is involved.`,
      MCP_STEP,
    ),
  ),
];

/**
 * Cursor's MCP client: tools it did not list, a tool result it cannot take yet, or a transport it
 * failed on. The MCP server's own errors and a model refusing a tool's schema are read before this.
 */
const MCP_CLIENT_RULES: readonly TextRule[] = cursorOnly([
  // The address itself is malformed (no http:// or https://): the URL in mcp.json, not the
  // client that reports it (m-cursor-forum-other-1, -5).
  rule(
    /Invalid URL protocol|the URL must start with (?:http|https):/i,
    ['base-url'],
    `The address is not a URL the client can use (it must start with http:// or https://): fix the "url" of the server in mcp.json (or the base URL), then restart Cursor (${stepRef('restart')}).`,
    MCP_STEP,
  ),
  // The server was asked for a tool it does not have under that name: the client renamed it or
  // sent the call to another server (l-cursor-forum-other-5, p-cursor-forum-other-3).
  rule(
    /MCP error -32602:[^\n]{0,40}?\bTool ['"]?\S+?['"]? not found|\bTool ['"]?mcp_[^\n]{1,120}? not found/i,
    ['cursor-service'],
    `Cursor's MCP client called a tool the MCP server does not have under that name (a renamed tool, a stale tool list, or the call sent to another server): restart Cursor (${stepRef('restart')}), turn off the other MCP servers to find a clash, and update Cursor. No key is involved.`,
    CURSOR,
  ),
  rule(
    /No tools (?:available|found)|\bError in MCP\b|\bSSE error\b|No valid session ID|Error POSTing to endpoint|(?:MCP|tool) (?:tool )?(?:result|returned|response)[^\n]{0,80}(?:not (?:yet )?supported|unsupported)|Result: Content type \S+ not supported|content type '?resource(?:_link)?'? (?:is )?not supported/i,
    ['cursor-service'],
    `Cursor's MCP client did not take what the MCP server offered: update Cursor, then restart it (${stepRef('restart')}); check the server in Cursor Settings > MCP. No key is involved.`,
    CURSOR,
  ),
]);

/** Cursor's own backend or build failing. */
const SERVICE_RULES: readonly TextRule[] = cursorOnly([
  // The agent's own tools (edit, read, terminal) failing mid-chat: no key or account is involved.
  rule(
    /\bError calling tool\b|\bTool call (?:failed|errored)\b|\btool call (?:failed|errored) (?:with|because)/i,
    ['cursor-service'],
    `Cursor's agent failed while running one of its own tools; no key is involved. Retry, ask for smaller edits, or start a new chat; if it keeps failing, update and restart Cursor (${stepRef('restart')}).`,
    CURSOR,
  ),
  // A program's own files that fail to load belong to the program their path names: the editor's
  // installed app (resources/app, or the AppImage mounted at /tmp/.mount_Cursor…) is Cursor
  // itself, the agent CLI's (cursor-agent) is the CLI.
  whenText(
    (text) =>
      // 'esources': a Windows path's backslash-r of 'resources' is read as a line break.
      /esources[\\/]app[\\/]|Cursor\.app[\\/]|\.mount_Cursor\w*[\\/]/i.test(text) &&
      !/cursor-agent/i.test(text),
    rule(
      /Cannot find (?:module|package)|ERR_MODULE_NOT_FOUND/i,
      ['cursor-service'],
      "Cursor's own installed files are missing or broken (the app, not a key or the network): reinstall Cursor from https://cursor.com/download, then run 'Install cursor command' from the command palette if the shell command is what failed.",
      CURSOR,
    ),
  ),
  whenText(
    (text) =>
      /cursor-agent/i.test(text) && /node:internal\/modules|Module\._compile|wrapSafe/.test(text),
    rule(
      /SyntaxError|Invalid or unexpected token|Unexpected token/,
      ['cursor-cli'],
      'The installed Cursor CLI cannot load: reinstall it (`curl https://cursor.com/install -fsS | bash`, or on Windows the installer from https://cursor.com/cli) or update it (`agent update`).',
      CURSOR,
    ),
  ),
  rule(
    /Cannot find module|not runnable|ERR_MODULE_NOT_FOUND/i,
    ['cursor-cli', 'cursor-service'],
    'The installed Cursor CLI is broken: reinstall it (`curl https://cursor.com/install -fsS | bash`) or update it (`agent update`).',
    CURSOR,
  ),
  rule(
    /connection failed[.,…]*\s*(?:If the problem persists|Please (?:try again|check))|If the problem persists,? please check your internet connection|Serialization error|\[(?:unavailable|internal|unknown|deadline_exceeded)\]|ConnectError|more traffic than we can handle|update to the latest version|update Cursor\b|(?:version|client|build) (?:of Cursor )?(?:is )?(?:outdated|too old|no longer supported)|unexpected error|something went wrong|internal error|ERROR_UNSPECIFIED|status\.cursor\.com|Cursor (?:is )?(?:down|outage)|please (?:submit|file) a bug report|terminated unexpectedly|\b(?:has )?crashed\b/i,
    ['cursor-service', 'network'],
    SERVICE_ACTION,
    CURSOR,
  ),
]);

const SHARE_CHILD =
  "Share next: that command's own output (stderr), its version, and the model it was asked to use.";

/**
 * A tool that ran another program and reports only how it ended (its exit code, or that it ran
 * out of the time the tool allowed) hides that program's own message: no layer can be told, and
 * a time limit the calling tool set is no network failure.
 */
const CHILD_TIMEOUT_RULES: readonly TextRule[] = [
  rule(
    /Command\b[^\n]{0,200}\btimed out after \d/i,
    ['unknown', 'network', 'cursor-cli'],
    `The tool gave the command less time than it needed and did not say why it was slow. Run the same command yourself to see its own message (a slow network or an unanswered login prompt are the usual causes). ${SHARE_CHILD}`,
  ),
];

/**
 * A program failing in its own code before any request left it: Python refusing a keyword argument
 * (two libraries whose versions do not go together: s-wrapped-8, w-wrapped-8), or a command line
 * longer than the system takes (a whole prompt passed as an argument: w-cursor-cli-1).
 */
const LOCAL_PROGRAM_RULES: readonly TextRule[] = [
  rule(
    /(?<![\w.])[\w.]{1,120}\(\) got an unexpected keyword argument\b/,
    ['unknown'],
    "The program's own code called a library with an argument the installed version does not take (the message names both): the two libraries' versions do not go together. Upgrade or pin them as the tool's docs say (pip show / npm ls names what is installed). No key, model or service is at fault.",
  ),
  rule(
    /\bspawn\b[^\n]{0,80}\b(?:E2BIG|ENAMETOOLONG)\b|\bArgument list too long\b|The filename or extension is too long/i,
    ['unknown', 'cursor-cli'],
    'The tool passed more text on a command line than this system allows (often a whole prompt as an argument): send less, or update the tool so it passes the text through a file or stdin. No key, login or network is at fault.',
  ),
  // A script that signs up for Cursor accounts failing the sign-up page's bot check (Cloudflare
  // Turnstile): that script's setup, or an address that made too many accounts
  // (w-cursor-forum-other-2, -3).
  rule(
    /\bTurnstile\b[^\n]{0,40}(?:\n[^\n]{0,10})?(?:验证失败|failed|failure|error|timed? ?out)/i,
    ['unknown', 'cursor-plan'],
    "The sign-up page's bot check (Cloudflare Turnstile) refused an automated sign-up: fix that script's own settings (its browser and user agent), or sign up by hand. After several accounts from one address, Cursor refuses more from it. Your keys are not involved.",
  ),
];

/**
 * A tool around Cursor that looks for the Cursor app itself and does not find it where it looked
 * (n-cursor-forum-other-6, -7): that tool's path setting, not Cursor's service.
 */
const CURSOR_APP_MISSING_RULES: readonly TextRule[] = [
  rule(
    /Cursor (?:executable|binary|app(?:lication)?|installation|install(?:ation)? path) (?:was )?not found|(?:could not|couldn't|cannot|can't|unable to) (?:find|locate) (?:the )?Cursor (?:executable|binary|app(?:lication)?|installation)|未找到\s?Cursor|找不到\s?Cursor/i,
    ['unknown', 'cursor-cli'],
    "A tool could not find the Cursor app where it looked: check that tool's setting for Cursor's path (or install Cursor where it expects). Cursor itself and every key are fine.",
  ),
];

/**
 * A command-line parser refusing a value it lists the choices for: whoever ran the command passed
 * it (an integration's bug, m-cursor-cli-2), unlike an unknown option, which an old build gives.
 */
const CLI_VALUE_RULES: readonly TextRule[] = [
  rule(
    /\berror: option '[^'\n]{1,60}' argument '[^'\n]{0,60}' is invalid\b|Allowed choices are\b/i,
    ['unknown', 'cursor-cli'],
    'The command was run with a value this CLI does not take (the message lists the ones it does): fix the flag in the tool or script that runs it, or update the CLI if the value is new. No key or login is at fault.',
  ),
];

/**
 * A program that wrote plain words where JSON was expected ("Unexpected token 'R', "Reusing
 * ex"… is not valid JSON"): an MCP server logging to stdout, or a tool printing beside its
 * answer. An HTML page ('<') is a wrong address instead, read by the endpoint rules.
 */
const PLAIN_TEXT_FOR_JSON_RULES: readonly TextRule[] = [
  // OpenRouter keeps a slow stream open with ": OPENROUTER PROCESSING" comments, which SSE
  // clients must skip: a client that parses them as JSON is the tool's bug (n-openrouter-4).
  rule(
    /OPENROUTER PROCESSING[^\n]{0,80}?(?:not valid JSON|JSON\.parse|Unexpected token)|(?:JSON parse|not valid JSON|Unexpected token)[^\n]{0,80}?OPENROUTER PROCESSING|"?: OPENROUT"?(?:\.{3}|…) is not valid JSON/i,
    ['unknown'],
    'The tool cannot read the keep-alive comments OpenRouter sends while a model thinks (": OPENROUTER PROCESSING"): update the tool or report it there. The key, the model and OpenRouter are fine.',
  ),
  rule(
    /Unexpected token '[A-Za-z]', "[^"\n]{1,20}"?(?:\.{3}|…) is not valid JSON/,
    ['unknown', 'base-url'],
    `A program answered with plain text where JSON was expected. For an MCP server these are its own log lines on stdout: make it log to stderr (or turn its logging down) and restart Cursor (${stepRef('restart')}); for an HTTP endpoint, check the base URL.`,
  ),
];

const CHILD_EXIT_RULES: readonly TextRule[] = [
  rule(
    /\bexited with (?:exit )?(?:code|status):? (?:Some\()?[1-9]|\b(?:failed|exited|terminated)\W{0,3}\((?:exit(?: code| status)?|code|status)[: ]{1,2}[1-9]\d{0,2}\)|Command failed with exit code:? (?:Some\()?[1-9]|\b(?:cursor-)?agent_exit(?:ed)?_[1-9]/i,
    // "failed (exit 1)" is the same report in another wording (h-cursor-cli-109).
    // The Cursor CLI's usual exits: how it was run, its login or key, the model it was given.
    ['unknown', 'cursor-cli', 'cursor-account', 'model', 'cursor-service'],
    `The tool reports only that the command failed, not why. Run the same command yourself to see its own message. ${SHARE_CHILD}`,
  ),
];

/** The network between here and the service, in the words of other runtimes. */
const NETWORK_ACTION =
  'The request never got an answer: check the internet connection, VPN, proxy (HTTPS_PROXY) and firewall, then retry. If only this host fails, check its name in the base URL.';

/**
 * A failure on the way to the service, in any runtime's words: a connection that failed or was cut: refused, reset, unresolved, untrusted, or closed before the
 * answer was complete ("Server disconnected without sending a response", f-sdk-network-18).
 */
const NETWORK_CAUSE =
  /Name or service not known|socket connection was closed unexpectedly|Temporary failure in name resolution|\bgaierror\b|UnknownHost|Failed host lookup|Failed to connect to [\w.-]+(?:\.[a-z]{2,}| port \d+)|Couldn't connect to server|response code for CONNECT|(?:socket|Server) disconnected|peer closed (?:the )?connection|incomplete chunked read|IncompleteRead|Connection broken|Premature close|(?:response|stream|body) ended prematurely|other side closed|ChunkedEncodingError|nodename nor servname|No address associated|no such host|Could not resolve|Failed to resolve|NameResolutionError|getaddrinfo failed|Cannot connect to host|Failed to establish a (?:new|socket) connection|Max retries exceeded|Connect(?:ion)? ?(?:call )?(?:refused|reset|aborted|timed out)|forcibly closed by the remote host|connection was aborted by the software|\bwsa(?:recv|send)\b|\bWSAE(?:CONNRESET|CONNABORTED|TIMEDOUT)\b|Broken pipe|ConnectTimeout|ReadTimeout|i\/o timeout|context deadline exceeded|Is the computer able to access the url|\bPrivoxy\b|\bZscaler\b|\bDeadline ?Exceeded\b|dial tcp|TLS handshake|\bhandshake (?:failed|failure|error)(?![^\n]{0,60}?\b(?:response|status)\W{0,3}[1-5]\d\d\b)|x509:|network (?:disconnected|is down|is offline|changed)|(?:internet|network) connection (?:was )?(?:lost|offline)|appears to be offline|\bDNS(?: lookup| resolution| query)?:? (?:failed|failure|error|no response|timed? ?out)|schannel|InitializeSecurityContext|\bSEC_E_\w+|\bCRYPT_E_\w+|revocation (?:check|server|function)|curl: \((?:6|7|28|35|51|52|56|58|60|77)\)|(?:unrecognized|untrusted|unknown|invalid|self[- ]signed) (?:SSL |TLS |root )?certificate|certificate (?:is |was )?(?:not trusted|untrusted)|(?:traffic|connection) (?:is being |was |has been )?intercepted|PKIX path|SEC_ERROR_UNKNOWN_ISSUER|CERTIFICATE_VERIFY_FAILED|SSLError|SSL connection could not be established|remote certificate is invalid|UntrustedRoot|(?:Could not|Couldn't|Unable to|Can't) connect to|WRONG_VERSION_NUMBER|wrong version number|\bEPROTO\b|SSL routines|certificate verify failed|EOF occurred|RemoteDisconnected|network is unreachable|No route to host|error reading DNS|UNSAFE_LEGACY_RENEGOTIATION|legacy renegotiation|EHOSTUNREACH|ENETUNREACH|HTTPS?_PROXY|(?<![\w./-])proxy(?![./-]?\w)|firewall|timed? ?out|Connection lost|reconnecting|unexpected EOF|ERR_(?:CONNECTION|NETWORK|INTERNET|NAME_NOT_RESOLVED|PROXY|CERT|SSL)\w*|NGHTTP2|HTTP\/?2 (?:stream|protocol)|(?:doesn't|does not|cannot|can't) (?:support|handle|carry) HTTP\/?2|(?:disable|disabling) HTTP\/?2|HTTP\/1(?:\.1)? mode|useHttp1|stream (?:was )?(?:reset|closed)|超时|连接(?:中断|被(?:拒绝|重置))|网络(?:错误|异常|不可用)/i;

/** A failed connection: the network, or first the base URL when the target looks typed or local. */
function connectionRule(pattern: RegExp): TextRule {
  return {
    pattern,
    match: (found, provider) => ({
      layers: connectionLayers(found.input, provider, failureKindOf(found.input)),
      provider,
      code: null,
      action: connectionAction(found.input, NETWORK_ACTION),
    }),
  };
}

const NETWORK_RULES: readonly TextRule[] = [
  // Cursor fetching its own parts (the remote server over SSH, an update, an extension): the
  // machine doing the download could not reach Cursor's storage.
  ...cursorOnly([
    rule(
      /(?:Error|Failed|failure) (?:while )?downloading (?:the )?(?:Cursor |VS ?Code |remote )?(?:server|update|extension)\b|\b(?:Failed|Unable|Couldn't|could not|cannot) (?:to )?download (?:the )?(?:Cursor|VS ?Code|remote server|server|update|extension)\b/i,
      ['network'],
      'A download from Cursor failed on the way: check that the machine doing it (the remote host, over SSH) can reach the address (proxy, firewall, DNS), then retry; removing a half-installed ~/.cursor-server on that host makes Cursor start over.',
      CURSOR,
    ),
  ]),
  rule(
    /Cannot read propert(?:y|ies) (?:of undefined )?\(?(?:reading )?'(?:status|statusText|data|response|headers)'/i,
    ['network'],
    'No response came back at all (the code read a response that never arrived): check the connection, VPN, proxy and the base URL, then retry.',
  ),
  connectionRule(NETWORK_CAUSE),
];

/** Connection words that Cursor's own banners also use: they rank below Cursor's service ("Load failed" is WebKit's "Failed to fetch"). */
const WEAK_NETWORK_CAUSE =
  /Connect(?:ion)? ?(?:call )?failed|ConnectError|APIConnectionError|Connection error|Network ?Error|network error|fetch failed|Failed to fetch|(?<!model )\bLoad failed\b|internet connection|\bVPN\b/i;

const WEAK_NETWORK_RULES: readonly TextRule[] = [connectionRule(WEAK_NETWORK_CAUSE)];

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
  ...PLAN_RULES,
  ...BILLING_RULES,
  ...NO_CREDENTIALS_RULES,
  ...DATA_RETENTION_RULES,
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
