// The machine facts a helper asks for first, without anything that identifies the person.
import {arch, homedir, release, type} from 'node:os';

export interface SystemInfo {
  os: string;
  node: string;
  /** Replaced by `~` wherever a path appears in the report. */
  home: string | null;
}

export function collectSystemInfo(): SystemInfo {
  let home: string | null = null;
  try {
    home = homedir() || null;
  } catch {
    // No home directory (some containers): nothing to hide.
  }
  return {os: `${type()} ${release()} (${arch()})`, node: process.version, home};
}
