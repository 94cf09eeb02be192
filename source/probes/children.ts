// Every child a run starts runs as the leader of its own session (detached), so its whole tree
// can be found again: its process group, and on Linux every process still in its session,
// grandchildren that moved to a group of their own and were re-parented to init included.
import {readdirSync, readFileSync} from 'node:fs';
import type {Clock} from '../core/runner.js';

/** How often the way out looks whether the trees it signalled have ended. */
const POLL_MS = 20;

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone.
  }
}

/** On Linux, every live process whose session is one of `wanted` (never this process). */
function sessionMembers(wanted: ReadonlySet<number>): number[] {
  if (process.platform !== 'linux' || wanted.size === 0) return [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command name in parentheses: state, ppid, pgrp, session.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // A zombie has ended already; it only waits for its parent to read its status.
      if (fields[0] !== 'Z' && wanted.has(Number(fields[3]))) members.push(pid);
    } catch {
      // Exited while we looked.
    }
  }
  return members;
}

/** Signals the tree of one child: its group, and every process left in its session. */
export function signalTree(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
    return;
  }
  signalGroup(pid, signal);
  for (const member of sessionMembers(new Set([pid]))) {
    try {
      process.kill(member, signal);
    } catch {
      // Already gone.
    }
  }
}

/** The child trees one run has started, so that run can end them all. */
export interface ChildTrees {
  track(pid: number | undefined): void;
  /**
   * Ends every tree: SIGTERM, then SIGKILL for whatever is still there after `graceMs`. Used on
   * the way out of a run that was cut short.
   */
  endAll(graceMs: number): Promise<void>;
}

export function createChildTrees(clock: Clock): ChildTrees {
  /** Session (and group) ids of the children started in this run. */
  const sessions = new Set<number>();

  const anyAlive = (): boolean => {
    if (process.platform === 'linux') return sessionMembers(sessions).length > 0;
    for (const pid of sessions) {
      try {
        process.kill(-pid, 0);
        return true;
      } catch {
        // This group is gone.
      }
    }
    return false;
  };

  return {
    track(pid) {
      if (pid !== undefined) sessions.add(pid);
    },
    async endAll(graceMs) {
      if (sessions.size === 0 || process.platform === 'win32') return;
      for (const pid of sessions) signalTree(pid, 'SIGTERM');
      const deadline = clock.now() + graceMs;
      while (anyAlive() && clock.now() < deadline) await clock.sleep(POLL_MS);
      for (const pid of sessions) signalTree(pid, 'SIGKILL');
      sessions.clear();
    },
  };
}
