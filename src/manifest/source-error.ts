/** An error in a file a person wrote, pointing at the place to fix. */
export interface SourceError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON pointer of the offending value, e.g. `/states/deploying/on/stage.failed`. */
  readonly path: string;
  readonly message: string;
  /** What kind of check found it: `yaml`, `schema`, or a semantic check name. */
  readonly code: string;
  /**
   * The key, state, event or value the person most likely meant, when one is close to what they
   * wrote. The message says it as well ("did you mean …?"); this is the same name for tools.
   */
  readonly suggestion?: string;
}

/** `file:line:col message`, the format editors and CI annotations understand. */
export function formatSourceError(error: SourceError): string {
  return `${error.file}:${error.line}:${error.column} ${error.message}`;
}

/** JSON pointer for a path, escaping `~` and `/` as RFC 6901 says. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** The path segments of a JSON pointer. */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Schema errors with the semantic errors that do not follow from them: a semantic error at or
 * below a schema error's place (a state whose `kind` is missing "has no way out") is the same
 * mistake again. Errors about the whole file (path `""`) hide nothing, as they name a key.
 */
export function withSemanticErrors(schema: readonly SourceError[], semantic: readonly SourceError[]): SourceError[] {
  const places = schema.map((e) => e.path).filter((p) => p !== "");
  const covered = (path: string) => places.some((p) => path === p || path.startsWith(`${p}/`));
  return [...schema, ...semantic.filter((e) => !covered(e.path))].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
