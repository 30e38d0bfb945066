/** The getStaticPaths of the guide routes: page and print view (every guide), poster (guides with steps). */
import { getCollection } from 'astro:content';
import { stepTitles } from '~/lib/guides/content.ts';

export async function guidePaths() {
  const guides = await getCollection('guides');
  return guides.map((guide) => ({ params: { slug: guide.id }, props: guide }));
}

/**
 * A poster lists a guide's steps: a guide without steps (the questions and answers) would print
 * questions without their answers, so it has no poster.
 */
export async function posterPaths() {
  return (await guidePaths()).filter((p) => hasPoster(p.props.body));
}

export const hasPoster = (body: string | undefined) => stepTitles(body ?? '').length > 0;
