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
  var min = Infinity, max = -Infinity;
  items.forEach(function (it) { min = Math.min(min, it.s); max = Math.max(max, it.t); });
  if (!items.length) { min = 0; max = 1; }
  var span = Math.max(max - min, 1), scale = 1, active = -1;
  document.getElementById("meta").textContent = entries.length + " entries from " +
    (tl.documents || []).length + " documents";
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
      var m = marks[k], x = (it.s - min) * pxPerDay + 20, range = it.t - it.s > 1;
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
  layout();
})();
