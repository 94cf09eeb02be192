// `npm run classify:eval`: the corpus evaluation is TypeScript, so it runs bundled.
import {runBundled} from '../helpers/run-bundled.mjs';

await runBundled('test/classify/corpus-eval.ts');
