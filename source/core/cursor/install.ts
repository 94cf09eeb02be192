// How to install the Cursor CLI on each OS (reference §1).
import type {Fix} from '../step-model.js';

export function installFix(platform: string): Fix {
  if (platform === 'win32') {
    return {
      summary:
        'Install the Cursor CLI in PowerShell, open a new terminal, then re-check (`agent --version` should print a version)',
      command: "irm 'https://cursor.com/install?win32=true' | iex",
      url: 'https://cursor.com/docs/cli/installation',
    };
  }
  return {
    summary:
      'Install the Cursor CLI, make sure ~/.local/bin is on PATH, then re-check (Homebrew: `brew install --cask cursor-cli` installs it as `cursor-agent`)',
    command: 'curl https://cursor.com/install -fsS | bash',
    url: 'https://cursor.com/docs/cli/installation',
  };
}
