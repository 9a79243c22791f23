import {
  Composer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
import type { InputLimits } from "./input-limits.ts";
import { toPointer, type SourceError } from "./source-error.ts";
import { boundedCst } from "./yaml-bounds.ts";
import { findDuplicateKey } from "./yaml-duplicate-keys.ts";

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

export type YamlParse =
  { readonly ok: true; readonly source: YamlSource } | { readonly ok: false; readonly errors: readonly SourceError[] };

/**
 * Parses YAML keeping source positions, so that every later error (schema, semantics) can
 * point at `file:line:column`. The text is measured against `limits` before it is composed, and
 * nothing the `yaml` package throws escapes: every problem comes back as a `SourceError`.
 * Duplicate keys are parse errors, as they almost always hide a mistake.
 */
export function parseYamlSource(text: string, file: string, limits: InputLimits): YamlParse {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const cst = boundedCst(text, limits, lineCounter.addNewLine);
  const docs: Document[] = [];
  try {
    // uniqueKeys is checked below in linear time; the package's own check is quadratic in a map's size.
    const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true, merge: true });
    for (const doc of composer.compose(cst.tokens, true, text.length)) if (docs.push(doc) > 1) break;
  } catch (error) {
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, path: "", message: `could not parse: ${describe(error)}`, code: "yaml" }],
    };
  }
  const bounds = cst.verdict();
  if (!bounds.ok)
    return {
      ok: false,
      errors: [{ file, ...position(bounds.offset), path: "", message: bounds.message, code: bounds.code }],
    };
  const [doc, second] = docs;
  if (!doc)
    return {
      ok: false,
      errors: [{ file, line: 1, column: 1, path: "", message: "could not parse: no document", code: "yaml" }],
    };
  if (doc.errors.length > 0) {
    // One mistake often trips several parser rules on the same line; the first says most.
    const errors = doc.errors.map((e) => ({ file, ...explainYamlError(doc, e, position), code: "yaml" }));
    return { ok: false, errors: errors.filter((e, i) => errors.findIndex((other) => other.line === e.line) === i) };
  }
  if (second)
    return {
      ok: false,
      errors: [
        {
          file,
          ...position(second.range?.[0] ?? 0),
          path: "",
          message: "a second YAML document: a file holds one",
          code: "yaml",
        },
      ],
    };
  const duplicate = findDuplicateKey(doc);
  if (duplicate) {
    const at = position(duplicate.offset);
    return {
      ok: false,
      errors: [
        {
          file,
          ...at,
          path: toPointer(duplicate.path),
          message: `duplicate key ${JSON.stringify(duplicate.key)}: map keys must be unique`,
          code: "yaml",
        },
      ],
    };
  }
  let value: unknown;
  try {
    // Aliases expand when converted: the cap stops a billion-laughs document; an unknown alias throws here too.
    value = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    return { ok: false, errors: [{ file, ...aliasProblem(doc, error, position), path: "" }] };
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
  return { ok: true, source: { file, value, locate } };
}

type Position = (offset: number) => { line: number; column: number };

/**
 * The yaml library reports where it noticed a problem; say what and where to fix it. An
 * unclosed quote points at where the string starts, not at the end of the file where the
 * parser gave up.
 */
function explainYamlError(doc: Document, error: YAMLError, position: Position): Omit<SourceError, "file" | "code"> {
  const at = error.pos[0];
  const message = firstLine(error.message);
  if (error.code === "MISSING_CHAR" && /quote/.test(message)) {
    const found = findNode(
      doc,
      (node) => isScalar(node) && /^QUOTE/.test(node.type ?? "") && (node.range?.[1] ?? -1) === at,
    );
    const start = found?.node.range?.[0];
    if (found && start !== undefined)
      return {
        ...position(start),
        path: toPointer(found.path),
        message: `unterminated string: ${lowerFirst(message)}`,
      };
  }
  return { ...position(at), path: "", message };
}

/** The first node (depth first, keys before values) that matches, with its JSON path. Recursion is safe: depth was bounded before parsing. */
function findNode(doc: Document, match: (node: Node) => boolean): { node: Node; path: PathSegment[] } | undefined {
  const walk = (node: unknown, path: PathSegment[]): { node: Node; path: PathSegment[] } | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        if (isScalar(pair.key) && match(pair.key)) return { node: pair.key, path: [...path, key] };
        const inner = walk(pair.value, [...path, key]);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const inner = walk(item, [...path, i]);
        if (inner) return inner;
      }
    } else if (isScalar(node) && match(node)) {
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

function describe(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

/**
 * What converting aliases threw: too many expansions (a billion-laughs document), or an alias with
 * no anchor before it, shown where that alias is.
 */
function aliasProblem(
  doc: Document,
  error: unknown,
  position: Position,
): { line: number; column: number; message: string; code: string } {
  const message = describe(error);
  if (/^Excessive alias count/.test(message))
    return {
      line: 1,
      column: 1,
      message: "aliases expand too far (a billion-laughs document?)",
      code: "too-many-aliases",
    };
  let unresolved: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      unresolved = node;
      return visit.BREAK;
    },
  });
  return { ...position(unresolved?.range?.[0] ?? 0), message, code: "yaml" };
}
