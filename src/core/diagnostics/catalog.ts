/** Every diagnostic code atvsld can emit, merged from the per-area catalogs. */
import type { MessageCatalog } from './message-catalog.js';
import { PLAN_MESSAGES } from './plan-messages.js';
import { TEMPLATE_MESSAGES } from './template-messages.js';
import { CONSOLIDATION_MESSAGES } from './consolidation-messages.js';
import { WORKBOOK_MESSAGES } from './workbook-messages.js';
import { SUBMISSION_MESSAGES } from './submission-messages.js';
import { FILE_SYSTEM_MESSAGES } from './file-system-messages.js';

export const CATALOG: MessageCatalog = {
  ...PLAN_MESSAGES,
  ...TEMPLATE_MESSAGES,
  ...CONSOLIDATION_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...SUBMISSION_MESSAGES,
  ...FILE_SYSTEM_MESSAGES,
};
