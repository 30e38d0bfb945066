/**
 * A figure's panel as markup (src/components/Figure.astro, its block variant): value with its
 * qualifier and unit, rate, rank, change, as-of and source, always together. Written here rather
 * than as Astro expressions because a figures page in each language and a broadcast page show one
 * for every area (32,000 panels nationally; README, Performance). Same escaping as Astro's
 * (src/lib/text/html.ts); what needs the data (the area, the rank's scope, corrections, the report
 * link) is looked up by the component and given here.
 */
import type { Latest } from '../data/aggregate.ts';
import { rateDigits } from '../data/arithmetic.ts';
import { NBSP, type Format } from '../text/format.ts';
import { attr, html, type Html } from '../text/html.ts';

export interface FigurePanelWords {
  rate: string;
  rateOf: string;
  eligible: string;
  rankComputed: string;
  rankReported: string;
  change: string;
  asOf: string;
  source: string;
  noAddress: string;
  corrected: string;
}

export interface FigurePanel {
  /** The heading above the number (the area's name by default). */
  label: string;
  /** Hide rank and change (for compact lists). */
  compact: boolean;
  /** The name of the area the rank is within, when not the country. */
  rankScope?: string;
  /** The data's "illustrative" label, when the data is. */
  illustrative?: string;
  /** Sources and notes are quoted in Vietnamese: marked so on other pages. */
  dataLang?: string;
  /** The corrections log, when a correction concerns this figure. */
  correctionsHref?: string;
  /** "Báo số liệu sai": the mail link and its text, when the site has a contact address. */
  report?: { href: string; text: string };
}

export function figurePanelHtml(latest: Latest, p: FigurePanel, w: FigurePanelWords, fmt: Format): Html {
  const f = latest.figure;
  const q = fmt.words.qualifier[f.qualifier];
  const amount = fmt.amount(f);
  const unit = fmt.unit(f.metric, f.channel);
  // "17.100.624 người" is held together (no-break spaces): on a phone a long one takes smaller type.
  const length = amount.length + unit.length;
  const size = length > 18 ? ' figure__value--longer' : length > 12 ? ' figure__value--long' : '';
  const { rank, change } = latest;
  return html`<div class="figure"${attr('data-figure', f.id)}><p class="figure__label">${p.label}</p>\
<p class="figure__value${size}">${q && html`<span class="figure__q">${`${q} `}</span>`}<data${attr('value', f.value)}>${amount}</data>${`${NBSP}${unit}`}</p>\
<div class="figure__meta">${p.illustrative !== undefined && html`<p class="illustrative">${p.illustrative}</p>`}\
${latest.rate !== undefined && html`<p>${`${w.rate}: `}<strong>${fmt.percent(latest.rate, rateDigits(f))}</strong>${fmt.typeset(` ${w.rateOf} ${fmt.count(f.eligible!)} ${w.eligible}.`)}</p>`}\
${!p.compact && rank && html`<p>${`${rank.kind === 'computed' ? w.rankComputed : w.rankReported}: `}<strong>${fmt.rank(rank, p.rankScope)}</strong>.</p>`}\
${!p.compact && change && html`<p>${`${w.change} (${fmt.date(change.since.as_of)}): ${fmt.qualified(fmt.change(change.value), change.qualifier)}${NBSP}${unit}.`}</p>`}\
<p>${`${w.asOf} `}<time${attr('datetime', f.as_of)}>${fmt.asOf(f.as_of)}</time>${`. ${w.source}: `}\
${f.source_url ? html`<a${attr('href', f.source_url)}${attr('lang', p.dataLang)}>${f.source}</a>` : html`<span${attr('lang', p.dataLang)}>${f.source}</span>${` (${w.noAddress})`}`}.</p>\
${f.note && html`<p class="muted"${attr('lang', p.dataLang)}>${f.note}</p>`}\
${p.correctionsHref && html`<p><a${attr('href', p.correctionsHref)}>${w.corrected}</a></p>`}\
${p.report && html`<p class="report-mistake no-print"><a${attr('href', p.report.href)} data-report-mistake>${p.report.text}</a></p>`}</div></div>`;
}
