import { readFileSync } from "node:fs";
import type { Lifecycle } from "../../core/lifecycle.ts";
import { lifecycleMermaid } from "../../core/lifecycle-mermaid.ts";
import { lifecycleRows } from "../../core/lifecycle-table.ts";
import { builtinLifecycles } from "../../manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../../manifest/load-lifecycle.ts";
import { formatSourceError } from "../../manifest/source-error.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { formatTable } from "../format-table.ts";
import { lifecycleByName } from "../lifecycle-source.ts";
import { repoLifecycles } from "../repo-lifecycles.ts";
import { lifecycleDocs } from "../lifecycle-docs.ts";

/** What `ferry lifecycle list|show|validate|docs` run. */
export const lifecycleHandler = {
  /**
   * The built-in lifecycles and the repository's own in `.ferry/lifecycles/`, with where each
   * comes from. A repository's lifecycle of a built-in's name replaces it for that repository; a
   * file that does not load is listed as invalid, so it is not silently missing.
   */
  list(io: CliIo, repo: string): void {
    const own = repoLifecycles(repo);
    const replaced = new Set(own.map((l) => l.name));
    const row = (name: string, source: string, l: Lifecycle) => [
      name,
      source,
      l.concurrency,
      Object.keys(l.regions).join(", "),
      firstSentence(l.description),
    ];
    const rows = [
      ...[...builtinLifecycles().values()].map((l) =>
        row(l.name, replaced.has(l.name) ? "built-in (replaced by the repository's)" : "built-in", l),
      ),
      ...own.map((l) =>
        l.ok
          ? row(l.name, l.file, l.lifecycle)
          : [l.name, l.file, "-", "-", `invalid (${l.errors.length} error(s)): ferry lifecycle validate ${l.file}`],
      ),
    ];
    io.out(
      formatTable(["NAME", "SOURCE", "CONCURRENCY", "REGIONS", "DESCRIPTION"], rows, { width: io.columns, shrink: 4 }),
    );
  },

  show(io: CliIo, repo: string, name: string, options: { mermaid?: boolean }): void {
    const lifecycle = lifecycleByName(name, repo);
    if (options.mermaid) {
      io.out(lifecycleMermaid(lifecycle));
      return;
    }
    const multi = Object.keys(lifecycle.regions).length > 1;
    const rows = lifecycleRows(lifecycle).map((r) => [
      ...(multi ? [r.region] : []),
      r.state,
      r.kind,
      r.stage,
      r.event,
      r.guard,
      r.target,
    ]);
    io.out(`${lifecycle.name} (concurrency: ${lifecycle.concurrency})\n`);
    io.out(formatTable([...(multi ? ["REGION"] : []), "STATE", "KIND", "STAGE", "EVENT", "GUARD", "TARGET"], rows));
  },

  validate(io: CliIo, files: readonly string[]): void {
    let failed = false;
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        throw new CliFailure(`cannot read ${file}: ${(error as Error).message}`);
      }
      const result = loadLifecycle(text, file);
      if (result.ok) io.out(`${file}: ok (${result.lifecycle.name})`);
      else {
        failed = true;
        for (const e of result.errors) io.err(formatSourceError(e));
      }
    }
    if (failed) throw new CliFailure("", 1);
  },

  docs(io: CliIo): void {
    io.out(lifecycleDocs());
  },
};

function firstSentence(text: string): string {
  const line = text.split("\n")[0] ?? "";
  const end = line.indexOf(". ");
  return end > 0 ? line.slice(0, end + 1) : line;
}
