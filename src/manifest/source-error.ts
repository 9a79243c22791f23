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
