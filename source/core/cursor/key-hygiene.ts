// The paste damage that silently breaks a Cursor user key. Deliberately small: full paste
// forensics lives with the provider-key steps. Never judges a key by its prefix (reference §6).
export interface KeyDamage {
  problems: string[];
  /** The key with the damage removed, for a second opinion; null when nothing was wrong. */
  cleaned: string | null;
}

export function inspectKey(raw: string): KeyDamage {
  const problems: string[] = [];
  let key = raw;
  if (/[\r\n]/.test(key)) problems.push('it contains a line break (CR or LF)');
  if (/^\s/.test(key)) problems.push('it starts with whitespace');
  if (/\s$/.test(key)) problems.push('it ends with whitespace');
  key = key.trim();
  if (/^(['"`]).*\1$/s.test(key)) {
    problems.push('it is wrapped in quotes');
    key = key.slice(1, -1).trim();
  }
  if (/^bearer\s+/i.test(key)) {
    problems.push('it starts with "Bearer " (that belongs in a header, not in the key)');
    key = key.replace(/^bearer\s+/i, '');
  }
  if (/\s/.test(key)) problems.push('it contains whitespace inside');
  key = key.replace(/\s+/g, '');
  return {problems, cleaned: problems.length > 0 && key.length > 0 ? key : null};
}
