import type { ErrorObject } from "ajv/dist/2020.js";
import { validators } from "./compiled-schemas.js";
import { mustBe, schemaMessage } from "./schema-message.ts";
import { readSchema, type SchemaName } from "./schema-files.ts";
import { fromPointer, type SourceError } from "./source-error.ts";
import type { YamlSource } from "./yaml-source.ts";

/** One validation problem, before positions are attached. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
  /** Point at the key rather than the value (unknown, forbidden or incomplete properties). */
  readonly atKey: boolean;
  /** The name or value the person most likely meant (a misspelt key or enum value); the message says it too. */
  readonly suggestion?: string;
}

/** Validates a value against one of the schemas in `schemas/`; returns the problems in the order ajv found them. */
export function validateAgainst(name: SchemaName, value: unknown): readonly SchemaProblem[] {
  // Compiled when ferry is built (scripts/build-schemas.ts), not at run time: compiling cost more than a CPU-second.
  const validate = validators[name];
  if (validate(value)) return [];
  // An empty file (or one of comments only) is one mistake, whatever the schema says about its parts.
  if (value === null || value === undefined) return [{ path: "", message: emptyFile(name), atKey: true }];
  return simplify(validate.errors ?? []);
}

/** What an empty file needs, in the words of the file a person was writing. */
function emptyFile(name: SchemaName): string {
  const needs: Partial<Record<SchemaName, string>> = {
    manifest: "a manifest needs at least `lifecycle:` and the `stages:` that lifecycle runs (see `ferry init`)",
    lifecycle:
      "a lifecycle needs at least `name:`, `description:`, `concurrency:`, and `initial:` with `states:` (or `regions:`)",
  };
  const required = (readSchema(name) as { required?: unknown }).required;
  const keys = Array.isArray(required) ? required.map((k) => `\`${String(k)}:\``).join(", ") : "";
  return `the file is empty; ${needs[name] ?? (keys === "" ? "it needs a map of settings" : `it needs at least ${keys}`)}`;
}

/** Attaches file positions to schema problems. */
export function locateProblems(source: YamlSource, problems: readonly SchemaProblem[]): SourceError[] {
  return problems.map((p) => {
    const { line, column } = source.locate(fromPointer(p.path), { key: p.atKey });
    return {
      file: source.file,
      line,
      column,
      path: p.path,
      message: p.message,
      code: "schema",
      ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
    };
  });
}

/**
 * Ajv reports the failing branches of `if`, `anyOf` and `propertyNames` alongside their causes;
 * a person wants the causes. Keep the leaf errors, collapse `anyOf` alternatives into one
 * sentence when no branch came close, name the offending property in the path, and drop repeats.
 */
function simplify(errors: readonly ErrorObject[]): SchemaProblem[] {
  const dropped = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, SchemaProblem>();
  // Keys a map was asked for (`needs one of run, args, …`), by the map's path: an unknown key
  // there is most likely one of them misspelt, and then the two errors are one mistake.
  const wanted = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "propertyNames") dropped.add(error);
    if (error.keyword === "anyOf") explainAnyOf(error, errors, dropped, replaced);
    if (error.keyword === "required") {
      const name = String((error.params as { missingProperty: unknown }).missingProperty);
      wanted.set(error.instancePath, [...(wanted.get(error.instancePath) ?? []), name]);
    }
  }
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const problem = replaced.get(error) ?? schemaMessage(error, wanted.get(error.instancePath) ?? []);
    const key = `${problem.path} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // A collapsed `needs one of` goes when an unknown key beside it is one of those names misspelt.
  const misspelt = new Set(
    problems.flatMap((p) => (p.suggestion === undefined ? [] : [`${parentOf(p.path)} ${p.suggestion}`])),
  );
  const collapsed = new Set(replaced.values());
  return problems.filter(
    (p) => !collapsed.has(p) || !(wanted.get(p.path) ?? []).some((name) => misspelt.has(`${p.path} ${name}`)),
  );
}

function parentOf(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}

/**
 * An `anyOf` whose branches all failed. Branches that failed only on `type` were not what the
 * author meant; their errors are noise. When every branch failed on type alone, or only for a
 * missing property, one sentence says it all. Branches are told apart by schema path, which
 * does not follow a `$ref`: the schemas keep `anyOf` branches inline (and use `if`/`then` for
 * everything else), so errors from a branch always sit under the `anyOf`'s path.
 */
function explainAnyOf(
  anyOf: ErrorObject,
  errors: readonly ErrorObject[],
  dropped: Set<ErrorObject>,
  replaced: Map<ErrorObject, SchemaProblem>,
): void {
  const prefix = `${anyOf.schemaPath}/`;
  const branches = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (!error.schemaPath.startsWith(prefix) || !error.instancePath.startsWith(anyOf.instancePath)) continue;
    const [branch = ""] = error.schemaPath.slice(prefix.length).split("/");
    branches.set(branch, [...(branches.get(branch) ?? []), error]);
  }
  const at = anyOf.instancePath;
  const only = (keyword: string) => (list: ErrorObject[]) =>
    list.every((e) => e.keyword === keyword && e.instancePath === at);
  const all = [...branches.values()];
  if (all.length > 0 && all.every(only("type"))) {
    for (const e of all.flat()) dropped.add(e);
    const types = all.flat().flatMap((e) => String((e.params as { type: unknown }).type).split(","));
    replaced.set(anyOf, { path: at, message: mustBe(types, anyOf.data), atKey: false });
  } else if (all.length > 0 && all.every(only("required"))) {
    for (const e of all.flat()) dropped.add(e);
    const names = all.flat().map((e) => String((e.params as { missingProperty: unknown }).missingProperty));
    replaced.set(anyOf, { path: at, message: `needs one of ${names.join(", ")}`, atKey: true });
  } else {
    dropped.add(anyOf);
    for (const list of all) if (only("type")(list)) for (const e of list) dropped.add(e);
  }
}
