import { CST, Lexer, Parser } from "yaml";
import { oversize, tooDeep, type InputLimits } from "./input-limits.ts";

/** Why a text may not reach the YAML composer. */
export const YAML_BOUND_CODES = ["too-large", "too-deep", "too-many-aliases"] as const;
export type YamlBoundCode = (typeof YAML_BOUND_CODES)[number];

export type YamlBounds =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: YamlBoundCode; readonly offset: number; readonly message: string };

/** The CST of a text, cut off at the first limit it breaks; `verdict` says whether it did, once `tokens` is consumed. */
export interface BoundedCst {
  readonly tokens: Iterable<CST.Token>;
  verdict(): YamlBounds;
}

const COLLECTIONS: ReadonlySet<string> = new Set(["block-map", "block-seq", "flow-collection"]);

/**
 * The `yaml` package's lexer and CST parser are iterative, but its composer recurses once per
 * level, and deep nesting there aborts Node with an uncatchable fatal error. So the text is
 * measured while it is parsed into a CST, one lexical token at a time: its size first, then the
 * open collections on the parser's stack and the aliases seen. A document is handed on (to the
 * composer) only when it is complete, so nothing over the limits ever reaches it, and parsing
 * stops at the first token too many: a hostile file costs no more than its first few levels.
 */
export function boundedCst(text: string, limits: InputLimits, onNewLine?: (offset: number) => void): BoundedCst {
  let verdict: YamlBounds = { ok: true };
  onNewLine?.(0);
  const tooLarge = oversize(text, limits.maxBytes);
  if (tooLarge !== undefined) verdict = { ok: false, code: "too-large", offset: 0, message: tooLarge };
  function* tokens(): Generator<CST.Token> {
    if (!verdict.ok) return;
    const parser = new Parser(onNewLine);
    let aliases = 0;
    for (const lexeme of new Lexer().lex(text)) {
      const offset = parser.offset;
      yield* parser.next(lexeme);
      if (CST.tokenType(lexeme) === "alias" && ++aliases > limits.maxAliases) {
        verdict = { ok: false, code: "too-many-aliases", offset, message: `more than ${limits.maxAliases} aliases` };
        return;
      }
      // The stack also holds the document and scalars being read: count collections only when it could matter.
      if (
        parser.stack.length > limits.maxDepth &&
        parser.stack.filter((t) => COLLECTIONS.has(t.type)).length > limits.maxDepth
      ) {
        verdict = { ok: false, code: "too-deep", offset, message: tooDeep(limits.maxDepth) };
        return;
      }
    }
    yield* parser.end();
  }
  return { tokens: tokens(), verdict: () => verdict };
}

/** Measures a YAML text against its limits without composing it, e.g. before a library parses it. */
export function checkYamlBounds(text: string, limits: InputLimits): YamlBounds {
  const cst = boundedCst(text, limits);
  for (const token of cst.tokens) void token;
  return cst.verdict();
}
