// The error router: parses what was pasted, hands Cursor payloads, provider bodies and network
// failures to the modules that own them, and covers only what they do not. Pure; never throws.
import type {Diagnosis} from '../diagnosis.js';
import {MCP_CONNECTION_STEP, STEP_OF_LAYER} from '../diagnosis.js';
import {markKeyEchoes} from '../providers/registry/index.js';
import {redact} from '../secrets.js';
import {type Layer, LAYERS, type Provider, stepNumberOf} from '../vocabulary.js';
import {
  buildClassification,
  candidatesOf,
  type Classification,
  inFixOrder,
  type ClassifyDelegates,
  type ClassifyInput,
  unknownClassification,
} from './classification.js';
import {KEY_PAGE, providerName} from './links.js';
import {errorPayloads, type JsonObject, stringField} from './payload.js';
import {
  codeFromPayload,
  cursorWordsOf,
  impliedStatus,
  isCursorPayload,
  lostHeaders,
  providerFromShape,
  statusFromPayload,
} from './payload-shape.js';
import {
  firstUrl,
  headersFromText,
  networkFailureFromText,
  providerFromText,
  providerNamedInText,
  providerOfWord,
  statusFromText,
} from './signals.js';
import {stripAnsi} from '../cursor/text.js';
import type {NetworkFailure} from '../runner.js';
import {connectionLayers, type FailureKind} from './connection-target.js';
import {connectionAction, failedAtMcpServer} from '../mcp-connection.js';
import {matchStatus} from './status-rules.js';
import {
  isDashboardToolLog,
  isMcpServerSignIn,
  readText,
  type TextReading,
} from './meaning-rules.js';
import {SERVICE_ACTION} from './rule-guards.js';
import {narrowedByStatus, outrankedByMeaning} from './outrank.js';
import type {RuleMatch} from './text-rules.js';
import {stepRef} from '../step-order.js';

/** Enough for any real error paste; bounds the regex work on a flood. */
const MAX_CHARS = 256 * 1024;

const BAD_USER_KEY = 'ERROR_BAD_USER_API_KEY';

// The documented payload (cursor-cli.md §5), for plain-text banners that drop the JSON.
const BAD_USER_KEY_PAYLOAD = JSON.stringify({
  error: BAD_USER_KEY,
  details: {title: 'Bad User API key', detail: 'Unauthorized User API key'},
});

interface Parsed {
  text: string;
  /** The outermost error payload: the one whose status and code the paste shows. */
  payload: JsonObject | null;
  /** The innermost provider body, even one nested in another payload or a log line. */
  providerBody: JsonObject | null;
  hint: Provider | null;
  seenStatus: number | null;
  textProvider: Provider | null;
  /** The provider Cursor's banner names ("Unauthorized User Openai API key"). */
  namedProvider: Provider | null;
  /** What Cursor's own payloads say in words (their titles and details), or null. */
  cursorWords: string | null;
}

type Found =
  | {kind: 'diagnosis'; diagnosis: Diagnosis; from: 'cursor' | 'provider' | 'network'}
  | {kind: 'rule'; rule: RuleMatch};

function usable(diagnosis: Diagnosis | null | undefined): diagnosis is Diagnosis {
  return Boolean(diagnosis) && diagnosis!.layer !== 'unknown';
}

/** A delegate that throws counts as "no answer"; the classifier itself must never throw. */
function ask<T>(call: () => T): T | null {
  try {
    return call();
  } catch {
    return null;
  }
}

const NAMED_BY_CURSOR =
  /Unauthorized User (\w+) API key|when using your (\w+) API key|Invalid (\w+) API Key/i;

function providerNamedByCursor(text: string): Provider | null {
  const found = NAMED_BY_CURSOR.exec(text);
  const word = found?.[1] ?? found?.[2] ?? found?.[3];
  return word ? providerOfWord(word) : null;
}

/** A run of base64 or token characters too long to be a word: encoded data, an id, a hash. */
const OPAQUE_RUN = /(?<![\w+\/=-])[A-Za-z0-9+\/_-]{40,}={0,2}(?![\w+\/=-])/g;

/**
 * Encoded data carries no words, though its letters can spell one ("VPN" inside a key's base64,
 * an image's bytes): such runs are dropped before anything reads the text. A path keeps its
 * words: a run whose slashes part lowercase words is left alone.
 */
function withoutOpaqueRuns(text: string): string {
  return text.replace(OPAQUE_RUN, (run) =>
    /\d/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run) && !/\/[a-z]{3,}\//.test(run)
      ? '…'
      : run,
  );
}

function parse(input: ClassifyInput): Parsed {
  const raw = typeof input.text === 'string' ? input.text : String(input.text ?? '');
  // Keys are masked before anything reads the text, so no later step can echo one.
  // Forums and chat apps turn straight quotes into curly ones, which no JSON parser takes.
  // An echo's length says which kind of key was refused, and masking loses it: mark it first.
  const text = withoutOpaqueRuns(redact(markKeyEchoes(stripAnsi(raw.slice(0, MAX_CHARS)))))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    // Terminal UIs draw boxes around wrapped messages; the frame is no part of the words.
    .replace(/(?<!\s)\s*[\u2500-\u257f][\s\u2500-\u257f]*/g, ' ');
  const payloads = errorPayloads(text);
  const payload = payloads[0] ?? null;
  const providerBody =
    [...payloads]
      .reverse()
      .find((p: JsonObject) => !isCursorPayload(p) && providerFromShape(p) !== null) ??
    payloads.find((p) => !isCursorPayload(p)) ??
    null;
  const given = typeof input.status === 'number' ? input.status : null;
  return {
    text,
    payload,
    providerBody,
    hint: input.provider ?? null,
    seenStatus:
      given ??
      (providerBody ? statusFromPayload(providerBody) : null) ??
      (payload ? statusFromPayload(payload) : null) ??
      statusFromText(text),
    textProvider: providerFromText(text) ?? providerNamedInText(text),
    namedProvider: providerNamedByCursor(text),
    cursorWords: payloads.filter(isCursorPayload).flatMap(cursorWordsOf).join('. ').trim() || null,
  };
}

/** Cursor codes that only say "the provider, or something, failed": what they carry says more. */
const CARRIER_CODES =
  /^ERROR_(?:OPENAI|OPENAI_RATE_LIMIT_EXCEEDED|CUSTOM_MESSAGE|UNSPECIFIED|CUSTOM)$/;

function fromCursor(parsed: Parsed, delegates: ClassifyDelegates): Diagnosis | null {
  // A dashboard tool's own log quotes Cursor's words about the tool's calls, not this session;
  // an MCP server asking for its own sign-in speaks of that server, not Cursor's login.
  if (isDashboardToolLog(parsed.text) || isMcpServerSignIn(parsed.text)) return null;
  const direct = ask(() => delegates.cursor(parsed.text));
  // A named Cursor code is Cursor's to explain, even when it is no key problem at all, unless
  // it is only a carrier for the provider's answer.
  if (direct && direct.code && CARRIER_CODES.test(direct.code)) return null;
  if (direct && (direct.layer !== 'unknown' || direct.code)) return direct;
  if (
    !(parsed.payload && isCursorPayload(parsed.payload)) &&
    /Unauthorized User API key|Bad User API key/i.test(parsed.text)
  ) {
    const synthesized = ask(() => delegates.cursor(BAD_USER_KEY_PAYLOAD));
    if (usable(synthesized)) return synthesized;
  }
  return null;
}

function fromProviderBody(parsed: Parsed, delegates: ClassifyDelegates): Diagnosis | null {
  const {providerBody: payload, hint, text} = parsed;
  if (!payload) return null;
  const provider =
    (hint && hint !== 'cursor' ? hint : null) ?? providerFromShape(payload) ?? parsed.textProvider;
  if (!provider || provider === 'cursor') return null;
  const status = parsed.seenStatus ?? impliedStatus(provider, payload, text);
  if (status === null) return null;
  const headers = {...lostHeaders(provider, payload, text), ...headersFromText(text)};
  return ask(() => delegates.provider({provider, status, headers, body: JSON.stringify(payload)}));
}

/** Node names the host in the cause ("getaddrinfo ENOTFOUND api.openai.com"); use it as the target. */
function hostUrlFromMessage(message: string): string | null {
  const host =
    /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED)\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?)/.exec(
      message,
    )?.[1] ?? /attempted address: ([\w.-]+(?::\d+)?)/.exec(message)?.[1];
  return host ? `https://${host}` : null;
}

function fromNetwork(parsed: Parsed, delegates: ClassifyDelegates): Found | null {
  const failure = networkFailureFromText(parsed.text);
  if (!failure) return null;
  const provider = parsed.hint ?? parsed.textProvider;
  const url = firstUrl(parsed.text) ?? hostUrlFromMessage(failure.message) ?? '';
  const diagnosis = ask(() => delegates.network(failure, {provider, url}));
  // TLS and proxy failures name their own suspects; the others are read by where they went.
  const target =
    failure.kind === 'tls' || failure.kind === 'proxy'
      ? null
      : connectionLayers(parsed.text, provider, kindOfFailure(failure.kind));
  if (usable(diagnosis)) {
    const settled = target
      ? {
          ...diagnosis,
          alsoPossible: target.filter((layer) => layer !== diagnosis.layer),
          // The network module speaks of the base URL; the target may have been an MCP server.
          action: connectionAction(parsed.text, diagnosis.action),
        }
      : diagnosis;
    return {kind: 'diagnosis', diagnosis: settled, from: 'network'};
  }
  // The network module had no answer: still a network failure, named by its code.
  const layers: Layer[] = target ?? ['network'];
  return {
    kind: 'rule',
    rule: {
      layers,
      provider,
      code: failure.code,
      action: `The request never reached the service (${failure.code ?? failure.kind}). Check the host name, proxy (HTTPS_PROXY) and corporate TLS inspection (NODE_EXTRA_CA_CERTS), then retry.`,
    },
  };
}

function kindOfFailure(kind: NetworkFailure['kind']): FailureKind {
  return kind === 'dns' || kind === 'refused' ? kind : 'other';
}

function fromStatus(parsed: Parsed, delegates: ClassifyDelegates): Found | null {
  const status = parsed.seenStatus;
  if (status === null) return null;
  const provider = parsed.hint ?? parsed.textProvider;
  if (provider && provider !== 'cursor') {
    const diagnosis = ask(() =>
      delegates.provider({
        provider,
        status,
        headers: headersFromText(parsed.text),
        body: parsed.text,
      }),
    );
    if (usable(diagnosis)) return {kind: 'diagnosis', diagnosis, from: 'provider'};
  }
  const rule = matchStatus(status, provider, parsed.text);
  return rule ? {kind: 'rule', rule} : null;
}

/**
 * The signals in rank order: Cursor's code, the provider's body, a network failure named by its
 * code, the message's meaning, a bare "connection failed", then the status.
 */
function route(parsed: Parsed, delegates: ClassifyDelegates): Found | null {
  const cursor = fromCursor(parsed, delegates);
  if (cursor) return {kind: 'diagnosis', diagnosis: cursor, from: 'cursor'};
  const body = fromProviderBody(parsed, delegates);
  if (usable(body)) return refined({kind: 'diagnosis', diagnosis: body, from: 'provider'}, parsed);
  const said = fromCursorWords(parsed);
  if (said) return said;
  const inBody = fromBodyWords(parsed);
  if (inBody) return inBody;
  const network = fromNetwork(parsed, delegates);
  const named = network && network.kind === 'diagnosis' ? network : null;
  if (named && named.diagnosis.code !== null) return named;
  const reading = readIn(parsed.text, parsed);
  if (reading && !(reading.carrierOnly && parsed.seenStatus !== null)) {
    return refined({kind: 'rule', rule: narrowedByStatus(reading.rule, parsed.seenStatus)}, parsed);
  }
  if (network) return network;
  const status = fromStatus(parsed, delegates);
  return status ? refined(status, parsed) : cursorDefault(parsed);
}

/** Words of this paste read by meaning, with the provider it names or was told to be from. */
function readIn(words: string, parsed: Parsed): TextReading | null {
  return readText(words, parsed.hint ?? parsed.textProvider, toldProvider(parsed));
}

/**
 * The provider the error is known to be from: the one named with --provider, unless the text
 * names another (a gateway passing on its upstream's words: those keep their own advice).
 */
function toldProvider(parsed: Parsed): Provider | null {
  return parsed.textProvider && parsed.textProvider !== parsed.hint ? null : parsed.hint;
}

/**
 * Cursor's own words in its payload, read before the rest of the text: a transport code beside
 * them ("resource_exhausted") or a status is only how the message travelled.
 */
function fromCursorWords(parsed: Parsed): Found | null {
  if (!parsed.cursorWords) return null;
  const reading = readIn(parsed.cursorWords, parsed);
  if (!reading || reading.carrierOnly) return null;
  return refined({kind: 'rule', rule: narrowedByStatus(reading.rule, parsed.seenStatus)}, parsed);
}

/**
 * The provider body's own message, when its status or owner is not known: it outranks the words
 * around it (a wrapper's name, a code quoted beside it, a lead-in that only announces it).
 */
function fromBodyWords(parsed: Parsed): Found | null {
  const body = parsed.providerBody;
  if (!body) return null;
  const message = stringField(body, 'error', 'message') ?? stringField(body, 'message');
  if (!message) return null;
  // A code spelled as a name of its cause (Azure's "DeploymentModelNotSupported") is read with
  // the message, which alone says less (y-azure-4); snake_case codes only repeat the message.
  const code = stringField(body, 'error', 'code') ?? stringField(body, 'code');
  const words = code && /^(?:[A-Z][a-z]+){2,}$/.test(code) ? `${code}: ${message}` : message;
  const reading = readIn(words, parsed);
  if (!reading || reading.carrierOnly) return null;
  return refined({kind: 'rule', rule: narrowedByStatus(reading.rule, parsed.seenStatus)}, parsed);
}

function refined(found: Found, parsed: Parsed): Found {
  if (found.kind === 'rule' && found.rule.settled) return found;
  const layers = found.kind === 'rule' ? found.rule.layers : candidatesOf(found.diagnosis);
  const first = found.kind === 'rule' ? inFixOrder(layers)[0] : found.diagnosis.layer;
  const code = found.kind === 'rule' ? found.rule.code : found.diagnosis.code;
  const better = first
    ? outrankedByMeaning({first, layers, code}, parsed.text, parsed.hint ?? parsed.textProvider)
    : null;
  return better ? {kind: 'rule', rule: better} : found;
}

/**
 * The same ERROR_BAD_USER_API_KEY seen with a BYOK provider points at that provider's key; one
 * that names another provider's key than the one in use is Cursor checking the wrong key.
 */
function settleBadUserKey(
  classification: Classification,
  hint: Provider | null,
  named: Provider | null,
): Classification {
  if (classification.code !== BAD_USER_KEY || hint === null) return classification;
  if (named && hint !== 'cursor' && named !== hint) {
    return buildClassification({
      layers: ['cursor-service'],
      step: null,
      provider: hint,
      httpStatus: classification.httpStatus,
      code: BAD_USER_KEY,
      action: `Cursor checked your ${providerName(hint)} request against its ${providerName(named)} key: a Cursor-side mix-up, not your key. Update and restart Cursor (${stepRef('restart')}); meanwhile fill or clear the ${providerName(named)} field in Cursor Settings > Models and retry. If it persists, test your ${providerName(hint)} key outside Cursor (${stepRef('provider-test')}).`,
    });
  }
  if (hint === 'cursor') {
    return buildClassification({
      ...classification,
      layers: [classification.layer, ...classification.alsoPossible].filter(
        (layer) => layer !== 'provider-key',
      ),
      step: classification.step,
    });
  }
  return buildClassification({
    // Threads show Cursor's own check failing on keys that work elsewhere (a retired verify
    // model, the wrong provider's path): Cursor's side is an honest alternative.
    layers: ['provider-key', 'model', 'base-url', 'cursor-service'],
    step: STEP_OF_LAYER['provider-key'],
    provider: hint,
    httpStatus: classification.httpStatus,
    code: BAD_USER_KEY,
    action: `Cursor rejected your ${providerName(hint)} key. Test it outside Cursor (${stepRef('provider-test')}); if it fails there, create a new one at ${KEY_PAGE[hint]}. Check it sits in the ${providerName(hint)} field of Cursor Settings > Models, and that any "Override OpenAI Base URL" serves GET /models with that key. If the key works outside Cursor, Cursor's own check is at fault: save without Verify, update Cursor and restart it (${stepRef('restart')}).`,
  });
}

function toClassification(found: Found, parsed: Parsed): Classification {
  const fallbackCode = parsed.payload ? codeFromPayload(parsed.payload) : null;
  if (found.kind === 'rule') {
    const {rule} = found;
    return buildClassification({
      layers: rule.layers,
      step: rule.stepId ? stepNumberOf(rule.stepId) : null,
      // An explicit hint beats a provider guessed from the wording, except for Cursor's own errors.
      provider:
        rule.provider === 'cursor'
          ? 'cursor'
          : (parsed.hint ?? rule.provider ?? parsed.textProvider),
      httpStatus: parsed.seenStatus,
      code: rule.code ?? fallbackCode,
      action: rule.action,
    });
  }
  const {diagnosis} = found;
  // Cursor's and the provider's tables name the layer their code means; an alternative they
  // list before it in the fix order is one they judged less likely, so it is left out. A
  // network failure's alternatives (the base URL) come first in the fix order, as checks do.
  const layers =
    found.from === 'network'
      ? candidatesOf(diagnosis)
      : candidatesOf(diagnosis).filter(
          (layer) => LAYERS.indexOf(layer) >= LAYERS.indexOf(diagnosis.layer),
        );
  const first = inFixOrder(layers.filter((layer) => layer !== 'unknown'))[0] ?? 'unknown';
  return buildClassification({
    layers,
    // The owner's step holds only while its layer stays first.
    step: first === diagnosis.layer ? diagnosis.step : null,
    provider: diagnosis.provider ?? parsed.hint ?? parsed.textProvider,
    // A provider status we only implied from the body was not seen; do not report it as seen.
    httpStatus: parsed.seenStatus ?? (found.from === 'provider' ? null : diagnosis.httpStatus),
    code: diagnosis.code ?? fallbackCode,
    action: diagnosis.action,
  });
}

const SHARE_NEXT =
  'Share next: the full error JSON (keys removed), the HTTP status code, the provider, the model and the base URL, and whether it came from the editor, the CLI or your own code.';

/** Cursor's own banner or CLI, with no provider named: its failures default to Cursor's side. */
function fromCursorSide(parsed: Parsed): boolean {
  const provider = parsed.hint ?? parsed.textProvider;
  if (provider) return provider === 'cursor';
  return /\bCursor\b|\bRequest ID: [0-9a-f]{8}-/.test(parsed.text);
}

const DRIVES_THE_CLI = /\bCursor (?:CLI|Agent)\b|\bcursor-agent\b|\bACP\b/;

/**
 * The provider default, last in rank: an error from Cursor's side that nothing else explains is
 * first Cursor's own service (an outage or a bug), the network after it.
 */
function cursorDefault(parsed: Parsed): Found | null {
  if (!fromCursorSide(parsed)) return null;
  // A tool that drives the Cursor CLI speaks of it in the third person ("Cursor ACP model
  // discovery failed"): its own failure names no layer, the CLI's setup first among the guesses.
  if (DRIVES_THE_CLI.test(parsed.text)) {
    return {
      kind: 'rule',
      rule: {
        layers: ['unknown', 'cursor-cli', 'cursor-account', 'cursor-service'],
        provider: 'cursor',
        code: null,
        action: `A tool that runs the Cursor CLI reports its own failure, not the CLI's words. Run the same \`agent\` command yourself (\`agent status\`, then a one-line prompt) to see what the CLI says; if it works there, the tool is at fault. ${SHARE_NEXT}`,
      },
    };
  }
  return {
    kind: 'rule',
    rule: {
      layers: ['cursor-service', 'network'],
      provider: 'cursor',
      code: null,
      action: `${SERVICE_ACTION} ${SHARE_NEXT}`,
    },
  };
}

/** The likeliest layers when nothing decides: who is named, and where the text came from. */
function directionOf(parsed: Parsed): Layer[] {
  const provider = parsed.hint ?? parsed.textProvider;
  if (provider && provider !== 'cursor') return ['provider-key', 'request', 'provider-outage'];
  return ['network', 'provider-key'];
}

/**
 * A failed connection to an MCP server is fixed where Cursor takes up mcp.json again (the restart),
 * as the network diagnosis has it, not at the provider test that owns other network failures.
 */
function atMcpStep(classification: Classification, text: string): Classification {
  return classification.layer === 'network' && failedAtMcpServer(text)
    ? {...classification, step: MCP_CONNECTION_STEP}
    : classification;
}

export function createClassifier(
  delegates: ClassifyDelegates,
): (input: ClassifyInput) => Classification {
  return (input) => {
    let parsed: Parsed | null = null;
    try {
      parsed = parse(input);
      const found = route(parsed, delegates);
      if (!found) {
        return unknownClassification(
          parsed.hint ?? parsed.textProvider,
          parsed.seenStatus,
          parsed.payload ? codeFromPayload(parsed.payload) : null,
          {likely: directionOf(parsed), share: SHARE_NEXT},
        );
      }
      return atMcpStep(
        settleBadUserKey(
          toClassification(found, parsed),
          parsed.hint ?? parsed.namedProvider,
          parsed.namedProvider,
        ),
        parsed.text,
      );
    } catch {
      return unknownClassification(parsed?.hint ?? null, parsed?.seenStatus ?? null);
    }
  };
}
