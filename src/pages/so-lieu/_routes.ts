/** The one getStaticPaths of the area figures pages, Vietnamese (/so-lieu/<area>/) and English (/en/so-lieu/<area>/). */
import { getSiteData } from '~/lib/data/load.ts';

export async function areaFiguresPaths() {
  const data = await getSiteData();
  return data.areasWithFigures.map((area) => ({ params: { area: area.slug }, props: { area } }));
}
