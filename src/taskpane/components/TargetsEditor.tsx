import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatTarget, indicatorName, unitLabel } from "../../domain/display";
import { DUEREN_2023, type Target, type TargetSet } from "../../domain/targets";
import { useI18n } from "../i18n";
import { TargetForm } from "./TargetForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "3em 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: "flex", flexDirection: "column" },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function nextId(targets: readonly Target[]): string {
  for (let i = 1; ; i++) {
    const id = `II.${i}`;
    if (!targets.some((t) => t.id === id)) return id;
  }
}

const BLANK: Omit<Target, "id"> = { goal: "II", indicator: "INT", unit: "percent", direction: ">=", value: 0, wording: "" };

/** The agreed targets: Düren 2023 preset; add, edit, remove; every change is saved to the workbook. */
export function TargetsEditor({ targetSet, onSave }: { targetSet: TargetSet; onSave(set: TargetSet): Promise<void> }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<{ index: number | null; target: Target } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (set: TargetSet) => {
    try {
      await onSave(set);
      setMessage({ ok: true, text: t.targetsSaved });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  const submit = (target: Target) => {
    const targets = [...targetSet.targets];
    if (editing?.index !== null && editing?.index !== undefined) targets[editing.index] = target;
    else targets.push(target);
    setEditing(null);
    void save({ ...targetSet, targets });
  };

  return (
    <div className={styles.root}>
      <Text weight="semibold" as="h3">
        {t.targetsTitle} {targetSet.year}
        {targetSet.jobcenter ? ` · ${targetSet.jobcenter}` : ""}
      </Text>
      {message && (
        <MessageBar intent={message.ok ? "success" : "error"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} data-testid="targets-list">
        {targetSet.targets.map((target, index) =>
          editing?.index === index ? (
            <li key={`edit-${index}`}>
              <TargetForm initial={editing.target} onSubmit={submit} onCancel={() => setEditing(null)} />
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
                <Button size="small" onClick={() => setEditing({ index, target })} aria-label={`${t.editTarget} ${target.id}`}>
                  {t.editTarget}
                </Button>
                <Button
                  size="small"
                  onClick={() => void save({ ...targetSet, targets: targetSet.targets.filter((_, i) => i !== index) })}
                  aria-label={`${t.removeTarget} ${target.id}`}
                >
                  {t.removeTarget}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing?.index === null && <TargetForm initial={editing.target} onSubmit={submit} onCancel={() => setEditing(null)} />}
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          onClick={() => setEditing({ index: null, target: { ...BLANK, id: nextId(targetSet.targets) } })}
          disabled={editing !== null}
        >
          {t.addTarget}
        </Button>
        <Button onClick={() => void save(DUEREN_2023)}>{t.preset}</Button>
      </div>
    </div>
  );
}
