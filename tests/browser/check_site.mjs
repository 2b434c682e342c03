// Load an unzipped portfolio in headless Chromium and report what a browser saw.
//
//   node check_site.mjs FOLDER PAGE [PAGE ...]
//
// Prints one JSON object: for every page, console errors and warnings, page
// errors, dialogs, requests that left the folder, whether any injected payload
// ran (it would change document.title or open a dialog), and axe-core's
// violations. Pass one keeps the page's Content-Security-Policy (what a teacher
// gets); pass two bypasses it, so sanitising alone must stop every payload, and
// axe-core can be injected.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [folder, ...pages] = process.argv.slice(2);
const root = pathToFileURL(path.resolve(folder)).href + "/";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-dev-shm-usage"],
});

async function visit(context, page, name, report) {
  const url = root + name;
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") {
      report.console.push(`${msg.type()}: ${msg.text()}`);
    }
  });
  page.on("pageerror", (err) => report.pageErrors.push(String(err)));
  page.on("dialog", async (dialog) => {
    report.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("request", (request) => {
    const target = request.url();
    if (!(target.startsWith(root) || target.startsWith("data:"))) report.outside.push(target);
  });
  page.on("requestfailed", (request) => {
    report.failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  await page.goto(url, { waitUntil: "load" });
  // Give anything that would run late (timers, error handlers) a chance to show itself.
  await page.waitForTimeout(200);
  report.title = await page.title();
  report.images = await page.evaluate(() =>
    [...document.images].map((img) => ({ src: img.getAttribute("src")?.slice(0, 60),
                                         loaded: img.complete && img.naturalWidth > 0 })));
}

const result = {};
for (const name of pages) {
  const report = { console: [], pageErrors: [], dialogs: [], outside: [], failed: [],
                   title: "", images: [], bypassTitle: "", bypassDialogs: [], axe: [] };
  // Pass one: as a teacher opens it, with the page's own CSP.
  {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await visit(context, page, name, report);
    await context.close();
  }
  // Pass two: CSP bypassed, so only sanitising stands between a payload and the page.
  {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const seen = { console: [], pageErrors: [], dialogs: [], outside: [], failed: [], images: [] };
    await visit(context, page, name, seen);
    report.bypassTitle = seen.title;
    report.bypassDialogs = seen.dialogs;
    report.outside.push(...seen.outside);
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const found = await window.axe.run(document, { resultTypes: ["violations"] });
      return found.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
    });
    report.axe = axe;
    if (name === pages[0] && process.env.SCREENSHOT) {
      await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    }
    await context.close();
  }
  result[name] = report;
}
await browser.close();
process.stdout.write(JSON.stringify(result, null, 1) + "\n");
