import type { MessageCatalog } from './message-catalog.js';

/** Diagnostics about the plan file (YAML syntax, schema, cross-references). */
export const PLAN_MESSAGES: MessageCatalog = {};
