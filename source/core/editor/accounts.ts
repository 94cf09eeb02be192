// Comparing accounts: on the whole address, case-insensitively, never on the masked form. When
// two different addresses mask alike, each is shown with just enough of its name to tell apart.
import {maskEmail, sameEmail} from '../cursor/text.js';

export {sameEmail};

function localPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? email : email.slice(0, at);
}

function maskWith(email: string, shown: number, withLength: boolean): string {
  const local = localPart(email);
  const domain = email.slice(local.length);
  const count = [...local].length;
  const suffix = withLength ? ` (${count} char${count === 1 ? '' : 's'} before @)` : '';
  return `${[...local].slice(0, shown).join('')}…${domain}${suffix}`;
}

/** Masks for two addresses that differ, distinct from each other, still hiding most of the name. */
export function maskApart(a: string, b: string): [string, string] {
  const [maskA, maskB] = [maskEmail(a), maskEmail(b)];
  if (maskA !== maskB || sameEmail(a, b)) return [maskA, maskB];
  const [localA, localB] = [[...localPart(a)], [...localPart(b)]];
  const limit = Math.min(localA.length, localB.length) - 1;
  for (let shown = 2; shown <= limit; shown++) {
    const [x, y] = [maskWith(a, shown, false), maskWith(b, shown, false)];
    if (x.toLowerCase() !== y.toLowerCase()) return [x, y];
  }
  // Equal names but for their last character (bob1, bob2): that character tells them apart.
  if (localA.length === localB.length) {
    const tail = (local: string[], email: string) =>
      `${local[0]}…${local[local.length - 1]}${email.slice(localPart(email).length)}`;
    return [tail(localA, a), tail(localB, b)];
  }
  // One name starts the other (ann, anna): their lengths tell them apart.
  const shown = Math.max(1, limit);
  return [maskWith(a, shown, true), maskWith(b, shown, true)];
}
