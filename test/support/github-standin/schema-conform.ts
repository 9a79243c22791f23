import { isoTime } from "./iso-time.ts";
import type { SpecNode } from "./openapi-spec.ts";

/**
 * Completes a representation with the required fields the stand-in does not model (`temp_clone_token`,
 * `security_and_analysis`, ...), using the blandest value the schema allows: null where nullable, the first enum
 * value, empty strings and arrays. Fields the stand-in sets are kept as they are, so response validation still
 * catches a wrong type or a wrong value there.
 */
export function schemaConform(doc: SpecNode, schemaName: string, value: unknown, baseUrl: string): unknown {
  const schema = (doc["components"] as { schemas: Record<string, SpecNode> }).schemas[schemaName];
  if (!schema) return value;
  return fill(doc, schema, value, baseUrl, 0);
}

function deref(doc: SpecNode, schema: SpecNode): SpecNode {
  let node = schema;
  for (let i = 0; i < 10 && typeof node["$ref"] === "string"; i++) {
    let target: unknown = doc;
    for (const token of (node["$ref"] as string).slice(2).split("/")) target = (target as SpecNode)[token];
    node = target as SpecNode;
  }
  return node;
}

function fill(doc: SpecNode, raw: SpecNode, value: unknown, baseUrl: string, depth: number): unknown {
  const schema = deref(doc, raw);
  if (depth > 12) return value;
  if (Array.isArray(schema["allOf"])) {
    let out = value;
    for (const part of schema["allOf"] as SpecNode[]) out = fill(doc, part, out, baseUrl, depth + 1);
    return out;
  }
  const alternatives = (schema["anyOf"] ?? schema["oneOf"]) as SpecNode[] | undefined;
  if (Array.isArray(alternatives)) {
    const options = alternatives.map((a) => deref(doc, a));
    if (value === undefined && options.some((o) => o["type"] === "null" || o["nullable"] === true)) return null;
    if (value === null) return null;
    const wanted = Array.isArray(value) ? "array" : typeof value === "object" ? "object" : undefined;
    const match = options.find((o) =>
      wanted ? o["type"] === wanted || (wanted === "object" && o["properties"] !== undefined) : o["type"] !== "null",
    );
    return match ? fill(doc, match, value, baseUrl, depth + 1) : value;
  }
  if (value === undefined) {
    if (schema["nullable"] === true) return null;
    if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  }
  const type = schema["type"] ?? (schema["properties"] ? "object" : undefined);
  switch (type) {
    case "object": {
      if (value === null) return null;
      const obj = (value ?? {}) as Record<string, unknown>;
      const props = (schema["properties"] ?? {}) as Record<string, SpecNode>;
      for (const key of (schema["required"] ?? []) as string[]) {
        if (!(key in obj)) obj[key] = fill(doc, props[key] ?? {}, undefined, baseUrl, depth + 1);
      }
      for (const [key, sub] of Object.entries(obj)) {
        if (sub && typeof sub === "object" && props[key]) obj[key] = fill(doc, props[key], sub, baseUrl, depth + 1);
      }
      return obj;
    }
    case "array": {
      if (value === null) return null;
      const items = (schema["items"] ?? {}) as SpecNode;
      return ((value ?? []) as unknown[]).map((item) =>
        item && typeof item === "object" ? fill(doc, items, item, baseUrl, depth + 1) : item,
      );
    }
    case "string":
      if (value !== undefined) return value;
      if (schema["format"] === "date-time") return isoTime();
      if (schema["format"] === "uri") return `${baseUrl}/`;
      if (schema["format"] === "email") return "noreply@example.com";
      return "";
    case "integer":
    case "number":
      return value ?? 0;
    case "boolean":
      return value ?? false;
    default:
      return value === undefined ? null : value;
  }
}
