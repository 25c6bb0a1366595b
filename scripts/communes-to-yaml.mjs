#!/usr/bin/env node
// Writes the 99 communes of tỉnh Bắc Ninh (from 01/7/2025) into the default
// plan, from scripts/data/bac-ninh-99-xa-phuong-2025.csv (see its README).
//
//   node scripts/communes-to-yaml.mjs           rewrite the generated regions
//   node scripts/communes-to-yaml.mjs --check   exit 1 if they are out of date
//
// Only the text between marker lines is replaced; everything else in the
// plan (comments, the districts' own notes, the tasks) is hand-written:
//   # >>> communes-to-yaml: <region>
//   # <<< communes-to-yaml: <region>
// Regions: `communes` (the agencies), `members ubnd-cap-xa` (the group of
// communes) and `successors <district id>` (who takes over each district's
// duties on 01/7/2025, from the CSV's old-district column; many-to-many:
// two communes straddle two districts).
//
// Why a script: the names carry traps a hand copy gets wrong — NFD accents
// mixed into NFC text (every field is NFC-normalised), "Phúc Hòa"/"Phúc Hoà"
// (the statistics office's spelling is kept; matching folds tone placement),
// "Sa Lý" (not "Xa Lý"). Ids are ASCII, prefixed by the unit type so that a
// xã and a phường of the same name could never collide; the script refuses
// duplicates.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CSV = `${REPO}scripts/data/bac-ninh-99-xa-phuong-2025.csv`;
const PLAN = `${REPO}templates/plans/ke-hoach-ct31-bac-giang.yaml`;
/** The day the commune level starts and the district level's duties pass on (Nghị quyết 1658/NQ-UBTVQH15). */
const FROM = '2025-07-01';

/** The CSV's old districts of old Bắc Giang → their ids in the plan. Old Bắc Ninh's districts are not in the plan. */
const DISTRICT_IDS = new Map([
  ['Thành phố Bắc Giang (BG cũ)', 'ubnd-tp-bac-giang'],
  ['Thị xã Việt Yên (BG cũ)', 'ubnd-tx-viet-yen'],
  ['Huyện Hiệp Hòa (BG cũ)', 'ubnd-h-hiep-hoa'],
  ['Huyện Lạng Giang (BG cũ)', 'ubnd-h-lang-giang'],
  ['Huyện Lục Nam (BG cũ)', 'ubnd-h-luc-nam'],
  ['Huyện Lục Ngạn (BG cũ)', 'ubnd-h-luc-ngan'],
  ['Huyện Sơn Động (BG cũ)', 'ubnd-h-son-dong'],
  ['Huyện Tân Yên (BG cũ)', 'ubnd-h-tan-yen'],
  ['Thị xã Chũ (BG cũ)', 'ubnd-tx-chu'],
  ['Huyện Yên Thế (BG cũ)', 'ubnd-h-yen-the'],
]);

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, j) => [h, (r[j] ?? '').normalize('NFC').trim()])));
}

/** "Đại Sơn" → "dai-son". */
export function asciiSlug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function communesFromCsv(text) {
  const seen = new Set();
  return parseCsv(text).map((r) => {
    const type = r.loai; // 'xã' | 'phường'
    if (type !== 'xã' && type !== 'phường') throw new Error(`loai không hợp lệ: ${r.loai} (${r.ma_dvhc})`);
    const prefix = type === 'xã' ? 'Xã ' : 'Phường ';
    if (!r.ten_dvhc_cv1027.startsWith(prefix)) throw new Error(`tên không bắt đầu bằng "${prefix}": ${r.ten_dvhc_cv1027}`);
    const place = r.ten_dvhc_cv1027.slice(prefix.length);
    const id = `${type === 'xã' ? 'xa' : 'phuong'}-${asciiSlug(place)}`;
    if (seen.has(id)) throw new Error(`mã trùng: ${id}`);
    seen.add(id);
    const districts = r.huyen_cu_suy_ra.split(';').map((s) => s.trim());
    return { id, type, place, code: r.ma_dvhc, item: r.khoan_nq1658, merged: r.don_vi_cu_theo_nq1658, districts };
  });
}

const q = (s) => JSON.stringify(s);

function communeBlock(c) {
  const unit = c.type === 'xã' ? 'xã' : 'phường';
  const capital = c.type === 'xã' ? 'Xã' : 'Phường';
  const fromBg = c.districts.some((d) => DISTRICT_IDS.has(d));
  return [
    `  - id: ${c.id}`,
    `    name: Ủy ban nhân dân ${unit} ${c.place}`,
    `    shortName: UBND ${unit} ${c.place}`,
    `    aliases: [${q(`${capital} ${c.place}`)}]`,
    `    kind: commune-committee`,
    `    code: '${c.code}'`,
    `    from: '${FROM}'`,
    `    note: ${q(
      `Khoản ${c.item} Điều 1 Nghị quyết 1658/NQ-UBTVQH15: ${c.merged}. Trước đây thuộc ${c.districts.join(', ')}` +
        (fromBg ? '.' : '; không có cơ quan tiền nhiệm trong Kế hoạch, phải báo cáo từ năm 2025.'),
    )}`,
  ].join('\n');
}

export function renderRegions(communes) {
  const regions = new Map();
  regions.set('communes', communes.map(communeBlock).join('\n\n'));
  regions.set('members ubnd-cap-xa', communes.map((c) => `      - ${c.id}`).join('\n'));
  for (const [name, district] of DISTRICT_IDS) {
    const takers = communes.filter((c) => c.districts.includes(name));
    if (takers.length === 0) throw new Error(`không xã nào tiếp nhận ${name}`);
    const lines = ['    successors:'];
    for (const c of takers) {
      lines.push(`      - agency: ${c.id}`, `        from: '${FROM}'`, `        functions: [atvsld]`);
    }
    regions.set(`successors ${district}`, lines.join('\n'));
  }
  for (const c of communes) {
    for (const d of c.districts) if (!DISTRICT_IDS.has(d) && !d.endsWith('(BN cũ)')) throw new Error(`huyện cũ lạ: ${d} (${c.id})`);
  }
  return regions;
}

export function applyRegions(yamlText, regions) {
  let out = yamlText;
  for (const [name, body] of regions) {
    const open = `# >>> communes-to-yaml: ${name}\n`;
    const close = `# <<< communes-to-yaml: ${name}\n`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`thiếu vùng "${name}" trong ${PLAN}`);
    const lineStart = out.lastIndexOf('\n', end - 1) + 1; // the close marker's indentation is kept
    const indent = out.slice(lineStart, end);
    out = `${out.slice(0, start + open.length)}${body}\n${indent}${out.slice(end)}`;
  }
  return out;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const regions = renderRegions(communesFromCsv(readFileSync(CSV, 'utf8')));
  const before = readFileSync(PLAN, 'utf8');
  const after = applyRegions(before, regions);
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error(`${PLAN}: các vùng sinh tự động đã cũ; chạy node scripts/communes-to-yaml.mjs`);
      process.exitCode = 1;
    }
  } else if (after !== before) {
    writeFileSync(PLAN, after);
    console.log(`Đã ghi ${regions.size} vùng vào ${PLAN}`);
  }
}
