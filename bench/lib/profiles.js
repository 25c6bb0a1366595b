// What each bench agency works on, for the results text: the sample
// workspace's profiles (fixtures/demo/generator/agencies.mjs), moved to the
// agency's province; communes speak like the districts they replaced.
import { PROFILES } from '../../fixtures/demo/generator/agencies.mjs';
import { communeHotspot } from './places.js';
import { int } from './prng.js';

/** Registers and returns the profile of `agency` (makePeople looks it up by id). */
export function profileFor(agency, archetype, rand) {
  if (agency.kind === 'commune-committee') {
    const name = agency.shortName.replace(/^UBND xã /, '').replace(/ \(.*\)$/, '');
    const place = `xã ${name}`;
    PROFILES[agency.id] = {
      kind: 'district',
      commune: true,
      short: agency.shortName,
      field: `địa bàn ${place}`,
      place,
      communes: int(rand, 6, 24),
      hotspot: communeHotspot(rand, name),
      targets: `hộ kinh doanh, cơ sở sản xuất trên địa bàn ${place}`,
      unit: 'Văn phòng HĐND và UBND xã',
    };
  } else {
    const base = PROFILES[archetype];
    if (!base) throw new Error(`bench: no profile for ${archetype}`);
    PROFILES[agency.id] = { ...base, short: agency.shortName ?? agency.name };
  }
  return PROFILES[agency.id];
}

/** District wording fitted to a commune: its own villages, budget and officers. */
export function communeText(text) {
  return text
    .replace(/xã, thị trấn/g, 'thôn, tổ dân phố')
    .replace(/ngân sách huyện/g, 'ngân sách xã')
    .replace(/Phòng Lao động - (TB&XH|Thương binh và Xã hội)/g, 'công chức văn hóa - xã hội')
    .replace(/Trung tâm Y tế/g, 'Trạm Y tế');
}
