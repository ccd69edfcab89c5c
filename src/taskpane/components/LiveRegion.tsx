import type { ReactNode } from "react";

/**
 * A region screen readers announce when its content changes. It is always rendered (an aria-live
 * region that appears together with its message is often not announced), the message goes inside.
 */
export function LiveRegion({ children, testId }: { children?: ReactNode; testId?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {children}
    </div>
  );
}
