/**
 * A full garbage collection, asked of V8 between the stages of one large
 * piece of work. V8 lets the old generation grow to about four times what it
 * held at its last full collection before it collects again; a stage that
 * leaves 100 MB of garbage behind (the yaml parser's syntax tree of a plan
 * with 140,000 entries) then lifts the peak by hundreds of megabytes. The
 * process is not started with --expose-gc, so the flag is set now and `gc` is
 * taken from a fresh context, where V8 installs it (as jest's leak detector
 * does). Where that is refused, nothing happens: memory is then only higher.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined | null = null;

export function collectGarbage(): void {
  if (gc === null) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('gc');
      gc = typeof found === 'function' ? (found as () => void) : undefined;
    } catch {
      gc = undefined;
    }
  }
  gc?.();
}
