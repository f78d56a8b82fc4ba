"""Fast tests of faithful onboarding, function by function: encodings per segment and declarations, every spelling
of a link to the old site, identifiers replaced where they stand, prefixes for a site closed into a portal, and
the checks verification runs over every file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from sitegroup.migrate import charset, identifiers, links, transform, tree, verify

OLD = ("www.old.gov.cn", "old.qc-old.cn")
NEW = "https://www.new.gov.cn"
IDS = {"site_code": "5201230001", "icp": "黔ICP备12345678号-1", "psb": "黔公网安备52012302000123号"}


def rw(plan=None, prefix=""):
    return links.Rewriter(OLD, NEW + prefix, plan or {"/a/b.jsp": "/a/b.html"}, prefix, ("www.new.gov.cn",))


# ---- encodings ---------------------------------------------------------------------------------------------

def test_utf8_page_with_a_gbk_paragraph_keeps_both():
    data = ("<p>本页为UTF-8编码</p>\n<p>".encode() + "粘贴的GBK段落：营商环境".encode("gbk") + b"</p>")
    d = charset.decode(data)
    assert d.faithful and d.encoding == "mixed"
    assert d.text == "<p>本页为UTF-8编码</p>\n<p>粘贴的GBK段落：营商环境</p>"
    # Whole-page GB18030 (what the old code did once UTF-8 failed) garbles the UTF-8 part without an error.
    assert "本页为UTF-8编码" not in data.decode("gb18030", "replace")


def test_short_segments_valid_both_ways_follow_the_rest_of_the_page():
    # One GBK character can be valid UTF-8 by chance (C3 A9 is 'é' in UTF-8 and a GBK character).
    one = "茅".encode("gbk")
    assert one.decode("utf-8") == "é"
    data = "<p>县人民政府办公室</p><b>".encode("gbk") + one + b"</b>"
    assert charset.decode(data).text.endswith("<b>茅</b>")


def test_a_short_gbk_file_that_is_valid_utf8_by_chance_is_read_as_gbk():
    # 通知 in GBK (CD A8 D6 AA) is valid UTF-8 for two non-Chinese characters (U+0368 U+05AA).
    data = '<?xml version="1.0" encoding="gbk"?><title>通知</title>'.encode("gbk")
    assert data.decode("utf-8") != data.decode("gbk")
    assert charset.decode(data).text.endswith("<title>通知</title>")
    # While a UTF-8 file whose only non-ASCII is Latin-1 (©, é) stays UTF-8.
    assert charset.decode("<p>© 2024 café</p>".encode()).text == "<p>© 2024 café</p>"


def test_undecodable_bytes_make_the_page_unfaithful():
    d = charset.decode("<p>损坏</p>".encode("gbk") + b"<p>\xff\x80\xff</p>")
    assert not d.faithful and charset.REPLACEMENT in d.text


def test_utf16_page_with_bom_decodes():
    d = charset.decode("\ufeff<p>政务公开</p>".encode("utf-16-le"))
    assert d.faithful and d.text == "<p>政务公开</p>" and d.encoding == "utf-16"


def test_every_declaration_becomes_utf8():
    page = ('<?xml version="1.0" encoding="gb2312"?><html><head><script charset="gbk" src="a.js"></script>'
            '<meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head>'
            '<body><form action="/s" accept-charset="gb2312 gbk"></form></body></html>')
    assert charset.declarations(page) == ["gbk", "gb2312", "gb2312", "gbk", "gb2312"]
    fixed = charset.fix_declared_charset(page)
    assert charset.declares_only_utf8(fixed) and fixed.startswith('<?xml version="1.0" encoding="utf-8"?>')
    assert fixed.count('<meta charset="utf-8">') == 0  # the http-equiv one now says utf-8: no second declaration
    assert charset.fix_css_declaration('@charset "GBK";\nbody{}') == '@charset "utf-8";\nbody{}'
    assert charset.fix_declared_charset("<html><head><title>x</title>").count('<meta charset="utf-8">') == 1


# ---- links: every spelling ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("before", "after"), [
    ('href="HTTP://WWW.OLD.GOV.CN/a/b.jsp?x=1"', 'href="https://www.new.gov.cn/a/b.html?x=1"'),
    ('src="//old.qc-old.cn/i.png"', 'src="https://www.new.gov.cn/i.png"'),
    ('href="http://www.old.gov.cn:80/"', 'href="https://www.new.gov.cn/"'),
    ('href="https://www.old.gov.cn:443/a/"', 'href="https://www.new.gov.cn/a/"'),
    ('href="http://www.old.gov.cn./a/"', 'href="https://www.new.gov.cn/a/"'),
    ('{"u":"http:\\/\\/www.old.gov.cn\\/a\\/b.jsp"}', '{"u":"https:\\/\\/www.new.gov.cn\\/a\\/b.html"}'),
    ('"\\/\\/www.old.gov.cn\\/x"', '"https:\\/\\/www.new.gov.cn\\/x"'),
    ('href="http:&#x2F;&#x2F;www.old.gov.cn&#x2F;a&#x2F;b.jsp"',
     'href="https:&#x2F;&#x2F;www.new.gov.cn&#x2F;a&#x2F;b.html"'),
    ('href="http&#58;&#47;&#47;www.old.gov.cn&#47;x"', 'href="https&#58;&#47;&#47;www.new.gov.cn&#47;x"'),
    ("?return=http%3A%2F%2Fwww.old.gov.cn%2Fa%2Fb.jsp%3Fid%3D7&y=1",
     "?return=https%3A%2F%2Fwww.new.gov.cn%2Fa%2Fb.html%3Fid%3D7&y=1"),
    ("?u=http%3a%2f%2fOLD.QC-OLD.CN%2f", "?u=https%3A%2F%2Fwww.new.gov.cn%2F"),
    ('var HOST = "www.old.gov.cn";', 'var HOST = "www.new.gov.cn";'),
    ("原文：www.old.gov.cn/a/b.jsp。", "原文：www.new.gov.cn/a/b.html。"),
    ("见 http://www.old.gov.cn/a/b.jsp，谢谢", "见 https://www.new.gov.cn/a/b.html，谢谢"),
    ("url(http://www.old.gov.cn/i.png)", "url(https://www.new.gov.cn/i.png)"),
])
def test_every_spelling_of_an_old_url_is_rewritten(before, after):
    assert rw().rewrite_absolute(before) == after
    assert verify.old_references(after, verify.reference_pattern(OLD)) == ([], [])


@pytest.mark.parametrize("text", [
    'href="http://www.old.gov.cn.evil.example/a"',
    'href="http://notwww.old.gov.cn/a"',
    'href="http://bbs.old.qc-old.cn/"',
    'href="http://www.old.gov.cn-x.cn/"',
    'href="http://www.old.gov.cn@evil.example/"',
    'href="ftp://www.old.gov.cn/a"',
    'href="http://www.gov.cn/"',
    "mailto:webmaster@old.qc-old.cn",
    'href="http://evil.example/www.old.gov.cn/"',
])
def test_lookalikes_external_links_and_mail_addresses_stay(text):
    assert rw().rewrite_absolute(text) == text


def test_verify_sees_old_hosts_in_any_case_and_escaping():
    pattern = verify.reference_pattern(OLD)
    for text in ("HTTP://WWW.OLD.GOV.CN/", "http:\\/\\/www.old.gov.cn\\/", "http:&#x2F;&#x2F;www.old.gov.cn",
                 "%2F%2Fwww.old.gov.cn%2F", "&#119;ww.old.gov.cn", "www%2Eold%2Egov%2Ecn", "\\u0077ww.old.gov.cn",
                 "http://evil.example/www.old.gov.cn/"):
        refs, mails = verify.old_references(text, pattern)
        assert refs and not mails, text
    assert verify.old_references("webmaster@old.qc-old.cn", pattern)[1]
    for text in ("www.old.gov.cn.evil.example", "notwww.old.gov.cn", "bbs.old.qc-old.cn", "www.old.gov.cnx"):
        assert verify.old_references(text, pattern) == ([], []), text


# ---- links: a site closed into a portal (prefix), <base>, relative links ---------------------------------

def test_prefix_moves_root_relative_links_in_every_form():
    r = rw(prefix="/old")
    page = ('<a href="/a/b.jsp">1</a><img src=/i.png><img srcset="/s.png 1x, /s2.png 2x">'
            '<meta http-equiv="refresh" content="0;url=/a/">'
            '<div style="background:url(/bg.png)"></div><script>location = "/x/"; window.open(\'/y\');'
            'document.write("<a href=\\"/z.html\\">")</script><a href="http://www.gov.cn/">g</a>'
            '<a href="#top">t</a><a href="mailto:a@b.cn">m</a><a href="//cdn.example/x.js">c</a>')
    out = r.rewrite_relative("/a/index.html", page)
    assert out == ('<a href="/old/a/b.html">1</a><img src="/old/i.png"><img srcset="/old/s.png 1x, /old/s2.png 2x">'
                   '<meta http-equiv="refresh" content="0;url=/old/a/">'
                   '<div style="background:url(/old/bg.png)"></div>'
                   '<script>location = "/old/x/"; window.open(\'/old/y\');'
                   'document.write("<a href=\\"/old/z.html\\">")</script><a href="http://www.gov.cn/">g</a>'
                   '<a href="#top">t</a><a href="mailto:a@b.cn">m</a><a href="//cdn.example/x.js">c</a>')
    assert r.rewrite_absolute('<base href="http://www.old.gov.cn/">') == '<base href="https://www.new.gov.cn/old/">'


def test_relative_links_climbing_above_the_old_root_stay_inside_the_prefix():
    # The old site clamped ../../ at its root; under /old/ the same link would land in the portal's pages.
    r = rw(prefix="/old")
    assert r.rewrite_relative("/a/b.html", '<a href="../../../c.html">') == '<a href="/old/c.html">'
    assert r.rewrite_relative("/a/b.html", '<a href="../c.html">') == '<a href="../c.html">'
    assert rw().rewrite_relative("/a/b.html", '<a href="../../c.html">') == '<a href="../../c.html">'


def test_base_href_decides_what_relative_links_point_at():
    assert links.page_base("/s/p.html", '<base href="http://www.old.gov.cn/a/">', OLD) == "/a/"
    assert links.page_base("/s/p.html", '<base href="/a/x.html">', OLD) == "/a/x.html"
    assert links.page_base("/s/p.html", '<base href="http://elsewhere.cn/">', OLD) is None
    assert links.page_base("/s/p.html", "<p>no base</p>", OLD) == "/s/p.html"
    r = rw()
    assert r.rewrite_relative("/s/p.html", '<a href="b.jsp">', "/a/") == '<a href="b.html">'
    assert r.rewrite_relative("/s/p.html", '<a href="b.jsp">') == '<a href="b.jsp">'


def test_css_file_links_resolve_against_the_stylesheet():
    r = rw(plan={"/a/b.jsp": "/a/b.html"}, prefix="/old")
    css = '@import "/c/print.css";\n@import url(\'../x.css\');\nbody{background:url("/i.png")}'
    assert r.rewrite_css("/c/main.css", css) == (
        '@import "/old/c/print.css";\n@import url(\'../x.css\');\nbody{background:url("/old/i.png")}')


def test_script_files_move_only_root_relative_links():
    r = rw(prefix="/old")
    js = "location = '/a/b.jsp'; var rel = 'x.html'; document.write('<img src=\"img/a.png\">');"
    assert r.rewrite_script(js) == js.replace("/a/b.jsp", "/old/a/b.html")


# ---- identifiers -------------------------------------------------------------------------------------------

OLD_FOOTER = ('<div>网站标识码：5201239999 <a href="https://beian.miit.gov.cn/">黔ICP备05012345号-1</a> '
              '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=52012302000999">'
              '<img src="ga.png">黔公网安备 52012302000999号</a></div>')


def test_old_identifiers_are_replaced_where_they_stand_and_nothing_is_added():
    page = f'<html><head><meta name="SiteIDCode" content="5201239999"></head><body>{OLD_FOOTER}</body></html>'
    res = identifiers.ensure_identifiers(page, **IDS)
    assert res.unlocated == [] and identifiers.FOOTER_ID not in res.text
    assert "网站标识码：5201230001" in res.text and ">黔ICP备12345678号-1</a>" in res.text
    assert "recordcode=52012302000123" in res.text and "黔公网安备52012302000123号</a>" in res.text
    assert identifiers.conflicts(res.text, **IDS) == []


def test_only_missing_identifiers_are_added():
    res = identifiers.ensure_identifiers("<body><p>黔ICP备05012345号</p></body>", **IDS)
    foot = res.text[res.text.index(identifiers.FOOTER_ID):]
    assert "黔ICP备12345678号-1" not in foot and "5201230001" in foot and "52012302000123" in foot
    assert res.text.count("黔ICP备12345678号-1") == 1 and identifiers.conflicts(res.text, **IDS) == []


def test_labelled_psb_and_lookalike_numbers():
    page = ("<body>公安备案号：52012302000999 项目编号 5201239999 京ICP证030173号 电话 0851-12345678 "
            "ICP备案是指网站备案</body>")
    res = identifiers.ensure_identifiers(page, **IDS)
    assert "公安备案号：52012302000123" in res.text
    assert "项目编号 5201239999 京ICP证030173号 电话 0851-12345678 ICP备案是指网站备案" in res.text
    assert res.unlocated == []


def test_identifier_split_by_markup_is_reported_not_guessed():
    page = "<body>网站标识码：5201230001 黔ICP备<span>05012345</span>号 黔公网安备52012302000123号</body>"
    res = identifiers.ensure_identifiers(page, **IDS)
    assert res.unlocated == ["icp: 黔ICP备05012345号 could not be replaced in place"]
    assert "<span>05012345</span>" in res.text  # left as it was
    assert identifiers.conflicts(res.text, **IDS) == ["icp: shows 黔ICP备05012345号, 黔ICP备12345678号-1, "
                                                      "expected 黔ICP备12345678号-1"]


def test_conflicts_catch_each_kind():
    good = identifiers.ensure_identifiers("<html><head></head><body></body></html>", **IDS).text
    assert identifiers.conflicts(good, **IDS) == []
    assert identifiers.conflicts(good.replace('content="5201230001"', 'content="1"'), **IDS)[0].startswith("meta")
    assert identifiers.conflicts(good + "<p>网站标识码：5201239999</p>", **IDS)[0].startswith("site_code")
    assert identifiers.conflicts(good + "<p>icp备05012345号</p>", **IDS)[0].startswith("icp")
    assert identifiers.conflicts(good + "<p>黔公网安备 52012302000999号</p>", **IDS)[0].startswith("psb")
    assert identifiers.conflicts(good.replace("recordcode=52012302000123", "recordcode=1"), **IDS)[0].startswith(
        "recordcode")
    assert identifiers.conflicts("<body></body>", **IDS)  # nothing shown at all


# ---- verification over a whole tree ------------------------------------------------------------------------

SPEC = transform.SiteSpec(site_id="old", old_domains=OLD, new_domains=("www.new.gov.cn",), new_origin=NEW, **IDS)


@pytest.fixture()
def site(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    (src / "a").mkdir(parents=True)
    (src / "index.html").write_bytes(
        f'<html><head><meta charset="gb2312"></head><body><a href="a/b.jsp">b</a>{OLD_FOOTER}</body></html>'
        .encode("gbk"))
    (src / "a" / "b.jsp").write_bytes('<html><body><a href="/index.html">首页</a></body></html>'.encode("gbk"))
    (src / "a" / "doc.pdf").write_bytes(b"%PDF http://www.old.gov.cn/ \x00\xff")
    (src / "feed.xml").write_bytes('<?xml version="1.0" encoding="gbk"?><rss><link>http://www.old.gov.cn/a/b.jsp'
                                   '</link><title>通知</title></rss>'.encode("gbk"))
    transform.transform_tree(src, pub, state, SPEC)
    return src, pub, state


def report(site):
    src, pub, state = site
    return verify.verify_site(pub, state, src, tree.manifest(src), SPEC)


def rebless(state: Path, pub: Path, path: str) -> None:
    """Make the manifest agree with a tampered file, so only the check under test can notice."""
    doc = json.loads((state / "manifest.json").read_text())
    for e in doc["files"]:
        if e["path"] == path:
            e["sha256"] = tree.sha256_file(pub / path.lstrip("/"))
    (state / "manifest.json").write_text(json.dumps(doc))


def test_a_faithful_site_verifies(site):
    r = report(site)
    assert r["ok"] and r["exceptions"] == [], r["problems"]
    src, pub, _ = site
    assert (pub / "a" / "doc.pdf").read_bytes() == (src / "a" / "doc.pdf").read_bytes()
    assert (pub / "feed.xml").read_text() == ('<?xml version="1.0" encoding="utf-8"?><rss><link>'
                                             'https://www.new.gov.cn/a/b.html</link><title>通知</title></rss>')


@pytest.mark.parametrize(("path", "old", "new", "kind"), [
    ("/index.html", "</body>", "HTTP://WWW.OLD.GOV.CN/</body>", "old domain"),
    ("/feed.xml", "<title>", "<title>http:\\/\\/www.old.gov.cn\\/", "old domain"),
    ("/index.html", "</body>", "<p>黔ICP备05012345号</p></body>", "identifiers"),
    ("/index.html", 'charset="utf-8"', 'charset="gbk"', "encoding"),
    ("/feed.xml", 'encoding="utf-8"', 'encoding="gb2312"', "encoding"),
    ("/index.html", "</body>", "\ufffd</body>", "encoding"),
    ("/index.html", 'href="a/b.html"', 'href="a/b.htm"', "broken link"),
])
def test_each_kind_of_exception_fails_verification_with_its_page(site, path, old, new, kind):
    _src, pub, state = site
    f = pub / path.lstrip("/")
    text = f.read_text("utf-8")
    assert old in text
    f.write_text(text.replace(old, new, 1), "utf-8")
    rebless(state, pub, path)
    r = report(site)
    assert not r["ok"] and any(x["page"] == path and x["kind"] == kind for x in r["exceptions"]), r["exceptions"]


def test_text_assets_are_rewritten_and_binaries_and_nul_files_copied(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    src.mkdir()
    (src / "robots.txt").write_text("Sitemap: http://www.old.gov.cn/sitemap.xml\n")
    (src / "data.json").write_text('{"u": "HTTPS://old.qc-old.cn/a"}')
    (src / "odd.js").write_bytes(b"var x = 'http://www.old.gov.cn/';\x00\x01")  # NUL: not text after all
    (src / "notes.txt").write_bytes("http://www.old.gov.cn/ 附件说明".encode("gbk"))  # an attachment, not a web file
    transform.transform_tree(src, pub, state, SPEC)
    assert (pub / "robots.txt").read_text() == "Sitemap: https://www.new.gov.cn/sitemap.xml\n"
    assert (pub / "data.json").read_text() == '{"u": "https://www.new.gov.cn/a"}'
    for name in ("odd.js", "notes.txt"):
        assert (pub / name).read_bytes() == (src / name).read_bytes()


def test_replacement_characters_the_source_had_are_not_blamed(tmp_path):
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    src.mkdir()
    (src / "index.html").write_text("<html><body>原文即有\ufffd</body></html>", "utf-8")
    transform.transform_tree(src, pub, state, SPEC)
    assert verify.verify_site(pub, state, src, tree.manifest(src), SPEC)["ok"]


def test_unfaithful_page_is_held_back_and_unpublished_on_rerun(site):
    src, pub, state = site
    good = (src / "a" / "b.jsp").read_bytes()
    (src / "a" / "b.jsp").write_bytes(good + b"\xff\x80")
    result = transform.transform_tree(src, pub, state, SPEC)
    assert result["held_back"][0]["path"] == "/a/b.jsp" and not (pub / "a" / "b.html").exists()
    r = report(site)
    assert not r["ok"] and {"page": "/a/b.jsp", "kind": "not published"}.items() <= r["exceptions"][0].items()


def test_a_root_relative_link_left_outside_the_prefix_is_broken(tmp_path):
    spec = transform.SiteSpec(site_id="old", old_domains=OLD, new_domains=("www.new.gov.cn",), new_origin=NEW,
                              prefix="/old", **IDS)
    src, pub, state = tmp_path / "src", tmp_path / "pub", tmp_path / "state"
    (src / "a").mkdir(parents=True)
    (src / "index.html").write_text('<a href="/a/x.html">x</a>', "utf-8")
    (src / "a" / "x.html").write_text('<a href="../index.html">up</a>', "utf-8")
    transform.transform_tree(src, pub, state, spec)
    assert '<a href="/old/a/x.html">' in (pub / "index.html").read_text()
    assert verify.verify_site(pub, state, src, tree.manifest(src), spec)["ok"]
    (pub / "index.html").write_text((pub / "index.html").read_text().replace("/old/a/x.html", "/a/x.html"))
    rebless(state, pub, "/index.html")
    r = verify.verify_site(pub, state, src, tree.manifest(src), spec)
    assert r["broken_by_migration"] == [["/index.html", "/a/x.html"]]


def test_verify_runs_before_cutover_in_the_same_block_so_a_failure_stops_it():
    play = yaml.safe_load((Path(__file__).resolve().parents[2] / "playbooks" / "onboard.yml").read_text())[0]
    block = next(t for t in play["tasks"] if "block" in t)["block"]
    roles = [t["ansible.builtin.include_role"]["name"] for t in block]
    assert roles.index("onboard_verify") == roles.index("onboard_cutover") - 1
    assert not any("ignore_errors" in t for t in block)
    tasks = yaml.safe_load((Path(__file__).resolve().parents[2] / "roles/onboard_verify/tasks/main.yml").read_text())
    assert not any(t.get("ignore_errors") or "failed_when" in t for t in tasks)
