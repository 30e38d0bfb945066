/**
 * kich-ban/<broadcast>/<area>.txt and .docx: the read-aloud text of each broadcast page, for
 * smart-radio text-to-speech and for editing in Word. The same renderTarget() as the page
 * (src/pages/kich-ban/[broadcast]/[area]/), so the files say exactly what the page says.
 */
import { broadcastMeta, broadcastPaths, broadcastTargets, renderTarget, usesFigures, type BroadcastEntry, type BroadcastTarget } from '../lib/broadcast/pages.ts';
import { usableFacts } from '../lib/help/general.ts';
import { broadcastHelp } from '../lib/help/pages.ts';
import { buildNow } from '../lib/site/clock.ts';
import { broadcastToText } from '../lib/broadcast/render.ts';
import { broadcastDocxWriter } from '../lib/broadcast/docx.ts';
import { areaName, spokenArea, t } from '../i18n/vi.ts';
import type { FilesContext, PlainFileKind } from './kind.ts';

/** One broadcast for one area: the broadcast by its id, the rest as the page's target has it. */
export type BroadcastFilesInput = Omit<BroadcastTarget, 'broadcast'> & { broadcast: string };

/** Every broadcast × area, as the pages' getStaticPaths make them (src/pages/kich-ban/_routes.ts). */
export function broadcastTargetsOf({ data, broadcasts, help }: Pick<FilesContext, 'data' | 'broadcasts' | 'help'>): BroadcastTarget[] {
  const { usable } = usableFacts(help, data);
  const now = buildNow().getTime();
  const say = { words: t.help.spoken, spokenArea: (code: string) => spokenArea(data.area(code)!) };
  return broadcastTargets(broadcasts, data, (area) => broadcastHelp(data, usable, area, now, say));
}

/** A broadcast's entry by its id (inputs carry the id: the entry crosses to a worker once, in the shared context). */
export function broadcastById(broadcasts: readonly BroadcastEntry[], id: string): BroadcastEntry {
  const broadcast = broadcasts.find((b) => b.id === id);
  if (!broadcast) throw new Error(`broadcast ${id}: not among the broadcasts`);
  return broadcast;
}

export const broadcastFiles: PlainFileKind<BroadcastFilesInput> = {
  name: 'broadcast .txt, .docx',
  *inputs(ctx) {
    for (const target of broadcastTargetsOf(ctx)) yield { ...target, broadcast: target.broadcast.id };
  },
  async render(input, { broadcasts }) {
    const broadcast = broadcastById(broadcasts, input.broadcast);
    const page = renderTarget({ ...input, broadcast }, t.broadcast.textWords);
    const paths = broadcastPaths(broadcast.id, input.area.slug);
    const write = await broadcastDocxWriter();
    // The document's date is that of the figure it reads (none: a fixed date): the same text gives
    // the same file, and a new figure elsewhere changes no other area's file.
    const figure = usesFigures(broadcast.body ?? '') ? input.latest?.figure : undefined;
    const docx = write({
      title: broadcast.data.title,
      meta: broadcastMeta(page, areaName, t.broadcast.metaWords),
      paragraphs: page.rendered.paragraphs,
      modified: figure ? new Date(figure.time) : undefined,
    });
    return [
      { path: paths.txt, content: broadcastToText(page.rendered.paragraphs) },
      { path: paths.docx, content: docx },
    ];
  },
};
