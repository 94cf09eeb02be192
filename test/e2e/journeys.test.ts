// Real-terminal journeys at 80×24: the built wizard in a pseudo-terminal, the fake Cursor CLI on
// PATH and loopback providers. Each journey asserts on the screen a person sees (a headless
// xterm replays the output), counts the keys it takes, and checks that no key character is ever
// drawn. Every wait is for something on screen, never for time.
import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import {delimiter, dirname, join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {FAKE_AGENT_SCRIPT} from '../helpers/fake-agent.js';
import {DOWN, ENTER, expectNoKeyCharacters, useJourneys} from '../helpers/journey.js';

/** What the fake CLI's `agent login` prints: longer than a row of 80 columns. */
const LOGIN_URL =
  'https://cursor.com/loginDeepControl?challenge=fakechallenge&uuid=00000000-0000-4000-8000-000000000000&mode=login&redirectTarget=cli';

const journeys = useJourneys();

describe('journeys at 80×24', () => {
  test('healthy: from start to the closing summary in at most 8 keys, typing nothing', async () => {
    const journey = await journeys.start();
    await journey.key(ENTER, /Walk the \d steps? that needs? you/);
    await journey.key(ENTER, 'I did it: the step is done');
    await journey.expectStepScreen(1);
    await journey.key(ENTER, 'Send it?');
    await journey.expectStepScreen(7);
    // The cost is said before the first billable request.
    const consent = (await journey.session.screen()).join('\n');
    expect(consent).toMatch(/Cost: 1 request of 1 token each \(OpenAI → gpt-4o-mini/);
    // So does the Cursor usage of step 4's headless run with a Cursor user API key.
    expect(consent.replace(/\s+/g, ' ')).toContain(
      'With a Cursor user API key, step 4 also runs one short `agent -p` request, which counts as Cursor usage.',
    );
    await journey.key(ENTER, 'Which model is selected in Cursor');
    await journey.expectStepScreen(8);
    // Step 8 offers the key's own models: no typing.
    await journey.session.waitFor('1. gpt-4o-mini');
    // The loopback mock's base URL is one Cursor's servers could not reach: step 8 warns, and
    // the walk stops there for the person to read it.
    await journey.key(ENTER, '1. Next step');
    await journey.expectStepScreen(8);
    await journey.key(ENTER, '1. I quit Cursor fully and opened it again');
    await journey.expectStepScreen(10);
    await journey.key(ENTER, 'Nothing was changed on this machine.');
    expect(await journey.session.exit).toBe(0);
    expect(journey.keys).toBeLessThanOrEqual(8);
    // One completion for the key, and no second one (step 9 and the restart re-check reuse it).
    expect(journey.mock.count('/chat/completions')).toBe(1);
    const closing = (await journey.session.screen()).join('\n');
    expect(closing).toContain('Done: nothing failed, with warnings at step 8 (exit 0).');
    expectNoKeyCharacters(journey);
  });

  test('quota at step 7 leads to step 9, which explains it', async () => {
    const journey = await journeys.start({scenario: 'out-of-quota'});
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.key(ENTER, 'Send it?');
    await journey.key(ENTER, '1. Go to step 9: Check quota and rate limits');
    await journey.expectStepScreen(7);
    // Pairing: `c` copies the curl line that repeats the request, with the key as a variable.
    await journey.key('c', 'Copy to the clipboard');
    const curl = /(\d)\. the curl equivalent/.exec((await journey.session.screen()).join('\n'));
    await journey.key(curl![1]!, 'Copied the curl equivalent');
    const copied = /\u001B\]52;c;([A-Za-z0-9+/=]+)\u0007/.exec(journey.session.raw());
    const text = Buffer.from(copied![1]!, 'base64').toString('utf8');
    expect(text).toMatch(/^curl .*\$OPENAI_API_KEY/);
    expect(text).not.toContain(journey.mock.key);
    await journey.key(ENTER, /out of credit or quota, not a/);
    const rows = await journey.expectStepScreen(9);
    expect(rows.join('\n')).toContain('✗ fail');
    // Step 9 read step 7's answer: no second completion.
    expect(journey.mock.count('/chat/completions')).toBe(1);
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
    expectNoKeyCharacters(journey);
  });

  test('a rate limit: step 9 counts down the retry-after and retries once by itself', async () => {
    const journey = await journeys.start({scenario: 'rate-limited', retryAfterSeconds: 2});
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.key(ENTER, 'Send it?');
    await journey.key(ENTER, '1. Go to step 9');
    await journey.key(ENTER, /retrying once, as the provider asked, in \d s/);
    await journey.expectStepScreen(9);
    await journey.session.waitFor('show details (d)', journey.session.mark());
    expect(journey.mock.count('/chat/completions')).toBe(2);
    await journey.key('d', 'Retried once by itself after 2 s');
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
    expectNoKeyCharacters(journey);
  });

  test('an error pasted at the start: the walk goes straight to the step that owns it', async () => {
    const journey = await journeys.start({args: ['--no-completion']});
    await journey.key(
      '{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}',
      'characters pasted',
    );
    await journey.key(ENTER, 'Show the checklist');
    expect(journey.session.text()).toMatch(/quota\s+layer/);
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, /quota shows only on a real request/);
    await journey.expectStepScreen(9);
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
  });

  test('an MCP server that refused the connection is not sent to the provider test', async () => {
    const journey = await journeys.start({args: ['--no-completion']});
    await journey.key('Error in MCP: connect ECONNREFUSED 127.0.0.1:3333', 'characters pasted');
    await journey.key(ENTER, 'Show the checklist');
    const intro = journey.session.text().replace(/\s+/g, ' ');
    expect(intro).toContain('which step 10 owns: Restart Cursor');
    expect(intro).not.toContain('which step 7 owns');
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, /Your error \(network\): The MCP server did not take/);
    await journey.expectStepScreen(10);
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
  });

  test('no Cursor CLI: install it, re-check, and step 2 passes', async () => {
    // A PATH folder that holds no CLI yet; "installing" puts the fake CLI there.
    const bin = join(journeys.scratch(), `bin-${Math.random().toString(36).slice(2)}`);
    await mkdir(bin);
    const path = [bin, dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
    const journey = await journeys.start({args: ['--no-completion'], env: {PATH: path}});
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.key(
      ENTER,
      'Install it, then re-check: curl https://cursor.com/install -fsS | bash',
    );
    const absent = (await journey.expectStepScreen(2)).join('\n');
    expect(absent).toContain('↷ skip');
    expect(absent).not.toContain('✗ fail');
    await symlink(FAKE_AGENT_SCRIPT, join(bin, 'agent'));
    await journey.key('2', /Logged in as o…@example\.com/);
    const passed = (await journey.session.screen()).join('\n');
    expect(passed).not.toContain('go on without it');
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
  });

  test('logged out → login → status passes; the closing lines say what changed', async () => {
    const journey = await journeys.start({
      agentState: 'logged-out',
      args: ['--no-completion'],
      env: {FORCE_HYPERLINK: '1'},
    });
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.key(ENTER, '1. Go to step 3: Log the CLI in');
    await journey.expectStepScreen(2);
    await journey.key(ENTER, 'Log in (agent login)');
    await journey.expectStepScreen(3);
    await journey.key(ENTER, /Login complete/);
    // The login URL is one line a terminal can click or triple-click, never broken at 80 columns.
    const lines = await journey.session.logicalLines();
    expect(lines).toContain(LOGIN_URL);
    expect(journey.session.raw()).toContain(
      `\u001B]8;;${LOGIN_URL}\u0007${LOGIN_URL}\u001B]8;;\u0007`,
    );
    await journey.session.waitFor('Which model is selected in Cursor');
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
    const text = journey.session.text().replace(/\s+/g, ' ');
    expect(text).toContain('Changed: `agent login` stored new credentials.');
  });

  test('watch until pass: step 2 re-checks by itself and moves on once the CLI is logged in', async () => {
    const journey = await journeys.start({agentState: 'logged-out', args: ['--no-completion']});
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.key(ENTER, 'Watch: re-check until it passes while I fix it');
    const watch = /(\d)\. Watch: re-check/.exec((await journey.session.screen()).join('\n'));
    await journey.key(watch![1]!, /Watching for the fix: re-checking by itself in \d+ s/);
    await journey.expectStepScreen(2);
    // The person logs in elsewhere (another terminal): the fake CLI's state changes.
    await writeFile(journey.stateFile, 'logged-in owner@example.com\n');
    await journey.session.waitFor(/✓ pass\s+2\. Check `agent status`/);
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
  });

  test('a damaged paste is found at step 6 and replaced', async () => {
    const journey = await journeys.start({noKey: true, args: ['--no-completion']});
    const key = journey.mock.key;
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.key(ENTER, 'Paste the provider key');
    await journey.expectStepScreen(5);
    await journey.key(`"${key}"`, 'characters received');
    await journey.key(ENTER, 'Which Cursor field');
    await journey.key(ENTER, 'paste damage');
    await journey.expectStepScreen(6);
    const replace = /(\d)\. Paste a different provider key/.exec(
      (await journey.session.screen()).join('\n'),
    );
    expect(replace).not.toBeNull();
    await journey.key(replace![1]!, 'Paste the provider key');
    await journey.key(key, 'characters received');
    await journey.key(ENTER, 'Which Cursor field');
    await journey.key(ENTER, 'clean paste');
    await journey.session.waitFor('Step 8/10');
    journey.session.send('\u0003');
    expect(await journey.session.exit).toBe(130);
    expect(journey.session.raw()).not.toContain(key.slice(8, 30));
  });

  test('quitting early is not "no problem": exit 3, naming what was not reached', async () => {
    const journey = await journeys.start({args: ['--no-completion']});
    await journey.key(ENTER, /Walk the/);
    await journey.key(ENTER, 'I did it');
    await journey.expectStepScreen(1);
    const quit = /(\d)\. Quit/.exec((await journey.session.screen()).join('\n'));
    await journey.key(quit![1]!, 'Not finished');
    expect(await journey.session.exit).toBe(3);
    const closing = (await journey.session.screen()).join('\n').replace(/\s+/g, ' ');
    expect(closing).toContain('Not finished: some steps that apply have no verdict (exit 3).');
    expect(closing).toMatch(/Not reached or not decided: steps 1, .*10\./);
  });
});

describe('resume after a restart', () => {
  test('the run dies at step 10 with its terminal; the next start resumes there and re-checks', async () => {
    const cache = join(journeys.scratch(), 'resume-cache');
    const first = await journeys.start({env: {XDG_CACHE_HOME: cache}});
    await first.key(ENTER, /Walk the/);
    await first.key(ENTER, 'I did it');
    await first.key(ENTER, 'Send it?');
    await first.key(ENTER, 'Which model is selected in Cursor');
    await first.key(ENTER, '1. Next step');
    await first.key(ENTER, '1. I quit Cursor fully');
    // Quitting Cursor closes its terminal: the wizard dies with it.
    first.session.kill();
    await first.session.exit;
    const saved = await readFile(join(cache, 'cursorkey-wizard', 'progress.json'), 'utf8');
    expect(saved).not.toContain(first.mock.key);
    expect(JSON.parse(saved)).toMatchObject({
      statuses: {'provider-test': 'pass'},
      model: 'gpt-4o-mini',
    });
    await first.mock.close();

    const again = await journeys.start({
      env: {XDG_CACHE_HOME: cache},
      firstScreen: 'Progress from before the restart (saved',
    });
    await again.key(ENTER, /Step 10\/10 · Restart Cursor/);
    await again.session.waitFor('1. I quit Cursor fully', again.session.mark());
    await again.expectStepScreen(10);
    await again.key(ENTER, 'Nothing was changed on this machine.');
    expect(await again.session.exit).toBe(0);
    expect(again.keys).toBe(2);
  });

  test('a corrupt progress file is ignored with one line', async () => {
    const cache = join(journeys.scratch(), 'corrupt-cache');
    await mkdir(join(cache, 'cursorkey-wizard'), {recursive: true});
    await writeFile(join(cache, 'cursorkey-wizard', 'progress.json'), '{"version": 1, "savedAt');
    const journey = await journeys.start({env: {XDG_CACHE_HOME: cache}});
    expect(journey.session.text()).toContain(
      'Saved progress ignored: the file is not readable JSON. Starting over.',
    );
  });
});

describe('--share', () => {
  test('draws no grey text, while the plain wizard does', async () => {
    const grey = /\u001B\[90m/;
    for (const args of [['--share'], []]) {
      const journey = await journeys.start({args: ['--no-completion', ...args]});
      await journey.key(ENTER, /Walk the/);
      await journey.key(ENTER, 'I did it');
      journey.session.send('\u0003');
      await journey.session.exit;
      expect(grey.test(journey.session.raw())).toBe(args.length === 0);
      await journey.mock.close();
    }
  });
});

describe('the checklist screen', () => {
  test('fits 80×24 with every step on it, and a step opens from it', async () => {
    const journey = await journeys.start({args: ['--no-completion']});
    await journey.key(ENTER, /Walk the/);
    await journey.session.waitFor('every check that needs nobody has run');
    const rows = await journey.session.screen();
    const shown = rows.join('\n');
    expect(shown).toContain('Checklist');
    // Each step row shows one number, its step's, and that number is the key that opens it.
    for (let n = 1; n <= 10; n++) {
      const row = rows.find((line) => new RegExp(`^[ ❯] +${n}\\. `).test(line));
      expect(row, `step ${n}'s row:\n${shown}`).toBeDefined();
      expect(row!.replace(/^[ ❯] +\d+\. /, '')).not.toMatch(/\b\d{1,2}\. /);
    }
    await journey.key(DOWN, /❯ +1\. /);
    await journey.key('2', /Step 2\/10/);
    await journey.expectStepScreen(2);
    await journey.session.waitFor('Back to the checklist');
  });
});
