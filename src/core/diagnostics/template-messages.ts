import type { MessageCatalog } from './message-catalog.js';

/** Diagnostics of `atvsld template` (generating the agencies' report forms). */
export const TEMPLATE_MESSAGES = {
  TEMPLATE_UNKNOWN_AGENCY: {
    severity: 'error',
    vi: 'Không có cơ quan mã "{agency}" trong kế hoạch; không tạo biểu mẫu cho mã này.',
    en: 'No agency with id "{agency}" in the plan; no form generated for it.',
    fixVi: 'Kiểm tra mã cơ quan (xem "atvsld plan show"); mã gồm chữ thường không dấu và dấu gạch ngang.',
    fixEn: 'Check the agency id (see "atvsld plan show"); ids are lower-case ASCII with dashes.',
  },
  TEMPLATE_NOTHING_OWED: {
    severity: 'warning',
    vi: 'Cơ quan "{agency}" không phải báo cáo nhiệm vụ hay số liệu nào năm {year}; không tạo biểu mẫu.',
    en: 'Agency "{agency}" owes no task or indicator figure in {year}; no form generated.',
    fixVi: 'Kiểm tra năm báo cáo và thời gian tồn tại của cơ quan (from/until, successors) trong kế hoạch.',
    fixEn: "Check the reporting year and the agency's dates (from/until, successors) in the plan.",
  },
  TEMPLATE_YEAR_BEFORE_PLAN: {
    severity: 'warning',
    vi: 'Năm {year} trước năm báo cáo đầu tiên của kế hoạch ({firstYear}).',
    en: "Year {year} is before the plan's first reporting year ({firstYear}).",
    fixVi: 'Kiểm tra tùy chọn --year hoặc calendar.firstYear trong kế hoạch.',
    fixEn: 'Check --year, or calendar.firstYear in the plan.',
  },
} as const satisfies MessageCatalog;
