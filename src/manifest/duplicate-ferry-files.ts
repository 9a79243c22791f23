import { ferryFileName } from "./ferry-file-name.ts";
import type { SourceError } from "./source-error.ts";

export interface DuplicateFerryFiles {
  /** Files that declare a name another file of the same folder declares too; none of them loads. */
  readonly duplicates: ReadonlySet<string>;
  /** One file-level error per such file, naming the other. */
  readonly errors: readonly SourceError[];
}

/**
 * `web.yml` beside `web.yaml` declares the deployment (or lifecycle) `web` twice. Neither is taken:
 * picking one would silently ignore the other, so both are errors until one is removed, and the
 * last valid version stays in force meanwhile. `paths` are the files of one folder.
 */
export function duplicateFerryFiles(paths: readonly string[]): DuplicateFerryFiles {
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    const name = ferryFileName(path);
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  const duplicates = new Set<string>();
  const errors: SourceError[] = [];
  for (const [name, files] of byName) {
    if (files.length < 2) continue;
    for (const file of [...files].sort()) {
      duplicates.add(file);
      const others = files.filter((f) => f !== file).join(", ");
      errors.push({
        file,
        line: 1,
        column: 1,
        path: "",
        message: `${JSON.stringify(name)} is declared twice: here and in ${others}; keep one file (ferry reads neither until then)`,
        code: "duplicate-name",
      });
    }
  }
  return { duplicates, errors };
}
