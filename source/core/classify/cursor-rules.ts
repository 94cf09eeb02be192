// Cursor's own words: its CLI and login, features that take no provider key, its plan limits,
// its MCP client and its own service failing.
import {CURSOR_PLANS_PAGE, CURSOR_USAGE_PAGE} from './links.js';
import {rule, type TextRule} from './text-rules.js';
import {stepRef} from '../step-order.js';
import {
  SERVICE_ACTION,
  CURSOR,
  MCP_STEP,
  whenText,
  cursorOnly,
  cursorNamed,
} from './rule-guards.js';

export const PLAN_ACTION = `This is Cursor's own limit, not your provider's billing or key: check usage at ${CURSOR_USAGE_PAGE} and the plans at ${CURSOR_PLANS_PAGE}; wait for the reset or change the plan. A new provider key will not help.`;
/** The Cursor CLI itself, the Cursor login, and features that take no provider key. */
export const CURSOR_SIDE_RULES: readonly TextRule[] = [
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

export const ACCOUNT_RULES: readonly TextRule[] = cursorOnly([
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
export const UNPAID_BILL =
  /\b(?:unpaid|overdue|outstanding|past[- ]due) (?:invoices?|bills?|balance|payments?|charges?)\b|\b(?:payments?|subscriptions?|invoices?|bills?) (?:is |are |has been |was )?(?:past[- ]due|overdue|unpaid)\b|payment (?:is )?up to date|could not charge your (?:card|payment)/i;

/** Cursor's own limits: usage, trials, devices, plan gates, its bill unpaid. */
export const PLAN_RULES: readonly TextRule[] = cursorOnly([
  ...cursorNamed([
    rule(
      UNPAID_BILL,
      ['cursor-plan'],
      `Cursor's own subscription has a bill unpaid, not your provider: pay the open invoice or update the card in Cursor's billing settings (${CURSOR_USAGE_PAGE}). A new provider key will not help.`,
      CURSOR,
    ),
  ]),
  rule(
    /hit your (?!parallel |concurrent )(?:\w+ )?(?:usage|request|rate) limits?|(?:hit|reached|exceeded|exhausted|used up|over|out of) (?:your |the |all )?(?!(?:\w+ )?(?:parallel|concurrent) )(?:\w+ ){0,2}(?<!API )(?:usage|requests?) (?:limit|allowance|quota)s?|(?<!API |parallel |concurrent )(?:usage|request) (?:limit|allowance)s? (?:has been |have been |was |is )?(?:reached|hit|exceeded|exhausted|used up)|included usage|(?:used|run) (?:up |out of )?(?:all )?your (?:\d+ )?(?:free|fast|premium|monthly|included)|free (?:requests|quota|trial|plan)|\bfree (?:users?|accounts?)\b|(?:only available|available only|reserved) (?:to|for|on) (?:the )?(?:Pro|paid|Business|Ultra|Teams?)\b|(?:upgrade|subscribing|switch) to (?:Cursor )?Pro\b|Get Cursor Pro|non-pro users|slow (?:pool|requests?|queue|mode)\b|not (?:available|included|supported) (?:on|in|with|for) (?:your|the free|the current) (?:\w+ )?plan|(?:your|current) (?:\w+ )?plan (?:does not|doesn't) (?:include|allow|support|cover)|(?:team|org(?:ani[sz]ation)?|workspace) admin(?:istrator)?s? (?:has |have )?(?:disabled|restricted|blocked|turned off)|(?:disabled|restricted|blocked) by (?:your )?(?:team |org(?:ani[sz]ation)? )?admin|usage limits? will reset|monthly (?:billing )?cycle ends|too many (?:free )?trial accounts|too many (?:computers|devices|machines)|trial (?:has )?(?:ended|expired)|spend(?:ing)? limit|usage-based (?:pricing|spending)|premium (?:model )?(?:requests?|models?)|(?:hit|reached) (?:your|the) (?:\w+ )?(?:monthly|plan|fast request) limit|\[resource_exhausted\]|stop the agent after \d+ tool calls|out of (?:fast|premium|free) requests|(?<!\d)\d+ ?\/ ?\d+ (?:fast|premium|free|included) requests|limit of \d+ (?:fast|premium|free) requests|\bPRO_USER_ONLY\b|\bERROR_\w*USAGE_LIMIT/i,
    ['cursor-plan'],
    PLAN_ACTION,
    CURSOR,
  ),
]);

/**
 * Cursor's MCP client: tools it did not list, a tool result it cannot take yet, or a transport it
 * failed on. The MCP server's own errors and a model refusing a tool's schema are read before this.
 */
export const MCP_CLIENT_RULES: readonly TextRule[] = cursorOnly([
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
export const SERVICE_RULES: readonly TextRule[] = cursorOnly([
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
  // A client's 4xx stated beside vague words ("Something went wrong … Error: 422 status code",
  // x-wrapped-7) is a refusal, not Cursor failing.
  whenText(
    (text) =>
      !/\b(?:status(?: code)?|HTTP|Error:?)\W{0,3}4\d\d\b|\b4\d\d status code\b/i.test(text),
    rule(
      /connection failed[.,…]*\s*(?:If the problem persists|Please (?:try again|check))|If the problem persists,? please check your internet connection|Serialization error|\[(?:unavailable|internal|unknown|deadline_exceeded)\]|ConnectError|more traffic than we can handle|update to the latest version|update Cursor\b|(?:version|client|build) (?:of Cursor )?(?:is )?(?:outdated|too old|no longer supported)|unexpected error|something went wrong|internal error|ERROR_UNSPECIFIED|status\.cursor\.com|Cursor (?:is )?(?:down|outage)|please (?:submit|file) a bug report|terminated unexpectedly|\b(?:has )?crashed\b/i,
      ['cursor-service', 'network'],
      SERVICE_ACTION,
      CURSOR,
    ),
  ),
]);
