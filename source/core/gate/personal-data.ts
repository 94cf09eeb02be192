// Personal data in outside text (an account's email, a person's name, a user id) is masked
// before anything is shown, printed or written: `a…@example.com`, and no names or ids at all.
import {maskEmail} from '../cursor/text.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** JSON (or key: value) fields that name a person or identify a user. */
const PERSONAL_FIELD =
  /(["']?\b(?:first_?name|last_?name|full_?name|display_?name|given_?name|family_?name|user_?first_?name|user_?last_?name|user_?name|user_?id|sub)\b["']?\s*[:=]\s*)(?:"[^"]*"|'[^']*'|[^\s,;}\]|]+)/gi;
const USER_ID_WORDS = /\b(user id|userId|user_id)(\s+)\d+/gi;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, (email) => maskEmail(email))
    .replace(PERSONAL_FIELD, '$1"…"')
    .replace(USER_ID_WORDS, '$1$2…');
}
