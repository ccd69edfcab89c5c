/**
 * Enough of Excel's number formats for the preview's viewer: sections (pos;neg;zero), literals in
 * quotes, "+"/"-" prefixes, "%" (×100), decimals and thousands grouping, shown in German notation; dates
 * as MM.JJJJ. Anything else falls back to the plain German number.
 */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function unquoted(s: string): string {
  return s.replace(/"[^"]*"/g, "");
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = unquoted(fmt).replace(/\[[^\]]*\]/g, "");
  return /[ymd]/i.test(bare) && !/[#0]/.test(bare);
}

function literal(s: string): string {
  return s
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

export function formatCellNumber(v: number, fmt: string | undefined): string {
  if (isDateFormat(fmt) && v > 59 && v < 80000) {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return `${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
  }
  const plain = () => v.toLocaleString("de-DE", { maximumFractionDigits: 4 });
  if (!fmt || /^(General|@|Standard)$/i.test(fmt.trim())) return plain();
  const sections = splitSections(fmt);
  let section = sections[0];
  let value = v;
  if (v < 0 && sections.length > 1) {
    section = sections[1];
    value = -v;
  } else if (v === 0 && sections.length > 2) section = sections[2];
  const bare = unquoted(section);
  const m = /[#0][#0,.]*/.exec(bare);
  if (!m) return plain();
  const pattern = m[0];
  // position of the pattern in the section with quotes kept
  let idx = -1;
  let quoted = false;
  for (let i = 0; i < section.length; i++) {
    if (section[i] === '"') quoted = !quoted;
    if (!quoted && section.startsWith(pattern, i)) {
      idx = i;
      break;
    }
  }
  if (idx < 0) return plain();
  const prefix = literal(section.slice(0, idx));
  const suffix = literal(section.slice(idx + pattern.length));
  if (bare.includes("%")) value *= 100;
  const decimals = pattern.includes(".") ? pattern.split(".")[1].replace(/[^0#]/g, "").length : 0;
  const grouping = pattern.split(".")[0].includes(",");
  const body = value.toLocaleString("de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
  return `${prefix}${body}${suffix.replace(/^%/, " %")}`;
}
