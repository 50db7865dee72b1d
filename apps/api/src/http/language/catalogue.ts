import type { MessageParams } from '@telemed/domain/core';

/** Says a value a message names (a state, an action, a role) in the catalogue's language, or as it is. */
export type Say = (value: string | number | undefined) => string;

export interface ProblemWording {
  title: string;
  /**
   * The detail, from the values the problem names. Without it, the detail lists the field messages,
   * or repeats the title when there are none.
   */
  detail?: (params: MessageParams, say: Say) => string;
}

/** How problem documents read in one language other than English, the language of the code. */
export interface Catalogue {
  /** Each problem, by its stable `code`. */
  problems: Record<string, ProblemWording>;
  /** Field messages, by their English template (`must be at most {max} characters long`). */
  fieldMessages: Record<string, string>;
  /** Words of the domain that messages name as values: states, actions, roles, kinds of record. */
  terms: Record<string, string>;
  /** How this language joins a field to its message, and messages to each other. */
  punctuation: { field: (field: string, message: string) => string; list: string; each: (message: string) => string };
}
