/**
 * End to end: the built preview (dist/) served on localhost, in headless Chromium, opens the Düren
 * sample and shows the five targets. The expected figures are computed here by running the engine on
 * the sample generator's own series, never taken from what the page printed. Needs `npm run build`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { evaluate, latestCompleteMonth } from "../../src/domain/evaluate";
import { formatLevel, statusLabel } from "../../src/domain/display";
import type { Evaluation, IndicatorData, Vintage } from "../../src/domain/evaluation";
import { DUEREN_2023 } from "../../src/domain/targets";
import { formatYearMonth, type YearMonth } from "../../src/domain/yearMonth";
import { startPreviewServer, type PreviewServer } from "../../scripts/preview-server";
import { CHROMIUM, CHROMIUM_ARGS } from "../../bench/preview";
import { duerenIndicatorData } from "./sampleSeries";
import { publishedFigures } from "../../src/domain/rolling";
import { rollingReason, rollingValue } from "../../src/taskpane/components/RollingFigures";
import { PANE_WIDTH, RESULTS, axeSerious, measureFit, screenshot } from "./paneFit";
import { AGREED, MULTI_FILE, WITHOUT, multiData, setOf } from "./agreements";
import { LANG_KEY } from "../../src/taskpane/model";

const REPO = resolve(__dirname, "..", "..");
const IDS = ["II.1", "II.2", "II.3", "III.1", "III.2"];

jest.setTimeout(180_000);

/** The month of 2023 the page shows (German month name, e.g. "Oktober 2023"). */
function monthShown(shown: string): YearMonth {
  const month = (["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"] as YearMonth[]).find(
    (m) => formatYearMonth(m) === shown.trim(),
  );
  if (!month) throw new Error(`unknown month ${shown}`);
  return month;
}

/** The engine on the generator's series at the month shown. */
function evaluateAt(data: IndicatorData, set: Parameters<typeof evaluate>[1], shown: string) {
  return evaluate(data, set, monthShown(shown)).targets[0];
}

function expected(vintage: Vintage, asOf?: YearMonth): Evaluation {
  const data: IndicatorData = duerenIndicatorData(vintage);
  const month = asOf ?? latestCompleteMonth(data, DUEREN_2023, 2023);
  if (!month) throw new Error("generator series have no complete month in 2023");
  return evaluate(data, DUEREN_2023, month);
}

async function statuses(page: Page): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const id of IDS) out[id] = await page.getAttribute(`[data-testid="target-${id}"] [data-status]`, "data-status");
  return out;
}

async function field(page: Page, id: string, name: string): Promise<string> {
  return ((await page.textContent(`[data-testid="target-${id}"] [data-field="${name}"]`)) ?? "").trim();
}

/** Picks an option by its text: native selects (the report controls) directly, Fluent dropdowns by clicks. */
async function choose(page: Page, combobox: string, option: string): Promise<void> {
  const box = page.getByRole("combobox", { name: combobox });
  if ((await box.evaluate((el) => el.tagName)) === "SELECT") {
    await box.selectOption({ label: option });
    return;
  }
  await box.click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The text of the chosen option of a native select. */
async function shown(page: Page, combobox: string): Promise<string> {
  return page.getByRole("combobox", { name: combobox }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
}

describe("preview in Chromium", () => {
  let server: PreviewServer;
  let context: BrowserContext;
  let profile: string;
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(REPO, "dist", "preview.html"))) throw new Error("dist/preview.html fehlt: erst `npm run build` ausführen (npm test baut vorher).");
    if (!existsSync(join(REPO, "samples", "kreis-dueren-2021-2023.xlsx"))) throw new Error("samples/kreis-dueren-2021-2023.xlsx fehlt: `npm run samples`.");
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} fehlt: apt-get install -y chromium`);
    server = await startPreviewServer({ port: 0, build: false });
    profile = mkdtempSync(join(tmpdir(), "zielmonitor-e2e-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      // axe-core is injected as an inline script, which the pages' CSP rightly forbids
      bypassCSP: true,
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("shows the five Düren targets with the engine's statuses, follows month and vintage, stays on localhost", async () => {
    const page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="target-III.2"] [data-status]', { timeout: 120_000 });

    // office.js is not on this page
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");

    // the latest complete month in t-0 (the agreement's vintage)
    const t0 = expected("t-0");
    expect(await shown(page, "Berichtsmonat")).toBe(formatYearMonth(t0.asOf));
    const want = Object.fromEntries(t0.targets.map((e) => [e.target.id, e.status]));
    expect(Object.keys(want).sort()).toEqual([...IDS].sort());
    expect(await statuses(page)).toEqual(want);
    for (const e of t0.targets) {
      expect(await page.textContent(`[data-testid="target-${e.target.id}"] [data-status]`)).toBe(statusLabel(e.status));
      expect(await field(page, e.target.id, "current")).toBe(formatLevel(e.target.indicator, e.current));
      expect(await field(page, e.target.id, "previous")).toBe(formatLevel(e.target.indicator, e.previous));
    }
    mkdirSync(join(REPO, "test-results"), { recursive: true });
    await page.screenshot({ path: join(REPO, "test-results", "preview-summary.png"), fullPage: false });

    // another month: the figures follow the engine at that month
    const march = expected("t-0", "2023-03");
    await choose(page, "Berichtsmonat", formatYearMonth("2023-03"));
    const ii1 = march.targets.find((e) => e.target.id === "II.1");
    if (!ii1) throw new Error("II.1 missing");
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent?.trim() === text, [
      `[data-testid="target-II.1"] [data-field="current"]`,
      formatLevel("INT", ii1.current),
    ] as const);
    expect(await statuses(page)).toEqual(Object.fromEntries(march.targets.map((e) => [e.target.id, e.status])));
    for (const e of march.targets) expect(await field(page, e.target.id, "current")).toBe(formatLevel(e.target.indicator, e.current));

    // the final vintage for the same month
    const marchT3 = expected("t-3", "2023-03");
    const ii1t3 = marchT3.targets.find((e) => e.target.id === "II.1");
    if (!ii1t3) throw new Error("II.1 missing");
    expect(ii1t3.current).not.toBe(ii1.current); // otherwise this step proves nothing
    await choose(page, "Wartezeit", "t-3");
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent?.trim() === text, [
      `[data-testid="target-II.1"] [data-field="current"]`,
      formatLevel("INT", ii1t3.current),
    ] as const);
    expect(await statuses(page)).toEqual(Object.fromEntries(marchT3.targets.map((e) => [e.target.id, e.status])));
    for (const e of marchT3.targets) expect(await field(page, e.target.id, "current")).toBe(formatLevel(e.target.indicator, e.current));

    // going to a source range selects it in the sheet viewer
    await page.getByRole("tab", { name: "Daten" }).click();
    const firstSource = page.locator('[data-testid="found-series"] li button').first();
    const address = (await firstSource.textContent()) ?? "";
    await firstSource.click();
    await page.waitForFunction((a) => document.querySelector('[data-testid="selection-address"]')?.textContent === a, address);

    // writing the summary sheet shows it in the viewer
    await page.getByRole("tab", { name: "Ausgabe" }).click();
    await page.getByRole("button", { name: "Blatt Zielerreichung schreiben" }).click();
    await page.getByText("Blatt Zielerreichung schreiben: erledigt.").waitFor();
    const viewer = page.getByTestId("sheet-viewer");
    await viewer.getByRole("table", { name: "Zielerreichung" }).waitFor();
    expect(await viewer.getByRole("tab", { name: "Zielerreichung" }).getAttribute("aria-selected")).toBe("true");
    expect(await viewer.getByRole("cell", { name: "III.1", exact: true }).count()).toBe(1);

    // highlighting colours the data cells in the viewer, removing takes every colour away again
    await page.getByRole("button", { name: "In Tabelle hervorheben" }).click();
    await page.getByText("In Tabelle hervorheben: erledigt.").waitFor();
    await viewer.getByRole("tab", { name: "Integrationen t-3" }).click();
    const marked = viewer.locator("td[data-fill]");
    expect(await marked.count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Hervorhebung entfernen" }).click();
    await page.getByText("Hervorhebung entfernen: erledigt.").waitFor();
    expect(await marked.count()).toBe(0);

    expect(errors).toEqual([]);
    const origin = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith("/samples/kreis-dueren-2021-2023.xlsx"))).toBe(true);
  });

  it("fits 320 px on every tab, with tabs in one row, keyboard focus kept and no serious axe finding", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    await page.goto(`${server.url}?layout=pane`);
    await page.waitForSelector('[data-testid="target-III.2"] [data-status]', { timeout: 120_000 });
    const check = async (name: string) => {
      const fit = await measureFit(page);
      expect({ name, wide: fit.page.scrollWidth > fit.page.clientWidth ? fit.wide : [] }).toEqual({ name, wide: [] });
      expect(fit.page.scrollWidth).toBeLessThanOrEqual(fit.page.clientWidth);
      if (fit.panel) expect(fit.panel.scrollWidth).toBeLessThanOrEqual(fit.panel.clientWidth);
      expect(fit.tabRows).toBe(1);
      expect({ name, axe: await axeSerious(page) }).toEqual({ name, axe: [] });
      await screenshot(page, `pane-320-${name}`);
    };
    await check("zielerreichung");

    await page.getByRole("tab", { name: "Daten", exact: true }).click();
    await page.getByTestId("mapping-table").waitFor();
    await check("daten");

    await page.getByRole("tab", { name: "Ziele", exact: true }).click();
    const edit = page.getByRole("button", { name: "Bearbeiten II.2" });
    await edit.click();
    // the form opens with the focus in it; Esc closes it and the focus returns to "Bearbeiten"
    await page.getByRole("form", { name: "Bearbeiten" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest("form") !== null)).toBe(true);
    await check("ziele-bearbeiten");
    await page.keyboard.press("Escape");
    await page.getByRole("form", { name: "Bearbeiten" }).waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Bearbeiten II.2");
    await page.getByRole("button", { name: "Zielvereinbarung einfügen" }).click();
    await page.getByRole("textbox", { name: "Text der Zielvereinbarung" }).fill(
      "Zielvereinbarung 2023 zwischen dem Ministerium und dem Jobcenter Kreis Düren. Die Summe der Integrationen soll im Jahr 2023 gegenüber dem Vorjahr um mindestens 1,9 Prozent erhöht werden (= 50 Integrationen).",
    );
    await page.getByRole("button", { name: "Auswerten" }).click();
    await page.getByTestId("parsed-targets").waitFor();
    await check("ziele-vereinbarung");

    await page.getByRole("tab", { name: "Ausgabe", exact: true }).click();
    await page.getByRole("button", { name: "Blatt Zielerreichung schreiben" }).click();
    // the outcome is announced: it appears inside a live region
    await page.locator('[aria-live="polite"] [data-testid="action-message"]').waitFor();
    await check("ausgabe");
    await page.close();
  });

  it("shows several Jobcenters at 320 px: the ministry view per target, details on click", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    await page.goto(`${server.url}?layout=pane&file=samples/ba-export-mehrere-jobcenter.xlsx`);
    const table = page.getByTestId("ministry-table");
    await table.waitFor({ timeout: 120_000 });
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(1);
    await rows.first().getByRole("button").first().click();
    await page.locator('[data-testid^="ministry-details-"]').waitFor();
    const fit = await measureFit(page);
    expect(fit.wide).toEqual([]);
    expect(fit.page.scrollWidth).toBeLessThanOrEqual(fit.page.clientWidth);
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "pane-320-ministerium");
    await page.close();
  });

  it("Anzeigen on one indicator of the transposed sample selects exactly its rows, not the block of all indicators", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}?file=samples/transponiert.xlsx`);
    await page.getByRole("tab", { name: "Daten" }).click({ timeout: 120_000 });
    // Integrationen stand in row 5 of each year's block (blocks start at rows 3, 20 and 37): B5:M5, B22:M22, B39:M39
    const int = page.locator('[data-testid="found-series"] li').filter({ has: page.locator('[data-field="code"]', { hasText: /^INT( ·.*)?$/ }) });
    const link = int.getByRole("button");
    expect((await link.textContent())?.trim()).toBe("Kennzahlen!B5:M5,B22:M22,B39:M39");
    await link.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="selection-address"]')?.textContent === "Kennzahlen!B5:M5,B22:M22,B39:M39");
    const viewer = page.getByTestId("sheet-viewer");
    // 3 rows × 12 months; the women's row right below (B6), the label A5, the header B38 and the row above a block (B21) are not selected
    expect(await viewer.locator('td[aria-selected="true"]').count()).toBe(36);
    for (const cell of ["B5", "M5", "B22", "M39"]) expect(await viewer.locator(`td[data-cell="${cell}"]`).getAttribute("aria-selected")).toBe("true");
    for (const cell of ["B6", "A5", "B38", "B21"]) expect(await viewer.locator(`td[data-cell="${cell}"]`).getAttribute("aria-selected")).toBeNull();
    mkdirSync(join(REPO, "test-results"), { recursive: true });
    await page.screenshot({ path: join(REPO, "test-results", "preview-transposed-selection.png"), fullPage: false });
    await page.close();
  });

  it("shows the published rolling key figures at 320 px on demand: value, unit, months, – with a reason", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
    const chunks: string[] = [];
    page.on("request", (r) => chunks.push(r.url()));
    await page.goto(`${server.url}?layout=pane`);
    const details = page.getByTestId("rolling");
    await details.waitFor({ timeout: 120_000 });
    // closed at first paint: its chunk is not loaded before it is opened
    expect(chunks.filter((u) => u.includes("pane-rolling"))).toEqual([]);
    await details.locator("summary").click();
    await page.getByTestId("rolling-figures").waitFor();
    expect(chunks.filter((u) => u.includes("pane-rolling")).length).toBeGreaterThan(0);
    // the figures of the generator's series at the month shown, from the domain, never the page's own output
    const asOf = monthShown(await shown(page, "Berichtsmonat"));
    for (const f of publishedFigures(duerenIndicatorData("t-0"), asOf)) {
      const row = page.getByTestId(`rolling-${f.code}`);
      expect((await row.locator('[data-field="value"]').textContent())?.trim()).toBe(rollingValue(f, "de"));
      if (f.value === null) expect((await row.locator('[data-field="reason"]').textContent())?.trim()).toBe(rollingReason(f, "de"));
    }
    const fit = await measureFit(page);
    expect(fit.wide).toEqual([]);
    expect(fit.page.scrollWidth).toBeLessThanOrEqual(fit.page.clientWidth);
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "pane-320-kennzahlen");
    // the block alone, readable at 320 px
    await details.screenshot({ path: join(RESULTS, "pane-320-kennzahlen-block.png") });
    await page.close();
  });

  it("judges three Jobcenters by their own pasted agreements and a fourth, without one, never", async () => {
    const page = await context.newPage();
    // the workbook starts with no agreement for any Jobcenter (settings live in localStorage per file)
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, JSON.stringify({ jobcenters: {} }));
        sessionStorage.setItem("seeded", "1");
      }
    }, `zielmonitor.targets@${MULTI_FILE.split("/").pop()}`);
    await page.goto(`${server.url}?file=${MULTI_FILE}`);
    await page.getByTestId("no-agreement").waitFor({ timeout: 120_000 });
    for (const a of AGREED) {
      await choose(page, "Jobcenter", a.label);
      await page.getByRole("tab", { name: "Ziele", exact: true }).click();
      await page.getByRole("button", { name: "Zielvereinbarung einfügen" }).click();
      await page.getByRole("textbox", { name: "Text der Zielvereinbarung" }).fill(a.text);
      await page.getByRole("button", { name: "Auswerten" }).click();
      expect(await page.textContent('[data-testid="agreement-facts"] [data-field="year"]')).toBe("2023");
      await page.getByRole("button", { name: "Übernehmen", exact: true }).click();
      await page.getByText("1 Ziele übernommen.").waitFor();
      await page.getByRole("tab", { name: "Zielerreichung", exact: true }).click();
      const card = page.getByTestId(`target-${a.target.id}`);
      await card.waitFor();
      // expected from the generator's series and the target read by hand, at the month the engine picks
      const data = multiData(a.key, "t-0");
      const set = setOf(a);
      const month = latestCompleteMonth(data, set, 2023);
      if (!month) throw new Error(`no complete month for ${a.key}`);
      const want = evaluate(data, set, month).targets[0];
      expect(await shown(page, "Berichtsmonat")).toBe(formatYearMonth(month));
      expect(await card.locator("[data-status]").getAttribute("data-status")).toBe(want.status);
      expect((await card.locator('[data-field="current"]').textContent())?.trim()).toBe(formatLevel(a.target.indicator, want.current));
      expect(await page.locator('[data-testid^="target-"]').count()).toBe(1);
    }
    // the fourth: its figures, "keine Zielvereinbarung", no status of anybody else's
    await choose(page, "Jobcenter", WITHOUT.label);
    await page.getByTestId("no-agreement").waitFor();
    expect(await page.locator('[data-testid^="target-"]').count()).toBe(0);
    expect(await page.getByTestId("figures").locator("[data-testid^='monitoring-'], div").count()).toBeGreaterThan(0);
    const row = page.getByTestId(`ministry-row-${WITHOUT.key}`);
    expect((await row.locator('[data-field="status"]').textContent())?.trim()).toBe("keine Zielvereinbarung");
    expect(await row.locator("[data-status]").count()).toBe(0);
    // the ministry view shows each of the three with its own status for its target
    for (const a of AGREED) {
      await choose(page, "Ziel", a.target.id);
      const data = multiData(a.key, "t-0");
      const month = (await shown(page, "Berichtsmonat")) ?? "";
      const asOf = evaluateAt(data, setOf(a), month);
      expect(await page.getByTestId(`ministry-row-${a.key}`).locator("[data-status]").getAttribute("data-status")).toBe(asOf.status);
    }
    await page.close();
  });

  it("maps integrations by selection onto the t-3 sheet: the vintage is read from the sheet, t-0 is refused beside the mapping (320 px)", async () => {
    const storageKey = "zielmonitor.mapping@kreis-dueren-2021-2023.xlsx";
    const page = await context.newPage();
    try {
      // wide: the sheet viewer stands beside the pane, where a range is selected by dragging
      await page.goto(server.url);
      await page.waitForSelector('[data-testid="target-III.2"] [data-status]', { timeout: 120_000 });
      await page.getByRole("tab", { name: "Daten", exact: true }).click();
      const label = "Integrationen (K2)";
      await page.getByRole("button", { name: `Zuordnen: ${label}` }).click();
      // exactly one "Auswahl übernehmen", in the row being edited, with the focus on it
      const take = page.getByRole("button", { name: /^Auswahl übernehmen/ });
      expect(await take.count()).toBe(1);
      expect(await page.getByTestId("mapping-INT").getByRole("button", { name: /^Auswahl übernehmen/ }).count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Auswahl übernehmen");
      const viewer = page.getByTestId("sheet-viewer");
      await viewer.getByRole("tab", { name: "Integrationen t-3" }).click();
      const drag = async (from: string, to: string) => {
        await viewer.locator(`[data-cell="${from}"]`).hover();
        await page.mouse.down();
        await viewer.locator(`[data-cell="${to}"]`).hover();
        await page.mouse.up();
        await page.waitForFunction((a) => document.querySelector('[data-testid="selection-address"]')?.textContent === a, `Integrationen t-3!${from}:${to}`);
      };
      await drag("A6", "A41");
      await take.click();
      await page.getByText("Bereich Integrationen t-3!A6:A41 übernommen.").waitFor();
      await drag("B6", "B41");
      await take.click();
      await page.getByText("Bereich Integrationen t-3!B6:B41 übernommen. Wartezeit t-3 am Blatt oder an der Überschrift erkannt.").waitFor();
      expect(await page.getByRole("radio", { name: "t-3 (endgültig)" }).isChecked()).toBe(true);
      await page.getByRole("button", { name: "Speichern" }).click();
      await page.getByText("Zuordnung gespeichert.").waitFor();
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), storageKey)) ?? "null")).toEqual({
        version: 1,
        series: [{ code: "INT", sheet: "Integrationen t-3", months: "A6:A41", values: "B6:B41", vintage: "t-3" }],
      });
      // the focus is back on the row's button
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`Bearbeiten: ${label}`);

      // at 320 px, the pane alone: the t-0 evaluation is refused with the plan's message beside the mapping
      await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
      await page.goto(`${server.url}?layout=pane`);
      await page.getByRole("tab", { name: "Daten", exact: true }).click({ timeout: 120_000 });
      const mixed = page.getByTestId("mapping-mixed");
      await mixed.waitFor();
      expect(((await mixed.textContent()) ?? "").trim()).toBe(
        "Wartezeiten gemischt: ausgewertet wird t-0, aber Integrationen (Blatt „Integrationen t-3“, B6:B41: t-3) stammt aus einer anderen Wartezeit. " +
          "Tragen Sie in der Zuordnung die Wartezeit der Reihe ein oder wählen Sie die Wartezeit t-3.",
      );
      expect(await page.locator('[aria-live="polite"] [data-testid="mapping-mixed"]').count()).toBe(1);
      await page.getByRole("button", { name: `Bearbeiten: ${label}` }).click();
      await page.getByTestId("mapping-form-INT").waitFor();
      await page.getByTestId("mapping-INT").scrollIntoViewIfNeeded();
      const fit = await measureFit(page);
      expect(fit.wide).toEqual([]);
      expect(fit.page.scrollWidth).toBeLessThanOrEqual(fit.page.clientWidth);
      expect(await axeSerious(page)).toEqual([]);
      await screenshot(page, "pane-320-zuordnung-wartezeit");
      // Esc cancels the edit and the focus returns to the row's button
      await page.keyboard.press("Escape");
      await page.getByTestId("mapping-form-INT").waitFor({ state: "detached" });
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(`Bearbeiten: ${label}`);
      // under t-3 nothing is mixed
      await choose(page, "Wartezeit", "t-3");
      await mixed.waitFor({ state: "detached" });
    } finally {
      await page.evaluate((k) => localStorage.removeItem(k), storageKey).catch(() => undefined);
      await page.close();
    }
  });

  it("the task pane page, where office.js cannot load, says so instead of hanging", async () => {
    const page = await context.newPage();
    // office.js from Microsoft's CDN is the project's one external script; here it is unreachable
    const blocked: string[] = [];
    await page.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(server.url.replace("preview.html", "taskpane.html"));
    await page.getByText("Office.js ist nicht verfügbar").waitFor({ timeout: 30_000 });
    expect(blocked).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await page.close();
  });
  it("loads English only when it is shown: the switch brings the catalogue's English, the statuses follow", async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname.slice(1));
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await page.goto(server.url);
      await page.waitForSelector('[data-testid="target-III.2"] [data-status]', { timeout: 120_000 });
      const english = (f: string) => /^(messages-en|i18n-en)\./.test(f);
      expect(scripts.filter(english)).toEqual([]);
      const t0 = expected("t-0");
      await page.getByRole("button", { name: "English" }).click();
      // status.* is outside the custom functions' part of English: it comes with the loaded catalogue
      const first = t0.targets[0];
      await page.waitForFunction(
        ([sel, text]) => document.querySelector(sel)?.textContent === text,
        [`[data-testid="target-${first.target.id}"] [data-status]`, statusLabel(first.status, "en")] as const,
      );
      for (const e of t0.targets) expect(await page.textContent(`[data-testid="target-${e.target.id}"] [data-status]`)).toBe(statusLabel(e.status, "en"));
      expect(scripts.filter(english).map((f) => f.split(".")[0]).sort()).toEqual(["i18n-en", "messages-en"]);
      expect(errors).toEqual([]);
    } finally {
      await page.evaluate((k) => localStorage.removeItem(k), LANG_KEY).catch(() => undefined);
      await page.close();
    }
  });

  it("the task pane page in Office follows its display language and loads only that language", async () => {
    const stub = (displayLanguage: string) => `window.Office = { onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
      context: { displayLanguage: "${displayLanguage}", document: { url: "" } }, HostType: { Excel: "Excel" }, EventType: {} };
      window.Excel = { run: function () { return new Promise(function () {}); } };`;
    for (const [display, refresh, own, other] of [
      ["de-DE", "Aktualisieren", ["i18n-de"], ["i18n-en", "messages-en"]],
      ["en-US", "Refresh", ["i18n-en", "messages-en"], []],
    ] as const) {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on("request", (r) => {
        if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname.slice(1).split(".")[0]);
      });
      await page.route(/office\.js(\?.*)?$/, (route) => route.fulfill({ contentType: "text/javascript", body: stub(display) }));
      try {
        await page.goto(server.url.replace("preview.html", "taskpane.html"));
        await page.getByRole("button", { name: refresh }).waitFor({ timeout: 30_000 });
        await page.waitForLoadState("networkidle");
        for (const f of own) expect([display, f, scripts.includes(f)]).toEqual([display, f, true]);
        for (const f of other) expect([display, f, scripts.includes(f)]).toEqual([display, f, false]);
      } finally {
        await page.close();
      }
    }
  });
});
