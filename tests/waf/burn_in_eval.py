"""False positives after the documented burn-in, measured: what a site sees once `sitegroup waf triage`
has turned its first weeks into exceptions (docs/waf.md, "Tuning a site").

    PYTHONPATH=. python tests/waf/burn_in_eval.py             # every held-out part, three blocking profiles
    PYTHONPATH=. python tests/waf/burn_in_eval.py --parts "F held-out"

The held-out figure of evaluate.py is a site's FIRST day: a CMS nobody wrote a package for, refused
wherever CRS misreads it. A real site then runs burn-in and a reviewer signs the triage's proposals.
This script plays that, with no person in the loop: each family of a part is one site (with its package,
as evaluate.py routes it); its requests alternate, by their order within the family, into a burn-in half
and a later half. The burn-in half goes to the site on the profile; `triage` reads the audit log and
every narrow proposal (one rule, one path, one named variable; never the commented, broader ones),
every proposed body type (waf.content_types, stop 25), every proposed text field (waf.text_fields,
stop 29, ADR 0029), every proposed filter field (waf.filter_fields, stop 31) and every proposed HTML field
(waf.html_fields, stop 40) is taken as signed; the later
half then goes to the same site with those exceptions, and, for comparison, to the site without them.

It also sends six classic attacks (SQLi union and tautology, XSS script and event handler, a command,
a traversal) in each excepted parameter on its path, so what an exception costs shows next to what it
buys. No tuning change reads this: it prints counts and rates only (held-out discipline, docs/waf.md),
and it changes no policy; it measures the process, not the platform's rules.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sitegroup.model import ContentType, FilterField, HtmlField, TextField, WafException
from sitegroup.waf import cms, triage
from tests.waf import factory
from tests.waf.evaluate import FAMILY_PACKAGE, PARTS, load, site_tier
from tests.waf.factory import GATEWAY
from tests.waf.harness import Backend, Req, as_citizens, send_many

PROFILES = ("high-value", "strict", "standard")
SHORT = {"high-value": "hv", "strict": "st", "standard": "sd"}
HELD_OUT = tuple(name for name in PARTS if name.endswith("held-out"))
ATTACKS = ("1' union select username,password from admin_users--", "1' or '1'='1",
           "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>", "; cat /etc/passwd",
           "../../../../etc/passwd")
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class FamilySite:
    part: str
    family: str
    profile: str

    @property
    def id(self) -> str:
        return f"b{self.part[0].lower()}-{SHORT[self.profile]}-{self.family}"

    @property
    def host(self) -> str:
        return f"{self.id}.burn.test.gov.cn"


def halves(reqs: list[Req]) -> dict[str, tuple[list[Req], list[Req]]]:
    """Per family: (burn-in half, later half), alternating in the family's own order."""
    by_family: dict[str, list[Req]] = defaultdict(list)
    for q in reqs:
        by_family[q.label.split("/", 1)[0]].append(q)
    return {f: (qs[0::2], qs[1::2]) for f, qs in sorted(by_family.items())}


def _site(fs: FamilySite, exceptions: tuple[WafException, ...] = (), typed: tuple[ContentType, ...] = (),
          texts: tuple[TextField, ...] = (), filters: tuple[FilterField, ...] = (), htmls: tuple[HtmlField, ...] = ()):
    package = FAMILY_PACKAGE.get(fs.family, fs.family)
    s = factory.site(fs.id, (fs.host,), factory.load_profile(fs.profile), exceptions=exceptions,
                     cms=package if package in cms.packages() else None)
    return dataclasses.replace(s, waf=dataclasses.replace(s.waf, content_types=typed, text_fields=texts,
                                                          filter_fields=filters, html_fields=htmls))


def _signed_types(proposals: list[triage.BodyTypeProposal]) -> dict[str, tuple[ContentType, ...]]:
    out: dict[str, list[ContentType]] = defaultdict(list)
    for b in proposals:
        out[b.site].append(ContentType((b.path,), b.type, b.parameters, b.body, "burn-in evaluation"))
    return {site: tuple(x[:5]) for site, x in out.items()}  # the entry's schema allows 5


def _refused(port: int, host: str, reqs: list[Req]) -> int:
    return sum(r.status != 200 for r in send_many(port, host, as_citizens(reqs), source=GATEWAY))


def _signed(proposals: list[triage.Proposal]) -> dict[str, tuple[WafException, ...]]:
    out: dict[str, list[WafException]] = defaultdict(list)
    for p in proposals:
        if p.commented:
            continue  # broader than one variable: a person's choice, never taken here
        out[p.site].append(WafException(p.rule, None, p.path, p.target, "burn-in evaluation", date(2099, 12, 31)))
    return {site: tuple(x[:50]) for site, x in out.items()}  # the entry's schema allows 50


def _field_probes(tf: TextField | FilterField | HtmlField) -> list[Req]:
    """The six attacks in a taken text or filter field on each of its paths: as _attack_probes sends them, or for a
    top-level JSON member (ARGS:json.name), as a JSON body {"name": attack}."""
    out = []
    for path in tf.paths:
        for t in tf.targets:
            name = t.removeprefix("ARGS:json.")
            if name != t and name.replace("_", "").isalnum():
                url = path if not path.endswith("/") else path + "index"
                out += [Req("POST", url, {"Content-Type": "application/json"}, json.dumps({name: a}), "attack")
                        for a in ATTACKS]
            else:
                out += _attack_probes(WafException(None, "text", path, t, "", date(2099, 12, 31)))
    return out


def _attack_probes(x: WafException) -> list[Req]:
    """The six attacks in the excepted parameter on its path (GET query and form body), when the target
    is a plain named argument; JSON paths and headers are not probed (counted apart)."""
    kind, _, name = (x.target or "").partition(":")
    if kind not in ("ARGS", "ARGS_GET", "ARGS_POST") or not name or name.startswith("json."):
        return []
    path = x.path if not x.path.endswith("/") else x.path + "index"
    out = []
    for a in ATTACKS:
        value = urllib.parse.quote(a, safe="")
        out.append(Req("GET", f"{path}?{urllib.parse.quote(name)}={value}", {}, None, "attack"))
        out.append(Req("POST", path, {"Content-Type": FORM}, f"{urllib.parse.quote(name)}={value}", "attack"))
    return out


def run(parts: tuple[str, ...], work: Path, backend: str) -> dict:
    data = {name: halves(load(PARTS[name])) for name in parts}
    sites = [FamilySite(name, f, p) for name in parts for f in data[name] for p in PROFILES]
    before = site_tier(work / "before", backend, [_site(fs) for fs in sites])
    burn: Counter = Counter()
    later_before: Counter = Counter()
    with before:
        for fs in sites:
            first, later = data[fs.part][fs.family]
            burn[(fs.part, fs.profile)] += _refused(before.port, fs.host, first)
            later_before[(fs.part, fs.profile)] += _refused(before.port, fs.host, later)
        before.stop()
        log = (work / "before" / "logs" / "modsec_audit.json").read_text(encoding="utf-8", errors="replace")
    result = triage.triage(log.splitlines())
    signed = _signed(result.proposals)
    typed = _signed_types(result.body_types)
    texts = {site: tuple(tf for tf, _ in x)
             for site, x in triage.signed_text_fields(result.text_fields, "burn-in evaluation").items()}
    by_site: dict[str, list[triage.FilterFieldProposal]] = defaultdict(list)
    for f in result.filter_fields:
        by_site[f.site].append(f)
    filters = {site: tuple(ff for ff, _ in triage.signed_filter_fields(fs, "burn-in evaluation"))
               for site, fs in by_site.items()}
    editors: dict[str, list[triage.HtmlFieldProposal]] = defaultdict(list)
    for e in result.html_fields:
        editors[e.site].append(e)
    htmls = {site: tuple(hf for hf, _ in triage.signed_html_fields(es, "burn-in evaluation"))
             for site, es in editors.items()}
    after = site_tier(work / "after", backend, [_site(fs, signed.get(fs.id, ()), typed.get(fs.id, ()),
                                                      texts.get(fs.id, ()), filters.get(fs.id, ()),
                                                      htmls.get(fs.id, ())) for fs in sites])
    later_after: Counter = Counter()
    attacks: Counter = Counter()
    with after:
        for fs in sites:
            later_after[(fs.part, fs.profile)] += _refused(after.port, fs.host, data[fs.part][fs.family][1])
            probes = [q for x in signed.get(fs.id, ()) for q in _attack_probes(x)]
            if probes:
                resps = send_many(after.port, fs.host, as_citizens(probes), source=GATEWAY)
                attacks[(fs.profile, "refused")] += sum(r.status == 403 for r in resps)
                attacks[(fs.profile, "sent")] += len(probes)
            attacks[(fs.profile, "exceptions")] += len(signed.get(fs.id, ()))
            attacks[(fs.profile, "unprobed")] += sum(not _attack_probes(x) for x in signed.get(fs.id, ()))
            # Each taken field probed with the six attacks on its paths: "<kind> sent", "<kind> refused".
            for kind, taken in (("text", texts), ("filter", filters), ("html", htmls)):
                probes = [q for f in taken.get(fs.id, ()) for q in _field_probes(f)]
                if probes:
                    resps = send_many(after.port, fs.host, as_citizens(probes), source=GATEWAY)
                    attacks[(fs.profile, f"{kind} refused")] += sum(r.status == 403 for r in resps)
                    attacks[(fs.profile, f"{kind} sent")] += len(probes)
                attacks[(fs.profile, f"{kind} fields")] += len(taken.get(fs.id, ()))
    sizes = {name: (sum(len(a) for a, _ in data[name].values()), sum(len(b) for _, b in data[name].values()))
             for name in parts}
    return {"sizes": sizes, "burn": burn, "before": later_before, "after": later_after, "attacks": attacks,
            "proposals": len(result.proposals), "broader": sum(p.commented for p in result.proposals),
            "body_types": sum(len(x) for x in typed.values()),
            "text_fields": sum(len(x) for x in texts.values()),
            "filter_fields": sum(len(x) for x in filters.values()),
            "html_fields": sum(len(x) for x in htmls.values()),
            "refusals": Counter(r.why.split(":")[0].split(" (")[0] for r in result.refusals)}


def table(r: dict, parts: tuple[str, ...]) -> str:
    lines = ["part (burn-in / later requests)   " + "".join(f"{p:>28}" for p in PROFILES),
             "                                  " + "".join(f"{'first day -> after burn-in':>28}" for _ in PROFILES)]
    for name in parts:
        first, later = r["sizes"][name]
        row = f"{name:12} ({first:4} / {later:4})       "
        for p in PROFILES:
            b, a = r["before"][(name, p)] / later, r["after"][(name, p)] / later
            row += f"{b:>15.2%} -> {a:>9.2%}"
        lines.append(row)
    lines.append("")
    for p in PROFILES:
        a = r["attacks"]
        lines.append(f"{p:11} exceptions taken {a[(p, 'exceptions')]:4}; attacks in excepted parameters refused "
                     f"{a[(p, 'refused')]}/{a[(p, 'sent')]} ({a[(p, 'unprobed')]} exceptions on JSON/header "
                     f"targets not probed); text fields taken {a[(p, 'text fields')]}, attacks in them "
                     f"refused {a[(p, 'text refused')]}/{a[(p, 'text sent')]} (XSS is; SQL, command and "
                     f"traversal are the stated trade, ADR 0029); filter fields taken {a[(p, 'filter fields')]}, "
                     f"attacks in them refused {a[(p, 'filter refused')]}/{a[(p, 'filter sent')]}; html fields taken "
                     f"{a[(p, 'html fields')]}, attacks in them refused {a[(p, 'html refused')]}/"
                     f"{a[(p, 'html sent')]}")
    lines.append(f"proposals {r['proposals']} ({r['broader']} broader, not taken), body types {r['body_types']}, "
                 f"text fields {r['text_fields']}, filter fields {r['filter_fields']}, html fields "
                 f"{r['html_fields']}; "
                 "not proposed: " +
                 ", ".join(f"{why} x{n}" for why, n in r["refusals"].most_common()))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", nargs="*", default=list(HELD_OUT), choices=sorted(PARTS))
    ap.add_argument("--json", action="store_true", help="also print the counts as JSON")
    args = ap.parse_args()
    parts = tuple(args.parts)
    work = Path(tempfile.mkdtemp(prefix="sitegroup-burn-in-"))
    work.chmod(0o755)
    try:
        with Backend() as b:
            r = run(parts, work, b.url)
        print(table(r, parts))
        if args.json:
            print(json.dumps({k: {str(kk): vv for kk, vv in v.items()} if isinstance(v, dict) else v
                              for k, v in r.items()}, ensure_ascii=False))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
