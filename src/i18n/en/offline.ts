/** Strings of the English offline page (/en/ngoai-tuyen/): served by the service worker for an English page that is not stored when there is no network. */
export const offline = {
  offline: {
    title: 'You are offline',
    description: 'The English pages that can be read with no network: the figures overview.',
    lead: 'This device has no network connection, and the page you opened has not been saved on it. The pages below are saved and open with no network.',
    otherHeading: 'Saved pages in English',
    retry: 'When the network is back, reload the page.',
  },
  /** On the English offline page: the link to the Vietnamese one, which lists the guides, posters and broadcasts. */
  offlineInVietnamese: 'Guides, posters and loudspeaker texts saved for offline reading (in Vietnamese)',
} as const;
