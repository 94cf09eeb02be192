// Step 1 stays manual until the editor can be inspected: it shows what can be known here (the
// CLI's account, whether the editor runs) so the person can compare it with the editor.
import type {CheckContext, CheckResult} from '../step-model.js';
import {observeEditor} from './editor-process.js';
import {readCliStatus} from './status-check.js';
import {maskEmail} from './text.js';

export async function cursorLoginCheck(context: CheckContext): Promise<CheckResult> {
  const evidence: string[] = [
    'In Cursor: Settings (gear) > General > Account shows the signed-in email; "Log out", then "Log in" in the browser.',
  ];
  const facts: CheckResult['facts'] = {};
  const [status, editor] = await Promise.all([readCliStatus(context), observeEditor(context)]);
  if (editor.running !== null) facts.editorRunning = editor.running;
  evidence.push(editor.evidence);

  let summary = 'Confirm in the Cursor editor that the right account is signed in';
  if (status.kind === 'read') {
    facts.cli = status.reading.cli;
    const auth = status.reading.auth;
    if (auth.state === 'logged-in') {
      facts.cliAccountEmail = auth.email;
      const who = auth.email ? maskEmail(auth.email) : `user id ${auth.userId}`;
      summary = `Confirm the editor shows the same account as the CLI (${who})`;
      evidence.push(
        `The Cursor CLI (${status.reading.cli.name}) is logged in as ${who}; the editor keeps its own login.`,
      );
    } else {
      evidence.push(`The Cursor CLI has no readable account (${auth.state}); step 2 looks closer.`);
    }
  } else {
    Object.assign(facts, status.result.facts);
    evidence.push('The Cursor CLI is not available here, so there is no CLI account to compare.');
  }
  return {status: 'manual', summary, evidence, layer: 'cursor-account', fix: null, facts};
}
