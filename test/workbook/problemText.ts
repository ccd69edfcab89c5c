/** The German and English text of a detection problem: the one place tests read a problem's wording. */
import type { Problem } from "../../src/workbook/types";

export const de = (p: Problem): string => p.message;
export const en = (p: Problem): string => p.messageEn;
