import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lifecycle } from "../core/lifecycle.ts";
import { builtinLifecycles } from "../manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../manifest/load-lifecycle.ts";
import { formatSourceError } from "../manifest/source-error.ts";
import { CliFailure } from "./cli-io.ts";

/** A lifecycle by name: the repository's own `.ferry/lifecycles/<name>.yml` wins over a built-in. */
export function lifecycleByName(name: string, repo: string): Lifecycle {
  const file = join(repo, ".ferry", "lifecycles", `${name}.yml`);
  if (existsSync(file)) {
    const result = loadLifecycle(readFileSync(file, "utf8"), file);
    if (!result.ok) throw new CliFailure(result.errors.map(formatSourceError).join("\n"));
    return result.lifecycle;
  }
  const builtin = builtinLifecycles().get(name);
  if (!builtin) throw new CliFailure(`unknown lifecycle ${JSON.stringify(name)}; built-in ones are ${[...builtinLifecycles().keys()].join(", ")}`);
  return builtin;
}
