// The conditions a rule of meaning holds under (the whole text passes a check, says 'not found',
// is Cursor's or names Cursor, names no credentials file) and the side a failing service is on.
// The rule groups share these and import nothing from one another.
import type {Provider} from '../vocabulary.js';
import {CURSOR_STATUS_PAGE} from './links.js';
import {rule, type TextRule} from './text-rules.js';
import {stepRef} from '../step-order.js';
import {namesSomethingInTheWay} from './connection-target.js';

export const SERVICE_ACTION = `Cursor's own service failed; nothing is wrong with any key. Check ${CURSOR_STATUS_PAGE}, wait and retry, update Cursor, or restart it (${stepRef('restart')}).`;
export const CURSOR: {provider: Provider} = {provider: 'cursor'};
/** An MCP server's problems are fixed in its mcp.json entry and taken up when Cursor restarts. */
export const MCP_STEP = {stepId: 'restart'} as const;

/** A rule that holds only when the whole text also passes a check. */
export function whenText(check: (text: string) => boolean, inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) => (check(found.input) ? inner.match(found, provider) : null),
  };
}

/** A rule that holds only when the text says something was not found (a 404). */
export function onlyWhenNotFound(inner: TextRule): TextRule {
  return whenText((text) => /\b404\b|Not Found/i.test(text), inner);
}

/** Wording that means Cursor's own plan or service only when no provider is named. */
export function cursorOnly(rules: readonly TextRule[]): TextRule[] {
  return rules.map((inner) => ({
    pattern: inner.pattern,
    match: (found, provider) =>
      provider === null || provider === 'cursor' ? inner.match(found, provider) : null,
  }));
}

/** A credentials or certificate file that cannot be read is that key's or that CA's problem. */
export function unlessCredentials(inner: TextRule): TextRule {
  return {
    pattern: inner.pattern,
    match: (found, provider) =>
      /credential|\.aws\b|gcloud|\.pem\b|\.crt\b|\bcerts?\b|api[_-]?key|token/i.test(found.input)
        ? null
        : inner.match(found, provider),
  };
}

/**
 * A reading only Cursor's own words can give, when those words are as much a provider's: it needs
 * Cursor named (--provider cursor, Cursor's known codes, or its name in the text). An unnamed
 * provider's words fall through to the provider's reading.
 */
export function cursorNamed(rules: readonly TextRule[]): TextRule[] {
  return rules.map((inner) => ({
    pattern: inner.pattern,
    match: (found, provider) =>
      provider === 'cursor' || (provider === null && /\bCursor\b/i.test(found.input))
        ? inner.match(found, provider)
        : null,
  }));
}

/** A service failing is Cursor's own when the error is known to be Cursor's, else the provider's. */
export function failingSide(pattern: RegExp): TextRule {
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
