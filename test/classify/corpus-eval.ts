// `npm run classify:eval`: scores the router on the corpus. `--json` prints the numbers as one
// document; `--no-misses` leaves out the studied texts. The holdouts are only ever numbers, and the
// untouched holdout is scored only with `--untouched`, so tuning never sees it by accident.
// `--tuning` prints the studied splits (tuning and dev) alone: whoever tunes the rules should not
// steer by holdout numbers either. With `--untouched`, that set is also scored without its near
// repeats (corpus/near-repeats.txt).
import {classifyError} from '../../source/core/classify/index.js';
import {loadCorpus, loadNearRepeats, STUDIED_SPLITS, type Split} from './corpus-loader.js';
import {formatScore, percent, scoreCorpus, scoreSplit} from './corpus-score.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
const {lines, problems} = loadCorpus();
const only = argv.includes('--id') ? argv[argv.indexOf('--id') + 1] : undefined;
const tuningOnly = args.has('--tuning');
const splits: readonly Split[] = tuningOnly
  ? STUDIED_SPLITS
  : args.has('--untouched')
    ? [...STUDIED_SPLITS, 'holdout', 'untouched']
    : [...STUDIED_SPLITS, 'holdout'];
const score = scoreCorpus(lines, classifyError);
const probe = argv.includes('--text') ? argv[argv.indexOf('--text') + 1] : undefined;
if (probe !== undefined) {
  process.stdout.write(JSON.stringify(classifyError({text: probe}), null, 2) + '\n');
} else if (only !== undefined) {
  // One studied line's full answer, for tuning; holdout lines are never shown.
  const line = lines.find((l) => STUDIED_SPLITS.includes(l.split) && l.entry.id === only);
  const {text, status, provider} = line?.entry ?? {text: '', status: null, provider: null};
  process.stdout.write(
    line
      ? JSON.stringify(
          {labels: line.entry.labels, ...classifyError({text, status, provider})},
          null,
          2,
        ) + '\n'
      : `no tuning or dev line ${only}\n`,
  );
} else if (args.has('--json')) {
  process.stdout.write(
    JSON.stringify(
      {
        problems: problems.length,
        ...Object.fromEntries(splits.map((split) => [split, score[split]])),
      },
      null,
      2,
    ) + '\n',
  );
} else {
  for (const p of problems) {
    if (tuningOnly && !STUDIED_SPLITS.some((split) => p.file.startsWith(`${split}/`))) continue;
    process.stderr.write(`corpus: ${p.file}:${p.line}: ${p.problem}\n`);
  }
  process.stdout.write(formatScore(score, {misses: !args.has('--no-misses'), splits}));
  if (splits.includes('untouched')) {
    // The same set once more, without the lines that repeat a message another line holds.
    const repeats = loadNearRepeats();
    const distinct = scoreSplit(
      lines.filter((line) => !repeats.has(line.entry.id)),
      'untouched',
      classifyError,
    );
    process.stdout.write(
      `== untouched without near repeats: ${percent(distinct)} (${distinct.right}/${distinct.total})\n`,
    );
  }
}
