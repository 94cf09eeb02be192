// Reads what a provider says about waiting: retry-after in its several spellings, and the
// remaining-requests/tokens headers, turned into short lines a person can act on.
type Headers = Readonly<Record<string, string>>;

function nowOf(headers: Headers): number {
  const date = headers.date ? Date.parse(headers.date) : Number.NaN;
  return Number.isFinite(date) ? date : Date.now();
}

/** Seconds to wait as the headers say (retry-after-ms, then retry-after), or null. */
export function retryAfterFromHeaders(headers: Headers): number | null {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\d+(?:\.\d+)?$/.test(ms.trim())) {
    return Math.ceil(Number(ms) / 1000);
  }
  const value = headers['retry-after']?.trim();
  if (!value) return null;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  const when = Date.parse(value);
  if (Number.isFinite(when)) return Math.max(0, Math.ceil((when - nowOf(headers)) / 1000));
  return null;
}

/** "644ms", "1s", "6m0s", "38.86s", "1h2m" → seconds. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|m|s))+$/.test(trimmed)) return null;
  let seconds = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)) {
    const n = Number(amount);
    seconds += unit === 'h' ? n * 3600 : unit === 'm' ? n * 60 : unit === 's' ? n : n / 1000;
  }
  return seconds;
}

/**
 * The wait a message names, in seconds as written (not rounded): "Please retry in 38.86s",
 * "try again in 644ms", "retry after 20 seconds", "retry in 2 minutes", or Google's
 * `"retryDelay": "12s"`. Null when it names none. The one reader of waits in words, for the
 * diagnosers' retry-after and the router's "refills within a minute".
 */
export function waitInText(message: string): number | null {
  const phrase =
    /\b(?:retry|try again) (?:in|after) (\d{1,9}(?:\.\d{1,12})?) ?(ms|s|m|sec(?:ond)?s?|min(?:ute)?s?)\b/i.exec(
      message,
    ) ?? /\bretryDelay\W{1,4}(\d{1,9}(?:\.\d{1,12})?)(s)\b/i.exec(message);
  if (!phrase?.[1] || !phrase[2]) return null;
  const amount = Number(phrase[1]);
  const unit = phrase[2].toLowerCase();
  if (unit === 'ms') return amount / 1000;
  return unit === 'm' || unit.startsWith('min') ? amount * 60 : amount;
}

/** Seconds from an epoch-milliseconds reset time (OpenRouter's X-RateLimit-Reset). */
export function secondsUntilEpochMs(value: string, headers: Headers): number | null {
  if (!/^\d{12,}$/.test(value.trim())) return null;
  return Math.max(0, Math.ceil((Number(value) - nowOf(headers)) / 1000));
}

function describeReset(value: string, headers: Headers): string {
  const duration = parseDuration(value);
  if (duration !== null) return `resets in ${value}`;
  const when = Date.parse(value);
  if (Number.isFinite(when)) {
    const seconds = Math.max(0, Math.round((when - nowOf(headers)) / 1000));
    return `resets at ${value} (in ${seconds} s)`;
  }
  return `resets ${value}`;
}

/** Headers that say remaining, limit and reset for each kind of limit: `{prefix}-remaining-{kind}`. */
export interface RateLimitFamily {
  prefix: string;
  kinds: readonly string[];
}

const COMMON_FAMILY: RateLimitFamily = {prefix: 'x-ratelimit', kinds: ['requests', 'tokens']};

/**
 * One line per limit the headers describe: remaining of limit, and when it resets. The common
 * X-RateLimit family is read first, then the providers' own.
 */
export function rateLimitLines(
  headers: Headers,
  providerFamilies: readonly RateLimitFamily[],
): string[] {
  const lines: string[] = [];
  for (const {prefix, kinds} of [COMMON_FAMILY, ...providerFamilies]) {
    for (const kind of kinds) {
      const remaining =
        headers[`${prefix}-remaining-${kind}`] ?? headers[`${prefix}-${kind}-remaining`];
      const limit = headers[`${prefix}-limit-${kind}`] ?? headers[`${prefix}-${kind}-limit`];
      const reset = headers[`${prefix}-reset-${kind}`] ?? headers[`${prefix}-${kind}-reset`];
      if (remaining === undefined && limit === undefined) continue;
      const parts = [`${kind}: ${remaining ?? '?'} of ${limit ?? '?'} left`];
      if (reset) parts.push(describeReset(reset, headers));
      lines.push(parts.join(', '));
    }
  }
  // OpenRouter-style and generic X-RateLimit-* (limit/remaining/reset without a kind).
  const remaining = headers['x-ratelimit-remaining'];
  if (remaining !== undefined) {
    const reset = headers['x-ratelimit-reset'];
    const until = reset ? secondsUntilEpochMs(reset, headers) : null;
    lines.push(
      `requests: ${remaining} of ${headers['x-ratelimit-limit'] ?? '?'} left` +
        (until !== null ? `, resets in ${until} s` : reset ? `, resets ${reset}` : ''),
    );
  }
  return lines;
}
