// Ink decides once, when it loads, whether it runs in CI (the is-in-ci package reads `CI` and
// `CONTINUOUS_INTEGRATION`), and in CI it draws nothing until the end. A person whose shell
// exports CI=true (some dev containers do) would see a hung wizard. With a terminal on stdin and
// stdout this is no CI run: hide those variables while Ink loads, then put them back, so the
// checks and their children still see the environment exactly as the person has it.

const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

/** Hides the CI variables from `env`; the returned function restores them as they were. */
export function hideCiWhileInkLoads(env: NodeJS.ProcessEnv = process.env): () => void {
  const saved = CI_VARIABLES.filter((name) => name in env).map(
    (name) => [name, env[name]] as const,
  );
  for (const [name] of saved) delete env[name];
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const [name, value] of saved) env[name] = value;
  };
}
