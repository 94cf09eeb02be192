// The help is generated from the options table; this reads it back as a person would and holds
// the parser to it: every option a mode's section lists is accepted there, every other refused.
import {describe, expect, test} from 'vitest';
import {HELP_TEXT} from '../../source/cli/help.js';
import {OPTION_TABLE} from '../../source/cli/options.js';
import {parseCommandLine} from '../../source/cli/parse-args.js';

const SECTIONS = {wizard: 'Wizard options', doctor: 'Doctor options', classify: 'Classify options'};
type Mode = keyof typeof SECTIONS;

function listedIn(mode: Mode): string[] {
  const section = HELP_TEXT.split(`${SECTIONS[mode]}\n`)[1]!.split('\n\n')[0]!;
  return [...section.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((match) => match[1]!);
}

const SAMPLE_VALUE: Record<string, string> = {
  report: 'out.md',
  timeout: '5000',
  model: 'openai=gpt-4o',
  status: '401',
  provider: 'openai',
};

function argvFor(mode: Mode, option: string): string[] {
  const value = SAMPLE_VALUE[option];
  return [
    ...(mode === 'wizard' ? [] : [mode]),
    `--${option}`,
    ...(value ? [value] : []),
    ...(mode === 'classify' ? ['some error'] : []),
  ];
}

describe('help and parser agree', () => {
  for (const mode of Object.keys(SECTIONS) as Mode[]) {
    test(`${mode}: every listed option is accepted, every other refused`, () => {
      const listed = listedIn(mode);
      expect(listed.length).toBeGreaterThan(0);
      for (const option of Object.keys(OPTION_TABLE)) {
        if (option === 'help' || option === 'version') continue;
        const command = parseCommandLine(argvFor(mode, option));
        if (listed.includes(option)) expect(command.kind, `--${option}`).toBe(mode);
        else expect(command.kind, `--${option}`).toBe('usage-error');
      }
    });
  }

  test('--share is the wizard’s alone, and --no-color says what it does in each mode', () => {
    expect(listedIn('wizard')).toContain('share');
    expect(listedIn('doctor')).not.toContain('share');
    for (const mode of Object.keys(SECTIONS) as Mode[])
      expect(listedIn(mode)).toContain('no-color');
    expect(HELP_TEXT).toMatch(/--no-color +accepted; this output has no colour anyway/);
  });

  test('no help line is wider than 100 columns', () => {
    expect(HELP_TEXT.split('\n').filter((line) => line.length > 100)).toEqual([]);
  });
});

test('the help names every exit code the command uses, signals included (contract)', () => {
  for (const code of ['0', '1', '2', '3', '130', '143', '129']) {
    expect(HELP_TEXT).toMatch(new RegExp(`\\b${code}\\b[^\\n·]*`));
  }
});
