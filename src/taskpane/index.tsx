// Placeholder entry, replaced by the task pane implementation.
export {};
