import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

/** A JSON value from GitHub's OpenAPI description. */
export type SpecNode = Record<string, unknown>;

/** One parameter of an operation, with `$ref`s already followed. */
export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** JSON pointer to the parameter's schema inside the document. */
  schemaPointer: string;
  /** Type named by the schema (after following one `$ref`), used to coerce query strings. */
  type: string | undefined;
  multiSegment: boolean;
}

/** One REST operation GitHub describes. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** Path template as GitHub writes it, e.g. `/repos/{owner}/{repo}/contents/{path}`. */
  path: string;
  /** JSON pointer to the operation object. */
  pointer: string;
  parameters: SpecParameter[];
  /** JSON pointer to the JSON request body schema, if the operation takes one. */
  bodyPointer: string | undefined;
  bodyRequired: boolean;
  regex: RegExp;
  paramNames: string[];
  /** Literal characters in the template; more literal text means a more specific route. */
  specificity: number;
}

/** The parsed, patched description plus an operation index. */
export interface OpenApiSpec {
  doc: SpecNode;
  operations: SpecOperation[];
  byId: Map<string, SpecOperation>;
  /** Validators compiled ahead of the run (see `spec-cache.ts`), by schema pointer; any other pointer compiles on demand. */
  precompiled: ReadonlyMap<string, ValidateFunction>;
}

const METHODS = ["get", "put", "post", "patch", "delete", "head"] as const;

/** Keys that only document (prose, samples, links); Ajv never reads them, and they are three quarters of the file. */
const ANNOTATIONS = new Set(["description", "summary", "example", "examples", "externalDocs", "x-github"]);

/**
 * Reads GitHub's REST description as the stand-in uses it: only the 13 MB non-dereferenced file (the package root
 * would load every GHES variant, ~385 MB), patched for Ajv, without annotations.
 */
export async function readDescription(): Promise<SpecNode> {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const doc = JSON.parse(await readFile(file, "utf8")) as SpecNode;
  patchDescription(doc);
  stripAnnotations(doc);
  return doc;
}

/** Indexes the operations of a (patched) description. */
export function specFromDescription(
  doc: SpecNode,
  precompiled: ReadonlyMap<string, ValidateFunction> = new Map(),
): OpenApiSpec {
  const operations = indexOperations(doc);
  return { doc, operations, byId: new Map(operations.map((op) => [op.operationId, op])), precompiled };
}

/**
 * Drops documentation keys so the cached description parses in a fraction of the time. Inside a `properties` map
 * the keys are property names (a repository has a `description`), so those stay; `description` and `summary` go
 * only as strings, which a schema never is.
 */
export function stripAnnotations(node: unknown, parentKey = ""): void {
  if (Array.isArray(node)) {
    for (const item of node) stripAnnotations(item);
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node as SpecNode;
  for (const [key, value] of Object.entries(obj)) {
    const prose = (key === "description" || key === "summary") && typeof value === "string";
    const other = key !== "description" && key !== "summary" && ANNOTATIONS.has(key);
    if (parentKey !== "properties" && (prose || other)) delete obj[key];
    else stripAnnotations(value, key);
  }
}

/** JSON pointer to the schema GitHub declares for a status code of an operation, if any. */
export function responseSchemaPointer(doc: SpecNode, op: SpecOperation, status: number | string): string | undefined {
  const opNode = resolveRef(doc, pointerGet(doc, op.pointer), op.pointer);
  const responses = opNode.node["responses"] as Record<string, SpecNode> | undefined;
  const raw = responses?.[String(status)];
  if (!raw) return undefined;
  const { node, pointer } = resolveRef(doc, raw, `${op.pointer}/responses/${status}`);
  const content = node["content"] as Record<string, SpecNode> | undefined;
  return content?.["application/json"]?.["schema"] ? `${pointer}/content/application~1json/schema` : undefined;
}

/** The status codes GitHub documents for an operation. */
export function documentedStatuses(doc: SpecNode, op: SpecOperation): string[] {
  return Object.keys((pointerGet(doc, op.pointer)["responses"] as Record<string, unknown> | undefined) ?? {});
}

/** JSON pointer to the payload schema of a webhook named `event-action` (`pull-request-opened`). */
export function webhookSchemaPointer(name: string): string {
  return `/x-webhooks/${name}/post/requestBody/content/application~1json/schema`;
}

/** The node at a JSON pointer. */
export function pointerGet(doc: SpecNode, pointer: string): SpecNode {
  let node: unknown = doc;
  for (const token of pointer.slice(1).split("/"))
    node = (node as SpecNode)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node as SpecNode;
}

/**
 * Patches the description in place so Ajv reads it as GitHub means it: OpenAPI 3.0 `nullable` does not reach into
 * `enum` and cannot stand without `type` for Ajv, so the description's own null values (e.g. a check run's
 * `conclusion: null`) would fail validation; and overlapping `oneOf` alternatives become `anyOf`.
 */
export function patchDescription(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) patchDescription(item);
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node as SpecNode;
  for (const value of Object.values(obj)) patchDescription(value);
  // GitHub's description uses oneOf where alternatives overlap (e.g. basic-error vs repository-rule-violation-error,
  // whose properties are all optional), so real answers match "more than one"; anyOf is what it means.
  if (Array.isArray(obj["oneOf"])) {
    if (obj["anyOf"]) obj["allOf"] = [...((obj["allOf"] as unknown[]) ?? []), { anyOf: obj["oneOf"] }];
    else obj["anyOf"] = obj["oneOf"];
    delete obj["oneOf"];
  }
  // Known defect: some inlined copies say an installation account is allOf [Simple User, Enterprise]; the component
  // (and GitHub's answers) mean anyOf.
  const all = obj["allOf"];
  if (
    Array.isArray(all) &&
    all.length === 2 &&
    all.some((a) => (a as SpecNode)["title"] === "Enterprise") &&
    all.some((a) => (a as SpecNode)["title"] === "Simple User")
  ) {
    obj["anyOf"] = all;
    delete obj["allOf"];
  }
  if (obj["nullable"] !== true) return;
  if (Array.isArray(obj["enum"]) && !obj["enum"].includes(null)) obj["enum"].push(null);
  if (obj["type"] !== undefined) return;
  delete obj["nullable"];
  const rest: SpecNode = {};
  // A nullable schema without a type (anyOf/allOf/bare) becomes "null or the rest".
  for (const [key, value] of Object.entries(obj)) {
    if (key === "description" || key === "title") continue;
    rest[key] = value;
    delete obj[key];
  }
  if (Object.keys(rest).length > 0) obj["anyOf"] = [{ type: "null" }, rest];
}

/** Escapes one JSON pointer token. */
export function pointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows a local `$ref` (`#/components/...`) and returns the target with its pointer. */
export function resolveRef(doc: SpecNode, node: SpecNode, pointer: string): { node: SpecNode; pointer: string } {
  const ref = node["$ref"];
  if (typeof ref !== "string") return { node, pointer };
  let target: unknown = doc;
  for (const token of ref.slice(2).split("/")) {
    target = (target as SpecNode)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return resolveRef(doc, target as SpecNode, ref.slice(1));
}

function indexOperations(doc: SpecNode): SpecOperation[] {
  const operations: SpecOperation[] = [];
  const paths = doc["paths"] as Record<string, SpecNode>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as SpecNode | undefined;
      if (!op || typeof op["operationId"] !== "string") continue;
      const pointer = `/paths/${pointerToken(path)}/${method}`;
      const parameters = ((op["parameters"] ?? []) as SpecNode[]).map((raw, i) =>
        toParameter(doc, raw, `${pointer}/parameters/${i}`),
      );
      const body = bodySchema(doc, op, pointer);
      const multi = new Set(parameters.filter((p) => p.multiSegment).map((p) => p.name));
      const { regex, names, specificity } = compileTemplate(path, multi);
      operations.push({
        operationId: op["operationId"],
        method: method.toUpperCase(),
        path,
        pointer,
        parameters,
        bodyPointer: body?.pointer,
        bodyRequired: body?.required ?? false,
        regex,
        paramNames: names,
        specificity,
      });
    }
  }
  // Most specific first, so `/commits/{ref}/status` wins over the multi-segment `/commits/{ref}`.
  operations.sort((a, b) => b.specificity - a.specificity);
  return operations;
}

function toParameter(doc: SpecNode, raw: SpecNode, rawPointer: string): SpecParameter {
  const { node, pointer } = resolveRef(doc, raw, rawPointer);
  const schema = resolveRef(doc, (node["schema"] ?? {}) as SpecNode, `${pointer}/schema`);
  return {
    name: node["name"] as string,
    in: node["in"] as SpecParameter["in"],
    required: node["required"] === true,
    schemaPointer: `${pointer}/schema`,
    type: typeof schema.node["type"] === "string" ? schema.node["type"] : undefined,
    multiSegment: node["x-multi-segment"] === true,
  };
}

function bodySchema(
  doc: SpecNode,
  op: SpecNode,
  opPointer: string,
): { pointer: string; required: boolean } | undefined {
  const raw = op["requestBody"] as SpecNode | undefined;
  if (!raw) return undefined;
  const { node, pointer } = resolveRef(doc, raw, `${opPointer}/requestBody`);
  const content = node["content"] as Record<string, SpecNode> | undefined;
  if (!content?.["application/json"]?.["schema"]) return undefined;
  return { pointer: `${pointer}/content/application~1json/schema`, required: node["required"] === true };
}

function compileTemplate(path: string, multi: Set<string>): { regex: RegExp; names: string[]; specificity: number } {
  const names: string[] = [];
  let specificity = 0;
  const source = path.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, literal: string | undefined) => {
    if (name !== undefined) {
      names.push(name);
      // A contents path may be empty (`/contents/` lists the root), other multi-segment values may not.
      if (multi.has(name)) return name === "path" ? "(.*)" : "(.+)";
      return "([^/]+)";
    }
    specificity += literal!.length;
    return literal!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return { regex: new RegExp(`^${source}$`), names, specificity };
}
