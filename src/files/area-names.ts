/**
 * dia-ban.json: the compact index of every area's name, read by the area chooser as one types and
 * by the search page (an area found by its name, with links to its pages: src/client/search-areas.ts).
 */
import { areaNameIndex, HAS_FIGURES, HAS_HELP } from '../lib/data/area-chooser.ts';
import { usableFacts } from '../lib/help/general.ts';
import { hasHelpPage } from '../lib/help/pages.ts';
import type { PlainFile, PlainFileKind } from './kind.ts';

export const areaNameFiles: PlainFileKind<PlainFile> = {
  name: 'area name index',
  mainThread: true,
  *inputs({ data, help }) {
    const facts = usableFacts(help, data).usable;
    const flags = (code: string) => (hasHelpPage(data, facts, code) ? HAS_HELP : 0) | (data.hasFigures(code) ? HAS_FIGURES : 0);
    yield { path: 'dia-ban.json', content: JSON.stringify(areaNameIndex(data.areas, flags)) };
  },
  render: (file) => [file],
};
