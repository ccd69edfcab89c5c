/** `raw` resolved against the page's origin, or null when it points at another origin (or is no URL). */
export function sameOriginUrl(raw: string, origin: string): string | null {
  try {
    const url = new URL(raw, `${origin}/`);
    return url.origin === origin && (url.protocol === "http:" || url.protocol === "https:") ? url.href : null;
  } catch {
    return null;
  }
}
