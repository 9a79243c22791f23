import { loadFerryConfig } from "../../../src/manifest/load-ferry-config.ts";
import { loadLifecycle } from "../../../src/manifest/load-lifecycle.ts";
import { loadManifest } from "../../../src/manifest/load-manifest.ts";
import type { SourceError } from "../../../src/manifest/source-error.ts";

/** What a loader said about a text: nothing when it loaded, else its errors. */
export type LoaderErrors = readonly Pick<SourceError, "file" | "line" | "column" | "code" | "message">[];

const errorsOf = (result: { ok: true } | { ok: false; errors: readonly SourceError[] }): LoaderErrors =>
  result.ok
    ? []
    : result.errors.map(({ file, line, column, code, message }) => ({ file, line, column, code, message }));

/** The three YAML loaders, each reading a text as the file it would be in a repository. */
export const YAML_LOADERS = {
  manifest: (text: string) => errorsOf(loadManifest(text, ".ferry/deployments/web.yml")),
  lifecycle: (text: string) => errorsOf(loadLifecycle(text, ".ferry/lifecycles/custom.yml")),
  "ferry-config": (text: string) => errorsOf(loadFerryConfig(text, ".github/ferry.yml")),
} as const satisfies Record<string, (text: string) => LoaderErrors>;
