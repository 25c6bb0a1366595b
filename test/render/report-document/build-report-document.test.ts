import { describe, expect, it } from 'vitest';
import type { Block, ReportDocument } from '../../../src/core/report-document/report-document.js';
import { DEFAULT_REPORT_SETTINGS, ReportSettingsSchema } from '../../../src/core/report-document/report-settings.js';
import { buildReportDocument } from '../../../src/render/report-document/build-report-document.js';
import { smallReport } from '../../io/report/report-fixture.js';

function blockTexts(b: Block): string[] {
  if (b.kind === 'paragraph') return [b.runs.map((r) => r.text).join('')];
  if (b.kind === 'table') return b.rows.flatMap((row) => row.flatMap((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))));
  return [b.altText];
}

function allText(doc: ReportDocument): string[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap(blockTexts));
}

describe('buildReportDocument', () => {
  const doc = buildReportDocument(smallReport(), DEFAULT_REPORT_SETTINGS);
  const text = allText(doc);
  const joined = text.join('\n');

  it('opens with the decree heading block, title and recipient', () => {
    expect(text.slice(0, 9)).toEqual([
      'UBND TỈNH BẮC NINH',
      'SỞ NỘI VỤ',
      'Số: …/BC-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Ninh, ngày 28 tháng 12 năm 2025',
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch thử nghiệm năm 2025',
      'Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.',
    ]);
  });

  it('has sections I–VI in order, V and VI as placeholders, and the two appendices', () => {
    const headings = doc.sections[0]!.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'heading1').flatMap(blockTexts);
    expect(headings.map((h) => h.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const placeholders = doc.sections[0]!.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'placeholder');
    expect(placeholders.length).toBeGreaterThanOrEqual(2);
    expect(joined).toContain('Phụ lục I\n');
    expect(joined).toContain('Phụ lục II\n');
    expect(joined).toContain('(Kèm theo Báo cáo số …/BC-SNV ngày 28 tháng 12 năm 2025 của Sở Nội vụ)');
    expect(doc.sections[1]!.orientation).toBe('landscape');
  });

  it('states a deadline on a rest day with the day it really ends, from which days late count', () => {
    const report = { ...smallReport(), deadline: '2025-12-20', deadlineEnd: '2025-12-22' };
    expect(allText(buildReportDocument(report, DEFAULT_REPORT_SETTINGS)).join('\n')).toContain(
      'hạn gửi báo cáo về Sở Nội vụ là ngày 20/12/2025 (ngày nghỉ, kéo dài đến hết 22/12/2025 theo Điều 148 Bộ luật Dân sự 2015).',
    );
  });

  it('names the agency that did not report and the late one', () => {
    expect(joined).toContain('Còn 1 cơ quan, đơn vị chưa gửi báo cáo: Sở Y tế.');
    expect(joined).toContain('1 cơ quan gửi trễ hạn: Sở Nội vụ (3 ngày).');
    expect(joined).toContain('Gửi báo cáo trễ hạn: Sở Nội vụ (3 ngày).'); // IV, with the same days
  });

  it("sums a task's counts and quotes each agency's own text, attributed", () => {
    expect(joined).toContain('Tổng hợp số liệu: ban hành 3 văn bản; 1.250 lượt người tham gia; kinh phí 12,5 triệu đồng.');
    expect(joined).toContain('- Sở Nội vụ: =HYPERLINK("http://x").');
  });

  it('states each indicator with the previous year, the change, the target and the verdict; a missing figure is "Chưa đánh giá được" with its reason', () => {
    expect(joined).toContain('Tần suất tai nạn lao động chết người năm 2025: 2,90 người chết/100.000 lao động; năm 2024: 3,20; thay đổi −9,4\u00a0% so với mục tiêu giảm ít nhất 4\u00a0%/năm — đạt mục tiêu.');
    expect(joined).toContain('Lưu ý: cơ quan cung cấp số liệu năm 2025 khác năm 2024');
    expect(joined).toContain('— chưa đánh giá được vì chưa có số liệu năm 2025.');
    expect(text).toContain('Chưa đánh giá được');
  });

  it('across a merger, states and tabulates the year before on the same territory, the figure the change compares with', () => {
    const report = smallReport();
    const territories = [{ id: 'bac-ninh', name: 'tỉnh Bắc Ninh' }, { id: 'bac-giang', name: 'tỉnh Bắc Giang' }, { id: 'bac-ninh-cu', name: 'tỉnh Bắc Ninh (cũ)' }];
    // 2024: old Bắc Giang 16 deaths / 500.000 (3,20) + old Bắc Ninh 14 / 480.000 → 30 / 980.000 = 3,06; 2025: 2,90 → −5,3 %.
    const rate = {
      ...report.indicators[0]!,
      changePercent: ((2.9 - 30 / 9.8) / (30 / 9.8)) * 100,
      previousTerritories: ['bac-giang', 'bac-ninh-cu'],
      previousValue: 30 / 9.8,
      previousParts: { 'so-nguoi-chet': { value: 30, components: [] }, 'so-lao-dong': { value: 980000, components: [] } },
    };
    const doc = buildReportDocument({ ...report, territories, indicators: [rate] }, DEFAULT_REPORT_SETTINGS);
    const t = allText(doc).join('\n');
    expect(t).toContain('năm 2024 trên cùng địa bàn (tỉnh Bắc Giang và tỉnh Bắc Ninh (cũ)): 3,06; thay đổi −5,3\u00a0% so với mục tiêu');
    const appendix = allText({ ...doc, sections: [doc.sections[1]!] });
    const header = appendix.indexOf('2024 cùng địa bàn năm 2025');
    expect(header).toBeGreaterThan(0);
    // The indicator's line, then its parts: 3,20 (old Bắc Giang's own 2024) beside 3,06 on the merged territory.
    expect(appendix.slice(header, header + 30)).toEqual(expect.arrayContaining(['3,20', '2,90', '3,06', '30', '980.000']));
  });

  it('words a flag it has no entry for by its code rather than dropping it', () => {
    const report = smallReport();
    const row = { ...report.indicators[0]!, flags: ['SOME_NEW_FLAG' as never] };
    const d = buildReportDocument({ ...report, indicators: [row] }, DEFAULT_REPORT_SETTINGS);
    expect(allText(d).join('\n')).toContain('Lưu ý: SOME_NEW_FLAG.');
  });

  it('takes number, signer, copies and place from the settings; a number below 10 gets a leading zero', () => {
    const settings = ReportSettingsSchema.parse({
      number: '5',
      abbreviation: 'SNV-VLATLĐ',
      place: 'Bắc Ninh',
      copiesTo: ['Như trên', 'Bộ Nội vụ'],
      archiveUnit: 'VLATLĐ',
      signer: { authority: 'GIÁM ĐỐC', title: '', name: 'Nguyễn Văn A' },
    });
    const t = allText(buildReportDocument(smallReport(), settings));
    expect(t).toContain('Số: 05/BC-SNV-VLATLĐ');
    expect(t).toEqual(expect.arrayContaining(['Nơi nhận:', '- Như trên;', '- Bộ Nội vụ;', '- Lưu: VT, VLATLĐ.', 'GIÁM ĐỐC', 'Nguyễn Văn A']));
    expect(t).not.toContain('PHÓ GIÁM ĐỐC');
  });

  it('collapses an agency that sent nothing into one matrix row', () => {
    const matrix = doc.sections[1]!.blocks.filter((b) => b.kind === 'table').at(-1);
    expect(matrix?.kind).toBe('table');
    if (matrix?.kind !== 'table') return;
    const row = matrix.rows.find((r) => r.some((c) => c.paragraphs.some((p) => p.runs.some((x) => x.text === 'Sở Y tế'))));
    expect(row?.length).toBe(3);
    expect(row?.[2]?.span).toBe(2);
  });

  it('prints the matrix as the workbook does: a group header, then each agency\'s role and state per task ("C: HT", the lead in bold)', () => {
    const matrix = doc.sections[1]!.blocks.filter((b) => b.kind === 'table').at(-1);
    if (matrix?.kind !== 'table') throw new Error('no matrix');
    const text = (c: { paragraphs: readonly { runs: readonly { text: string }[] }[] }): string => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('');
    expect(matrix.rows[0]!.map(text)).toEqual(['TT', 'Cơ quan, đơn vị', '1.1', '3.5']);
    expect(matrix.rows[1]!.map(text)).toEqual(['Sở, ban, ngành']);
    expect(matrix.rows[2]!.map(text)).toEqual(['1', 'Sở Nội vụ', 'C: HT', 'P: KBC']);
    expect(matrix.rows[2]![2]!.paragraphs[0]!.runs[0]).toMatchObject({ bold: true });
    expect(matrix.rows[3]!.map(text)).toEqual(['2', 'Sở Y tế', 'Chưa gửi báo cáo (quá hạn 8 ngày)']);
  });

  it('draws one chart per indicator, and the same report gives the same document', () => {
    const charts = doc.sections[0]!.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => (c.kind === 'chart' ? c.id : ''))).toEqual(['ty-le', 'so-kham']);
    expect(buildReportDocument(smallReport(), DEFAULT_REPORT_SETTINGS)).toEqual(doc);
  });
});

describe('a province of a hundred communes', () => {
  it('counts the communes of a task in one phrase and one line when they wrote more than ten different texts', () => {
    const report = smallReport();
    const communes = Array.from({ length: 12 }, (_v, i) => `xa-${String(i).padStart(2, '0')}`);
    const agencies = [
      ...report.agencies,
      ...communes.map((id) => ({ ...report.agencies[0]!, id, name: `Ủy ban nhân dân xã ${id}`, kind: 'commune-committee' as const, status: 'on-time' as const })),
    ];
    const task = report.tasks[0]!;
    const cells = [...task.cells, ...communes.map((id, i) => ({ agency: id, role: 'lead' as const, status: 'done' as const, texts: { results: `Việc riêng số ${i}.`, notes: '' }, counts: { documents: 1 } }))];
    const doc = buildReportDocument({ ...report, agencies, tasks: [{ ...task, cells }] }, DEFAULT_REPORT_SETTINGS);
    const text = allText(doc).join('\n');
    // "xã, phường" holds a comma: the names are separated by semicolons (joinNames), so none reads as two.
    expect(text).toContain('Cơ quan chủ trì: Sở Nội vụ; Sở Y tế; Ủy ban nhân dân 12 xã, phường.');
    // Communes only (no districts since 1/7/2025): no "cấp huyện" in the phrase.
    expect(text).toContain('- Ủy ban nhân dân các xã, phường (12 đơn vị): 12 nội dung kết quả khác nhau;');
    expect(text).not.toContain('Việc riêng số 3.');
    expect(text).toContain('ban hành 15 văn bản');
    // Before the 2025 reform a year may still have districts: then they are named.
    const withDistrict = agencies.map((a) => (a.id === 'xa-00' ? { ...a, kind: 'district-committee' as const } : a));
    const before = allText(buildReportDocument({ ...report, agencies: withDistrict, tasks: [{ ...task, cells }] }, DEFAULT_REPORT_SETTINGS)).join('\n');
    expect(before).toContain('- Ủy ban nhân dân các huyện, thị xã, thành phố và các xã, phường (12 đơn vị):');
  });
});
