import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import { formatChange, formatLevel, formatTarget } from "../../domain/display";
import type { Evaluation, MonitoringEvaluation, Status, TargetEvaluation } from "../../domain/evaluation";
import type { JobcenterResult } from "../useWorkbookModel";
import { useI18n } from "../i18n";
import { attainmentParts, distanceText, worseFirstKey } from "../ministry";
import { StatusBadge } from "./StatusBadge";
import { jobcenterLabel } from "./ReportControls";
import { msg } from "../../domain/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // three columns that fit 320 px; the rest of a row is shown on click
  table: { tableLayout: "fixed", width: "100%" },
  jc: { width: "46%" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  name: { whiteSpace: "normal", overflowWrap: "anywhere", textAlign: "start", height: "auto", minHeight: "24px", padding: 0, justifyContent: "flex-start" },
  details: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalXS },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  aggregate: { fontWeight: tokens.fontWeightSemibold },
  sortNote: { display: "block", fontWeight: tokens.fontWeightRegular },
});

/** Worst first when sorting by status: the ministry looks for Jobcenters needing attention. */
const SEVERITY: Record<Status, number> = { missed: 0, atRisk: 1, noData: 2, onTrack: 3, met: 4, monitoring: 5 };

type SortCol = "jobcenter" | "distance" | "status";

/** One line of a row's details: label, value and the field name tests and styles find it by. */
interface Detail {
  label: string;
  value: ReactNode;
  field: string;
}

export interface MinistryTableProps {
  results: JobcenterResult[];
  /** All Jobcenters together from the domain (flows and stocks summed, quotas Σ ÷ Σ): figures only, never judged. */
  aggregate?: Evaluation | null;
  selected?: string;
  onSelect(key: string): void;
}

function evalOf(r: JobcenterResult, id: string): TargetEvaluation | null {
  return r.evaluation?.targets.find((e) => e.target.id === id) ?? null;
}

/** The ministry view: one target at a time, Jobcenters with distance and status, details on click. */
export function MinistryTable({ results, aggregate, selected, onSelect }: MinistryTableProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const ids = useMemo(() => {
    const seen: string[] = [];
    for (const r of results) for (const e of r.evaluation?.targets ?? []) if (!seen.includes(e.target.id)) seen.push(e.target.id);
    return seen;
  }, [results]);
  const [chosen, setChosen] = useState<string | null>(null);
  const id = chosen && ids.includes(chosen) ? chosen : (ids[0] ?? "");
  const [sort, setSort] = useState<SortCol>("distance");
  const [ascending, setAscending] = useState(true);
  const [open, setOpen] = useState<string | null>(null);

  const sorted = useMemo(() => {
    const name = (r: JobcenterResult) => jobcenterLabel(r.jobcenter, "");
    const rows = [...results];
    rows.sort((a, b) => {
      const ea = evalOf(a, id);
      const eb = evalOf(b, id);
      let c = 0;
      if (sort === "distance") {
        // ascending: worst first, by the target's direction ("höchstens": the highest distance first)
        const da = ea ? worseFirstKey(ea) : null;
        const db = eb ? worseFirstKey(eb) : null;
        // without a distance (no data, no agreement) always last
        if (da === null || db === null) return da === null && db === null ? name(a).localeCompare(name(b), "de") : da === null ? 1 : -1;
        c = da - db;
      } else if (sort === "status") c = (ea ? SEVERITY[ea.status] : 9) - (eb ? SEVERITY[eb.status] : 9);
      if (c === 0) c = sort === "jobcenter" ? name(a).localeCompare(name(b), "de") : 0;
      if (c === 0) c = name(a).localeCompare(name(b), "de");
      return ascending ? c : -c;
    });
    return rows;
  }, [results, id, sort, ascending]);

  const click = (col: SortCol) => {
    if (col === sort) setAscending(!ascending);
    else {
      setSort(col);
      setAscending(true);
    }
  };
  const dir = (col: SortCol) => (col === sort ? (ascending ? "ascending" : "descending") : undefined);
  const target = results.map((r) => evalOf(r, id)).find((e) => e !== null)?.target;

  /** A row's name button (opens its details) and the details row below it: one shape for every row. */
  const nameButton = (key: string, label: string) => (
    <Button appearance="transparent" size="small" className={styles.name} aria-expanded={open === key} onClick={() => setOpen(open === key ? null : key)}>
      {label}
    </Button>
  );
  const details = (key: string, items: Detail[], footer?: ReactNode) =>
    open === key && (
      <TableRow>
        <TableCell colSpan={3}>
          <dl className={styles.details} data-testid={`ministry-details-${key}`}>
            {items.map((d) => (
              <Fragment key={d.label}>
                <dt className={styles.dt}>{d.label}</dt>
                <dd className={styles.dd} data-field={d.field}>
                  {d.value}
                </dd>
              </Fragment>
            ))}
          </dl>
          {footer}
        </TableCell>
      </TableRow>
    );

  /** The summed figures for the chosen target's indicator: change and JFW, no distance or status (no agreement for all). */
  const aggregateRow = (all: Evaluation) => {
    const key = "__all__";
    const m: MonitoringEvaluation | null = target ? (all.monitoring.find((x) => x.item.indicator === target.indicator) ?? null) : null;
    return (
      <Fragment key={key}>
        <TableRow className={styles.aggregate} data-testid={`ministry-row-${key}`}>
          <TableCell>{nameButton(key, t.allJobcenters)}</TableCell>
          <TableCell className={styles.num} data-field="distance">
            –
          </TableCell>
          <TableCell data-field="status">–</TableCell>
        </TableRow>
        {details(key, [
          { label: t.change, field: "change", value: m ? formatChange(m.changeUnit, m.change, lang) : "–" },
          { label: t.jfw, field: "jfw", value: m ? formatLevel(m.item.indicator, m.current, lang) : "–" },
        ])}
      </Fragment>
    );
  };

  const row = (r: JobcenterResult) => {
    const ev = evalOf(r, id);
    const key = r.jobcenter.key;
    const att = ev ? attainmentParts(ev, lang) : null;
    const noAgreement = r.hasAgreement === false;
    const items: Detail[] = [
      { label: t.change, field: "change", value: ev ? formatChange(ev.target.unit, ev.change, lang) : "–" },
      { label: t.target, field: "target", value: ev ? formatTarget(ev.target, lang) : t.noAgreement },
      { label: t.jfw, field: "jfw", value: ev ? formatLevel(ev.target.indicator, ev.current, lang) : "–" },
      { label: t.inYearTarget, field: "inYearTarget", value: ev ? formatLevel(ev.target.indicator, ev.inYearTarget, lang) : "–" },
      ...(att ? [{ label: t.attainment, field: "attainment", value: t.attainmentOf(...att) }] : []),
    ];
    return (
      <Fragment key={key}>
        <TableRow data-testid={`ministry-row-${key}`} aria-selected={key === selected ? true : undefined}>
          <TableCell>{nameButton(key, jobcenterLabel(r.jobcenter, t.noJobcenter))}</TableCell>
          <TableCell className={styles.num} data-field="distance">
            {distanceText(ev, lang)}
          </TableCell>
          <TableCell data-field="status">{ev ? <StatusBadge status={ev.status} /> : noAgreement ? t.noAgreement : "–"}</TableCell>
        </TableRow>
        {details(
          key,
          items,
          key !== selected && (
            <Button size="small" onClick={() => onSelect(r.jobcenter.key)}>
              {t.showJobcenter}
            </Button>
          ),
        )}
      </Fragment>
    );
  };

  if (ids.length === 0) return null;
  return (
    <div className={styles.root}>
      <Field label={t.target}>
        <Dropdown value={id} selectedOptions={[id]} onOptionSelect={(_, d) => d.optionValue && setChosen(d.optionValue)} size="small" data-testid="ministry-target">
          {ids.map((x) => (
            <Option key={x} value={x}>
              {x}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {target && (
        <Caption1>
          {target.id}: {formatTarget(target, lang)} · {t.distanceHint} · {msg("chart.better", { direction: target.direction }, lang)}
        </Caption1>
      )}
      <Table className={styles.table} sortable size="small" aria-label={t.ministryView} data-testid="ministry-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.jc} sortDirection={dir("jobcenter")} onClick={() => click("jobcenter")}>
              {t.jobcenter}
            </TableHeaderCell>
            <TableHeaderCell sortDirection={dir("distance")} onClick={() => click("distance")}>
              {t.distance}
              {sort === "distance" && (
                <Caption1 className={styles.sortNote} data-testid="distance-sort">
                  {ascending ? t.worstFirst : t.bestFirst}
                </Caption1>
              )}
            </TableHeaderCell>
            <TableHeaderCell sortDirection={dir("status")} onClick={() => click("status")}>
              {t.status}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {aggregate && aggregateRow(aggregate)}
          {sorted.map((r) => row(r))}
        </TableBody>
      </Table>
    </div>
  );
}

