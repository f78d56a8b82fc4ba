"""Fast tests of the migration logic (sitegroup.migrate): encodings, links, identifiers, maps, manifests."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitegroup.migrate import charset, cutover, identifiers, links, nginxmap, transform, tree, verify

SITE = transform.SiteSpec(
    site_id="xx-county",
    site_code="5201230001",
    icp="黔ICP备12345678号",
    psb="黔公网安备52012302000123号",
    old_domains=("www.xx.gov.cn", "xx.gov.cn"),
    new_domains=("xx.example.gov.cn",),
    new_origin="https://xx.example.gov.cn",
)


# ---- encodings -------------------------------------------------------------------------------------------

def gbk_page(body: str, label: str = "gb2312") -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'
            f"<title>t</title></head><body>{body}</body></html>").encode("gb18030")


@pytest.mark.parametrize("label", ["gb2312", "GBK", "gb18030", "GB2312"])
def test_gb_family_pages_decode_and_declare_utf8(label):
    data = gbk_page("县人民政府 通知公告", label)
    text, enc, lossy = charset.decode_page(data)
    assert (enc, lossy) == ("gb18030", False)
    assert "县人民政府 通知公告" in text
    fixed = charset.fix_declared_charset(text)
    assert "charset=utf-8" in fixed and label not in fixed


def test_gb2312_label_with_gbk_only_characters_is_not_lost():
    # 镕 and 堃 are not in GB2312: a strict gb2312 decoder fails on them, GB18030 keeps them.
    data = gbk_page("朱镕基 王堃", "gb2312")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")
    text, _enc, lossy = charset.decode_page(data)
    assert "朱镕基 王堃" in text and not lossy


def test_gb18030_four_byte_characters_survive():
    data = gbk_page("𠀀 㐀", "gb18030")
    text, _, lossy = charset.decode_page(data)
    assert "𠀀 㐀" in text and not lossy


def test_mislabelled_utf8_page_labelled_gbk_is_read_as_utf8():
    data = '<meta charset="gbk"><p>网站</p>'.encode()
    text, enc, _ = charset.decode_page(data)
    assert enc == "utf-8" and "网站" in text


def test_undeclared_page_uses_configured_encoding_then_detects():
    data = "<p>政务公开</p>".encode("gbk")
    assert charset.decode_page(data, "gbk")[1] == "gb18030"
    assert charset.decode_page(data)[0] == "<p>政务公开</p>"
    assert charset.decode_page("<p>政务</p>".encode(), "gbk")[1] == "utf-8"


def test_garbage_is_reported_lossy():
    _text, _enc, lossy = charset.decode_page(b"<p>\xff\xff\xff\x80</p>")
    assert lossy


def test_utf8_bom_is_stripped():
    text, enc, _ = charset.decode_page("\ufeff<p>中</p>".encode())
    assert text == "<p>中</p>" and enc == "utf-8"


def test_missing_charset_gets_meta_after_head():
    assert charset.fix_declared_charset("<html><head><title>x</title>") == (
        '<html><head><meta charset="utf-8"><title>x</title>')
    assert charset.fix_declared_charset("<p>x</p>").startswith('<meta charset="utf-8">')


# ---- URL plan and link rewriting -------------------------------------------------------------------------

def test_plan_renames_jsp_without_clobbering_existing_html():
    plan = links.plan_paths(["/a.jsp", "/a.html", "/b.jsp", "/c.shtml", "/附件/表.doc"])
    assert plan["/a.jsp"] == "/a.jsp.html"
    assert plan["/a.html"] == "/a.html"
    assert plan["/b.jsp"] == "/b.html"
    assert plan["/c.shtml"] == "/c.shtml"
    assert plan["/附件/表.doc"] == "/附件/表.doc"
    assert len(set(plan.values())) == len(plan)


def rewriter(plan=None, domains=SITE.old_domains):
    return links.Rewriter(domains, "https://xx.example.gov.cn", plan or {"/x/a.jsp": "/x/a.html"})


def test_absolute_links_to_old_domains_become_new_urls():
    r = rewriter()
    out = r.rewrite_absolute(
        '<a href="http://www.xx.gov.cn/x/a.jsp?id=1#t">a</a> <a href="https://XX.gov.cn/">h</a> '
        '<img src="//www.xx.gov.cn:8080/i.png"> 见 http://xx.gov.cn/news/1.shtml 。')
    assert 'href="https://xx.example.gov.cn/x/a.html?id=1#t"' in out
    assert 'href="https://xx.example.gov.cn/"' in out
    assert 'src="https://xx.example.gov.cn/i.png"' in out
    assert "见 https://xx.example.gov.cn/news/1.shtml 。" in out


def test_lookalike_and_foreign_hosts_are_left_alone():
    r = rewriter()
    text = ('<a href="http://www.xx.gov.cn.evil.com/a">e</a> <a href="http://notxx.gov.cn/a">n</a> '
            '<a href="ftp://xx.gov.cn/a">f</a> <a href="http://www.gov.cn/">g</a>')
    assert r.rewrite_absolute(text) == text


def test_old_domains_with_regex_metacharacters_are_literal():
    # A dot in a domain must not match any character, and stray metacharacters must not break the pattern.
    r = rewriter(domains=("a.b.gov.cn", "x+y(z).gov.cn", "[c]*.gov.cn"))
    assert r.rewrite_absolute("http://aXb.gov.cn/p") == "http://aXb.gov.cn/p"
    assert r.rewrite_absolute("http://a.b.gov.cn/p") == "https://xx.example.gov.cn/p"
    assert r.rewrite_absolute("http://x+y(z).gov.cn/p") == "https://xx.example.gov.cn/p"
    assert r.rewrite_absolute("http://c.gov.cn/p") == "http://c.gov.cn/p"


def test_unicode_old_domain_matches_its_punycode_form():
    r = rewriter(domains=("某某县.政务",))
    puny = "某某县.政务".encode("idna").decode()
    assert r.rewrite_absolute(f"http://{puny}/a").startswith("https://xx.example.gov.cn/a")
    assert r.rewrite_absolute("http://某某县.政务/a") == "https://xx.example.gov.cn/a"


def test_chinese_paths_are_percent_encoded_and_gbk_percent_encoding_is_fixed():
    r = rewriter(plan={"/附件/表.jsp": "/附件/表.html"})
    out = r.rewrite_absolute("http://xx.gov.cn/%E9%99%84%E4%BB%B6/%E8%A1%A8.jsp")
    assert out == "https://xx.example.gov.cn/%E9%99%84%E4%BB%B6/%E8%A1%A8.html"
    gbk = "".join(f"%{b:02X}" for b in "附件".encode("gbk"))
    assert r.rewrite_absolute(f"http://xx.gov.cn/{gbk}/x.doc") == "https://xx.example.gov.cn/%E9%99%84%E4%BB%B6/x.doc"


def test_relative_links_to_renamed_files_follow_the_rename():
    r = rewriter(plan={"/x/a.jsp": "/x/a.html", "/x/b.html": "/x/b.html"})
    out = r.rewrite_relative("/x/index.html",
                             '<a href="a.jsp?q=1">1</a><a href=\'../x/a.jsp\'>2</a><a href=/x/a.jsp>3</a>'
                             '<a href="b.html">4</a><a href="mailto:a@b">5</a>')
    assert out == ('<a href="a.html?q=1">1</a><a href=\'../x/a.html\'>2</a><a href="/x/a.html">3</a>'
                   '<a href="b.html">4</a><a href="mailto:a@b">5</a>')


def test_resolve_and_exists():
    hosts = ("xx.gov.cn",)
    assert links.resolve("/a/b.html", "../c/d.html", hosts) == "/c/d.html"
    assert links.resolve("/a/b.html", "http://xx.gov.cn/e/", hosts) == "/e/"
    assert links.resolve("/a/b.html", "http://other.cn/e", hosts) is None
    assert links.resolve("/a/b.html", "javascript:void(0)", hosts) is None
    assert links.resolve("/a/b.html", "%E8%A1%A8.doc", hosts) == "/a/表.doc"
    files = {"/e/index.html", "/a/表.doc"}
    assert links.exists("/e/", files) and links.exists("/e", files) and links.exists("/a/表.doc", files)
    assert not links.exists("/nope.html", files)


# ---- identifiers -----------------------------------------------------------------------------------------

def test_identifiers_are_added_once_and_stale_ones_replaced():
    page = ('<html><head><meta charset="utf-8"><meta name="SiteIDCode" content="0000000000">'
            '<meta name="SiteIDCode" content="1111"></head><body><p>x</p></BODY></html>')
    out = identifiers.ensure_identifiers(page, SITE.site_code, SITE.icp, SITE.psb).text
    assert out.count("SiteIDCode") == 1 and 'content="5201230001"' in out
    assert out.index("sitegroup-identifiers") < out.index("</BODY>")
    assert "黔ICP备12345678号" in out and "recordcode=52012302000123" in out
    assert identifiers.ensure_identifiers(out, SITE.site_code, SITE.icp, SITE.psb).text == out


def test_identifier_values_are_html_escaped():
    out = identifiers.ensure_identifiers("<body></body>", '1"><script>', "<b>", "&").text
    assert "<script>" not in out and "&lt;b&gt;" in out


# ---- nginx maps and the cut-over vhost -------------------------------------------------------------------

def test_map_quotes_hostile_paths_and_splits_case_collisions():
    text, skipped = nginxmap.render_map({
        "/a.html": "https://n/a.html",
        "/A.HTML": "https://n/A.HTML",
        '/q"uote;} evil.html': "https://n/q%22uote%3B%7D%20evil.html",
        "/line\nbreak.html": "https://n/x",
        "/dollar$x.html": "https://n/dollar$x.html",
        "/" + "长" * 100 + ".html": "https://n/long",
    })
    assert '"~^\\\\/a\\\\.html$" "https://n/a.html";' in text
    assert '"/q\\"uote;} evil.html" "https://n/q%22uote%3B%7D%20evil.html";' in text
    assert '"~^\\\\/长' in text  # long keys are regexes, never hashed
    assert set(skipped) == {"/line\nbreak.html", "/dollar$x.html"}
    assert text.count("\n") == 4


def test_redirect_vhost_and_notice_vhost():
    conf = cutover.render_vhost(site_id="xx-county", server_names=["www.xx.gov.cn"], listen=["80"],
                                mode="redirect", map_file="/etc/nginx/sitegroup-onboard/xx-county.map",
                                new_base="https://xx.example.gov.cn", docroot="/var/www/xx")
    assert 'return 301 "https://xx.example.gov.cn$request_uri";' in conf
    assert "return 301 $sitegroup_onboard_xx_county$is_args$args;" in conf
    notice = cutover.notice_html("某县政府网", "某市政府门户", "https://p.gov.cn/xx/", date(2026, 1, 1), 30)
    assert notice.isascii() and "&#x5173;&#x505c;" in notice  # 关停
    conf = cutover.render_vhost(site_id="xx", server_names=["xx.gov.cn"], listen=["80"], mode="notice",
                                map_file="/m", new_base="https://p.gov.cn/xx", docroot="/var/www/x y",
                                notice=notice)
    assert 'root "/var/www/x y";' in conf and "sub_filter" in conf


@pytest.mark.parametrize("kwargs", [
    {"server_names": ["xx.gov.cn; include /etc/passwd"]},
    {"listen": ["80; return 200"]},
    {"new_base": "https://x.gov.cn/$host"},
    {"site_id": "x}"},
])
def test_vhost_refuses_injection(kwargs):
    args = {"site_id": "xx", "server_names": ["xx.gov.cn"], "listen": ["80"], "mode": "redirect",
            "map_file": "/m", "new_base": "https://n.gov.cn", "docroot": "/d"} | kwargs
    with pytest.raises(ValueError):
        cutover.render_vhost(**args)


def test_closure_phase_is_date_driven_and_at_least_30_days():
    start = date(2026, 1, 1)
    assert cutover.phase(False, None, start) == "redirect"
    assert cutover.phase(True, start, start + timedelta(days=29)) == "notice"
    assert cutover.phase(True, start, start + timedelta(days=30)) == "redirect"
    with pytest.raises(ValueError):
        cutover.phase(True, start, start, days=7)


# ---- the whole tree --------------------------------------------------------------------------------------

def make_legacy(root: Path) -> None:
    (root / "news").mkdir(parents=True)
    (root / "附件").mkdir()
    (root / "index.html").write_bytes(gbk_page(
        '首页 <a href="http://www.xx.gov.cn/news/1.jsp">新闻</a> <a href="news/2.shtml">二</a> '
        '<a href="/附件/办事表格.doc">表格</a> <a href="/missing.html">坏链</a>'))
    (root / "news" / "1.jsp").write_bytes(gbk_page('新闻一 <a href="../index.html">回首页</a>', "gbk"))
    (root / "news" / "2.shtml").write_text(
        '<html><head><meta charset="utf-8"></head><body>新闻二 <a href="1.jsp">一</a></body></html>', "utf-8")
    (root / "附件" / "办事表格.doc").write_bytes(b"\xd0\xcf\x11\xe0 binary")


def test_transform_tree_publishes_verifies_and_is_idempotent(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    make_legacy(src)
    first = transform.transform_tree(src, pub, state, SITE)
    assert first["changed"] and first["pages"] == 3 and first["attachments"] == 1 and first["renamed"] == 1
    assert first["encodings"] == {"gb18030": 2, "utf-8": 1}
    index = (pub / "index.html").read_text("utf-8")
    assert 'href="https://xx.example.gov.cn/news/1.html"' in index
    assert 'content="5201230001"' in index and "charset=utf-8" in index
    assert 'href="1.html"' in (pub / "news" / "2.shtml").read_text("utf-8")
    assert not (pub / "news" / "1.jsp").exists() and (pub / "news" / "1.html").is_file()
    assert (pub / "附件" / "办事表格.doc").read_bytes() == (src / "附件" / "办事表格.doc").read_bytes()
    urlmap = json.loads((state / "urlmap.json").read_text())
    assert urlmap["/news/1.jsp"] == "https://xx.example.gov.cn/news/1.html"
    assert urlmap["/附件/办事表格.doc"] == "https://xx.example.gov.cn/%E9%99%84%E4%BB%B6/%E5%8A%9E%E4%BA%8B%E8%A1%A8%E6%A0%BC.doc"
    assert (state / "redirects.map").read_text() == '"/news/1.jsp" "/news/1.html";\n'
    manifest = json.loads((state / "manifest.json").read_text())
    sums = {e["path"]: e["sha256"] for e in manifest["files"]}
    assert sums["/news/1.html"] == tree.sha256_file(pub / "news/1.html")

    again = transform.transform_tree(src, pub, state, SITE)
    assert not again["changed"] and again["written"] == 0

    report = verify.verify_site(pub, state, src, tree.manifest(src), SITE)
    assert report["ok"], report
    assert report["broken_in_source"] == [["/index.html", "/missing.html"]]

    # A page lost on the target is caught by checksums and counts.
    (pub / "news" / "2.shtml").unlink()
    report = verify.verify_site(pub, state, src, tree.manifest(src), SITE)
    assert not report["ok"] and report["checksum_mismatches"] == ["/news/2.shtml"]


def test_check_mode_writes_nothing(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    make_legacy(src)
    result = transform.transform_tree(src, pub, state, SITE, check=True)
    assert result["changed"] and not pub.exists() and not state.exists()


def test_files_removed_from_source_are_unpublished(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    make_legacy(src)
    transform.transform_tree(src, pub, state, SITE)
    (src / "news" / "2.shtml").unlink()
    result = transform.transform_tree(src, pub, state, SITE)
    assert result["removed"] == ["/news/2.shtml"] and not (pub / "news" / "2.shtml").exists()


def test_link_broken_by_the_migration_fails_verification(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    make_legacy(src)
    transform.transform_tree(src, pub, state, SITE)
    page = pub / "news" / "2.shtml"
    page.write_text(page.read_text().replace('href="1.html"', 'href="1.htm"'))
    # Re-bless the checksum so only the link check can notice.
    doc = json.loads((state / "manifest.json").read_text())
    for e in doc["files"]:
        if e["path"] == "/news/2.shtml":
            e["sha256"] = tree.sha256_file(page)
    (state / "manifest.json").write_text(json.dumps(doc))
    report = verify.verify_site(pub, state, src, tree.manifest(src), SITE)
    assert not report["ok"] and report["broken_by_migration"] == [["/news/2.shtml", "/news/1.htm"]]


def test_stage_plan_and_batches_and_pack_refuse_escapes(tmp_path):
    source = {"/a": [1, "x"], "/b": [5, "y"], "/c": [1, "z"]}
    fetch, delete = tree.stage_plan(source, {"/a": [1, "x"], "/b": [5, "old"], "/d": [1, "q"]})
    assert (fetch, delete) == (["/b", "/c"], ["/d"])
    assert [list(b) for b in tree.batches(["/a", "/b", "/c"], source, 2, 100)] == [["/a", "/b"], ["/c"]]
    assert [list(b) for b in tree.batches(["/a", "/b", "/c"], source, 10, 5)] == [["/a"], ["/b"], ["/c"]]
    assert tree.batches(["/c"], source, 10, 5) == [{"/c": [1, "z"]}]
    with pytest.raises(ValueError):
        tree.safe_member(tmp_path, "/../etc/passwd")


def test_non_utf8_file_names_are_refused_with_the_fix(tmp_path):
    (tmp_path / "ok.html").write_text("x")
    (tmp_path / os.fsdecode("办事".encode("gbk") + b".doc")).write_bytes(b"x")
    with pytest.raises(tree.NonUtf8Names, match="convmv -f gbk"):
        tree.manifest(tmp_path)
