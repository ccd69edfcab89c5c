/**
 * The chart part: a fixed value axis, value labels on the labelled series only, 9 pt labels, and data
 * in hidden columns plotted (the report keeps its chart data there).
 */
import type { Element } from "@xmldom/xmldom";
import { chartPartXml, type ChartSpec } from "../../src/xlsx/charts";
import { descendants, parseXml } from "../../src/xlsx/xml";

const spec: ChartSpec = {
  title: "III.1 K3: nicht erreicht",
  categoriesRef: "'Bericht'!$L$5:$L$7",
  series: [
    { name: "Abstand zum unterjährigen Ziel", ref: "'Bericht'!$M$5:$M$7", color: "0F6CBD", dataLabels: true },
    { name: "unterjähriges Ziel", ref: "'Bericht'!$N$5:$N$7", color: "C50F1F", dashed: true },
  ],
  anchor: { fromCol: 0, fromRow: 2, toCol: 5, toRow: 18 },
  valueFormat: "+0.0%;-0.0%;0.0%",
  axis: { min: -0.02, max: 0.02, majorUnit: 0.01 },
  textSize: 9,
};

describe("chartPartXml", () => {
  const doc = parseXml(chartPartXml(spec), "xlsx", "chart1.xml");
  const all = (name: string) => descendants(doc, name);
  const val = (e: Element | undefined) => e?.getAttribute("val");
  const inside = (parent: Element, name: string) => descendants(parent, name);

  it("fixes the value axis at ±2 % in steps of 1 %", () => {
    const valAx = all("valAx")[0];
    const scaling = inside(valAx, "scaling")[0];
    expect(val(inside(scaling, "min")[0])).toBe("-0.02");
    expect(val(inside(scaling, "max")[0])).toBe("0.02");
    expect(val(inside(valAx, "majorUnit")[0])).toBe("0.01");
  });

  it("labels the values of the first series only, above the points, in the value format", () => {
    const series = all("ser");
    expect(inside(series[0], "dLbls")).toHaveLength(1);
    expect(inside(series[1], "dLbls")).toHaveLength(0);
    const labels = inside(series[0], "dLbls")[0];
    expect(val(inside(labels, "showVal")[0])).toBe("1");
    expect(val(inside(labels, "dLblPos")[0])).toBe("t");
    expect(inside(labels, "numFmt")[0].getAttribute("formatCode")).toBe("+0.0%;-0.0%;0.0%");
  });

  it("writes axis labels, legend and value labels at 9 pt (sz 900), the title at 11 pt", () => {
    const sizes = all("defRPr").map((e) => e.getAttribute("sz"));
    // Title, then category axis, value labels, value axis, legend: 1100 once, 900 four times.
    expect(sizes.filter((s) => s === "1100")).toHaveLength(1);
    expect(sizes.filter((s) => s === "900")).toHaveLength(4);
    expect(sizes.every((s) => Number(s) >= 900)).toBe(true);
  });

  it("plots data in hidden columns", () => {
    expect(val(all("plotVisOnly")[0])).toBe("0");
  });
});
