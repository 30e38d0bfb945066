/**
 * One copy of each distinct text. JSON.parse and the CSV reader make a new string per cell, and V8
 * may make it a slice of the whole source text: keeping one such cell would keep the whole handoff
 * file (125 MB nationally) alive. Each distinct text is copied out once and shared.
 */
export function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let own = seen.get(s);
    if (own === undefined) {
      own = `${s} `.slice(0, -1);
      seen.set(own, own);
    }
    return own;
  };
}
