import { forecastSeasonal, meets, narrowlyMissed, quota, shortfall, sum } from "../../src/domain/figures";

describe("figure kernels", () => {
  it("a blank month fails the sum instead of counting as zero", () => {
    const r = sum([10, null, 30]);
    expect(r.ok ? "value" : r.error.kind).toBe("NA");
    const z = sum([10, 0, 30]);
    expect(z.ok && z.value).toBe(40);
  });

  it("a quota needs one stock month per integration month", () => {
    const r = quota([1, 2], [100]);
    expect(r.ok ? "value" : r.error.kind).toBe("VALUE");
    // (1 + 2) / mean(100, 200) = 3 / 150 = 0.02
    const q = quota([1, 2], [100, 200]);
    expect(q.ok && q.value).toBeCloseTo(0.02, 12);
  });

  it("meets compares unrounded values with a binary-rounding tolerance only", () => {
    expect(meets(1019 / 1000 - 1, 0.019, ">=")).toBe(true); // 0.018999999999999906
    expect(meets(0.0189, 0.019, ">=")).toBe(false); // 1.89 % is a real miss
    expect(meets(-0.006, -0.004, "<=")).toBe(true);
    expect(meets(-0.003, -0.004, "<=")).toBe(false);
  });

  it("narrowly missed: the one-decimal display ties, rounding half away from zero like the display", () => {
    // 49 / 2,630 = 1.863 % shows as 1.9 %
    expect(narrowlyMissed(49 / 2630, 0.019, ">=")).toBe(true);
    // 1.84 % shows as 1.8 %
    expect(narrowlyMissed(0.0184, 0.019, ">=")).toBe(false);
    // −0.35 % is displayed −0.4 % (half away from zero) and misses ≤ −0.4 %
    expect(narrowlyMissed(-0.0035, -0.004, "<=")).toBe(true);
    // a met target is never "narrowly missed"
    expect(narrowlyMissed(-0.0045, -0.004, "<=")).toBe(false);
  });

  it("shortfall counts whole integrations and is never negative", () => {
    // 2,679.97 − 2,679 = 0.97 → 1; 2,679.97 − 2,680 < 0 → 0
    const one = shortfall(2630 * 1.019, [2679]);
    expect(one.ok && one.value).toBe(1);
    const none = shortfall(2630 * 1.019, [2680]);
    expect(none.ok && none.value).toBe(0);
    // 612 − 300 = 312 exactly, not 313
    const exact = shortfall(612, [100, 200]);
    expect(exact.ok && exact.value).toBe(312);
  });

  it("seasonal forecast fails when last year's months sum to zero", () => {
    const r = forecastSeasonal([5], [0, ...new Array(11).fill(10)]);
    expect(r.ok ? "value" : r.error.kind).toBe("DIV0");
  });
});
