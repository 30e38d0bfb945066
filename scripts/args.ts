/** Command-line options of the scripts: `--name value`. */

/** The value after `name` ("--out" → "dist"), or undefined when the option is not given. */
export function argValue(name: string, argv: readonly string[] = process.argv): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
