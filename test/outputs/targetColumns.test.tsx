/**
 * @jest-environment jsdom
 *
 * The columns of a target row are described once (src/workbook/outputs/targetColumns.ts): the summary sheet,
 * the report, the CLI table and the pane show them under the same headers, in the same order where they
 * are meant to, with the same texts.
 */
import { screen } from "@testing-library/react";
import type { Evaluation } from "../../src/domain/evaluation";
import { DUEREN_2023 } from "../../src/domain/targets";
import { renderTextReport } from "../../src/cli/textReport";
import { TargetRow } from "../../src/taskpane/components/TargetRow";
import type { ResultsInput } from "../../src/workbook/host";
import { reportLayout, summaryLayout } from "../../src/workbook/outputs";
import { CLI_COLUMNS, PANE_COLUMNS, REPORT_COLUMNS, SUMMARY_COLUMNS, TARGET_COLUMNS } from "../../src/workbook/outputs/targetColumns";
import type { SheetLayout } from "../../src/workbook/outputs/types";
import { renderInRoot } from "../taskpane/fixtures";

// II.1 (+1,9 %): 620 integrations against 600 a year earlier (+3,33 %), in-year level 611,4 → 8,6 ahead;
// 2.066 still needed, 9 months left → 229,6 a month; forecasts 2.480 (seasonal) and 2.470 (linear).
const ii1 = {
  target: DUEREN_2023.targets[0],
  asOf: "2023-03" as const,
  current: 620,
  previous: 600,
  change: 620 / 600 - 1,
  met: true,
  status: "onTrack" as const,
  narrowlyMissed: false,
  inYearTarget: 611.4,
  distanceToInYearTarget: 620 - 611.4,
  forecast: { seasonal: 2480, linear: 2470 },
  shortfall: { total: 2066, perMonth: 2066 / 9 },
  path: [],
  missing: [],
};
const evaluation: Evaluation = { asOf: "2023-03", targets: [ii1], monitoring: [] };
const input: ResultsInput = {
  asOf: "2023-03",
  vintage: "t-0",
  targetSet: DUEREN_2023,
  createdAt: new Date(2026, 10, 24),
  jobcenters: [{ jobcenter: { key: "", name: "Kreis Düren" }, evaluation, series: [] }],
};

/** The header row of a sheet: the row whose first cell is the header of the id column, left to right. */
function headerRow(layout: SheetLayout, first: string): string[] {
  const row = layout.cells.find((c) => c.col === 0 && c.value === first)!.row;
  return layout.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => String(c.value));
}

/** The CLI table's header and the row of a target, split at the column gaps. */
function cliTable(lang: "de" | "en" = "de"): { head: string[]; row: string[] } {
  const lines = renderTextReport(input.jobcenters, "t-0", lang).split("\n");
  const at = lines.findIndex((l) => l.startsWith(lang === "de" ? "Ziel " : "Target ") && l.includes("  "));
  const split = (l: string) => l.trim().split(/\s{2,}/);
  return { head: split(lines[at]), row: split(lines.find((l) => l.startsWith("II.1 "))!) };
}

function paneFields(lang: "de" | "en" = "de"): { label: string; field: string; text: string }[] {
  renderInRoot(<TargetRow ev={ii1} />, lang);
  return [...screen.getByTestId("target-II.1").querySelectorAll("dd[data-field]")].map((dd) => ({
    label: dd.previousElementSibling?.textContent ?? "",
    field: dd.getAttribute("data-field") ?? "",
    text: dd.textContent ?? "",
  }));
}

/** Whether `part` lies in `whole` in the same order (gaps allowed). */
function inOrder<T>(part: readonly T[], whole: readonly T[]): boolean {
  let i = 0;
  for (const x of whole) if (i < part.length && part[i] === x) i++;
  return i === part.length;
}

describe("the four writers of a target row", () => {
  it("summary and report show the sheets' columns under the catalogue's headers, the report a subsequence of the summary", () => {
    expect(headerRow(summaryLayout(input), "Ziel")).toEqual([
      "Ziel",
      "Indikator",
      "Formulierung der Vereinbarung",
      "JFW",
      "Vorjahr",
      "Veränderung",
      "Zielwert",
      "Einheit",
      "Status",
      "Ziel erfüllt?",
      "unterj. Ziel",
      "Prognose Dez. (saisonal)",
      "Prognose Dez. (linear)",
      "Restbedarf bis Dez.",
      "je Restmonat",
      "Abstand zum unterj. Ziel",
      "Erreichungsgrad",
    ]);
    const report = headerRow(reportLayout(input), "Ziel");
    expect(report).toEqual([
      "Ziel",
      "Vereinbarung",
      "JFW",
      "Vorjahr",
      "Veränderung",
      "Zielwert",
      "Status",
      "unterj. Ziel",
      "Prognose Dez. (saisonal)",
      "Restbedarf bis Dez.",
      "Erreichungsgrad",
    ]);
    expect(
      inOrder(
        report.filter((h) => h !== "Vereinbarung"),
        headerRow(summaryLayout(input), "Ziel"),
      ),
    ).toBe(true);
  });

  it("the CLI and the pane show the same columns in the same order, with the same texts", () => {
    const cli = cliTable();
    expect(cli.head).toEqual([
      "Ziel",
      "Indikator",
      "JFW",
      "Vorjahr",
      "Veränderung",
      "Zielwert",
      "Status",
      "unterj. Ziel",
      "Abstand zum unterj. Ziel",
      "Erreichungsgrad",
      "Prognose Dez.",
      "Restbedarf bis Dez.",
    ]);
    const pane = paneFields();
    // II.1 is a relative target: no degree of attainment, so the pane leaves that field out.
    expect(pane.map((f) => f.field)).toEqual(["current", "previous", "change", "target", "inYearTarget", "distanceInYear", "forecast", "shortfall"]);
    expect(
      inOrder(
        pane.map((f) => f.field),
        CLI_COLUMNS,
      ),
    ).toBe(true);
    // The same text per column: the pane's change adds its unit in brackets.
    const cliText = Object.fromEntries(CLI_COLUMNS.map((id, i) => [id, cli.row[i]]));
    expect(pane.map((f) => f.text)).toEqual([
      cliText.current,
      cliText.previous,
      `${cliText.change} (Prozent)`,
      cliText.target,
      cliText.inYearTarget,
      cliText.distanceInYear,
      cliText.forecast,
      cliText.shortfall,
    ]);
    // Worked by hand: 620 / 600 − 1 = +3,3 %; 620 − 611,4 = +9 (whole integrations); 2.066 / 9 = 229,6.
    expect(cliText).toMatchObject({
      current: "620",
      change: "+3,3 %",
      target: "≥ +1,9 %",
      status: "auf Kurs",
      inYearTarget: "611",
      distanceInYear: "+9",
      attainment: "–",
      forecast: "2.480 (saisonal) · 2.470 (linear)",
      shortfall: "2.066 (229,6 je Monat)",
    });
    expect(pane.map((f) => f.label)).toEqual([
      "JFW März 2023",
      "Vorjahr",
      "Veränderung",
      "Zielwert",
      "unterjähriges Ziel",
      "Abstand zum unterjährigen Ziel",
      "Prognose Dezember",
      "Restbedarf bis Dezember",
    ]);
  });

  it("all four keep one order for the figures from the JFW to the in-year target", () => {
    const core = ["current", "previous", "change", "target", "inYearTarget"] as const;
    for (const list of [SUMMARY_COLUMNS, REPORT_COLUMNS, CLI_COLUMNS, PANE_COLUMNS]) {
      expect(list.filter((id) => (core as readonly string[]).includes(id))).toEqual([...core]);
    }
    // and the headers the sheets and the CLI print for them are one and the same
    const head = (id: (typeof core)[number]) =>
      [headerRow(summaryLayout(input), "Ziel"), headerRow(reportLayout(input), "Ziel"), cliTable().head].map((h) => h.includes(msgOf(id)));
    for (const id of core) expect(head(id)).toEqual([true, true, true]);
  });

  it("English everywhere from the same descriptions", () => {
    const en: ResultsInput = { ...input, lang: "en" };
    expect(headerRow(summaryLayout(en), "Target").slice(0, 6)).toEqual(["Target", "Indicator", "Wording of the agreement", "YTD", "Prev. year", "Change"]);
    expect(cliTable("en").head.slice(7, 9)).toEqual(["In-year target", "vs in-year target"]);
    expect(paneFields("en").map((f) => f.label)[0]).toBe("YTD March 2023");
  });
});

function msgOf(id: keyof typeof TARGET_COLUMNS): string {
  return { current: "JFW", previous: "Vorjahr", change: "Veränderung", target: "Zielwert", inYearTarget: "unterj. Ziel" }[id as string] ?? id;
}
