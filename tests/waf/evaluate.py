"""False positives on the CMS corpora and attack detection, per profile, tuned tier vs stock CRS.

Used by tests/waf/test_corpus.py and bench/waf.py (``--corpus``), and by hand while tuning:

    PYTHONPATH=. python tests/waf/evaluate.py            # FP and detection table (A-L, tuning + held-out)
    PYTHONPATH=. python tests/waf/evaluate.py --why [--corpus B..G]   # which rules refuse what, TUNING PART ONLY
    PYTHONPATH=. python tests/waf/evaluate.py --why --all [--no-packages]   # also near misses (tuning)
    PYTHONPATH=. python tests/waf/evaluate.py --crs      # only the CRS 3.3.4 regression tests, tuned vs stock

Twelve corpora, each split once into a tuning and a held-out part: A (gen_cms_corpus.py), B
(gen_cms_corpus_b.py), C (gen_cms_corpus_c.py), D (gen_cms_corpus_d.py, stop 22: modern browser and
client traffic), E (gen_cms_corpus_e.py, stop 22: payments, exams, verification, English portals), F
(gen_cms_corpus_f.py, stop 23: GIS, GraphQL, object storage, search DSLs) and G (gen_cms_corpus_g.py,
stop 24: callbacks, SOAP, OGC, OData, headless REST, webmail, analytics, document servers), H and I (stop 25)
and J (stop 26; like I, its held-out families were never named to the lead: a blind count), K and L (stop 27,
two helpers, blind like I and J; L is never tuned on in stop 27: it measures the stop's round).
Discipline: the ``--why`` breakdown reads only a tuning part. A held-out part
is only ever counted (a rate per profile), never broken down by rule, so no tuning change is fitted
to it; every count is recorded in docs/waf.md ("Held-out discipline").
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sitegroup.waf import RenderOptions, cms, crs_tests, render_files, write_files
from tests.waf import attacks, crs_regression, factory
from tests.waf.factory import GATEWAY, PROFILES, cms_host, profile_host
from tests.waf.harness import Backend, Nginx, Req, as_citizens, free_port, send_many

DATA = Path(__file__).parent / "data"
TUNING = DATA / "cms_tuning.jsonl"
HELD_OUT = DATA / "cms_heldout.jsonl"
B_TUNING = DATA / "cms_b_tuning.jsonl"
B_HELD_OUT = DATA / "cms_b_heldout.jsonl"
C_TUNING = DATA / "cms_c_tuning.jsonl"
C_HELD_OUT = DATA / "cms_c_heldout.jsonl"
D_TUNING = DATA / "cms_d_tuning.jsonl"
D_HELD_OUT = DATA / "cms_d_heldout.jsonl"
E_TUNING = DATA / "cms_e_tuning.jsonl"
E_HELD_OUT = DATA / "cms_e_heldout.jsonl"
F_TUNING = DATA / "cms_f_tuning.jsonl"
F_HELD_OUT = DATA / "cms_f_heldout.jsonl"
G_TUNING = DATA / "cms_g_tuning.jsonl"
G_HELD_OUT = DATA / "cms_g_heldout.jsonl"
H_TUNING = DATA / "cms_h_tuning.jsonl"
H_HELD_OUT = DATA / "cms_h_heldout.jsonl"
I_TUNING = DATA / "cms_i_tuning.jsonl"
I_HELD_OUT = DATA / "cms_i_heldout.jsonl"
J_TUNING = DATA / "cms_j_tuning.jsonl"
J_HELD_OUT = DATA / "cms_j_heldout.jsonl"
K_TUNING = DATA / "cms_k_tuning.jsonl"
K_HELD_OUT = DATA / "cms_k_heldout.jsonl"
L_TUNING = DATA / "cms_l_tuning.jsonl"
L_HELD_OUT = DATA / "cms_l_heldout.jsonl"
M_TUNING = DATA / "cms_m_tuning.jsonl"
M_HELD_OUT = DATA / "cms_m_heldout.jsonl"
N_TUNING = DATA / "cms_n_tuning.jsonl"
N_HELD_OUT = DATA / "cms_n_heldout.jsonl"
O_TUNING = DATA / "cms_o_tuning.jsonl"
O_HELD_OUT = DATA / "cms_o_heldout.jsonl"
P_TUNING = DATA / "cms_p_tuning.jsonl"
P_HELD_OUT = DATA / "cms_p_heldout.jsonl"
Q_TUNING = DATA / "cms_q_tuning.jsonl"
Q_HELD_OUT = DATA / "cms_q_heldout.jsonl"
R_TUNING = DATA / "cms_r_tuning.jsonl"
R_HELD_OUT = DATA / "cms_r_heldout.jsonl"
S_TUNING = DATA / "cms_s_tuning.jsonl"
S_HELD_OUT = DATA / "cms_s_heldout.jsonl"
T_TUNING = DATA / "cms_t_tuning.jsonl"
T_HELD_OUT = DATA / "cms_t_heldout.jsonl"
U_TUNING = DATA / "cms_u_tuning.jsonl"
U_HELD_OUT = DATA / "cms_u_heldout.jsonl"
V_TUNING = DATA / "cms_v_tuning.jsonl"
V_HELD_OUT = DATA / "cms_v_heldout.jsonl"
W_TUNING = DATA / "cms_w_tuning.jsonl"
W_HELD_OUT = DATA / "cms_w_heldout.jsonl"
X_TUNING = DATA / "cms_x_tuning.jsonl"
X_HELD_OUT = DATA / "cms_x_heldout.jsonl"
Y_TUNING = DATA / "cms_y_tuning.jsonl"
Y_HELD_OUT = DATA / "cms_y_heldout.jsonl"
Z_TUNING = DATA / "cms_z_tuning.jsonl"
Z_HELD_OUT = DATA / "cms_z_heldout.jsonl"
AA_TUNING = DATA / "cms_aa_tuning.jsonl"
AA_HELD_OUT = DATA / "cms_aa_heldout.jsonl"
AB_TUNING = DATA / "cms_ab_tuning.jsonl"
AB_HELD_OUT = DATA / "cms_ab_heldout.jsonl"
AC_TUNING = DATA / "cms_ac_tuning.jsonl"
AC_HELD_OUT = DATA / "cms_ac_heldout.jsonl"
AD_TUNING = DATA / "cms_ad_tuning.jsonl"
AD_HELD_OUT = DATA / "cms_ad_heldout.jsonl"
AE_TUNING = DATA / "cms_ae_tuning.jsonl"
AE_HELD_OUT = DATA / "cms_ae_heldout.jsonl"
AF_TUNING = DATA / "cms_af_tuning.jsonl"
AF_HELD_OUT = DATA / "cms_af_heldout.jsonl"
AG_TUNING = DATA / "cms_ag_tuning.jsonl"
AG_HELD_OUT = DATA / "cms_ag_heldout.jsonl"
AH_TUNING = DATA / "cms_ah_tuning.jsonl"
AH_HELD_OUT = DATA / "cms_ah_heldout.jsonl"
AI_TUNING = DATA / "cms_ai_tuning.jsonl"
AI_HELD_OUT = DATA / "cms_ai_heldout.jsonl"
AJ_TUNING = DATA / "cms_aj_tuning.jsonl"
AJ_HELD_OUT = DATA / "cms_aj_heldout.jsonl"
AK_TUNING = DATA / "cms_ak_tuning.jsonl"
AK_HELD_OUT = DATA / "cms_ak_heldout.jsonl"
AL_TUNING = DATA / "cms_al_tuning.jsonl"
AL_HELD_OUT = DATA / "cms_al_heldout.jsonl"
AM_TUNING = DATA / "cms_am_tuning.jsonl"
AM_HELD_OUT = DATA / "cms_am_heldout.jsonl"
# The parts every report counts, in this order; only the tuning parts may be broken down (--why).
PARTS = {"A tuning": TUNING, "A held-out": HELD_OUT, "B tuning": B_TUNING, "B held-out": B_HELD_OUT,
         "C tuning": C_TUNING, "C held-out": C_HELD_OUT, "D tuning": D_TUNING, "D held-out": D_HELD_OUT,
         "E tuning": E_TUNING, "E held-out": E_HELD_OUT, "F tuning": F_TUNING, "F held-out": F_HELD_OUT,
         "G tuning": G_TUNING, "G held-out": G_HELD_OUT, "H tuning": H_TUNING, "H held-out": H_HELD_OUT,
         "I tuning": I_TUNING, "I held-out": I_HELD_OUT, "J tuning": J_TUNING, "J held-out": J_HELD_OUT,
         "K tuning": K_TUNING, "K held-out": K_HELD_OUT, "L tuning": L_TUNING, "L held-out": L_HELD_OUT,
         "M tuning": M_TUNING, "M held-out": M_HELD_OUT, "N tuning": N_TUNING, "N held-out": N_HELD_OUT,
         "O tuning": O_TUNING, "O held-out": O_HELD_OUT, "P tuning": P_TUNING, "P held-out": P_HELD_OUT,
         "Q tuning": Q_TUNING, "Q held-out": Q_HELD_OUT, "R tuning": R_TUNING, "R held-out": R_HELD_OUT,
         "S tuning": S_TUNING, "S held-out": S_HELD_OUT, "T tuning": T_TUNING, "T held-out": T_HELD_OUT,
         "U tuning": U_TUNING, "U held-out": U_HELD_OUT, "V tuning": V_TUNING, "V held-out": V_HELD_OUT,
         "W tuning": W_TUNING, "W held-out": W_HELD_OUT,
         "X tuning": X_TUNING, "X held-out": X_HELD_OUT,
         "Y tuning": Y_TUNING, "Y held-out": Y_HELD_OUT,
         "Z tuning": Z_TUNING, "Z held-out": Z_HELD_OUT,
         "AA tuning": AA_TUNING, "AA held-out": AA_HELD_OUT,
         "AB tuning": AB_TUNING, "AB held-out": AB_HELD_OUT,
         "AC tuning": AC_TUNING, "AC held-out": AC_HELD_OUT,
         "AD tuning": AD_TUNING, "AD held-out": AD_HELD_OUT,
         "AE tuning": AE_TUNING, "AE held-out": AE_HELD_OUT, "AF tuning": AF_TUNING, "AF held-out": AF_HELD_OUT,
         "AG tuning": AG_TUNING, "AG held-out": AG_HELD_OUT,
         "AH tuning": AH_TUNING, "AH held-out": AH_HELD_OUT,
         "AI tuning": AI_TUNING, "AI held-out": AI_HELD_OUT,
         "AJ tuning": AJ_TUNING, "AJ held-out": AJ_HELD_OUT,
         "AK tuning": AK_TUNING, "AK held-out": AK_HELD_OUT,
         "AL tuning": AL_TUNING, "AL held-out": AL_HELD_OUT,
         "AM tuning": AM_TUNING, "AM held-out": AM_HELD_OUT}
TUNING_PARTS = {"A": TUNING, "B": B_TUNING, "C": C_TUNING, "D": D_TUNING, "E": E_TUNING, "F": F_TUNING,
                "G": G_TUNING, "H": H_TUNING, "I": I_TUNING, "J": J_TUNING, "K": K_TUNING, "L": L_TUNING,
                "M": M_TUNING, "N": N_TUNING, "O": O_TUNING,
                "P": P_TUNING, "Q": Q_TUNING, "R": R_TUNING, "S": S_TUNING, "T": T_TUNING, "U": U_TUNING,
                "V": V_TUNING, "W": W_TUNING, "X": X_TUNING, "Y": Y_TUNING, "Z": Z_TUNING,
                "AA": AA_TUNING, "AB": AB_TUNING, "AC": AC_TUNING,
                "AD": AD_TUNING, "AE": AE_TUNING, "AF": AF_TUNING, "AG": AG_TUNING, "AH": AH_TUNING, "AI": AI_TUNING,
                "AJ": AJ_TUNING, "AK": AK_TUNING, "AL": AL_TUNING, "AM": AM_TUNING}
BLOCKING = factory.BLOCKING
GOAL = 0.005  # issue 13: FP < 0.5 % on the held-out part at every profile

# The cloud's own operations plane: families whose sender AND receiver are systems of the cloud itself, which the
# platform never routes through a site's public edge (docs/waf.md, "Internal traffic"): software supply
# (registries, mirrors, CI/code-host webhooks), observability (log shipping, metric scrapes), data plumbing (ETL
# jobs, message buses, configuration registries) and the IaaS control API. Chosen by each family's SOURCES text,
# never by its WAF verdict, and written down in stop 27 before corpora K and L were counted. Every figure counts
# them; the report ALSO prints the held-out rate without them, so a reader sees what a citizen, a civil servant or
# a third party calling a site (payment, WeChat, IM callbacks: those stay edge traffic) meets.
INTERNAL_FAMILIES = frozenset({
    "log-shipping", "etl-scheduler", "container-registry", "artifact-mirror",  # I
    "config-registry", "health-probes",  # H
    "message-bus", "devops-webhook", "openstack-api",  # J
})


def load(path: Path) -> list[Req]:
    return [Req.from_json(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Result:
    rate: float
    refused: Counter  # label -> count


# Corpus families whose product a package covers under another name: a site running ArcGIS Server
# declares open-data, a content platform serving GraphQL to its front end spa-content-api. Decided on
# corpus F's tuning part before F's second count (docs/waf.md, stop 23); F's held-out part is routed the
# same way. (library-opac and translate-widget are packages of the families' own names.)
FAMILY_PACKAGE = {"arcgis-rest": "open-data",
                  # decided on corpus Q's tuning part before Q's second count (stop 29)
                  "public-data-authorization": "open-data", "graphql-cms": "spa-content-api",
                  # decided on corpus G's tuning part before G's second count (stop 24)
                  "geoserver-ogc": "geoserver", "coremail-webmail": "coremail", "headless-cms-rest": "headless-cms",
                  "wecom-dingtalk-callback": "gov-im",  # onlyoffice retired in stop 25 (10101)
                  # decided on corpus H's tuning part before H's second count (stop 25)
                  "bid-opening": "bid-guarantee",
                  # decided on corpus J's tuning part after J's first (blind) count (stop 26)
                  "webrtc-signaling": "srs-webrtc", "stats-direct-report": "stats-direct-report",
                  # decided on corpus G's held-out part, opened for diagnosis in stop 27 (G is no measurement now)
                  "soap-exchange": "soap-ws", "odata-api": "odata",
                  # decided on corpus K's tuning part after K's first (blind) count (stop 27); sci-project-apply and
                  # edu-homework are packages of the families' own names
                  "enterprise-annual-report": "gsxt-annual-report",
                  # decided on corpus L's tuning part after L's last blind count (stop 28)
                  "eco-environment": "hj212",
                  # decided on corpus L's held-out part, opened for diagnosis in stop 28 (L is no measurement now)
                  "cyber-report": "wxb-jubao",
                  # decided on corpus K's held-out part, opened for diagnosis in stop 28 (K is no measurement now)
                  "ip-patent-search": "cnipa-patent",
                  # decided on corpus O's held-out part, opened for diagnosis in stop 28 (O is no measurement now)
                  "health-info-exchange": "hl7-hip",
                  # decided on corpus T's tuning part after T's first (blind) count (stop 30)
                  "new-media-publish": "wechat-mp-api", "digital-human-script": "aliyun-nls-tts",
                  # decided on corpus T's held-out part, opened for diagnosis in stop 35 (T's 稿件 editors work in
                  # TRS WCM: its document save's DOCHTMLCON is an HTML field of the trs-wcm package)
                  "manuscript-workflow": "trs-wcm", "kb-qa-editing": "kb-qa",
                  # decided on corpus AE's held-out part, opened for diagnosis in stop 36 (浙政钉 is DingTalk's
                  # government edition: its interactive cards are gov-im's)
                  "gov-im-messaging": "gov-im",
                  # decided on corpus AF's tuning part after AF's first (blind) count (stop 36)
                  "sensorthings-iot-api": "sensorthings", "erddap-data-server": "erddap", "opendap-thredds": "thredds",
                  # decided on corpus AH's tuning part after AH's first (blind) count (stop 37)
                  "postgrest-supabase-hasura": "pg-data-api",
                  "blazor-server-circuit": "blazor-server",
                  # decided on corpus AJ's tuning part after AJ's first (blind) count (stop 38): the families whose
                  # products serve the OpenAI-compatible chat API (new-api/vLLM/Ollama, the 12345 and 公文 assistants,
                  # FastGPT's application API)
                  "llm-gateway-newapi": "llm-chat-api", "hotline-gongwen-llm": "llm-chat-api",
                  "fastgpt-maxkb-apps": "llm-chat-api",
                  # decided on corpus AJ's tuning part (stop 39): Milvus, Qdrant, Chroma and Weaviate REST
                  "vector-db-rest": "vector-db-api"}


def host_for(profile: str, req: Req, packages: bool = True) -> str:
    """A request of a CMS family that has a package goes to a site of the profile declaring it (what
    an operator does: `waf: {cms: <family>}`); every other request to the profile's plain site."""
    family = req.label.split("/", 1)[0]
    package = FAMILY_PACKAGE.get(family, family)
    return cms_host(profile, package) if packages and package in cms.packages() else profile_host(profile)


def false_positives(port: int, profile: str, reqs: list[Req], packages: bool = True) -> Result:
    """Requests a site of the profile does not answer 200 (packages=False: no site declares its CMS,
    as in stock CRS)."""
    by_host: dict[str, list[Req]] = {}
    for q in as_citizens(reqs):
        by_host.setdefault(host_for(profile, q, packages), []).append(q)
    bad: Counter = Counter()
    for host, group in by_host.items():
        resps = send_many(port, host, group, source=GATEWAY)
        bad.update(q.label for q, r in zip(group, resps, strict=True) if r.status != 200)
    return Result(sum(bad.values()) / len(reqs), bad)


def detection(port: int, host: str) -> tuple[int, int]:
    """Attack requests (tests/waf/attacks.py: every family, in query, body and cookie) refused with 403."""
    reqs = as_citizens([q for group in attacks.all_attacks().values() for q in group])
    resps = send_many(port, host, reqs, source=GATEWAY)
    return sum(r.status == 403 for r in resps), len(reqs)


def rules_fired(tier_dir: Path, port: int, profile: str, reqs: list[Req], refused_only: bool = True,
                packages: bool = True) -> Counter:
    """(label, rule id, target) for every rule that fired on refused requests (refused_only=False: on
    every request, also those that scored under the threshold, "near misses"): TUNING PART ONLY."""
    ids = [uuid.uuid4().hex for _ in reqs]
    tagged = [Req(r.method, r.path, {**r.headers, "X-Test-Id": i}, r.body, r.label, r.client)
              for r, i in zip(reqs, ids, strict=True)]
    refused = set()
    for q, i in zip(as_citizens(tagged), ids, strict=True):
        status = send_many(port, host_for(profile, q, packages), [q], workers=1, source=GATEWAY)[0].status
        if status != 200 or not refused_only:
            refused.add(i)
    time.sleep(1)
    out: Counter = Counter()
    label = {i: r.label for r, i in zip(reqs, ids, strict=True)}
    for line in (tier_dir / "logs" / "modsec_audit.json").read_text(errors="replace").splitlines():
        try:
            t = json.loads(line)["transaction"]
        except (ValueError, KeyError):
            continue
        tid = t["request"]["headers"].get("X-Test-Id")
        if tid not in refused:
            continue
        for m in t.get("messages", []):
            d = m["details"]
            if d["ruleId"] in ("949110", "980130"):
                continue
            where = d["data"].split(" found within ")[-1].split(":", 2)[:2] if " found within " in d["data"] else ["?"]
            out[(label[tid], d["ruleId"], ":".join(where)[:60])] += 1
    return out


class Tier:
    """The test environment (one site per profile) rendered and running, tuned or stock."""

    def __init__(self, work: Path, backend: str, zh_tuning: bool) -> None:
        self.dir = work / ("tuned" if zh_tuning else "stock")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.dir.chmod(0o755)
        self.port = free_port()
        files = render_files(factory.test_environment(), RenderOptions.local(
            self.dir, listen=f"127.0.0.1:{self.port}", backend=backend, zh_tuning=zh_tuning))
        write_files(files, self.dir)
        self.nginx = Nginx(self.dir, self.port)

    def __enter__(self) -> Tier:
        self.nginx.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.nginx.stop()


def site_tier(work: Path, backend: str, sites: list) -> Nginx:
    """A tier of just these sites (tests/waf/factory.py), tuned, rendered into ``work``; not started."""
    work.mkdir(parents=True, exist_ok=True)
    work.chmod(0o755)
    port = free_port()
    write_files(render_files(factory.environment(sites), RenderOptions.local(
        work, listen=f"127.0.0.1:{port}", backend=backend, zh_tuning=True)), work)
    return Nginx(work, port)


def report(work: Path, backend: str) -> dict:
    """FP on the four parts and detection per profile, tuned vs stock, printed as one table."""
    parts = {name: load(path) for name, path in PARTS.items()}
    out: dict = {}
    with Tier(work, backend, True) as tuned, Tier(work, backend, False) as stock:
        for profile in PROFILES:
            host = profile_host(profile)
            row = {}
            for name, reqs in parts.items():
                result = false_positives(tuned.port, profile, reqs)
                row[name], row[f"refused {name}"] = result.rate, result.refused
                row[f"stock {name}"] = false_positives(stock.port, profile, reqs, packages=False).rate
            row["detected"] = detection(tuned.port, host)
            row["stock detected"] = detection(stock.port, host)
            out[profile] = row
        crs = crs_detection(stock, tuned)
    sizes = ", ".join(f"{k} {len(v)}" for k, v in parts.items())
    print(f"\nCMS corpora (tests/waf/data/gen_cms_corpus{{,_b,..}}.py = A, B, ...): {sizes}; "
          f"attacks: tests/waf/attacks.py")
    office = {k: sum(q.client == "office" for q in v) for k, v in parts.items()}
    if any(office.values()):  # ADR 0040: marked by the corpus's generator, sent from inside the back-office ranges
        print("sent from the back office (client: office): " + ", ".join(f"{k} {n}" for k, n in office.items() if n))
    print(f"{'profile':11} " + " ".join(f"{n:>11}" for n in parts) + " | stock: " +
          " ".join(f"{n:>11}" for n in parts) + f" | {'detected':>9} {'stock':>9} | {'CRS tests tuned/stock':>21}")
    for profile, r in out.items():
        d, sd = r["detected"], r["stock detected"]
        c = crs.get(profile)
        r["crs"] = c
        print(f"{profile:11} " + " ".join(f"{r[n]:11.2%}" for n in parts) + " |        " +
              " ".join(f"{r['stock ' + n]:11.2%}" for n in parts) +
              f" | {d[0]:>4}/{d[1]:<4} {sd[0]:>4}/{sd[1]:<4}" +
              (f" | {c.tuned_detected:>5}/{c.stock_detected:<5} of {c.applicable:<5}" if c else " |"))
    print("(burn-in is DetectionOnly: it refuses nothing, its detection column counts only the admin ACL)")
    pooled = pooled_held_out(parts, out)
    print("\nHeld-out parts pooled (every request counted once; edge = without INTERNAL_FAMILIES, the cloud's own "
          "service-to-service traffic)")
    print(f"{'profile':11} {'all traffic':>24} {'edge traffic':>24}")
    for profile, (allp, edge) in pooled.items():
        out[profile]["pooled held-out"], out[profile]["pooled edge held-out"] = allp, edge
        print(f"{profile:11} " + " ".join(f"{r:>6}/{n:<6} {r / n:9.2%}" for r, n in (allp, edge)))
    if crs:
        print("\n" + crs_regression.table(crs))
    return out


def is_internal(label: str) -> bool:
    return label.split("/", 1)[0] in INTERNAL_FAMILIES


def pooled_held_out(parts: dict[str, list[Req]], out: dict) -> dict[str, tuple[tuple[int, int], tuple[int, int]]]:
    """Per profile, (refused, requests) over every held-out part, then the same without the internal families."""
    held = [name for name in parts if name.endswith("held-out")]
    size = sum(len(parts[n]) for n in held)
    edge_size = size - sum(is_internal(q.label) for n in held for q in parts[n])
    pooled = {}
    for profile, row in out.items():
        refused = sum(sum(row[f"refused {n}"].values()) for n in held)
        internal = sum(c for n in held for label, c in row[f"refused {n}"].items() if is_internal(label))
        pooled[profile] = ((refused, size), (refused - internal, edge_size))
    return pooled


def crs_detection(stock: Tier, tuned: Tier) -> dict:
    """The CRS 3.3.4 regression tests per blocking profile, tuned vs stock (tests/waf/crs_regression.py); empty,
    with a note, when they were not fetched (`sitegroup waf crs-tests fetch`; ./run test does)."""
    if not crs_tests.is_fetched():
        print(f"\n(CRS regression tests not fetched to {crs_tests.tests_dir()}: run `sitegroup waf crs-tests fetch`)")
        return {}
    audit = "logs/modsec_audit.json"
    return crs_regression.evaluate((stock.port, stock.dir / audit), (tuned.port, tuned.dir / audit), BLOCKING)


def main_report(work: Path, backend: str | None = None) -> dict:
    if backend is not None:
        return report(work, backend)
    with Backend() as b:
        return report(work, b.url)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--why", action="store_true", help="rules that refuse tuning-part requests (never held-out)")
    ap.add_argument("--all", action="store_true", help="with --why: rules that fired on any tuning request "
                    "(near misses under the threshold too)")
    ap.add_argument("--no-packages", action="store_true", help="with --why: no site declares its CMS")
    ap.add_argument("--profile", default="strict")
    ap.add_argument("--corpus", choices=sorted(TUNING_PARTS), default="A", help="with --why: whose tuning part")
    ap.add_argument("--crs", action="store_true", help="only the CRS 3.3.4 regression tests, tuned vs stock "
                    "(detection, no false-positive corpora): about half a minute")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitegroup-waf-eval-"))
    work.chmod(0o755)
    try:
        if args.crs:
            with Backend() as b, Tier(work, b.url, True) as tuned, Tier(work, b.url, False) as stock:
                crs = crs_detection(stock, tuned)
            if crs:
                print(crs_regression.table(crs))
            return 0 if crs else 1
        if not args.why:
            main_report(work)
            return 0
        with Backend() as b, Tier(work, b.url, True) as t:
            fired = rules_fired(t.dir, t.port, args.profile, load(TUNING_PARTS[args.corpus]), refused_only=not args.all,
                                packages=not args.no_packages)
        for (label, rule, where), count in fired.most_common(200):
            print(f"{count:5} {label:32} {rule:8} {where}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
