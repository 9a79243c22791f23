import { oversize, tooDeep, type InputLimits } from "./input-limits.ts";

export type JsonBounds =
  { readonly ok: true } | { readonly ok: false; readonly offset: number; readonly message: string };

/**
 * Measures a JSON text's size and nesting in one pass before it is parsed. `JSON.parse` itself
 * copes with deep input, but what reads the value next (schema validation, redaction, copies)
 * recurses, so depth is bounded where the text enters.
 */
export function checkJsonBounds(text: string, limits: Pick<InputLimits, "maxBytes" | "maxDepth">): JsonBounds {
  const tooLarge = oversize(text, limits.maxBytes);
  if (tooLarge !== undefined) return { ok: false, offset: 0, message: tooLarge };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limits.maxDepth) return { ok: false, offset: i, message: tooDeep(limits.maxDepth) };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return { ok: true };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
