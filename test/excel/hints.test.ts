/**
 * Hints (src/excel/ownership.ts): an action loads the rules and marks the previous action left with its
 * first look-up. They are only ever used where the look-up confirms them, and a hinted sheet that is
 * gone makes the first sync fail before anything is written – the action then runs once more without.
 */
import { OfficeHost } from "../../src/excel/OfficeHost";
import { HIGHLIGHTS_KEY } from "../../src/excel/highlights";
import { withHints } from "../../src/excel/ownership";
import type { HintStore } from "../../src/excel/registries";
import { SyncBatcher } from "../../src/excel/payload";
import { LEGEND_SHEET_NAME } from "../../src/workbook/outputs";
import { tenRows } from "./actionFigures";
import { ExcelError } from "./strictExcel";

describe("hints between actions", () => {
  it("removal after a highlight needs 2 syncs; with a hinted sheet deleted meanwhile it still removes everything, in 1 + 3", async () => {
    const { book, input } = tenRows();
    book.install();
    const host = new OfficeHost();
    await host.applyHighlights(input);
    expect(book.sheet("JC 1").liveRules()).toHaveLength(1);
    book.resetStats();
    await host.removeHighlights();
    expect(book.syncs).toBe(2);
    expect(book.sheet("JC 1").liveRules()).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(["JC 1"]);

    // Highlight again; then the user deletes the legend sheet.
    await host.applyHighlights(input);
    book.sheet(LEGEND_SHEET_NAME).delete();
    book.resetStats();
    await host.removeHighlights();
    // The first sync fails on the hinted legend (nothing written), then the full removal: 1 + 3.
    expect(book.syncs).toBe(4);
    expect(book.sheet("JC 1").liveRules()).toEqual([]);
    expect(book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
  });

  it("a user's sheet that took the name of the hinted legend is never deleted", async () => {
    const { book, input } = tenRows();
    book.install();
    const host = new OfficeHost();
    await host.applyHighlights(input);
    book.sheet(LEGEND_SHEET_NAME).name = "Alte Legende";
    const users = book.addSheet(LEGEND_SHEET_NAME);
    users.setValues(0, 0, [["meine Legende"]]);
    await host.removeHighlights();
    expect(book.sheet(LEGEND_SHEET_NAME).cell(0, 0).value).toBe("meine Legende");
    expect(book.sheet("JC 1").liveRules()).toEqual([]);
  });
});

describe("withHints", () => {
  const notFound = () => new ExcelError("ItemNotFound", "worksheet");
  const fakeContext = { sync: async () => undefined } as unknown as Excel.RequestContext;

  it("repeats an action once without hints when its first sync failed with ItemNotFound", async () => {
    const store: HintStore = { current: { names: ["A"], registered: [], recordSheets: ["A"] } };
    const seen: (string | null)[] = [];
    const result = await withHints(store, async (hints, track) => {
      const batch = new SyncBatcher(fakeContext);
      track(batch);
      seen.push(hints ? "hints" : null);
      batch.now(1, () => undefined);
      await batch.flush();
      if (hints) throw notFound();
      return "done";
    });
    expect(result).toBe("done");
    expect(seen).toEqual(["hints", null]);
    expect(store.current).toBeNull();
  });

  it("never repeats an action whose later sync failed (something may have been written)", async () => {
    const store: HintStore = { current: { names: ["A"], registered: [], recordSheets: [] } };
    let runs = 0;
    const action = withHints(store, async (_hints, track) => {
      runs++;
      const batch = new SyncBatcher(fakeContext);
      track(batch);
      for (let i = 0; i < 2; i++) {
        batch.now(1, () => undefined);
        await batch.flush();
      }
      throw notFound();
    });
    await expect(action).rejects.toThrow(/ItemNotFound/);
    expect(runs).toBe(1);
  });
});
