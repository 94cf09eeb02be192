// `npm run classify:eval`: scores the router on the corpus. `--json` prints the numbers as one
// document; `--no-misses` leaves out the tuning texts. The holdout is only ever numbers.
import {classifyError} from '../../source/core/classify/index.js';
import {loadCorpus} from './corpus-loader.js';
import {formatScore, scoreCorpus} from './corpus-score.js';

const args = new Set(process.argv.slice(2));
const {lines, problems} = loadCorpus();
const score = scoreCorpus(lines, classifyError);
if (args.has('--json')) {
  process.stdout.write(
    JSON.stringify(
      {problems: problems.length, tuning: score.tuning, holdout: score.holdout},
      null,
      2,
    ) + '\n',
  );
} else {
  for (const p of problems) process.stderr.write(`corpus: ${p.file}:${p.line}: ${p.problem}\n`);
  process.stdout.write(formatScore(score, {misses: !args.has('--no-misses')}));
}
