import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formatTarget, indicatorName, unitLabel } from "../../domain/display";
import { errorText } from "../../domain/messages";
import { DUEREN_2023, type Goal, type Target, type TargetSet } from "../../domain/targets";
import { useI18n } from "../i18n";
import { UndoStatus, type UndoableStatus } from "./UndoStatus";
import { TargetForm } from "./TargetForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "3em minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  buttons: { gridColumn: "2", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The next free id of a goal: II.n for goal II, III.n for goal III (a K3 target becomes III.n). */
export function nextId(targets: readonly Target[], goal: Goal = "II"): string {
  for (let i = 1; ; i++) {
    const id = `${goal}.${i}`;
    if (!targets.some((t) => t.id === id)) return id;
  }
}

const BLANK: Omit<Target, "id"> = { goal: "II", indicator: "INT", unit: "percent", direction: ">=", value: 0, wording: "" };

export interface TargetsEditorProps {
  targetSet: TargetSet;
  onSave(set: TargetSet): Promise<void>;
}

type Message = UndoableStatus;

/**
 * The agreed targets: add, edit, remove, or load the Düren 2023 preset; every change is saved to the
 * workbook. Removing and loading the preset can be undone; after every action the focus returns to
 * where it was (the target's "Bearbeiten", or the next target after a removal).
 */
export function TargetsEditor({ targetSet, onSave }: TargetsEditorProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<{ index: number | null; target: Target } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // focus moves once the list shows the new state
  useEffect(() => {
    if (!focusAfter) return;
    const el = [...(root.current?.querySelectorAll<HTMLElement>("[data-focus-key]") ?? [])].find((e) => e.dataset.focusKey === focusAfter);
    if (el) {
      el.focus();
      setFocusAfter(null);
    }
  });

  const save = async (set: TargetSet, done: Omit<Message, "ok">) => {
    try {
      await onSave(set);
      setMessage({ ok: true, ...done });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };

  const submit = (target: Target) => {
    const targets = [...targetSet.targets];
    if (editing?.index !== null && editing?.index !== undefined) targets[editing.index] = target;
    else targets.push(target);
    setEditing(null);
    setFocusAfter(`edit-${target.id}`);
    void save({ ...targetSet, targets }, { text: t.targetsSaved });
  };

  const cancel = () => {
    setFocusAfter(editing?.index !== null && editing ? `edit-${editing.target.id}` : "add");
    setEditing(null);
  };

  const remove = (index: number) => {
    const before = targetSet;
    const targets = targetSet.targets.filter((_, i) => i !== index);
    const next = targets[index] ?? targets[index - 1];
    setFocusAfter(next ? `edit-${next.id}` : "add");
    void save({ ...targetSet, targets }, { text: t.targetRemoved(targetSet.targets[index].id), undo: before });
  };

  const undo = (set: TargetSet) => {
    setFocusAfter("add");
    void save(set, { text: t.undone });
  };

  return (
    <div className={styles.root} ref={root}>
      <Subtitle2 as="h2">
        {t.targetsTitle} {targetSet.year}
        {targetSet.jobcenter ? ` · ${targetSet.jobcenter}` : ""}
      </Subtitle2>
      <UndoStatus testId="targets-status" status={message} onUndo={undo} />
      <ul className={styles.list} data-testid="targets-list">
        {targetSet.targets.map((target, index) =>
          editing?.index === index ? (
            <li key={`edit-${index}`}>
              <TargetForm initial={editing.target} onSubmit={submit} onCancel={cancel} />
            </li>
          ) : (
            <li key={`${target.id}-${index}`} className={styles.item} data-testid={`target-item-${target.id}`}>
              <Text weight="semibold">{target.id}</Text>
              <div className={styles.text}>
                <Text>
                  {indicatorName(target.indicator, lang)}: {formatTarget(target, lang)} ({unitLabel(target.unit, lang)})
                </Text>
                <Caption1>{target.wording}</Caption1>
              </div>
              <div className={styles.buttons}>
                <Button size="small" data-focus-key={`edit-${target.id}`} onClick={() => setEditing({ index, target })} aria-label={`${t.editTarget} ${target.id}`}>
                  {t.editTarget}
                </Button>
                <Button size="small" onClick={() => remove(index)} aria-label={`${t.removeTarget} ${target.id}`}>
                  {t.removeTarget}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing?.index === null && (
        <TargetForm initial={editing.target} onSubmit={submit} onCancel={cancel} nextIdFor={(goal) => nextId(targetSet.targets, goal)} />
      )}
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          data-focus-key="add"
          onClick={() => setEditing({ index: null, target: { ...BLANK, id: nextId(targetSet.targets, BLANK.goal) } })}
          disabled={editing !== null}
        >
          {t.addTarget}
        </Button>
        <Button onClick={() => void save(DUEREN_2023, { text: t.presetLoaded, undo: targetSet })}>{t.preset}</Button>
      </div>
    </div>
  );
}
