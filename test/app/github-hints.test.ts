import { describe, expect, it } from "vitest";
import { hintFor } from "../../src/app/github-hints.ts";

const answer = (status: number, headers: Record<string, string> = {}, message = "") =>
  Object.assign(new Error(message), { status, response: { headers, data: { message } } });

describe("hints for GitHub errors", () => {
  it("tells a rate limit from a missing permission", () => {
    expect(hintFor(answer(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1800000000" }))).toMatch(
      /rate limit was reached until 2027/,
    );
    expect(hintFor(answer(429, { "retry-after": "30" }))).toMatch(/rate limit/);
    expect(hintFor(answer(403, {}, "Resource not accessible by integration"))).toMatch(/lacks a permission/);
    expect(hintFor(answer(404))).toMatch(/ferry-stage\.yml/);
    expect(hintFor(answer(401))).toMatch(/APP_ID and PRIVATE_KEY/);
    expect(hintFor(new Error("boom"))).toBeUndefined();
  });
});
