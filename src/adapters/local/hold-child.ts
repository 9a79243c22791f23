import type { ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";

/**
 * Refs a long-lived child process and its pipes while `busy` (an answer or its exit is awaited), unrefs them
 * otherwise. Why: an idle reader or writer must not keep ferry running; git stops at EOF when ferry ends.
 */
export function holdChild(child: ChildProcess, busy: boolean): void {
  const handles: (ChildProcess | Readable | Writable | null)[] = [child, child.stdout, child.stderr];
  for (const handle of handles) {
    const socket = handle as { ref?: () => void; unref?: () => void } | null;
    if (busy) socket?.ref?.();
    else socket?.unref?.();
  }
}
