import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { PathSegment } from "./yaml-source.ts";

/** A key that appears twice in one map: where the second one is, and the map's path. */
export interface DuplicateKey {
  readonly key: string;
  readonly offset: number;
  readonly path: readonly PathSegment[];
}

/**
 * The first duplicate key in the document, or undefined. One set of seen keys per map makes this
 * linear in the document's size; the `yaml` package compares each new key with every earlier one.
 * Keys are equal as the package judges them: the same scalar value of the same type, so `1` and
 * `"1"` differ. A non-scalar key equals no other key.
 */
export function findDuplicateKey(doc: Document): DuplicateKey | undefined {
  let first: DuplicateKey | undefined;
  const pending: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path } = next;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        const name = String(key);
        const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
        if (isScalar(pair.key) && seen.has(key)) {
          if (!first || offset < first.offset) first = { key: name, offset, path: [...path, name] };
        }
        seen.add(key);
        pending.push({ node: pair.value, path: [...path, name] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => pending.push({ node: item, path: [...path, i] }));
    }
  }
  return first;
}
