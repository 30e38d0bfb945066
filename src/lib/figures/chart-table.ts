/**
 * The table of a chart (chartTableHtml(), src/lib/figures/chart-html.ts): which columns it has, and its rows as
 * markup. The rows are written here rather than in the component because a series has a row and
 * a second line for every report: hundreds of cells on every figures and embed page, which cost
 * Astro more than the rest of the page together (README, Performance). Same cells, same escaping.
 */
import type { ChartSpec } from './chart-spec.ts';
import { printedShareText, rateText, shareText } from './chart-cells.ts';
import type { Format } from '../text/format.ts';
import { attr, html, type Html } from '../text/html.ts';

/** The columns a chart's table has, from its rows. */
export interface ChartTableLayout {
  isSeries: boolean;
  hasRate: boolean;
  hasRank: boolean;
  hasComputed: boolean;
  hasPrinted: boolean;
  /** Some computed share has a total from another source: starred and explained under the table. */
  otherSource: boolean;
  /** More than one source: a column (and a line under each row on a phone); one is in the caption. */
  hasSource: boolean;
  /** The rows' notes, each once, numbered in order of first use. */
  notes: string[];
  /** Columns shown on a phone; the line under a row spans them. */
  essential: number;
}

export function chartTableLayout(spec: ChartSpec): ChartTableLayout {
  const isSeries = spec.kind === 'line';
  const hasRate = isSeries && spec.rows.some((r) => r.rate !== undefined);
  const hasRank = isSeries && spec.rows.some((r) => r.rankText !== undefined);
  const hasComputed = !isSeries && spec.rows.some((r) => r.computedShare !== undefined);
  const hasPrinted = !isSeries && spec.rows.some((r) => r.printedShare !== undefined);
  return {
    isSeries,
    hasRate,
    hasRank,
    hasComputed,
    hasPrinted,
    otherSource: hasComputed && spec.rows.some((r) => r.shareBasis === 'other-source'),
    hasSource: spec.sources.length > 1,
    notes: [...new Set(spec.rows.filter((r) => r.note).map((r) => r.note!))],
    essential: 2 + (hasRate ? 1 : 0) + (hasComputed ? 1 : 0) + (hasPrinted ? 1 : 0),
  };
}

/** The id of note i (0-based) under a chart's table. */
export const chartNoteId = (spec: Pick<ChartSpec, 'id'>, i: number) => `ghi-chu-${spec.id}-${i + 1}`;

export interface ChartTableWords {
  fmt: Format;
  /** Column names, repeated on the line under a row: "Xếp hạng", "Nguồn". */
  rank: string;
  source: string;
  /** What a rank cell says when there is none. */
  noRank: string;
  /** After a source that has no address. */
  noAddress: string;
  /** "Ghi chú": the label of a note's number. */
  note: string;
  /** The link to the corrections log under a corrected value. */
  corrected: string;
}

/** The words of a chart's table, from a locale's dictionary (src/i18n: vi and en alike). */
export function chartTableWords(
  t: {
    figures: { col: { rank: string; source: string }; noRank: string };
    chart: { note: string };
    figure: { noAddress: string; corrected: string };
  },
  fmt: Format,
): ChartTableWords {
  return {
    fmt,
    rank: t.figures.col.rank,
    source: t.figures.col.source,
    noRank: t.figures.noRank,
    noAddress: t.figure.noAddress,
    note: t.chart.note,
    corrected: t.figure.corrected,
  };
}

/** What depends on the page: where the corrections log is, and the language of the data's words. */
export interface ChartTablePage {
  correctionsHref: string;
  /** lang of the data's own words (sources, notes, categories) on a page in another language. */
  dataLang?: string;
}

/**
 * The <tbody> rows of a chart's table: per row its label (a series' time), value (with a link to
 * the corrections log when corrected), rate or shares, rank and source columns, and a second line
 * with rank, source and note for phones. `anchors`: series rows carry their figure's id.
 */
export function chartTableRows(spec: ChartSpec, layout: ChartTableLayout, anchors: boolean, w: ChartTableWords, page: ChartTablePage): Html {
  const { isSeries, hasRate, hasRank, hasComputed, hasPrinted, hasSource, notes, essential } = layout;
  const lang = attr('lang', page.dataLang);
  return html`${spec.rows.map((r) => {
    const n = r.note ? notes.indexOf(r.note) : -1;
    const source = r.source_url
      ? html`<a${attr('href', r.source_url)}${lang}>${r.source}</a>`
      : html`<span${lang}>${r.source}</span>${` (${w.noAddress})`}`;
    const more = (hasRank && r.rankText) || hasSource || r.note;
    const label = isSeries ? html`<time${attr('datetime', r.key)}>${r.label}</time>` : r.label;
    const noteLink =
      n >= 0 && html`<sup class="col-extra"><a${attr('href', `#${chartNoteId(spec, n)}`)}${attr('aria-label', `${w.note} ${n + 1}`)}>${n + 1}</a></sup>`;
    const corrected = r.corrected && html`<br><a class="chart-table__corrected"${attr('href', page.correctionsHref)}>${w.corrected}</a>`;
    const star = r.shareBasis === 'other-source' && r.computedShare !== undefined && ' *';
    return html`<tr${attr('data-key', r.key)}${attr('id', anchors && r.figureId ? `so-lieu-${r.figureId}` : undefined)}>\
<th scope="row"${isSeries ? undefined : lang}>${label}${noteLink}</th>\
<td class="num"${attr('data-value', r.value)}${attr('data-qualifier', r.qualifier)}>${r.display}${corrected}</td>\
${hasRate && html`<td class="num">${rateText(r, w.fmt)}</td>`}\
${hasComputed && html`<td class="num">${shareText(r, w.fmt)}${star}</td>`}\
${hasPrinted && html`<td class="num">${printedShareText(r, w.fmt)}</td>`}\
${hasRank && html`<td class="col-extra">${r.rankText ?? w.noRank}</td>`}\
${hasSource && html`<td class="col-extra chart-table__source">${source}</td>`}</tr>\
${more && html`<tr class="chart-table__more"><td${attr('colspan', essential)}>\
${hasRank && r.rankText && html`<span>${`${w.rank}: ${r.rankText}. `}</span>`}\
${hasSource && html`<span>${`${w.source}: `}${source}. </span>`}\
${r.note && html`<span class="muted"${lang}>${r.note}</span>`}</td></tr>`}`;
  })}`;
}
