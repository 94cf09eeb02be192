// The editor's BYOK fields are read from the registry's specs: every field a spec declares is
// found where the spec says Cursor keeps it, and nowhere else.
import {describe, expect, test} from 'vitest';
import {
  ALL_ITEM_KEYS,
  EDITOR_PROVIDERS,
  FIELD_NAMES,
  ITEM,
} from '../../source/core/editor/items.js';
import {editorFieldOf, RIDERS} from '../../source/core/editor/riders.js';
import {editorStateFrom} from '../../source/core/editor/state.js';
import {PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import type {ProviderSpec} from '../../source/core/providers/registry/spec.js';

const specs = PROVIDER_SPECS as readonly ProviderSpec[];
const withField = specs.filter((spec) => spec.cursorField);

const read = (items: [string, string][]) =>
  editorStateFrom({kind: 'read', items: new Map(items), stale: false, walFrames: 0, modifiedMs: 0});

describe('Cursor fields from the registry', () => {
  test('the fields are the specs that declare one, in the registry’s (the contract’s) order', () => {
    expect([...EDITOR_PROVIDERS]).toEqual(['openai', 'anthropic', 'google', 'azure', 'bedrock']);
    expect(EDITOR_PROVIDERS).toEqual(withField.map((spec) => spec.id));
    for (const spec of withField)
      expect(FIELD_NAMES[spec.id as never]).toBe(spec.cursorField!.name);
  });

  test.each(withField.map((spec) => [spec.id, spec] as const))(
    '%s: a key where the spec says Cursor keeps it sets that field and no other',
    (id, spec) => {
      const stored = spec.cursorField!.stored;
      const key = spec.keyShapes[0]!.sample;
      const state =
        stored.in === 'rows'
          ? read([[stored.plain.at(-1)!, key]])
          : read([[ITEM.reactive, JSON.stringify({[stored.state]: {[stored.key]: key}})]]);
      const set = EDITOR_PROVIDERS.filter((provider) => state.byok[provider].field === 'set');
      expect(set).toEqual([id]);
      expect(state.byok[id as never]).toMatchObject({field: 'set', storage: 'plain'});
      // Half of a key pair is never described as a key.
      const described = stored.in === 'rows' || !stored.pairedWith;
      expect(state.plainKeys.map((plain) => [plain.field, plain.provider])).toEqual(
        described ? [[id, id]] : [],
      );
      if (stored.in === 'rows') {
        for (const name of [...stored.plain, ...stored.encrypted])
          expect(ALL_ITEM_KEYS).toContain(name);
      }
    },
  );

  test('a field’s toggle and base URL are read under the names its spec gives', () => {
    for (const spec of withField) {
      const stored = spec.cursorField!.stored;
      const blob =
        stored.in === 'rows'
          ? {
              [stored.toggles.at(-1)!]: false,
              ...(stored.baseUrl ? {[stored.baseUrl]: 'https://proxy.example/v1'} : {}),
            }
          : {
              [stored.state]: {
                [stored.key]: 'value',
                [stored.toggle]: false,
                ...(stored.baseUrl ? {[stored.baseUrl]: 'https://proxy.example/v1'} : {}),
              },
            };
      const state = read([[ITEM.reactive, JSON.stringify(blob)]]);
      expect(state.byok[spec.id as never], spec.id).toMatchObject({
        enabled: false,
        baseUrl: stored.baseUrl ? 'https://proxy.example/v1' : null,
      });
    }
  });

  test('a key with no field of its own goes where its spec says it rides', () => {
    for (const spec of specs) {
      const expected = spec.cursorField ? spec.id : (spec.ridesField?.field ?? null);
      expect(editorFieldOf(spec.id), spec.id).toBe(expected);
      if (spec.ridesField) {
        expect(RIDERS[spec.id]?.field).toBe(spec.ridesField.field);
        expect(
          spec.ridesField.reaches(spec.ridesField.baseUrl.replace('<region>', 'eu-west-1')),
        ).not.toBeNull();
        expect(spec.ridesField.reaches('https://api.example.invalid/v1')).toBeNull();
      }
    }
  });
});
