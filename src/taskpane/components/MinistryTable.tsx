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
import { Fragment, useMemo, useState } from "react";
import { formatChange, formatLevel, formatTarget } from "../../domain/display";
import type { Evaluation, MonitoringEvaluation, Status, TargetEvaluation } from "../../domain/evaluation";
import { formatNumberDe, formatPercent } from "../../domain/numbers";
import type { JobcenterResult } from "../useWorkbookModel";
import { useI18n } from "../i18n";
import { attainmentOf, distanceOf } from "../ministry";
import { StatusBadge } from "./StatusBadge";
import { jobcenterLabel } from "./ReportControls";

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
});

/** Worst first when sorting by status: the ministry looks for Jobcenters needing attention. */
const SEVERITY: Record<Status, number> = { missed: 0, atRisk: 1, noData: 2, onTrack: 3, met: 4, monitoring: 5 };

type SortCol = "jobcenter" | "distance" | "status";

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
        const da = ea ? distanceOf(ea) : null;
        const db = eb ? distanceOf(eb) : null;
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
  const distanceText = (ev: TargetEvaluation | null) => {
    const d = ev ? distanceOf(ev) : null;
    if (d === null || !ev) return "–";
    return ev.target.unit === "count" ? formatChange("count", d, lang) : formatChange(ev.target.unit, d, lang);
  };

  /** The summed figures for the chosen target's indicator: change and JFW, no distance or status (no agreement for all). */
  const aggregateRow = (all: Evaluation) => {
    const key = "__all__";
    const m: MonitoringEvaluation | null = target ? (all.monitoring.find((x) => x.item.indicator === target.indicator) ?? null) : null;
    return (
      <Fragment key={key}>
        <TableRow className={styles.aggregate} data-testid={`ministry-row-${key}`}>
          <TableCell>
            <Button appearance="transparent" size="small" className={styles.name} aria-expanded={open === key} onClick={() => setOpen(open === key ? null : key)}>
              {t.allJobcenters}
            </Button>
          </TableCell>
          <TableCell className={styles.num} data-field="distance">
            –
          </TableCell>
          <TableCell data-field="status">–</TableCell>
        </TableRow>
        {open === key && (
          <TableRow>
            <TableCell colSpan={3}>
              <dl className={styles.details} data-testid={`ministry-details-${key}`}>
                <dt className={styles.dt}>{t.change}</dt>
                <dd className={styles.dd} data-field="change">
                  {m ? formatChange(m.changeUnit, m.change, lang) : "–"}
                </dd>
                <dt className={styles.dt}>{t.jfw}</dt>
                <dd className={styles.dd} data-field="jfw">
                  {m ? formatLevel(m.item.indicator, m.current, lang) : "–"}
                </dd>
              </dl>
            </TableCell>
          </TableRow>
        )}
      </Fragment>
    );
  };

  const row = (r: JobcenterResult) => {
    const ev = evalOf(r, id);
    const key = r.jobcenter.key;
    const att = ev ? attainmentOf(ev) : null;
    const noAgreement = r.hasAgreement === false;
    return (
      <Fragment key={key}>
        <TableRow data-testid={`ministry-row-${key}`} aria-selected={key === selected ? true : undefined}>
          <TableCell>
            <Button
              appearance="transparent"
              size="small"
              className={styles.name}
              aria-expanded={open === key}
              onClick={() => setOpen(open === key ? null : key)}
            >
              {jobcenterLabel(r.jobcenter, t.noJobcenter)}
            </Button>
          </TableCell>
          <TableCell className={styles.num} data-field="distance">
            {distanceText(ev)}
          </TableCell>
          <TableCell data-field="status">{ev ? <StatusBadge status={ev.status} /> : noAgreement ? t.noAgreement : "–"}</TableCell>
        </TableRow>
        {open === key && (
          <TableRow>
            <TableCell colSpan={3}>
              <dl className={styles.details} data-testid={`ministry-details-${key}`}>
                <dt className={styles.dt}>{t.change}</dt>
                <dd className={styles.dd}>{ev ? formatChange(ev.target.unit, ev.change, lang) : "–"}</dd>
                <dt className={styles.dt}>{t.target}</dt>
                <dd className={styles.dd}>{ev ? formatTarget(ev.target, lang) : t.noAgreement}</dd>
                <dt className={styles.dt}>{t.jfw}</dt>
                <dd className={styles.dd}>{ev ? formatLevel(ev.target.indicator, ev.current, lang) : "–"}</dd>
                {att !== null && ev && (
                  <>
                    <dt className={styles.dt}>{t.attainment}</dt>
                    <dd className={styles.dd} data-field="attainment">
                      {t.attainmentOf(formatNumberDe(ev.current ?? 0, 0, lang), formatNumberDe(ev.target.value, 0, lang), formatPercent(att, 1, false, lang))}
                    </dd>
                  </>
                )}
              </dl>
              {key !== selected && (
                <Button size="small" onClick={() => onSelect(r.jobcenter.key)}>
                  {t.showJobcenter}
                </Button>
              )}
            </TableCell>
          </TableRow>
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
          {target.id}: {formatTarget(target, lang)} · {t.distanceHint}
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

