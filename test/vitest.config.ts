import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/helpers/setup.ts'],
    // A safety net for a hung child or server, not a synchronisation tool.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: {
      // Ink 6 renders only the last frame when it believes it runs in CI; tests read every frame.
      CI: 'false',
      FORCE_HYPERLINK: '0',
      NO_COLOR: '1',
      TZ: 'UTC',
      // Never the Cursor editor of the machine running the tests.
      CURSORKEY_CURSOR_USER_DIR: '/nonexistent/cursorkey-tests/User',
    },
  },
});
