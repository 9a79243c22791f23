import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { SourceError } from "./source-error.ts";

export type PathSegment = string | number;

/** A parsed YAML file that can say where any JSON path came from. */
export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  /** Line and column (1-based) of the node at `path`, or of its key when `key` is set; falls back to the deepest ancestor found. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; column: number };
}

export type YamlParse = { readonly ok: true; readonly source: YamlSource } | { readonly ok: false; readonly errors: readonly SourceError[] };

/**
 * Parses YAML keeping source positions, so that every later error (schema, semantics) can
 * point at `file:line:column`. Duplicate keys are parse errors, as they almost always hide a mistake.
 */
export function parseYamlSource(text: string, file: string): YamlParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, path: "", message: firstLine(e.message), code: "yaml" };
      }),
    };
  }
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate: YamlSource["locate"] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (last && options.key) return position(keyNode.range?.[0] ?? offset);
        node = pair.value;
        offset = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return position(offset);
  };
  return { ok: true, source: { file, value: doc.toJS({ maxAliasCount: 100 }), locate } };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
