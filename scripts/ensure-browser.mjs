#!/usr/bin/env node
// Makes sure a Chromium (and Chinese fonts) are there before the browser tests run:
//  - PLAYWRIGHT_CHROMIUM_EXECUTABLE or Debian's /usr/bin/chromium: nothing to do;
//  - Playwright's own Chromium already installed: nothing to do;
//  - Debian/Ubuntu as root: apt-get install chromium fonts-noto-cjk;
//  - elsewhere: npx playwright install chromium (downloads; needs internet).
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { resolveChromiumExecutable } from "./lib/browser.mjs";

function sh(cmd, args) {
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

const isDebian = existsSync("/etc/debian_version");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasCjkFont = () => existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

const executable = resolveChromiumExecutable();
if (executable && existsSync(executable)) {
  if (isDebian && isRoot && !hasCjkFont()) {
    sh("apt-get", ["update", "-qq"]);
    sh("apt-get", ["install", "-y", "-qq", "fonts-noto-cjk"]);
  }
  console.log(`browser: ${executable}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`browser: Playwright's Chromium at ${chromium.executablePath()}`);
} else if (isDebian && isRoot) {
  console.log("browser: installing Debian's chromium and fonts-noto-cjk (about 1–2 minutes)…");
  sh("apt-get", ["update", "-qq"]);
  sh("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"]);
} else {
  const distro = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?(.*?)"?$/m)?.[1] : process.platform;
  console.log(`browser: none found on ${distro}; running "npx playwright install chromium"…`);
  try {
    sh("npx", ["playwright", "install", "chromium"]);
  } catch {
    console.error(
      "Could not install a browser. Install Chromium yourself and set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chromium,\n" +
        "or on Debian/Ubuntu run as root: apt-get install -y chromium fonts-noto-cjk",
    );
    process.exit(1);
  }
}
