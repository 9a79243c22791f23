/**
 * Small type tests for the shape the semantic checks read. A file with schema errors is still
 * checked semantically when these pass (so a person sees every mistake at once), and only then:
 * the checks must never read a value whose type the schema refused.
 */
export const shapeGuards = {
  record: (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value),
  /** Absent, or passes `test`. */
  optional: (value: unknown, test: (v: unknown) => boolean): boolean => value === undefined || test(value),
  string: (value: unknown): value is string => typeof value === "string",
  /** A map whose every value passes `test`. */
  mapOf: (value: unknown, test: (v: unknown) => boolean): boolean =>
    shapeGuards.record(value) && Object.values(value).every(test),
  /** A list whose every item passes `test`. */
  listOf: (value: unknown, test: (v: unknown) => boolean): boolean => Array.isArray(value) && value.every(test),
};
