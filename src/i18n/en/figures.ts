/** English strings of the figures pages (/en/so-lieu/…): charts and tables. Keys as in ../vi/figures.ts. */
import type { ChartWords } from '../../lib/figures/chart-spec.ts';
import type { PayloadWords } from '../../lib/figures/chart-payload.ts';
import { areaName, common } from './common.ts';
import { fmt, shortMonths } from './format.ts';
import type { Channel, Metric } from '../../lib/data/schema.ts';

const metricCount = { people: 'People', opinions: 'Opinions' } as const;

const strings = {
  figures: {
    title: 'Figures on feedback on the Constitution amendment',
    description:
      'Published figures on feedback on the amendment of the 2013 Constitution through VNeID: people, opinions, rates and ranks, each with its source and date, with tables, charts and downloads.',
    lead:
      'Every figure below names its unit (people or opinions), its date, the source that published it and how exact it is. Rates are computed here from two published numbers, never copied from the press.',
    latestHeading: 'Latest figures',
    seriesHeading: 'Over time',
    chartsHeading: 'Charts and tables',
    breakdownHeading: 'People who took part, by age group and occupation',
    areasHeading: 'Figures by area',
    areasCaption: 'The latest figure of every area with published figures',
    moreHeading: 'Downloads, methodology, corrections',
    allFiguresHeading: 'Every published figure',
    childrenHeading: 'Areas within',
    childrenNone: (n: number, kind: string) => `${n} other ${kind} have no published figures on this site yet.`,
    childrenAllMissing: (n: number, kind: string) => `None of the ${n} ${kind} within has published figures yet.`,
    areaTitle: (name: string) => `Figures: ${name}`,
    areaDescription: (name: string) =>
      `Published figures on feedback on the Constitution amendment through VNeID for ${name}: people, rate, rank, source and date.`,
    backToOverview: 'All figures',
    breadcrumbs: 'You are here',
    licence: 'Licence',
    metricCount,
    valueHeader: (metric: Metric, channel: Channel) => (metric === 'opinions' && channel === 'all' ? 'Submissions' : metricCount[metric]),
    levelPlural: { country: 'countries', province: 'provinces and cities', district: 'districts, towns and cities', commune: 'communes, wards and townships' },
    methodologyLink: 'How rates and ranks are computed',
    downloadsLink: 'Download all the data (CSV, JSON)',
    correctionsLink: 'Corrections log (in Vietnamese)',
    rssLink: 'Feed of new figures (RSS, in Vietnamese)',
    oneFigure: 'Only one figure has been published, so there is no chart; the figure is in the table.',
    labelPeople: 'People who sent feedback via VNeID',
    labelOpinions: 'Opinions sent via VNeID',
    labelOpinionsAll: 'Feedback submissions through every channel (not only VNeID)',
    col: {
      when: 'Date',
      area: 'Area',
      what: 'Figure',
      rate: 'Participation rate',
      rank: 'Rank',
      source: 'Source',
      group: 'Group',
      computedShare: 'Share computed here',
      printedShare: 'Share printed by the source',
    },
    rankReportedShort: '(as published by the source)',
    lastUpdated: 'Figures last updated',
    more: 'More',
    noRank: '—',
  },
  chart: {
    unitNote: (unit: string) => `Unit: ${unit}.`,
    asOf: 'Latest figure as of',
    sources: 'Sources',
    inexact:
      'Figures with “about” or “more than” are approximate, as the source gave them. Where a chart is drawn, approximate points and bars are hollow or pale.',
    inexactShort: 'Hollow points, pale bars: approximate figures (about, more than).',
    tableCaption: 'Table of figures',
    note: 'Note',
    notes: 'Notes to the table',
    reuse: 'Reuse these figures',
    csv: 'Download the data as CSV',
    json: 'Download the data as JSON',
    png: 'Save the chart as a PNG image',
    embed: 'Embed code',
    embedHint: 'Copy the code below into an article to show the chart with its table and sources.',
    embedPage: 'Embed page',
    copy: 'Copy the embed code',
    copied: 'Copied',
    showTable: 'Show the table',
    canvasLabel: (title: string) => `Chart: ${title}. The figures are in the table just below.`,
    seriesTitle: (what: string, area: string) => `${what}, ${area}`,
    breakdownTitle: (what: string, by: string, area: string, date: string) => `${what} by ${by}, ${area}, ${date}`,
    byAge: 'age group',
    byOccupation: 'occupation',
    shareBase: (total: string, source: string) =>
      `Share computed here = the people of the group divided by the total of ${total} on the same day (source: ${source}).`,
    shareDiffers: 'When the printed share is far from the computed one, the source may have divided by another total. See',
    partialGroups: 'The source named only some groups, so the groups do not add up to the total.',
    embedFrom: 'Chart from',
    parts: { chart: 'Chart', table: 'Table of figures', sources: 'Sources and how to cite', files: 'Download, embed, share' },
    tabs: { chart: 'Chart', table: 'Table', sources: 'Sources', files: 'Download' },
    tabsLabel: (title: string) => `Show “${title}” as`,
    noscriptImage: (title: string) => `Chart image: ${title}. The figures are in the table.`,
    pngLink: 'PNG image (1200 × 630)',
    cite: 'Cite',
    citeHint: 'Copy the text below when you use the chart or its figures:',
    citeText: (title: string, sources: string, asOf: string, site: string, address: string | undefined) =>
      `${title}. Data: ${sources}; figures as of ${asOf}. From ${site}${address ? `, ${address}` : ''}, accessed `,
    citeDate: '{d}/{m}/{y}',
    copyCite: 'Copy the citation',
    copiedCite: 'Citation copied',
    otherSource:
      'A share marked * divides one source’s count for the group by another source’s total, so it is for reference only; the chart does not draw it and uses the printed share, if any.',
    share: {
      heading: 'Share',
      zalo: 'Zalo',
      facebook: 'Facebook',
      copyLink: 'Copy the link',
      copied: 'Link copied',
    },
  },
} as const;

/** What src/lib/figures takes from the locale. */
const chartWords: ChartWords = {
  fmt,
  areaLabel: areaName,
  seriesWhat: {
    people: { vneid: strings.figures.labelPeople, all: 'People who sent feedback through every channel' },
    opinions: { vneid: strings.figures.labelOpinions, all: strings.figures.labelOpinionsAll },
  },
  dimension: { age_group: strings.chart.byAge, occupation: strings.chart.byOccupation },
  seriesTitle: strings.chart.seriesTitle,
  breakdownTitle: strings.chart.breakdownTitle,
  rankReported: strings.figures.rankReportedShort,
  illustrative: common.figure.illustrative,
  ownIllustrativeLabel: true,
};

const payloadWords: PayloadWords = {
  fmt,
  asOf: strings.chart.asOf,
  sources: strings.chart.sources,
  inexactShort: strings.chart.inexactShort,
  million: 'million',
  thousand: 'thousand',
  months: shortMonths,
  printedShare: 'share printed by the source',
};

export const figures = { ...strings, chartWords, payloadWords } as const;
