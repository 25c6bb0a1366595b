// The 34 provinces and centrally-run cities from 01/7/2025 (Nghị quyết
// 202/2025/QH15), and word lists for invented commune names. SAMPLE DATA.
import { int, pick } from './prng.js';

/** [slug, name with its unit word]. */
export const PROVINCES = [
  ['ha-noi', 'thành phố Hà Nội'], ['hue', 'thành phố Huế'], ['lai-chau', 'tỉnh Lai Châu'], ['dien-bien', 'tỉnh Điện Biên'],
  ['son-la', 'tỉnh Sơn La'], ['lang-son', 'tỉnh Lạng Sơn'], ['quang-ninh', 'tỉnh Quảng Ninh'], ['thanh-hoa', 'tỉnh Thanh Hóa'],
  ['nghe-an', 'tỉnh Nghệ An'], ['ha-tinh', 'tỉnh Hà Tĩnh'], ['cao-bang', 'tỉnh Cao Bằng'], ['tuyen-quang', 'tỉnh Tuyên Quang'],
  ['lao-cai', 'tỉnh Lào Cai'], ['thai-nguyen', 'tỉnh Thái Nguyên'], ['phu-tho', 'tỉnh Phú Thọ'], ['bac-ninh', 'tỉnh Bắc Ninh'],
  ['hung-yen', 'tỉnh Hưng Yên'], ['hai-phong', 'thành phố Hải Phòng'], ['ninh-binh', 'tỉnh Ninh Bình'], ['quang-tri', 'tỉnh Quảng Trị'],
  ['da-nang', 'thành phố Đà Nẵng'], ['quang-ngai', 'tỉnh Quảng Ngãi'], ['gia-lai', 'tỉnh Gia Lai'], ['khanh-hoa', 'tỉnh Khánh Hòa'],
  ['lam-dong', 'tỉnh Lâm Đồng'], ['dak-lak', 'tỉnh Đắk Lắk'], ['ho-chi-minh', 'Thành phố Hồ Chí Minh'], ['dong-nai', 'tỉnh Đồng Nai'],
  ['tay-ninh', 'tỉnh Tây Ninh'], ['can-tho', 'thành phố Cần Thơ'], ['vinh-long', 'tỉnh Vĩnh Long'], ['dong-thap', 'tỉnh Đồng Tháp'],
  ['ca-mau', 'tỉnh Cà Mau'], ['an-giang', 'tỉnh An Giang'],
];

const FIRST = ['Tân', 'Hòa', 'Đông', 'Tây', 'Nam', 'Bắc', 'Yên', 'Phú', 'Thanh', 'Minh', 'Hưng', 'Quang', 'Xuân', 'Trung', 'An', 'Vĩnh', 'Đại', 'Hồng', 'Kim', 'Long'];
const SECOND = ['Tiến', 'Bình', 'Thịnh', 'Phong', 'Lộc', 'Sơn', 'Hà', 'Hải', 'Thành', 'Lâm', 'Điền', 'Mỹ', 'Khánh', 'Lợi', 'Hợp', 'Đức', 'Thuận', 'Nghĩa', 'Vinh', 'Xuyên'];
const HOTSPOTS = ['cụm công nghiệp', 'làng nghề mộc', 'khu khai thác đá', 'vùng chế biến nông sản', 'làng nghề gốm', 'bến thủy nội địa', 'khu chế biến gỗ', 'cơ sở may mặc'];

/** `count` distinct commune names for one province, e.g. "Tân Tiến". */
export function communeNames(rand, count) {
  const names = new Set();
  while (names.size < count) {
    const name = `${pick(rand, FIRST)} ${pick(rand, SECOND)}`;
    names.add(names.has(name) ? `${name} ${['Hạ', 'Thượng', 'Nội', 'Ngoại'][int(rand, 0, 3)]}` : name);
  }
  return [...names];
}

export function communeHotspot(rand, name) {
  return `${pick(rand, HOTSPOTS)} xã ${name}`;
}

/** ASCII slug of Vietnamese text: "Tân Tiến" → "tan-tien". */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
