/**
 * A value axis symmetric around zero whose bounds are round: the half range is raised to 1, 2, 2.5 or 5
 * times a power of ten, with two steps from zero to each bound (0,034 → ±0,05 in steps of 0,025).
 */
export function niceAxis(half: number): { min: number; max: number; majorUnit: number } {
  const h = half > 0 && Number.isFinite(half) ? half : 1;
  const power = 10 ** Math.floor(Math.log10(h));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= h * (1 - 1e-12))!;
  const max = round(factor * power);
  return { min: -max, max, majorUnit: round(max / 2) };
}

function round(n: number): number {
  return Number(n.toPrecision(12));
}
