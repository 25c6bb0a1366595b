import type { MessageCatalog } from './message-catalog.js';

/** Notices about the workspace lock (out/.atvsld.lock), said on stderr while a command runs. */
export const WORKSPACE_MESSAGES = {
  LOCK_WAITING: {
    severity: 'info',
    vi: 'Thư mục làm việc đang được một lần chạy khác sử dụng (tiến trình {pid} trên máy {host}, từ {since}); đang chờ tối đa {seconds} giây…',
    en: 'The workspace is in use by another run (process {pid} on {host}, since {since}); waiting up to {seconds} seconds…',
    fixVi: 'Không cần làm gì: lệnh tự chạy khi lần chạy kia xong. Nếu chờ quá lâu, xem lần chạy kia còn chạy không.',
    fixEn: 'Nothing to do: the command goes on when the other run ends. If it waits too long, check whether the other run is still alive.',
  },
  LOCK_TAKEN_OVER: {
    severity: 'info',
    vi: 'Đã tiếp quản khóa cũ {lock} ({reason}).',
    en: 'Took over the old lock {lock} ({reason}).',
    fixVi: 'Không cần làm gì: lần chạy trước đã dừng giữa chừng; lần này chạy lại từ đầu.',
    fixEn: 'Nothing to do: an earlier run stopped half-way; this one starts afresh.',
  },
} as const satisfies MessageCatalog;
