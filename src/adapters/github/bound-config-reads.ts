import type { Octokit } from "@octokit/rest";
import { INPUT_LIMITS } from "../../manifest/input-limits.ts";
import { checkYamlBounds } from "../../manifest/yaml-bounds.ts";

/** A settings file that is too large or too deep to parse safely; ferry keeps its safe defaults. */
export class UntrustedFileError extends Error {
  override readonly name = "UntrustedFileError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const guarded = new WeakSet<object>();

/**
 * Probot's `context.config` parses `.github/ferry.yml` (and every `_extends` it follows) with the
 * `yaml` package, whose composer can abort Node on deep nesting. It offers no hook for the
 * parse, so this checks each raw YAML file as the client receives it, with the same limits ferry
 * applies to its own files, and refuses it before the plugin parses it. Once per client.
 */
export function boundConfigReads(octokit: Pick<Octokit, "hook">): void {
  if (guarded.has(octokit)) return;
  guarded.add(octokit);
  octokit.hook.after("request", (response, options) => {
    const path = typeof options["path"] === "string" ? options["path"] : "";
    if (typeof response.data !== "string" || !String(options.url).includes("/contents/") || !/\.ya?ml$/i.test(path))
      return;
    const bounds = checkYamlBounds(response.data, INPUT_LIMITS["ferry-config"]);
    if (!bounds.ok) throw new UntrustedFileError(path, bounds.message);
  });
}
