/**
 * Append text to a file another program also writes, such as GitHub's job
 * summary ($GITHUB_STEP_SUMMARY): appending is that file's protocol, so it is
 * not replaced atomically like atvsld's own outputs.
 */
import { appendFile } from 'node:fs/promises';

export async function appendText(path: string, text: string): Promise<void> {
  await appendFile(path, text, 'utf8');
}
