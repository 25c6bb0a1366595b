#!/usr/bin/env node
// Thin launcher: the real entry point is the bundled CLI (npm run build:
// dist/bundle/main.js, from the compiled dist/cli/main.js).
// `--version` alone is answered before the CLI loads: it must cost no more
// than starting Node (docs/performance.md).
// Without a build (a clone before `npm run build`, an install that skipped
// `prepare`) it says so and exits 3: exit 1 would read as "the forms have errors".
const args = process.argv.slice(2);
try {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    const { VERSION } = await import('../dist/cli/version.js');
    process.stdout.write(`${VERSION}\n`);
  } else {
    const { main } = await import('../dist/bundle/main.js');
    await main();
  }
} catch (error) {
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && /[\\/]dist[\\/](cli[\\/]version|bundle[\\/]main)\.js/.test(String(error.message));
  process.stderr.write(
    missing
      ? 'Lỗi: atvsld chưa được build (thiếu dist/). Chạy "npm run build" trong thư mục của atvsld, hoặc cài lại bằng npm install.\n' +
          '(Error: atvsld is not built (dist/ is missing). Run "npm run build" in the atvsld folder, or reinstall with npm install.)\n'
      : // Anything else escaping main() is atvsld's own failure (a broken install): 3, not Node's 1.
        `Lỗi nội bộ của atvsld (internal error): ${error?.stack ?? String(error)}\n`,
  );
  process.exitCode = 3;
}
