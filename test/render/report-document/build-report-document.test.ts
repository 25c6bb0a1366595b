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

  it('names the agency that did not report and the late one', () => {
    expect(joined).toContain('Còn 1 cơ quan, đơn vị chưa gửi báo cáo: Sở Y tế.');
    expect(joined).toContain('1 cơ quan gửi trễ hạn: Sở Nội vụ (3 ngày).');
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
    expect(text).toContain('Cơ quan chủ trì: Sở Nội vụ, Sở Y tế và Ủy ban nhân dân 12 xã, phường.');
    expect(text).toContain('- Ủy ban nhân dân cấp xã, cấp huyện (12 đơn vị): 12 nội dung kết quả khác nhau;');
    expect(text).not.toContain('Việc riêng số 3.');
    expect(text).toContain('ban hành 15 văn bản');
  });
});
