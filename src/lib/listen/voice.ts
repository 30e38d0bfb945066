/**
 * The voice the listen button reads with: Vietnamese, and on the device. A voice that is not
 * local (localService false, such as a browser's online voices) would send the page's text to a
 * speech service: never used, so nothing the reader listens to leaves the phone.
 */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** vi-VN first, then any vi voice; the device's default among equals. Undefined: no button. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const vi = voices.filter((v) => v.localService && /^vi(?:[-_]|$)/i.test(v.lang));
  const rank = (v: V) => (/^vi[-_]vn$/i.test(v.lang) ? 0 : 2) + (v.default ? 0 : 1);
  return [...vi].sort((a, b) => rank(a) - rank(b))[0];
}
