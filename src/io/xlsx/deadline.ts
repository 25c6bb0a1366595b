import { fail } from './read-failure.js';

/** The read's wall-clock budget; `check` is cheap enough to call every few hundred cells. */
export class Deadline {
  private readonly endsAt: number;

  constructor(
    private readonly budgetMs: number,
    private readonly file: string,
    now: number = Date.now(),
  ) {
    this.endsAt = now + budgetMs;
  }

  check(): void {
    if (Date.now() > this.endsAt) fail('WORKBOOK_TIMEOUT', this.file, { limit: this.budgetMs });
  }
}
