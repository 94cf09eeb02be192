// Format detection and scrubbing both derive from the key shapes in the registry's specs: every
// shape a spec declares is recognised and masked, and a provider added as a spec alone is too.
import {describe, expect, test} from 'vitest';
import {
  detectKeyFormat,
  keyFormatDetector,
  publicPrefix,
} from '../../source/core/providers/key-format.js';
import {PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import type {KeyShape} from '../../source/core/providers/registry/key-shape.js';
import type {ProviderSpec} from '../../source/core/providers/registry/spec.js';
import {findKeyShapes, redact, textShapesOf} from '../../source/core/secrets.js';

const shapes = PROVIDER_SPECS.flatMap((spec) =>
  spec.keyShapes.map((shape: KeyShape) => ({provider: spec.id, shape})),
);

/** A provider that exists only as a spec: no other file knows it. */
const acme: ProviderSpec = {
  // The network side is not under test here: borrow it.
  ...PROVIDER_SPECS[1],
  id: 'acme',
  name: 'Acme AI',
  keyVariables: ['ACME_API_KEY'],
  credentialVariables: ['ACME_API_KEY'],
  keyPage: 'https://acme.example/keys',
  billingPage: 'https://acme.example/billing',
  keyShapes: [
    {
      kind: 'api-key',
      label: 'Acme key (acme-live-)',
      prefixes: ['acme-live-'],
      start: /acme-live-/,
      full: /acme-live-[0-9A-Z]{30}/,
      minLength: 40,
      maxLength: 40,
      inText: {chars: /[0-9A-Z]/, min: 10},
      sample: `acme-live-${'0A1B2C3D4E'.repeat(3)}`,
    },
  ],
};

describe('key shapes from the registry', () => {
  test.each(shapes.map(({provider, shape}) => [shape.label, provider, shape] as const))(
    '%s: its sample is recognised as exactly this shape',
    (label, provider, shape) => {
      const format = detectKeyFormat(shape.sample);
      expect(format).toMatchObject({provider, label, exact: true});
      expect(shape.sample.length).toBeGreaterThanOrEqual(shape.minLength);
      expect(shape.sample.length).toBeLessThanOrEqual(shape.maxLength);
    },
  );

  test.each(shapes.map(({provider, shape}) => [shape.label, provider, shape.sample] as const))(
    '%s: its sample is masked inside a text, named by its provider',
    (_label, provider, sample) => {
      for (const text of [
        `401: bad key ${sample} sent`,
        `{"error":{"message":"Incorrect API key provided: ${sample}"}}`,
        `Authorization: Bearer ${sample}\n`,
      ]) {
        const out = redact(text);
        expect(out).not.toContain(sample);
        expect(out).toContain(`[${provider} key fp:`);
      }
    },
  );

  test('a shape is recognised whatever the order of the providers (only fallbacks go last)', () => {
    const reversed = keyFormatDetector([...PROVIDER_SPECS].reverse());
    for (const {shape} of shapes)
      expect(reversed(shape.sample)).toEqual(detectKeyFormat(shape.sample));
  });

  test('a key cut short keeps its family but is not exact', () => {
    for (const {provider, shape} of shapes.filter(({shape}) => shape.start)) {
      const cut = shape.sample.slice(0, shape.minLength - 1);
      expect(detectKeyFormat(cut), shape.label).toMatchObject({provider, exact: false});
    }
  });

  test('a Google auth key is masked whatever capital starts it, though only AQ. and IQ. are recognised', () => {
    // Only AQ. keys are seen so far; the vendor has no published format, so any capital is masked.
    for (const start of ['AQ.', 'IQ.', 'BQ.', 'ZQ.']) {
      const key = `${start}${'Ab8_'.repeat(10)}`;
      expect(redact(`x-goog-api-key: ${key}`), start).toMatch(/^x-goog-api-key: \[google key fp:/);
    }
    expect(detectKeyFormat(`BQ.${'Ab8_'.repeat(10)}`).provider).toBeNull();
    expect(redact('see the FAQ.section_on_keys_and_quotas')).toBe(
      'see the FAQ.section_on_keys_and_quotas',
    );
  });

  test('any sk-ant- key is masked as an Anthropic key, whatever kind and version it names', () => {
    // Claude's session keys (sk-ant-sid01-) and kinds or versions not seen yet.
    for (const start of ['sk-ant-sid01-', 'sk-ant-admin02-', 'sk-ant-api04-', 'sk-ant-oat02-']) {
      const out = redact(`cookie: ${start}${'Qx7_'.repeat(20)} end`);
      expect(out, start).toMatch(/^cookie: \[anthropic key fp:[0-9a-f]{8}\] end$/);
    }
  });

  test('a shape with nothing distinctive at its start is recognised only whole', () => {
    const sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
    expect(detectKeyFormat(sha1).provider).toBeNull();
    expect(findKeyShapes(`commit ${sha1}`)).toEqual([]);
    expect(detectKeyFormat(sha1.slice(0, 32)).provider).toBe('azure');
  });

  test('the public prefix is the longest prefix a spec declares, never more', () => {
    expect(publicPrefix('sk-ant-api03-abc')).toBe('sk-ant-api03-');
    expect(publicPrefix('sk-ant-api04-abc')).toBe('sk-ant-');
    expect(publicPrefix('ASIAQ3EGRAMPLE7X2Z4Y')).toBe('ASIA');
    expect(publicPrefix('crsr_abcdef')).toBe('crsr_');
    expect(publicPrefix('sk-')).toBe('');
    expect(publicPrefix('0123456789abcdef0123456789abcdef')).toBe('');
  });

  test('a provider added as a spec alone is recognised and masked', () => {
    const specs = [...PROVIDER_SPECS, acme];
    const [shape] = acme.keyShapes;
    expect(keyFormatDetector(specs)(shape!.sample)).toMatchObject({
      provider: 'acme',
      label: 'Acme key (acme-live-)',
      exact: true,
    });
    expect(detectKeyFormat(shape!.sample).provider).toBeNull();
    const text = `rejected ${shape!.sample}`;
    expect(redact(text)).toBe(text);
    expect(redact(text, textShapesOf(specs))).toMatch(/^rejected \[acme key fp:[0-9a-f]{8}\]$/);
  });
});
