/**
 * A page's language as components take it (a prop, Vietnamese by default): its dictionary, number
 * format, area names, where its links lead and its navigation. The figures components are shared by
 * the Vietnamese pages and their English versions (/en/…); nothing else has an English version.
 */
import type { Format } from '../lib/text/format.ts';
import { inLanguage, type Lang } from '../lib/site/languages.ts';
import { areaName as viAreaName, fmt as viFmt, t as vi } from './vi.ts';
import { areaName as enAreaName, en, fmt as enFmt, type FiguresDictionary } from './en.ts';

type Named = { level: string; type: string; name: string };

/** A link of the header or footer: a Vietnamese site path, its label, and the language of the page it leads to. */
export interface NavLink {
  key: string;
  path: string;
  label: string;
  lang?: Lang;
}

export interface Locale {
  lang: Lang;
  /** Open Graph's locale: "vi_VN". */
  ogLocale: string;
  t: FiguresDictionary;
  fmt: Format;
  /** "Tỉnh Hải Dương" / "Hải Dương province". */
  areaName(a: Named): string;
  /** The page a Vietnamese site path leads to in this language (its English version when there is one). */
  path(p: string): string;
  /** Where the site name in the header leads. */
  home: string;
  nav: NavLink[];
  footer: Record<'about' | 'methodology' | 'corrections' | 'accessibility', NavLink>;
}

export const viLocale: Locale = {
  lang: 'vi',
  ogLocale: 'vi_VN',
  t: vi,
  fmt: viFmt,
  areaName: viAreaName,
  path: (p) => p,
  home: '',
  nav: [
    { key: 'guides', path: 'huong-dan/', label: vi.nav.guides },
    { key: 'help', path: 'ho-tro/', label: vi.nav.help },
    { key: 'broadcasts', path: 'kich-ban/', label: vi.nav.broadcasts },
    { key: 'figures', path: 'so-lieu/', label: vi.nav.figures },
    // No "Tìm kiếm" link: the search box beside it does that, on every page but the search page.
  ],
  footer: {
    about: { key: 'about', path: 'gioi-thieu/', label: vi.footer.about },
    methodology: { key: 'methodology', path: 'phuong-phap/', label: vi.footer.methodology },
    corrections: { key: 'corrections', path: 'so-lieu/dinh-chinh/', label: vi.footer.corrections },
    accessibility: { key: 'accessibility', path: 'tiep-can/', label: vi.footer.accessibility },
  },
};

const toEnglish = (p: string) => inLanguage('en', p);

export const enLocale: Locale = {
  lang: 'en',
  ogLocale: 'en_GB',
  t: en,
  fmt: enFmt,
  areaName: enAreaName,
  path: toEnglish,
  home: 'en/',
  nav: [
    { key: 'figures', path: 'en/so-lieu/', label: en.nav.figures },
    { key: 'downloads', path: 'en/so-lieu/du-lieu/', label: en.nav.downloads },
    { key: 'methodology', path: 'en/phuong-phap/', label: en.nav.methodology },
  ],
  footer: {
    about: { key: 'about', path: 'gioi-thieu/', label: `${en.footer.about} ${en.inVietnamese}`, lang: 'vi' },
    methodology: { key: 'methodology', path: 'en/phuong-phap/', label: en.footer.methodology },
    corrections: { key: 'corrections', path: 'so-lieu/dinh-chinh/', label: `${en.footer.corrections} ${en.inVietnamese}`, lang: 'vi' },
    accessibility: { key: 'accessibility', path: 'tiep-can/', label: `${en.footer.accessibility} ${en.inVietnamese}`, lang: 'vi' },
  },
};

export const locales: Record<Lang, Locale> = { vi: viLocale, en: enLocale };
