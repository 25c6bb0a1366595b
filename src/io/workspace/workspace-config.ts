import { z } from 'zod';
import { ReportSettingsSchema } from '../../core/report-document/report-settings.js';

/** `atvsld.yaml`: the settings of a workspace. Paths are relative to the folder holding the file. */
export const WorkspaceConfigSchema = z.strictObject({
  /** Name of the province, shown in report headings. */
  province: z.string().min(1),
  /** The plan file. */
  plan: z.string().min(1).default('plan/ke-hoach.yaml'),
  /** Folder with one sub-folder per year of received forms (submissions/2025/…), kept as received. */
  submissions: z.string().min(1).default('submissions'),
  /** Province figures for years before the tool was used (optional file). */
  history: z.string().min(1).default('history/indicators.yaml'),
  /** Where atvsld writes templates, status and consolidated reports. */
  out: z.string().min(1).default('out'),
  /** The written report's (bao-cao-<năm>.docx) number, signer and recipients; every field has a default. */
  report: ReportSettingsSchema.prefault({}),
});
export type WorkspaceConfig = z.infer<typeof WorkspaceConfigSchema>;

export { WORKSPACE_FILE } from './workspace-file.js';
