// One filled report form of the bench corpus: the project's own form writer,
// filled as an agency would (fixtures/demo/generator/fill-form.mjs), with
// optional planted trouble. SAMPLE DATA.
import { utimes, writeFile } from 'node:fs/promises';
import { ROLE_LABELS } from '../../dist/core/form/form-layout.js';
import { buildFormWorkbook } from '../../dist/io/template/build-form-workbook.js';
import { stampZipEntries } from '../../dist/io/template/stamp-zip-entries.js';
import { makePeople } from '../../fixtures/demo/generator/agencies.mjs';
import { fillForm } from '../../fixtures/demo/generator/fill-form.mjs';
import { taskReport } from '../../fixtures/demo/generator/results.mjs';
import { communeText, profileFor } from './profiles.js';
import { int } from './prng.js';

/** Province figures of the indicator parts, consistent with every `atMost` rule. */
export function makeFigures(rand) {
  const accidents = int(rand, 60, 900);
  const victims = accidents + int(rand, 0, Math.ceil(accidents / 10));
  const fatal = int(rand, 4, Math.max(5, Math.floor(accidents / 8)));
  const deaths = fatal + int(rand, 0, 4);
  const exposed = int(rand, 20000, 260000);
  const harmful = int(rand, 300, 4000);
  return {
    'so-vu-tnld': accidents,
    'so-vu-tnld-chet-nguoi': fatal,
    'so-nan-nhan': Math.max(victims, deaths),
    'so-nguoi-chet': deaths,
    'so-lao-dong': int(rand, 150000, 2500000),
    'so-nld-tiep-xuc': exposed,
    'so-nld-duoc-kham-bnn': Math.floor(exposed * (0.2 + rand() * 0.5)),
    'so-co-so-co-yeu-to-co-hai': harmful,
    'so-co-so-duoc-quan-trac': Math.floor(harmful * (0.3 + rand() * 0.6)),
  };
}

/**
 * `o`: { plan, planHash, agency, archetype, year, own (obligations), parts (FormIndicatorPart[]),
 * figures, reportDate, generatedOn, rand, broken?: 'text-count' | 'missing-lead' | 'truncated', path }.
 */
export async function writeFilledForm(o) {
  const { agency, year, rand } = o;
  const p = profileFor(agency, o.archetype, rand);
  const workbook = buildFormWorkbook({
    plan: o.plan, planHash: o.planHash, agencyId: agency.id, year, obligations: o.own, indicatorParts: o.parts, generatedOn: o.generatedOn,
  });
  const f = o.figures;
  const ctx = { year, deaths: f['so-nguoi-chet'], fatal: f['so-vu-tnld-chet-nguoi'], examined: f['so-nld-duoc-kham-bnn'], monitored: f['so-co-so-duoc-quan-trac'] };
  const local = p.commune ? communeText : (t) => t;
  const tasks = new Map();
  for (const ob of o.own) {
    const report = taskReport(ob.task, ROLE_LABELS[ob.role], p, ctx, rand);
    tasks.set(ob.task, { ...report, results: local(report.results), notes: report.notes ? local(report.notes) : report.notes });
  }
  if (o.broken === 'missing-lead') {
    const lead = o.own.find((ob) => ob.role === 'lead');
    if (lead) tasks.delete(lead.task);
  }
  if (o.broken === 'text-count') {
    const first = tasks.values().next().value;
    if (first) first.counts = { ...first.counts, documents: `khoảng ${int(rand, 2, 9)} văn bản` };
  }
  fillForm(workbook, { cover: { ...makePeople(agency.id, year, rand), reportDate: o.reportDate }, tasks, figures: f });
  let bytes = stampZipEntries(new Uint8Array(await workbook.xlsx.writeBuffer()), o.reportDate);
  // An upload cut short: the end of the zip, with its central directory, is gone.
  if (o.broken === 'truncated') bytes = bytes.subarray(0, Math.floor(bytes.length * 0.6));
  await writeFile(o.path, bytes);
  const at = new Date(`${o.reportDate}T09:30:00Z`);
  await utimes(o.path, at, at);
}
