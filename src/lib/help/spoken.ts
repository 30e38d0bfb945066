/**
 * The next sessions of help as a broadcast reads them: "Sáng thứ Bảy ngày mười bảy tháng năm, từ
 * bảy giờ đến mười một giờ, tổ công an xã Gia Tân có mặt tại chợ Gia Tân, thôn Nhân Lý." Every
 * number in words; the schedule's source named first, so a generated (illustrative) schedule says
 * so aloud. The sentences' words come from the locale (HelpSpokenWords). Pure TypeScript.
 */
import type { HelpKind } from '../data/help-points.ts';
import { numeralsToWords } from '../text/numerals.ts';
import { dateToWords, partOfDayWords, timeToWords, weekdayWords, type WordsOptions } from '../text/read-aloud.ts';
import { toWallClock } from '../text/vn-time.ts';
import type { Session } from './schedule.ts';

/** One session's parts, each already in words. */
export interface SpokenSession {
  /** "sáng thứ Bảy ngày mười bảy tháng năm". */
  when: string;
  /** "bảy giờ", "mười một giờ ba mươi phút". */
  from: string;
  to: string;
  /** The team, when the schedule names one. */
  who?: string;
  kind: HelpKind;
  place: string;
  address?: string;
  /** The session's area said aloud, when it is not the listener's own ("xã Gia Tân"). */
  area?: string;
}

/** The sentences of a broadcast about sessions, from the locale. */
export interface HelpSpokenWords {
  /** "Theo lịch của Công an xã Gia Tân, sắp tới có các buổi hướng dẫn sau." */
  intro(sources: string): string;
  /** Joins the last two sources: "và". */
  and: string;
  /** One session, as a sentence. */
  session(s: SpokenSession): string;
}

function join(items: string[], and: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * The sessions as sentences for the listener's area (`listener`: its code), or undefined when there
 * are none. `spokenArea` says an area's name in a sentence ("xã Gia Tân").
 */
export function spokenSessions(
  sessions: readonly Session[],
  listener: string,
  spokenArea: (code: string) => string,
  words: HelpSpokenWords,
  options: WordsOptions = {},
): string | undefined {
  if (sessions.length === 0) return undefined;
  const say = (s: string) => numeralsToWords(s, options);
  const sources = [...new Set(sessions.map((s) => s.source))];
  const sentences = sessions.map((s) => {
    const start = toWallClock(s.starts);
    const end = toWallClock(s.ends);
    const date = dateToWords(start, { ...options, withYear: false });
    return words.session({
      when: `${partOfDayWords(start.hour ?? 0)} ${weekdayWords(start)} ${date}`,
      from: timeToWords({ hour: start.hour ?? 0, minute: start.minute }, options),
      to: timeToWords({ hour: end.hour ?? 0, minute: end.minute }, options),
      who: s.team && say(s.team),
      kind: s.kind,
      place: say(s.place),
      address: s.address && say(s.address),
      area: s.area_code === listener ? undefined : spokenArea(s.area_code),
    });
  });
  return [words.intro(join(sources.map(say), words.and)), ...sentences].join(' ');
}
