/**
 * The campaign's settings (content/campaign.yaml): one zod schema, a line on every field. Every
 * campaign word on the site comes from here or from content/, never from code. Optional settings
 * that no source gives yet (contact, hotlines, the draft's address) stay unset: the build warns
 * about each, and the pages say plainly that it is not set yet instead of printing a made-up value.
 */
import { z } from 'zod';
import { asOfParts, asOfTime, parseAsOf } from '../text/vn-time.ts';
import { CAMPAIGN as M } from './messages.ts';

const blank = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

/** A non-empty line of text (trimmed). */
const text = z.string({ invalid_type_error: M.text }).trim().min(1, M.blank);
const optionalText = z.preprocess(blank, text.optional());

/** A web address that readers may follow: http(s) only. */
const link = z
  .string({ invalid_type_error: M.link })
  .trim()
  .url(M.linkFull)
  .regex(/^https?:\/\//, M.linkHttp);

const email = z.string({ invalid_type_error: M.email }).trim().email(M.emailShape);

/** A phone number as people dial it: digits, spaces, dots, + and -. */
const phone = z
  .union([z.string(), z.number()], { invalid_type_error: M.phone })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\+?[\d .-]{3,20}$/, M.phoneShape));

/** An area code of data/areas.csv, written as text ("30", "VN"); a bare number is read as text. */
const code = z
  .union([z.string(), z.number()], { invalid_type_error: M.code })
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^[0-9A-Za-z]+$/, M.codeShape));

/**
 * A moment of the campaign, in Vietnam time. A date alone ("2025-05-29") means the start of that
 * day for an opening and its END for a closing: the channel that "đóng khi hết ngày 29/5/2025" is
 * open until 23:59:59 and closed from 30/5 00:00. A date-time ("2025-05-06T08:00") is exact; a
 * closing at 23:59 (or 23:59:59) is read as the end of that day.
 */
export interface Moment {
  /** As written, canonical: "2025-05-29" or "2025-05-06T08:00+07:00". */
  text: string;
  /** An opening: the first instant it is open. A closing: the first instant it is closed. */
  at: number;
  /** A closing at the end of a day ("hết ngày 29/5/2025"). */
  endOfDay: boolean;
}

const DAY_MS = 86_400_000;

function moment(edge: 'start' | 'end') {
  return z
    .union([z.string(), z.date()], { invalid_type_error: M.moment })
    .transform((v, ctx): Moment => {
      const raw = v instanceof Date ? v.toISOString() : v;
      const lastMinute = /T23:59(:59)?/.test(raw);
      const asOf = parseAsOf(raw);
      if (!asOf) {
        ctx.addIssue({ code: 'custom', message: M.realMoment });
        return z.NEVER;
      }
      const { time } = asOfParts(asOf);
      if (edge === 'end' && (!time || lastMinute)) {
        const day = asOf.slice(0, 10);
        return { text: day, at: asOfTime(day) + DAY_MS, endOfDay: true };
      }
      return { text: asOf, at: asOfTime(asOf), endOfDay: false };
    });
}

/** Where a fact comes from, cited beside it. */
export const sourceSchema = z.object({
  /** Title of the article or page, or a plain description of it. */
  title: text,
  /** Who published it. */
  publisher: text,
  /** Where it is, only when the address was verified. */
  url: z.preprocess(blank, link.optional()),
  /** "2025", "2025-05" or "2025-05-16": as precise as is known. */
  date: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, M.sourceDate)),
});

export const campaignSchema = z
  .object({
    /** The campaign's full name: the home page's title. */
    name: text,
    /** A short name: the site's name in every page's header and after each page title. */
    short_name: text,
    /** The short name on the English figures pages (/en/); without it they show `short_name`. */
    short_name_en: optionalText,
    /** What people give feedback on, as it reads after "góp ý vào" in a sentence. */
    topic: text,
    /** true for a made-up campaign (tests, demonstrations): every page then says so at the top. */
    illustrative: z.preprocess(
      (v) => (v === 'true' ? true : v === 'false' ? false : v),
      z.boolean({ invalid_type_error: M.boolean }).default(false),
    ),
    /** The channel feedback is sent through. */
    channel: z.object({
      /** Its short name: "VNeID". */
      name: text,
      /** The feedback service as the subject of a sentence: "tiện ích góp ý trên ứng dụng VNeID". */
      service: text,
      /** Who can send feedback through it, as a sentence's subject: "người dân có tài khoản định danh điện tử mức 2". */
      who: text,
      /** When it opens (Vietnam time): a date (from the start of that day) or a date-time. */
      opens: moment('start'),
      /** When it closes (Vietnam time): a date means at the END of that day. */
      closes: moment('end'),
      /** Where the dates come from. */
      source: sourceSchema,
    }),
    /** When the consultation as a whole closes (all channels), when it differs from the channel's close. */
    consultation_closes: z.preprocess(blank, moment('end').optional()),
    /** The province the site is about (code in data/areas.csv): its figures lead the home page. */
    province: code,
    /** The country's code in data/areas.csv. */
    country: code.default('VN'),
    /** The guide the home page's main button opens (a file name in content/guides/, without .mdx). */
    main_guide: z.string().trim().regex(/^[a-z0-9-]+$/, M.guideName),
    /** Who runs this site (an organisation). Unset until a source or the operator gives it. */
    operator: optionalText,
    /** How the public and the press reach the site's operator, and where wrong figures are reported. */
    contact: z
      .preprocess(
        (v) => v ?? {},
        z.object({
          /** An e-mail address; figures' "report a mistake" links write to it. */
          email: z.preprocess(blank, email.optional()),
          /** A phone number. */
          phone: z.preprocess(blank, phone.optional()),
        }),
      ),
    /** Help lines for the app, each only where a real source gives it (with that source). */
    hotlines: z
      .preprocess(
        (v) => v ?? [],
        z.array(
          z.object({
            /** Who answers: "Tổng đài hỗ trợ VNeID". */
            name: text,
            phone,
            /** When it answers, if the source says. */
            hours: optionalText,
            source: sourceSchema,
          }),
        ),
      ),
    /** The official draft's address, only once verified. */
    draft_url: z.preprocess(blank, link.optional()),
    /** Where people get help in person, as a sentence (printed on posters); with its source. */
    help: z.object({
      text,
      source: sourceSchema,
    }),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.channel.closes.at <= c.channel.opens.at) {
      ctx.addIssue({ code: 'custom', path: ['channel', 'closes'], message: M.closesAfterOpens });
    }
    if (c.consultation_closes && c.consultation_closes.at < c.channel.closes.at) {
      ctx.addIssue({ code: 'custom', path: ['consultation_closes'], message: M.consultationAfterChannel });
    }
  });

export type Campaign = z.infer<typeof campaignSchema>;
export type Hotline = Campaign['hotlines'][number];
export type CampaignSource = z.infer<typeof sourceSchema>;

/** The settings that may stay unset: each one missing is a warning of the build, and the pages say so. */
export const OPTIONAL_SETTINGS = ['operator', 'contact', 'hotlines', 'draft_url'] as const;
export type OptionalSetting = (typeof OPTIONAL_SETTINGS)[number];

/** Which optional settings are unset. */
export function missingSettings(c: Campaign): OptionalSetting[] {
  const set: Record<OptionalSetting, boolean> = {
    operator: c.operator !== undefined,
    contact: c.contact.email !== undefined || c.contact.phone !== undefined,
    hotlines: c.hotlines.length > 0,
    draft_url: c.draft_url !== undefined,
  };
  return OPTIONAL_SETTINGS.filter((k) => !set[k]);
}
