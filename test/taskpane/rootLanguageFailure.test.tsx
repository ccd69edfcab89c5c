/**
 * @jest-environment jsdom
 *
 * A dictionary that cannot be loaded (a chunk the network refuses) is said in both languages; the pane
 * keeps the language it has.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { useI18n } from "../../src/taskpane/i18n";
import { de } from "../../src/taskpane/i18nDe";
import { Root } from "../../src/taskpane/Root";

jest.mock("../../src/taskpane/i18nEn", () => {
  throw new Error("chunk i18n-en refused");
});

function Probe() {
  const { t, lang, setLang } = useI18n();
  return <button onClick={() => setLang(lang === "de" ? "en" : "de")}>{t.tabSummary}</button>;
}

it("says so when the start language cannot be loaded", async () => {
  render(
    <Root theme={webLightTheme} initialLang="en" store={null}>
      <Probe />
    </Root>,
  );
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Die Texte des Aufgabenbereichs konnten nicht geladen werden. / The task pane's texts could not be loaded.");
  expect(alert.textContent).toContain("chunk i18n-en refused");
  expect(screen.queryByRole("button")).toBeNull();
});

it("says so when the other language cannot be loaded, and stays in the current one", async () => {
  render(
    <Root theme={webLightTheme} initialLang="de" store={null} dictionaries={{ de }}>
      <Probe />
    </Root>,
  );
  fireEvent.click(screen.getByRole("button"));
  expect((await screen.findByRole("alert")).textContent).toContain("could not be loaded");
  expect(screen.getByRole("button").textContent).toBe("Zielerreichung");
  // the switch can be tried again (and is said again)
  fireEvent.click(screen.getByRole("button"));
  expect(screen.queryByRole("alert")).toBeNull();
  expect((await screen.findByRole("alert")).textContent).toContain("chunk i18n-en refused");
});
