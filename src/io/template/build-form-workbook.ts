/**
 * The report form of one agency for one year, as an exceljs workbook.
 * Deterministic: the same input gives the same content (sheets, cells,
 * properties); "today" is `generatedOn`, never the clock.
 */
import ExcelJS from 'exceljs';
import type { Obligation } from '../../core/plan/obligations.js';
import type { Indicator, IndicatorPart, Plan } from '../../core/plan/plan-schema.js';
import { addCoverSheet } from './cover-sheet.js';
import { utcMidnight } from './form-dates.js';
import { addIndicatorsSheet } from './indicators-sheet.js';
import { addInstructionsSheet } from './instructions-sheet.js';
import { addMetaSheet } from './meta-sheet.js';
import { addTasksSheet } from './tasks-sheet.js';

export interface FormIndicatorPart {
  indicator: Indicator;
  part: IndicatorPart;
  /** The agency's figure for the year before, shown for reference. */
  previous?: number;
}

export interface FormInput {
  plan: Plan;
  planHash: string;
  agencyId: string;
  year: number;
  /** This agency's obligations, from computeObligations. */
  obligations: Obligation[];
  indicatorParts: FormIndicatorPart[];
  /** `YYYY-MM-DD`, from the caller, so that output is reproducible. */
  generatedOn: string;
}

export function buildFormWorkbook(input: FormInput): ExcelJS.Workbook {
  const agency = input.plan.agencies.find((a) => a.id === input.agencyId);
  if (!agency) throw new Error(`buildFormWorkbook: agency "${input.agencyId}" is not in plan "${input.plan.id}"`);
  const hasIndicators = input.indicatorParts.length > 0;

  const workbook = new ExcelJS.Workbook();
  const stamp = utcMidnight(input.generatedOn);
  workbook.creator = 'atvsld';
  workbook.lastModifiedBy = 'atvsld';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Báo cáo ATVSLĐ năm ${input.year} - ${agency.name}`;

  addInstructionsSheet(workbook, input, agency.name, hasIndicators);
  addCoverSheet(workbook, agency.name, input.year);
  addTasksSheet(workbook, input.plan, agency.name, input.year, input.obligations);
  if (hasIndicators) addIndicatorsSheet(workbook, agency.name, input.year, input.indicatorParts);
  addMetaSheet(workbook, { planId: input.plan.id, planHash: input.planHash, agency: agency.id, year: input.year, generatedOn: input.generatedOn });

  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return workbook;
}
