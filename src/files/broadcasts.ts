/**
 * kich-ban/<broadcast>/<area>.txt and .docx: the read-aloud text of each broadcast page, for
 * smart-radio text-to-speech and for editing in Word. The same renderTarget() as the page
 * (src/pages/kich-ban/[broadcast]/[area]/), so the files say exactly what the page says.
 */
import type { Area, Latest } from '../lib/data/aggregate.ts';
import { broadcastMeta, broadcastPaths, broadcastTargets, renderTarget, usesFigures } from '../lib/broadcast/pages.ts';
import { broadcastToText } from '../lib/broadcast/render.ts';
import { broadcastDocxWriter } from '../lib/broadcast/docx.ts';
import { areaName, t } from '../i18n/vi.ts';
import type { PlainFileKind } from './kind.ts';

/** One broadcast for one area, by reference: the broadcast's id, the area and its latest figure. */
export interface BroadcastFilesInput {
  broadcast: string;
  area: Area;
  latest?: Latest;
}

export const broadcastFiles: PlainFileKind<BroadcastFilesInput> = {
  name: 'broadcast .txt, .docx',
  *inputs({ data, broadcasts }) {
    for (const target of broadcastTargets(broadcasts, data)) {
      yield { broadcast: target.broadcast.id, area: target.area, latest: target.latest };
    }
  },
  async render(input, { broadcasts }) {
    const broadcast = broadcasts.find((b) => b.id === input.broadcast);
    if (!broadcast) throw new Error(`broadcast ${input.broadcast}: not among the broadcasts`);
    const page = renderTarget({ broadcast, area: input.area, latest: input.latest }, t.broadcast.textWords);
    const paths = broadcastPaths(broadcast.id, input.area.slug);
    const write = await broadcastDocxWriter();
    // The document's date is that of the figure it reads (none: a fixed date): the same text gives
    // the same file, and a new figure elsewhere changes no other area's file.
    const figure = usesFigures(broadcast.body ?? '') ? input.latest?.figure : undefined;
    const docx = write({
      title: broadcast.data.title,
      meta: broadcastMeta(page, areaName(page.area), t.broadcast.metaWords),
      paragraphs: page.rendered.paragraphs,
      modified: figure ? new Date(figure.time) : undefined,
    });
    return [
      { path: paths.txt, content: broadcastToText(page.rendered.paragraphs) },
      { path: paths.docx, content: docx },
    ];
  },
};
