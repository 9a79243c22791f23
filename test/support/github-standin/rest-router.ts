import type { OpenApiSpec, SpecOperation } from "./openapi-spec.ts";

/** A request matched to one of GitHub's operations. */
export interface RouteMatch {
  operation: SpecOperation;
  /** Path parameters, percent-decoded (Octokit sends `a%2Fb.txt` for a contents path). */
  params: Record<string, string>;
}

/** Operations that may match paths of one method and first segment, split by whether their length is fixed. */
interface Bucket {
  /** By segment count: templates without a multi-segment parameter match only paths with as many segments. */
  fixed: Map<number, Candidate[]>;
  /** Templates with a multi-segment parameter (`/contents/{path}`), which match paths of any length. */
  variable: Candidate[];
}

/** An operation with its rank in the description's most-specific-first order. */
interface Candidate {
  operation: SpecOperation;
  rank: number;
  /** Segments that are literal text, by position (before any multi-segment parameter): a cheap test before the regex. */
  literals: [index: number, text: string][];
}

/**
 * Routes `METHOD /path` to the OpenAPI operation GitHub would serve, or to nothing. Trying each of a method's
 * several hundred templates in turn was the stand-in's costliest step per request, so the operations are indexed by
 * first segment and segment count; within the few left, the first match in most-specific-first order still wins.
 */
export class RestRouter {
  /** `METHOD /first-segment` → candidates; templates whose first segment is a parameter are under `METHOD *`. */
  private readonly buckets = new Map<string, Bucket>();
  /** `METHOD first-segment segment-count` → the merged candidates of {@link candidates}. */
  private readonly merged = new Map<string, readonly Candidate[]>();

  constructor(spec: OpenApiSpec) {
    spec.operations.forEach((operation, rank) => {
      const segments = operation.path.split("/");
      const first = segments[1] ?? "";
      const key = `${operation.method} ${first.includes("{") ? "*" : first}`;
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = { fixed: new Map(), variable: [] }));
      const multi = operation.parameters.some((p) => p.multiSegment && operation.paramNames.includes(p.name));
      const literals: Candidate["literals"] = [];
      for (const [index, text] of segments.entries()) {
        if (multi && operation.parameters.some((p) => p.multiSegment && text.includes(`{${p.name}}`))) break;
        if (index > 1 && !text.includes("{")) literals.push([index, text]);
      }
      if (multi) bucket.variable.push({ operation, rank, literals });
      else {
        const list = bucket.fixed.get(segments.length) ?? [];
        list.push({ operation, rank, literals });
        bucket.fixed.set(segments.length, list);
      }
    });
  }

  /** Matches a raw (still percent-encoded) path; operations are pre-sorted most specific first. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, "") : rawPath;
    // `/contents` with the slash trimmed is the root listing, `/contents/` with an empty path.
    return (
      this.matchExact(method, path) ?? (path.endsWith("/contents") ? this.matchExact(method, `${path}/`) : undefined)
    );
  }

  private matchExact(method: string, path: string): RouteMatch | undefined {
    const segments = path.split("/");
    for (const { operation, literals } of this.candidates(method.toUpperCase(), segments)) {
      if (!literals.every(([index, text]) => segments[index] === text)) continue;
      const m = operation.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      operation.paramNames.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? "");
      });
      return { operation, params };
    }
    return undefined;
  }

  /** The operations that can match a path, most specific first; remembered for the (bounded) keys GitHub has. */
  private candidates(method: string, segments: readonly string[]): readonly Candidate[] {
    const first = segments[1] ?? "";
    const own = this.buckets.get(`${method} ${first}`);
    const key = `${method} ${first} ${segments.length}`;
    const known = own?.fixed.has(segments.length);
    const hit = known ? this.merged.get(key) : undefined;
    if (hit) return hit;
    const merged = [own, this.buckets.get(`${method} *`)]
      .flatMap((bucket) => (bucket ? [...(bucket.fixed.get(segments.length) ?? []), ...bucket.variable] : []))
      .sort((a, b) => a.rank - b.rank);
    if (known) this.merged.set(key, merged);
    return merged;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
