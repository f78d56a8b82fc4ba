"""Fast tests of the monitor's parts: parsing, personal data, thresholds at their borders, policy and entry
validation, the resolver's refusal to leave its map, report escaping."""

from __future__ import annotations

import asyncio
import re
from datetime import date
from pathlib import Path

import pytest

from sitegroup.errors import InventoryError
from sitegroup.monitor import content, dashboard, links, probe, report
from sitegroup.monitor.crawl import Crawl, Fetched
from sitegroup.monitor.findings import Finding, verdict
from sitegroup.monitor.http import Fetcher, Resolver, Response
from sitegroup.monitor.page import decode, parse
from sitegroup.monitor.policy import load_policy
from sitegroup.schema import SITE_SCHEMA
from sitegroup.schemacheck import check as schema_check
from tests.conftest import REPO

POLICY = load_policy(REPO)
TODAY = date(2026, 12, 3)


def test_id_card_check_digit_and_masking():
    assert links.id_card_valid("11010519491231002X")
    assert not links.id_card_valid("110105194912310021")  # wrong check digit: a reference number, not an ID
    ids, mobiles = links.personal_data("张三 11010519491231002X 手机13912345678 座机0680-6100259 "
                                       "脱敏 1101**********1234 订单 110105194912310021 长号 139123456789")
    assert ids == ["11010519491231002X"] and mobiles == ["13912345678"]
    assert links.mask("13912345678") == "139****5678"


def test_page_items_dates_hidden_links_and_scripts():
    p = parse("https://www.x.gov.cn/a/", """<html><head><title>T</title></head><body>
      <div class="nav"><ul><li><a href="/n/">导航 2026-12-01</a></li></ul></div>
      <ul><li><a href="1.html">通知1</a><span>2026-11-30</span></li><li><a href="2.html">通知2</a> 2026年1月5日</li>
      <li><a href="3.html">无日期</a></li></ul>
      <div style="position:absolute; left:-9999px"><p><a href="http://casino.example/">x</a></p></div>
      <a href="/v" style="display:none">v</a><script src="//cdn.evil.example/a.js"></script>
      <iframe src="http://evil.example/" width="0" height="0"></iframe><p>unclosed <b>x</div></body>""")
    assert [(i.url.rsplit("/", 1)[1], i.dates) for i in p.items] == [
        ("1.html", [date(2026, 11, 30)]), ("2.html", [date(2026, 1, 5)]), ("3.html", [])]  # nav items excluded
    hidden = [lk.url for lk in p.links if lk.hidden]
    assert hidden == ["http://casino.example/", "https://www.x.gov.cn/v"]
    assert p.scripts == ["https://cdn.evil.example/a.js"] and p.hidden_frames == ["http://evil.example/"]


def test_decode_gbk_labels_as_gb18030_and_falls_back():
    body = '<meta charset="gb2312"><p>青川省人民政府 2026-11-30</p>'.encode("gb18030")
    text, enc = decode(body)
    assert enc == "gb18030" and "青川省人民政府" in text
    assert decode("无标签".encode("gb18030"))[0] == "无标签"  # no label, not UTF-8: GB18030
    assert decode(b"\xff\xfe<html>", "text/html; charset=bogus")[1] in ("gb18030", "utf-8?")


def _stats(probes: int, failures: int) -> dict:
    return {"probes": probes, "failures": failures, "days": 7, "avg_seconds": 0.1, "last_error": "timeout"}


def test_availability_veto_at_five_percent_not_below(site):
    url = "https://www.x.gov.cn/"
    assert [f.severity for f in probe.availability_findings(site, _stats(140, 7), POLICY, url)] == ["veto"]
    below = probe.availability_findings(site, _stats(141, 7), POLICY, url)  # 4.96 %
    assert "veto" not in [f.severity for f in below] and below[0].severity == "warning"
    few = probe.availability_findings(site, _stats(5, 5), POLICY, url)
    assert [f.severity for f in few] == ["info"]  # not enough data is not a verdict


def _crawl(pages: dict[str, str], depth1: tuple[str, ...] = ()) -> Crawl:
    c = Crawl(base="https://www.x.gov.cn/")
    for path, html in pages.items():
        url = "https://www.x.gov.cn" + path
        r = Response(url=url, final_url=url, status=200)
        c.pages[url] = Fetched(url, 0 if path == "/" else 1, r, parse(url, html))
    return c


def _list(*dates: str) -> str:
    return "<ul>" + "".join(f'<li><a href="/a{i}.html">文章</a> {d}</li>' for i, d in enumerate(dates)) + "</ul>"


def test_home_not_updated_borders():
    fresh = _crawl({"/": _list("2026-11-19")})  # 14 days: not stale
    stale = _crawl({"/": _list("2026-11-18")})  # 15 days
    assert content.home_not_updated(fresh, POLICY, TODAY) == []
    assert content.home_not_updated(stale, POLICY, TODAY)[0].severity == "veto"
    nav = _crawl({"/": "<p>欢迎</p>", "/zwdt/": _list("2026-12-01")})
    assert content.home_not_updated(nav, POLICY, TODAY) == []


def test_column_thresholds(site):
    from sitegroup.model import Column

    cols = tuple(Column(f"/c{i}/", f"栏目{i}", "regular") for i in range(10))
    pages = {"/": _list("2026-12-01")} | {f"/c{i}/": _list("2026-01-01") for i in range(9)}
    pages["/c9/"] = _list("2026-11-01")
    out, _ = content.columns(_crawl(pages), cols, POLICY, TODAY)
    assert not [f for f in out if f.severity == "veto"]  # 9 stale: below 10
    pages["/c9/"] = _list("2026-01-01")
    out, _ = content.columns(_crawl(pages), cols, POLICY, TODAY)
    assert [f.check for f in out if f.severity == "veto"] == ["columns_stale"]


def test_consultation_answered_late_or_never():
    from sitegroup.model import Column

    col = (Column("/hdjl/", "在线咨询", "consultation"),)
    ok = _crawl({"/hdjl/": '<ul><li><a href="/m1">问</a> 提问 2026-06-01 已回复 2026-07-01</li>'
                           '<li><a href="/m2">问</a> 提问 2025-06-01 未回复</li></ul>'})
    late = _crawl({"/hdjl/": '<ul><li><a href="/m1">问</a> 提问 2026-03-01 已回复 2026-07-01</li></ul>'})
    assert content.consultation(ok, col, POLICY, TODAY) == []
    assert content.consultation(late, col, POLICY, TODAY)[0].severity == "veto"


def test_policy_validation_names_file_line_and_field(tmp_path: Path):
    bad = tmp_path / "default.yaml"
    bad.write_text((REPO / "policies/monitoring/default.yaml").read_text(encoding="utf-8")
                   .replace("probes_per_day: 24", "probes_per_day: 12"), encoding="utf-8")
    with pytest.raises(InventoryError) as e:
        load_policy(REPO, path=bad)
    issue = e.value.issues[0]
    assert issue.field == "availability.probes_per_day" and issue.line > 1
    assert POLICY.veto == {"takeover": False, "hidden_links": False, "foreign_scripts": False, "personal_data": False}


def test_entry_columns_are_validated():
    entry = {"columns": [{"path": "/zwdt/", "name": "政务动态", "kind": "gossip"}]}
    found = [i for i in schema_check(entry, {}, SITE_SCHEMA, "x.yaml") if i.field.startswith("columns")]
    assert found and "kind" in found[0].field
    from sitegroup.catalogue import columns

    base = columns([{"path": "/a/", "name": "甲", "kind": "news"}, {"path": "/b/", "name": "乙", "kind": "static"}])
    merged = columns([{"path": "/a/", "name": "甲", "kind": "none"}, {"path": "/b/", "name": "乙", "kind": "regular"}],
                     base)
    assert [(c.path, c.kind) for c in merged] == [("/b/", "regular")]
    bad_path = {"columns": [{"path": "/../etc/", "name": "x", "kind": "news"}]}
    assert [i for i in schema_check(bad_path, {}, SITE_SCHEMA, "x.yaml") if i.field.startswith("columns")]


def test_template_columns_with_entry_override(repo):
    from sitegroup.inventory import load_environment

    env = load_environment("dev")
    hexi = env.site("hexi")
    assert hexi.template.columns, "templates declare the standard columns"
    assert {c.path for c in hexi.template.columns} <= {c.path for c in hexi.columns}


def test_resolver_override_never_leaves_its_map():
    async def go():
        f = Fetcher(Resolver({"www.x.gov.cn": ["127.0.0.1"]}), user_agent="t", timeout=2)
        r = await f.fetch("https://www.other.gov.cn/")
        with pytest.raises(ValueError):
            await f.fetch("https://www.x.gov.cn/", method="POST")
        return r

    r = asyncio.run(go())
    assert r.error.startswith("dns:") and "not in the resolver override" in r.error


def test_dashboard_and_reports_escape_crawled_text():
    evil = "</script><script>alert(1)</script><!--"
    result = {"site": "x", "name": "测试", "organizer": "o", "level": "county", "type": "portal", "parent": None,
              "prefecture": "p", "region_code": "680121", "domain": "www.x.gov.cn", "status": "live",
              "verdict": "不合格", "reasons": [Finding("home_not_updated", "veto", evil, "https://www.x.gov.cn/").as_dict()],
              "findings": [Finding("home_not_updated", "veto", evil, "https://www.x.gov.cn/").as_dict()],
              "columns": [], "facts": {"tls_days": 3.5}, "availability": {"probes": 10, "failures": 1},
              "pages": 1, "bytes": 1, "checked_at": "now"}
    html = dashboard.render("dev", [result], report.summary([result]), {}, __import__("datetime").datetime.now())
    assert evil not in html and "alert(1)" in html  # present only as escaped JSON
    assert html.count("</script>") == 2
    prom = report.metrics("dev", [result], 0)
    assert re.search(r'sitegroup_monitor_site_failed\{env="dev",site="x",level="county",prefecture="p"\} 1', prom)
    assert "&lt;/script&gt;" in report.weekly_html(report.weekly_markdown("dev", [result], __import__(
        "datetime").datetime(2026, 12, 3)))


def test_verdict_only_from_vetoes():
    assert verdict([Finding("personal_data", "security", "x")]) == "合格"
    assert verdict([Finding("consultation", "veto", "x")]) == "不合格"


@pytest.fixture
def site():
    return None  # the availability and column rules read only the crawl and the stats
