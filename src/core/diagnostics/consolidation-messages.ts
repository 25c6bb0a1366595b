import type { MessageCatalog } from './message-catalog.js';

/** Diagnostics of consolidation, `status` and `receive`, and of `history/indicators.yaml`. */
export const CONSOLIDATION_MESSAGES = {
  REPORT_MISSING: {
    severity: 'warning',
    vi: 'Chưa nhận được báo cáo năm {year} của {agencyName}; đã quá hạn {days} ngày (hạn {deadline}).',
    en: 'No {year} report from {agencyName}; {days} days past the deadline ({deadline}).',
    fixVi: 'Liên hệ cơ quan để nhắc gửi báo cáo (xem "atvsld status").',
    fixEn: 'Remind the agency to send its report (see "atvsld status").',
  },
  REPORT_NOT_YET_DUE: {
    severity: 'info',
    vi: 'Chưa nhận được báo cáo năm {year} của {agencyName}; còn {days} ngày đến hạn {deadline}.',
    en: 'No {year} report from {agencyName} yet; {days} days left to the deadline ({deadline}).',
  },
  REPORT_LATE: {
    severity: 'warning',
    vi: 'Báo cáo của {agencyName} nhận ngày {date}, trễ {days} ngày so với hạn {deadline}.',
    en: 'The report of {agencyName} arrived on {date}, {days} days after the deadline ({deadline}).',
  },
  REPORT_NOT_OWED: {
    severity: 'info',
    vi: '{agencyName} không phải gửi báo cáo năm {year} nhưng đã gửi; báo cáo được ghi nhận, không tính vào tỷ lệ đầy đủ.',
    en: '{agencyName} owes no {year} report but sent one; it is recorded, not counted in the completeness rate.',
  },
  INDICATOR_LARGE_CHANGE: {
    severity: 'warning',
    vi: 'Số liệu "{name}" năm {year} ({value:n}) khác xa số liệu năm {previousYear} ({previous:n}) của {previousAgencies} (cơ quan này hoặc cơ quan tiền thân): gấp hơn 3 lần hoặc chưa bằng một phần ba.',
    en: 'The figure "{name}" for {year} ({value:n}) is far from the {previousYear} figure ({previous:n}) of {previousAgencies} (this agency or its predecessor): over three times as large, or under a third.',
    fixVi: 'Kiểm tra lại với cơ quan: có thể gõ thừa hoặc thiếu chữ số, hoặc số liệu được tính theo cách khác năm trước.',
    fixEn: 'Check with the agency: a digit may have been typed twice or left out, or the figure counted differently from last year.',
  },
  // Indicator flags with their details (IndicatorRow.flagNotes, indicator-flags.ts): worded on the indicator's row.
  PARTS_INCOMPLETE: {
    severity: 'warning',
    vi: 'Còn thiếu số liệu {missing}: giá trị của tỉnh chưa đầy đủ nên chưa đánh giá được',
    en: 'Figures missing: {missing}; the province value is partial, so it is not judged',
    fixVi: 'Nhắc cơ quan còn thiếu gửi số liệu (hoặc gửi lại biểu mẫu có đủ số liệu), rồi tổng hợp lại.',
    fixEn: 'Ask the agency to send the missing figure (or a complete form again), then consolidate again.',
  },
  DENOMINATOR_CHANGED: {
    severity: 'warning',
    vi: 'Mẫu số "{name}" năm {year} ({value:n}) thay đổi {change} % so với năm {previousYear} ({previous:n}), quá mức {limit} %: tỷ lệ thay đổi có thể do mẫu số, không phải do số tai nạn.',
    en: 'The denominator "{name}" for {year} ({value:n}) changed by {change} % from {previousYear} ({previous:n}), more than {limit} %: the rate may have moved because of its denominator.',
    fixVi: 'Kiểm tra cách đếm số lao động hai năm (phạm vi cơ sở, loại lao động) với cơ quan báo cáo trước khi kết luận.',
    fixEn: 'Check how the workers were counted in both years (which establishments, which workers) before drawing a conclusion.',
  },
  AGENCIES_CHANGED: {
    severity: 'warning',
    vi: 'Cơ quan cung cấp số liệu năm {year} khác năm {previousYear}, không phải do sắp xếp bộ máy: thêm {added}; thiếu {dropped}.',
    en: 'The agencies behind the {year} figures differ from {previousYear} for a reason other than the reorganisation: added {added}; dropped {dropped}.',
    fixVi: 'So sánh hai năm chỉ có tính tham khảo; kiểm tra vì sao cơ quan thiếu hoặc mới có số liệu.',
    fixEn: 'Treat the comparison with care; check why an agency is missing or new.',
  },
  AGENCIES_REORGANISED: {
    severity: 'info',
    vi: 'Cơ quan cung cấp số liệu năm {year} khác năm {previousYear} do sắp xếp bộ máy ({successions}); số liệu được so sánh theo cơ quan kế thừa.',
    en: 'The agencies behind the {year} figures differ from {previousYear} through the reorganisation ({successions}); figures are compared through the successor.',
    fixVi: 'Không cần làm gì: cơ quan kế thừa báo cáo thay cơ quan cũ; ghi chú giúp người đọc hiểu nguồn số liệu hai năm.',
    fixEn: 'Nothing to do: the successor reports for the old agency; the note tells the reader where each year\'s figure comes from.',
  },
  SUBMISSION_SUPERSEDED: {
    severity: 'info',
    vi: 'Cơ quan {agency} đã gửi lại báo cáo (tệp {by}); chỉ tệp gửi sau được tổng hợp: {reason}.',
    en: 'Agency {agency} sent its report again ({by}); only the later file is consolidated: {reason}.',
  },
  SUBMISSION_OTHER_YEAR: {
    severity: 'warning',
    vi: 'Tệp là báo cáo năm {fileYear}, không phải năm {year}; không được tổng hợp vào năm {year}.',
    en: 'The file is a {fileYear} report, not {year}; it is not consolidated into {year}.',
    fixVi: 'Chuyển tệp vào thư mục submissions/{fileYear}/ hoặc kiểm tra năm trên trang bìa.',
    fixEn: 'Move the file to submissions/{fileYear}/ or check the year on its cover sheet.',
  },
  SUBMISSION_AGENCY_UNKNOWN: {
    severity: 'error',
    vi: 'Không xác định được cơ quan gửi tệp; tệp không được tổng hợp.',
    en: 'The sending agency could not be determined; the file is not consolidated.',
    fixVi: 'Yêu cầu cơ quan dùng đúng biểu mẫu do atvsld tạo, hoặc ghi đúng tên cơ quan trên trang bìa.',
    fixEn: 'Ask the agency to use the form atvsld generated, or to give its name on the cover sheet.',
  },
  SUBMISSION_DATE_UNKNOWN: {
    severity: 'warning',
    vi: 'Không xác định được ngày nhận báo cáo (không có biên nhận, ngày báo cáo hay ngày sửa tệp).',
    en: 'The date the report was received is unknown (no receipt, report date or file time).',
  },
  SUBMISSION_DATE_AFTER_AS_OF: {
    severity: 'warning',
    vi: 'Báo cáo của {agencyName} mang ngày {date}, sau ngày tính đến {asOf}: ngày trên trang bìa có thể ghi nhầm, hoặc --as-of quá sớm.',
    en: "{agencyName}'s report is dated {date}, after the as-of date {asOf}: the cover date may be wrong, or --as-of too early.",
    fixVi: 'Kiểm tra ô "Ngày báo cáo" trên trang "Thông tin chung" với cơ quan gửi, hoặc chạy lại với --as-of đúng ngày.',
    fixEn: 'Check the "Ngày báo cáo" cell of the cover sheet with the sender, or run again with the right --as-of.',
  },
  HISTORY_YAML_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML trong tệp số liệu các năm trước: {message}',
    en: 'YAML syntax error in the history file: {message}',
  },
  HISTORY_SCHEMA: {
    severity: 'error',
    vi: 'Tệp số liệu các năm trước không đúng định dạng ở "{path}": {message}',
    en: 'The history file is not valid at "{path}": {message}',
    fixVi: 'Mỗi năm gồm các mã số liệu với giá trị là số, hoặc { value, source, note, definition }.',
    fixEn: 'Each year maps part ids to a number, or to { value, source, note, definition }.',
  },
  HISTORY_UNKNOWN_PART: {
    severity: 'warning',
    vi: 'Mã số liệu "{part}" (năm {year}) không có trong kế hoạch; số liệu này bị bỏ qua.',
    en: 'Part id "{part}" (year {year}) is not in the plan; the figure is ignored.',
  },
  RECEIPT_LINE_INVALID: {
    severity: 'warning',
    vi: 'Dòng {line} của tệp biên nhận không đọc được; bỏ qua dòng này.',
    en: 'Line {line} of the receipts file cannot be read; it is ignored.',
  },
  RECEIVE_ALREADY_RECEIVED: {
    severity: 'info',
    vi: 'Tệp này (cùng nội dung) đã được nhận trước đây và lưu là {stored}; không lưu lại lần nữa.',
    en: 'This file (same content) was received before and stored as {stored}; not stored again.',
  },
  RECEIVE_NOT_A_FORM: {
    severity: 'error',
    vi: 'Tệp không đọc được như một biểu mẫu báo cáo; không lưu vào thư mục báo cáo.',
    en: 'The file could not be read as a report form; it is not stored.',
  },
  RECEIVE_OTHER_YEAR: {
    severity: 'error',
    vi: 'Biểu mẫu là báo cáo năm {fileYear}, nhưng đang nhận báo cáo năm {year}; không lưu.',
    en: 'The form is a {fileYear} report, but {year} reports are being received; not stored.',
    fixVi: 'Nếu đúng là báo cáo năm {fileYear} (ví dụ gửi muộn), nhận lại với --year {fileYear}; nếu không, đề nghị cơ quan gửi biểu mẫu năm {year}.',
    fixEn: 'If it really is the {fileYear} report (sent late, say), receive it again with --year {fileYear}; otherwise ask the agency for the {year} form.',
  },
  RECEIVE_FILE_CHANGED: {
    severity: 'error',
    vi: 'Tệp bị thay đổi trong lúc đang nhận (nội dung kiểm tra khác nội dung sẽ lưu); không lưu.',
    en: 'The file changed while it was being received (the bytes checked differ from the bytes to store); not stored.',
    fixVi: 'Chờ chương trình đang ghi tệp (thư điện tử, đồng bộ) ghi xong rồi nhận lại.',
    fixEn: 'Wait until whatever is writing the file (mail, sync) has finished, then receive it again.',
  },
} as const satisfies MessageCatalog;
