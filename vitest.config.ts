import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // ATVSLD_CACHE_DIR → a temporary folder: tests neither read nor fill the user's cache.
    globalSetup: ['test/cache-dir-setup.ts'],
    // End-to-end tests spawn the built CLI and LibreOffice; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
