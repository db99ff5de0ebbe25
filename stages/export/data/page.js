/* tl-export html: draws the embedded timeline on a zoomable, scrollable axis
   and as a list of entries; no network requests, no libraries. */
(function () {
  "use strict";
  var tl = JSON.parse(document.getElementById("tl-data").textContent);
  var entries = tl.entries || [];
  var DAY = 86400000;
  var track = document.getElementById("track"), axis = document.getElementById("axis");
  var list = document.getElementById("entries"), detail = document.getElementById("detail");
  var docs = {};
  (tl.documents || []).forEach(function (d) { docs[d.id] = d; });
  function day(s) { var p = s.split("-"); var neg = s.charAt(0) === "-";
    if (neg) p = p.slice(1); var y = +p[0] * (neg ? -1 : 1);
    var t = new Date(Date.UTC(2000, +p[1] - 1, +p[2])); t.setUTCFullYear(y);
    return Math.round(t.getTime() / DAY); }
  function el(tag, cls, text) { var e = document.createElement(tag);
    if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  var items = entries.map(function (e, i) {
    return { e: e, i: i, s: day(e.date.range[0]), t: day(e.date.range[1]) }; });
  /* tl-export --group: each entry names its group, and one group may be chosen */
  var groups = [], counts = {}, chosen = null;
  items.forEach(function (it) { var g = it.e.group; if (g == null) return;
    if (!Object.prototype.hasOwnProperty.call(counts, g)) { counts[g] = 0; groups.push(g); }
    counts[g]++; });
  function shown(it) { return chosen === null || it.e.group === chosen; }
  var min = 0, max = 1, span = 1, scale = 1, active = -1;
  function bounds() {
    min = Infinity; max = -Infinity;
    items.forEach(function (it) { if (!shown(it)) return;
      min = Math.min(min, it.s); max = Math.max(max, it.t); });
    if (min === Infinity) { min = 0; max = 1; }
    span = Math.max(max - min, 1);
  }
  bounds();
  var meta = entries.length + " entries from " + (tl.documents || []).length + " documents";
  document.getElementById("meta").textContent = meta;
  function sources(e) {
    var seen = {}, out = [];
    (e.sources || []).forEach(function (s) { if (seen[s.doc]) return; seen[s.doc] = 1;
      var d = docs[s.doc]; out.push(d && d.title ? d.title + (d.dct ? " (" + d.dct + ")" : "") : s.doc); });
    return out.join("; ");
  }
  function show(i, scroll) {
    var nodes = list.children, marks = track.querySelectorAll(".mark");
    if (active >= 0) { nodes[active].classList.remove("active"); marks[active].classList.remove("active"); }
    active = i;
    nodes[i].classList.add("active"); nodes[i].classList.add("open"); marks[i].classList.add("active");
    var e = entries[i];
    detail.hidden = false; detail.textContent = "";
    detail.appendChild(el("div", "date", e.label));
    detail.appendChild(el("div", "headline", e.headline));
    detail.appendChild(el("div", null, "“" + (e.text || e.headline) + "”"));
    detail.appendChild(el("div", "src", "Sources: " + sources(e)));
    if (scroll === "list") nodes[i].scrollIntoView({ block: "nearest" });
    if (scroll === "axis") marks[i].scrollIntoView({ block: "nearest", inline: "center" });
  }
  items.forEach(function (it) {
    var e = it.e, li = el("li", "entry");
    li.appendChild(el("div", "date", e.label));
    li.appendChild(el("div", "headline", e.headline));
    if (e.group != null) li.appendChild(el("div", "group", e.group));
    if (e.participants && e.participants.length) li.appendChild(el("div", "who", e.participants.join(", ")));
    li.appendChild(el("div", "src", "Sources: " + sources(e)));
    li.appendChild(el("blockquote", "quote", e.text || ""));
    li.title = e.text || "";
    li.addEventListener("click", function () {
      if (active === it.i && li.classList.contains("open")) { li.classList.remove("open"); return; }
      show(it.i, "axis"); });
    list.appendChild(li);
    var m = el("div", "mark" + (it.t - it.s > 1 ? " range" : ""), e.headline);
    m.title = e.label + " — " + (e.text || e.headline);
    m.addEventListener("click", function () { show(it.i, "list"); });
    track.appendChild(m);
  });
  function ticks(width) {
    Array.prototype.slice.call(track.querySelectorAll(".tick")).forEach(function (t) { t.remove(); });
    var pxPerDay = width / span, step = pxPerDay * 365 < 60 ? 10 : 1, months = pxPerDay * 30 > 60;
    var y0 = new Date((min - 1) * DAY).getUTCFullYear(), y1 = new Date(max * DAY).getUTCFullYear() + 1;
    for (var y = y0 - (y0 % step); y <= y1; y += step) {
      for (var mo = 0; mo < (months ? 12 : 1); mo++) {
        var d = new Date(Date.UTC(2000, mo, 1)); d.setUTCFullYear(y);
        var x = (d.getTime() / DAY - min) * pxPerDay + 20;
        if (x < 0 || x > width + 40) continue;
        var t = el("div", "tick", mo ? d.toLocaleString("en", { month: "short", timeZone: "UTC" }) : String(y));
        t.style.left = x + "px"; track.insertBefore(t, track.firstChild);
      }
    }
  }
  var natural = [];
  function layout() {
    var width = Math.max(axis.clientWidth - 40, 200) * scale, pxPerDay = width / span;
    var marks = track.querySelectorAll(".mark"), rows = [];
    track.style.width = (width + 40) + "px";
    items.forEach(function (it, k) {
      var m = marks[k];
      m.style.display = list.children[k].style.display = shown(it) ? "" : "none";
      if (!shown(it)) return;
      var x = (it.s - min) * pxPerDay + 20, range = it.t - it.s > 1;
      var w = range ? Math.max((it.t - it.s) * pxPerDay, 10) : 0;
      if (natural[k] == null) { m.style.width = ""; natural[k] = Math.min(m.offsetWidth, 220); }
      m.style.left = x + "px";
      m.style.width = range ? w + "px" : "";
      var r = 0; while (rows[r] != null && rows[r] > x) r++;
      rows[r] = x + Math.max(w, natural[k]) + 4;
      m.style.top = (24 + r * 26) + "px";
    });
    track.style.height = (24 + rows.length * 26 + 8) + "px";
    ticks(width);
  }
  function zoom(f, cx) {
    var before = (axis.scrollLeft + (cx || axis.clientWidth / 2)) / track.offsetWidth;
    scale = Math.min(Math.max(scale * f, 1), 2000); layout();
    axis.scrollLeft = before * track.offsetWidth - (cx || axis.clientWidth / 2);
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(2); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("zoom-fit").addEventListener("click", function () { scale = 1; layout(); });
  axis.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey) return; ev.preventDefault();
    zoom(ev.deltaY < 0 ? 1.25 : 0.8, ev.clientX - axis.getBoundingClientRect().left); }, { passive: false });
  window.addEventListener("resize", layout);
  if (groups.length) {
    var pick = el("select"), all = el("option", null, "All groups (" + entries.length + ")");
    pick.id = "group"; pick.setAttribute("aria-label", "Group");
    all.value = ""; pick.appendChild(all);
    groups.forEach(function (g, k) { var o = el("option", null, g + " (" + counts[g] + ")");
      o.value = String(k + 1); pick.appendChild(o); });
    pick.addEventListener("change", function () {
      chosen = pick.value ? groups[+pick.value - 1] : null;
      document.getElementById("meta").textContent = meta + (chosen === null ? "" :
        "; " + counts[chosen] + " in this group");
      if (active >= 0 && !shown(items[active])) { detail.hidden = true; }
      scale = 1; bounds(); layout(); axis.scrollLeft = 0; });
    document.querySelector(".controls").appendChild(pick);
  }
  layout();
})();
