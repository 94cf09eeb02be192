// Step 4: does the Cursor user API key work as CURSOR_API_KEY? Paste damage first, then what the
// key-info API says about it, then the CLI with the key, with the network ruled out before the
// key is blamed.
import {Secret, scrub} from '../secrets.js';
import type {CheckContext, CheckResult, Fix} from '../step-model.js';
import {cliFromFactsOrLookup} from './find-cli.js';
import {credentialStoreCaHint} from './ca-hint.js';
import {probeCursorEndpoint} from './endpoint-probe.js';
import {inspectKey} from './key-hygiene.js';
import {describeNetworkFailure, fetchKeyInfo, keyInfoUrl, type KeyInfoOutcome} from './key-info.js';
import {testKeyWithCli, type CliKeyTest} from './key-cli-test.js';
import {describeApiKeySource} from './stream-init.js';
import {maskEmail, sameEmail} from './text.js';
import {CURSOR_PLANS_PAGE, CURSOR_STATUS_PAGE, CURSOR_USAGE_PAGE} from '../classify/links.js';

// "Cursor Dashboard → API Keys" (Cursor docs, authentication, 2026); it was Integrations before.
export const USER_KEYS_URL = 'https://cursor.com/dashboard/api';

const NEW_KEY: Fix = {
  summary:
    'Create a new User API key (Cursor Dashboard > API Keys) and set it as CURSOR_API_KEY where the automation runs',
  url: USER_KEYS_URL,
};

const KIND_HINT =
  'Only a User API key works here: an Admin API key (Settings > Advanced) is refused by the CLI, and an expired key, or one without the "Sign in to the Cursor CLI" permission, fails the same way.';

/** The key to test: CURSOR_API_KEY wins, as it does for the CLI itself. */
export function cursorKeyFrom(context: Pick<CheckContext, 'env' | 'answers'>): Secret | null {
  const fromEnv = context.env.CURSOR_API_KEY;
  if (fromEnv) return new Secret(fromEnv, 'env:CURSOR_API_KEY');
  return context.answers.cursorApiKey ?? null;
}

function describeInfo(outcome: KeyInfoOutcome, url: string): string {
  switch (outcome.kind) {
    case 'ok': {
      const {apiKeyName, createdAt, userEmail} = outcome.info;
      const owner = userEmail
        ? `owner ${maskEmail(userEmail)}`
        : 'no owner email (service account?)';
      return `GET ${url} → 200: key "${apiKeyName ?? 'unnamed'}", created ${createdAt ?? 'unknown'}, ${owner}`;
    }
    case 'network':
      return `GET ${url} → no answer: ${describeNetworkFailure(outcome.failure)}`;
    case 'bad-url':
      return `GET ${url} → ${outcome.message}`;
    case 'rate-limited':
      return `GET ${url} → 429 rate limited${outcome.retryAfterSeconds !== null ? `, retry after ${outcome.retryAfterSeconds}s` : ''}`;
    default: {
      const code = outcome.code && outcome.code !== outcome.message ? `${outcome.code}: ` : '';
      return `GET ${url} → ${outcome.httpStatus}: ${code}${outcome.message || 'no message'}`;
    }
  }
}

export async function userApiKeyCheck(context: CheckContext): Promise<CheckResult> {
  const key = cursorKeyFrom(context);
  if (!key) {
    const empty = context.env.CURSOR_API_KEY !== undefined;
    return {
      status: empty ? 'fail' : 'manual',
      summary: empty
        ? 'CURSOR_API_KEY is set but empty (an unset CI secret looks like this)'
        : 'No Cursor user API key to test: CURSOR_API_KEY is not set',
      evidence: [],
      layer: 'cursor-user-key',
      fix: NEW_KEY,
    };
  }
  const secrets = [key];
  const shown = `${key.source}: ${key.describe('cursor')}`;
  const evidence = [`Key ${shown}`];

  const damage = inspectKey(key.reveal());
  if (damage.problems.length > 0) {
    evidence.push(`Paste damage: ${damage.problems.join('; ')}`);
    if (damage.cleaned) {
      const cleaned = new Secret(damage.cleaned, 'cleaned');
      const info = await fetchKeyInfo(cleaned, context);
      evidence.push(
        `Without the damage (${cleaned.describe('cursor')}): ${describeInfo(info, keyInfoUrl(context.env))}`,
      );
    }
    return {
      status: 'fail',
      summary: `The Cursor user key is damaged: ${damage.problems[0]}`,
      evidence: evidence.map((line) => scrub(line, secrets)),
      layer: 'cursor-user-key',
      fix: {
        summary:
          'Set CURSOR_API_KEY to the key alone: no spaces, line breaks, quotes or "Bearer " (in CI, re-save the secret)',
        url: USER_KEYS_URL,
      },
    };
  }

  context.progress('Asking the Cursor API who this key belongs to…');
  const info = await fetchKeyInfo(key, context);
  evidence.push(describeInfo(info, keyInfoUrl(context.env)));
  const owner = info.kind === 'ok' ? info.info.userEmail : null;

  const lookup = await cliFromFactsOrLookup(context);
  let cliTest: CliKeyTest | null = null;
  if (lookup.kind === 'found') {
    cliTest = await testKeyWithCli(lookup.cli, key, context);
    evidence.push(...cliTest.evidence);
  } else {
    evidence.push('The Cursor CLI was not found, so the key was not tried through it.');
  }

  const verdict = await decide(context, info, cliTest, evidence);
  const mismatch =
    owner && context.facts.cliAccountEmail && !sameEmail(owner, context.facts.cliAccountEmail);
  if (verdict.status === 'pass' && mismatch) {
    verdict.status = 'warn';
    verdict.summary = `${verdict.summary}, but it belongs to ${maskEmail(owner)} while the CLI is logged in as ${maskEmail(context.facts.cliAccountEmail!)}`;
    verdict.fix = {
      summary: 'Use a key from the same account as the login, or log the CLI in with the key owner',
      url: USER_KEYS_URL,
    };
  }
  return {
    ...verdict,
    summary: scrub(verdict.summary, secrets),
    evidence: evidence.map((line) => scrub(line, secrets)),
    facts: {
      cursorKeyOwnerEmail: owner,
      ...(lookup.kind === 'found' ? {cli: lookup.cli} : {}),
    },
  };
}

type Verdict = Pick<CheckResult, 'status' | 'summary' | 'layer' | 'fix'>;

async function decide(
  context: CheckContext,
  info: KeyInfoOutcome,
  cliTest: CliKeyTest | null,
  evidence: string[],
): Promise<Verdict> {
  const cli = cliTest?.outcome;
  const name = info.kind === 'ok' && info.info.apiKeyName ? ` "${info.info.apiKeyName}"` : '';
  const owner =
    info.kind === 'ok' && info.info.userEmail ? ` (${maskEmail(info.info.userEmail)})` : '';

  if (cli?.kind === 'cancelled') {
    return {status: 'unknown', summary: 'Cancelled before it finished', layer: null, fix: null};
  }
  if (cli?.kind === 'accepted') {
    const headless = cliTest?.headless ?? null;
    if (headless?.kind === 'refused') {
      const {diagnosis} = headless;
      return {
        status: diagnosis.layer === 'network' ? 'unknown' : 'fail',
        summary: `The key${name}${owner} is accepted, but a headless run (agent -p) is refused: ${diagnosis.action}`,
        layer: diagnosis.layer,
        fix: {summary: diagnosis.action},
      };
    }
    const source = headless?.kind === 'ran' ? headless.apiKeySource : null;
    if (source && source !== 'env') {
      return {
        status: 'warn',
        summary: `The key${name}${owner} lists models, but a headless run used ${describeApiKeySource(source)}, not CURSOR_API_KEY`,
        layer: 'cursor-user-key',
        fix: {
          summary:
            'Unset --api-key and other credentials where automation runs, so the key is what the CLI uses',
        },
      };
    }
    return {
      status: 'pass',
      summary: `The key${name}${owner} works with the CLI (${cli.models} models listed${source ? '; a headless run used it' : ''})`,
      layer: null,
      fix: null,
    };
  }
  if (cli?.kind === 'no-models') {
    return {
      status: 'warn',
      summary: `The key${name} is accepted, but the CLI lists no models for this account`,
      layer: 'feature',
      fix: {
        summary: 'Check the plan and usage of the key owner in the Cursor dashboard',
        url: USER_KEYS_URL,
      },
    };
  }
  if (cli?.kind === 'invalid') {
    context.progress('The CLI rejected the key; checking the Cursor backend is reachable first…');
    const reach = await probeCursorEndpoint(context);
    if (!reach.reachable) {
      evidence.push(`GET ${reach.url}/ → ${describeNetworkFailure(reach.failure)}`);
      return {
        status: 'unknown',
        summary: `The CLI says the key is invalid, but ${reach.url} is unreachable from here, so the key is not to blame yet`,
        layer: 'network',
        fix: {
          summary:
            credentialStoreCaHint(context.env, reach.failure) ??
            'The CLI prints this on network, TLS and proxy failures too: fix access to the Cursor backend (proxy, firewall, CURSOR_API_ENDPOINT), then re-check',
        },
      };
    }
    evidence.push(`GET ${reach.url}/ → HTTP ${reach.httpStatus} (the Cursor backend is reachable)`);
    evidence.push(KIND_HINT);
    if (info.kind === 'ok') {
      return {
        status: 'fail',
        summary: `The key${name}${owner} exists but the CLI refuses it: wrong kind, missing permission, expired, or the plan does not allow it`,
        layer: 'cursor-user-key',
        fix: NEW_KEY,
      };
    }
    return {
      status: 'fail',
      summary: 'The Cursor user API key is invalid',
      layer: 'cursor-user-key',
      fix: NEW_KEY,
    };
  }
  if (cli?.kind === 'error' && cli.diagnosis) {
    return {
      status: cli.diagnosis.layer === 'network' ? 'unknown' : 'fail',
      summary: `The CLI failed with the key: ${cli.diagnosis.action}`,
      layer: cli.diagnosis.layer,
      fix: {summary: cli.diagnosis.action},
    };
  }

  // The CLI gave no verdict (absent, too old, timed out): the key-info API decides alone.
  switch (info.kind) {
    case 'ok':
      return {
        status: cliTest ? 'warn' : 'pass',
        summary: cliTest
          ? `The Cursor API accepts the key${name}${owner}; the CLI test gave no verdict`
          : `The Cursor API accepts the key${name}${owner}`,
        layer: null,
        fix: null,
      };
    case 'unauthorized':
      evidence.push(KIND_HINT);
      return {
        status: 'fail',
        summary: 'The Cursor API rejects the key (401)',
        layer: 'cursor-user-key',
        fix: NEW_KEY,
      };
    case 'forbidden':
      if (info.code === 'plan_required') {
        return {
          status: 'fail',
          summary:
            "The Cursor API refuses this key because the account's plan does not include it (403 plan_required)",
          layer: 'cursor-plan',
          fix: {
            summary: `The key is fine; the key owner's Cursor plan does not allow API use: check the plan and usage (${CURSOR_USAGE_PAGE}), then upgrade the plan or use a key from a paid account`,
            url: CURSOR_PLANS_PAGE,
          },
        };
      }
      return {
        status: 'fail',
        summary: `The Cursor API refuses this key (403): ${info.message || 'not allowed on this plan'}`,
        layer: 'feature',
        fix: {
          summary: "Check the key owner's plan and the key's permissions in the dashboard",
          url: USER_KEYS_URL,
        },
      };
    case 'rate-limited':
      if (info.code === 'usage_limit_exceeded') {
        return {
          status: 'fail',
          summary:
            "The Cursor API says the account's usage limit is reached (429 usage_limit_exceeded)",
          layer: 'cursor-plan',
          fix: {
            summary: `Wait for the limit to reset, or raise the spend limit or change plan (${CURSOR_PLANS_PAGE}); do not rotate the key`,
            url: CURSOR_USAGE_PAGE,
          },
        };
      }
      return {
        status: 'unknown',
        summary: 'The Cursor API rate-limited the key check (429); wait and re-check',
        layer: 'rate-limit',
        fix: {summary: 'Wait a minute, then re-check; do not rotate the key'},
      };
    case 'server-error':
      return {
        status: 'unknown',
        summary: `The Cursor API failed (${info.httpStatus}); the key was not judged`,
        layer: 'cursor-service',
        fix: {
          summary: `Cursor's service is failing: check ${CURSOR_STATUS_PAGE} and re-check later`,
        },
      };
    case 'network':
      return {
        status: 'unknown',
        summary: `The Cursor API could not be reached (${info.failure.kind}); the key was not judged`,
        layer: 'network',
        fix: {
          summary:
            credentialStoreCaHint(context.env, info.failure) ??
            'Check the network, proxy and CURSORKEY_CURSOR_API_URL, then re-check',
        },
      };
    case 'bad-url':
      return {
        status: info.refused ? 'fail' : 'unknown',
        summary: info.message,
        layer: 'base-url',
        fix: {
          summary: info.refused
            ? 'Set CURSORKEY_CURSOR_API_URL to an https:// URL, or unset it'
            : 'Fix or unset CURSORKEY_CURSOR_API_URL',
        },
      };
    case 'unexpected':
      return {
        status: 'unknown',
        summary: `The Cursor API answered ${info.httpStatus}; the key was not judged`,
        layer: null,
        fix: null,
      };
  }
}
