/**
 * The words agreements use, in lower case: directions, limits, tenses, negations, units. Each check is a
 * lookup or a prefix test on one word, so the sentence analysis stays linear in the number of words.
 */

/** A set of words written as one line of text. */
const words = (list: string) => new Set(list.split(" "));

/** A per-word function remembered for the words seen (agreements repeat their words); bounded in size. */
export function memo<T>(f: (w: string) => T, limit = 50_000): (w: string) => T {
  const cache = new Map<string, T>();
  return (w) => {
    let v = cache.get(w);
    if (v === undefined) {
      v = f(w);
      if (cache.size < limit) cache.set(w, v);
    }
    return v;
  };
}
const startsWithAny = (w: string, stems: readonly string[]) => stems.some((s) => w.startsWith(s));

const UP_STEMS = [
  "steig",
  "gesteiger",
  "erhöh",
  "zunehm",
  "zunimm",
  "zunahme",
  "zuwachs",
  "wächst",
  "wachsen",
  "anwachs",
  "anstieg",
  "ansteig",
  "aufwuchs",
  "aufbau",
  "ausbau",
  "ausgebaut",
  "ausweit",
];
const UP_WORDS = words("plus");
const DOWN_STEMS = [
  "verringer",
  "sinkt",
  "sinken",
  "senk",
  "gesenkt",
  "absenk",
  "absink",
  "reduzier",
  "reduktion",
  "abgebaut",
  "abbau",
  "zurückgeh",
  "zurückzuführ",
  "zurückgeführt",
  "rückgang",
  "rückläufig",
  "abnehm",
  "abnimm",
  "abnahme",
  "verminder",
  "vermindert",
  "minderung",
  "senkung",
];
const DOWN_WORDS = words("minus");
const BETTER_STEMS = ["verbesser"];
const WORSE_STEMS = ["verschlechter"];

export type Movement = "up" | "down" | "better" | "worse";

/** The direction a word states, if any ("steigern" → up, "Rückgang" → down, "verbessern" → better). */
export const movementOfWord = memo(movementOfWordUncached);

function movementOfWordUncached(w: string): Movement | null {
  if (PAST_WORDS.has(w)) return null;
  if (startsWithAny(w, BETTER_STEMS)) return "better";
  if (startsWithAny(w, WORSE_STEMS)) return "worse";
  if (UP_WORDS.has(w) || startsWithAny(w, UP_STEMS)) return "up";
  if (DOWN_WORDS.has(w) || startsWithAny(w, DOWN_STEMS)) return "down";
  return null;
}

/** Nouns of change: "eine Steigerung von 2 %" is a change, "eine Quote von 21 %" a level. */
export function isChangeNoun(w: string): boolean {
  return /^(steigerung|erhöhung|zuwachs|anstieg|zunahme|aufwuchs|rückgang|verringerung|reduzierung|reduktion|senkung|abbau|abnahme|minderung|veränderung|verbesserung|verschlechterung)/.test(
    w,
  );
}

/** Past tense and perfect participles: a sentence with one reports a result, it sets no target. */
export const PAST_WORDS = words(
  "stieg stiegen sank sanken lag lagen betrug betrugen wuchs wuchsen fiel fielen gestiegen gesunken gewachsen gefallen zurückgegangen abgenommen zugenommen angestiegen ging gingen nahm nahmen war waren wurde wurden hatte hatten konnte konnten erreichte erreichten erzielte erzielten verringerte verringerten erhöhte erhöhten steigerte steigerten reduzierte reduzierten verzeichnete verzeichneten belief beliefen verbesserte verbesserten verschlechterte verschlechterten vergangenen zuletzt bisher",
);

/** Words that make a statement hypothetical. */
export const HYPOTHETICAL_WORDS = words(
  "falls sofern würde würden wäre wären hätte hätten könnte könnten gegebenenfalls ggf angenommen hypothetisch etwaig etwaige",
);

/** Negations ("nicht" only where it is not part of a limit such as "nicht mehr als"). */
export const NEGATION_WORDS = words("nicht kein keine keinen keiner keinem keines nie niemals weder keinesfalls");

/** After "nicht": the limit phrases, with the limit they state. */
export const NOT_LIMITS: Record<string, "min" | "max"> = {
  mehr: "max",
  höher: "max",
  stärker: "max",
  größer: "max",
  über: "max",
  überschreiten: "max",
  übersteigen: "max",
  weniger: "min",
  niedriger: "min",
  geringer: "min",
  kleiner: "min",
  unter: "min",
  unterschreiten: "min",
};

export const MIN_WORDS = words("mindestens wenigstens zumindest mind minimal");
export const MAX_WORDS = words("höchstens maximal max allenfalls äußerstenfalls");

/** Words that say a sentence sets a target. */
export const TARGET_WORDS = words(
  "ziel ziele zielwert zielwerte zielgröße soll sollen sollte sollten angestrebt strebt streben anstreben vereinbart vereinbaren verpflichtet beabsichtigt plant planen mindestens wenigstens höchstens maximal",
);

/** Level verbs: "soll mindestens 21 % betragen", "wenigstens 21,0 % erreichen". */
export const LEVEL_WORDS = words("beträgt betragen betrage erreichen niveau zielniveau zielquote liegen liegt halten hält");

/** "bleibt gleich", "konstant", "Vorjahresniveau": no change in the bad direction. */
export function isSameWord(w: string): boolean {
  return w === "gleich" || w === "konstant" || w === "stabil" || w === "unverändert" || w.startsWith("vorjahresniveau");
}

export const MONITORING_WORDS = ["monitoring", "beobachtet", "beobachtung", "nachhaltung", "nachgehalten", "analysefeld", "beobachten"];

/** Words before a number that make it a reference, not a figure: "§ 48", "Abs. 1", "Seite 3". */
export const REFERENCE_WORDS = words(
  "§ §§ abs absatz satz s nr nummer ziffer ziff art artikel anlage seite seiten kapitel kap tz rn randnummer buchstabe teil abschnitt anhang tabelle tab abbildung abb fußnote punkt nrn vom az aktenzeichen tel telefon fax postfach",
);

export const MONTHS = words(
  "januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez",
);

/** Abbreviations after which "." ends no sentence. */
export const ABBREVIATIONS = words(
  "abs nr bzw ggf vgl pp ca max mind mio mrd tsd dr hr fr gem lt ziff inkl evtl usw sog st str art kap anl rd bspw zzgl abzgl ppkt pkt vs prof jan feb mär apr jun jul aug sep sept okt nov dez bzgl insb einschl ff tab abb tel geb allg lfd",
);

export type WrittenUnit = "percent" | "points" | "count" | "euro";

/** The unit word after a number; `skip` tokens belong to it. */
export function unitWord(w: string): WrittenUnit | null {
  if (
    w.startsWith("prozentpunkt") ||
    w.startsWith("prozent-punkt") ||
    w === "pp" ||
    w === "ppkt" ||
    w === "pkt" ||
    w.startsWith("punkte") ||
    w === "pp-punkte" ||
    w === "prozentpkt"
  )
    return "points";
  if (w === "prozent" || w === "vh") return "percent";
  if (w.startsWith("integration") && !w.startsWith("integrationsquote")) return "count";
  if (
    /^(personen|menschen|leistungsberechtigte|elb|fälle|langzeitleistungsbeziehende|lzb|bedarfsgemeinschaften|frauen|männer|eingliederungen|arbeitsaufnahmen)$/.test(
      w,
    )
  )
    return "count";
  if (w === "euro" || w === "eur" || w === "mio" || w === "millionen" || w === "tsd" || w === "mrd") return "euro";
  return null;
}

export const WOMEN_WORDS = words("frauen weiblich weibliche weiblichen weiblicher");
export const MEN_WORDS = words("männer männern maenner maennern männlich männliche männlichen männlicher");
