// Step 1: which Cursor account the editor is signed in to. With the editor's own state readable,
// its account is compared with the CLI's and with the Cursor key owner's; without it, the step
// stays manual and shows what can be known here so the person can compare it with the editor.
import {maskApart, sameEmail} from '../editor/accounts.js';
import {inspectEditor} from '../editor/inspect.js';
import type {EditorState} from '../editor/state.js';
import type {CheckContext, CheckResult} from '../step-model.js';
import {editorStartTime, observeEditor} from './editor-process.js';
import {fetchKeyInfo} from './key-info.js';
import {readCliStatus} from './status-check.js';
import {cursorKeyFrom} from './user-key-check.js';
import {maskEmail} from './text.js';
import {stepRef} from '../step-order.js';

const WHERE = 'Settings (gear) > General > Account';

interface OtherAccount {
  /** "the CLI", "the Cursor API key". */
  who: string;
  email: string;
}

/** The editor's state as evidence lines: presence and masked values only. */
export function editorAccountEvidence(editor: EditorState | null): string {
  if (!editor) return "Cursor's own state was not read here.";
  if (!editor.found)
    return "Cursor's state file (state.vscdb) was not found: is the editor installed for this user?";
  if (!editor.readable || !editor.account) {
    return `Cursor's state file (state.vscdb) could not be read (${editor.failure ?? 'unknown'}); confirm in the editor`;
  }
  const {email, plan, signedIn} = editor.account;
  const who = email ? maskEmail(email) : 'no cached email';
  const stale = editor.stale ? ' (may be out of date: its -wal could not be read)' : '';
  return `Cursor's state: ${signedIn ? 'signed in' : 'not signed in'}, ${who}, plan ${plan ?? 'unknown'}${stale}`;
}

function judgeEditorAccount(
  editor: EditorState,
  others: readonly OtherAccount[],
): Pick<CheckResult, 'status' | 'summary' | 'fix' | 'layer'> | null {
  const account = editor.account;
  if (!account) return null;
  if (!account.signedIn && !account.email) {
    return {
      status: 'fail',
      layer: 'cursor-account',
      summary: 'The Cursor editor is not signed in: BYOK keys still need a Cursor login',
      fix: {summary: `In Cursor, open ${WHERE} and sign in`},
    };
  }
  if (!account.email) return null;
  const mismatch = others.find((other) => !sameEmail(other.email, account.email));
  if (mismatch) {
    const [editorMask, otherMask] = maskApart(account.email, mismatch.email);
    return {
      status: 'fail',
      layer: 'cursor-account',
      summary: `The editor is signed in as ${editorMask}, but ${mismatch.who} belongs to ${otherMask}`,
      fix: {
        summary: `Use one account everywhere: sign the editor (${editorMask}, ${WHERE}) or ${mismatch.who} (${otherMask}) into the other's account`,
      },
    };
  }
  const editorMask = maskEmail(account.email);
  if (!account.signedIn) {
    return {
      status: 'fail',
      layer: 'cursor-account',
      summary: `The editor remembers ${editorMask} but holds no login: sign in again`,
      fix: {summary: `In Cursor, open ${WHERE}, sign out, then sign in as ${editorMask}`},
    };
  }
  if (others.length > 0) {
    return {
      status: 'pass',
      layer: null,
      summary: `The editor is signed in as ${editorMask}, the same account as ${others.map((o) => o.who).join(' and ')}`,
      fix: null,
    };
  }
  return null;
}

/**
 * The Cursor API key's owner: as step 4 found it, or asked here (a free GET /v0/me) when the
 * editor's account is known and there is a key to compare it with.
 */
async function keyOwner(context: CheckContext, editor: EditorState | null): Promise<string | null> {
  const known = context.facts.cursorKeyOwnerEmail;
  if (known !== undefined) return known;
  const key = cursorKeyFrom(context);
  if (!key || !editor?.account?.email) return null;
  const outcome = await fetchKeyInfo(key, context);
  return outcome.kind === 'ok' ? outcome.info.userEmail : null;
}

export async function cursorLoginCheck(context: CheckContext): Promise<CheckResult> {
  const evidence: string[] = [
    `In Cursor: ${WHERE} shows the signed-in email; "Log out", then "Log in" in the browser.`,
  ];
  const facts: CheckResult['facts'] = {};
  const [status, process, editor, startedAt] = await Promise.all([
    readCliStatus(context),
    observeEditor(context),
    inspectEditor(context),
    editorStartTime(context),
  ]);
  if (process.running !== null) facts.editorRunning = process.running;
  // Step 10 compares against this: a later start means Cursor was restarted in between.
  if (startedAt !== null) facts.editorStartedAt = startedAt;
  if (editor) facts.editor = editor;
  evidence.push(process.evidence, editorAccountEvidence(editor));

  const others: OtherAccount[] = [];
  let summary = 'Confirm in the Cursor editor that the right account is signed in';
  if (status.kind === 'read') {
    facts.cli = status.reading.cli;
    const auth = status.reading.auth;
    if (auth.state === 'logged-in') {
      facts.cliAccountEmail = auth.email;
      if (auth.email) others.push({who: 'the CLI', email: auth.email});
      const who = auth.email ? maskEmail(auth.email) : `user id ${auth.userId}`;
      summary = `Confirm the editor shows the same account as the CLI (${who})`;
      evidence.push(
        `The Cursor CLI (${status.reading.cli.name}) is logged in as ${who}; the editor keeps its own login.`,
      );
    } else {
      evidence.push(
        `The Cursor CLI has no readable account (${auth.state}); ${stepRef('cli-status')} looks closer.`,
      );
    }
  } else {
    Object.assign(facts, status.result.facts);
    evidence.push('The Cursor CLI is not available here, so there is no CLI account to compare.');
  }
  const owner = await keyOwner(context, editor);
  if (owner) {
    facts.cursorKeyOwnerEmail = owner;
    others.push({who: 'the Cursor API key', email: owner});
  }

  const judged = editor?.readable ? judgeEditorAccount(editor, others) : null;
  if (judged) return {...judged, evidence, facts};
  if (editor?.readable && editor.account?.email) {
    summary = `The editor is signed in as ${maskEmail(editor.account.email)}: confirm it is the account you expect`;
  }
  return {status: 'manual', summary, evidence, layer: 'cursor-account', fix: null, facts};
}
