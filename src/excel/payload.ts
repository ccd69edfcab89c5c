/**
 * Excel on the web refuses a request or a response of more than 5 MB per `context.sync()`
 * ("Resource limits and performance optimization for Office Add-ins", Microsoft Learn). Every action
 * here queues its work through a `SyncBatcher`: it estimates what each queued step adds to the JSON
 * payload and syncs before the next step would pass the budget (4 MB, leaving room for the estimate's
 * error), so an action needs about 1 + payload ÷ 4 MB syncs – as few as the payload allows.
 */

/** Target per sync, below the 5 MB limit. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Estimated JSON cost of one action or object path in a request (ids, types, argument wrappers). */
export const ACTION_COST = 200;

/** Bytes of a value as JSON (UTF-8 estimated: characters beyond ASCII count twice). */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let extra = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) extra++;
  return text.length + extra;
}

/** Whether an error is Excel's payload limit (request or response). */
export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  const text = `${typeof code === "string" ? code : ""} ${(e as Error)?.message ?? ""}`;
  return /PayloadSizeLimitExceeded|payload size/i.test(text);
}

/** Queues steps and syncs whenever the next one would pass the budget. */
export class SyncBatcher {
  private pending = 0;
  private steps = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET,
  ) {}
  /** Syncs first when `bytes` more would pass the budget, then queues the step. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.steps > 0 && this.pending + bytes > this.budget) await this.flush();
    queue();
    this.pending += bytes;
    this.steps++;
  }
  /** Syncs what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.steps === 0) return;
    this.pending = 0;
    this.steps = 0;
    await this.context.sync();
  }
  /** How many bytes are queued and not yet synced. */
  get queued(): number {
    return this.pending;
  }
}
