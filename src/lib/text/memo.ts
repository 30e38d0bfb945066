/**
 * A function of a text, computed once per distinct text: the data repeats the same few texts
 * (dates, a source's name) hundreds of thousands of times nationally.
 */
export function oncePerText<T>(f: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) memo.set(text, (out = f(text)));
    return out;
  };
}
