export {classifyError} from '../../source/core/classify/index.js';
export {UNKNOWN_ACTION as UNKNOWN_ACTION_FOR_TESTS} from '../../source/core/classify/classification.js';
