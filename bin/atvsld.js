#!/usr/bin/env node
// Thin launcher: the real entry point is the bundled CLI (npm run build:
// dist/bundle/main.js, from the compiled dist/cli/main.js).
// `--version` alone is answered before the CLI loads: it must cost no more
// than starting Node (docs/performance.md).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('../dist/bundle/main.js');
  await main();
}
