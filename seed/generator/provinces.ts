/**
 * The provinces of Viet Nam before and after the merger of 2025-07-01 (63 into 34), which the
 * generator's provincial police forces follow. The new province keeps the name of the first
 * province listed; eleven provinces were not merged (one old name each).
 */

/** A province of 2025-07-01 and the provinces of before that it joined. */
export interface NewProvince {
  /** Vietnamese name of the province after 2025-07-01. */
  nameVi: string;
  /** Vietnamese names of the provinces before 2025-07-01 that form it; the first gave the name. */
  from: readonly string[];
  /** Rough relative size (number of communes), so larger provinces get more units. */
  weight: number;
}

/** The 34 provinces and centrally run cities after 2025-07-01, from the 63 before. */
export const NEW_PROVINCES: readonly NewProvince[] = [
  { nameVi: 'Hà Nội', from: ['Hà Nội'], weight: 5.8 },
  { nameVi: 'Huế', from: ['Thừa Thiên Huế'], weight: 1.4 },
  { nameVi: 'Lai Châu', from: ['Lai Châu'], weight: 1.1 },
  { nameVi: 'Điện Biên', from: ['Điện Biên'], weight: 1.3 },
  { nameVi: 'Sơn La', from: ['Sơn La'], weight: 2.1 },
  { nameVi: 'Lạng Sơn', from: ['Lạng Sơn'], weight: 1.8 },
  { nameVi: 'Quảng Ninh', from: ['Quảng Ninh'], weight: 1.3 },
  { nameVi: 'Thanh Hóa', from: ['Thanh Hóa'], weight: 4.7 },
  { nameVi: 'Nghệ An', from: ['Nghệ An'], weight: 3.9 },
  { nameVi: 'Hà Tĩnh', from: ['Hà Tĩnh'], weight: 2.1 },
  { nameVi: 'Cao Bằng', from: ['Cao Bằng'], weight: 1.6 },
  { nameVi: 'Tuyên Quang', from: ['Tuyên Quang', 'Hà Giang'], weight: 3.0 },
  { nameVi: 'Lào Cai', from: ['Lào Cai', 'Yên Bái'], weight: 2.9 },
  { nameVi: 'Thái Nguyên', from: ['Thái Nguyên', 'Bắc Kạn'], weight: 2.8 },
  { nameVi: 'Phú Thọ', from: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'], weight: 4.5 },
  { nameVi: 'Bắc Ninh', from: ['Bắc Ninh', 'Bắc Giang'], weight: 3.3 },
  { nameVi: 'Hưng Yên', from: ['Hưng Yên', 'Thái Bình'], weight: 3.4 },
  { nameVi: 'Hải Phòng', from: ['Hải Phòng', 'Hải Dương'], weight: 3.8 },
  { nameVi: 'Ninh Bình', from: ['Ninh Bình', 'Hà Nam', 'Nam Định'], weight: 3.8 },
  { nameVi: 'Quảng Trị', from: ['Quảng Trị', 'Quảng Bình'], weight: 2.4 },
  { nameVi: 'Đà Nẵng', from: ['Đà Nẵng', 'Quảng Nam'], weight: 2.6 },
  { nameVi: 'Quảng Ngãi', from: ['Quảng Ngãi', 'Kon Tum'], weight: 2.2 },
  { nameVi: 'Gia Lai', from: ['Gia Lai', 'Bình Định'], weight: 3.0 },
  { nameVi: 'Khánh Hòa', from: ['Khánh Hòa', 'Ninh Thuận'], weight: 1.6 },
  { nameVi: 'Lâm Đồng', from: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'], weight: 3.2 },
  { nameVi: 'Đắk Lắk', from: ['Đắk Lắk', 'Phú Yên'], weight: 2.5 },
  { nameVi: 'Hồ Chí Minh', from: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'], weight: 3.6 },
  { nameVi: 'Đồng Nai', from: ['Đồng Nai', 'Bình Phước'], weight: 2.1 },
  { nameVi: 'Tây Ninh', from: ['Tây Ninh', 'Long An'], weight: 2.4 },
  { nameVi: 'Cần Thơ', from: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'], weight: 2.0 },
  { nameVi: 'Vĩnh Long', from: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'], weight: 2.5 },
  { nameVi: 'Đồng Tháp', from: ['Đồng Tháp', 'Tiền Giang'], weight: 2.0 },
  { nameVi: 'Cà Mau', from: ['Cà Mau', 'Bạc Liêu'], weight: 1.3 },
  { nameVi: 'An Giang', from: ['An Giang', 'Kiên Giang'], weight: 1.9 },
];

/** The day the 63 provinces became 34, and their police forces with them. */
export const PROVINCE_MERGER_DATE = '2025-07-01';
/** The day district-level police were abolished; communes then report to their province. */
export const DISTRICTS_ABOLISHED_DATE = '2025-03-01';
