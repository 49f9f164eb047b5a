import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Makes `dir` hold `files` (relative path → text), all or nothing: they are written to a temporary
 * folder beside it, with whatever else `dir` held beyond them copied across, and that folder
 * takes `dir`'s place by rename. If anything fails, `dir` is left as it was and the temporary
 * folder is removed.
 */
export function replaceFolder(dir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(dir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`--out ${dir}: is a file, not a folder`);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(dir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp);
    for (const [name, text] of files) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), text);
    }
    const ours = new Set([...files.keys()].map((f) => f.split('/')[0]!));
    if (existsSync(dir))
      for (const entry of readdirSync(dir)) if (!ours.has(entry)) cpSync(join(dir, entry), join(tmp, entry), { recursive: true, preserveTimestamps: true });
    if (existsSync(dir)) renameSync(dir, old);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      if (existsSync(old)) renameSync(old, dir);
      throw e;
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`${dir}: could not write the output (${(e as Error).message}); it was left as it was`);
  }
  rmSync(old, { recursive: true, force: true });
}
