import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {startTerminal, type TerminalSession} from '../helpers/terminal-session.js';
import {scratchDir} from '../helpers/scratch-dir.js';

// A PATH without the Cursor CLI and a HOME of its own: the wizard must never read or write the
// developer's real files, and never reach a real Cursor or provider host.
function isolatedEnv(): NodeJS.ProcessEnv {
  const home = scratchDir('e2e-home');
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    CURSORKEY_CURSOR_API_URL: 'http://127.0.0.1:9',
    CURSOR_API_ENDPOINT: 'http://127.0.0.1:9',
    LANG: 'C.UTF-8',
  };
}

let session: TerminalSession | undefined;
afterEach(() => session?.kill());

describe('the built wizard in a real pseudo-terminal', () => {
  test('Enter shows the checklist, the walk starts at step 1, Ctrl+C exits 130 restoring the cursor', async () => {
    session = startTerminal([], isolatedEnv());
    await session.waitFor('Paste the error you see');
    await session.press('\r', 'Checklist');
    await session.waitFor(/w\. Walk the \d+ steps that need you/);
    await session.press('\r', 'Step 1/10');
    await session.waitFor('I did it');
    session.send('\u0003');
    expect(await session.exit).toBe(130);
    expect(session.text()).toContain('Cancelled (exit 130).');
    expect(session.text()).toContain('Nothing was changed on this machine.');
    // Ink hides the cursor while it draws; it must be shown again on the way out.
    const raw = session.raw();
    expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
  });

  test('a person walks every step that needs them; no CLI installed is a skip, not a failure', async () => {
    session = startTerminal(['--no-completion'], isolatedEnv());
    await session.waitFor('Paste the error you see');
    await session.press('\r', 'Walk the');
    await session.press('\r', 'I did it');
    // No Cursor CLI on PATH: step 2 is skipped, as doctor reads it, and asks the person which
    // way on: install it (the exact command) and re-check, or go on without it.
    await session.press('\r', 'I do not use the Cursor CLI: go on without it');
    const absent = session.text().slice(session.text().lastIndexOf('Step 2/10'));
    expect(absent).toContain('↷ skip');
    expect(absent).not.toContain('✗ fail');
    expect(absent).not.toContain('Fix:');
    expect(absent).toContain(
      'Install it, then re-check: curl https://cursor.com/install -fsS | bash',
    );
    // Picked once, it takes effect and moves on; steps 3 and 4 do not apply: skipped without a
    // keypress, straight to the paste at step 5. The choice is never offered again.
    const afterChoice = session.mark();
    await session.press('1', 'Paste the provider key');
    let since = session.mark();
    await session.press('\r', 'Step 5/10');
    await session.waitFor(/1\. Next step/, since);
    for (const n of [6, 7, 8, 9]) {
      since = session.mark();
      await session.press('\r', `Step ${n}/10`);
      // Each check runs first; its menu (not the running one) takes the next Enter.
      await session.waitFor(/1\. Next step/, since);
    }
    since = session.mark();
    await session.press('\r', 'Step 10/10');
    // No Cursor runs here, so no restart can be seen: step 10 is the person's word.
    await session.waitFor(
      '1. I quit Cursor fully and opened it again (the wizard did not see it)',
      since,
    );
    await session.press('\r', 'Nothing was changed on this machine.');
    expect(await session.exit).toBe(0);
    const summary = session.text().slice(session.text().lastIndexOf('Step 10/10'));
    expect(summary).toMatch(/✓ pass\s+1\./);
    expect(summary).toMatch(/↷ skip\s+2\./);
    expect(summary).toMatch(/↷ skip\s+3\./);
    expect(summary).toMatch(/! warn\s+9\./);
    // A warning does not change the exit code, but the closing lines name every one.
    const closing = summary.replace(/\s+/g, ' ');
    expect(closing).toContain(
      'Done: nothing failed, with warnings at steps 5, 6, 7, 8, 9 (exit 0).',
    );
    expect(closing).toMatch(/Warnings: 5 \(/);
    expect(session.text().slice(afterChoice)).not.toContain('go on without it');
    // The last byte is a newline, so the shell prompt starts on a line of its own.
    expect(
      session
        .raw()
        .replace(/(\u001B\[\?25h)+$/, '')
        .endsWith('\n'),
    ).toBe(true);
  });

  test('NO_COLOR output carries no colour codes', async () => {
    session = startTerminal([], {...isolatedEnv(), NO_COLOR: '1'});
    await session.waitFor('Paste the error you see');
    await session.press('\r', 'Walk the');
    await session.press('\r', 'I did it');
    session.send('\u0003');
    expect(await session.exit).toBe(130);
    expect(session.raw()).not.toMatch(/\u001B\[(3\d|9\d)m/);
  });
});
