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
