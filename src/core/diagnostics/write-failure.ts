/**
 * A file atvsld meant to write was not written: the file system's error
 * (`code`: ENOSPC, EIO, EACCES…) with the path of the file the user knows
 * (the report, not its temporary file), so the CLI can name both. Node's
 * errors from writes to an open file carry no path at all. A plain value,
 * kept in core beside UserError so the CLI recognises it without reaching into io.
 */
export class WriteFailure extends Error {
  readonly code: string;

  constructor(
    readonly path: string,
    code: string | undefined,
    cause: unknown,
  ) {
    super(`${code ?? 'EIO'}: could not write ${path}`, { cause });
    this.name = 'WriteFailure';
    this.code = code ?? 'EIO';
  }

  /** `error` as a WriteFailure for `path`; one already naming a path is kept as it is. */
  static of(error: unknown, path: string): Error {
    if (error instanceof WriteFailure) return error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    // Not a file-system failure (a bug while building the bytes): passed on unchanged.
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error instanceof Error ? error : new Error(String(error));
    return new WriteFailure(path, code, error);
  }
}
