import { Badge, type BadgeProps } from "@fluentui/react-components";
import { statusLabel } from "../../domain/display";
import type { Status } from "../../domain/evaluation";
import { useI18n } from "../i18n";

const LOOK: Record<Status, Pick<BadgeProps, "appearance" | "color">> = {
  met: { appearance: "filled", color: "success" },
  onTrack: { appearance: "outline", color: "success" },
  atRisk: { appearance: "filled", color: "warning" },
  missed: { appearance: "filled", color: "danger" },
  monitoring: { appearance: "tint", color: "informative" },
  noData: { appearance: "tint", color: "subtle" },
};

/** The status of a target as a Fluent badge; the text carries the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: Status }) {
  const { lang } = useI18n();
  return (
    <Badge {...LOOK[status]} shape="rounded" data-status={status}>
      {statusLabel(status, lang)}
    </Badge>
  );
}

export function statusLook(status: Status): Pick<BadgeProps, "appearance" | "color"> {
  return LOOK[status];
}
