/**
 * The one Content-Security-Policy of Zielmonitor's pages: the build's meta tags (webpack.config.js) and
 * the preview server's header (scripts/preview-server.ts). Plain CommonJS so webpack.config.js can require it.
 */
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";

/**
 * `officeJsHost` adds Microsoft's office.js host for scripts and the connections office.js itself makes
 * (its strings and host files); styles may be inline because Fluent UI injects its CSS at run time;
 * `devServer` allows the dev server's live-reload socket; `header` adds what only a header can carry
 * (frame-ancestors is ignored in a meta tag).
 */
function contentSecurityPolicy({ officeJsHost = false, devServer = false, header = false } = {}) {
  const office = officeJsHost ? ` ${OFFICE_JS_HOST}` : "";
  const socket = devServer ? " wss://localhost:*" : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    `connect-src 'self'${office}${socket}`,
    `frame-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    ...(header ? ["frame-ancestors 'self'"] : []),
  ].join("; ");
}

module.exports = { contentSecurityPolicy, OFFICE_JS_HOST };
