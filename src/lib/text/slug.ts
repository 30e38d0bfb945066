import { foldDiacritics } from './fold.ts';

/** "Thành phố Hải Dương" -> "thanh-pho-hai-duong"; "Đắk Lắk" -> "dak-lak". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
