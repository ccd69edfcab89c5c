/**
 * Holds the agreement parser once loaded: it lives in its own chunk (with the agreement paste) because
 * the first paint does not need it. `realEngine.parseAgreement` (engine.ts) uses `loadedAgreementParser`.
 */
import type { ParsedAgreement } from "./parsedAgreement";

let parser: ((text: string) => ParsedAgreement) | null = null;

/** Loads the agreement parser; the agreement paste loads it together with its component. */
export async function loadAgreementParser(): Promise<void> {
  if (parser) return;
  const m = await import(/* webpackChunkName: "pane-agreement" */ "./agreementParser");
  parser = m.parseAgreementForPane;
}

/** The loaded parser; an error (not a silent empty result) when it has not been loaded. */
export function loadedAgreementParser(): (text: string) => ParsedAgreement {
  if (!parser) throw new Error("Der Vereinbarungsleser ist noch nicht geladen / the agreement parser is not loaded yet");
  return parser;
}
