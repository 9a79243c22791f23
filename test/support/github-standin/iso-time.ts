/** GitHub's timestamp format: ISO 8601 without milliseconds (`2024-05-01T12:00:00Z`). */
export function isoTime(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
