import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lifecycle } from "../core/lifecycle.ts";
import { builtinLifecycles } from "../manifest/builtin-lifecycles.ts";
import { FERRY_FILE_SUFFIXES } from "../manifest/ferry-file-name.ts";
import { loadLifecycle } from "../manifest/load-lifecycle.ts";
import { formatSourceError } from "../manifest/source-error.ts";
import { CliFailure } from "./cli-io.ts";

/** A lifecycle by name: the repository's own `.ferry/lifecycles/<name>.yml` (or `.yaml`) wins over a built-in. */
export function lifecycleByName(name: string, repo: string): Lifecycle {
  const files = FERRY_FILE_SUFFIXES.map((suffix) => join(repo, ".ferry", "lifecycles", `${name}${suffix}`)).filter(
    (f) => existsSync(f),
  );
  if (files.length > 1)
    throw new CliFailure(`${files.join(" and ")} both declare the lifecycle ${JSON.stringify(name)}; keep one file`);
  const [file] = files;
  if (file !== undefined) {
    const result = loadLifecycle(readFileSync(file, "utf8"), file);
    if (!result.ok) throw new CliFailure(result.errors.map(formatSourceError).join("\n"));
    return result.lifecycle;
  }
  const builtin = builtinLifecycles().get(name);
  if (!builtin)
    throw new CliFailure(
      `unknown lifecycle ${JSON.stringify(name)}; built-in ones are ${[...builtinLifecycles().keys()].join(", ")}`,
    );
  return builtin;
}
