/** Text and attribute values of XML as the scanner (./xmlScanner) reads them: entities, references, line ends. */

/** The scanner cannot read this part (or it is malformed): read it with saxes instead. */
export class ScanFallback extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "ScanFallback";
  }
}

const fail = (why: string): never => {
  throw new ScanFallback(why);
};

function entity(name: string): string {
  switch (name) {
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  return fail("unknown entity");
}

function validChar(n: number): boolean {
  return n === 9 || n === 10 || n === 13 || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);
}

/**
 * Whether s[from, to) needs no decoding: no `&`, no line end or tab, no `<`, no `]` (of a `]]>`). Every
 * character is checked on the way: one XML forbids (a control character, U+FFFE, U+FFFF; TextDecoder
 * leaves no lone surrogates) throws ScanFallback.
 */
export function plain(s: string, from: number, to: number): boolean {
  let plain = true;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 32) {
      if (c !== 9 && c !== 10 && c !== 13) fail("forbidden character");
      plain = false;
    } else if (c === 38 || c === 60 || c === 93) plain = false;
    else if (c >= 0xfffe) fail("forbidden character");
  }
  return plain;
}

/** Line ends as XML reads them: `\r\n` and `\r` become `\n`; in attribute values, tab and line ends a space. */
export function normalise(raw: string, attribute: boolean): string {
  const s = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  return attribute && /[\t\n]/.test(s) ? s.replace(/[\t\n]/g, " ") : s;
}

/** Text or an attribute value with its entities and character references replaced. */
export function decodeXml(raw: string, attribute: boolean): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw.indexOf("\r") < 0 && !(attribute && /[\t\n]/.test(raw)) ? raw : normalise(raw, attribute);
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(";", amp);
    if (semi < 0) fail("entity without ;");
    out += normalise(raw.slice(from, amp), attribute);
    const name = raw.slice(amp + 1, semi);
    if (name.charCodeAt(0) === 35) {
      const hex = name.charCodeAt(1) === 120;
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) fail("bad character reference");
      const code = parseInt(digits, hex ? 16 : 10);
      if (!validChar(code)) fail("character reference to a forbidden character");
      out += String.fromCodePoint(code);
    } else {
      out += entity(name);
    }
    from = semi + 1;
    amp = raw.indexOf("&", from);
  }
  return out + normalise(raw.slice(from), attribute);
}

