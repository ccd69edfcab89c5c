import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { text } from "../../domain/messages";
import type { Problem } from "../../workbook/types";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const INTENT = { error: "error", warning: "warning", info: "info" } as const;

/** Detection problems in plain language, each naming its sheet and cell with a link to show it. */
export function ProblemsList({ problems, onGoTo }: { problems: readonly Problem[]; onGoTo(sheet: string, cell: string): void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  if (problems.length === 0) return <Text>{t.noProblems}</Text>;
  const severity = { error: t.severityError, warning: t.severityWarning, info: t.severityInfo };
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...problems].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <div className={styles.root} data-testid="problems">
      {sorted.map((p, i) => {
        const where = p.sheet ? (p.cell ? `${p.sheet}!${p.cell}` : p.sheet) : null;
        return (
          <MessageBar key={i} intent={INTENT[p.severity]} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {severity[p.severity]}
                {where ? ` (${where})` : ""}
              </MessageBarTitle>{" "}
              {text(p.message, lang)}{" "}
              {p.sheet && (
                <Link onClick={() => onGoTo(p.sheet as string, p.cell ?? "A1")} aria-label={`${t.showInSheet}: ${where}`}>
                  {t.showInSheet}
                </Link>
              )}
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
