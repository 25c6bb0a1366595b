/**
 * JSON output that cannot act on a terminal when someone prints it with
 * `cat`: JSON.stringify escapes C0 controls but writes C1 controls, DEL, the
 * line and paragraph separators and the bidirectional overrides and isolates
 * as they are. Those are written as `\uXXXX` escapes instead: the same
 * string to any JSON reader (the data is kept), only inert bytes on screen.
 * Outside strings JSON is plain ASCII, so the whole text can be scanned.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
