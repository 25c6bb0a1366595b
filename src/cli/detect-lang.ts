import type { Lang } from '../core/diagnostics/format.js';

/**
 * The language of everything printed, help included, decided before the
 * program is built (commander words the help when commands are declared):
 * `--lang` on the command line, else the locale (LC_ALL, LC_MESSAGES, LANG,
 * as POSIX orders them) when it is English, else Vietnamese.
 */
export function detectLang(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return args[i + 1] === 'en' ? 'en' : 'vi';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length) === 'en' ? 'en' : 'vi';
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'vi';
}
