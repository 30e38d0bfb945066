/**
 * The area chooser: areas.csv as the tree it is (country → province → district → commune), one
 * level per page so that no page lists ten thousand communes, and a compact index of every area's
 * name for narrowing as one types (read by src/client/area-chooser.ts). Pure TypeScript.
 */
import type { AreaRecord } from './schema.ts';
import { areaSlug, capitalize } from './areas.ts';
import { foldDiacritics } from '../text/fold.ts';

type ChooserArea = Pick<AreaRecord, 'code' | 'name' | 'type' | 'level' | 'parent_code'>;

export interface ChooserGroup<A extends ChooserArea> {
  /** The type word the group's areas share, as written in areas.csv: "huyện", "thị xã", "xã". */
  type: string;
  areas: A[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

/**
 * One level of the chooser: the areas, grouped by type word ("thành phố", "huyện"…), groups and
 * areas in Vietnamese alphabetical order, so a reader finds a name by eye with JavaScript off.
 */
export function chooserGroups<A extends ChooserArea>(areas: readonly A[]): ChooserGroup<A>[] {
  const groups = new Map<string, A[]>();
  for (const a of areas) {
    const list = groups.get(a.type) ?? [];
    list.push(a);
    groups.set(a.type, list);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .map(([type, list]) => ({ type, areas: [...list].sort(byName) }));
}

/**
 * The compact index of names: every area once, as [code, name, type index, parent index, flags],
 * parents by their position in the list (-1 for none), type words listed once. About 25 bytes an
 * area: the national dataset (10,764 areas) is measured in the README.
 */
export interface AreaNameIndex {
  types: string[];
  areas: [code: string, name: string, type: number, parent: number, flags: number][];
}

/** Flag of an area that has a help page (/ho-tro/<area>/). */
export const HAS_HELP = 1;
/** Flag of an area that has a figures page (/so-lieu/<area>/): figures of its own. */
export const HAS_FIGURES = 2;

export function areaNameIndex(areas: readonly ChooserArea[], flags: (code: string) => number = () => 0): AreaNameIndex {
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const position = new Map(areas.map((a, i) => [a.code, i]));
  const out: AreaNameIndex['areas'] = areas.map((a) => {
    let t = typeIndex.get(a.type);
    if (t === undefined) {
      t = types.push(a.type) - 1;
      typeIndex.set(a.type, t);
    }
    return [a.code, a.name, t, a.parent_code === undefined ? -1 : (position.get(a.parent_code) ?? -1), flags(a.code)];
  });
  return { types, areas: out };
}

/** One area of the index, ready to match and to link. */
export interface NamedArea {
  code: string;
  /** "Thành phố Chí Linh"; the country gets the caller's word ("Cả nước"). */
  label: string;
  /** The parent's label, to tell two places of one name apart: "Tỉnh Hải Dương". */
  parentLabel?: string;
  slug: string;
  /** 0 country, 1 province, 2 district, 3 commune: depth in the tree. */
  depth: number;
  flags: number;
  /** Folded, lower-case name, for matching anywhere in it. */
  key: string;
  /** Folded type and name ("thanh pho chi linh"), matched from its start only. */
  typedKey: string;
}

/** Lower case, no diacritics (đ → d), single spaces: how names and queries are compared. */
export function foldKey(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The index back as areas with labels, slugs and match keys. `country` labels the root ("Cả nước"). */
export function readNameIndex(index: AreaNameIndex, country: string): NamedArea[] {
  const labels: string[] = [];
  const depths: number[] = [];
  return index.areas.map(([code, name, t, parent, flags], i) => {
    const type = index.types[t] ?? '';
    const root = parent < 0;
    labels[i] = root ? country : capitalize(`${type} ${name}`);
    depths[i] = root ? 0 : (depths[parent] ?? 0) + 1;
    return {
      code,
      label: labels[i]!,
      parentLabel: root || depths[parent] === 0 ? undefined : labels[parent],
      slug: areaSlug({ code, name, type, level: root ? 'country' : 'province' }),
      depth: depths[i]!,
      flags,
      key: root ? foldKey(country) : foldKey(name),
      typedKey: root ? foldKey(country) : foldKey(`${type} ${name}`),
    };
  });
}

/**
 * The areas whose name matches what was typed, diacritics and đ/d forgiven: names that start with
 * the query (or type word and name: "thanh pho chi") first, then names with a word starting with it,
 * then names containing it anywhere; higher levels
 * before lower ones, then alphabetical. At most `limit`.
 */
export function matchAreas(areas: readonly NamedArea[], query: string, limit = 20, keep: (a: NamedArea) => boolean = () => true): NamedArea[] {
  const q = foldKey(query);
  if (!q) return [];
  const scored: { a: NamedArea; score: number }[] = [];
  for (const a of areas) {
    if (!keep(a)) continue;
    const k = a.key;
    const score = k.startsWith(q) || a.typedKey.startsWith(q) ? 0 : k.includes(` ${q}`) ? 1 : k.includes(q) ? 2 : 3;
    if (score < 3) scored.push({ a, score });
  }
  scored.sort((x, y) => x.score - y.score || x.a.depth - y.a.depth || x.a.label.localeCompare(y.a.label, 'vi'));
  return scored.slice(0, limit).map((s) => s.a);
}
