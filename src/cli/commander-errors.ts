/**
 * commander words its usage errors in English ("error: unknown option
 * '--yaer'"); these are worded again from UI_MESSAGES in the user's
 * language. A message not recognised is left as commander wrote it.
 */
import { formatText, type Lang } from '../core/diagnostics/format.js';

const PATTERNS: readonly [RegExp, (m: RegExpExecArray, lang: Lang) => string][] = [
  [/^error: unknown command '(.*)'$/, (m, lang) => formatText(lang, 'commander.unknownCommand', { name: m[1]! })],
  [/^error: unknown option '(.*)'$/, (m, lang) => formatText(lang, 'commander.unknownOption', { name: m[1]! })],
  [/^error: missing required argument '(.*)'$/, (m, lang) => formatText(lang, 'commander.missingArgument', { name: m[1]! })],
  [/^error: option '(.*)' argument missing$/, (m, lang) => formatText(lang, 'commander.optionArgumentMissing', { name: m[1]! })],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (m, lang) => formatText(lang, 'commander.invalidChoice', { name: m[1]!, value: m[2]!, choices: m[3]! }),
  ],
  [/^error: too many arguments.*Expected (\d+) argument.* but got (\d+)\.$/, (m, lang) => formatText(lang, 'commander.tooManyArguments', { expected: Number(m[1]), got: Number(m[2]) })],
  [/^error: too many arguments$/, (_m, lang) => formatText(lang, 'commander.tooManyArguments', { expected: 0, got: 1 })],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/, (m, lang) => formatText(lang, 'commander.didYouMean', { suggestion: m[1]! })],
];

export function translateCommanderError(text: string, lang: Lang): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, word] of PATTERNS) {
        const match = pattern.exec(line);
        if (match) return word(match, lang);
      }
      return line;
    })
    .join('\n');
}
