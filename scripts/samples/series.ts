/**
 * The synthetic monthly figures behind the sample workbooks – invented, not real data of any Jobcenter.
 * Deterministic (seeded), with seasonality, women and men, and two vintages: t-3 integrations are a
 * little higher than t-0, as final figures usually are. Tests compare what the detector reads from the
 * written files against these series.
 */
import type { IndicatorData, Vintage } from "../../src/domain/evaluation";
import type { DataCode } from "../../src/domain/indicators";
import { ym } from "../../src/domain/yearMonth";

export type VintageKey = Vintage | "none";

export interface SampleSeries {
  jobcenters: { key: string; name: string }[];
  /** Jobcenter key → vintage ("none" where the workbook names none) → data. */
  data: Map<string, Map<VintageKey, IndicatorData>>;
}

/** mulberry32: a small, well-distributed seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integrations by month: few in January and December, many in spring and after the summer. Σ = 12. */
const SEASON = [0.75, 0.85, 1.05, 1.05, 1.05, 0.95, 0.95, 1.1, 1.15, 1.1, 1.0, 1.0];

export interface Profile {
  /** Integrations per year, by year (2021, 2022, 2023). */
  integrations: [number, number, number];
  /** eLb stock at January of 2021 and the change per month in each year. */
  elbStart: number;
  elbSlope: [number, number, number];
  /** Women's share of integrations per year. */
  womenShare: [number, number, number];
  /** LZB stock per year (flat with a slight drift) and integrations of LZB as a share of all. */
  lzb: [number, number, number];
  lzbShare: [number, number, number];
}

export const DUEREN_PROFILE: Profile = {
  // 2022 ≈ 2,630 integrations; 2023 +3 % (II.1 met), while eLb grow faster (K2 falls: II.2 missed).
  integrations: [2500, 2630, 2709],
  elbStart: 19800,
  elbSlope: [-40, 15, 60],
  // Women's share rises: the gap of the quotas shrinks (II.3 met).
  womenShare: [0.39, 0.4, 0.42],
  // LZB grow slightly in 2023 (III.1 missed); integrations of LZB +4 % (III.2 met).
  lzb: [13300, 13050, 13130],
  lzbShare: [0.29, 0.3, 0.303],
};

const YEARS = [2021, 2022, 2023] as const;

/** All data codes of one Jobcenter for 2021–2023 in both vintages. */
export function generateJobcenter(profile: Profile, seed: number, scale = 1): Map<Vintage, IndicatorData> {
  const rnd = prng(seed);
  const noise = (spread: number) => 1 + (rnd() * 2 - 1) * spread;
  const t0 = new Map<DataCode, Map<string, number>>();
  const t3 = new Map<DataCode, Map<string, number>>();
  const put = (code: DataCode, month: string, v0: number, v3 = v0) => {
    if (!t0.has(code)) t0.set(code, new Map());
    if (!t3.has(code)) t3.set(code, new Map());
    t0.get(code)!.set(month, v0);
    t3.get(code)!.set(month, v3);
  };
  let elb = profile.elbStart * scale;
  YEARS.forEach((year, yi) => {
    for (let m = 1; m <= 12; m++) {
      const month = ym(year, m);
      elb += profile.elbSlope[yi] * scale * noise(0.3);
      const elbN = Math.round(elb);
      const elbF = Math.round(elbN * 0.505);
      const int0 = Math.round(((profile.integrations[yi] * scale) / 12) * SEASON[m - 1] * noise(0.04));
      const int3 = Math.round(int0 * 1.015);
      const share = profile.womenShare[yi];
      const intF0 = Math.round(int0 * share);
      const intF3 = Math.round(int3 * share);
      const lzbN = Math.round(profile.lzb[yi] * scale * noise(0.002));
      const intLzb0 = Math.round(int0 * profile.lzbShare[yi]);
      const intBd0 = Math.round(int0 * 0.45);
      put("INT", month, int0, int3);
      put("INT_F", month, intF0, intF3);
      put("INT_M", month, int0 - intF0, int3 - intF3);
      put("INT_LZB", month, intLzb0, Math.round(int3 * profile.lzbShare[yi]));
      put("INT_BD", month, intBd0, Math.round(int3 * 0.45));
      put("ELB", month, elbN);
      put("ELB_F", month, elbF);
      put("ELB_M", month, elbN - elbF);
      put("LZB", month, lzbN);
      put("LZB4", month, Math.round(lzbN * 0.5 * noise(0.003)));
      put("BG", month, Math.round(elbN * 0.74));
      const perHead = year === 2023 ? 475 : year === 2022 ? 430 : 420;
      put("LLU", month, Math.round(elbN * perHead * noise(0.01)));
      put("LUH", month, Math.round(elbN * 330 * noise(0.01)));
    }
  });
  return new Map<Vintage, IndicatorData>([
    ["t-0", Object.fromEntries(t0)],
    ["t-3", Object.fromEntries(t3)],
  ]);
}

export const FLOW_CODES: DataCode[] = ["INT", "INT_F", "INT_M", "INT_LZB", "INT_BD"];
export const STOCK_CODES: DataCode[] = ["ELB", "ELB_F", "ELB_M", "LZB", "LZB4", "BG"];
export const MONEY_CODES: DataCode[] = ["LLU", "LUH"];

export const BA_JOBCENTERS = [
  { key: "05358", name: "Kreis Düren", scale: 1, seed: 5358 },
  { key: "05334", name: "StädteRegion Aachen", scale: 2.9, seed: 5334 },
  { key: "05366", name: "Kreis Euskirchen", scale: 0.55, seed: 5366 },
  { key: "05370", name: "Kreis Heinsberg", scale: 0.8, seed: 5370 },
];

/** Months of the messy hand-kept sample that are missing (marker, blank) – never zero. */
export const HANDKEPT_GAPS: {
  code: DataCode;
  month: string;
  shown: string | null;
}[] = [
  { code: "INT", month: "2023-11", shown: "*" },
  { code: "INT_F", month: "2023-11", shown: "*" },
  { code: "INT_M", month: "2023-11", shown: "*" },
  { code: "INT", month: "2023-12", shown: null },
  { code: "INT_F", month: "2023-12", shown: null },
  { code: "INT_M", month: "2023-12", shown: null },
  { code: "LZB", month: "2022-02", shown: "x" },
  { code: "INT_LZB", month: "2023-12", shown: "-" },
];

function only(data: IndicatorData, codes: DataCode[], from = "0000-00"): IndicatorData {
  const out: IndicatorData = {};
  for (const c of codes) {
    const s = data[c];
    if (s) out[c] = new Map([...s].filter(([m]) => m >= from));
  }
  return out;
}

/** The generator's own series for each sample workbook, as the detector should find them. */
export function sampleSeries(name: string): SampleSeries {
  const dueren = generateJobcenter(DUEREN_PROFILE, 5358);
  switch (name) {
    case "kreis-dueren-2021-2023":
      return {
        jobcenters: [{ key: "", name: "Kreis Düren" }],
        data: new Map([["", dueren as Map<VintageKey, IndicatorData>]]),
      };
    case "transponiert":
      return {
        jobcenters: [{ key: "", name: "Kreis Düren" }],
        data: new Map([["", new Map<VintageKey, IndicatorData>([["t-0", only(dueren.get("t-0")!, [...FLOW_CODES, ...STOCK_CODES, ...MONEY_CODES])]])]]),
      };
    case "ba-export-mehrere-jobcenter": {
      const data = new Map<string, Map<VintageKey, IndicatorData>>();
      for (const jc of BA_JOBCENTERS) {
        const g = jc.key === "05358" ? dueren : generateJobcenter(DUEREN_PROFILE, jc.seed, jc.scale);
        data.set(jc.key, g as Map<VintageKey, IndicatorData>);
      }
      return {
        jobcenters: BA_JOBCENTERS.map(({ key, name: n }) => ({ key, name: n })),
        data,
      };
    }
    case "handgepflegt": {
      const d = only(dueren.get("t-0")!, ["INT", "INT_F", "INT_M", "ELB", "ELB_F", "ELB_M", "LZB", "INT_LZB"], "2022-01");
      for (const gap of HANDKEPT_GAPS) (d[gap.code] as Map<string, number>).delete(gap.month);
      return {
        jobcenters: [{ key: "", name: "Kreis Düren" }],
        data: new Map([["", new Map<VintageKey, IndicatorData>([["none", d]])]]),
      };
    }
    default:
      throw new Error(`Unbekanntes Beispiel "${name}"`);
  }
}

export const SAMPLE_NAMES = ["kreis-dueren-2021-2023", "transponiert", "ba-export-mehrere-jobcenter", "handgepflegt"] as const;
