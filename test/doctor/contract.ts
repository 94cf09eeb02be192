// A strict validator for the contract's `doctor --json` document: every field, every type,
// every allowed word, all ten steps in order. Returns the list of violations (empty = valid).
import {LAYERS, PROVIDERS, STEP_IDS} from '../../source/core/vocabulary.js';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const nullOr = (v: unknown, test: (x: unknown) => boolean) => v === null || test(v);
const isStr = (v: unknown) => typeof v === 'string';
const isInt = (v: unknown) => Number.isInteger(v);
const isLayer = (v: unknown) => (LAYERS as readonly unknown[]).includes(v);

function exactKeys(where: string, value: Json, keys: string[], errors: string[]) {
  const actual = Object.keys(value);
  if (actual.join() !== keys.join())
    errors.push(`${where}: keys ${actual.join()} ≠ ${keys.join()}`);
}

export function validateDoctorDocument(doc: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(doc)) return ['not an object'];
  exactKeys('document', doc, ['schema', 'tool', 'steps', 'providers', 'editor', 'verdict'], errors);
  errors.push(...validateEditor(doc.editor));
  if (doc.schema !== 1) errors.push('schema ≠ 1');
  if (!isObj(doc.tool) || doc.tool.name !== 'cursorkey-wizard' || !isStr(doc.tool.version)) {
    errors.push('tool');
  }
  const steps = Array.isArray(doc.steps) ? doc.steps : [];
  if (steps.length !== 10) errors.push(`steps: ${steps.length} entries`);
  steps.forEach((step, i) => {
    const where = `steps[${i}]`;
    if (!isObj(step)) return errors.push(`${where}: not an object`);
    exactKeys(where, step, ['n', 'id', 'status', 'summary', 'layer', 'fix'], errors);
    if (step.n !== i + 1) errors.push(`${where}.n = ${String(step.n)}`);
    if (step.id !== STEP_IDS[i]) errors.push(`${where}.id = ${String(step.id)}`);
    if (!['pass', 'fail', 'warn', 'skip', 'manual', 'unknown'].includes(step.status as string)) {
      errors.push(`${where}.status = ${String(step.status)}`);
    }
    if (!isStr(step.summary) || (step.summary as string).length === 0)
      errors.push(`${where}.summary`);
    if (!nullOr(step.layer, isLayer)) errors.push(`${where}.layer = ${String(step.layer)}`);
    if (!nullOr(step.fix, isStr)) errors.push(`${where}.fix`);
    if (step.status === 'fail' && !step.fix) errors.push(`${where}: a failure without a fix`);
  });
  const providers = Array.isArray(doc.providers) ? doc.providers : null;
  if (!providers) errors.push('providers is not a list');
  (providers ?? []).forEach((p, i) => {
    const where = `providers[${i}]`;
    if (!isObj(p)) return errors.push(`${where}: not an object`);
    exactKeys(
      where,
      p,
      [
        'provider',
        'keySource',
        'fingerprint',
        'baseUrl',
        'status',
        'layer',
        'httpStatus',
        'code',
        'retryAfterSeconds',
        'requestId',
      ],
      errors,
    );
    if (!(PROVIDERS as readonly unknown[]).includes(p.provider)) errors.push(`${where}.provider`);
    if (!isStr(p.keySource)) errors.push(`${where}.keySource`);
    if (!/^fp:[0-9a-f]{8}$/.test(String(p.fingerprint))) errors.push(`${where}.fingerprint`);
    if (!nullOr(p.baseUrl, isStr)) errors.push(`${where}.baseUrl`);
    if (!['pass', 'fail', 'unknown'].includes(p.status as string)) errors.push(`${where}.status`);
    if (!nullOr(p.layer, isLayer)) errors.push(`${where}.layer`);
    if (!nullOr(p.httpStatus, isInt)) errors.push(`${where}.httpStatus`);
    if (!nullOr(p.code, isStr)) errors.push(`${where}.code`);
    if (!nullOr(p.retryAfterSeconds, (v) => typeof v === 'number'))
      errors.push(`${where}.retryAfterSeconds`);
    if (!nullOr(p.requestId, isStr)) errors.push(`${where}.requestId`);
  });
  const verdict = doc.verdict;
  if (!isObj(verdict)) return [...errors, 'verdict'];
  exactKeys('verdict', verdict, ['status', 'layer', 'step', 'action'], errors);
  if (!['ok', 'problem', 'inconclusive'].includes(verdict.status as string))
    errors.push('verdict.status');
  if (!nullOr(verdict.layer, isLayer)) errors.push('verdict.layer');
  if (!nullOr(verdict.step, (v) => isInt(v) && (v as number) >= 1 && (v as number) <= 10)) {
    errors.push('verdict.step');
  }
  if (!isStr(verdict.action)) errors.push('verdict.action');
  // The verdict rule: problem if anything failed, else inconclusive if anything is unknown.
  const statuses = [
    ...steps.map((s) => (isObj(s) ? s.status : null)),
    ...(providers ?? []).map((p) => (isObj(p) ? p.status : null)),
  ];
  const expected = statuses.includes('fail')
    ? 'problem'
    : statuses.includes('unknown')
      ? 'inconclusive'
      : 'ok';
  if (verdict.status !== expected)
    errors.push(`verdict.status ${String(verdict.status)} ≠ ${expected}`);
  if (expected === 'problem' && (!verdict.layer || !verdict.step)) {
    errors.push('a problem verdict must name its layer and step');
  }
  return errors;
}

const EDITOR_PROVIDERS = ['openai', 'anthropic', 'google', 'azure', 'bedrock'];

/** The contract's `editor` object (Additions 2026-12). */
export function validateEditor(editor: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(editor)) return ['editor: not an object'];
  const keys = Object.keys(editor).filter((key) => key !== 'stale');
  if (keys.join() !== 'found,source,account,byok,models')
    errors.push(`editor: keys ${keys.join()}`);
  if ('stale' in editor && typeof editor.stale !== 'boolean') errors.push('editor.stale');
  if (typeof editor.found !== 'boolean') errors.push('editor.found');
  if (!editor.found) {
    for (const key of ['source', 'account', 'byok', 'models']) {
      if (editor[key] !== null) errors.push(`editor.${key} must be null when not found`);
    }
    return errors;
  }
  if (editor.source !== 'state.vscdb') errors.push('editor.source');
  if (editor.account !== null) {
    if (!isObj(editor.account)) errors.push('editor.account');
    else {
      exactKeys('editor.account', editor.account, ['email', 'plan'], errors);
      if (!nullOr(editor.account.email, (v) => isStr(v) && /^.…@|^.…$/.test(v as string))) {
        errors.push('editor.account.email is not masked');
      }
      if (!nullOr(editor.account.plan, isStr)) errors.push('editor.account.plan');
    }
  }
  if (!isObj(editor.byok)) errors.push('editor.byok');
  else {
    exactKeys('editor.byok', editor.byok, EDITOR_PROVIDERS, errors);
    for (const provider of EDITOR_PROVIDERS) {
      const field = editor.byok[provider];
      const where = `editor.byok.${provider}`;
      if (!isObj(field)) {
        errors.push(where);
        continue;
      }
      exactKeys(where, field, ['field', 'storage', 'enabled', 'baseUrl'], errors);
      if (!['set', 'unset', 'unknown'].includes(field.field as string))
        errors.push(`${where}.field`);
      if (
        field.field === 'set'
          ? !['plain', 'encrypted'].includes(field.storage as string)
          : field.storage !== null
      ) {
        errors.push(`${where}.storage`);
      }
      if (!nullOr(field.enabled, (v) => typeof v === 'boolean')) errors.push(`${where}.enabled`);
      if (!nullOr(field.baseUrl, isStr)) errors.push(`${where}.baseUrl`);
    }
  }
  if (!nullOr(editor.models, (v) => Array.isArray(v) && v.every(isStr)))
    errors.push('editor.models');
  return errors;
}

export const EXIT_OF_VERDICT: Record<string, number> = {ok: 0, problem: 1, inconclusive: 3};

/** The keys of `classify --json`, in the contract's order. */
export const CLASSIFY_KEYS = [
  'schema',
  'layer',
  'alsoPossible',
  'step',
  'provider',
  'httpStatus',
  'code',
  'action',
] as const;
