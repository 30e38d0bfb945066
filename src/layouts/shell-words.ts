/**
 * The shell's words and links (src/lib/site/shell.ts takes them as arguments): the dictionaries'
 * sentences, the campaign's contacts, every link through url(). Shared by Base.astro, SearchBox.astro
 * and ContactBlock.astro, so that each part of the shell is said in one place.
 */
import type { Campaign } from '~/lib/campaign/schema.ts';
import { siteFooterHtml, type ContactLine, type SearchBoxProps } from '~/lib/site/shell.ts';
import type { Html } from '~/lib/text/html.ts';
import { url } from '~/lib/site/paths.ts';
import type { Locale } from '~/i18n/locale.ts';
import { t } from '~/i18n/vi.ts';

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
