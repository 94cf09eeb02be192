// The human checklist: one line per step with symbol and word, the exact fix under every failure,
// evidence under -v, the provider keys, and a one-line result. Plain text: it must read the same
// in a terminal, a CI log and a pasted forum post.
import {editorLines} from '../core/editor/editor-json.js';
import {keyVariableNames} from '../core/providers/intake.js';
import {scrub, scrubberOf, type Secret} from '../core/secrets.js';
import {statusLabel} from '../core/status-symbols.js';
import type {DoctorDocument} from '../core/run/document.js';
import type {RunRecord} from '../core/run/run-model.js';

const INDENT = ' '.repeat(16);

export function renderChecklist(
  document: DoctorDocument,
  run: RunRecord,
  options: {verbose: boolean; secrets: readonly Secret[]},
): string {
  const held = scrubberOf(options.secrets);
  const clean = (text: string) => scrub(text, held);
  const lines: string[] = [`cursorkey-wizard doctor ${document.tool.version}`, ''];

  const shownFixes = new Map<string, number>();
  for (const entry of document.steps) {
    const outcome = run.outcomes.find((o) => o.step.id === entry.id);
    const label = statusLabel(entry.status).padEnd(10);
    lines.push(`${String(entry.n).padStart(2)}  ${label}  ${outcome?.step.title ?? entry.id}`);
    lines.push(`${INDENT}${entry.summary}`);
    const fix = outcome?.fix;
    if (entry.fix && fix && entry.status !== 'pass' && entry.status !== 'skip') {
      // The provider steps often share one fix; say it once.
      const earlier = shownFixes.get(entry.fix);
      if (earlier !== undefined) {
        lines.push(`${INDENT}fix: as for step ${earlier}`);
      } else {
        shownFixes.set(entry.fix, entry.n);
        lines.push(`${INDENT}fix: ${clean(fix.summary)}`);
        if (fix.command) lines.push(`${INDENT}run: ${clean(fix.command)}`);
        if (fix.url) lines.push(`${INDENT}see: ${clean(fix.url)}`);
      }
    } else if (entry.fix) {
      lines.push(`${INDENT}fix: ${entry.fix}`);
    }
    if (options.verbose && outcome) {
      for (const line of outcome.evidence) lines.push(`${INDENT}· ${clean(line)}`);
    }
  }

  lines.push('', 'Provider keys');
  if (document.providers.length === 0) {
    const first = keyVariableNames().slice(0, 2).join(', ');
    lines.push(`  none found in the environment (set ${first}, … or pipe one key on stdin)`);
  }
  for (const p of document.providers) {
    const facts = [
      p.baseUrl,
      p.layer,
      p.httpStatus !== null ? `HTTP ${p.httpStatus}` : null,
      p.code,
      p.retryAfterSeconds !== null ? `retry after ${p.retryAfterSeconds}s` : null,
      p.requestId ? `request ${p.requestId}` : null,
    ].filter(Boolean);
    lines.push(
      `  ${statusLabel(p.status).padEnd(10)}  ${p.provider} ${p.keySource} ${p.fingerprint}${facts.length ? `  ${facts.join(' · ')}` : ''}`,
    );
  }

  lines.push('', 'Cursor editor (read-only)');
  for (const line of editorLines(document.editor)) lines.push(`  ${clean(line)}`);

  const counts = new Map<string, number>();
  for (const entry of document.steps) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  const tally = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  const {verdict} = document;
  const where =
    verdict.layer || verdict.step
      ? ` at ${verdict.layer ?? '?'} (step ${verdict.step ?? '?'})`
      : '';
  lines.push('', `Result: ${verdict.status}${where}. ${verdict.action}`, `Steps: ${tally}.`);
  if (!options.verbose) lines.push('Run with -v for the evidence behind each line.');
  return `${lines.join('\n')}\n`;
}
