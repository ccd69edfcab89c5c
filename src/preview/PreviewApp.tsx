import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { message, MessageError } from "../domain/messages";
import { App } from "../taskpane/components/App";
import { useI18n } from "../taskpane/i18n";
import { PreviewHost, type OutputBuilders, type WorkbookSource, type XlsxReader } from "./PreviewHost";
import { SheetViewer } from "./SheetViewer";
import { sameOriginUrl } from "./sameOrigin";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  top: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", minHeight: 0 },
  pane: { overflowY: "auto", borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
});

export const DEFAULT_SAMPLE = "samples/kreis-dueren-2021-2023.xlsx";

/** A workbook named by ?file=: only from the preview's own server, so the page never contacts another host. */
export function urlSource(url: string, origin: string = window.location.origin): WorkbookSource {
  return {
    name: url.split("/").pop() ?? url,
    load: async () => {
      const own = sameOriginUrl(url, origin);
      if (!own) throw new MessageError(message("preview.foreignFile", { url, origin }));
      // the one request the pages make: to the preview's own server (same origin, no redirect); see README
      const res = await fetch(own, { credentials: "same-origin", redirect: "error" });
      if (!res.ok) throw new MessageError(message("preview.httpError", { url, status: res.status }));
      return res.arrayBuffer();
    },
  };
}

export function fileSource(file: File): WorkbookSource {
  return { name: file.name, load: () => file.arrayBuffer() };
}

/** The browser preview: the sheet viewer on the left, the very same task pane on the right. */
export function PreviewApp({
  initial,
  read,
  outputs,
  paneOnly = false,
}: {
  initial: WorkbookSource;
  read: XlsxReader;
  outputs?: OutputBuilders;
  /** Only the task pane, as wide as the window (to try it at Excel's 320 px). */
  paneOnly?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [{ source, seq }, setOpened] = useState({ source: initial, seq: 0 });
  const host = useMemo(() => new PreviewHost(source, read, undefined, outputs), [source, read, outputs]);
  if (paneOnly) return <App key={seq} host={host} />;
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Text weight="semibold">{t.previewTitle}</Text>
        <label>
          <Caption1>{t.previewOpen}</Caption1>
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) setOpened((o) => ({ source: fileSource(f), seq: o.seq + 1 }));
            }}
          />
        </label>
        <Caption1>{source.name}</Caption1>
      </div>
      <div className={styles.body}>
        <SheetViewer host={host} />
        <aside className={styles.pane} aria-label="Zielmonitor">
          <App key={seq} host={host} />
        </aside>
      </div>
    </div>
  );
}
