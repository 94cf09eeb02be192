// The classifier as everything else uses it: `classify`, doctor and the wizard's error-first start.
import type {Classification, ClassifyInput} from './classification.js';
import {createClassifier} from './classify-core.js';
import {REAL_DELEGATES} from './delegates.js';
import {gatedClassifier} from '../gate/classification.js';

export type {Classification, ClassifyInput} from './classification.js';
export {formatClassification} from './format.js';

/** Names the layer, step and first action for any error text. Never throws. */
export const classifyError: (input: ClassifyInput) => Classification = gatedClassifier(
  createClassifier(REAL_DELEGATES),
);
