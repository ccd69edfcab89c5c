/**
 * @jest-environment jsdom
 *
 * The pane loads only the dictionary of the language it shows; the other one comes with the switch,
 * and until it is there the pane stays in the language it had (never a pane without texts).
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { useI18n } from "../../src/taskpane/i18n";
import { de } from "../../src/taskpane/i18nDe";
import { Root, startLanguage } from "../../src/taskpane/Root";

function Probe() {
  const { t, lang, setLang } = useI18n();
  return (
    <button onClick={() => setLang(lang === "de" ? "en" : "de")} data-lang={lang}>
      {t.tabSummary}
    </button>
  );
}

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

it("shows nothing of the pane before its one dictionary is there, then the texts of that language", async () => {
  const { container } = render(
    <Root theme={webLightTheme} initialLang="en" store={memory()}>
      <Probe />
    </Root>,
  );
  expect(container.querySelector("button")).toBeNull();
  expect((await screen.findByRole("button")).textContent).toBe("Achievement");
});

it("keeps the current language until the other dictionary has arrived, then switches", async () => {
  render(
    <Root theme={webLightTheme} initialLang="de" store={memory()} dictionaries={{ de }}>
      <Probe />
    </Root>,
  );
  const button = screen.getByRole("button");
  expect(button.textContent).toBe("Zielerreichung");
  fireEvent.click(button);
  // English is not loaded yet: still German, not an empty pane
  expect(screen.getByRole("button").textContent).toBe("Zielerreichung");
  expect((await screen.findByText("Achievement")).getAttribute("data-lang")).toBe("en");
});

it("starts in the remembered language, else in Office's", () => {
  const store = memory();
  expect(startLanguage("de-DE", store)).toBe("de");
  expect(startLanguage("fr-FR", store)).toBe("en");
  store.setItem("zielmonitor.lang", "de");
  expect(startLanguage("en-US", store)).toBe("de");
});
