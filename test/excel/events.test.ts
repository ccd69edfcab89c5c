/**
 * When the pane reads: not before it is shown (Excel loads the page hidden to calculate functions),
 * and again – debounced – when cells change on the data sheets (not on Zielmonitor's output sheets).
 */
import { CHANGE_DEBOUNCE_MS, watchDataChanges, whenPaneShown } from "../../src/excel/events";
import { OWNED_SHEETS_KEY } from "../../src/excel/registries";
import { FakeBook } from "./fakeExcel";

const g = globalThis as { Office?: unknown; document?: unknown };
afterEach(() => {
  delete g.Office;
  delete g.document;
  jest.useRealTimers();
});

describe("whenPaneShown", () => {
  it("waits for Office.addin.onVisibilityModeChanged to report the task pane when the page is hidden", async () => {
    let handler: ((a: { visibilityMode: string }) => void) | undefined;
    let removed = 0;
    g.document = { visibilityState: "hidden" };
    g.Office = {
      addin: {
        onVisibilityModeChanged: async (h: (a: { visibilityMode: string }) => void) => {
          handler = h;
          return async () => void removed++;
        },
      },
    };
    let shown = false;
    const waiting = whenPaneShown().then(() => (shown = true));
    await Promise.resolve();
    handler!({ visibilityMode: "Hidden" });
    await Promise.resolve();
    expect(shown).toBe(false);
    handler!({ visibilityMode: "Taskpane" });
    await waiting;
    expect(shown).toBe(true);
    expect(removed).toBe(1);
  });

  it("resolves at once when the page is visible or the host has no visibility API", async () => {
    g.document = { visibilityState: "visible" };
    g.Office = { addin: { onVisibilityModeChanged: () => new Promise(() => undefined) } };
    await expect(whenPaneShown()).resolves.toBeUndefined();
    g.document = { visibilityState: "hidden" };
    g.Office = {};
    await expect(whenPaneShown()).resolves.toBeUndefined();
  });
});

describe("watchDataChanges", () => {
  it("calls back once after a burst of edits on a data sheet, never for an output sheet, and stops when unsubscribed", async () => {
    const book = new FakeBook();
    book.addSheet("Daten").setValues(0, 0, [["Monat", "Integrationen"]]);
    book.addSheet("Zielerreichung");
    book.settings.set(OWNED_SHEETS_KEY, JSON.stringify(["Zielerreichung"]));
    book.install();
    jest.useFakeTimers();
    let calls = 0;
    const unsubscribe = await watchDataChanges(() => calls++);
    expect(book.sheet("Daten").handlers).toHaveLength(1);
    expect(book.sheet("Zielerreichung").handlers).toHaveLength(0);

    await book.userEdits("Daten", 13, 1, [[210]]);
    jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 1);
    await book.userEdits("Daten", 14, 1, [[215]]);
    jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS - 1);
    expect(calls).toBe(0);
    jest.advanceTimersByTime(1);
    expect(calls).toBe(1);

    await unsubscribe();
    expect(book.sheet("Daten").handlers).toHaveLength(0);
    await book.userEdits("Daten", 15, 1, [[220]]);
    jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS * 2);
    expect(calls).toBe(1);
  });
});
