/** The pane's theme: the light one at hand, the dark one loaded only when Office (or the browser) is dark. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { lightTheme, loadTheme } from "../../src/taskpane/theme";

describe("loadTheme", () => {
  it("gives Fluent's light theme for a light Office and the dark one for a dark Office", async () => {
    expect(lightTheme).toBe(webLightTheme);
    await expect(loadTheme(false)).resolves.toBe(webLightTheme);
    await expect(loadTheme(true)).resolves.toBe(webDarkTheme);
  });

  it("follows Office's theme when it says it is dark", async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#1f1f1f" } } };
    try {
      await expect(loadTheme()).resolves.toBe(webDarkTheme);
      g.Office = { context: { officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#1f1f1f" } } };
      await expect(loadTheme()).resolves.toBe(webLightTheme);
    } finally {
      delete g.Office;
    }
  });
});
