/**
 * The parts of the pane that are not needed for the first paint, each loaded when it is opened: the
 * figures of a read workbook with the engine (WorkbookView), the Daten tab (problems, detected series, the reading of "-", the mapping editor), the agreement paste,
 * the targets editor, the ministry table, the published rolling key figures, the output actions, and
 * the message bars of the first screen.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import { loadAgreementParser } from "../agreementParserLoader";
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import type { NoticeProps } from "./Notice";

/** React.lazy for a named export. */
function named<P extends object>(load: () => Promise<Record<string, unknown>>, name: string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

export const MappingEditor = named<import("./MappingEditor").MappingEditorProps>(
  () => import(/* webpackChunkName: "pane-data" */ "./MappingEditor"),
  "MappingEditor",
);
export const ProblemsList = named<import("react").ComponentProps<typeof import("./ProblemsList").ProblemsList>>(
  () => import(/* webpackChunkName: "pane-data" */ "./ProblemsList"),
  "ProblemsList",
);
export const DetectionPanel = named<import("react").ComponentProps<typeof import("./DetectionPanel").DetectionPanel>>(
  () => import(/* webpackChunkName: "pane-data" */ "./DetectionPanel"),
  "DetectionPanel",
);
export const DashReading = named<import("react").ComponentProps<typeof import("./DashReading").DashReading>>(
  () => import(/* webpackChunkName: "pane-data" */ "./DashReading"),
  "DashReading",
);
export const AgreementPaste = named<import("./AgreementPaste").AgreementPasteProps>(
  // the component and the agreement parser it is given (engine.parseAgreement) load together
  async () => (await Promise.all([import(/* webpackChunkName: "pane-agreement" */ "./AgreementPaste"), loadAgreementParser()]))[0],
  "AgreementPaste",
);
export const TargetsEditor = named<import("./TargetsEditor").TargetsEditorProps>(
  () => import(/* webpackChunkName: "pane-targets" */ "./TargetsEditor"),
  "TargetsEditor",
);
export const CopyAgreement = named<import("./CopyAgreement").CopyAgreementProps>(
  () => import(/* webpackChunkName: "pane-targets" */ "./CopyAgreement"),
  "CopyAgreement",
);
export const MinistryTable = named<import("./MinistryTable").MinistryTableProps>(
  () => import(/* webpackChunkName: "pane-ministry" */ "./MinistryTable"),
  "MinistryTable",
);
export const RollingFigures = named<import("./RollingFigures").RollingFiguresProps>(
  () => import(/* webpackChunkName: "pane-rolling" */ "./RollingFigures"),
  "RollingFigures",
);
export const ActionsPanel = named<import("./ActionsPanel").ActionsPanelProps>(
  () => import(/* webpackChunkName: "pane-actions" */ "./ActionsPanel"),
  "ActionsPanel",
);
export const WorkbookView = named<import("./WorkbookView").WorkbookViewProps>(
  () => import(/* webpackChunkName: "pane-workbook" */ "./WorkbookView"),
  "WorkbookView",
);
const LazyNotice = named<NoticeProps>(() => import(/* webpackChunkName: "pane-notice" */ "./Notice"), "Notice");

/** Suspense with a labelled progress bar while a part loads (the bar is on the first screen anyway). */
export function Part({ children, label }: { children: ReactNode; label: string }) {
  return (
    <Suspense
      fallback={
        <Field label={label} validationState="none">
          <ProgressBar />
        </Field>
      }
    >
      {children}
    </Suspense>
  );
}

/** A message bar, loaded when one is shown; until then its text and actions stand there plainly (never hidden). */
export function Message(props: NoticeProps) {
  return (
    <Suspense
      fallback={
        <div data-intent={props.intent}>
          {props.children} {props.actions}
        </div>
      }
    >
      <LazyNotice {...props} />
    </Suspense>
  );
}
