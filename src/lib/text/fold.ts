/**
 * Remove Vietnamese diacritics, đ/Đ included (NFD alone leaves đ untouched), for slugs, header
 * matching and search.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
