"""Real Ansible against a legacy server and a content target (local containers, --network none).

One scenario, in order: check mode on a fresh site; a transfer interrupted by stopping the legacy server,
then completed by a re-run; the migrated content, URL map and both web servers; a second run (changed=0);
check mode again; a site closing into its portal (notice, then 301s after 30 days); rollback of both.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import time
from datetime import date, timedelta
from urllib.parse import quote

import pytest

from tests.conftest import require, require_docker
from tests.onboard import lab, special

pytestmark = pytest.mark.slow

NEW = "https://www.qingshanxian.gov.cn"
OLD_HOSTS = ("www.qingshan.gov.cn", "qingshan.qc-old.cn")
FAST = {"onboard_verify_samples": 8}
LEGACY_PATHS = ("/etc/nginx", "/var/www")


@pytest.fixture(scope="module")
def env():
    require_docker()
    require("debootstrap")
    started = lab.start_lab(pages=320, dept_pages=40)
    started["before"] = lab.fingerprint(started["legacy"], *LEGACY_PATHS)
    yield started
    lab.stop_lab()


def staged_count(target) -> int:
    out = lab.sh(target, "find /srv/site/onboard/qingshan/source -type f 2>/dev/null | wc -l", check=False)
    return int(out.strip() or 0)


def py(container, script: str) -> dict:
    r = container.exec("python3", "-c", script)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_check_mode_on_a_fresh_site_changes_nothing(env):
    target_before = lab.fingerprint(env["target"], "/srv/site")
    run = lab.play("qingshan", "--check", extra=FAST)
    assert run.rc == 0, run.output[-4000:]
    assert lab.fingerprint(env["legacy"], *LEGACY_PATHS) == env["before"]
    assert lab.sh(env["legacy"], "ls /var/backups/sitegroup-onboard 2>/dev/null || true").strip() == ""
    assert lab.fingerprint(env["target"], "/srv/site") == target_before


def test_transfer_interrupted_by_a_stopped_legacy_server_completes_on_rerun(env):
    total = env["summaries"]["qingshan"]["pages"] + env["summaries"]["qingshan"]["attachments"]
    proc = subprocess.Popen(lab.playbook_argv("qingshan", extra={**FAST, "onboard_transfer_batch_files": 25}),
                            cwd=lab.REPO, env=lab.playbook_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and staged_count(env["target"]) < 50 and proc.poll() is None:
        time.sleep(0.2)
    subprocess.run(["docker", "stop", "-t", "1", lab.LEGACY], check=True, capture_output=True)
    proc.communicate(timeout=300)
    staged = staged_count(env["target"])
    assert proc.returncode != 0, "the run should fail when the legacy server goes away"
    assert 0 < staged < total, f"stopped after {staged} of {total} files: not halfway"

    lab.restart(env["legacy"])
    run = lab.play("qingshan", extra=FAST)
    assert run.rc == 0, run.output[-6000:]
    assert staged_count(env["target"]) == total
    assert "5 links were broken before the migration" in run.output


# Run on the target: every published text file of a site, checked independently of sitegroup.migrate. Old hosts
# are searched in any case and in every escaping a browser undoes (\\/, entities, percent-encoding), as whole
# host names (look-alikes such as www.qingshan.gov.cn.mirror.example.com are not the old host).
SCAN = r"""
import hashlib, html, json, os, re, sys
from urllib.parse import unquote
root, hosts, ids = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
host_re = re.compile(r"(?<![a-z0-9_.@-])(?:" + "|".join(re.escape(h) for h in hosts) + r")(?![a-z0-9_-]|\.[a-z0-9-]|@)",
                     re.I)
out = {"pages": 0, "text_files": 0, "bad_utf8": [], "bad_declaration": [], "old_links": [], "ids": [], "fffd": [],
       "rare": 0, "jsp": 0}
def values(pattern, text):
    return sorted(set(re.sub(r"\s", "", m) for m in re.findall(pattern, text)))
for d, _, files in os.walk(root):
    for f in files:
        p = os.path.join(d, f)
        if p.endswith(".jsp"):
            out["jsp"] += 1
        page = p.endswith((".html", ".htm", ".shtml"))
        if not (page or p.endswith((".css", ".js", ".json", ".xml"))):
            continue
        out["text_files"] += 1
        out["pages"] += page
        data = open(p, "rb").read()
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            out["bad_utf8"].append(p); continue
        if "\ufffd" in t: out["fffd"].append(p)
        declared = (re.findall(r"(?:charset|encoding)\s*=\s*[\"']?\s*([\w.:-]+)", t, re.I)
                    + re.findall(r"@charset\s+[\"']([\w.:-]+)", t, re.I))
        if data.startswith(b"\xef\xbb\xbf") or any(v.lower() not in ("utf-8", "utf8") for v in declared):
            out["bad_declaration"].append(p)
        views = [t, html.unescape(t), t.replace("\\/", "/"), unquote(t)]
        if any(host_re.search(v) for v in views): out["old_links"].append(p)
        if not page:
            continue
        visible = html.unescape(re.sub(r"<[^>]*>", "", t))
        got = [values(r"SiteIDCode\" content=\"([^\"]*)", t), values(r"网站标识码[：:\s]*([0-9A-Za-z]+)", visible),
               values(r"(.ICP备[\s\d]+号(?:-\d+)?)", visible), values(r"公网安备[：:\s]*(\d+)", visible),
               values(r"recordcode=(\d+)", t)]
        if got[:4] != [[ids[0]], [ids[0]], [ids[1]], [ids[2]]] or got[4] not in ([], [ids[2]]):
            out["ids"].append([p, got])
        out["rare"] += "朱镕基 王堃" in t
print(json.dumps(out))
"""


def scan(target, root: str, hosts: tuple[str, ...], site_code: str, icp: str, psb_code: str) -> dict:
    r = target.exec("python3", "-c", SCAN, root, json.dumps(list(hosts)), json.dumps([site_code, icp, psb_code]))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def published_cases(env, site: str, publish: str, state: str, **ids: str) -> list[str]:
    """Every must-pass case of the generated site, checked on the files the target publishes."""
    source = env["workdir"] / site
    script = r"""
import hashlib, json, sys
publish, state, paths = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
where = {e["source"]: e["path"] for e in json.load(open(state + "/manifest.json"))["files"]}
out = {}
for p in paths:
    if p not in where:
        out[p] = None; continue
    data = open(publish + where[p], "rb").read()
    out[p] = {"sha": hashlib.sha256(data).hexdigest(), "text": data.decode("utf-8", "replace")}
print(json.dumps(out))
"""
    cases = env["summaries"][site]["cases"]
    paths = sorted({c["path"] for c in cases})
    r = env["target"].exec("python3", "-c", script, publish, state, json.dumps(paths))
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    wrong = []
    for case in cases:
        file = got[case["path"]]
        sha = hashlib.sha256((source / case["path"].lstrip("/")).read_bytes()).hexdigest()
        wrong += special.check_case(case, file and file["text"], bool(file) and file["sha"] == sha, **ids)
    return wrong


QINGSHAN = {"new_origin": NEW, "prefix": "", "site_code": "6801230001", "icp": "青ICP备68000009号-1",
            "psb": "青公网安备68012300000009号"}
# Closed into the portal linhe: published under /linhe-slj/ on the portal's domain, with the portal's identifiers.
LINHE_SLJ = {"new_origin": "https://www.linhe.gov.cn", "prefix": "/linhe-slj", "site_code": "6801000001",
             "icp": "青ICP备68000002号-1", "psb": "青公网安备68010000000002号"}


def test_published_text_files_are_utf8_with_the_entrys_identifiers_and_no_old_host_in_any_spelling(env):
    report = scan(env["target"], "/srv/site/htdocs", OLD_HOSTS, "6801230001", "青ICP备68000009号-1", "68012300000009")
    assert report["pages"] == 320 and report["text_files"] > 320
    for key in ("bad_utf8", "bad_declaration", "old_links", "ids", "fffd"):
        assert report[key] == [], (key, report[key][:5])
    assert report["jsp"] == 0
    assert report["rare"] >= 40  # GBK-only characters in gb2312-labelled pages survived


def test_every_generated_legacy_form_is_published_faithfully(env):
    assert len(env["summaries"]["qingshan"]["cases"]) >= 20
    assert published_cases(env, "qingshan", "/srv/site/htdocs", "/srv/site/onboard/qingshan", **QINGSHAN) == []


def test_manifest_matches_the_target_and_the_url_map_covers_every_old_url(env):
    r = py(env["target"], r"""
import hashlib, json, os
st = "/srv/site/onboard/qingshan"
m = json.load(open(st + "/manifest.json"))
bad = [e["path"] for e in m["files"]
       if hashlib.sha256(open("/srv/site/htdocs" + e["path"], "rb").read()).hexdigest() != e["sha256"]]
src = []
for d, _, files in os.walk(st + "/source"):
    src += ["/" + os.path.relpath(os.path.join(d, f), st + "/source") for f in files]
print(json.dumps({"n": len(m["files"]), "bad": bad, "src": sorted(src), "urlmap": json.load(open(st + "/urlmap.json")),
                  "redirects": open(st + "/redirects.map", encoding="utf-8").read()}))
""")
    summary = env["summaries"]["qingshan"]
    assert r["n"] == summary["pages"] + summary["attachments"] and r["bad"] == []
    assert sorted(r["urlmap"]) == r["src"]
    assert all(v.startswith(NEW + "/") for v in r["urlmap"].values())
    jsp = [k for k in r["urlmap"] if k.endswith(".jsp")]
    assert len(jsp) == env["summaries"]["qingshan"]["jsp"] > 0
    assert all(r["urlmap"][k] == NEW + quote(k[:-4] + ".html") for k in jsp)
    assert r["urlmap"]["/uploads/办事指南_0.doc"] == NEW + quote("/uploads/办事指南_0.doc")
    assert r["redirects"].count("\n") == len(jsp)


def test_target_serves_pages_attachments_and_renamed_urls(env):
    host = "www.qingshanxian.gov.cn"
    t = env["target"]
    assert lab.curl(t, "/index.html", host)[0] == "200"
    assert lab.curl(t, quote("/uploads/办事指南_0.doc"), host)[0] == "200"
    assert lab.curl(t, "/bsfw/detail_3.jsp", host) == ("301", "http://www.qingshanxian.gov.cn/bsfw/detail_3.html")
    headers = t.exec("curl", "-s", "-D", "-", "-o", "/dev/null", "-H", f"Host: {host}",
                     "http://127.0.0.1/zwdt/index.shtml").stdout.lower()
    assert "200 ok" in headers and "charset=utf-8" in headers


def test_legacy_host_301s_every_old_url_to_its_new_url(env):
    urlmap = json.loads(env["target"].exec("cat", "/srv/site/onboard/qingshan/urlmap.json").stdout)
    paths = "\n".join(quote(p) for p in sorted(urlmap)) + "\n"
    for host in OLD_HOSTS:
        r = env["legacy"].exec(
            "sh", "-c", "while read -r p; do curl -s -o /dev/null -w \"$p %{http_code} %{redirect_url}\\n\" "
            f"-H 'Host: {host}' \"http://127.0.0.1$p\"; done", input=paths)
        got = {}
        for line in r.stdout.splitlines():
            path, code, url = line.split(" ")
            got[path] = (code, url)
        assert len(got) == len(urlmap)
        wrong = {p: got[quote(p)] for p, new in urlmap.items() if got[quote(p)] != ("301", new)}
        assert wrong == {}
    # Unknown paths and query strings go to the same place on the new site.
    assert lab.curl(env["legacy"], "/bsfw/detail_3.jsp?id=7", OLD_HOSTS[0]) == ("301", NEW + "/bsfw/detail_3.html?id=7")
    assert lab.curl(env["legacy"], "/never/was.asp?x=1", OLD_HOSTS[1]) == ("301", NEW + "/never/was.asp?x=1")


def test_second_run_changes_nothing(env):
    run = lab.play("qingshan", extra=FAST)
    assert run.rc == 0, run.output[-4000:]
    assert run.changed == 0, run.output[-6000:]


def test_check_mode_after_migration_changes_nothing(env):
    legacy = lab.fingerprint(env["legacy"], *LEGACY_PATHS, "/var/backups")
    target = lab.fingerprint(env["target"], "/srv/site")
    run = lab.play("qingshan", "--check", extra=FAST)
    assert run.rc == 0 and run.changed == 0, run.output[-4000:]
    assert lab.fingerprint(env["legacy"], *LEGACY_PATHS, "/var/backups") == legacy
    assert lab.fingerprint(env["target"], "/srv/site") == target


def test_site_closing_into_its_portal_shows_a_notice_for_30_days_then_redirects(env):
    today = date.today()
    run = lab.play("linhe-slj", extra={**FAST, "onboard_cutover_today": today.isoformat()})
    assert run.rc == 0, run.output[-6000:]
    host = "linheslj.qc-old.cn"
    # The legacy page is still GBK; the injected notice is ASCII (numeric references), readable in any charset.
    page = subprocess.run(["docker", "exec", lab.LEGACY, "curl", "-s", "-H", f"Host: {host}",
                           "http://127.0.0.1/index.html"], capture_output=True, check=True).stdout.decode("gb18030")
    assert 'id="sitegroup-closure-notice"' in page
    notice = page[page.index("sitegroup-closure-notice"):]
    assert "https://www.linhe.gov.cn/linhe-slj/" in notice
    assert "".join(f"&#x{ord(c):x};" for c in "临河市人民政府门户网站") in notice
    assert lab.curl(env["legacy"], "/sitegroup-closure-notice.html", host)[0] == "200"
    # Published under the portal, served by the portal's domain, every link kept inside /linhe-slj/.
    assert lab.curl(env["target"], "/linhe-slj/index.html", "www.linhe.gov.cn")[0] == "200"
    assert published_cases(env, "linhe-slj", "/srv/site/htdocs/linhe-slj", "/srv/site/onboard/linhe-slj",
                           **LINHE_SLJ) == []
    report = scan(env["target"], "/srv/site/htdocs/linhe-slj", ("linheslj.qc-old.cn",), "6801000001",
                  "青ICP备68000002号-1", "68010000000002")
    for key in ("bad_utf8", "bad_declaration", "old_links", "ids", "fffd"):
        assert report[key] == [], (key, report[key][:5])

    later = today + timedelta(days=29)
    run = lab.play("linhe-slj", extra={**FAST, "onboard_cutover_today": later.isoformat()})
    assert run.rc == 0 and run.changed == 0, run.output[-4000:]
    assert lab.curl(env["legacy"], "/index.html", host)[0] == "200"

    later = today + timedelta(days=31)
    run = lab.play("linhe-slj", extra={**FAST, "onboard_cutover_today": later.isoformat()})
    assert run.rc == 0, run.output[-4000:]
    assert lab.curl(env["legacy"], "/index.html", host) == ("301", "https://www.linhe.gov.cn/linhe-slj/index.html")


def test_rollback_leaves_the_legacy_host_as_it_was(env):
    for site in ("qingshan", "linhe-slj"):
        run = lab.play(site, "-e", "rollback=true")
        assert run.rc == 0, run.output[-4000:]
    assert lab.fingerprint(env["legacy"], *LEGACY_PATHS) == env["before"]
    assert lab.curl(env["legacy"], "/index.html", OLD_HOSTS[0])[0] == "200"
    assert lab.sh(env["target"], "find /srv/site/htdocs -type f | wc -l").strip() == "0"
    assert lab.sh(env["target"], "test -e /srv/site/onboard/qingshan && echo left || echo gone").strip() == "gone"
    again = lab.play("qingshan", "-e", "rollback=true")
    assert again.rc == 0 and again.changed == 0, again.output[-4000:]
