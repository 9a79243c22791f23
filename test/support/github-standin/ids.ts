import { randomUUID } from "node:crypto";

/** Hands out GitHub-like numeric ids and global node ids. One counter per stand-in keeps ids unique across kinds. */
export class Ids {
  private next = 1000;

  /** A fresh numeric id. */
  id(): number {
    return this.next++;
  }

  /** GitHub's legacy-style global node id: base64 of "<len>:<Type><id>". */
  static nodeId(type: string, id: number | string): string {
    const raw = `0${type.length}:${type}${id}`;
    return Buffer.from(raw).toString("base64").replace(/=+$/, "");
  }

  /** A delivery GUID like GitHub's X-GitHub-Delivery. */
  static uuid(): string {
    return randomUUID();
  }
}
