/**
 * What this deployment is about. Another province deploying gopy changes these lines and data/.
 */
export const siteConfig = {
  /** Area whose figures lead the home page (GSO code from data/areas.csv). */
  headlineArea: '30',
  /** The country-level area code. */
  countryArea: 'VN',
} as const;
