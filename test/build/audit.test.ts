/** scripts/audit.js: CI fails on high or critical advisories in what ships, and goes on (with the reason) when the audit service is unreachable. */
import path from "path";

const { judgeAudit } = require(path.resolve(__dirname, "../../scripts/audit.js")) as {
  judgeAudit(stdout: string, stderr: string): { ok: boolean; message: string };
};

const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

test("passes with only low and moderate advisories, naming the counts", () => {
  const v = judgeAudit(report({ low: 2, moderate: 1 }), "");
  expect(v.ok).toBe(true);
  expect(v.message).toContain("mittel 1, niedrig 2");
});

test("fails on a high or a critical advisory and names the package", () => {
  const high = judgeAudit(report({ high: 1 }, { xlsx: { severity: "high" } }), "");
  expect(high).toEqual({ ok: false, message: expect.stringContaining("xlsx (high)") });
  expect(judgeAudit(report({ critical: 1 }, { foo: { severity: "critical" } }), "").ok).toBe(false);
});

test("logs the reason and goes on when the audit service cannot be reached", () => {
  const unreachable = judgeAudit(JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" }), "");
  expect(unreachable.ok).toBe(true);
  expect(unreachable.message).toMatch(/nicht erreichbar.*405 Method Not Allowed/);
  const offline = judgeAudit("", "npm error code ENOTFOUND\nnpm error getaddrinfo ENOTFOUND registry.npmjs.org");
  expect(offline).toEqual({ ok: true, message: expect.stringContaining("ENOTFOUND registry.npmjs.org") });
});
