import {
  baseUrlFindings,
  type EditorFinding,
  readableEditor,
  fieldsEvidence,
  modelFindings,
  withEditorFindings,
} from '../editor/findings.js';
import {inspectEditor} from '../editor/inspect.js';
import {watchEditorChange} from '../editor/watch.js';
import type {EditorState} from '../editor/state.js';
import {checkBaseUrl} from '../providers/base-url-check.js';
import {providerOf} from '../providers/intake.js';
import {detectKeyFormat} from '../providers/key-format.js';
import {providerName, providerSpec} from '../providers/registry/index.js';
import {checkModel, type ModelVerdict} from '../providers/model-check.js';
import {selectedModelFor} from '../providers/model-choice.js';
import {cleanKey} from '../providers/paste-forensics.js';
import {lookUpModel} from '../providers/probe.js';
import {knownProbe} from '../providers/probe-store.js';
import {
  foldVerdicts,
  keysIn,
  noKeyResult,
  type KeyVerdict,
  REPLACE_PROVIDER_KEY,
} from '../providers/step-support.js';
import type {ProbeRecord, ProviderKey} from '../providers/types.js';
import type {CheckContext, CheckResult, Facts, StepSpec} from '../step-model.js';
import {firstLayer, worstStatus} from '../verdict.js';
import {STEP_TITLES} from '../step-order.js';
import {stepRef} from '../step-order.js';

async function modelVerdict(
  context: CheckContext,
  record: ProbeRecord,
  selected: string | null,
): Promise<ModelVerdict> {
  const provider = record.provider;
  if (!provider)
    return {status: 'unknown', layer: null, line: 'provider unknown, so models were not checked'};
  if (!record.cheap?.ok) {
    return {
      status: 'unknown',
      layer: null,
      line: `models not checked: the key did not pass ${stepRef('provider-test')} (fix that first)`,
    };
  }
  if (!selected) {
    const list = record.models;
    const sample =
      list && list.length > 0
        ? `${list.length} models available (e.g. ${list.slice(0, 3).join(', ')}); `
        : '';
    return {
      status: 'warn',
      layer: null,
      line: `${sample}no model named: give the model selected in Cursor (--model ${provider}=MODEL)`,
    };
  }
  const rules = providerSpec(provider).models;
  if (rules.deployments) {
    const completion = record.completion;
    if (!completion)
      return {
        status: 'unknown',
        layer: null,
        line: `deployment ${selected} not called (${record.completionSkipped ?? 'no completion'})`,
      };
    if (completion.ok) return {status: 'pass', layer: null, line: `deployment ${selected} answers`};
    if (completion.diagnosis?.layer === 'model')
      return {
        status: 'fail',
        layer: 'model',
        line: `deployment ${selected}: ${completion.diagnosis.action}`,
      };
    return {
      status: 'unknown',
      layer: null,
      line: `deployment ${selected} not confirmed (${completion.diagnosis?.layer ?? 'error'})`,
    };
  }
  const verdict = checkModel(provider, selected, record.models);
  if (rules.lookup && verdict.status === 'unknown' && record.baseUrl) {
    const lookup = await lookUpModel(context, provider, rules.lookup, record.baseUrl, selected);
    const name = providerName(provider);
    if (lookup.ok) return {status: 'pass', layer: null, line: `${selected} is served by ${name}`};
    if (lookup.httpStatus === 404 || lookup.diagnosis?.layer === 'model') {
      return {
        status: 'fail',
        layer: 'model',
        line: `${name} has no model ${selected}: check the id on ${rules.lookup.page}`,
      };
    }
    return {
      status: 'unknown',
      layer: null,
      line: `${selected} could not be looked up (${lookup.diagnosis?.code ?? 'error'})`,
    };
  }
  return verdict;
}

async function judge(
  context: CheckContext,
  key: ProviderKey,
  editor: EditorState | null,
  editorFindings: EditorFinding[],
): Promise<KeyVerdict> {
  const provider = providerOf(key);
  const record = await knownProbe(context, key);
  const keyProvider = detectKeyFormat(cleanKey(key.secret.reveal())).provider;
  const selected = provider ? selectedModelFor(provider, context.answers, context.env) : null;
  // The models enabled in Cursor for this key's field, against the models the key can use.
  const enabled =
    editor && provider && record.cheap?.ok ? modelFindings(editor, provider, record.models) : null;
  const model =
    !selected && enabled
      ? {status: enabled.status, layer: enabled.layer, line: `Cursor: ${enabled.line}`}
      : await modelVerdict(context, record, selected);
  if (enabled && selected) editorFindings.push(enabled);
  const baseUrl = provider
    ? checkBaseUrl({provider, keyProvider, slot: key.slot, env: context.env})
    : [];
  const statuses = [model.status, ...baseUrl.map((finding) => finding.status)];
  const status = worstStatus(statuses);
  const layers = [
    model.status === status ? model.layer : null,
    ...baseUrl.filter((f) => f.status === status).map((f) => f.layer),
  ];
  const layer = status === 'pass' ? null : firstLayer(layers);
  const lines = [model.line, ...baseUrl.map((finding) => finding.line)];
  const lead =
    layer === 'base-url'
      ? (baseUrl.find((f) => f.status === status)?.line ?? model.line)
      : model.line;
  const note = provider ? providerSpec(provider).models.note : undefined;
  const details = [
    ...lines.filter((line) => line !== lead),
    ...(enabled && !selected ? (enabled.details ?? []) : []),
    ...(note ? [note] : []),
    ...(record.baseUrl ? [`base URL: ${record.baseUrl}`] : []),
  ];
  const fix =
    status === 'pass' || (status === 'warn' && layer === null)
      ? null
      : {
          summary:
            layer === 'base-url'
              ? `Fix the base URL: ${lead}.`
              : layer === 'feature'
                ? `Select a standard chat model for the ${providerName(provider)} key, or use ${selected} through Cursor's own plan.`
                : `Select a model this key can use in Cursor Settings > Models${model.line.includes('did you mean') ? ` (${model.line.split('did you mean ')[1]})` : ''}.`,
        };
  return {key, status, layer, line: lead, details, fix};
}

/**
 * The models to offer here instead of typing: the ones set in Cursor first, when the editor's
 * state is known, then the ones `provider-test`'s model list showed the key can use.
 */
export function modelSuggestions(facts: Facts): string[] {
  const inCursor = facts.editor?.models ?? [];
  const listed = storedProbeModels(facts);
  const usable = new Set(listed);
  const first = inCursor.filter((id) => listed.length === 0 || usable.has(id));
  return [...new Set([...first, ...listed])].slice(0, 8);
}

function storedProbeModels(facts: Facts): string[] {
  const probes = facts.providerProbes ?? [];
  return probes.flatMap((record) => preferChatModels(record.models ?? []));
}

/** Chat models a person would select first; embeddings, audio and images are not chosen in Cursor. */
function preferChatModels(models: readonly string[]): string[] {
  return models.filter(
    (id) => !/embed|whisper|tts|dall-e|image|audio|moderation|transcribe|realtime/i.test(id),
  );
}

/**
 * The keys found here against their selected models (or, with none named, the models enabled in
 * Cursor); and Cursor's own base-URL overrides, which its servers must be able to reach.
 */
async function check(context: CheckContext): Promise<CheckResult> {
  const keys = keysIn(context);
  const read = await inspectEditor(context);
  const editor = readableEditor(read);
  const findings: EditorFinding[] = editor ? baseUrlFindings(editor) : [];
  const verdicts = await Promise.all(keys.map((key) => judge(context, key, editor, findings)));
  const base = keys.length > 0 ? foldVerdicts(context, verdicts, providerOf) : null;
  if (!editor) return base ?? noKeyResult('model support');
  const result = withEditorFindings(base, findings, [fieldsEvidence(editor)]);
  return {...(result ?? noKeyResult('model support')), facts: {editor}};
}

export const modelSupportStep: StepSpec = {
  id: 'model-support',
  title: STEP_TITLES['model-support'],
  why: 'A valid key still fails with a retired or misspelled model, a model the key cannot use, or a base URL Cursor cannot reach.',
  instruction: 'Compare the model selected in Cursor with the models the key can use.',
  passCondition: 'the selected model is available and supported',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'free',
  group: 'provider',
  needs: ['provider-test'],
  replaceableKey: REPLACE_PROVIDER_KEY,
  inputs: [
    {
      kind: 'text',
      key: 'selectedModel',
      prompt:
        'Which model is selected in Cursor for this key (e.g. gpt-4.1, claude-sonnet-4-5)? Empty: skip.',
      needed: (view) => keysIn(view).length > 0 && !view.answers.models,
      suggestions: (view) => modelSuggestions(view.facts),
    },
  ],
  actions: [
    {
      id: 'watch-editor',
      label: 'Watch while I change the models or base URL in Cursor',
      notice:
        'Change the models or the base URL in Cursor Settings > Models; this re-checks as soon as Cursor saves it (up to 10 minutes, Esc cancels).',
      run: watchEditorChange(check),
    },
  ],
  check,
};
