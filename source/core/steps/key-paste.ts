import type {StepDefinition} from '../step-model.js';
import {placeholderCheck} from './placeholder.js';

export const keyPasteStep: StepDefinition = {
  n: 6,
  id: 'key-paste',
  title: 'Paste the provider key cleanly',
  why: 'A trailing newline, a space, quotes or a `Bearer ` prefix turn a good key into a rejected one, and none of them is visible in a masked field.',
  instruction: 'Copy the key again from the provider console and paste it with nothing around it.',
  passCondition: 'the key is clean and verifies',
  kind: 'automatic',
  check: placeholderCheck('paste damage in the provider key'),
};
