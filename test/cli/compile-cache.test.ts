import {describe, expect, test} from 'vitest';
import {compileCacheDir, enableCompileCache} from '../../source/cli/compile-cache.js';

describe('compile cache', () => {
  test('lives in the cache folder each platform names', () => {
    expect(compileCacheDir({}, 'linux', '/home/ada')).toBe(
      '/home/ada/.cache/cursorkey-wizard/compile-cache',
    );
    expect(compileCacheDir({XDG_CACHE_HOME: '/var/cache/ada'}, 'linux', '/home/ada')).toBe(
      '/var/cache/ada/cursorkey-wizard/compile-cache',
    );
    // The XDG spec says a relative value is invalid and must be ignored.
    expect(compileCacheDir({XDG_CACHE_HOME: 'cache'}, 'linux', '/home/ada')).toBe(
      '/home/ada/.cache/cursorkey-wizard/compile-cache',
    );
    expect(compileCacheDir({}, 'darwin', '/Users/ada')).toBe(
      '/Users/ada/Library/Caches/cursorkey-wizard/compile-cache',
    );
  });

  test('is turned on where Node has it, and skipped cleanly where it does not', () => {
    const asked: string[] = [];
    expect(enableCompileCache('/c', {enableCompileCache: (dir) => asked.push(dir)})).toBe(true);
    expect(asked).toEqual(['/c']);
    expect(enableCompileCache('/c', {})).toBe(false);
    const failing = () => {
      throw new Error('EACCES');
    };
    expect(enableCompileCache('/c', {enableCompileCache: failing})).toBe(false);
  });
});
