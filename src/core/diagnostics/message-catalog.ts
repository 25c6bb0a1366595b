/**
 * Every sentence atvsld says lives in a catalog, and one formatter
 * (format.ts) words it in Vietnamese or English — the design of publint:
 * problems are typed data (`code`, `args`, location), never prose.
 *
 * How to add a message (the pattern every catalog follows):
 *
 *   export const MY_MESSAGES = {
 *     MY_CODE: {
 *       severity: 'warning',
 *       vi: 'Ô {cell} có {count:n} dòng trống.',             // `{name}` filled from args
 *       en: 'Cell {cell} has {count:# empty row|# empty rows}.', // English plural: `{name:one|other}`, `#` = the number
 *       fixVi: '…', fixEn: '…',                              // optional advice (docs/diagnostics.md)
 *     },
 *   } as const satisfies MessageCatalog;                     // `as const` keeps the literal texts
 *
 * and spread it into CATALOG (catalog.ts). The code then belongs to
 * `DiagnosticCode`, and its arguments are the placeholders of its four texts:
 * `makeDiagnostic('MY_CODE', { cell: 'B4', count: 2 }, …)` compiles, an
 * unknown code or a missing `count` does not. Texts a command prints that are
 * not diagnostics (summaries, headings, help) go to ui-messages.ts, worded
 * with `formatText(lang, key, args)`; errors that stop a command go to
 * user-error-messages.ts and are thrown as `new UserError(code, args)`.
 *
 * Placeholders: `{name}` the value as is; `{name:n}` a number with grouped
 * thousands (1.074.790 in Vietnamese, 1,074,790 in English);
 * `{name:one|other}` the English singular or plural by the number (`#` in it
 * stands for the number). Vietnamese nouns do not inflect: write `{days} ngày`.
 */
import type { Severity } from './diagnostic.js';

export interface MessageEntry {
  readonly severity: Severity;
  readonly vi: string;
  readonly en: string;
  /** What the user should do, in Vietnamese and English (docs/diagnostics.md). */
  readonly fixVi?: string;
  readonly fixEn?: string;
}

export type MessageCatalog = Readonly<Record<string, MessageEntry>>;

/** A placeholder name is a word; `{ value, source }` in a sentence is text, not a placeholder. */
type IsWord<S extends string> = S extends '' ? false : S extends `${string}${' ' | ',' | '"' | "'" | '.' | '\n'}${string}` ? false : true;

type PlaceholderName<Inner extends string> = Inner extends `${string}{${infer After}`
  ? PlaceholderName<After>
  : Inner extends `${infer Name}:${string}`
    ? IsWord<Name> extends true ? Name : never
    : IsWord<Inner> extends true ? Inner : never;

/** The names of the `{name}`, `{name:n}` and `{name:one|other}` placeholders of a literal template. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? PlaceholderName<Inner> | PlaceholderNames<Rest>
  : never;

/** Every text of an entry (wording and advice, both languages). */
export type EntryTexts<E> =
  | (E extends { readonly vi: infer T extends string } ? T : never)
  | (E extends { readonly en: infer T extends string } ? T : never)
  | (E extends { readonly fixVi: infer T extends string } ? T : never)
  | (E extends { readonly fixEn: infer T extends string } ? T : never);

/**
 * The arguments an entry needs: one per placeholder of any of its texts.
 * More may be given (a `reason` id brings its own placeholders, JSON readers
 * may want extra fields); fewer is a compile error.
 */
export type EntryArgs<E> = { readonly [K in PlaceholderNames<EntryTexts<E>>]: string | number } & Readonly<Record<string, string | number>>;
