/** The README at the root of `ferry/state`, so that a person who finds the branch knows what it is. */
export function stateBranchReadme(): string {
  return `# ferry/state

This branch is written by [ferry](https://github.com/) and holds the state of every deployment
in this repository, one file per deployment: \`deployments/<name>.json\`.

- It is the source of truth: check runs, commit statuses and deployment statuses are drawn from it.
- Its git history is the audit log: every state change is one commit whose message says what
  changed, with \`Ferry-Event\`, \`Ferry-Delivery\` and \`Ferry-Actor\` trailers.
- ferry writes it with compare-and-swap on the branch head, so it is safe with several writers.

Do not merge this branch into anything. If a file here is corrupt, ferry refuses to overwrite it
and blocks that deployment until a person fixes or deletes the file.
`;
}
