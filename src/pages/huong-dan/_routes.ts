/** The one getStaticPaths of the guide routes (page, print view, poster). */
import { getCollection } from 'astro:content';

export async function guidePaths() {
  const guides = await getCollection('guides');
  return guides.map((guide) => ({ params: { slug: guide.id }, props: guide }));
}
