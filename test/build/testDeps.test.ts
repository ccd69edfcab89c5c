/**
 * scripts/test-deps.sh, the first step of `npm test`: installs the missing system programs with apt-get
 * as root, otherwise stops at once with the one command to run. Run here with a PATH of stand-ins, so
 * soffice and pdftoppm are missing (chromium is still found at /usr/bin/chromium where it exists).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SCRIPT = resolve(__dirname, "../../scripts/test-deps.sh");
const BASH = ["/usr/bin/bash", "/bin/bash"].find(existsSync)!;

function fakeBin(uid: number): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), "zm-bin-"));
  const log = join(dir, "apt.log");
  const script = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!${BASH}\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  symlinkSync(BASH, join(dir, "bash"));
  script("id", `echo ${uid}`);
  script("apt-get", `echo "$@" >> ${log}`);
  return { dir, log };
}

const run = (dir: string) => spawnSync(BASH, [SCRIPT], { env: { PATH: dir }, encoding: "utf8" });

test("without root it stops at once and names the one command to run", () => {
  const { dir, log } = fakeBin(1000);
  const r = run(dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("sudo apt-get install -y");
  expect(r.stderr).toMatch(/libreoffice-calc poppler-utils/);
  expect(existsSync(log)).toBe(false); // nothing attempted
});

test("as root with apt-get it installs what is missing", () => {
  const { dir, log } = fakeBin(0);
  const r = run(dir);
  expect(r.status).toBe(0);
  const calls = readFileSync(log, "utf8").trim().split("\n");
  expect(calls[0]).toMatch(/update/);
  expect(calls[1]).toMatch(/^install -y .*libreoffice-calc poppler-utils fonts-dejavu-core$/);
});

test("with everything present it does nothing", () => {
  const r = spawnSync(BASH, [SCRIPT], { encoding: "utf8" });
  if (r.status !== 0) return; // this machine lacks them: covered by the tests above
  expect(r.stdout + r.stderr).toBe("");
});
