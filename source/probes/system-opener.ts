// Opens a link with the platform's own opener. What the opener starts (a browser, a new tab) is
// the person's program, not a check's child: it runs in a session of its own and is never
// tracked, so ending the run's children (Ctrl+C) leaves the page open.
import {spawn} from 'node:child_process';

/** How long the opener gets to report whether it handled the link. */
const OPENER_TIMEOUT_MS = 10_000;

function openerCommand(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/**
 * True when the opener reported success. Only http(s) links are ever passed, as one argument
 * with no shell. Past the timeout the answer is false, but the opener is left running: killing it
 * could take the browser it is starting with it.
 */
export function openWithSystem(url: string, timeoutMs = OPENER_TIMEOUT_MS): Promise<boolean> {
  if (!/^https?:\/\//.test(url)) return Promise.resolve(false);
  const [command, args] = openerCommand(url);
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = (opened: boolean) => {
      clearTimeout(timer);
      resolve(opened);
    };
    try {
      const child = spawn(command, args, {
        detached: true,
        stdio: 'ignore',
        windowsHide: true,
      });
      // The wizard's own exit must not wait for an opener that never returns.
      child.unref();
      child.once('error', () => settle(false));
      child.once('exit', (code) => settle(code === 0));
      timer = setTimeout(() => settle(false), timeoutMs);
      timer.unref();
    } catch {
      settle(false);
    }
  });
}
