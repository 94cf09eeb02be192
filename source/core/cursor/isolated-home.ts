// A throw-away home for a CLI run that uses a key. A successful key exchange makes the CLI save
// tokens over the person's browser login (reference §4), so such runs must never see the real
// credential store: every place the CLI looks points inside a temporary directory.
import type {Runner} from '../runner.js';

export interface IsolatedHome {
  path: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function makeIsolatedHome(runner: Runner): Promise<IsolatedHome> {
  const dir = await runner.makeTempDir('cursorkey-home');
  const sep = dir.path.includes('\\') ? '\\' : '/';
  const at = (...parts: string[]) => [dir.path, ...parts].join(sep);
  return {
    path: dir.path,
    env: {
      HOME: dir.path,
      USERPROFILE: dir.path,
      APPDATA: at('AppData', 'Roaming'),
      LOCALAPPDATA: at('AppData', 'Local'),
      XDG_CONFIG_HOME: at('.config'),
      CURSOR_CONFIG_DIR: at('.cursor'),
      CURSOR_DATA_DIR: at('.cursor'),
      // Newer builds keep credentials in memory only; older macOS builds still use the keychain,
      // which a different HOME does not isolate.
      AGENT_CLI_CREDENTIAL_STORE: 'memory',
    },
    dispose: () => dir.dispose(),
  };
}
