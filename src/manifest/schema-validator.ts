import { Ajv2020, type ErrorObject, type Options, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromPointer, type SourceError } from "./source-error.ts";
import type { YamlSource } from "./yaml-source.ts";

/** The schemas in `schemas/`, by file name without `.schema.json`. */
export const SCHEMA_NAMES = [
  "lifecycle",
  "manifest",
  "state",
  "ferry-config",
  "sync-cursor",
  "fleet-registration",
  "fleet-heartbeat",
] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** One validation problem, before positions are attached. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
  /** Point at the key rather than the value (unknown, forbidden or incomplete properties). */
  readonly atKey: boolean;
}

/**
 * The options every schema is compiled with. Strict mode catches schema typos; `strictRequired`
 * is off because the schemas discriminate with `if: { required: [...] }`, which names properties
 * that the `if` itself does not define; `verbose` gives each error its schema, whose `title` and
 * `examples` make pattern errors readable.
 */
export const AJV_OPTIONS: Readonly<Options> = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
};

/** `schemas/` from the source tree (src/manifest/) or the CLI build (lib/chunks/, scripts/build-cli.mjs), or beside the Action bundle (dist/schemas/, copied by scripts/build-action.mjs). */
const schemaDir =
  [new URL("./schemas/", import.meta.url), new URL("../../schemas/", import.meta.url)].find((dir) =>
    existsSync(new URL("manifest.schema.json", dir)),
  ) ?? new URL("../../schemas/", import.meta.url);
const validators = new Map<SchemaName, ValidateFunction>();
let ajv: Ajv2020 | undefined;

/** The parsed JSON of `schemas/<name>.schema.json`. */
export function readSchema(name: SchemaName): object {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.schema.json`, schemaDir)), "utf8")) as object;
}

/** A fresh ajv with {@link AJV_OPTIONS} and the standard formats (`date-time`, `uri`). */
export function createAjv(): Ajv2020 {
  const instance = new Ajv2020({ ...AJV_OPTIONS });
  (addFormats as unknown as (a: Ajv2020) => Ajv2020)(instance);
  return instance;
}

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(readSchema(name));
    validators.set(name, validate);
  }
  return validate;
}

/** Validates a value against one of the schemas in `schemas/`; returns the problems in the order ajv found them. */
export function validateAgainst(name: SchemaName, value: unknown): readonly SchemaProblem[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return simplify(validate.errors ?? []);
}

/** Attaches file positions to schema problems. */
export function locateProblems(source: YamlSource, problems: readonly SchemaProblem[]): SourceError[] {
  return problems.map((p) => {
    const { line, column } = source.locate(fromPointer(p.path), { key: p.atKey });
    return { file: source.file, line, column, path: p.path, message: p.message, code: "schema" };
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
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "propertyNames") dropped.add(error);
    if (error.keyword === "anyOf") explainAnyOf(error, errors, dropped, replaced);
  }
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const problem = replaced.get(error) ?? describeName(error);
    const key = `${problem.path} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
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
    const types = all.flat().map((e) => String((e.params as { type: unknown }).type));
    replaced.set(anyOf, { path: at, message: `must be ${types.join(" or ")}`, atKey: false });
  } else if (all.length > 0 && all.every(only("required"))) {
    for (const e of all.flat()) dropped.add(e);
    const names = all.flat().map((e) => String((e.params as { missingProperty: unknown }).missingProperty));
    replaced.set(anyOf, { path: at, message: `needs one of ${names.join(", ")}`, atKey: true });
  } else {
    dropped.add(anyOf);
    for (const list of all) if (only("type")(list)) for (const e of list) dropped.add(e);
  }
}

/** Errors from `propertyNames` are about a key: point at it and say which. */
function describeName(error: ErrorObject): SchemaProblem {
  const problem = describe(error);
  if (error.propertyName === undefined) return problem;
  return {
    path: `${error.instancePath}/${escape(error.propertyName)}`,
    message: `invalid name ${JSON.stringify(error.propertyName)}: ${problem.message}`,
    atKey: true,
  };
}

function describe(error: ErrorObject): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const parent = (error.parentSchema ?? {}) as { title?: unknown; examples?: unknown };
  switch (error.keyword) {
    case "additionalProperties":
      return {
        path: `${at}/${escape(String(params.additionalProperty))}`,
        message: `unknown property ${JSON.stringify(params.additionalProperty)}`,
        atKey: true,
      };
    case "required":
      // The key that names the incomplete object is where a person adds the missing property.
      return { path: at, message: `missing required property ${JSON.stringify(params.missingProperty)}`, atKey: true };
    case "false schema":
      return {
        path: at,
        message: `property ${JSON.stringify(unescape(at.split("/").pop() ?? ""))} is not allowed here`,
        atKey: true,
      };
    case "enum":
      return {
        path: at,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
        atKey: false,
      };
    case "const":
      return { path: at, message: `must be ${JSON.stringify(params.allowedValue)}`, atKey: false };
    case "type":
      return { path: at, message: `must be ${String(params.type).split(",").join(" or ")}`, atKey: false };
    case "pattern":
    case "format": {
      const wanted =
        typeof parent.title === "string"
          ? `must be ${parent.title}${examplesOf(parent.examples)}`
          : error.keyword === "format"
            ? `must be a valid ${String(params.format)}`
            : `must match ${String(params.pattern)}`;
      return { path: at, message: wanted, atKey: false };
    }
    default:
      return { path: at, message: error.message ?? error.keyword, atKey: false };
  }
}

function examplesOf(examples: unknown): string {
  if (!Array.isArray(examples) || examples.length === 0) return "";
  return ` (e.g. ${examples.map((e) => JSON.stringify(e)).join(", ")})`;
}

function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
