// Browser tests of tl-export output, in headless Debian chromium driven by
// playwright-core: TimelineJS renders the timelinejs JSON, vis-timeline the
// vis JSON, Mermaid the timeline block, the html page renders its entries
// offline; ical.js parses the ics.
// Usage: node run.js DIR SHOTDIR   (DIR holds t.timelinejs t.vis t.html t.ics t.mermaid t.json)
// Exits 0 when every check passes, 1 otherwise.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const dir = process.argv[2], shots = process.argv[3];
const nm = path.join(__dirname, "node_modules");
const read = (p) => fs.readFileSync(p, "utf8");
const timeline = JSON.parse(read(path.join(dir, "t.json")));
const nEntries = timeline.entries.length;
let failed = 0;
function check(ok, what) {
  console.log((ok ? "ok   " : "FAIL ") + what);
  if (!ok) failed++;
}

async function newPage(ctx, errors, requests) {
  const page = await ctx.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("requestfailed", (r) => errors.push("request failed: " + r.url()));
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith("file:") || u.startsWith("data:") || u === "about:blank") return route.continue();
    requests.push(u);
    return route.abort();
  });
  return page;
}

async function testTimelineJS(ctx) {
  const errors = [], requests = [];
  const page = await newPage(ctx, errors, requests);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="file://${path.join(nm, "@knight-lab/timelinejs/dist/css/timeline.css")}">
<script src="file://${path.join(nm, "@knight-lab/timelinejs/dist/js/timeline.js")}"></script></head>
<body><div id="tl" style="width:1000px;height:600px"></div><script>
window.tlLoaded = false;
const t = new TL.Timeline("tl", ${read(path.join(dir, "t.timelinejs"))}, {font: null, language: "en", ga_property_id: null, track_events: []});
t.on("loaded", () => { window.tlLoaded = true; });
</script></body></html>`;
  const file = path.join(dir, "timelinejs-test.html");
  fs.writeFileSync(file, html);
  await page.goto("file://" + file);
  await page.waitForFunction(() => window.tlLoaded, null, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(500);
  const slides = await page.locator(".tl-slide:not(.tl-slide-titleslide)").count();
  const markers = await page.locator(".tl-timemarker").count();
  check(slides === nEntries, `TimelineJS: ${slides} event slides, expected ${nEntries}`);
  check(markers === nEntries, `TimelineJS: ${markers} time markers, expected ${nEntries}`);
  check(errors.length === 0, `TimelineJS: no console errors ${errors.join(" | ")}`);
  await page.screenshot({ path: path.join(shots, "timelinejs.png") });
  await page.close();
}

async function testVis(ctx) {
  const errors = [], requests = [];
  const page = await newPage(ctx, errors, requests);
  const data = read(path.join(dir, "t.vis"));
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${read(path.join(nm, "vis-timeline/styles/vis-timeline-graph2d.min.css"))}</style>
<script>${read(path.join(nm, "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"))}</script></head>
<body><div id="vis"></div><script>
const d = ${data};
window.tv = new vis.Timeline(document.getElementById("vis"), new vis.DataSet(d.items), new vis.DataSet(d.groups), {});
</script></body></html>`;
  const file = path.join(dir, "vis-test.html");
  fs.writeFileSync(file, html);
  await page.goto("file://" + file);
  await page.waitForTimeout(500);
  await page.evaluate(() => window.tv.fit({ animation: false }));
  await page.waitForTimeout(500);
  const win = await page.evaluate(() => { const w = window.tv.getWindow(), r = window.tv.getItemRange();
    return { ok: w.start <= r.min && w.end >= r.max, w: JSON.stringify(w), r: JSON.stringify(r) }; });
  check(win.ok, `vis-timeline: the window ${win.w} shows every item ${win.r}`);
  const inside = await page.evaluate(() => { const c = document.getElementById("vis").getBoundingClientRect();
    return Array.from(document.querySelectorAll(".vis-item")).filter((e) => { const b = e.getBoundingClientRect();
      return b.width > 0 && b.left >= c.left - 1 && b.left <= c.right; }).length; });
  check(inside >= nEntries, `vis-timeline: ${inside} items inside the view, expected ${nEntries}`);
  const n = await page.evaluate(() => window.tv.itemsData.length);
  const drawn = await page.locator(".vis-item").count();
  const ranges = await page.locator(".vis-item.vis-range").count();
  const wantRanges = JSON.parse(data).items.filter((i) => i.type === "range").length;
  check(n === nEntries, `vis-timeline: ${n} items, expected ${nEntries}`);
  check(drawn >= nEntries, `vis-timeline: ${drawn} items drawn, expected ${nEntries}`);
  check(ranges === wantRanges && ranges > 0, `vis-timeline: ${ranges} ranges drawn, expected ${wantRanges}`);
  check(errors.length === 0, `vis-timeline: no console errors ${errors.join(" | ")}`);
  await page.screenshot({ path: path.join(shots, "vis.png") });
  await page.close();
}

async function testHtml(ctx, width, name) {
  const errors = [], requests = [];
  const page = await newPage(ctx, errors, requests);
  await page.setViewportSize({ width, height: 900 });
  await page.goto("file://" + path.resolve(dir, "t.html"));
  await page.waitForTimeout(300);
  const entries = await page.locator("li.entry").count();
  const marks = await page.locator(".mark").count();
  check(entries === nEntries && marks === nEntries, `html (${width}px): ${entries} entries, ${marks} marks, expected ${nEntries}`);
  const first = timeline.entries[0];
  const text = await page.locator("li.entry").first().innerText();
  check(text.includes(first.headline), "html: first entry shows its headline");
  await page.locator("li.entry").first().click();
  const detail = await page.locator("#detail").innerText();
  check(!!first.text && detail.includes(first.text), "html: a click shows the source sentence");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `html (${width}px): no horizontal page overflow (${overflow})`);
  check(requests.length === 0, `html: no network requests ${requests.join(" ")}`);
  check(errors.length === 0, `html: no console errors ${errors.join(" | ")}`);
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
  const w0 = await page.evaluate(() => document.getElementById("track").offsetWidth);
  await page.click("#zoom-in");
  const w1 = await page.evaluate(() => document.getElementById("track").offsetWidth);
  check(w1 > w0 * 1.5, `html: zoom in widens the axis (${w0} -> ${w1} px)`);
  await page.close();
}

// The page of --group document: a choice of group shows that group's
// entries only, on the list and on the axis, and "All groups" shows all again.
async function testHtmlGroups(ctx) {
  const file = path.join(dir, "t.grouped.html");
  if (!fs.existsSync(file)) return;
  const errors = [], requests = [];
  const page = await newPage(ctx, errors, requests);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("file://" + path.resolve(file));
  await page.waitForTimeout(300);
  const options = await page.locator("#group option").count();
  const docs = new Set(timeline.entries.map((e) => e.sources[0].doc)).size;
  check(options === docs + 1, `html groups: ${options - 1} groups to choose, expected ${docs}`);
  const visible = (sel) => page.evaluate((s) => Array.from(document.querySelectorAll(s))
    .filter((n) => n.offsetParent !== null).length, sel);
  const counts = [];
  for (let k = 1; k < options; k++) {
    await page.selectOption("#group", String(k));
    const n = await visible("li.entry"), m = await visible(".mark");
    check(n > 0 && n < nEntries && n === m, `html groups: group ${k} shows ${n} entries, ${m} marks`);
    counts.push(n);
  }
  check(counts.reduce((a, b) => a + b, 0) === nEntries, `html groups: the groups hold every entry once (${counts.join(" + ")})`);
  await page.selectOption("#group", "");
  check(await visible("li.entry") === nEntries && await visible(".mark") === nEntries, "html groups: all groups again");
  check(errors.length === 0, `html groups: no console errors ${errors.join(" | ")}`);
  await page.close();
}

async function testMermaid(ctx) {
  const errors = [], requests = [];
  const page = await newPage(ctx, errors, requests);
  const block = read(path.join(dir, "t.mermaid"));
  const src = block.replace(/^```mermaid\n/, "").replace(/```\n$/, "");
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<script src="file://${path.join(nm, "mermaid/dist/mermaid.min.js")}"></script></head>
<body><div id="out"></div><script>
mermaid.initialize({ startOnLoad: false });
window.result = mermaid.render("tl", ${JSON.stringify(src)})
  .then((r) => { document.getElementById("out").innerHTML = r.svg; return "ok"; })
  .catch((e) => "error: " + e.message);
</script></body></html>`;
  const file = path.join(dir, "mermaid-test.html");
  fs.writeFileSync(file, html);
  await page.goto("file://" + file);
  const result = await page.evaluate(() => window.result);
  check(result === "ok", `Mermaid: the timeline block renders (${result})`);
  const text = await page.locator("#out svg").textContent();
  // Mermaid wraps a headline into one <tspan> per line, and textContent
  // joins them with no space: where a line breaks depends on the fonts
  // installed, so compare with white space removed on both sides.
  const flat = (s) => s.replace(/\s+/g, "");
  const missing = timeline.entries.filter((e) => !flat(text).includes(flat(e.headline.slice(0, 12))));
  check(missing.length === 0, `Mermaid: every headline is drawn (${missing.length} missing${missing.map((e) => ": " + e.headline).join("")})`);
  check(text.includes(timeline.title), `Mermaid: the title with ':' ';' '#' is drawn as written (${timeline.title})`);
  check(errors.length === 0, `Mermaid: no console errors ${errors.join(" | ")}`);
  await page.screenshot({ path: path.join(shots, "mermaid.png"), fullPage: true });
  await page.close();
}

async function testIcs() {
  const ICAL = (await import("ical.js")).default;
  const comp = new ICAL.Component(ICAL.parse(read(path.join(dir, "t.ics"))));
  const events = comp.getAllSubcomponents("vevent");
  check(events.length === nEntries, `ical.js: ${events.length} VEVENTs, expected ${nEntries}`);
  const allDay = events.every((e) => e.getFirstPropertyValue("dtstart").isDate);
  check(allDay, "ical.js: every DTSTART is a DATE");
  const uids = new Set(events.map((e) => e.getFirstPropertyValue("uid")));
  check(uids.size === events.length, "ical.js: UIDs are unique");
  const ev = new ICAL.Event(events[0]);
  check(ev.summary === timeline.entries[0].headline, "ical.js: SUMMARY round-trips (folding, escapes)");
}

(async () => {
  await testIcs();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tl-chromium-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    await testTimelineJS(ctx);
    await testVis(ctx);
    await testMermaid(ctx);
    await testHtml(ctx, 1280, "html-laptop.png");
    await testHtml(ctx, 390, "html-phone.png");
    await testHtmlGroups(ctx);
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(failed ? `${failed} check(s) failed` : "all browser checks passed");
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
