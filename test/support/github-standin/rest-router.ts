import type { OpenApiSpec, SpecOperation } from "./openapi-spec.ts";

/** A request matched to one of GitHub's operations. */
export interface RouteMatch {
  operation: SpecOperation;
  /** Path parameters, percent-decoded (Octokit sends `a%2Fb.txt` for a contents path). */
  params: Record<string, string>;
}

/** Routes `METHOD /path` to the OpenAPI operation GitHub would serve, or to nothing. */
export class RestRouter {
  private readonly byMethod = new Map<string, SpecOperation[]>();

  constructor(spec: OpenApiSpec) {
    for (const op of spec.operations) {
      const list = this.byMethod.get(op.method) ?? [];
      list.push(op);
      this.byMethod.set(op.method, list);
    }
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
    for (const operation of this.byMethod.get(method.toUpperCase()) ?? []) {
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
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
