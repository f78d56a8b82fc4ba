"""The static dashboard: one self-contained HTML file (data embedded as JSON, no server, no external assets).

Tree: province portal → city portals → county portals, with each portal's departments beneath it; every node
shows its verdict and the count of 不合格 sites below it; a site opens to its reasons (with evidence links),
other findings, columns and its weekly trend. Everything from crawled pages is inserted with textContent, never
as HTML: the monitor reads hostile pages, and their text must not run in a supervisor's browser.
Deep link: dashboard.html#site=<id> opens the tree down to that site and shows it.
"""

from __future__ import annotations

import json
from datetime import datetime

_PAGE = r"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>政府网站监测 __ENV__</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<style>
body{font-family:sans-serif;margin:1em 2em;color:#222}
h1{font-size:1.4em} .sum span{margin-right:1.5em}
summary{cursor:pointer;padding:2px 0} details details{margin-left:1.4em}
.v{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;font-size:.85em;margin-left:.4em}
.pass{background:#2e7d32}.fail{background:#c62828}.bad{color:#c62828;font-size:.85em;margin-left:.4em}
#detail{position:fixed;right:1em;top:6em;width:46%;max-height:88vh;overflow:auto;border:1px solid #999;padding:.5em 1em;
background:#fafafa} #detail h2{font-size:1.1em} li.veto{color:#c62828} li.security{color:#8e24aa} li.warning{color:#795548}
.trend span{display:inline-block;width:14px;height:14px;margin-right:2px} .site{color:#0645ad;text-decoration:underline}
#tree{width:50%}
</style></head><body>
<h1>政府网站监测（单项否决）— __ENV__</h1>
<div class="sum" id="sum"></div>
<div id="tree"></div>
<div id="detail"><p>选择一个网站查看检查结果。</p></div>
<script id="data" type="application/json">__DATA__</script>
<script>
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const byId = {}; const kids = {};
for (const s of D.sites) { byId[s.site] = s; }
for (const s of D.sites) { const p = (s.parent && byId[s.parent]) ? s.parent : ""; (kids[p] = kids[p] || []).push(s); }
const order = {province: 0, city: 1, county: 2, department: 3};
for (const k in kids) kids[k].sort((a, b) => (order[a.level] - order[b.level]) || a.site.localeCompare(b.site));
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
function failedBelow(s) { let n = s.verdict === "不合格" ? 1 : 0; for (const c of (kids[s.site] || [])) n += failedBelow(c); return n; }
function node(s) {
  const d = el("details"); d.id = "n-" + s.site; d.dataset.site = s.site;
  const sm = el("summary"); const name = el("span", "site", s.name); name.dataset.site = s.site;
  name.addEventListener("click", (e) => { e.preventDefault(); show(s.site); });
  sm.append(name, el("span", "v " + (s.verdict === "不合格" ? "fail" : "pass"), s.verdict));
  const n = failedBelow(s) - (s.verdict === "不合格" ? 1 : 0); if (n) sm.append(el("span", "bad", "下级不合格 " + n));
  d.append(sm);
  for (const c of (kids[s.site] || [])) d.append(node(c));
  return d;
}
function show(id) {
  const s = byId[id]; const box = document.getElementById("detail"); box.replaceChildren();
  box.dataset.site = id;
  box.append(el("h2", "", s.name + " " + s.verdict));
  box.append(el("p", "", s.organizer + " · " + s.domain + " · 检查时间 " + s.checked_at));
  const tr = el("div", "trend"); tr.append(el("b", "", "趋势（周）: "));
  for (const [w, v] of (D.trends[id] || [])) { const b = el("span"); b.title = w + " " + v; b.style.background = v === "不合格" ? "#c62828" : "#2e7d32"; tr.append(b); }
  box.append(tr);
  const sections = [["veto", "不合格原因（单项否决）"], ["security", "安全问题"], ["warning", "扣分风险"], ["info", "说明"]];
  for (const [sev, title] of sections) {
    const fs = s.findings.filter(f => f.severity === sev); if (!fs.length) continue;
    box.append(el("h3", "", title + " (" + fs.length + ")"));
    const ul = el("ul", "reasons-" + sev);
    for (const f of fs) { const li = el("li", sev, f.message + " "); if (f.evidence) { const a = el("a", "", "证据"); a.href = f.evidence; a.rel = "noopener noreferrer"; li.append(a); } ul.append(li); }
    box.append(ul);
  }
  if (s.columns.length) {
    box.append(el("h3", "", "栏目"));
    const t = el("table"); for (const c of s.columns) { const r = el("tr"); for (const v of [c.name, c.kind, c.state, c.newest || "无日期"]) r.append(el("td", "", v)); t.append(r); }
    box.append(t);
  }
}
function openTo(id) { let s = byId[id]; while (s) { const d = document.getElementById("n-" + s.site); if (d) d.open = true; s = byId[s.parent]; } show(id); }
const sum = document.getElementById("sum");
sum.append(el("span", "", "网站 " + D.summary.sites), el("span", "", "合格 " + D.summary["合格"]), el("span", "", "不合格 " + D.summary["不合格"]), el("span", "", "安全问题 " + D.summary.security_findings), el("span", "", "生成时间 " + D.generated));
const tree = document.getElementById("tree");
for (const s of (kids[""] || [])) tree.append(node(s));
for (const d of tree.querySelectorAll(":scope > details")) d.open = true;
const m = /site=([a-z0-9-]+)/.exec(location.hash); if (m && byId[m[1]]) openTo(m[1]);
document.body.dataset.ready = "yes";
</script></body></html>
"""  # noqa: E501  (the page's JavaScript and CSS read better unwrapped)


def render(env: str, results: list[dict], summary: dict, trends: dict, generated: datetime) -> str:
    data = {"env": env, "sites": results, "summary": summary, "trends": trends, "generated": generated.isoformat()}
    # Inside <script>, "</script>" or "<!--" in a crawled string would end the element: escape every "<".
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _PAGE.replace("__ENV__", env.replace("<", "").replace("&", "")).replace("__DATA__", blob)
