/** German numbers in the pane's inputs, read by the domain's parser; ambiguous entries refused. */
import { parseFormNumber } from "../../src/taskpane/model";

describe("parseFormNumber", () => {
  it.each([
    ["2.704", "count", 2704],
    ["1.234,5", "decimal", 1234.5],
    ["1,9", "decimal", 1.9],
    ["−0,4", "decimal", -0.4],
    ["612", "count", 612],
  ] as const)("%s (%s) = %d", (text, kind, value) => {
    expect(parseFormNumber(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ["1.234", "decimal", "ambiguous"], // 1234 % or 1,234 %?
    ["1,234", "count", "ambiguous"], // 1,234 integrations or 1234?
    ["1,5", "count", "notWhole"],
    ["1,9x", "decimal", "notANumber"],
    ["", "decimal", "notANumber"],
  ] as const)("%s (%s) is refused: %s", (text, kind, reason) => {
    expect(parseFormNumber(text, kind)).toEqual({ ok: false, reason });
  });
});
