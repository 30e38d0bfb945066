/** Site-wide English strings: the page shell and the figure panel of the English figures pages. */
type Named = { level: string; type: string; name: string };

/** The Vietnamese type words of data/areas.csv in English; an unknown one is shown as the data gives it. */
const TYPES: Record<string, string> = {
  tỉnh: 'province',
  'thành phố': 'city',
  huyện: 'district',
  quận: 'urban district',
  'thị xã': 'town',
  xã: 'commune',
  phường: 'ward',
  'thị trấn': 'township',
};

export const common = {
  area: { country: 'Viet Nam', countrySpoken: 'Viet Nam' },
  skipLink: 'Skip to main content',
  navLabel: 'Main sections',
  language: { name: 'English' },
  /** After a link to a page that exists in Vietnamese only. */
  inVietnamese: '(in Vietnamese)',
  updated: 'Updated',
  nav: {
    home: 'English',
    figures: 'Figures',
    downloads: 'Data downloads',
    methodology: 'Methodology',
  },
  footer: {
    about: 'About this site',
    methodology: 'How the figures are counted',
    corrections: 'Corrections',
    accessibility: 'Accessibility',
    note: 'A public information site. Every figure names its source and its date.',
    updated: 'Latest figures',
  },
  figure: {
    source: 'Source',
    noAddress: 'no web address found',
    asOf: 'As of',
    rate: 'Participation rate',
    rateOf: 'of',
    eligible: 'citizens with a level-2 electronic ID account',
    rankComputed: 'Rank (computed from complete figures)',
    rankReported: 'Rank as published by the source',
    change: 'Change since the previous report',
    illustrative: 'Illustrative data — not real figures',
    corrected: 'This figure has been corrected',
  },
  /** The English landing page (/en/). */
  landing: {
    title: 'Feedback on the 2013 Constitution amendment through the VNeID app',
    description:
      'Published figures on how many people in Viet Nam and in Hải Dương province sent feedback on the draft amendment of the 2013 Constitution through the VNeID app, with sources, tables and downloads.',
    lead:
      'In May 2025 citizens of Viet Nam could send feedback on the draft amendment of the 2013 Constitution through the VNeID app, with a level-2 electronic ID account. This site publishes the figures reported on that feedback, for the whole country and for Hải Dương province, each with its unit, date, source and how exact it is.',
    sections: 'In English',
    figures: 'Every published figure, with charts, tables and the areas that reported figures.',
    downloads: 'The same figures as CSV and JSON files at stable addresses.',
    methodology: 'What is counted, how rates and ranks are computed, how to quote a figure.',
    vietnameseOnly:
      'The step-by-step guides for citizens and the texts for commune loudspeakers are in Vietnamese only.',
  },
  /** The link to the guides' index, a Vietnamese page. */
  guidesLink: 'The guides for citizens (in Vietnamese)',
} as const;

/** "Hải Dương province", "Viet Nam": the name as the data gives it, the type in English. */
export const areaName = (a: Named) => (a.level === 'country' ? common.area.country : `${a.name} ${TYPES[a.type.toLowerCase()] ?? a.type}`);
