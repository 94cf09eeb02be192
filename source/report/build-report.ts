// The safe-to-share Markdown report of one run: versions, every step with its evidence, provider
// outcomes with HTTP statuses and request ids, timestamps. Every string goes through `scrub`.
import type {Classification} from '../core/classify/classification.js';
import type {ProviderOutcome} from '../core/diagnosis.js';
import {editorLines, type EditorJson} from '../core/editor/editor-json.js';
import {type Secret, scrub, scrubberOf} from '../core/secrets.js';
import type {VerdictStatus} from '../core/verdict.js';
import type {Layer, Status} from '../core/vocabulary.js';
import {statusLabel} from '../core/status-symbols.js';
import {cell, code, fence, literal, markdownCell, table} from './markdown.js';
import type {SystemInfo} from './system-info.js';

export interface ReportStep {
  n: number;
  id: string;
  title: string;
  status: Status;
  summary: string;
  evidence: readonly string[];
  layer: Layer | null;
  /** The fix as one line (command or link), when there is one. */
  fix: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export interface ReportInput {
  tool: {name: string; version: string};
  system: SystemInfo;
  cli: {path: string; name: string; version: string} | null;
  startedAt: string;
  finishedAt: string;
  /** `doctor` or `wizard`: how the results were gathered. */
  mode: string;
  steps: readonly ReportStep[];
  providers: readonly ProviderOutcome[];
  /** The editor's state as `doctor --json` shows it; absent when the run did not read it. */
  editor?: EditorJson;
  verdict: {status: VerdictStatus; layer: Layer | null; step: number | null; action: string};
  /** An error the person pasted, with what classify made of it. */
  classification?: Classification | null;
  /** Keys this run held; their exact text is removed whatever its shape. */
  secrets?: readonly Secret[];
  /** Set when the report was made before the run ended (a wizard export mid-run). */
  incomplete?: {notReached: readonly string[]} | null;
}

const badge = (status: Status): string => statusLabel(status);

export function buildReport(input: ReportInput): string {
  const secrets = scrubberOf(input.secrets ?? []);
  const home = input.system.home;
  // Paths under the home directory name the user; `~` says the same to a helper.
  const clean = (text: string): string => {
    const scrubbed = scrub(text, secrets);
    return home && home.length > 1 ? scrubbed.split(home).join('~') : scrubbed;
  };

  const lines: string[] = [];
  lines.push('### cursorkey-wizard report', '');
  lines.push(
    '_Keys are never included: only provider, length and `fp:` fingerprints. This text was scanned for key-shaped strings before it was written._',
    '',
  );

  const verdict = input.verdict;
  const where =
    verdict.layer || verdict.step
      ? ` (layer ${verdict.layer ? code(verdict.layer) : '—'}, step ${verdict.step ?? '—'})`
      : '';
  const incomplete = input.incomplete && input.incomplete.notReached.length > 0;
  // Exported mid-run, "ok" would claim what was never checked.
  const shownStatus = incomplete && verdict.status === 'ok' ? 'incomplete' : verdict.status;
  lines.push(`**Verdict:** ${shownStatus}${where}. ${literal(clean(verdict.action))}`, '');
  if (incomplete) {
    const failed = input.steps.filter((step) => step.status === 'fail');
    lines.push(
      `**Incomplete:** exported before the end of the session; not reached: ${input.incomplete!.notReached.map((id) => code(id)).join(', ')}.`,
      '',
      failed.length === 0
        ? 'Failures so far: none.'
        : `Failures so far: ${failed.map((step) => `step ${step.n} ${code(step.id)}${step.layer ? ` (layer ${code(step.layer)})` : ''}`).join('; ')}.`,
      '',
    );
  }

  const cli = input.cli
    ? `${literal(clean(input.cli.version))} (${code(clean(input.cli.path))})`
    : 'not found';
  lines.push(
    table(
      ['', ''],
      [
        ['Tool', cell(`${input.tool.name} ${input.tool.version} (${input.mode})`)],
        ['OS', cell(input.system.os)],
        ['Node', cell(input.system.node)],
        ['Cursor CLI', markdownCell(cli)],
        ['Started', cell(input.startedAt)],
        ['Finished', cell(input.finishedAt)],
      ],
    ),
    '',
  );

  if (input.classification) {
    const c = input.classification;
    lines.push('#### Pasted error', '');
    lines.push(
      `Classified as ${code(c.layer)}${c.alsoPossible.length ? ` (also possible: ${c.alsoPossible.join(', ')})` : ''}, step ${c.step}; provider ${c.provider ?? '—'}, HTTP ${c.httpStatus ?? '—'}, code ${c.code ? code(clean(c.code)) : '—'}.`,
      '',
      `Best first action: ${literal(clean(c.action))}`,
      '',
    );
  }

  lines.push('#### Steps', '');
  lines.push(
    table(
      ['#', 'Step', 'Status', 'Summary', 'Fix'],
      input.steps.map((step) => [
        String(step.n),
        cell(step.id),
        cell(badge(step.status)),
        cell(clean(step.summary)),
        cell(step.fix ? clean(step.fix) : null),
      ]),
    ),
    '',
  );

  lines.push('#### Provider keys', '');
  if (input.providers.length === 0) {
    lines.push('No provider keys were found in the environment.', '');
  } else {
    lines.push(
      table(
        [
          'Provider',
          'Key',
          'Base URL',
          'Status',
          'Layer',
          'HTTP',
          'Code',
          'Retry after',
          'Request id',
        ],
        input.providers.map((p) => [
          cell(p.provider),
          cell(clean(`${p.keySource} ${p.fingerprint}`)),
          cell(p.baseUrl ? clean(p.baseUrl) : null),
          cell(badge(p.status)),
          cell(p.layer),
          cell(p.httpStatus),
          cell(p.code ? clean(p.code) : null),
          cell(p.retryAfterSeconds === null ? null : `${p.retryAfterSeconds}s`),
          cell(p.requestId ? clean(p.requestId) : null),
        ]),
      ),
      '',
    );
  }

  if (input.editor) {
    lines.push('#### Cursor editor (read-only)', '');
    lines.push(fence(editorLines(input.editor).map(clean)), '');
  }

  const evidence: string[] = [];
  for (const step of input.steps) {
    const time = [step.startedAt, step.finishedAt].filter(Boolean).join(' → ');
    evidence.push(`[${step.n}] ${step.id}: ${step.status}${time ? `  (${time})` : ''}`);
    evidence.push(`    ${clean(step.summary)}`);
    for (const line of step.evidence) evidence.push(`    ${clean(line)}`);
    if (step.fix) evidence.push(`    fix: ${clean(step.fix)}`);
  }
  lines.push(
    '<details><summary>Evidence for every step</summary>',
    '',
    fence(evidence),
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
