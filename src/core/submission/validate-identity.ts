/** Is this form for this plan, this year and this agency? Metadata, cover and file name are compared. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FORM_VERSION } from '../form/form-layout.js';
import { agencyIds } from '../plan/plan-index.js';
import { findAgencyWitnesses } from './resolve-agency.js';
import { submissionDiagnostic, type Site } from './submission-diagnostic.js';
import type { CellOrigin, Submission } from './submission.js';
import type { ValidateContext } from './validate-submission.js';
import { pushAll } from '../collections/push-all.js';

export function validateIdentity(s: Submission, ctx: ValidateContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const about = s.agency !== undefined ? { agency: s.agency } : {};
  const at = (origin: CellOrigin | undefined): Site => ({ file: s.file, ...origin });
  const metaAt = (field: string): Site => at(s.meta.origins?.[field]);
  const coverAt = (field: string): Site => at(s.cover.origins[field]);
  const { meta, cover } = s;

  if (meta.planId !== undefined && meta.planId !== ctx.plan.id) {
    out.push(submissionDiagnostic('FORM_OTHER_PLAN', { planId: meta.planId, expected: ctx.plan.id }, metaAt('planId'), about));
  } else if (meta.planHash !== undefined && ctx.planHash !== undefined && meta.planHash !== ctx.planHash) {
    out.push(submissionDiagnostic('FORM_PLAN_CHANGED', {}, metaAt('planHash'), about));
  }
  if (meta.formVersion !== undefined && meta.formVersion > FORM_VERSION) {
    out.push(submissionDiagnostic('FORM_NEWER_VERSION', { version: meta.formVersion, supported: FORM_VERSION }, metaAt('formVersion'), about));
  }
  if (meta.year !== undefined && cover.year !== undefined && meta.year !== cover.year) {
    out.push(submissionDiagnostic('COVER_YEAR_MISMATCH', { cover: cover.year, meta: meta.year }, coverAt('year'), about));
  }
  if (ctx.year !== undefined && s.year !== undefined && s.year !== ctx.year) {
    const site = meta.year !== undefined ? metaAt('year') : coverAt('year');
    out.push(submissionDiagnostic('FORM_OTHER_YEAR', { year: s.year, expected: ctx.year }, site, about));
  }
  pushAll(out, validateAgency(s, ctx, coverAt('agencyName'), metaAt('agency')));
  return out;
}

function validateAgency(s: Submission, ctx: ValidateContext, coverSite: Site, metaSite: Site): Diagnostic[] {
  const out: Diagnostic[] = [];
  const about = s.agency !== undefined ? { agency: s.agency } : {};
  const w = findAgencyWitnesses(ctx.plan, { metaAgency: s.meta.agency, coverName: s.cover.agencyName, fileName: ctx.fileName });
  const metaKnown = w.meta !== undefined && agencyIds(ctx.plan).has(w.meta);
  if (w.meta !== undefined && !metaKnown) {
    out.push(submissionDiagnostic('FORM_UNKNOWN_AGENCY', { value: w.meta }, metaSite, about));
  } else if (s.agency === undefined) {
    out.push(submissionDiagnostic('FORM_UNKNOWN_AGENCY', { value: s.cover.agencyName ?? '' }, coverSite));
  }
  const named = new Set([metaKnown ? w.meta : undefined, w.cover, w.fileName].filter((v) => v !== undefined));
  if (named.size > 1) {
    const args = { meta: w.meta ?? '—', cover: w.cover ?? s.cover.agencyName ?? '—', fileName: w.fileName ?? '—' };
    out.push(submissionDiagnostic('FORM_AGENCY_MISMATCH', args, s.cover.origins.agencyName ? coverSite : metaSite, about));
  }
  if (metaKnown && s.cover.agencyName !== undefined && w.cover === undefined) {
    out.push(submissionDiagnostic('COVER_AGENCY_UNRECOGNISED', { name: s.cover.agencyName, agency: w.meta! }, coverSite, about));
  }
  return out;
}
