import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Status } from "../../domain/evaluation";
import type { JobcenterResult } from "../useWorkbookModel";
import { useI18n } from "../i18n";
import { StatusBadge } from "./StatusBadge";
import { jobcenterLabel } from "./ReportControls";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  // natural column widths; the pane scrolls sideways rather than squeezing the badges
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  first: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground2, whiteSpace: "nowrap" },
});

/** Worst first when sorting by a target: the ministry looks for Jobcenters needing attention. */
const SEVERITY: Record<Status, number> = { missed: 0, atRisk: 1, noData: 2, onTrack: 3, met: 4, monitoring: 5 };

function statusOf(r: JobcenterResult, id: string): Status | null {
  return r.evaluation?.targets.find((e) => e.target.id === id)?.status ?? null;
}

type SortKey = { col: "jobcenter" } | { col: "target"; id: string };

/** The ministry view: Jobcenters × targets with status badges, sortable by any column. */
export function MinistryTable({ results, onSelect }: { results: JobcenterResult[]; onSelect(key: string): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [sort, setSort] = useState<SortKey>({ col: "jobcenter" });
  const [ascending, setAscending] = useState(true);
  const ids = useMemo(() => {
    const seen: string[] = [];
    for (const r of results) for (const e of r.evaluation?.targets ?? []) if (!seen.includes(e.target.id)) seen.push(e.target.id);
    return seen;
  }, [results]);

  const sorted = useMemo(() => {
    const rows = [...results];
    rows.sort((a, b) => {
      let c: number;
      if (sort.col === "jobcenter") c = jobcenterLabel(a.jobcenter, "").localeCompare(jobcenterLabel(b.jobcenter, ""), "de");
      else {
        const sa = statusOf(a, sort.id);
        const sb = statusOf(b, sort.id);
        c = (sa === null ? 9 : SEVERITY[sa]) - (sb === null ? 9 : SEVERITY[sb]);
        if (c === 0) c = jobcenterLabel(a.jobcenter, "").localeCompare(jobcenterLabel(b.jobcenter, ""), "de");
      }
      return ascending ? c : -c;
    });
    return rows;
  }, [results, sort, ascending]);

  const click = (key: SortKey) => {
    const same = key.col === sort.col && (key.col === "jobcenter" || (sort.col === "target" && sort.id === key.id));
    if (same) setAscending(!ascending);
    else {
      setSort(key);
      setAscending(true);
    }
  };
  const dir = (key: SortKey) => {
    const same = key.col === sort.col && (key.col === "jobcenter" || (sort.col === "target" && sort.id === key.id));
    return same ? (ascending ? "ascending" : "descending") : undefined;
  };

  return (
    <div className={styles.wrap}>
      <Table className={styles.table} sortable size="small" aria-label={t.ministryView} data-testid="ministry-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.first} sortDirection={dir({ col: "jobcenter" })} onClick={() => click({ col: "jobcenter" })}>
              {t.jobcenter}
            </TableHeaderCell>
            {ids.map((id) => (
              <TableHeaderCell key={id} className={styles.nowrap} sortDirection={dir({ col: "target", id })} onClick={() => click({ col: "target", id })}>
                {id}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((r) => (
            <TableRow key={r.jobcenter.key}>
              <TableCell className={styles.first}>
                <Link onClick={() => onSelect(r.jobcenter.key)}>{jobcenterLabel(r.jobcenter, t.noJobcenter)}</Link>
              </TableCell>
              {ids.map((id) => {
                const s = statusOf(r, id);
                return (
                  <TableCell key={id} className={styles.nowrap}>
                    {s ? <StatusBadge status={s} /> : "–"}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
