/**
 * Vietnamese-looking names for synthetic units and persons, drawn from short lists. The names are
 * plausible, not real: every record that carries one is marked synthetic.
 */
import { foldDiacritics } from '../../api/src/domain/fold-diacritics';
import type { Random } from './prng';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Thị'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Hà', 'Lan', 'Hạnh'];
const PLACE = ['An', 'Bình', 'Châu', 'Đông', 'Hòa', 'Hưng', 'Long', 'Mỹ', 'Phú', 'Phước', 'Tân', 'Thạnh', 'Thuận', 'Trung', 'Vĩnh', 'Xuân', 'Sơn', 'Hải', 'Lộc', 'Quang', 'Thành', 'Yên', 'Nghĩa', 'Định'];

// A million units draw a million names from these short lists: each combination's strings are made
// once (the same values; the same string objects also hash once in the maps that fold them).
const personNames: ({ name: string; nameVi: string } | undefined)[] = [];
const placeNames: (string | undefined)[] = [];

/** A synthetic person's name: Vietnamese, and folded to ASCII with capitals kept for `name`. */
export function personName(rand: Random): { name: string; nameVi: string } {
  const f = Math.floor(rand() * FAMILY.length);
  const m = Math.floor(rand() * MIDDLE.length);
  const g = Math.floor(rand() * GIVEN.length);
  const k = (f * MIDDLE.length + m) * GIVEN.length + g;
  let p = personNames[k];
  if (!p) {
    const nameVi = `${FAMILY[f]} ${MIDDLE[m]} ${GIVEN[g]}`;
    personNames[k] = p = { name: asciiName(nameVi), nameVi };
  }
  return { name: p.name, nameVi: p.nameVi };
}

/** A two-syllable place name ("Tân Phú"). */
export function placeName(rand: Random): string {
  const a = Math.floor(rand() * PLACE.length);
  let b = Math.floor(rand() * PLACE.length);
  if (b === a) b = (a + 7) % PLACE.length;
  const k = a * PLACE.length + b;
  return (placeNames[k] ??= `${PLACE[a]} ${PLACE[b]}`);
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
