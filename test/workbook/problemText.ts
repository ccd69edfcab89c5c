/** The German and English text of a detection problem: the one place tests read a problem's wording. */
import { text } from "../../src/domain/messages";
import type { Problem } from "../../src/workbook/types";

export const de = (p: Problem): string => text(p.message, "de");
export const en = (p: Problem): string => text(p.message, "en");
