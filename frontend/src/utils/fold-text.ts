/**
 * Lower-cases and strips Vietnamese diacritics so that "dien chau" finds "Diễn Châu".
 * `đ` is a letter of its own, not a d with a mark, so NFD leaves it alone: map it by hand.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
