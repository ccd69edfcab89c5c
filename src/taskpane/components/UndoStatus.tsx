import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TargetSet } from "../../domain/targets";
import { useI18n } from "../i18n";
import { LiveRegion } from "./LiveRegion";

/** What an action on the targets said: success or error, and where the action can be undone, the set before it. */
export type UndoableStatus = { ok: boolean; text: string; undo?: TargetSet };

/** The status of the targets editor and the agreement paste, announced, with an "undo" link where there is one. */
export function UndoStatus({ testId, status, onUndo }: { testId: string; status: UndoableStatus | null; onUndo(set: TargetSet): void }) {
  const { t } = useI18n();
  return (
    <LiveRegion testId={testId}>
      {status && (
        <MessageBar intent={status.ok ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            {status.text}{" "}
            {status.undo && (
              <Link as="button" onClick={() => status.undo && onUndo(status.undo)}>
                {t.undo}
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </LiveRegion>
  );
}
