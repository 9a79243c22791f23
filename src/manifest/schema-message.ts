import type { ErrorObject } from "ajv/dist/2020.js";
import { closestName, didYouMean } from "../core/closest-name.ts";
import type { SchemaProblem } from "./schema-validator.ts";

/**
 * One ajv error in a person's words. `wanted` are keys the same map was asked for elsewhere (an
 * `anyOf` of `required`), offered with the map's own keys when an unknown key looks misspelt.
 * Errors from `propertyNames` are about a key: point at it and say which.
 */
export function schemaMessage(error: ErrorObject, wanted: readonly string[] = []): SchemaProblem {
  const problem = describe(error, wanted);
  if (error.propertyName === undefined) return problem;
  return {
    path: `${error.instancePath}/${escape(error.propertyName)}`,
    message: `invalid name ${JSON.stringify(error.propertyName)}: ${problem.message}`,
    atKey: true,
  };
}

/** Ajv's keywords in a person's words: YAML has keys, lists and text, not properties, arrays and strings. */
function describe(error: ErrorObject, wanted: readonly string[]): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const parent = (error.parentSchema ?? {}) as { title?: unknown; examples?: unknown; properties?: unknown };
  const value = (message: string, suggestion?: string): SchemaProblem => ({
    path: at,
    message: message + didYouMean(suggestion),
    atKey: false,
    ...(suggestion === undefined ? {} : { suggestion }),
  });
  const limit = Number(params.limit);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const suggestion = closestName(key, [...knownKeys(parent.properties), ...wanted]);
      return {
        path: `${at}/${escape(key)}`,
        message: `unknown key ${JSON.stringify(key)}${didYouMean(suggestion)}`,
        atKey: true,
        ...(suggestion === undefined ? {} : { suggestion }),
      };
    }
    case "required":
      // The key that names the incomplete map is where a person adds the missing key.
      return { path: at, message: `missing required key ${JSON.stringify(params.missingProperty)}`, atKey: true };
    case "false schema":
      return {
        path: at,
        message: `key ${JSON.stringify(unescape(at.split("/").pop() ?? ""))} is not allowed here`,
        atKey: true,
      };
    case "enum": {
      const allowed = params.allowedValues as unknown[];
      const suggestion =
        typeof error.data === "string"
          ? closestName(
              error.data,
              allowed.filter((v): v is string => typeof v === "string"),
            )
          : undefined;
      return value(`must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`, suggestion);
    }
    case "const":
      return value(`must be ${JSON.stringify(params.allowedValue)}`);
    case "type":
      return value(mustBe(String(params.type).split(","), error.data));
    case "minItems":
      return value(limit === 1 ? "needs at least one item" : `needs at least ${limit} items`);
    case "maxItems":
      return value(`may have at most ${limit} item${limit === 1 ? "" : "s"}`);
    case "minLength":
      return value(limit === 1 ? "must not be empty" : `must be at least ${limit} characters long`);
    case "maxLength":
      return value(`must be at most ${limit} characters long`);
    case "minProperties":
      return value(limit === 1 ? "needs at least one key" : `needs at least ${limit} keys`);
    case "maxProperties":
      return value(`may have at most ${limit} key${limit === 1 ? "" : "s"}`);
    case "minimum":
      return value(`must be at least ${limit}`);
    case "maximum":
      return value(`must be at most ${limit}`);
    case "exclusiveMinimum":
      return value(`must be more than ${limit}`);
    case "exclusiveMaximum":
      return value(`must be less than ${limit}`);
    case "uniqueItems":
      return value(`lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`);
    case "pattern":
    case "format":
      return value(
        typeof parent.title === "string"
          ? `must be ${parent.title}${examplesOf(parent.examples)}`
          : error.keyword === "format"
            ? `must be a valid ${String(params.format)}`
            : `must match ${String(params.pattern)}`,
      );
    default:
      return value(error.message ?? error.keyword);
  }
}

/** The keys a map may have, for a "did you mean" on an unknown one; `false` ones are forbidden here. */
function knownKeys(properties: unknown): string[] {
  if (typeof properties !== "object" || properties === null) return [];
  return Object.entries(properties)
    .filter(([, schema]) => schema !== false)
    .map(([key]) => key);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: "a map",
  array: "a list",
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "empty",
};

/** `must be a map, not a list`; `must be true or false, not "yes"`: the types wanted, and what was there. */
export function mustBe(types: readonly string[], data: unknown): string {
  const wanted = [...new Set(types)].map((t) => TYPE_NAMES[t] ?? t);
  const found =
    data === null || data === undefined
      ? "empty"
      : Array.isArray(data)
        ? "a list"
        : typeof data === "object"
          ? "a map"
          : shortValue(data);
  return `must be ${wanted.join(" or ")}, not ${found}`;
}

/** A scalar as written, cut to fit a line. */
function shortValue(data: unknown): string {
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
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
