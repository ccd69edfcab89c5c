/** Types of scripts/csp.js (plain CommonJS so webpack.config.js can require it). */
export const OFFICE_JS_HOST: string;
export function contentSecurityPolicy(options?: { officeJsHost?: boolean; devServer?: boolean; header?: boolean }): string;
