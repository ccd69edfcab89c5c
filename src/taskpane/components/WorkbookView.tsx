/**
 * The pane once a workbook is read: report controls, the tabs Zielerreichung, Daten, Ziele and Ausgabe,
 * with the figures the engine works out (useWorkbookFigures). Its own chunk with the engine and the
 * detector: the first paint shows only the shell (App.tsx) while the workbook is read, and this loads
 * when there is a workbook to work on.
 */
import { Button, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Vintage } from "../../domain/evaluation";
import { dataNeeded, type DataCode } from "../../domain/indicators";
import type { TargetSet } from "../../domain/targets";
import { text } from "../../domain/messages";
import type { WorkbookHost } from "../../workbook/host";
import { vintageOfPlace } from "../../workbook/detect/mappingOverride";
import { seriesOf } from "../../workbook/evaluateWorkbook";
import type { WorkbookData } from "../../workbook/types";
import { realEngine, type Engine } from "../engine";
import { useI18n } from "../i18n";
import { entriesFromMapping, mappingFromEntries, type ManualEntry } from "../mapping";
import { useGoTo } from "../useGoTo";
import { useWorkbookFigures } from "../useWorkbookModel";
import type { WorkbookRead } from "../useWorkbookRead";
import { LiveRegion } from "./LiveRegion";
import {
  ActionsPanel,
  AgreementPaste,
  CopyAgreement,
  DashReading,
  DetectionPanel,
  MappingEditor,
  Message,
  MinistryTable,
  Part,
  ProblemsList,
  TargetsEditor,
} from "./lazyParts";
import { NoAgreement } from "./NoAgreement";
import { PaneTabs } from "./PaneTabs";
import { ReportControls, jobcenterLabel } from "./ReportControls";
import { SummaryView } from "./SummaryView";
import { RollingDisclosure } from "./RollingDisclosure";

const useStyles = makeStyles({
  // four tabs fit one row at 320 px; they never wrap
  tabs: { flexWrap: "nowrap", overflow: "hidden" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

type TabKey = "summary" | "data" | "targets" | "actions";

/** For the editor: the vintage the detector reads at a place of the workbook read last (null: none, ask). */
export function vintageFinder(wb: WorkbookData | null): (sheet: string, values: string, months?: string) => Vintage | null {
  return (sheet, values, months) => (wb ? vintageOfPlace(wb, sheet, values, months) : null);
}

export interface WorkbookViewProps {
  host: WorkbookHost;
  read: WorkbookRead;
  engine?: Engine;
  /** While a re-read failed the view keeps its state (month, vintage, Jobcenter, tab) but shows nothing. */
  hidden?: boolean;
}

export function WorkbookView({ host, read, engine = realEngine, hidden = false }: WorkbookViewProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const model = useWorkbookFigures(read, engine);
  const [tab, setTab] = useState<TabKey>("summary");
  const [pasteOpen, setPasteOpen] = useState(false);
  // another Jobcenter: its own agreement, the paste starts closed and empty
  useEffect(() => setPasteOpen(false), [model.jobcenterKey]);

  const { goTo, note: goToNote } = useGoTo(host, t, lang);

  const series = useMemo(
    () => (model.detection ? seriesOf(model.detection, model.jobcenterKey, model.vintage) : []),
    [model.detection, model.jobcenterKey, model.vintage],
  );
  const missingCodes = useMemo(() => {
    const needed = new Set<DataCode>();
    for (const target of model.targetSet?.targets ?? []) for (const c of dataNeeded(target.indicator)) needed.add(c);
    for (const item of model.targetSet?.monitoring ?? []) for (const c of dataNeeded(item.indicator)) needed.add(c);
    const have = new Set(series.map((s) => s.code));
    return [...needed].filter((c) => !have.has(c));
  }, [model.targetSet, series]);
  const entries = useMemo(() => entriesFromMapping(model.mapping), [model.mapping]);
  const vintageAt = useMemo(() => vintageFinder(model.workbook), [model.workbook]);
  if (hidden || !model.detection) return null;
  // the plan's problems hold the detection's and its own (a refusal to mix vintages)
  const errors = (model.plan?.problems ?? model.detection.problems).filter((p) => p.severity === "error");
  const mixed = model.plan?.problems.find((p) => p.message.code === "plan.vintagesMixed");
  const several = model.jobcenters.length > 1;
  const selected = model.jobcenters.find((j) => j.key === model.jobcenterKey);
  // the editor of a Jobcenter without agreement starts from an empty set of the year in view
  const editable: TargetSet = model.targetSet ?? { year: model.year ?? new Date().getFullYear(), targets: [], monitoring: [] };
  const panel = (key: TabKey) => ({ id: `panel-${key}`, role: "tabpanel", "aria-labelledby": `tab-${key}`, className: styles.panel });

  return (
    <>
      <ReportControls
        months={model.months}
        asOf={model.asOf}
        onAsOf={model.setAsOf}
        vintages={model.vintages}
        vintage={model.vintage}
        onVintage={model.setVintage}
        jobcenters={model.jobcenters}
        jobcenterKey={model.jobcenterKey}
        onJobcenter={model.setJobcenterKey}
      />
      <PaneTabs<TabKey>
        className={styles.tabs}
        selected={tab}
        onSelect={setTab}
        data-testid="tabs"
        tabs={[
          { value: "summary", label: t.tabSummary },
          { value: "data", label: t.tabData },
          { value: "targets", label: t.tabTargets },
          { value: "actions", label: t.tabActions },
        ]}
      />

      {tab === "summary" && (
        <div {...panel("summary")}>
          {errors.length > 0 && (
            <Message intent="warning">
              {errors.length} × {t.severityError}: {text(errors[0].message, lang)} <Link onClick={() => setTab("data")}>{t.problems}</Link>
            </Message>
          )}
          {model.months.length === 0 && (
            <Message intent="warning">{t.noMonths}</Message>
          )}
          {model.jobcenters.length > 1 && (
            <section aria-labelledby="ministry-heading">
              <Subtitle2 as="h2" id="ministry-heading">
                {t.ministryView}
              </Subtitle2>
              <Part label={t.loading}>
                <MinistryTable results={model.all} aggregate={model.aggregate ?? null} selected={model.jobcenterKey} onSelect={model.setJobcenterKey} />
              </Part>
            </section>
          )}
          {model.evaluation && <SummaryView evaluation={model.evaluation} onShowMissing={() => setTab("data")} />}
          {!model.targetSet && <NoAgreement figures={model.figures} />}
          <RollingDisclosure data={model.plan?.jobcenters.find((j) => j.jobcenter.key === model.jobcenterKey)?.data} month={model.asOf} vintage={model.vintage} />
        </div>
      )}
      {tab === "data" && (
        <div {...panel("data")}>
          {/* the Daten tab's parts load when it is opened (one chunk); the live region is always there */}
          {model.detection.dashes && (
            <Part label={t.loading}>
              <DashReading report={model.detection.dashes} onChange={(r) => void model.setDash(r)} />
            </Part>
          )}
          <LiveRegion testId="goto-note">{goToNote && <Message intent={goToNote.intent}>{goToNote.text}</Message>}</LiveRegion>
          <Part label={t.loading}>
            <ProblemsList problems={model.detection.problems} onGoTo={goTo} />
            <DetectionPanel series={series} missing={missingCodes} onGoTo={goTo} />
            <MappingEditor
              host={host}
              detected={series}
              entries={entries}
              onSave={(next: ManualEntry[]) => model.saveMapping(mappingFromEntries(next))}
              onReset={() => model.saveMapping(null)}
              onGoTo={goTo}
              vintageAt={vintageAt}
              mixed={mixed ? text(mixed.message, lang) : null}
            />
          </Part>
        </div>
      )}
      {tab === "targets" && (
        <div {...panel("targets")}>
          {several && selected && <Caption1 data-testid="agreement-for">{t.agreementFor(jobcenterLabel(selected, t.noJobcenter))}</Caption1>}
          <Part label={t.loading}>
            <TargetsEditor targetSet={editable} onSave={model.saveTargets} />
            {several && model.targetSet && (
              <CopyAgreement
                others={model.all.filter((r) => r.jobcenter.key !== model.jobcenterKey).map((r) => ({ jobcenter: r.jobcenter, hasAgreement: r.hasAgreement ?? false }))}
                onCopy={model.copyTargetsTo}
              />
            )}
          </Part>
          {pasteOpen ? (
            <Part label={t.loading}>
              <AgreementPaste targetSet={editable} parse={engine.parseAgreement} onApply={model.saveTargets} onClose={() => setPasteOpen(false)} />
            </Part>
          ) : (
            <div>
              <Button onClick={() => setPasteOpen(true)}>{t.agreementTitle}</Button>
            </div>
          )}
        </div>
      )}
      {tab === "actions" && (
        <div {...panel("actions")}>
          <Part label={t.loading}>
            <ActionsPanel host={host} input={model.resultsInput} />
          </Part>
        </div>
      )}
    </>
  );
}
