/**
 * The one place pages get the campaign's settings, read once per build. The build's gate
 * (scripts/check.ts) has already checked the file against the data and content; here it is read
 * again (a few lines of YAML) and a problem still stops the page with every problem listed.
 */
import { DataError } from '../data/report.ts';
import { buildNow } from '../site/clock.ts';
import type { Campaign } from './schema.ts';
import { readCampaign } from './settings.ts';

let cache: Promise<Campaign> | undefined;

export function getCampaign(): Promise<Campaign> {
  cache ??= readCampaign().then(({ campaign, problems }) => {
    if (!campaign) throw new DataError(problems);
    return campaign;
  });
  return cache;
}

let now: number | undefined;

/** The build's now (GOPY_NOW or the clock), read once so that every page of a build agrees. */
export function statusNow(): number {
  now ??= buildNow().getTime();
  return now;
}
