/**
 * The pane's four tabs as a WAI-ARIA tab list of plain buttons, styled with Fluent's tokens as Fluent's
 * small `Tab` looks (regular text, semibold and a brand line under the selected one, a grey line on
 * hover, the focus ring on keyboard focus). Fluent's `TabList` brings its focus manager (Tabster) and
 * context selector, about 26 kB gzip the summary would otherwise wait for (issue 13); the keyboard
 * follows the ARIA pattern instead: one tab stop (the selected tab), ←/→ and Home/End move the focus,
 * Enter or Space selects.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent, type ReactNode } from "react";

/** The bar under a tab: grey under the pointer, the brand colour under the selected tab. */
const underline = (backgroundColor: string) =>
  ({
    content: '""',
    position: "absolute",
    bottom: 0,
    left: tokens.spacingHorizontalSNudge,
    right: tokens.spacingHorizontalSNudge,
    height: tokens.strokeWidthThick,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor,
  }) as const;

const useStyles = makeStyles({
  list: { display: "flex", alignItems: "center", position: "relative" },
  tab: {
    position: "relative",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    overflow: "hidden",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textTransform: "none",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    ":hover::before": underline(tokens.colorNeutralStroke1Hover),
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": underline(tokens.colorCompoundBrandStroke),
  },
  // the label and an invisible semibold copy share one cell, so a tab keeps its width when selected
  content: { display: "grid", padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalXXS}` },
  label: { gridColumnStart: 1, gridRowStart: 1, fontWeight: tokens.fontWeightRegular },
  labelSelected: { fontWeight: tokens.fontWeightSemibold },
  reserved: { gridColumnStart: 1, gridRowStart: 1, fontWeight: tokens.fontWeightSemibold, visibility: "hidden" },
});

export interface PaneTab<K extends string> {
  value: K;
  label: ReactNode;
}

export interface PaneTabsProps<K extends string> {
  tabs: PaneTab<K>[];
  selected: K;
  onSelect(value: K): void;
  className?: string;
  /** Each tab is `tab-<value>` and controls `panel-<value>`. */
  "data-testid"?: string;
}

export function PaneTabs<K extends string>({ tabs, selected, onSelect, className, "data-testid": testId }: PaneTabsProps<K>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons[(next + buttons.length) % buttons.length].focus();
  };
  return (
    <div ref={list} role="tablist" aria-orientation="horizontal" className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown} data-testid={testId}>
      {tabs.map(({ value, label }) => {
        const on = value === selected;
        return (
          <button
            key={value}
            type="button"
            role="tab"
            id={`tab-${value}`}
            aria-controls={`panel-${value}`}
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, on && styles.selected)}
            onClick={() => onSelect(value)}
          >
            <span className={styles.content}>
              <span className={mergeClasses(styles.label, on && styles.labelSelected)}>{label}</span>
              <span className={styles.reserved} aria-hidden="true">
                {label}
              </span>
            </span>
          </button>
        );
      })}
    </div>
  );
}
