/**
 * Task pane entry: waits for Office, creates the Excel host (loaded lazily so the preview bundle never
 * needs it) and renders the App in the theme Office uses. Where office.js could not load, it says so instead of hanging.
 */
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../workbook/host";
import { App } from "./components/App";
import { loadDictionary } from "./i18n";
import { Root, startLanguage } from "./Root";
import { loadTheme } from "./theme";

function container(): HTMLElement {
  let el = document.getElementById("container");
  if (!el) {
    el = document.createElement("div");
    el.id = "container";
    document.body.appendChild(el);
  }
  return el;
}

/** True inside an Office host; false where office.js is missing or runs in a plain browser tab. */
async function officeReady(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  const info = await Office.onReady();
  return Boolean(info && info.host);
}

async function start(): Promise<void> {
  const root = createRoot(container());
  const inOffice = await officeReady();
  if (!inOffice) {
    root.render(
      <Root>
        <p style={{ padding: 16 }}>
          Office.js ist nicht verfügbar: Zielmonitor läuft als Add-in in Excel. Für eine Vorschau im Browser: <code>npm run preview</code>.
        </p>
      </Root>,
    );
    return;
  }
  // the Excel host, the one dictionary of the start language and the theme Office uses load side by side
  const displayLanguage = Office.context?.displayLanguage;
  const lang = startLanguage(displayLanguage);
  const [{ OfficeHost }, dictionary, theme] = await Promise.all([import(/* webpackChunkName: "excel-host" */ "../excel/OfficeHost"), loadDictionary(lang), loadTheme()]);
  const host: WorkbookHost = new OfficeHost();
  root.render(
    <Root theme={theme} displayLanguage={host.displayLanguage} dictionaries={{ [lang]: dictionary }}>
      <App host={host} />
    </Root>,
  );
}

// A part of the pane that cannot be loaded (a chunk refused by the network) is said, never a blank pane.
start().catch((e: unknown) => {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.style.padding = "16px";
  p.textContent = `Zielmonitor konnte nicht starten. / Zielmonitor could not start. (${e instanceof Error ? e.message : String(e)})`;
  container().replaceChildren(p);
});
