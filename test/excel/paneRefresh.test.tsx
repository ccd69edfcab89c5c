/**
 * @jest-environment jsdom
 *
 * The pane's model and the host's side of staying current: nothing is read before the pane is shown;
 * a change in the workbook reads again and keeps the user's month; the time of reading is there.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { realEngine } from "../../src/taskpane/engine";
import { useWorkbookModel } from "../../src/taskpane/useWorkbookModel";
import type { WorkbookData } from "../../src/workbook/types";
import { webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Root } from "../../src/taskpane/Root";
import { de } from "../../src/taskpane/i18nDe";
import { en } from "../../src/taskpane/i18nEn";
import { FakeHost } from "../taskpane/fixtures";

/** The model hook speaks the pane's language (useI18n): it lives inside <Root>, as in the pane. */
const wrapper = ({ children }: { children: ReactNode }) => (
  <Root theme={webLightTheme} initialLang="de" dictionaries={{ de, en }}>
    {children}
  </Root>
);

/** Integrations Jan 2022 … Dec 2023, months down. */
function monitoring(): WorkbookData {
  const values: (string | number | null)[][] = [["Monat", "Integrationen"]];
  for (const y of [2022, 2023]) for (let m = 1; m <= 12; m++) values.push([`${String(m).padStart(2, "0")}/${y}`, y === 2022 ? 200 : 210]);
  return { sheets: [{ name: "Integrationen", origin: { row: 0, col: 0 }, values, numberFormats: values.map((r) => r.map(() => "General")), hiddenRows: [], merges: [] }] };
}

class WatchedHost extends FakeHost {
  showPane!: () => void;
  readonly shown = new Promise<void>((resolve) => (this.showPane = resolve));
  change: (() => void) | null = null;
  unsubscribed = 0;
  whenShown(): Promise<void> {
    return this.shown;
  }
  async onDataChanged(callback: () => void): Promise<() => Promise<void>> {
    this.change = callback;
    return async () => void this.unsubscribed++;
  }
}

it("reads only once the pane is shown, and again on a change, keeping the chosen month", async () => {
  const host = new WatchedHost(monitoring());
  const { result } = renderHook(() => useWorkbookModel(host, realEngine), { wrapper });
  await act(async () => {
    await Promise.resolve();
  });
  expect(host.readCount).toBe(0);
  expect(result.current.phase).toBe("loading");
  expect(result.current.readAt).toBeNull();

  await act(async () => host.showPane());
  await waitFor(() => expect(result.current.phase).toBe("ready"));
  expect(host.readCount).toBe(1);
  const firstRead = result.current.readAt;
  expect(firstRead).toBeInstanceOf(Date);
  expect(result.current.months).toContain("2023-06");
  act(() => result.current.setAsOf("2023-06"));
  expect(result.current.asOf).toBe("2023-06");

  await waitFor(() => expect(host.change).not.toBeNull());
  await act(async () => host.change!());
  await waitFor(() => expect(host.readCount).toBe(2));
  await waitFor(() => expect(result.current.refreshing).toBe(false));
  expect(result.current.phase).toBe("ready");
  expect(result.current.asOf).toBe("2023-06");
  // The subscription is renewed after each read (sheets may have been added).
  expect(host.unsubscribed).toBeGreaterThanOrEqual(1);
});

it("reads at once when the user asks, even before the pane reported itself shown", async () => {
  const host = new WatchedHost(monitoring());
  const { result } = renderHook(() => useWorkbookModel(host, realEngine), { wrapper });
  expect(host.readCount).toBe(0);
  act(() => result.current.reload());
  await waitFor(() => expect(result.current.phase).toBe("ready"));
  expect(host.readCount).toBe(1);
});
