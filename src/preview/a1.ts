/** A1 addresses ↔ 0-based sheet coordinates, for the preview's viewer and host. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function areaAddress(a: Area): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

function parseCell(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(s.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "C5:C40" / "B7" / "Blatt!C5" → area; null when not an address. */
export function parseArea(address: string): Area | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function normalizeArea(r1: number, c1: number, r2: number, c2: number): Area {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
