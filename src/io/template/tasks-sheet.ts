/**
 * "Nhiệm vụ": one row per owed task, sorted by task id. Id, title and role
 * are locked; the other columns (TASK_COLUMNS order) are the agency's.
 */
import type { Workbook } from 'exceljs';
import { ROLE_LABELS, SHEETS, TASK_COLUMNS, type TaskColumnKey } from '../../core/form/form-layout.js';
import type { Obligation } from '../../core/plan/obligations.js';
import type { Plan } from '../../core/plan/plan-schema.js';
import { compareTaskIds } from '../../core/plan/task-order.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import { applyFillRule, type FillKind } from './cell-rules.js';
import { fitRowHeight } from './row-height.js';
import { writeTableHead } from './table-head.js';
import { finishSheet, markFillCell, styleLockedCell } from './form-style.js';

/** Row of the column headings; titles above it. */
export const TASKS_HEADER_ROW = 4;

const WIDTHS: Record<TaskColumnKey, number> = {
  taskId: 10,
  title: 40,
  role: 10,
  status: 17,
  results: 42,
  documents: 11,
  events: 14,
  people: 15,
  cost: 12,
  notes: 22,
};

export function addTasksSheet(workbook: Workbook, plan: Plan, agencyName: string, year: number, obligations: readonly Obligation[]): void {
  const sheet = workbook.addWorksheet(SHEETS.tasks, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: TASKS_HEADER_ROW, topLeftCell: `A${TASKS_HEADER_ROW + 1}` }],
  });
  writeTableHead(sheet, {
    title: `BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM ${year}`,
    agencyName,
    hint: 'Điền vào các ô màu vàng; cột "Tình trạng" chọn trong danh sách thả xuống.',
    headerRow: TASKS_HEADER_ROW,
    columns: TASK_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] })),
  });

  const titles = new Map(plan.tasks.map((t) => [t.id, t.title]));
  const sorted = [...obligations].sort((a, b) => compareTaskIds(a.task, b.task));
  sorted.forEach((obligation, index) => {
    const row = sheet.getRow(TASKS_HEADER_ROW + 1 + index);
    const locked: Partial<Record<TaskColumnKey, string>> = {
      taskId: obligation.task,
      title: titles.get(obligation.task) ?? '',
      role: ROLE_LABELS[obligation.role],
    };
    TASK_COLUMNS.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      if (column.kind === 'locked') {
        setTextCell(cell, locked[column.key] ?? '');
        styleLockedCell(cell);
      } else {
        markFillCell(cell);
        applyFillRule(cell, column.kind as FillKind);
      }
    });
    // Two lines at least: room to write a result that prints.
    fitRowHeight(sheet, row, 2);
  });
  finishSheet(sheet, 'landscape', TASKS_HEADER_ROW);
}
