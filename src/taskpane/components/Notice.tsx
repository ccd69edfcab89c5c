import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface NoticeProps {
  intent: "error" | "warning" | "info" | "success";
  children: ReactNode;
  /** Buttons beside the text (e.g. "Neu einlesen"). */
  actions?: ReactNode;
}

/**
 * A message bar of the pane's first screen (read error, detection errors, no months, no agreement).
 * Loaded only when one is shown (see `Message` in lazyParts.tsx): most first paints have none.
 */
export function Notice({ intent, children, actions }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
