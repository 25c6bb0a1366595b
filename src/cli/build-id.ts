/**
 * Names the compiled code, so that a cache entry written by one build is
 * never read by another. `npm run build` replaces this file's output in
 * dist/ with a hash of the compiled files (scripts/stamp-build-id.js).
 * Undefined here, when running from the sources: they may change at any
 * time without a build, so nothing is cached.
 */
export const BUILD_ID: string | undefined = undefined;
