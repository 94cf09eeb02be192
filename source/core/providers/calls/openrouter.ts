// OpenRouter's calls: its key-info endpoint (free, and it tells the credit left), then one chat
// completion. It lists no models per key.
import {chatCompletionsCalls} from './chat-completions.js';
import {baseOf, type CallInput, type CallsResult} from './plan.js';

function parseKeyInfo(body: string): {lines: string[]; exhausted: boolean} {
  try {
    const info = (JSON.parse(body) as {data?: Record<string, unknown>}).data ?? {};
    const remaining = info.limit_remaining;
    const lines = [
      `credit limit: ${info.limit === null || info.limit === undefined ? 'none' : String(info.limit)}` +
        (typeof remaining === 'number' ? `, ${remaining} left` : '') +
        (info.limit_reset ? ` (resets ${String(info.limit_reset)})` : ''),
      ...(info.is_free_tier === true ? ['free tier: yes (free models are limited per day)'] : []),
      ...(info.expires_at ? [`key expires: ${String(info.expires_at)}`] : []),
    ];
    return {lines, exhausted: typeof remaining === 'number' && remaining <= 0};
  } catch {
    return {lines: [], exhausted: false};
  }
}

export function planOpenRouterCalls(input: CallInput): CallsResult {
  const calls = chatCompletionsCalls(
    baseOf(input),
    {
      headers: () => ({authorization: `Bearer ${input.secret.reveal()}`}),
      curlHeaders: [`Authorization: Bearer $${input.envName}`],
    },
    {label: 'key info', path: '/key', parseModels: () => null},
  );
  return {ok: true, calls: {...calls, parseKeyInfo}};
}
