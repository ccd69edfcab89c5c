/**
 * The Fluent theme follows Office's theme when the pane runs inside Office; elsewhere (preview, tests)
 * it follows the browser's colour scheme, light by default. Only the theme in use is loaded: the light
 * one comes with the pane, the dark one is its own chunk, fetched before the first paint when needed.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

function isDarkColor(hex: string | undefined): boolean | null {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/** Whether the surrounding Office (or browser) uses a dark theme. */
export function prefersDark(): boolean {
  const office = typeof Office !== "undefined" ? Office : undefined;
  const theme = office?.context?.officeTheme;
  if (theme) {
    if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
    const fromColor = isDarkColor(theme.bodyBackgroundColor);
    if (fromColor !== null) return fromColor;
  }
  if (typeof window !== "undefined" && typeof window.matchMedia === "function") return window.matchMedia("(prefers-color-scheme: dark)").matches;
  return false;
}

/** The light theme, at hand without loading (the default of <Root>). */
export const lightTheme: Theme = webLightTheme;

/** The theme Office (or the browser) uses; the dark one is loaded on first use. */
export function loadTheme(dark: boolean = prefersDark()): Promise<Theme> {
  return dark ? import(/* webpackChunkName: "theme-dark" */ "./darkTheme").then((m) => m.darkTheme) : Promise.resolve(lightTheme);
}
