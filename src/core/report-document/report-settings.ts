/**
 * The `report:` block of atvsld.yaml: what the written report (Báo cáo,
 * Nghị định 30/2020/NĐ-CP, Phụ lục I) takes from the office rather than from
 * the data — its number, the signer, the copies. Every field has a default;
 * a blank is printed as "…" for the văn thư to fill by hand.
 */
import { z } from 'zod';

export const SignerSchema = z.strictObject({
  /** Signing authority line, e.g. "KT. GIÁM ĐỐC" (signing for the director) or "GIÁM ĐỐC". */
  authority: z.string().default('KT. GIÁM ĐỐC'),
  /** Title of the person who signs, e.g. "PHÓ GIÁM ĐỐC"; empty when the authority line is the title. */
  title: z.string().default('PHÓ GIÁM ĐỐC'),
  /** Full name; empty prints "…". */
  name: z.string().default(''),
});

export const ReportSettingsSchema = z.strictObject({
  /** The document's number ("05"); empty prints "…". Numbers below 10 are written with a leading 0. */
  number: z.string().default(''),
  /** The issuing body's abbreviation after "BC-" in "Số: 05/BC-SNV". */
  abbreviation: z.string().min(1).default('SNV'),
  /** Parent body, upper case ("UBND TỈNH BẮC NINH"); default from the plan's territory of the year. */
  parentBody: z.string().min(1).optional(),
  /** Issuing body, upper case ("SỞ NỘI VỤ"); default from the plan's coordinator of the year. */
  issuingBody: z.string().min(1).optional(),
  /** Place on the date line ("Bắc Ninh"); default from the plan's territory of the year. */
  place: z.string().min(1).optional(),
  /** `as-of`: the date line carries the --as-of date; `blank`: "ngày … tháng … năm …" for the văn thư. */
  date: z.enum(['as-of', 'blank']).default('as-of'),
  /** Who the report is addressed to ("Ủy ban nhân dân tỉnh Bắc Ninh"); default from the plan's recipient. */
  recipient: z.string().min(1).optional(),
  /** "Nơi nhận" entries before the archive line, without "- " and ";". */
  copiesTo: z.array(z.string().min(1)).default(['Như trên', 'Bộ Nội vụ (để báo cáo)', 'Lãnh đạo Sở']),
  /** Unit that keeps the file copy, after "Lưu: VT, " (the drafting office's abbreviation); empty prints "…". */
  archiveUnit: z.string().default(''),
  signer: SignerSchema.prefault({}),
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

/** The settings of a workspace whose atvsld.yaml has no `report:` block. */
export const DEFAULT_REPORT_SETTINGS: ReportSettings = ReportSettingsSchema.parse({});
