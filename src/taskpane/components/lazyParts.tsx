/**
 * The parts of the pane that are not needed for the first paint, each loaded when it is opened: the
 * mapping editor, the agreement paste, the targets editor, the ministry table, the published rolling key
 * figures and the output actions.
 */
import { Spinner } from "@fluentui/react-components";
import { loadAgreementParser } from "../agreementParserLoader";
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";

/** React.lazy for a named export. */
function named<P extends object>(load: () => Promise<Record<string, unknown>>, name: string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

export const MappingEditor = named<import("./MappingEditor").MappingEditorProps>(
  () => import(/* webpackChunkName: "pane-data" */ "./MappingEditor"),
  "MappingEditor",
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

/** Suspense with a small spinner while a part loads. */
export function Part({ children, label }: { children: ReactNode; label: string }) {
  return <Suspense fallback={<Spinner size="tiny" label={label} />}>{children}</Suspense>;
}
