// The contract's layers. A leaf module: the provider registry's own code reads them, and the
// registry must not import the vocabulary that is built from it.
/** Layers in fix order: when a symptom fits several, the first one here wins. */
export const LAYERS = [
  'cursor-cli',
  'cursor-account',
  'cursor-plan',
  'cursor-user-key',
  'provider-key',
  'provider-permission',
  'model',
  'request',
  'base-url',
  'rate-limit',
  'quota',
  'provider-outage',
  'cursor-service',
  'feature',
  'network',
  'unknown',
] as const;
export type Layer = (typeof LAYERS)[number];

export function isLayer(value: string): value is Layer {
  return (LAYERS as readonly string[]).includes(value);
}
