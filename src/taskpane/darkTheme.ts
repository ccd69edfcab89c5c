/** Fluent's dark theme, its own chunk: loaded only where Office (or the browser) is dark (theme.ts). */
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
