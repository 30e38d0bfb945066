/**
 * The shell's words and links (src/lib/site/shell.ts takes them as arguments): the dictionaries'
 * sentences, the campaign's contacts, every link through url(). Shared by Base.astro, SearchBox.astro
 * and ContactBlock.astro, so that each part of the shell is said in one place.
 */
import type { Campaign } from '../lib/campaign/schema.ts';
import { pageHeadHtml, siteFooterHtml, siteHeaderHtml, type ContactLine, type SearchBoxProps } from '../lib/site/shell.ts';
import type { Html } from '../lib/text/html.ts';
import { absoluteUrl, siteUrl, url } from '../lib/site/paths.ts';
import { locales, viLocale, type Locale } from '../i18n/locale.ts';
import { twins } from '../lib/site/languages.ts';
import type { SearchKind } from '../lib/search/meta.ts';
import { t } from '../i18n/vi.ts';

/**
 * The site's name on a page in `lang`: the campaign's (content/campaign.yaml); on English pages its
 * English name when the settings give one, else the Vietnamese one (`lang: 'vi'` then marks it).
 */
export function siteNameFor(campaign: Campaign, lang: string): { name: string; lang?: 'vi' } {
  if (lang === 'en') return campaign.short_name_en ? { name: campaign.short_name_en } : { name: campaign.short_name, lang: 'vi' };
  return { name: campaign.short_name };
}

/** The search box: in the header by default (its label for screen readers only). */
export function searchBoxProps(id = 'search-box-q', variant: 'header' | 'page' = 'header', label: string = t.search.headerLabel): SearchBoxProps {
  return { id, variant, label, action: url('tim-kiem/'), words: { title: t.search.title, placeholder: t.search.label, button: t.search.button } };
}

/** A phone number as a link to dial it. */
export const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The campaign's contacts as links: e-mail, then phone. */
export function contactLinks(c: Campaign): { label: string; href: string; text: string }[] {
  const w = t.campaign.contact;
  const links: { label: string; href: string; text: string }[] = [];
  if (c.contact.email) links.push({ label: w.email, href: `mailto:${c.contact.email}`, text: c.contact.email });
  if (c.contact.phone) links.push({ label: w.phone, href: tel(c.contact.phone), text: c.contact.phone });
  return links;
}

/** Who runs the site and how to reach them, in one line (the footer's). */
export function contactLine(c: Campaign): ContactLine {
  const w = t.campaign.contact;
  const links = contactLinks(c);
  return {
    operator: c.operator ? w.footerOperator(c.operator) : w.footerOperatorUnset,
    contacts: links.length > 0 ? { label: w.footerContact, links } : { unset: w.footerContactUnset },
  };
}

// The footer is the same on every page of a language: made once per language and campaign.
const footers = new WeakMap<Campaign, Map<string, Html>>();

export function siteFooter(locale: Locale, campaign: Campaign): Html {
  let byLang = footers.get(campaign);
  if (!byLang) footers.set(campaign, (byLang = new Map()));
  let footer = byLang.get(locale.lang);
  if (!footer) {
    const { footer: links } = locale;
    footer = siteFooterHtml({
      note: locale.t.footer.note,
      contact: contactLine(campaign),
      links: [links.about, links.methodology, links.corrections, links.accessibility].map((l) => ({ href: url(l.path), label: l.label, hreflang: l.lang })),
    });
    byLang.set(locale.lang, footer);
  }
  return footer;
}

/** What a page tells its shell (Base.astro's props, resolved against the data by Base). */
export interface PageShellProps {
  title: string;
  description: string;
  locale?: Locale;
  /** Open Graph image, a site path (default: the share image of the headline figure). */
  image?: string;
  section?: string;
  /** The header's search box (Vietnamese pages only). */
  searchBox?: boolean;
  /** A page with no address of its own (404): no canonical or og:url, robots noindex. */
  noAddress?: boolean;
  /** What the search index files about the page; absent for a page left out of search. */
  search?: { kind: SearchKind; areas: string[] };
}

/**
 * A page's shell as markup: `<head>`'s elements, the header, the footer, for the page at `path`
 * (its site path: no base, no leading slash). Base.astro's, and that of the pages the build's
 * workers write without Astro (src/files/broadcast-pages.ts), so the two cannot differ.
 */
export function pageShell(path: string, p: PageShellProps, env: { site: string | URL | undefined; campaign: Campaign }): { head: Html; header: Html; footer: Html } {
  const { title, description, locale = viLocale, image = 'so-lieu/anh-chia-se.png', section, noAddress = false } = p;
  const { lang, t: words } = locale;
  const { site, campaign } = env;
  const { name: siteName, lang: siteNameLang } = siteNameFor(campaign, lang);
  const fullTitle = section === 'home' ? title : `${title} — ${siteName}`;
  // Without SITE_URL (a local preview) the canonical link is relative and og:url/og:image are left
  // out: never a made-up origin.
  const ogImage = image ? absoluteUrl(site, image) : undefined;
  // The same page in the other language, when it has one: hreflang links and the language switch.
  const versions = noAddress ? undefined : twins(path);
  const other = versions && locales[lang === 'vi' ? 'en' : 'vi'];
  const head = pageHeadHtml({
    fullTitle,
    title,
    description,
    canonical: noAddress ? undefined : siteUrl(site, path),
    alternates: versions && { vi: siteUrl(site, versions.vi), en: siteUrl(site, versions.en) },
    favicon: url('favicon.svg'),
    ogLocale: locale.ogLocale,
    siteName,
    ogUrl: absoluteUrl(site, path),
    ogImage,
    search: p.search && { kind: t.search.kinds[p.search.kind], areas: p.search.areas },
  });
  const header = siteHeaderHtml({
    skipLink: words.skipLink,
    home: url(locale.home),
    siteName,
    siteNameLang,
    languageSwitch: other && versions && { href: url(versions[other.lang]), lang: other.lang, label: other.t.language.name },
    navLabel: words.navLabel,
    nav: locale.nav.map((n) => ({ href: url(n.path), label: n.label, current: section === n.key })),
    searchBox: lang === 'vi' && (p.searchBox ?? true) ? searchBoxProps() : undefined,
    illustrative: campaign.illustrative ? t.campaign.illustrative : undefined,
  });
  return { head, header, footer: siteFooter(locale, campaign) };
}
