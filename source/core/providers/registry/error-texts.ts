// A provider's known error texts, as data: the wordings its API and SDKs send without a parseable
// body (a chat banner, a log line, an SDK exception), and what each one means. The classifier
// turns them into its text rules; the advice every provider shares is worded there.
import type {Layer} from '../../layers.js';

/** Advice every provider shares, worded by the classifier with the provider's name and pages. */
export type CommonAdvice = 'replace-key' | 'add-credit' | 'wait' | 'provider-failing';

export interface ErrorText {
  /** The wording, as it stands in a pasted text. */
  pattern: RegExp;
  /** Every layer the text could mean; the classifier orders them by the fix order. */
  layers: readonly Layer[];
  /** What to do: own words, or common advice with own words before or after it. */
  action: string | {advice: CommonAdvice; before?: string; after?: string};
  /** The error code the text stands for, when it has one. */
  code?: string;
  /**
   * Other providers send this wording too, so it does not name this one: the provider stays the
   * one the rest of the text names.
   */
  shared?: boolean;
}

export interface ErrorTexts<Id extends string = string> {
  /**
   * Read before that provider's texts: a text may carry wordings of both, and this provider's
   * are the narrower ones. Otherwise the texts are read in registry order.
   */
  readBefore?: Id;
  /** In the order they are tried: the first that matches wins. */
  texts: readonly ErrorText[];
  /**
   * Masked key echoes whose shape says something (a star per hidden character gives the key's
   * length): each is replaced by its mark before keys are masked, since masking loses the shape.
   */
  keyEchoes?: readonly {pattern: RegExp; mark: string}[];
}
