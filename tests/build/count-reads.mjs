/**
 * Preloaded into every process of a build (NODE_OPTIONS=--import) by tests/build/gate.test.ts:
 * records each read of a file below GOPY_COUNT_DIR, one line per read, in GOPY_COUNT_LOG.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const dir = process.env.GOPY_COUNT_DIR && path.resolve(process.env.GOPY_COUNT_DIR);
const log = process.env.GOPY_COUNT_LOG;
if (dir && log) {
  const note = (file) => {
    const p = path.resolve(String(file));
    if (p.startsWith(dir + path.sep)) fs.appendFileSync(log, `${process.pid} ${path.relative(dir, p)}\n`);
  };
  const { readFile } = fs.promises;
  fs.promises.readFile = function (file, ...rest) {
    note(file);
    return readFile.call(this, file, ...rest);
  };
  const { readFileSync } = fs;
  fs.readFileSync = function (file, ...rest) {
    if (typeof file === 'string' || file instanceof URL) note(file);
    return readFileSync.call(this, file, ...rest);
  };
  syncBuiltinESMExports();
}
