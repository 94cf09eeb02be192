// The record of one run of the steps, whoever ran them (doctor, or the wizard for its report).
// The document, the checklist and the report all read this one model.
import type {Facts, Fix, StepDefinition} from '../step-model.js';
import type {Layer, Status} from '../vocabulary.js';

export interface StepOutcome {
  step: StepDefinition;
  status: Status;
  summary: string;
  evidence: string[];
  layer: Layer | null;
  fix: Fix | null;
  facts: Partial<Facts>;
  startedAt: string;
  finishedAt: string;
}

export interface RunRecord {
  outcomes: StepOutcome[];
  facts: Facts;
  startedAt: string;
  finishedAt: string;
  cancelled: boolean;
}
