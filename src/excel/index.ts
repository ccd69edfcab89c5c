export { OfficeHost, splitAddress } from "./OfficeHost";
export { readWorkbookData, CELLS_PER_CHUNK, supports } from "./readWorkbook";
export { applyHighlightPlan, removeRecordedHighlights, HIGHLIGHTS_KEY, RULE_FORMULA, type HighlightRecord } from "./highlights";
export { writeLayouts, layoutMatrices, formatRuns, headerParts, deleteOwnedSheet, OWNED_SHEETS_KEY, OWNED_MARK_KEY, OWNED_MARK_VALUE } from "./writeLayout";
export { loadSetting, saveSetting } from "./settings";
export { ZielmonitorExcelError } from "./errors";
