import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ids } from "./ids.ts";
import type { Renderer } from "./renderer.ts";
import type { RestValidator } from "./rest-validator.ts";
import type { RepoRecord, UserRecord } from "./standin-state.ts";
import type { PendingEvent } from "./webhook-dispatcher.ts";

type Json = Record<string, unknown>;
interface ExampleGroup {
  name: string;
  examples: Json[];
}

let examples: Promise<ExampleGroup[]> | undefined;

/** GitHub's example payloads from @octokit/webhooks-examples, read once per process. */
function loadExamples(): Promise<ExampleGroup[]> {
  examples ??= (async () => {
    const file = createRequire(import.meta.url).resolve("@octokit/webhooks-examples");
    return JSON.parse(await readFile(file, "utf8")) as ExampleGroup[];
  })();
  return examples;
}

/** An example as JSON text, with the `full_name` of the repository it is about. */
interface ExampleText {
  text: string;
  fullName: string | undefined;
}

/** By `event.action`: at most one per example GitHub publishes. */
const exampleTexts = new Map<string, ExampleText>();

/**
 * The first example for `event.action` (or the event's first example when GitHub has none for that action) as JSON
 * text. Payloads are built from the text, so no example object is copied per webhook.
 */
async function exampleText(event: string, action: string | undefined): Promise<ExampleText> {
  const key = `${event}.${action ?? ""}`;
  let found = exampleTexts.get(key);
  if (!found) {
    const group = (await loadExamples()).find((g) => g.name === event);
    const example = group?.examples.find((e) => e["action"] === action) ?? group?.examples[0] ?? {};
    const fullName = (example["repository"] as Json | undefined)?.["full_name"];
    found = { text: JSON.stringify(example), fullName: typeof fullName === "string" ? fullName : undefined };
    exampleTexts.set(key, found);
  }
  return found;
}

/** A deep copy of the first example for `event.action` (or of the event's first example when GitHub has none for that action). */
export async function webhookExample(event: string, action: string | undefined): Promise<Json> {
  return JSON.parse((await exampleText(event, action)).text) as Json;
}

/** Called when a payload the stand-in built does not match GitHub's description (a stand-in bug). */
export type InvalidPayloadHandler = (event: string, action: string | undefined, errors: string[]) => void;

/**
 * Builds webhook payloads from GitHub's examples, deep-patched with the real state: the example supplies the
 * fields the stand-in does not model, the state supplies every field it does (repository, installation, sender,
 * and the event's own objects). Each payload is checked against GitHub's webhook schema.
 */
export class WebhookPayloads {
  constructor(
    private readonly r: Renderer,
    private readonly validator: RestValidator,
    private readonly onInvalid: InvalidPayloadHandler,
  ) {}

  /** A payload for `event.action` about `repo`, or nothing when the app is not installed there (GitHub sends it nothing). */
  async build(
    event: string,
    action: string | undefined,
    repo: RepoRecord,
    real: Json,
    sender: UserRecord,
    /** Example fields to leave out: ones another action's example has that this action's payload lacks. */
    drop: readonly string[] = [],
  ): Promise<PendingEvent[]> {
    if (repo.installationId === undefined) return [];
    const scrubbed = scrub(await exampleText(event, action), repo, this.r.api);
    delete scrubbed["organization"];
    delete scrubbed["enterprise"];
    delete scrubbed["performed_via_github_app"];
    for (const key of drop) delete scrubbed[key];
    const top: Json = {
      ...(action === undefined ? {} : { action }),
      ...real,
      repository: this.r.repo(repo),
      sender: this.r.user(sender),
      installation: { id: repo.installationId, node_id: Ids.nodeId("Installation", repo.installationId) },
    };
    if (repo.owner.type === "Organization") top["organization"] = this.organization(repo.owner);
    const payload = overlay(scrubbed, top) as Json;
    const schemaName = this.schemaName(event, action);
    const conformed = schemaName ? this.r.conform(schemaName, payload) : payload;
    const errors = this.validator.validateWebhook(event, action, conformed);
    if (errors.length > 0) this.onInvalid(event, action, errors);
    return [{ event, payload: conformed }];
  }

  private organization(owner: UserRecord): Json {
    const url = `${this.r.api}/orgs/${owner.login}`;
    return {
      login: owner.login,
      id: owner.id,
      node_id: owner.nodeId,
      url,
      repos_url: `${url}/repos`,
      events_url: `${url}/events`,
      hooks_url: `${url}/hooks`,
      issues_url: `${url}/issues`,
      members_url: `${url}/members{/member}`,
      public_members_url: `${url}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${owner.id}?v=4`,
      description: null,
    };
  }

  private schemaName(event: string, action: string | undefined): string | undefined {
    const name = [event, action].filter(Boolean).join("-").replace(/_/g, "-");
    const hook = (this.r.spec.doc["x-webhooks"] as Record<string, Json>)[name];
    const post = hook?.["post"] as
      { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } | undefined;
    return post?.requestBody?.content?.["application/json"]?.schema?.$ref?.split("/").pop();
  }
}

/**
 * A copy of an example with its repository identity and API host replaced everywhere, so
 * left-over example fields name the real repository.
 */
function scrub(example: ExampleText, repo: RepoRecord, api: string): Json {
  let text = example.text;
  const fullName = example.fullName;
  if (fullName !== undefined) {
    const [owner] = fullName.split("/");
    text = text.split(fullName).join(repo.fullName);
    if (owner)
      text = text
        .split(`/${owner}`)
        .join(`/${repo.owner.login}`)
        .split(`"${owner}"`)
        .join(JSON.stringify(repo.owner.login));
  }
  text = text.split("https://api.github.com").join(api);
  return JSON.parse(text) as Json;
}

/** Deep-merges `real` over `base`: objects merge key by key, anything else (arrays included) is replaced. */
export function overlay(base: unknown, real: unknown): unknown {
  if (!isPlain(base) || !isPlain(real)) return real === undefined ? base : real;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(real)) out[key] = overlay(base[key], value);
  return out;
}

function isPlain(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
