import { JSDOM } from "jsdom";
import type { Mermaid } from "mermaid";
let loaded: Promise<Mermaid> | undefined;

/**
 * Mermaid, loaded once. Mermaid reaches for a DOM while loading; a JSDOM window is enough for
 * parsing (drawing needs a browser: `npm run docs:screenshots`).
 */
export function loadMermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    return (await import("mermaid")).default;
  })();
  return loaded;
}

/** Parses Mermaid text with the real Mermaid parser (GitHub renders diagrams with Mermaid). */
export async function parseMermaid(text: string): Promise<void> {
  await (await loadMermaid()).parse(text);
}
