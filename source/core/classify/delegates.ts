// The classifier's only link to the modules that own the error tables: Cursor payloads and CLI
// texts, provider HTTP bodies, and Node network failures. Kept apart so the router stays testable
// with stand-ins.
import {diagnoseCursorError} from '../cursor/cursor-errors.js';
import {diagnoseNetworkFailure} from '../network-diagnosis.js';
import {diagnoseProviderResponse} from '../providers/diagnose-response.js';
import type {ClassifyDelegates} from './classification.js';

export const REAL_DELEGATES: ClassifyDelegates = {
  cursor: diagnoseCursorError,
  provider: diagnoseProviderResponse,
  network: diagnoseNetworkFailure,
};
