/**
 * Videos in guides (the <Video> component): where one plays, and how long it is. A YouTube video
 * plays from YouTube's privacy-enhanced host, and only after the reader presses play: the page
 * loads nothing from it before (no cookie, no request). The CSP admits this host for frames only
 * (public/_headers, deploy/nginx.conf.example).
 */

/** The only host a video is played from. */
export const VIDEO_HOST = 'https://www.youtube-nocookie.com';

/** The player address of a YouTube video id ("dQw4w9WgXcQ"); throws on anything that is not an id. */
export function youtubeEmbedUrl(id: string): string {
  if (!/^[\w-]{11}$/.test(id)) throw new Error(`Video: "${id}" is not a YouTube video id (11 letters, digits, - or _)`);
  return `${VIDEO_HOST}/embed/${id}?autoplay=1&rel=0`;
}

/** A video's length in seconds, from "2:30", "1:02:03" or ISO 8601 "PT2M30S"; throws on anything else. */
export function durationSeconds(text: string): number {
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(text.trim());
  if (iso && (iso[1] || iso[2] || iso[3])) return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
  throw new Error(`Video: duration "${text}" is not like "2:30" or "PT2M30S"`);
}

/** ISO 8601 for <time datetime>: 150 → "PT2M30S". */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
