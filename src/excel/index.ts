export { OfficeHost, splitAddress } from "./OfficeHost";
export { readWorkbookData, CELLS_PER_CHUNK } from "./readWorkbook";
export { applyHighlightPlan, removeRecordedHighlights, HIGHLIGHTS_KEY } from "./highlights";
export { writeLayouts, layoutMatrices, headerParts, deleteOwnedSheet, OWNED_SHEETS_KEY } from "./writeLayout";
export { loadSetting, saveSetting } from "./settings";
