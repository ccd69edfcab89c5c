/**
 * The preview's output builders. Uses the local plain renderings until the shared layouts of
 * src/workbook/outputs/ are wired here.
 */
import { LOCAL_OUTPUTS, type OutputBuilders } from "./PreviewHost";

export const previewOutputs: OutputBuilders = LOCAL_OUTPUTS;
