import { fileURLToPath } from 'node:url';

/**
 * Folders shipped with the package. This file sits two levels below the
 * package root both as source (src/io/) and when built (dist/io/).
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
export const DEFAULT_PLAN_FILE = fileURLToPath(
  new URL('../../templates/plans/ke-hoach-ct31-bac-giang.yaml', import.meta.url),
);
/** The commented example history file `init` puts in a new workspace (docs/history.md). */
export const HISTORY_EXAMPLE_FILE = fileURLToPath(new URL('../../templates/history/indicators.yaml', import.meta.url));
