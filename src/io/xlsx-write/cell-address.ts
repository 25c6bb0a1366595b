/** A1-style addresses, column letters remembered: the national matrix has 4,000 columns, written row after row. */
const letters: string[] = [''];

export function columnLetters(column: number): string {
  while (letters.length <= column) {
    let text = '';
    for (let n = letters.length; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    letters.push(text);
  }
  return letters[column]!;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
