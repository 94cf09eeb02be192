declare const __CURSORKEY_VERSION__: string | undefined;

/** Set by the bundler from package.json; unbundled runs (tests) say so. */
export const VERSION: string =
  typeof __CURSORKEY_VERSION__ === 'string' ? __CURSORKEY_VERSION__ : '0.0.0-dev';
