import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIo, OutputStream } from './cli-io.js';

/**
 * Colour is decided once: off for --no-color, NO_COLOR, TERM=dumb or a stream
 * that is not a terminal (chalk does not read NO_COLOR itself).
 */
export function useColor(io: CliIo, stream: OutputStream, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

export function makeChalk(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
