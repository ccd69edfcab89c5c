/** @jest-environment jsdom */
/**
 * The preview's ?file= source: only its own server is asked, and a refusal or a failed answer is a
 * catalogue message in the pane's language (no German/English pair in one string).
 */
import { errorText } from "../../src/domain/messages";
import { urlSource } from "../../src/preview/PreviewApp";

const ORIGIN = "http://vorschau.test:8080";
type FakeFetch = (url: string, init?: unknown) => Promise<{ ok: boolean; status?: number; arrayBuffer(): Promise<ArrayBuffer> }>;
const setFetch = (f: FakeFetch | undefined) => ((globalThis as { fetch?: unknown }).fetch = f);
const failureOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

afterEach(() => setFetch(undefined));

test("refuses a workbook from another host without asking it, in German and English", async () => {
  const asked: string[] = [];
  setFetch(async (url) => {
    asked.push(url);
    return { ok: true, arrayBuffer: async () => new ArrayBuffer(0) };
  });
  const error = await failureOf(urlSource("https://fremd.example/mappe.xlsx", ORIGIN).load());
  expect(asked).toEqual([]);
  expect(errorText(error, "de")).toBe(
    "https://fremd.example/mappe.xlsx: Die Vorschau öffnet nur Arbeitsmappen von ihrem eigenen Server (http://vorschau.test:8080); eine andere Mappe bitte über „Arbeitsmappe öffnen“ wählen.",
  );
  expect(errorText(error, "en")).toBe(
    'https://fremd.example/mappe.xlsx: the preview opens only workbooks from its own server (http://vorschau.test:8080); pick another one with "Open workbook".',
  );
});

test("asks its own server once, same origin and no redirect, and names a failed answer", async () => {
  const asked: { url: string; init: unknown }[] = [];
  setFetch(async (url, init) => {
    asked.push({ url, init });
    return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
  });
  const error = await failureOf(urlSource("samples/fehlt.xlsx", ORIGIN).load());
  expect(asked).toEqual([{ url: "http://vorschau.test:8080/samples/fehlt.xlsx", init: { credentials: "same-origin", redirect: "error" } }]);
  expect(errorText(error, "de")).toBe("samples/fehlt.xlsx: Der Vorschau-Server hat die Arbeitsmappe nicht geliefert (HTTP 404).");
  expect(errorText(error, "en")).toBe("samples/fehlt.xlsx: the preview server did not deliver the workbook (HTTP 404).");
});
