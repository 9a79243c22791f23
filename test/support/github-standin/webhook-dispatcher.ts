import { createHmac } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";

/** One POST of a delivery to one target. */
export interface DeliveryAttempt {
  target: string;
  /** HTTP status the app answered, or null when the connection failed or timed out. */
  status: number | null;
  durationMs: number;
  error?: string;
  redelivery: boolean;
  at: string;
}

/** A webhook GitHub sent, with every attempt to deliver it. */
export interface WebhookDelivery {
  id: string;
  event: string;
  action: string | undefined;
  payload: Record<string, unknown>;
  /** The exact bytes signed and sent; redeliveries send them again. */
  body: string;
  attempts: DeliveryAttempt[];
}

/** How deliveries reach several app replicas. */
export type WebhookFanout = "round-robin" | "all";

/** Options for {@link WebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  secret: string;
  targets: string[];
  fanout: WebhookFanout;
  /** Event names the app subscribes to; others are not sent (GitHub sends only subscribed events). */
  events: ReadonlySet<string> | "all";
  appId: number;
  /** Milliseconds before GitHub gives up on a delivery (GitHub: 10 s). */
  timeoutMs?: number;
  /** Called when building a payload failed (a stand-in bug); the events are dropped, never thrown at callers. */
  onBuildError?: (error: unknown) => void;
}

/** An event to deliver once its payload is built. */
export interface PendingEvent {
  event: string;
  payload: Record<string, unknown>;
}

/**
 * Sends webhooks as GitHub does: JSON body, HMAC signatures with the app's secret, a unique delivery GUID, one
 * POST per delivery. Deliveries go out one at a time in the order events happened, so tests are deterministic;
 * payloads are built eagerly (state at the time of the event) and delivered in order.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private nextTarget = 0;
  private dropping: ((delivery: WebhookDelivery) => boolean) | undefined;

  constructor(private readonly options: WebhookDispatcherOptions) {}

  /** Replaces the URLs deliveries go to (e.g. once the app's server listens). */
  setTargets(targets: string[]): void {
    this.options.targets = [...targets];
  }

  /**
   * Loses the deliveries `drop` picks, as a network or GitHub outage does: they are recorded with no attempt and
   * never reach any app. `undefined` delivers everything again.
   */
  dropWhere(drop: ((delivery: WebhookDelivery) => boolean) | undefined): void {
    this.dropping = drop;
  }

  /** Whether the app subscribes to an event. */
  subscribed(event: string): boolean {
    return this.options.events === "all" || this.options.events.has(event);
  }

  /**
   * Queues events whose payloads are being built; resolves with their deliveries once the app answered. Call it
   * synchronously at the moment the event happens so deliveries keep that order.
   */
  enqueue(build: Promise<PendingEvent[]>): Promise<WebhookDelivery[]> {
    // The build may fail before the queue reaches it (e.g. its repository was removed at close); handle it now so
    // Node never reports it unhandled, and report it through onBuildError when its turn comes.
    build.catch(() => undefined);
    this.pending++;
    const result = this.tail.then(async () => {
      const delivered: WebhookDelivery[] = [];
      let events: PendingEvent[];
      try {
        events = await build;
      } catch (error) {
        // API handlers fire events without waiting; a rejection here would surface as an unhandled one.
        this.options.onBuildError?.(error);
        return delivered;
      }
      for (const { event, payload } of events) {
        if (!this.subscribed(event)) continue;
        const action = typeof payload["action"] === "string" ? payload["action"] : undefined;
        const delivery: WebhookDelivery = {
          id: Ids.uuid(),
          event,
          action,
          payload,
          body: JSON.stringify(payload),
          attempts: [],
        };
        this.deliveries.push(delivery);
        if (!this.dropping?.(delivery)) await this.post(delivery, this.pickTargets(), false);
        delivered.push(delivery);
      }
      return delivered;
    });
    this.tail = result.catch(() => undefined).finally(() => this.pending--);
    return result;
  }

  /** Sends a delivery again with the same body and GUID (GitHub's "Redeliver"). */
  redeliver(deliveryId: string, target?: string): Promise<WebhookDelivery> {
    const delivery = this.deliveries.find((d) => d.id === deliveryId);
    if (!delivery) return Promise.reject(new RangeError(`no delivery ${deliveryId}`));
    this.pending++;
    const result = this.tail.then(async () => {
      await this.post(delivery, target ? [target] : this.pickTargets(), true);
      return delivery;
    });
    this.tail = result.catch(() => undefined).finally(() => this.pending--);
    return result;
  }

  /**
   * Sends a delivery's exact signed body again as a new delivery with a fresh GUID: what someone
   * who captured a webhook could do (the signature covers the body, not the delivery id).
   */
  replay(deliveryId: string, target?: string): Promise<WebhookDelivery> {
    const original = this.deliveries.find((d) => d.id === deliveryId);
    if (!original) return Promise.reject(new RangeError(`no delivery ${deliveryId}`));
    const delivery: WebhookDelivery = { ...original, id: Ids.uuid(), attempts: [] };
    this.pending++;
    const result = this.tail.then(async () => {
      this.deliveries.push(delivery);
      await this.post(delivery, target ? [target] : this.pickTargets(), false);
      return delivery;
    });
    this.tail = result.catch(() => undefined).finally(() => this.pending--);
    return result;
  }

  /** Waits until every queued delivery, including ones queued while waiting, has been answered. */
  async flush(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  private pickTargets(): string[] {
    const targets = this.options.targets;
    if (targets.length === 0 || this.options.fanout === "all") return [...targets];
    const target = targets[this.nextTarget % targets.length]!;
    this.nextTarget++;
    return [target];
  }

  private async post(delivery: WebhookDelivery, targets: string[], redelivery: boolean): Promise<void> {
    const sha256 = await sign(this.options.secret, delivery.body);
    const sha1 = "sha1=" + createHmac("sha1", this.options.secret).update(delivery.body).digest("hex");
    await Promise.all(
      targets.map(async (target) => {
        const started = performance.now();
        const attempt: DeliveryAttempt = { target, status: null, durationMs: 0, redelivery, at: isoTime() };
        try {
          const res = await fetch(target, {
            method: "POST",
            body: delivery.body,
            signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
            headers: {
              "content-type": "application/json",
              "user-agent": "GitHub-Hookshot/standin",
              "x-github-event": delivery.event,
              "x-github-delivery": delivery.id,
              "x-github-hook-id": "1",
              "x-github-hook-installation-target-type": "integration",
              "x-github-hook-installation-target-id": String(this.options.appId),
              "x-hub-signature": sha1,
              "x-hub-signature-256": sha256,
            },
          });
          await res.arrayBuffer();
          attempt.status = res.status;
        } catch (error) {
          attempt.error = error instanceof Error ? error.message : String(error);
        }
        attempt.durationMs = performance.now() - started;
        delivery.attempts.push(attempt);
      }),
    );
  }
}
