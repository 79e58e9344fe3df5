/**
 * Vietnamese-looking names for synthetic units and persons, drawn from short lists. The names are
 * plausible, not real: every record that carries one is marked synthetic.
 */
import { foldDiacritics } from '../../api/src/domain/fold-diacritics';
import { pick, type Random } from './prng';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Thị'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Hà', 'Lan', 'Hạnh'];
const PLACE = ['An', 'Bình', 'Châu', 'Đông', 'Hòa', 'Hưng', 'Long', 'Mỹ', 'Phú', 'Phước', 'Tân', 'Thạnh', 'Thuận', 'Trung', 'Vĩnh', 'Xuân', 'Sơn', 'Hải', 'Lộc', 'Quang', 'Thành', 'Yên', 'Nghĩa', 'Định'];

/** A synthetic person's name: Vietnamese, and folded to ASCII with capitals kept for `name`. */
export function personName(rand: Random): { name: string; nameVi: string } {
  const nameVi = `${pick(rand, FAMILY)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)}`;
  return { name: asciiName(nameVi), nameVi };
}

/** A two-syllable place name ("Tân Phú"). */
export function placeName(rand: Random): string {
  const a = pick(rand, PLACE);
  let b = pick(rand, PLACE);
  if (b === a) b = PLACE[(PLACE.indexOf(a) + 7) % PLACE.length]!;
  return `${a} ${b}`;
}

// The names are drawn from short lists: each is folded once (a million units fold ~3 million names).
const asciiNames = new Map<string, string>();

/** The name without diacritics, capitals kept ("Đà Nẵng" -> "Da Nang"). */
export function asciiName(vi: string): string {
  let ascii = asciiNames.get(vi);
  if (ascii === undefined) {
    ascii = vi.split(' ').map((w) => {
      const f = foldDiacritics(w);
      return f.charAt(0).toUpperCase() + f.slice(1);
    }).join(' ');
    if (asciiNames.size >= 100_000) asciiNames.clear();
    asciiNames.set(vi, ascii);
  }
  return ascii;
}

/** The name as an id fragment ("Bà Rịa - Vũng Tàu" -> "ba-ria-vung-tau"). */
export function slug(vi: string): string {
  return foldDiacritics(vi).split(/[^a-z0-9]+/).filter(Boolean).join('-');
}
