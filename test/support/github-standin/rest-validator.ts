import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { resolveRef, type OpenApiSpec, type SpecNode, type SpecOperation } from "./openapi-spec.ts";

/** Result of checking a request against its operation. */
export interface RequestCheck {
  /** Query parameters coerced to the types GitHub declares. */
  query: Record<string, unknown>;
  /** Path parameters coerced the same way. */
  params: Record<string, unknown>;
  /** Where the request breaks the description, as GitHub would word it; empty when valid. */
  bodyErrors: string[];
  /** Path or query parameters of the wrong shape. */
  paramErrors: string[];
  /** Query keys GitHub ignores because it does not know them. */
  unknownQuery: string[];
}

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

let shared: { spec: OpenApiSpec; validator: RestValidator } | undefined;

/**
 * Validates requests, responses and webhook payloads against GitHub's description with one Ajv instance. Compiled
 * validators are cached per schema pointer and shared by all stand-ins in the process, because compiling a large
 * schema such as `full-repository` takes ~50 ms.
 */
export class RestValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(private readonly spec: OpenApiSpec) {
    this.ajv = new Ajv({ strict: false, validateSchema: false, allErrors: false, logger: false });
    addFormats(this.ajv);
    // The description uses formats Ajv does not define; GitHub does not enforce them on input either.
    for (const format of [
      "int32",
      "int64",
      "binary",
      "uri-template",
      "repo.nwo",
      "ssh-key",
      "ssh-key fingerprint",
      "hostname",
    ]) {
      this.ajv.addFormat(format, true);
    }
    // GitHub itself sends "" for unset URLs (deployment status target_url) and bot emails with brackets
    // ("123+app[bot]@users.noreply.github.com"), so its formats are checked as loosely as GitHub fills them.
    this.ajv.addFormat("uri", (s: string) => s === "" || (!/\s/.test(s) && URL.canParse(s)));
    this.ajv.addFormat("email", (s: string) => /^[^\s@]+@[^\s@]+$/.test(s));
    this.ajv.addSchema(
      { components: spec.doc["components"], paths: spec.doc["paths"], "x-webhooks": spec.doc["x-webhooks"] },
      "gh",
    );
  }

  /** The process-wide validator for a loaded description. */
  static for(spec: OpenApiSpec): RestValidator {
    if (shared?.spec !== spec) shared = { spec, validator: new RestValidator(spec) };
    return shared.validator;
  }

  /** Compiles (once) the schema at a JSON pointer into the description. */
  compile(pointer: string): ValidateFunction {
    let fn = this.compiled.get(pointer);
    if (!fn) {
      const ref =
        "gh#" +
        pointer
          .split("/")
          .map((t) => encodeURIComponent(t))
          .join("/");
      fn = this.ajv.compile({ $ref: ref });
      this.compiled.set(pointer, fn);
    }
    return fn;
  }

  /** Checks path/query parameters and the JSON body. */
  validateRequest(
    op: SpecOperation,
    pathParams: Record<string, string>,
    search: URLSearchParams,
    body: unknown,
  ): RequestCheck {
    const check: RequestCheck = { query: {}, params: {}, bodyErrors: [], paramErrors: [], unknownQuery: [] };
    const known = new Set<string>();
    for (const param of op.parameters) {
      if (param.in !== "path" && param.in !== "query") continue;
      const raw = param.in === "path" ? pathParams[param.name] : (search.get(param.name) ?? undefined);
      if (param.in === "query") known.add(param.name);
      if (raw === undefined) {
        if (param.required) check.paramErrors.push(`"${param.name}" wasn't supplied.`);
        continue;
      }
      const value = coerce(raw, param.type);
      const fn = this.compile(param.schemaPointer);
      if (!fn(value)) check.paramErrors.push(`For '${param.name}', ${describe(fn.errors?.[0], value)}`);
      (param.in === "path" ? check.params : check.query)[param.name] = value;
    }
    for (const key of new Set(search.keys())) if (!known.has(key)) check.unknownQuery.push(key);
    if (op.bodyPointer) {
      if (body === undefined) {
        if (op.bodyRequired) check.bodyErrors.push("Request body is required.");
      } else {
        const fn = this.compile(op.bodyPointer);
        if (!fn(body)) check.bodyErrors.push(...(fn.errors ?? []).map((e) => bodyMessage(e, body)));
      }
    }
    return check;
  }

  /** JSON pointer to the schema GitHub declares for a status code, if any. */
  responsePointer(op: SpecOperation, status: number): string | undefined {
    const opNode = resolveRef(this.spec.doc, pointerGet(this.spec.doc, op.pointer), op.pointer);
    const responses = opNode.node["responses"] as Record<string, SpecNode> | undefined;
    const raw = responses?.[String(status)];
    if (!raw) return undefined;
    const { node, pointer } = resolveRef(this.spec.doc, raw, `${op.pointer}/responses/${status}`);
    const content = node["content"] as Record<string, SpecNode> | undefined;
    return content?.["application/json"]?.["schema"] ? `${pointer}/content/application~1json/schema` : undefined;
  }

  /** Whether GitHub documents this status code for the operation at all. */
  documentsStatus(op: SpecOperation, status: number): boolean {
    const responses = pointerGet(this.spec.doc, op.pointer)["responses"] as Record<string, unknown> | undefined;
    return responses?.[String(status)] !== undefined;
  }

  /** Errors of a response body against the declared schema; empty when valid or undeclared. */
  validateResponse(op: SpecOperation, status: number, body: unknown): string[] {
    const pointer = this.responsePointer(op, status);
    if (!pointer) return [];
    const fn = this.compile(pointer);
    return fn(body)
      ? []
      : (fn.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`);
  }

  /** Errors of a webhook payload against GitHub's `x-webhooks` description of `event.action`. */
  validateWebhook(event: string, action: string | undefined, payload: unknown): string[] {
    const name = [event, action].filter(Boolean).join("-").replace(/_/g, "-");
    const hooks = this.spec.doc["x-webhooks"] as Record<string, SpecNode>;
    if (!hooks[name]) return [`no webhook named ${name} in GitHub's description`];
    const fn = this.compile(`/x-webhooks/${name}/post/requestBody/content/application~1json/schema`);
    return fn(payload)
      ? []
      : (fn.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`);
  }

  /** Whether a component schema exists (used to fill representations). */
  schemaNode(name: string): SpecNode | undefined {
    return (this.spec.doc["components"] as { schemas: Record<string, SpecNode> }).schemas[name];
  }
}

function pointerGet(doc: SpecNode, pointer: string): SpecNode {
  let node: unknown = doc;
  for (const token of pointer.slice(1).split("/"))
    node = (node as SpecNode)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node as SpecNode;
}

function coerce(raw: string, type: string | undefined): unknown {
  if (type === "integer" || type === "number") return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

function describe(error: ErrorObject | undefined, value: unknown): string {
  return `${JSON.stringify(value)} ${error?.message ?? "is invalid"}.`;
}

/** Words a schema error the way GitHub's REST validator does ("Invalid request.\n\nFor 'properties/x', ..."). */
function bodyMessage(error: ErrorObject, body: unknown): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") return `"${String(params["missingProperty"])}" wasn't supplied.`;
  if (error.keyword === "additionalProperties")
    return `"${String(params["additionalProperty"])}" is not a permitted key.`;
  const path = error.instancePath.split("/").filter(Boolean);
  let value: unknown = body;
  for (const token of path) value = (value as Record<string, unknown> | undefined)?.[token];
  const where = path.length ? path.map((t) => (/^\d+$/.test(t) ? `items/${t}` : `properties/${t}`)).join("/") : "root";
  if (error.keyword === "enum")
    return `For '${where}', ${JSON.stringify(value)} is not one of ${JSON.stringify(params["allowedValues"])}.`;
  if (error.keyword === "type")
    return `For '${where}', ${JSON.stringify(value)} is not ${String(params["type"]) === "integer" ? "an integer" : `a ${String(params["type"])}`}.`;
  return `For '${where}', ${JSON.stringify(value)} ${error.message ?? "is invalid"}.`;
}
