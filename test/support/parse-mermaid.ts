import { JSDOM } from "jsdom";

let parser: ((text: string) => Promise<unknown>) | undefined;

/** Parses Mermaid text with the real Mermaid parser (GitHub renders diagrams with Mermaid). */
export async function parseMermaid(text: string): Promise<void> {
  if (!parser) {
    // Mermaid reaches for a DOM while loading; a JSDOM window is enough for parsing.
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const { default: mermaid } = await import("mermaid");
    parser = (t) => mermaid.parse(t);
  }
  await parser(text);
}
