/**
 * Excel on the web refuses a request or a response of more than 5 MB per `context.sync()`
 * ("Resource limits and performance optimization for Office Add-ins", Microsoft Learn). Every action
 * here queues its work through a `SyncBatcher`: each queued step says what it adds to the JSON payload
 * and the batcher syncs before the next step would pass the budget (4 MB, a fifth below the limit), so
 * an action needs about 1 + payload ÷ 4 MB syncs – as few as the payload allows.
 *
 * The cost model (`jsonBytes`, `ACTION_BYTES`, `PATH_BYTES` and the helpers in `cost`) is the one the
 * strict test double (test/excel/strictExcel.ts) charges: the double imports it from here, so the
 * estimate and the measurement cannot drift apart. Real Excel's payload has not been measured (README,
 * known limits); the fifth of headroom is for that difference.
 */

/** Target per sync, below the 5 MB limit. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Fixed JSON cost of one action (method call, property set, load) in a request. */
export const ACTION_BYTES = 120;
/** Fixed JSON cost of one object path (navigation: getItem, getRange, conditionalFormats …). */
export const PATH_BYTES = 80;

/** Exact UTF-8 bytes of a value as JSON (`JSON.stringify`; undefined counts as null). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair: two UTF-16 units, four UTF-8 bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** What one queued operation adds to the request. */
export const cost = {
  /** `x.load("a,b/c")`. */
  load: (props: string): number =>
    ACTION_BYTES +
    jsonBytes(
      props
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** Setting a property (`range.formulas = …`, `fill.color = …`). */
  set: (name: string, value: unknown): number => ACTION_BYTES + name.length + jsonBytes(value),
  /** A method call; `args` are the arguments the request carries (none for delete, activate …). */
  call: (args?: unknown): number => ACTION_BYTES + (args === undefined ? 0 : jsonBytes(args)),
  /** A navigation; `arg` the name or address it carries (getItem, getRange); none for the others. */
  path: (arg?: unknown): number => PATH_BYTES + (arg === undefined ? 0 : jsonBytes(arg)),
  /** `getRangeByIndexes(r, c, rows, cols)`: four numbers. */
  indexes: (): number => PATH_BYTES + 24,
};

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
  private after: (() => void)[] = [];
  /** Syncs done through this batcher. */
  syncs = 0;
  constructor(
    readonly context: Excel.RequestContext,
    readonly budget = PAYLOAD_BUDGET,
  ) {}
  /** Syncs first when `bytes` more would pass the budget, then queues the step. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.steps > 0 && this.pending + bytes > this.budget) await this.flush();
    this.now(bytes, queue);
  }
  /** Queues a small step into the current batch without syncing first (look-ups that must go now). */
  now(bytes: number, queue: () => void): void {
    queue();
    this.pending += bytes;
    this.steps++;
  }
  /** Runs `f` right after the next sync, before anything else is queued (dependent look-ups go there). */
  afterSync(f: () => void): void {
    this.after.push(f);
  }
  /** Syncs what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.steps === 0) return;
    this.pending = 0;
    this.steps = 0;
    this.syncs++;
    await this.context.sync();
    const after = this.after;
    this.after = [];
    for (const f of after) f();
  }
  /** Bytes still free in the current batch. */
  get room(): number {
    return this.budget - this.pending;
  }
  /** How many bytes are queued and not yet synced. */
  get queued(): number {
    return this.pending;
  }
  /** Whether anything is queued. */
  get busy(): boolean {
    return this.steps > 0;
  }
}
