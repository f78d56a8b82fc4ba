"""Outputs of an inspection: JSON, Prometheus text metrics, the per-province summary and the weekly report
(Markdown and HTML) a provincial office can send as its 通报 draft."""

from __future__ import annotations

import html
import json
from collections import Counter
from datetime import datetime

LEVEL_NAMES = {"province": "省级", "city": "市级", "county": "县级", "department": "部门"}


def summary(results: list[dict]) -> dict:
    by_level: dict[str, Counter] = {}
    reasons: Counter = Counter()
    for r in results:
        by_level.setdefault(r["level"], Counter())[r["verdict"]] += 1
        for f in r["reasons"]:
            reasons[f["check"]] += 1
    failed = [r for r in results if r["verdict"] == "不合格"]
    return {"sites": len(results), "合格": len(results) - len(failed), "不合格": len(failed),
            "pass_rate": round((len(results) - len(failed)) / len(results), 4) if results else None,
            "by_level": {k: dict(v) for k, v in sorted(by_level.items())}, "veto_reasons": dict(reasons),
            "security_findings": sum(1 for r in results for f in r["findings"] if f["severity"] == "security")}


def to_json(env: str, run: int, results: list[dict]) -> str:
    return json.dumps({"environment": env, "run": run, "summary": summary(results), "sites": results},
                      ensure_ascii=False, indent=2) + "\n"


def _label(v: str) -> str:
    return v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def metrics(env: str, results: list[dict], ts: float) -> str:
    """Prometheus text exposition (for the node-exporter textfile collector or a push gateway)."""
    lines = [
        "# HELP sitegroup_monitor_site_failed 1 when a site is 不合格 (a 单项否决 item was found).",
        "# TYPE sitegroup_monitor_site_failed gauge",
    ]
    for r in results:
        lines.append(f'sitegroup_monitor_site_failed{{env="{env}",site="{r["site"]}",level="{r["level"]}",'
                     f'prefecture="{r["prefecture"]}"}} {int(r["verdict"] == "不合格")}')
    lines += ["# HELP sitegroup_monitor_findings Findings per site, check and severity.",
              "# TYPE sitegroup_monitor_findings gauge"]
    for r in results:
        for (check, sev), n in sorted(Counter((f["check"], f["severity"]) for f in r["findings"]).items()):
            lines.append(f'sitegroup_monitor_findings{{env="{env}",site="{r["site"]}",check="{_label(check)}",'
                         f'severity="{sev}"}} {n}')
    lines += ["# HELP sitegroup_monitor_availability_failure_ratio Failed home-page probes in the rolling window.",
              "# TYPE sitegroup_monitor_availability_failure_ratio gauge"]
    for r in results:
        a = r.get("availability") or {}
        if a.get("probes"):
            lines.append(f'sitegroup_monitor_availability_failure_ratio{{env="{env}",site="{r["site"]}"}} '
                         f'{a["failures"] / a["probes"]:.6f}')
    lines += ["# HELP sitegroup_monitor_tls_expiry_days Days until the home page's certificate expires.",
              "# TYPE sitegroup_monitor_tls_expiry_days gauge"]
    for r in results:
        if r["facts"].get("tls_days") is not None:
            days = r["facts"]["tls_days"]
            lines.append(f'sitegroup_monitor_tls_expiry_days{{env="{env}",site="{r["site"]}"}} {days}')
    lines += ["# HELP sitegroup_monitor_last_run_timestamp_seconds When the inspection ran.",
              "# TYPE sitegroup_monitor_last_run_timestamp_seconds gauge",
              f'sitegroup_monitor_last_run_timestamp_seconds{{env="{env}"}} {ts:.0f}']
    return "\n".join(lines) + "\n"


def weekly_markdown(env: str, results: list[dict], when: datetime) -> str:
    s = summary(results)
    y, w, _ = when.isocalendar()
    out = [f"# 政府网站监测周报 {y} 年第 {w} 周（{env}）", "",
           f"本周对 {s['sites']} 个运行中的政府网站进行了检查：合格 {s['合格']} 个，不合格 {s['不合格']} 个"
           f"（合格率 {s['pass_rate']:.1%}）。" if results else "本周无运行中的网站。", "",
           "检查依据：《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决指标。", "",
           "## 一、不合格网站", ""]
    failed = [r for r in results if r["verdict"] == "不合格"]
    if not failed:
        out.append("无。")
    else:
        out += ["| 网站名称 | 主办单位 | 域名 | 问题 | 证据 |", "|---|---|---|---|---|"]
        for r in failed:
            for f in r["reasons"]:
                out.append(f"| {r['name']} | {r['organizer']} | {r['domain']} | {_md(f['message'])} "
                           f"| {f['evidence']} |")
    out += ["", "## 二、安全问题（需立即核查）", ""]
    sec = [(r, f) for r in results for f in r["findings"] if f["severity"] == "security"]
    out += [f"- {r['name']}（{r['domain']}）：{_md(f['message'])} — {f['evidence']}" for r, f in sec] or ["无。"]
    out += ["", "## 三、扣分风险提示", ""]
    warn = [(r, f) for r in results for f in r["findings"] if f["severity"] == "warning"]
    out += [f"- {r['name']}：{_md(f['message'])}" for r, f in warn[:200]] or ["无。"]
    if len(warn) > 200:
        out.append(f"- ……另有 {len(warn) - 200} 条，见 JSON 结果。")
    out += ["", "## 四、按层级统计", "", "| 层级 | 合格 | 不合格 |", "|---|---|---|"]
    for lv, c in s["by_level"].items():
        out.append(f"| {LEVEL_NAMES.get(lv, lv)} | {c.get('合格', 0)} | {c.get('不合格', 0)} |")
    out += ["", "错别字、严重表述错误等需人工审核的项目不在自动检查范围内。", ""]
    return "\n".join(out)


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def weekly_html(md: str) -> str:
    """The Markdown report as a self-contained HTML page (tables and lists only: no converter dependency)."""
    body, table = [], False
    for line in md.splitlines():
        if line.startswith("|"):
            cells = [c.strip().replace("\\|", "|") for c in line.strip("|").split(" | ")]
            if set("".join(cells)) <= set("-|"):
                continue
            if not table:
                body.append("<table>")
                table = True
                body.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cells) + "</tr>")
                continue
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            continue
        if table:
            body.append("</table>")
            table = False
        if line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("- "):
            body.append(f"<p>• {html.escape(line[2:])}</p>")
        elif line:
            body.append(f"<p>{html.escape(line)}</p>")
    if table:
        body.append("</table>")
    # The CSP forbids every fetch: the page (also printed to PDF by chromium) is self-contained.
    return ("<!doctype html><html lang=zh-CN><head><meta charset=utf-8>"
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            "<title>政府网站监测周报</title><style>"
            "body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
            "td,th{border:1px solid #999;padding:.3em .5em}@page{size:A4;margin:15mm}"
            "@media print{body{margin:0;max-width:none}tr{break-inside:avoid}}</style></head><body>\n" + "\n".join(body)
            + "\n</body></html>\n")
