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

/** Whether anything of the tree a child leads is still running: its session, else its group. */
function treeAlive(pid: number): boolean {
  if (process.platform === 'linux') return sessionMembers(new Set([pid])).length > 0;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The child trees one run has started, so that run can end them all. */
export interface ChildTrees {
  track(pid: number | undefined): void;
  /**
   * The child itself has exited. Once nothing of its tree is left, its id is forgotten: the
   * system may give that id to a process the run never started, which must never be signalled.
   */
  settled(pid: number | undefined): void;
  /**
   * Ends every tree still held: SIGTERM, then SIGKILL for whatever is still there after
   * `graceMs`. Used on every way out of a run.
   */
  endAll(graceMs: number): Promise<void>;
  /**
   * SIGTERM then at once SIGKILL to every tree still held, synchronously: for a process that is
   * exiting and can no longer wait for a grace period.
   */
  endNow(): void;
}

export function createChildTrees(clock: Clock): ChildTrees {
  /** Session (and group) ids of the children started in this run. */
  const sessions = new Set<number>();

  const anyAlive = (): boolean => {
    if (process.platform === 'linux') return sessionMembers(sessions).length > 0;
    return [...sessions].some(treeAlive);
  };

  return {
    track(pid) {
      if (pid !== undefined) sessions.add(pid);
    },
    settled(pid) {
      if (pid !== undefined && sessions.has(pid) && !treeAlive(pid)) sessions.delete(pid);
    },
    async endAll(graceMs) {
      if (sessions.size === 0 || process.platform === 'win32') return;
      for (const pid of sessions) signalTree(pid, 'SIGTERM');
      const deadline = clock.now() + graceMs;
      while (anyAlive() && clock.now() < deadline) await clock.sleep(POLL_MS);
      for (const pid of sessions) signalTree(pid, 'SIGKILL');
      sessions.clear();
    },
    endNow() {
      if (process.platform === 'win32') return;
      // SIGTERM first, so a child that handles it may still see why it ends.
      for (const pid of sessions) signalTree(pid, 'SIGTERM');
      for (const pid of sessions) signalTree(pid, 'SIGKILL');
      sessions.clear();
    },
  };
}
