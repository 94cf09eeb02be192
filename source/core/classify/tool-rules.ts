// Programs on this machine and tools around Cursor failing on their own: a file that cannot be
// written, an MCP server or the program that starts it, a usage-dashboard tool, a child command,
// two libraries whose versions do not go together. No key, model or account layer owns them, so
// most read `unknown`, with the advice that fits.
import {rule, type TextRule} from './text-rules.js';
import {stepRef} from '../step-order.js';
import {CURSOR, MCP_STEP, whenText, onlyWhenNotFound, unlessCredentials} from './rule-guards.js';

/**
 * This machine's own files: a folder the app must write is not writable, or the disk is full. No
 * key, login, plan or network layer owns it, so it stays unknown and says where to look.
 */
export const LOCAL_FILE_RULES: readonly TextRule[] = [
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
export const MCP_LAUNCHER_RULES: readonly TextRule[] = [
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
export const DASHBOARD_TOOL_RULES: readonly TextRule[] = [
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
export const LOGIN_POLL_RULES: readonly TextRule[] = [
  onlyWhenNotFound(
    rule(
      /cursor\.(?:sh|com)(?:\/api)?\/auth\/poll\b/i,
      ['unknown'],
      "Cursor's sign-in never completed: its login poll answers 'not found' until the sign-in in the browser finishes. Finish it in the browser that opened (same account), or cancel and sign in again; if it keeps looping, check that cursor.com and api2.cursor.sh are reachable (VPN, proxy, firewall) and try another sign-in method. No provider key or model is involved.",
      CURSOR,
    ),
  ),
];

/**
 * An MCP server that refuses Cursor's MCP client until someone signs in to that server (a 401 or
 * 403 on its SSE or HTTP transport, an invalid or missing access token): the server's own auth.
 * No layer of this router names an MCP server, so it is unknown, with the advice that fits.
 */
export const MCP_SERVER_AUTH_RULES: readonly TextRule[] = [
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
export const MCP_SERVER_EXIT_RULES: readonly TextRule[] = [
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

const SHARE_CHILD =
  "Share next: that command's own output (stderr), its version, and the model it was asked to use.";

/**
 * A tool that ran another program and reports only how it ended (its exit code, or that it ran
 * out of the time the tool allowed) hides that program's own message: no layer can be told, and
 * a time limit the calling tool set is no network failure.
 */
export const CHILD_TIMEOUT_RULES: readonly TextRule[] = [
  rule(
    /Command\b[^\n]{0,200}\btimed out after \d/i,
    ['unknown', 'network', 'cursor-cli'],
    `The tool gave the command less time than it needed and did not say why it was slow. Run the same command yourself to see its own message (a slow network or an unanswered login prompt are the usual causes). ${SHARE_CHILD}`,
  ),
];

/**
 * A program failing in its own code before any request left it: Python or Ruby refusing a keyword
 * argument or a method (two libraries whose versions do not go together: s-wrapped-8, w-wrapped-8,
 * z-wrapped-2), or a command line
 * longer than the system takes (a whole prompt passed as an argument: w-cursor-cli-1).
 */
export const LOCAL_PROGRAM_RULES: readonly TextRule[] = [
  rule(
    /(?<![\w.])[\w.]{1,120}\(\) got an unexpected keyword argument\b|\b(?:object|module) has no attribute '\w{1,80}'|\b(?:unknown|missing) keywords?: :\w{1,80}(?:, :\w{1,80}){0,8} \(ArgumentError\)|\bundefined method [`'‘]\w{1,80}[?!]?['’] for\b(?! nil\b)[^\n]{0,160}\(NoMethodError\)/,
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
 * (n-cursor-forum-other-6, -7), or reads the app's own files from a path it assumed
 * (x-cursor-forum-other-1): that tool's path setting, not Cursor's service. A Windows path's
 * backslash-r reaches the rules as a space ('Cursor esources'): see matchRules.
 */
export const CURSOR_APP_MISSING_RULES: readonly TextRule[] = [
  rule(
    /Cursor (?:executable|binary|app(?:lication)?|installation|install(?:ation)? path) (?:was )?not found|(?:could not|couldn't|cannot|can't|unable to) (?:find|locate) (?:the )?Cursor (?:executable|binary|app(?:lication)?|installation)|未找到\s?Cursor|找不到\s?Cursor|(?:FileNotFoundError|ENOENT|No such file or directory)[^\n]{0,200}?[\\/]Cursor(?:[\\/]{1,2}r| )esources[\\/]{1,2}app\b/i,
    ['unknown', 'cursor-cli'],
    "A tool could not find the Cursor app where it looked: check that tool's setting for Cursor's path (or install Cursor where it expects). Cursor itself and every key are fine.",
  ),
];

/**
 * A command-line parser refusing a value it lists the choices for: whoever ran the command passed
 * it (an integration's bug, m-cursor-cli-2), unlike an unknown option, which an old build gives.
 */
export const CLI_VALUE_RULES: readonly TextRule[] = [
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
export const PLAIN_TEXT_FOR_JSON_RULES: readonly TextRule[] = [
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

export const CHILD_EXIT_RULES: readonly TextRule[] = [
  rule(
    /\bexited with (?:exit )?(?:code|status):? (?:Some\()?[1-9]|\b(?:failed|exited|terminated)\W{0,3}\((?:exit(?: code| status)?|code|status)[: ]{1,2}[1-9]\d{0,2}\)|Command failed with exit code:? (?:Some\()?[1-9]|\b(?:cursor-)?agent_exit(?:ed)?_[1-9]/i,
    // "failed (exit 1)" is the same report in another wording (h-cursor-cli-109).
    // The Cursor CLI's usual exits: how it was run, its login or key, the model it was given.
    ['unknown', 'cursor-cli', 'cursor-account', 'model', 'cursor-service'],
    `The tool reports only that the command failed, not why. Run the same command yourself to see its own message. ${SHARE_CHILD}`,
  ),
];
