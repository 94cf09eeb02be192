// `npm run bench`: the bench is TypeScript that drives the test helpers, so it runs bundled.
import {runBundled} from '../helpers/run-bundled.mjs';

await runBundled('test/bench/bench.ts');
