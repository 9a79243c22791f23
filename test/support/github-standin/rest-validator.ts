import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import {
  documentedStatuses,
  responseSchemaPointer,
  webhookSchemaPointer,
  type OpenApiSpec,
  type SpecNode,
  type SpecOperation,
} from "./openapi-spec.ts";
import { addDescription, schemaRef, standinAjv } from "./standin-ajv.ts";

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

let shared: { spec: OpenApiSpec; validator: RestValidator } | undefined;

/**
 * Validates requests, responses and webhook payloads against GitHub's description. Most validators come compiled
 * from the spec cache; any other schema is compiled here on first use (registering the 3 MB description with Ajv
 * costs about a second, so only a process that needs it pays). Compiled validators are shared by all stand-ins in
 * the process.
 */
export class RestValidator {
  private ajv: Ajv | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(private readonly spec: OpenApiSpec) {}

  /** The process-wide validator for a loaded description. */
  static for(spec: OpenApiSpec): RestValidator {
    if (shared?.spec !== spec) shared = { spec, validator: new RestValidator(spec) };
    return shared.validator;
  }

  /** The validator of the schema at a JSON pointer into the description: precompiled, or compiled once now. */
  compile(pointer: string): ValidateFunction {
    let fn = this.compiled.get(pointer) ?? this.spec.precompiled.get(pointer);
    if (!fn) {
      fn = this.inProcessAjv().getSchema(schemaRef(pointer));
      if (!fn) throw new Error(`GitHub's description has no schema at ${pointer}`);
    }
    this.compiled.set(pointer, fn);
    return fn;
  }

  private inProcessAjv(): Ajv {
    if (!this.ajv) {
      this.ajv = standinAjv();
      addDescription(this.ajv, this.spec.doc);
    }
    return this.ajv;
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
    return responseSchemaPointer(this.spec.doc, op, status);
  }

  /** Whether GitHub documents this status code for the operation at all. */
  documentsStatus(op: SpecOperation, status: number): boolean {
    return documentedStatuses(this.spec.doc, op).includes(String(status));
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
    const fn = this.compile(webhookSchemaPointer(name));
    return fn(payload)
      ? []
      : (fn.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`);
  }

  /** Whether a component schema exists (used to fill representations). */
  schemaNode(name: string): SpecNode | undefined {
    return (this.spec.doc["components"] as { schemas: Record<string, SpecNode> }).schemas[name];
  }
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
