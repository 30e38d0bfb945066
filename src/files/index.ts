/**
 * Every kind of plain file the build writes beside Astro's pages (see kind.ts). A new kind of
 * download (.ics, PNG, .xlsx) is a module here and a line in this table.
 */
import { areaNameFiles } from './area-names.ts';
import { broadcastFiles } from './broadcasts.ts';
import { chartFiles } from './charts.ts';
import { datasetFiles } from './dataset.ts';
import { helpCalendarFiles } from './help-calendars.ts';
import { broadcastPageFiles } from './broadcast-pages.ts';
import { helpPageFiles } from './help-pages.ts';
import { embedPageFiles } from './embed-pages.ts';
import { figuresPageFiles, figuresPageFilesEn } from './figures-pages.ts';
import type { PlainFileKind } from './kind.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own input type
export type AnyPlainFileKind = PlainFileKind<any>;

export const PLAIN_FILE_KINDS: readonly AnyPlainFileKind[] = [broadcastFiles, chartFiles, helpCalendarFiles, datasetFiles, areaNameFiles, broadcastPageFiles, helpPageFiles, embedPageFiles, figuresPageFiles, figuresPageFilesEn];
