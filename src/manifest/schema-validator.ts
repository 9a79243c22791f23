import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromPointer, type SourceError } from "./source-error.ts";
import type { YamlSource } from "./yaml-source.ts";

export const SCHEMA_NAMES = ["lifecycle", "manifest", "state", "ferry-config"] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** One validation problem, before positions are attached. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
  /** Point at the key rather than the value (unknown or forbidden properties). */
  readonly atKey: boolean;
}

const schemaDir = new URL("../../schemas/", import.meta.url);
const validators = new Map<SchemaName, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    ajv ??= addFormatsTo(new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }));
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.schema.json`, schemaDir)), "utf8")) as object;
    validate = ajv.compile(schema);
    validators.set(name, validate);
  }
  return validate;
}

function addFormatsTo(instance: Ajv2020): Ajv2020 {
  (addFormats as unknown as (a: Ajv2020) => Ajv2020)(instance);
  return instance;
}

/** Validates a value against one of the schemas in `schemas/`; returns the problems, most specific first. */
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
 * Ajv reports the failing branches of `if`/`then` alongside their causes; a person wants the
 * causes. Keep the leaf errors, name the offending property in the path, and drop repeats.
 */
function simplify(errors: readonly ErrorObject[]): SchemaProblem[] {
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const problem = describe(error);
    const key = `${problem.path} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case "additionalProperties":
      return { path: `${at}/${String(params.additionalProperty)}`, message: `unknown property ${JSON.stringify(params.additionalProperty)}`, atKey: true };
    case "required":
      return { path: at, message: `missing required property ${JSON.stringify(params.missingProperty)}`, atKey: false };
    case "false schema":
      return { path: at, message: `property ${JSON.stringify(at.split("/").pop())} is not allowed here`, atKey: true };
    case "enum":
      return { path: at, message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`, atKey: false };
    case "propertyNames":
      return { path: `${at}/${String(params.propertyName)}`, message: `invalid name ${JSON.stringify(params.propertyName)}`, atKey: true };
    case "pattern":
      if (error.propertyName !== undefined) return { path: `${at}/${error.propertyName}`, message: `invalid name ${JSON.stringify(error.propertyName)}: must match ${String(params.pattern)}`, atKey: true };
      return { path: at, message: `must match ${String(params.pattern)}`, atKey: false };
    default:
      return { path: at, message: error.message ?? error.keyword, atKey: false };
  }
}
