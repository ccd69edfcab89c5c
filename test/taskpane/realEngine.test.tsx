/** @jest-environment jsdom */
/**
 * The pane with the real detector, engine and agreement parser (no fakes): an unreadable workbook is
 * reported with its problem, and a pasted agreement goes through the real parser into the saved targets.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAgreement } from "../../src/domain/agreement";
import type { TargetSet } from "../../src/domain/targets";
import { App } from "../../src/taskpane/components/App";
import { FakeHost, renderInRoot } from "./fixtures";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxError } from "../../src/xlsx/errors";
import { TextDecoder as NodeTextDecoder } from "node:util";

// jsdom has no TextDecoder; the .xlsx reader uses Node's.
const g = globalThis as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

const TEXT = readFileSync(join(__dirname, "../fixtures/agreements/variante-land-2024.md"), "utf8");

test("an empty workbook: the detector's error is shown, nothing is evaluated", async () => {
  renderInRoot(<App host={new FakeHost({ sheets: [{ name: "Leer", origin: { row: 0, col: 0 }, values: [["nur Text"]] }] })} />);
  expect(await screen.findByText(/keine Monatswerte erkannt/)).toBeTruthy();
  expect(screen.queryByTestId("summary")).toBeNull();
  expect(screen.getByText("Keine auswertbaren Monate gefunden.")).toBeTruthy();
});

test("a pasted agreement goes through the parser into the saved targets", async () => {
  const expected = parseAgreement(TEXT);
  expect(expected.targets.length).toBeGreaterThan(0);
  expect(expected.notUnderstood.length).toBeGreaterThan(0);
  const host = new FakeHost({ sheets: [] });
  renderInRoot(<App host={host} />);
  fireEvent.click(await screen.findByRole("tab", { name: "Ziele" }));
  fireEvent.click(screen.getByRole("button", { name: "Zielvereinbarung einfügen" }));
  fireEvent.change(await screen.findByRole("textbox", { name: "Text der Zielvereinbarung" }), { target: { value: TEXT } });
  fireEvent.click(screen.getByRole("button", { name: "Auswerten" }));
  const items = within(screen.getByTestId("parsed-targets")).getAllByRole("listitem");
  expect(items).toHaveLength(expected.targets.length);
  expected.targets.forEach((t, i) => expect(items[i].textContent).toContain(`Satz: ${t.wording}`));
  const unclear = screen.getByTestId("not-understood").textContent ?? "";
  for (const n of expected.notUnderstood) expect(unclear).toContain(n.sentence);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Übernehmen" }));
  });
  const saved = host.callsOf("saveSetting").filter(([k]) => k === "zielmonitor.targets");
  expect(saved).toHaveLength(1);
  const set = saved[0][1] as TargetSet;
  expect(set.targets).toEqual(expected.targets);
  expect(set.year).toBe(expected.year);
  expect(set.vintage).toBe(expected.vintage);
  expect(screen.getByText(`${expected.targets.length} Ziele übernommen.`)).toBeTruthy();
});

describe("a file that is not a readable workbook, in the preview pane with the real reader", () => {
  // The same bytes the CLI's corpus refuses (issue 9): the pane shows the reader's own German message, never
  // a stack, and stays usable ("Aktualisieren" reads again; here the second read gets a good workbook).
  const cases: [string, Uint8Array][] = [
    ["random bytes", Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)],
    ["a CSV renamed to .xlsx", new Uint8Array(Buffer.from("Monat;Integrationen\nJan 2023;210\n", "utf8"))],
    ["an empty file", new Uint8Array(0)],
  ];
  it.each(cases)("%s", async (_what, bytes) => {
    const expected = await readXlsx(bytes.buffer as ArrayBuffer).then(
      () => null,
      (e: unknown) => (e instanceof XlsxError ? e.text("de") : String(e)),
    );
    expect(expected).not.toBeNull();
    let reads = 0;
    const host = new PreviewHost(
      { name: "kaputt.xlsx", load: async () => bytes.buffer as ArrayBuffer },
      async (b) => (++reads === 1 ? readXlsx(b) : { sheets: [{ name: "Leer", origin: { row: 0, col: 0 }, values: [["nur Text"]] }] }),
      null,
    );
    renderInRoot(<App host={host} />);
    expect(await screen.findByText((t) => t.includes(expected!))).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\n\s+at |TypeError|Interner Fehler/);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Aktualisieren" }));
    });
    expect(await screen.findByText(/keine Monatswerte erkannt/)).toBeTruthy();
    expect(reads).toBe(2);
  });
});
