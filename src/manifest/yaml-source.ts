import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from "yaml";
import { toPointer, type SourceError } from "./source-error.ts";

export type PathSegment = string | number;

/** A parsed YAML file that can say where any JSON path came from. */
export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  /**
   * Line and column (1-based) of the node at `path`. A block map or list is shown at its key
   * (its value starts on the next line, at its first child, which is not what is wrong), and so
   * is any node when `key` is set. Falls back to the deepest ancestor found.
   */
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
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    // One mistake often trips several parser rules on the same line; the first says most.
    const errors = doc.errors.map((e) => ({ file, ...explainYamlError(doc, e, position), code: "yaml" }));
    return { ok: false, errors: errors.filter((e, i) => errors.findIndex((other) => other.line === e.line) === i) };
  }
  const locate: YamlSource["locate"] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    let keyOffset: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyNode = pair.key as Node;
        keyOffset = keyNode.range?.[0] ?? offset;
        node = pair.value;
        offset = (pair.value as Node | null)?.range?.[0] ?? keyOffset;
      } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
        // JSON pointers carry list indexes as strings.
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        keyOffset = undefined;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    const atKey = options.key === true || isMap(node) || isSeq(node);
    return position(atKey && keyOffset !== undefined ? keyOffset : offset);
  };
  return { ok: true, source: { file, value: doc.toJS({ maxAliasCount: 100 }), locate } };
}

type Position = (offset: number) => { line: number; column: number };

/**
 * The yaml library reports where it noticed a problem; say what and where to fix it. A
 * duplicate key gets its name and path; an unclosed quote points at where the string starts,
 * not at the end of the file where the parser gave up.
 */
function explainYamlError(doc: Document, error: YAMLError, position: Position): Omit<SourceError, "file" | "code"> {
  const at = error.pos[0];
  const message = firstLine(error.message);
  if (error.code === "DUPLICATE_KEY") {
    const found = findNode(doc, (node, isKey) => isKey && node.range?.[0] === at);
    if (found && isScalar(found.node)) {
      return { ...position(at), path: toPointer(found.path), message: `duplicate key ${JSON.stringify(String(found.node.value))}: ${lowerFirst(message)}` };
    }
  }
  if (error.code === "MISSING_CHAR" && /quote/.test(message)) {
    const found = findNode(doc, (node) => isScalar(node) && /^QUOTE/.test(node.type ?? "") && (node.range?.[1] ?? -1) === at);
    const start = found?.node.range?.[0];
    if (found && start !== undefined) return { ...position(start), path: toPointer(found.path), message: `unterminated string: ${lowerFirst(message)}` };
  }
  return { ...position(at), path: "", message };
}

/** The first node (depth first, keys before values) that matches, with its JSON path. */
function findNode(doc: Document, match: (node: Node, isKey: boolean) => boolean): { node: Node; path: PathSegment[] } | undefined {
  const walk = (node: unknown, path: PathSegment[]): { node: Node; path: PathSegment[] } | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        if (isScalar(pair.key) && match(pair.key, true)) return { node: pair.key, path: [...path, key] };
        const inner = walk(pair.value, [...path, key]);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const inner = walk(item, [...path, i]);
        if (inner) return inner;
      }
    } else if (isScalar(node) && match(node, false)) {
      return { node, path };
    }
    return undefined;
  };
  return walk(doc.contents, []);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
