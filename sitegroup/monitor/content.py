"""Content checks on a crawl: 首页不更新, 栏目不更新/空白栏目, 互动回应差 (the veto items) and per-column detail."""

from __future__ import annotations

from datetime import date

from sitegroup.model import Column
from sitegroup.monitor.crawl import Crawl, Fetched, normal
from sitegroup.monitor.findings import Finding
from sitegroup.monitor.policy import Policy

UNANSWERED = ("未回复", "未答复", "待回复", "待答复", "处理中", "办理中")
ANSWERED = ("已回复", "已答复", "已办结", "答复时间", "回复时间")


def newest(f: Fetched | None) -> date | None:
    if f is None or f.page is None:
        return None
    dates = [d for i in f.page.dated_items for d in i.dates]
    return max(dates) if dates else None


def home_not_updated(c: Crawl, policy: Policy, today: date) -> list[Finding]:
    limit = policy.freshness["home_max_age_days"]
    home = c.home
    if home is None or home.page is None:
        return []  # unreachable home pages are the availability check's finding
    if home.page.items:
        d = newest(home)
        if d is not None and (today - d).days <= limit:
            return []
        age = (today - d).days if d else None
        what = f"newest dated item {d} is {age} days old" if d else "no item on the home page shows a publish date"
        return [Finding("home_not_updated", "veto", f"首页不更新: {what} (limit {limit} days)", home.url,
                        float(age) if age is not None else None)]
    # A navigation-only home page: the indicator looks at its second-level pages instead.
    second = [f for f in c.pages.values() if f.depth == 1 and f.page is not None]
    dates = [d for d in (newest(f) for f in second) if d]
    best = max(dates) if dates else None
    if best is not None and (today - best).days <= limit:
        return []
    age = (today - best).days if best else None
    return [Finding("home_not_updated", "veto",
                    f"首页不更新: navigation-only home page and no second-level page updated within {limit} days"
                    + (f" (newest {best})" if best else " (no dated item)"), home.url,
                    float(age) if age is not None else None)]


def _max_age(kind: str, policy: Policy) -> int | None:
    fr = policy.freshness
    return {"news": fr["news_max_age_days"], "notice": fr["notice_max_age_days"],
            "policy": fr["notice_max_age_days"], "regular": fr["regular_max_age_days"]}.get(kind)


def columns(c: Crawl, cols: tuple[Column, ...], policy: Policy, today: date) -> tuple[list[Finding], list[dict]]:
    """Per-column state (for reports) and the three column veto rules."""
    fr = policy.freshness
    rows = []
    for col in cols:
        if col.kind == "consultation":
            continue
        url = normal(c.base.rstrip("/") + col.path)
        f = c.pages.get(url)
        d = newest(f)
        limit = _max_age(col.kind, policy)
        blank = f is None or f.page is None or not f.page.items
        state = "blank" if blank else "ok"
        if not blank and limit is not None and (d is None or (today - d).days > limit):
            state = "stale"
        rows.append({"path": col.path, "name": col.name, "kind": col.kind, "url": url, "state": state,
                     "newest": d.isoformat() if d else None, "age_days": (today - d).days if d else None,
                     "max_age_days": limit, "status": f.response.status if f else 0})
    out: list[Finding] = []
    for r in rows:
        if r["state"] != "ok":
            what = "空白栏目 (no content)" if r["state"] == "blank" else (
                f"not updated for {r['age_days']} days (limit {r['max_age_days']})" if r["newest"]
                else "no item shows a publish date")
            out.append(Finding("column_detail", "warning", f"栏目 {r['name']} {r['path']}: {what}", r["url"],
                               r["age_days"]))
    key = [r for r in rows if r["state"] == "stale" and r["kind"] in ("news", "notice", "policy")]
    stale = [r for r in rows if r["state"] == "stale"]
    blank = [r for r in rows if r["state"] == "blank"]
    for found, limit, check, text in (
        (key, fr["veto_stale_news_notice"], "columns_stale_key", "动态/要闻 (2 weeks) and 通知公告/政策文件 (6 months) "
                                                                 "columns not updated"),
        (stale, fr["veto_stale_columns"], "columns_stale", "应更新但长期未更新 columns"),
        (blank, fr["veto_blank_columns"], "columns_blank", "空白栏目"),
    ):
        if len(found) >= limit:
            names = ", ".join(r["name"] for r in found[:12])
            out.append(Finding(check, "veto", f"栏目不更新: {len(found)} {text} (veto at {limit}): {names}",
                               found[0]["url"], float(len(found))))
        elif found:
            out.append(Finding(check, "warning", f"{len(found)} {text} (veto at {limit})", found[0]["url"],
                               float(len(found))))
    return out, rows


def consultation(c: Crawl, cols: tuple[Column, ...], policy: Policy, today: date) -> list[Finding]:
    cfg = policy.consultation
    out = []
    for col in (x for x in cols if x.kind == "consultation"):
        url = normal(c.base.rstrip("/") + col.path)
        f = c.pages.get(url)
        if f is None or f.page is None:
            why = f"HTTP {f.response.status} {f.response.error}".strip() if f else "not fetched"
            out.append(Finding("consultation", "veto",
                               f"互动回应差: 政务咨询 channel {col.name} {col.path} is not reachable ({why})", url))
            continue
        late = []
        for item in f.page.items:
            if not item.dates:
                continue
            asked = min(item.dates)
            if (today - asked).days > cfg["lookback_days"]:
                continue
            text = item.text
            answered = any(w in text for w in ANSWERED) and not any(w in text for w in UNANSWERED)
            if answered and len(item.dates) > 1:
                waited = (max(item.dates) - asked).days
            elif answered:
                continue
            else:
                waited = (today - asked).days
            if waited > cfg["max_answer_days"]:
                late.append((waited, item))
        if late:
            waited, item = max(late, key=lambda x: x[0])
            out.append(Finding("consultation", "veto",
                               f"互动回应差: {len(late)} message(s) in {col.name} waited over {cfg['max_answer_days']} "
                               f"days for an answer (longest {waited} days: {item.text[:60]})", item.url or url,
                               float(len(late))))
    return out
