/**
 * Preview entry (dist/preview.html, no office.js): the same App as the task pane, with a PreviewHost
 * reading an .xlsx in the browser instead of Excel. Opens the Düren sample unless ?file= names another.
 */
import { createRoot } from "react-dom/client";
import { readXlsx } from "../xlsx/readXlsx";
import { loadDictionary } from "../taskpane/i18n";
import { Root, startLanguage } from "../taskpane/Root";
import { loadTheme } from "../taskpane/theme";
import type { WorkbookData } from "../workbook/types";
import { DEFAULT_SAMPLE, PreviewApp, urlSource } from "./PreviewApp";
import { previewOutputs } from "./sharedOutputs";

const read = (buffer: ArrayBuffer): Promise<WorkbookData> => readXlsx(buffer);

async function start(): Promise<void> {
  let el = document.getElementById("container");
  if (!el) {
    el = document.createElement("div");
    el.id = "container";
    document.body.appendChild(el);
  }
  document.body.style.margin = "0";
  const params = new URLSearchParams(window.location.search);
  const file = params.get("file") ?? DEFAULT_SAMPLE;
  const asked = params.get("lang");
  const lang = asked === "en" || asked === "de" ? asked : undefined;
  // ?layout=pane shows the task pane alone, at the window's width (Excel's pane is 320–350 px)
  const paneOnly = params.get("layout") === "pane";
  // the start language's dictionary comes with the first render (no extra round trip before reading)
  const first = lang ?? startLanguage("de-DE");
  const [dictionary, theme] = await Promise.all([loadDictionary(first), loadTheme()]);
  createRoot(el).render(
    <Root theme={theme} initialLang={first} displayLanguage="de-DE" dictionaries={{ [first]: dictionary }}>
      <PreviewApp initial={urlSource(file)} read={read} outputs={previewOutputs} paneOnly={paneOnly} />
    </Root>,
  );
}

start().catch((e: unknown) => {
  document.body.textContent = `Die Vorschau konnte nicht starten. / The preview could not start. (${e instanceof Error ? e.message : String(e)})`;
});
