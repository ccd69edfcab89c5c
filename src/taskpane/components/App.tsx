/**
 * The task pane's shell, all its first paint shows: title, language switch, "Aktualisieren" with the time
 * of the last read, the progress of the read or why it failed. The figures (WorkbookView: report
 * controls and tabs, with the engine and the detector) load as their own chunk once a workbook is read.
 */
import { Button, Caption1, ProgressBar, Field, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { LOCALES, OTHER_LANG } from "../../domain/messages/locale";
import type { WorkbookHost } from "../../workbook/host";
import type { Engine } from "../engine";
import { useI18n } from "../i18n";
import { useWorkbookRead } from "../useWorkbookRead";
import { Message, Part, WorkbookView } from "./lazyParts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100%",
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  freshness: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

export interface AppProps {
  host: WorkbookHost;
  /** The engine (tests pass a fake); the real one loads with the figures. */
  engine?: Engine;
}

/** The task pane: read → detect → evaluate, shown per goal, with mapping, targets and outputs. */
export function App({ host, engine }: AppProps) {
  const styles = useStyles();
  const { t, lang, setLang } = useI18n();
  const read = useWorkbookRead(host);

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Caption1>
            {t.appSubtitle}
            {host.title ? ` · ${host.title}` : ""}
          </Caption1>
        </div>
        {/* the accessible name is the visible word ("English"); the title says what it does */}
        <Button size="small" appearance="subtle" onClick={() => setLang(OTHER_LANG[lang])} title={t.language} lang={OTHER_LANG[lang]}>
          {t.otherLanguage}
        </Button>
      </header>

      {/* Always there: read the workbook again; says when the figures shown were read. */}
      <div className={styles.freshness} aria-live="polite">
        <Caption1>{read.readAt ? `${t.readAt} ${read.readAt.toLocaleTimeString(LOCALES[lang].intl, { hour: "2-digit", minute: "2-digit" })}` : ""}</Caption1>
        <Button size="small" onClick={read.reload}>
          {t.refresh}
        </Button>
      </div>

      {read.phase === "loading" && (
        <Field label={t.reading} hint={read.progress.label} validationState="none">
          <ProgressBar value={read.progress.fraction > 0 ? read.progress.fraction : undefined} max={1} />
        </Field>
      )}

      {read.phase === "error" && (
        <Message intent="error" actions={<Button onClick={read.reload}>{t.reload}</Button>}>
          {t.readFailed} {read.error}
        </Message>
      )}

      {/* the figures, with the engine, load once there is a workbook; kept (hidden) while a re-read failed */}
      {read.workbook && (
        <Part label={t.loading}>
          <WorkbookView host={host} read={read} engine={engine} hidden={read.phase !== "ready"} />
        </Part>
      )}
    </main>
  );
}
