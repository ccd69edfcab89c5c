/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { PaneTabs } from "../../src/taskpane/components/PaneTabs";
import { renderInRoot } from "./fixtures";

type Key = "a" | "b" | "c";

function Tabs({ onSelect }: { onSelect?: (k: Key) => void }) {
  const [tab, setTab] = useState<Key>("b");
  return (
    <PaneTabs<Key>
      selected={tab}
      onSelect={(k) => {
        onSelect?.(k);
        setTab(k);
      }}
      tabs={[
        { value: "a", label: "Eins" },
        { value: "b", label: "Zwei" },
        { value: "c", label: "Drei" },
      ]}
    />
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("PaneTabs (the pane's tab list without Fluent's focus manager)", () => {
  it("is a tab list whose tabs are named by their label only and control their panels", () => {
    renderInRoot(<Tabs />);
    expect(screen.getByRole("tablist").getAttribute("aria-orientation")).toBe("horizontal");
    expect(screen.getAllByRole("tab").map((t) => t.id)).toEqual(["tab-a", "tab-b", "tab-c"]);
    expect(tab("Eins").getAttribute("aria-controls")).toBe("panel-a");
  });

  it("marks the selected tab and makes it the one tab stop; a click selects", () => {
    const picked: Key[] = [];
    renderInRoot(<Tabs onSelect={(k) => picked.push(k)} />);
    expect([tab("Eins"), tab("Zwei"), tab("Drei")].map((t) => [t.getAttribute("aria-selected"), t.tabIndex])).toEqual([
      ["false", -1],
      ["true", 0],
      ["false", -1],
    ]);
    fireEvent.click(tab("Drei"));
    expect(picked).toEqual(["c"]);
    expect(tab("Drei").getAttribute("aria-selected")).toBe("true");
    expect(tab("Zwei").tabIndex).toBe(-1);
  });

  it("moves the focus with the arrow keys (wrapping), Home and End, without selecting", () => {
    const picked: Key[] = [];
    renderInRoot(<Tabs onSelect={(k) => picked.push(k)} />);
    tab("Zwei").focus();
    fireEvent.keyDown(tab("Zwei"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(tab("Drei"));
    fireEvent.keyDown(tab("Drei"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(tab("Eins"));
    fireEvent.keyDown(tab("Eins"), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(tab("Drei"));
    fireEvent.keyDown(tab("Drei"), { key: "Home" });
    expect(document.activeElement).toBe(tab("Eins"));
    fireEvent.keyDown(tab("Eins"), { key: "End" });
    expect(document.activeElement).toBe(tab("Drei"));
    expect(picked).toEqual([]);
    expect(tab("Zwei").getAttribute("aria-selected")).toBe("true");
  });
});
