// Placeholder entry, replaced by the preview implementation.
export {};
