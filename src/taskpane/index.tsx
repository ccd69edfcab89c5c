/**
 * Task pane entry: waits for Office, creates the Excel host (loaded lazily so the preview bundle never
 * needs it) and renders the App. Where office.js could not load, it says so instead of hanging.
 */
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../workbook/host";
import { App } from "./components/App";
import { Root } from "./Root";

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
  const { OfficeHost } = await import(/* webpackChunkName: "excel-host" */ "../excel");
  const host: WorkbookHost = new OfficeHost();
  root.render(
    <Root displayLanguage={host.displayLanguage}>
      <App host={host} />
    </Root>,
  );
}

void start();
