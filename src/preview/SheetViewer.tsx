import { Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore } from "react";
import type { CellValue } from "../workbook/types";
import { areaOf, cellAddress, columnName, containsCell, formatAreas } from "../workbook/areas";
import { formatCellNumber } from "./numberFormat";
import { markKey, type PreviewHost, type ViewSheet } from "./PreviewHost";

/** Rows and columns the viewer renders at most: it is a preview, not a spreadsheet. */
export const MAX_ROWS = 300;
export const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  bar: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, padding: `0 ${tokens.spacingHorizontalS}` },
  scroller: { flex: 1, overflow: "auto", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase, userSelect: "none" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    zIndex: 1,
  },
  rowHead: { position: "sticky", left: 0, textAlign: "right" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  marked: { color: "#000" },
  bold: { fontWeight: tokens.fontWeightSemibold },
});

function display(v: CellValue, fmt: string | undefined): string {
  if (v === null) return "";
  if (typeof v === "number") return formatCellNumber(v, fmt);
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  return v;
}

function extent(sheet: ViewSheet): { rows: number; cols: number } {
  const rows = sheet.origin.row + sheet.values.length;
  let cols = 0;
  for (const r of sheet.values) cols = Math.max(cols, r.length);
  return { rows, cols: sheet.origin.col + cols };
}

/** A read-only view of the workbook beside the pane: sheet tabs, a grid, click/drag to select a range. */
export function SheetViewer({ host }: { host: PreviewHost }) {
  const styles = useStyles();
  const state = useSyncExternalStore(host.subscribe, host.getSnapshot);
  const anchor = useRef<{ row: number; col: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = state.sheets.find((s) => s.name === state.active) ?? state.sheets[0];

  const selection = useRef(state.selection);
  selection.current = state.selection;
  // scroll only when the pane asked to go somewhere, not on every click in the grid
  useEffect(() => {
    const sel = selection.current;
    if (!sel || !scroller.current) return;
    const first = sel.areas[0];
    if (!first) return;
    const el = scroller.current.querySelector<HTMLElement>(`[data-cell="${cellAddress(first.row, first.col)}"]`);
    el?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [state.focusSeq]);

  useEffect(() => {
    const up = () => {
      anchor.current = null;
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  if (!sheet) return <div className={styles.root} />;
  const { rows, cols } = extent(sheet);
  const shownRows = Math.min(rows, MAX_ROWS);
  const shownCols = Math.min(Math.max(cols, 1), MAX_COLS);
  const sel = state.selection && state.selection.sheet === sheet.name ? state.selection.areas : null;

  const cellAt = (r: number, c: number): { v: CellValue; fmt?: string; fill?: string; bold?: boolean } => {
    const rr = r - sheet.origin.row;
    const cc = c - sheet.origin.col;
    if (rr < 0 || cc < 0) return { v: null };
    return { v: sheet.values[rr]?.[cc] ?? null, fmt: sheet.numberFormats?.[rr]?.[cc], fill: sheet.fills?.[rr]?.[cc], bold: sheet.bold?.[rr]?.[cc] };
  };

  return (
    <div className={styles.root} data-testid="sheet-viewer">
      <div className={styles.bar}>
        <TabList size="small" selectedValue={sheet.name} onTabSelect={(_, d) => host.showSheet(String(d.value))} aria-label="Blätter">
          {state.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
        <Caption1 data-testid="selection-address">{sel ? `${sheet.name}!${formatAreas(sel)}` : ""}</Caption1>
      </div>
      <div className={styles.scroller} ref={scroller}>
        <table className={styles.table} aria-label={sheet.name}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.rowHead)} />
              {Array.from({ length: shownCols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shownRows }, (_, r) => (
              <tr key={r}>
                <th className={mergeClasses(styles.head, styles.rowHead)} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: shownCols }, (_, c) => {
                  const { v, fmt, fill, bold } = cellAt(r, c);
                  const mark = state.marks.get(markKey(sheet.name, r, c));
                  const background = mark?.fill ?? fill;
                  const inSel = sel?.some((a) => containsCell(a, r, c));
                  return (
                    <td
                      key={c}
                      data-cell={cellAddress(r, c)}
                      data-fill={mark?.fill}
                      title={mark?.note}
                      className={mergeClasses(
                        styles.cell,
                        typeof v === "number" && styles.number,
                        inSel ? styles.selected : undefined,
                        background && styles.marked,
                        bold && styles.bold,
                      )}
                      style={background ? { backgroundColor: background } : undefined}
                      aria-selected={inSel ? true : undefined}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        anchor.current = { row: r, col: c };
                        host.select(sheet.name, areaOf(sheet.name, r, c));
                      }}
                      onMouseEnter={() => {
                        const a = anchor.current;
                        if (a) host.select(sheet.name, areaOf(sheet.name, a.row, a.col, r, c));
                      }}
                    >
                      {display(v, fmt)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {rows > MAX_ROWS && <Caption1>{rows - MAX_ROWS} weitere Zeilen nicht angezeigt (Vorschau).</Caption1>}
      </div>
    </div>
  );
}
