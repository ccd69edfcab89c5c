/** The sheets' texts come from the catalogue, German first and English second. */
import { msg } from "../../src/domain/messages";

describe("chart wording shared by the report and the pane", () => {
  it("says which side of the target line is better, by the target's direction", () => {
    expect(msg("chart.better", { direction: "<=" })).toBe("besser: niedriger");
    expect(msg("chart.better", { direction: ">=" })).toBe("besser: höher");
    expect(msg("chart.better", { direction: "<=" }, "en")).toBe("lower is better");
    expect(msg("chart.better", { direction: ">=" }, "en")).toBe("higher is better");
  });
});
