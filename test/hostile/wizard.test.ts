// The built wizard in a real terminal against the hostile provider and the hostile CLI: the
// checklist (steps 2 and 4 run there), then the walk through steps 7, 8 and 9, with every
// evidence block opened. Every byte drawn is checked. A megabyte field leaves it responsive, and
// Ctrl+C still ends it with exit 130, the cursor shown again.
import {afterEach, describe, expect, test} from 'vitest';
import {startTerminal, type TerminalSession} from '../helpers/terminal-session.js';
import {expectAllSafe, makeCanaries} from './canaries.js';
import {makeSandbox, type Sandbox} from './helpers.js';
import {startHostileProvider, type HostileMode, type HostileProvider} from './hostile-provider.js';
import {MARKDOWN} from './payloads.js';

let session: TerminalSession | undefined;
let sandbox: Sandbox | undefined;
let provider: HostileProvider | undefined;
afterEach(async () => {
  session?.kill();
  await provider?.close();
  await sandbox?.cleanup();
});

async function start(mode: HostileMode, args: string[] = [], extra: Record<string, string> = {}) {
  provider = await startHostileProvider(mode);
  sandbox = await makeSandbox();
  const canaries = makeCanaries(provider.origin);
  // CI set in a real terminal: the wizard must still draw live.
  session = startTerminal(args, {...sandbox.env, ...canaries.env, CI: 'true', ...extra});
  return {session, canaries};
}

/** The number of a menu option, as last drawn (waiting for it to be drawn after `since`). */
async function numberOf(s: TerminalSession, label: string, since: number): Promise<string> {
  await s.waitFor(new RegExp(`\\d\\. ${label}`), since);
  return [...s.text().matchAll(new RegExp(`(\\d)\\. ${label}`, 'g'))].at(-1)![1]!;
}

async function pick(s: TerminalSession, label: string, since = 0): Promise<void> {
  s.send(await numberOf(s, label, since));
}

/** Where the screen of the step now shown begins: menus drawn before it are stale. */
const screenStart = (s: TerminalSession) => s.text().lastIndexOf('Step ');

/** Moves on with `label` from the step on screen; returns when `next` is drawn. */
async function onward(s: TerminalSession, label: string, next: string | RegExp): Promise<void> {
  const since = s.mark();
  s.send(await numberOf(s, label, screenStart(s)));
  await s.waitFor(next, since);
}

/** Opens the evidence of the step on screen, and waits for it to be drawn. */
async function details(s: TerminalSession): Promise<void> {
  if (s.text().slice(screenStart(s)).includes('show details (d)')) await s.press('d', /\S/);
}

describe('the wizard in a real terminal against hostile answers', () => {
  test('checklist and walk through steps 7, 8 and 9 draw nothing unsafe', async () => {
    const {session: s, canaries} = await start('models-hostile', ['--no-completion']);
    await s.waitFor('Paste the error you see');
    // The person's own paste is outside text too: a key, its base64, Markdown, bidi.
    const key = canaries.keys[2]!;
    s.send(`error ${key} ${Buffer.from(key).toString('base64')} ${MARKDOWN} \u202Egnp`);
    await s.waitFor('characters pasted');
    await s.press('\r', '1. Show the checklist');
    await s.press('\r', 'Checklist');
    // Drawn live, before any exit, although CI=true: steps 2 and 4 ran in the checklist. The
    // rows follow the heading in the same frame, which may reach the terminal in two pieces.
    await s.waitFor(
      /every check that needs nobody has run[\s\S]*2\. ✓ pass +Check `agent status`[\s\S]*4\. .{1,12}Regenerate the Cursor user API key/,
    );
    await s.press('\r', 'Step 1/10');
    await onward(s, 'I did it', 'Step 5/10');
    // Step 7 passed on the free probes while the checklist ran; step 8 offers the key's models,
    // hostile ids among them, drawn cut and clean.
    await onward(s, 'Next step', 'Step 8/10');
    await pick(s, 'gpt-4o-mini', screenStart(s));
    await onward(s, 'Next step', 'Step 9/10');
    // Step 9 drawn with its evidence open.
    await details(s);
    await onward(s, 'Next step', 'Step 10/10');
    s.send('\u0003');
    expect(await s.exit).toBe(130);
    expectAllSafe('terminal', s.raw(), canaries.keys, true);
    expect(await sandbox!.leftovers()).toEqual([]);
    // CI was hidden from Ink only: the CLI, a child of the wizard, saw it as the person set it.
    const calls = await sandbox!.agentCalls();
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.ci).toBe('true');
  });

  test('a megabyte provider field: the wizard stays responsive; Ctrl+C exits 130 within a second, cursor shown', async () => {
    const {session: s, canaries} = await start('mega');
    await s.waitFor('Paste the error you see');
    await s.press('\r', 'Checklist');
    await s.waitFor('every check that needs nobody has run');
    await s.press('\r', 'Step 1/10');
    await onward(s, 'I did it', 'Step 5/10');
    await onward(s, 'Next step', 'Step 7/10');
    // Responsive: the megabyte answer is drawn and a key still counts.
    const consent = s.mark();
    await pick(s, 'No, free checks only', screenStart(s));
    await s.waitFor('Re-check', consent);
    await details(s);
    s.send('\u0003');
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 1000));
    expect(await Promise.race([s.exit, deadline])).toBe(130);
    const raw = s.raw();
    expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
    expectAllSafe('terminal', raw, canaries.keys, true);
  });
});
