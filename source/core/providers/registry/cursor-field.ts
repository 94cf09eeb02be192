// Where a provider's key goes in Cursor Settings > Models, and where Cursor's state database
// keeps it (cursor-cli reference, sections 7 and 8). Key names vary between Cursor builds, so each
// lists every name it has been seen under, newest first.

/** Where the state database keeps a field. */
export type FieldStorage =
  /**
   * Rows of their own, as plain text (older builds) or `secret://` (Electron safeStorage); the
   * on/off toggle and the base URL sit in the reactive blob.
   */
  | {
      in: 'rows';
      plain: readonly string[];
      encrypted: readonly string[];
      toggles: readonly string[];
      baseUrl: string | null;
    }
  /**
   * One object of the reactive blob, its values plain. `pairedWith` names the other half of a key
   * pair: the field is set when either is there, and neither half is a key on its own.
   */
  | {
      in: 'blob';
      state: string;
      toggle: string;
      baseUrl: string | null;
      key: string;
      pairedWith?: string;
    };

export interface CursorField {
  /** Its name in Cursor Settings > Models. */
  name: string;
  /** What Cursor calls the field's base-URL override. */
  baseUrlLabel: string;
  stored: FieldStorage;
}

/** Another provider's field that takes this provider's key once its base URL points here. */
export interface FieldRide<Id extends string = string> {
  field: Id;
  /** The base URL to set there. */
  baseUrl: string;
  /** What a key in that field is tested against when its base URL is `url`; null: not here. */
  reaches(url: string | null | undefined): string | null;
}
