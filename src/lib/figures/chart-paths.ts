/** Where an area's figures and a chart's files live (site paths: no base, no leading slash). */
import { escapeXml } from '../text/escape.ts';

/** The figures page of an area: "so-lieu/tinh-hai-duong-30/". */
export function areaFiguresPath(areaSlug: string): string {
  return `so-lieu/${areaSlug}/`;
}

/** A chart's page, anchor, CSV, JSON, embed page and PNG name. */
export function chartPaths(spec: { id: string; key: string; area: { slug: string } }) {
  const dir = `so-lieu/${spec.area.slug}`;
  return {
    page: `${dir}/`,
    /** Unique on any page: the overview shows several areas' charts. */
    anchor: `bieu-do-${spec.id}`,
    csv: `${dir}/${spec.key}.csv`,
    json: `${dir}/${spec.key}.json`,
    embed: `so-lieu/nhung/${spec.id}/`,
    png: `${spec.id}.png`,
  };
}

/** The copy-ready <iframe> for an embed page (absolute URL). */
export function embedSnippet(embedUrl: string, title: string, height = 640): string {
  return `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
