"""Corpus AI (tests/waf/data/gen_cms_corpus_ai.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ah_split.py. Nothing here sends AI through the WAF: AI's
false-positive count is the lead's, after a tuning round on AI's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving tools would:
Superset's rison q= parameters, query contexts, SQL Lab statements and guest tokens; Metabase's MBQL, template
tags and signed embedding JWTs; Grafana's rawSql after its macros and variables; DataEase's tokens and Base64 SQL;
Kibana's KQL, Lucene and rison jobParams; Redash's {{ parameters }}; Jupyter's XSRF tokens and Zeppelin's
paragraphs (Python cells that parse, SQL after dynamic forms); GoView's saved screens and ECharts options;
Trino's prepared statements; ClickHouse's {name:Type} parameters; Druid's and Kylin's parameters; schedules and
exports. SQL is checked by a small tokenizer of this module's (sqlglot is not in the venv). Never a WAF verdict.
"""

from __future__ import annotations

import ast
import base64
import csv
import hashlib
import hmac
import io
import itertools
import json
import re
import urllib.parse
from collections import Counter

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    common_file_ok,
    content_type,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    json_body,
    media_types,
    multipart_parts,
    of_family,
    query1,
    upload_fields,
    upload_files,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ah as gen_ah
from tests.waf.data import gen_cms_corpus_ai as gen_ai

PINNED_HELD_OUT = (
    "druid-kylin-doris-sql",
    "bigscreen-goview-jimu",
    "redash-query-runner",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("bi-export-subscriptions", "jupyter-nbconvert"),
    ("bi-export-subscriptions", "metabase-dataset-csv"),
    ("bi-export-subscriptions", "redash-alert"),
    ("clickhouse-http-sql", "connect-param-query"),
    ("clickhouse-http-sql", "connect-query"),
    ("clickhouse-http-sql", "replicas-status"),
    ("grafana-sql-panels", "annotation-post"),
    ("grafana-sql-panels", "dashboard-page"),
    ("kibana-osd-analytics", "app-page"),
    ("kibana-osd-analytics", "osd-search"),
    ("kibana-osd-analytics", "reporting-csv"),
    ("metabase-mbql-questions", "dashcard-query"),
    ("notebook-zeppelin-jupyter", "contents-create"),
    ("notebook-zeppelin-jupyter", "contents-get"),
    ("superset-explore-sqllab", "csrf-token"),
    ("superset-explore-sqllab", "sqllab-execute"),
    ("trino-presto-protocol", "statement-jdbc"),
    ("trino-presto-protocol", "statement-prepared"),
}

EARLIER = earlier_generators("ah")

corpus, reqs = corpus_fixtures(gen_ai)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CITY_NAMES = {
    "成都市",
    "自贡市",
    "攀枝花市",
    "泸州市",
    "德阳市",
    "绵阳市",
    "广元市",
    "遂宁市",
    "内江市",
    "乐山市",
    "南充市",
    "眉山市",
    "宜宾市",
}
# the services' own secrets (each tool's configuration), which the generator used to sign
SUPERSET_GUEST_SECRET = b"sc-superset-guest-token-secret-2027"
METABASE_EMBED_SECRET = b"5c0d1e9a7b3f4a2e8d6c0b1a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6"
DE_KEY = b"sc-dataease-user-secret-2027"
JIMU_KEY = b"sc-jimu-2027-token-secret"
SITE = "https://www.example.gov.cn"


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _jwt(token: str, key: bytes) -> dict:
    """A JWT whose HS256 signature verifies under ``key``: its claims."""
    head, body, sig = token.split(".")
    assert json.loads(_b64url(head))["alg"] == "HS256"
    assert hmac.compare_digest(_b64url(sig), hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return json.loads(_b64url(body))


def _cookies(rec: dict) -> dict[str, str]:
    return dict(p.split("=", 1) for p in header(rec, "Cookie").split("; ") if p)


def _basic_user(rec: dict) -> str:
    auth = header(rec, "Authorization")
    assert auth.startswith("Basic "), rec["label"]
    return base64.b64decode(auth[6:]).decode().partition(":")[0]


# --- rison, as rison.js and prison decode it -------------------------------------------------------------

NOT_ID = " '!:(),*@$"


def _rison(text: str) -> object:
    """rison.decode: the whole text is one value."""
    value, i = _rison_value(text, 0)
    assert i == len(text), text[i:]
    return value


def _rison_value(s: str, i: int) -> tuple[object, int]:
    ch = s[i]
    if ch == "(":
        out: dict = {}
        i += 1
        while s[i] != ")":
            key, i = _rison_value(s, i)
            assert isinstance(key, str) and s[i] == ":", s[i:]
            out[key], i = _rison_value(s, i + 1)
            if s[i] == ",":
                i += 1
        return out, i + 1
    if ch == "!":
        nxt = s[i + 1]
        if nxt == "(":
            items: list = []
            i += 2
            while s[i] != ")":
                item, i = _rison_value(s, i)
                items.append(item)
                if s[i] == ",":
                    i += 1
            return items, i + 1
        assert nxt in "tfn", s[i:]
        return {"t": True, "f": False, "n": None}[nxt], i + 2
    if ch == "'":
        i += 1
        buf = ""
        while s[i] != "'":
            if s[i] == "!":
                assert s[i + 1] in "!'", s[i:]
                i += 1
            buf += s[i]
            i += 1
        return buf, i + 1
    m = re.match(r"-?\d+(\.\d+)?", s[i:])
    if m:
        return (float(m.group()) if "." in m.group() else int(m.group())), i + m.end()
    j = i
    while j < len(s) and s[j] not in NOT_ID:
        j += 1
    assert j > i, s[i:]
    return s[i:j], j


# --- SQL, as a parser's first pass reads it --------------------------------------------------------------

FIRST_WORDS = {"SELECT", "WITH", "SHOW", "DESCRIBE", "EXECUTE", "SET"}


def _sql_tokens(sql: str) -> list[str]:
    """Tokens of a statement: comments dropped, every string literal and quoted identifier closed."""
    out, i = [], 0
    while i < len(sql):
        ch = sql[i]
        if sql.startswith("--", i):
            j = sql.find("\n", i)
            i = len(sql) if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            assert j > 0, "unclosed comment"
            i = j + 2
        elif ch in "'\"`":
            j = i + 1
            while True:
                j = sql.find(ch, j)
                assert j > 0, f"unclosed {ch} in {sql!r}"
                if sql[j + 1 : j + 2] == ch:  # '' inside a literal
                    j += 2
                    continue
                break
            out.append(sql[i : j + 1])
            i = j + 1
        elif ch.isspace():
            i += 1
        else:
            m = re.match(r"[\w.$]+|<=|>=|<>|!=|::|\S", sql[i:])
            out.append(m.group())
            i += m.end()
    return out


def _sql_ok(sql: str) -> None:
    """A statement a SQL parser accepts at first sight: a known first keyword, closed literals and comments,
    balanced parentheses, every CASE ended, a FROM for a query that reads tables, no stray ; and no placeholder
    left unreplaced."""
    toks = _sql_tokens(sql)
    words = [t.upper() for t in toks]
    assert words and words[0] in FIRST_WORDS, sql
    depth = 0
    for t in toks:
        depth += (t == "(") - (t == ")")
        assert depth >= 0, sql
    assert depth == 0, sql
    assert words.count("CASE") == words.count("END"), sql
    if words[0] in ("SELECT", "WITH"):
        assert "FROM" in words, sql
    assert ";" not in toks[:-1], sql
    bare = [t for t in toks if t[0] not in "'\"`"]
    assert not any(t.startswith(("$", "{", "}", "[", "]")) for t in bare), sql
    assert not any(a == b == "," for a, b in itertools.pairwise(toks)), sql


GRAFANA_MACRO = re.compile(r"\$__(timeFilter|timeGroupAlias|timeGroup|unixEpochFilter)\(([^()]*)\)")


def _grafana_sql(sql: str) -> str:
    """What Grafana's SQL macro engine and variable interpolation make of a panel's rawSql."""
    sql = GRAFANA_MACRO.sub(
        lambda m: (
            f"{m.group(2).split(',')[0]} BETWEEN '2027-03-01' AND '2027-03-08'"
            if m.group(1) == "timeFilter"
            else f"FLOOR(UNIX_TIMESTAMP({m.group(2).split(',')[0]}) / 86400) * 86400 AS time"
        ),
        sql,
    )
    return sql.replace("${city:sqlstring}", "'成都市','绵阳市'")


def _kql_ok(q: str) -> None:
    """A KQL or Lucene query that balances: quotes closed, parentheses and ranges balanced, field:value pairs."""
    assert q.count('"') % 2 == 0, q
    depth = 0
    for ch in re.sub(r'"[^"]*"', "", q):
        depth += (ch in "([") - (ch in ")]")
        assert depth >= 0, q
    assert depth == 0, q
    assert re.search(r"[a-z_@]+\s?(:|>=|<=|<|>)", q), q


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows and all(len(r) == len(rows[0]) for r in rows)
    return rows


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ai.TUNING_FILE, gen_ai.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ai, (130, 130), min_requests=1500, min_families=12, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AH: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ai, "corpus-ai/", PINNED_HELD_OUT, earlier, parts=(936, 624))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ai_shares_no_family_with_a_to_ah(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ah
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AI's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ai.check, gen_ah.SOURCES["ruoyi-vue-admin"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Tool fetches of every kind, uploads, page navigations and the tools' own headers."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 450 and ctypes["application/json"] >= 700 and ctypes["multipart/form-data"] == 5 * gen_ai.N
    assert ctypes["application/x-www-form-urlencoded"] >= 80 and ctypes["text/plain"] >= 180
    pages = [r for r in reqs if r["method"] == "GET" and header(r, "Sec-Fetch-Mode") == "navigate"]
    assert len(pages) >= 8 * gen_ai.N
    assert_headers_sent(
        reqs,
        (
            "X-CSRFToken",
            "X-GuestToken",
            "X-Grafana-Org-Id",
            "X-Dashboard-Uid",
            "X-Datasource-Uid",
            "X-Panel-Id",
            "X-Plugin-Id",
            "X-DE-TOKEN",
            "kbn-version",
            "x-elastic-internal-origin",
            "x-kbn-context",
            "osd-xsrf",
            "X-CSRF-TOKEN",
            "X-XSRFToken",
            "satoken",
            "X-Access-Token",
            "X-Trino-User",
            "X-Trino-Prepared-Statement",
            "X-Trino-Session",
            "X-Presto-User",
            "X-ClickHouse-User",
            "Authorization",
            "Cookie",
            "Origin",
            "Referer",
        ),
    )


def test_uploads_open(reqs: list[dict]) -> None:
    """Every uploaded file opens as what its type says: CSVs with a BOM and rectangular rows, XLSX workbooks,
    PNG covers; the beacon is a FormData without a file."""
    multi = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    kinds = Counter()
    for r in multi:
        if r["label"] == "superset-explore-sqllab/log-beacon":
            assert [p["filename"] for p in multipart_parts(r)] == [None]
            continue
        for p in upload_files(r):
            kinds[p["type"]] += 1
            if p["type"] == "text/csv":
                assert p["filename"].endswith(".csv") and _csv_rows(p["data"])[0][0] == "地区"
            elif p["type"] == XLSX_TYPE:
                assert p["filename"].endswith(".xlsx") and "xl/workbook.xml" in zip_names(p["data"])
            else:
                assert p["type"] == "image/png" and common_file_ok(p["data"], p["type"])
    assert kinds == {"text/csv": 2 * gen_ai.N, XLSX_TYPE: gen_ai.N, "image/png": gen_ai.N}


def test_text_is_real_text(reqs: list[dict]) -> None:
    """Chinese free text where people type it, and the tools' markers where their requests carry them."""

    def typed(rs: list[dict]) -> str:
        return written_text(rs) + "".join(urllib.parse.unquote(r["path"]) for r in rs)

    def han(t: str) -> int:
        return sum("\u4e00" <= ch <= "\u9fff" for ch in t)

    assert han(typed(reqs)) >= 15000
    per_family = Counter(r["family"] for r in reqs if han(typed([r])))
    assert set(per_family) == set(gen_ai.SOURCES) and min(per_family.values()) >= 26, per_family
    text = "".join(r.get("body", "") for r in reqs) + "".join(urllib.parse.unquote(r["path"]) for r in reqs)
    for mark in (
        "adhoc_filters",
        "sqlExpression",
        "Last week",
        "template-tags",
        "[[AND",
        "$__timeFilter(",
        "${city:sqlstring}",
        "searchSourceJSON",
        "kuery",
        "query_string",
        "{{ city }}",
        "%python",
        "%jdbc(",
        "requestSQLContent",
        "formatter",
        "{city:String}",
        "EXECUTE statement",
        "crontab",
        "OVER (PARTITION BY",
        "CASE WHEN",
    ):
        assert mark in text, mark


# --- the families, checked the way their receiving tools would ---------------------------------------------


def test_superset_explore_sqllab(reqs: list[dict]) -> None:
    """Superset: rison q= that decodes to a list query; query contexts whose filters, metrics and extras.where
    follow form_data; SQL Lab statements that parse; guest tokens that verify for the embedded dashboard; CSRF
    tokens with the session cookie; CSV uploads with Superset's form fields."""
    f = "superset-explore-sqllab"
    for r in of_family(reqs, f, "chart-list-rison"):
        q = _rison(urllib.parse.unquote(query1(r)["q"]))
        assert q["page_size"] == 25 and q["order_direction"] in ("asc", "desc")
        assert all(set(x) == {"col", "opr", "value"} for x in q["filters"])
    for shape in ("chart-data", "chart-data-adhoc-sql", "embedded-guest-data"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            fd, (query,) = d["form_data"], d["queries"]
            assert fd["datasource"] == f"{d['datasource']['id']}__table" and d["datasource"]["type"] == "table"
            assert query["metrics"] == fd["metrics"] and query["columns"] == fd["groupby"]
            sql_filters = [x["sqlExpression"] for x in fd["adhoc_filters"] if x["expressionType"] == "SQL"]
            assert query["extras"]["where"] == " AND ".join(f"({s})" for s in sql_filters)
            assert (shape == "chart-data-adhoc-sql") == bool(sql_filters)
            for s in sql_filters:
                _sql_ok(f"SELECT 1 FROM t WHERE {s}")  # noqa: S608 - a check, not a query
            for flt in query["filters"]:
                assert flt["op"] == "IN" and flt["val"] and flt["col"] in gen_ai.SUPERSET_COLUMNS
            if shape == "embedded-guest-data":
                claims = _jwt(header(r, "X-GuestToken"), SUPERSET_GUEST_SECRET)
                dash = re.search(r"/embedded/([0-9a-f-]{36})", header(r, "Referer")).group(1)
                assert claims["resources"] == [{"type": "dashboard", "id": dash}] and claims["type"] == "guest"
                assert claims["aud"] == "superset" and claims["exp"] - claims["iat"] == 300
                assert not header(r, "Cookie")
            else:
                assert header(r, "X-CSRFToken") and _cookies(r)["session"]
    for r in of_family(reqs, f, "sqllab-execute"):
        d = json_body(r)
        _sql_ok(d["sql"])
        assert d["schema"] in gen_ai.SCHEMAS and d["ctas_method"] == "TABLE" and d["queryLimit"] in (1000, 10000)
    for r in of_family(reqs, f, "explore-form-data"):
        d = json_body(r)
        assert json.loads(d["form_data"])["slice_id"] == d["chart_id"] and d["datasource_type"] == "table"
    for r in of_family(reqs, f, "log-beacon"):
        events = json.loads(upload_fields(r)["events"])
        assert events and all(e["source"] == "dashboard" and e["version"] == "v2" for e in events)
    for r in of_family(reqs, f, "csv-upload"):
        fields = upload_fields(r)
        assert (
            fields["type"] == "csv"
            and fields["delimiter"] == ","
            and fields["already_exists"] in ("fail", "replace", "append")
        )
        assert re.fullmatch(r"/api/v1/database/\d+/upload/", r["path"])
    for r in of_family(reqs, f, "dashboard-page"):
        assert r["path"].startswith("/superset/dashboard/")


def _mbql_fields(node: object) -> list[int]:
    if isinstance(node, list):
        if len(node) == 3 and node[0] == "field":
            return [node[1]]
        return [i for x in node for i in _mbql_fields(x)]
    return []


def test_metabase_mbql_questions(reqs: list[dict]) -> None:
    """Metabase: MBQL whose clauses name known fields; native queries whose {{tags}} are declared and whose SQL
    parses with and without the [[optional]] clause; parameters that target declared tags; embedding JWTs that
    verify with the secret key; public card parameters that decode."""
    f = "metabase-mbql-questions"
    for r in of_family(reqs, f, "dataset-mbql"):
        d = json_body(r)
        q = d["query"]
        assert d["type"] == "query" and q["filter"][0] == "and" and q["order-by"][0][0] == "desc"
        assert set(_mbql_fields(q)) <= set(gen_ai.MB_FIELDS)
    for r in of_family(reqs, f, "dataset-native"):
        d = json_body(r)
        sql, tags = d["native"]["query"], d["native"]["template-tags"]
        assert set(re.findall(r"\{\{(\w+)\}\}", sql)) <= set(tags)
        assert all(t["name"] == k for k, t in tags.items())
        for p in d["parameters"]:
            assert p["target"][0] == "variable" and p["target"][1][1] in tags
        for keep in (True, False):
            text = re.sub(r"\[\[(.*?)\]\]", (lambda m: m.group(1)) if keep else "", sql, flags=re.S)
            _sql_ok(re.sub(r"\{\{\w+\}\}", "'2027-03-01'", text))
    for shape in ("card-query", "dashcard-query"):
        for r in of_family(reqs, f, shape):
            for p in json_body(r)["parameters"]:
                assert p["target"][0] == "dimension" and p["target"][1][1] in gen_ai.MB_FIELDS
                if p["type"] == "string/=":
                    assert set(p["value"]) <= CITY_NAMES
                else:
                    a, b = p["value"].split("~")
                    assert a <= b
    for r in of_family(reqs, f, "embed-dashcard"):
        token = r["path"].split("/")[4]
        claims = _jwt(token, METABASE_EMBED_SECRET)
        assert set(claims["params"]["city"]) <= CITY_NAMES and claims["resource"]["dashboard"] >= 1
    for r in of_family(reqs, f, "public-card"):
        (p,) = json.loads(query1(r)["parameters"])
        assert p["value"] in CITY_NAMES and p["target"] == ["variable", ["template-tag", "city"]]
    for r in of_family(reqs, f, "search"):
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(r["path"]).query)
        assert q["q"][0] and set(q["models"]) <= {"card", "dashboard", "dataset", "collection", "table"}
    for r in of_family(reqs, f, "session-login"):
        assert set(json_body(r)) == {"username", "password", "remember"}
    for r in of_family(reqs, f, "csv-upload"):
        assert upload_fields(r)["collection_id"].isdigit()


def test_grafana_sql_panels(reqs: list[dict]) -> None:
    """Grafana: /api/ds/query bodies whose datasource matches the X-Datasource-Uid and X-Plugin-Id headers and whose
    rawSql parses once the macros are expanded; saved dashboards whose targets keep ${city:sqlstring}; dashboard
    URLs with var-city values and relative time ranges; annotations with Chinese text."""
    f = "grafana-sql-panels"
    for shape in ("ds-query-mysql-table", "ds-query-pg-timeseries", "variable-query"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            assert int(d["from"]) < int(d["to"])
            (q,) = d["queries"]
            assert q["datasource"]["uid"] == gen_ai.GF_DS[q["datasource"]["type"]]
            assert query1(r)["ds_type"] == q["datasource"]["type"]
            if shape != "variable-query":
                assert header(r, "X-Datasource-Uid") == q["datasource"]["uid"] == gen_ai.GF_DS[header(r, "X-Plugin-Id")]
                assert "$__timeFilter(" in q["rawSql"] and "${" not in q["rawSql"]
            else:
                assert q["refId"] == "tempvar"
            _sql_ok(_grafana_sql(q["rawSql"]))
    for r in of_family(reqs, f, "dashboard-save"):
        dash = json_body(r)["dashboard"]
        assert dash["templating"]["list"][0]["name"] == "city"
        for panel in dash["panels"]:
            (t,) = panel["targets"]
            assert "${city:sqlstring}" in t["rawSql"] and t["datasource"] == panel["datasource"]
            _sql_ok(_grafana_sql(t["rawSql"]))
    for r in of_family(reqs, f, "dashboard-page"):
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(r["path"]).query)
        assert set(q["var-city"]) <= CITY_NAMES and q["from"][0].startswith("now-") and q["to"] == ["now"]
        assert r["path"].split("/")[2] in gen_ai.GF_DASHBOARDS
    for r in of_family(reqs, f, "annotation-post"):
        d = json_body(r)
        assert d["timeEnd"] >= d["time"] and d["tags"] and re.search(r"[\u4e00-\u9fff]", d["text"])
    for r in of_family(reqs, f, "annotations-get"):
        q = query1(r)
        assert int(q["from"]) < int(q["to"]) and q["dashboardUID"] in gen_ai.GF_DASHBOARDS
    for r in of_family(reqs, f, "public-panel-query"):
        assert json_body(r)["timeRange"]["to"] == "now" and not header(r, "Cookie")


def test_dataease_v2_bi(reqs: list[dict]) -> None:
    """DataEase: X-DE-TOKEN JWTs that verify; chart requests with dimension and quota fields; filter components
    that name cities; SQL that Base64-decodes and parses; Excel datasources that open."""
    f = "dataease-v2-bi"
    for r in of_family(reqs, f):
        assert r["path"].startswith("/de2api/")
        if r["shape"] != "local-login":
            claims = _jwt(header(r, "X-DE-TOKEN"), DE_KEY)
            assert claims["uid"] >= 1 and claims["oid"] in (1, 2, 5)
    for shape in ("chart-data", "chart-data-filtered", "export-details"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            assert [x["groupType"] for x in d["xAxis"]] == ["d"] and [x["groupType"] for x in d["yAxis"]] == ["q"]
            assert d["yAxis"][0]["summary"] in ("sum", "count", "avg")
            if shape == "chart-data-filtered":
                assert d["filter"] and set(d["filter"][0]["value"]) <= CITY_NAMES
            if shape == "chart-data":
                assert d["filter"] == []
    for r in of_family(reqs, f, "preview-sql"):
        d = json_body(r)
        _sql_ok(base64.b64decode(d["sql"], validate=True).decode())
        assert json.loads(d["sqlVariableDetails"]) == []
    for r in of_family(reqs, f, "dataset-save"):
        (u,) = json_body(r)["union"]
        info = json.loads(u["currentDs"]["info"])
        _sql_ok(base64.b64decode(info["sql"], validate=True).decode())
    for r in of_family(reqs, f, "local-login"):
        d = json_body(r)
        assert len(base64.b64decode(d["name"])) == len(base64.b64decode(d["pwd"])) == 128 and d["origin"] == 0
    for r in of_family(reqs, f, "excel-upload"):
        (p,) = upload_files(r)
        assert p["type"] == XLSX_TYPE and upload_fields(r)["editType"] in ("0", "1")


def test_kibana_osd_analytics(reqs: list[dict]) -> None:
    """Kibana and OpenSearch Dashboards: version and origin headers; x-kbn-context that decodes; search bodies with
    a time range filter and Lucene that balances; KQL in saved searches and short URLs; rison jobParams that
    decode to report jobs."""
    f = "kibana-osd-analytics"
    for r in of_family(reqs, f):
        if r["shape"] == "app-page":
            continue
        if r["shape"] == "osd-search":
            assert header(r, "osd-xsrf") and header(r, "osd-version").startswith("2.")
            continue
        assert header(r, "kbn-version") == gen_ai.KBN_VERSION and header(r, "x-elastic-internal-origin") == "Kibana"
        assert json.loads(urllib.parse.unquote(header(r, "x-kbn-context")))["type"] == "application"
    for shape in ("search-ese", "search-lucene", "osd-search"):
        for r in of_family(reqs, f, shape):
            body = json_body(r)["params"]["body"]
            boolq = body["query"]["bool"]
            rng = next(x["range"]["@timestamp"] for x in boolq["filter"] if "range" in x)
            assert rng["gte"] < rng["lte"]
            for m in boolq["must"]:
                _kql_ok(m["query_string"]["query"])
            assert (shape == "search-lucene") <= bool(boolq["must"])
    for r in of_family(reqs, f, "saved-search-create"):
        src = json.loads(json_body(r)["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
        assert src["query"]["language"] == "kuery"
        _kql_ok(src["query"]["query"])
    for r in of_family(reqs, f, "short-url"):
        d = json_body(r)
        assert d["locatorId"] == "DISCOVER_APP_LOCATOR"
        _kql_ok(d["params"]["query"]["query"])
    for shape in ("reporting-csv", "reporting-pdf"):
        for r in of_family(reqs, f, shape):
            job = _rison(json_body(r)["jobParams"])
            assert job["browserTimezone"] == "Asia/Shanghai" and job["version"] == gen_ai.KBN_VERSION
            query = (
                job["searchSource"]["query"] if shape == "reporting-csv" else job["locatorParams"][0]["params"]["query"]
            )
            assert query["language"] == "kuery"
            _kql_ok(query["query"])
    for r in of_family(reqs, f, "value-suggestions"):
        assert json_body(r)["method"] == "terms_agg"


def test_redash_query_runner(reqs: list[dict]) -> None:
    """Redash: X-CSRF-TOKEN equal to the csrf_token cookie; query text whose {{ parameters }} are declared and whose
    SQL parses once they are applied; p_ URL parameters in Redash's formats; results.csv with an api_key."""
    f = "redash-query-runner"
    for r in of_family(reqs, f):
        if header(r, "X-CSRF-TOKEN"):
            assert _cookies(r)["csrf_token"] == header(r, "X-CSRF-TOKEN")
    for shape in ("query-save", "query-update"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            names = {p["name"] for p in d["options"]["parameters"]}
            used = {m.split(".")[0] for m in re.findall(r"\{\{ ([\w.]+) \}\}", d["query"])}
            assert used and used <= names
            _sql_ok(re.sub(r"\{\{ [\w.]+ \}\}", "2027-03-01", d["query"]))
    for r in of_family(reqs, f, "query-results-adhoc"):
        _sql_ok(json_body(r)["query"])
    for r in of_family(reqs, f, "query-results-params"):
        p = json_body(r)["parameters"]
        assert p["city"] in CITY_NAMES and p["date_range"]["start"] <= p["date_range"]["end"]
    for r in of_family(reqs, f, "query-page"):
        q = query1(r)
        a, b = q["p_date_range"].split("--")
        assert q["p_city"] in CITY_NAMES and a <= b
    for r in of_family(reqs, f, "public-dashboard"):
        q = query1(r)
        assert q["org_slug"] == "default" and any(re.fullmatch(r"p_w\d+_city", k) for k in q)
    for r in of_family(reqs, f, "results-csv-api-key"):
        assert re.fullmatch(r"/api/queries/\d+/results\.csv\?api_key=\w{40}", r["path"]) and not header(r, "Cookie")
    for r in of_family(reqs, f, "visualization-create"):
        assert json_body(r)["type"] == "CHART"


def test_notebook_zeppelin_jupyter(reqs: list[dict]) -> None:
    """Jupyter: X-XSRFToken equal to the _xsrf cookie; contents paths under the user's server; sessions for the
    notebook they name; spawn forms with _xsrf. Zeppelin: paragraphs whose %python cells parse as Python and whose
    %jdbc/%sql text parses as SQL once the dynamic forms are filled."""
    f = "notebook-zeppelin-jupyter"
    for r in of_family(reqs, f):
        if r["path"].startswith("/user/") and r["shape"] != "lab-page":
            assert urllib.parse.unquote(_cookies(r)["_xsrf"]) == header(r, "X-XSRFToken")
            user = r["path"].split("/")[2]
            assert f"jupyterhub-user-{user}" in _cookies(r)
    for r in of_family(reqs, f, "contents-get"):
        q = urllib.parse.urlsplit(r["path"]).query.split("&")
        assert q[:3] == ["type=notebook", "content=1", "hash=0"] and re.fullmatch(r"\d{13}", q[3])
    for r in of_family(reqs, f, "session-create"):
        d = json_body(r)
        assert d["path"].endswith("/" + d["name"]) and d["type"] == "notebook"
    for r in of_family(reqs, f, "hub-spawn-form"):
        fields = form_fields(r)
        assert urllib.parse.unquote(_cookies(r)["_xsrf"]) == fields["_xsrf"] and fields["profile"]
    paragraphs = [p for r in of_family(reqs, f, "zeppelin-create-note") for p in json_body(r)["paragraphs"]]
    paragraphs += [json_body(r) for r in of_family(reqs, f, "zeppelin-add-paragraph")]
    kinds = Counter()
    for p in paragraphs:
        first, _, rest = p["text"].partition("\n")
        kind = re.fullmatch(r"%(jdbc|sql|python|md)(\(\w+\))?", first).group(1)
        kinds[kind] += 1
        if kind == "python":
            ast.parse(rest)
        elif kind in ("jdbc", "sql"):
            _sql_ok(re.sub(r"\$\{(\w+)=([^,}]*)[^}]*\}", r"\2", rest))
    assert set(kinds) == {"jdbc", "sql", "python", "md"}
    for r in of_family(reqs, f, "zeppelin-run-paragraph"):
        assert json_body(r)["params"]["city"] in CITY_NAMES and re.fullmatch(
            r"/api/notebook/job/\w{9}/paragraph_\d{13}_\d{9}", r["path"]
        )


def test_bigscreen_goview_jimu(reqs: list[dict]) -> None:
    """GoView: saved screens (form field content) whose components carry ECharts options with formatter strings and
    SQL data sources that parse; the token header on every call after login; cover PNGs named for the project.
    JimuReport: tokens that verify, params posted as a JSON string."""
    f = "bigscreen-goview-jimu"
    for r in of_family(reqs, f, "goview-save-data"):
        fields = form_fields(r)
        content = json.loads(fields["content"])
        assert content["editCanvasConfig"]["width"] == 1920 and fields["projectId"].isdigit()
        for comp in content["componentList"]:
            opt = comp["option"]
            assert opt["series"][0]["label"]["formatter"] and opt["tooltip"]["formatter"]
            assert {row["地区"] for row in opt["dataset"]["source"]} <= CITY_NAMES
            _sql_ok(comp["request"]["requestSQLContent"]["sql"])
    for r in of_family(reqs, f, "goview-sql-source"):
        _sql_ok(json_body(r)["sql"])
    for r in of_family(reqs, f):
        if r["path"].startswith(("/api/goview/project", "/api/bigscreen")):
            assert re.fullmatch(r"[0-9a-f-]{36}", header(r, "satoken"))
    for r in of_family(reqs, f, "goview-upload-cover"):
        (p,) = upload_files(r)
        assert p["name"] == "object" and p["filename"].endswith("_index_preview.png")
    for r in of_family(reqs, f, "jimu-view-page"):
        assert _jwt(query1(r)["token"], JIMU_KEY)["username"] in gen_ai.ANALYSTS and query1(r)["city"] in CITY_NAMES
    for shape in ("jimu-show", "jimu-export-excel"):
        for r in of_family(reqs, f, shape):
            assert _jwt(header(r, "X-Access-Token"), JIMU_KEY)["exp"] > 1798761600
            d = json_body(r)
            params = json.loads(d["params"]) if shape == "jimu-show" else d["queryParam"]
            assert params["city"] in CITY_NAMES
    for r in of_family(reqs, f, "datav-api-source"):
        assert query1(r)["city"] in CITY_NAMES and re.fullmatch(r"\d{13}", query1(r)["_"])


def test_trino_presto_protocol(reqs: list[dict]) -> None:
    """Trino and Presto: statements posted as text/plain that parse; the user header equal to the Basic user; the
    prepared statement header URL-decoding to a SELECT with as many ? as EXECUTE passes values; nextUri polls of
    the protocol's form; UI logins as forms."""
    f = "trino-presto-protocol"
    for r in of_family(reqs, f):
        if r["path"] == "/v1/statement":
            prefix = "X-Presto" if r["shape"] == "statement-presto" else "X-Trino"
            assert content_type(r) == "text/plain; charset=utf-8" and header(r, f"{prefix}-User") == _basic_user(r)
            assert header(r, f"{prefix}-Time-Zone") == "Asia/Shanghai" and header(r, f"{prefix}-Catalog")
            _sql_ok(r["body"])
    for r in of_family(reqs, f, "statement-prepared"):
        name, _, sql = header(r, "X-Trino-Prepared-Statement").partition("=")
        sql = urllib.parse.unquote_plus(sql)
        _sql_ok(sql)
        m = re.fullmatch(r"EXECUTE (\w+) USING (.*)", r["body"])
        assert m.group(1) == name and sql.count("?") == len(m.group(2).split(", "))
    for shape in ("queued-poll", "executing-poll"):
        for r in of_family(reqs, f, shape):
            assert re.fullmatch(
                rf"/v1/statement/{shape.split('-')[0]}/\d{{8}}_\d{{6}}_\d{{5}}_\w{{5}}/y[0-9a-f]{{40}}/\d+", r["path"]
            )
    for r in of_family(reqs, f, "ui-login"):
        assert set(form_fields(r)) == {"username", "password", "redirectPath"}


def test_clickhouse_http_sql(reqs: list[dict]) -> None:
    """ClickHouse: every {name:Type} placeholder has its param_name in the URL; GET queries that URL-decode to
    statements that parse; POST bodies that parse once the FORMAT clause and parameters are applied."""
    f = "clickhouse-http-sql"
    for r in of_family(reqs, f):
        if r["method"] != "POST":
            continue
        body = r["body"].removesuffix("\n FORMAT Native")
        names = set(re.findall(r"\{(\w+):\w+\}", body))
        assert names <= {k.removeprefix("param_") for k in query1(r) if k.startswith("param_")}
        _sql_ok(re.sub(r"\{\w+:\w+\}", "60", body))
        if r["shape"].startswith("connect"):
            assert header(r, "User-Agent").startswith("clickhouse-connect/") and body != r["body"]
    for r in of_family(reqs, f, "get-query-curl"):
        _sql_ok(query1(r)["query"])
        assert header(r, "X-ClickHouse-User") and header(r, "X-ClickHouse-Key")
    for r in of_family(reqs, f, "session-settings"):
        assert r["body"].startswith("SET ") and int(query1(r)["session_timeout"]) <= 600
    for r in of_family(reqs, f, "play-post"):
        assert content_type(r) == "text/plain;charset=UTF-8" and query1(r)["add_http_cors_header"] == "1"


def test_druid_kylin_doris_sql(reqs: list[dict]) -> None:
    """Druid, Kylin and Doris: SQL that parses; as many parameters as ? placeholders; native groupBy intervals in
    order; Basic users for the server-side callers."""
    f = "druid-kylin-doris-sql"
    for shape, key in (
        ("druid-sql", "query"),
        ("druid-sql-statements", "query"),
        ("kylin-query", "sql"),
        ("doris-query-api", "stmt"),
    ):
        for r in of_family(reqs, f, shape):
            _sql_ok(json_body(r)[key])
    for shape, key in (("druid-sql-params", "parameters"), ("kylin-prestate", "params")):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            sql = d.get("query") or d["sql"]
            _sql_ok(sql)
            assert sql.count("?") == len(d[key]) and _basic_user(r) == "bi_gateway"
    for r in of_family(reqs, f, "druid-native-groupby"):
        d = json_body(r)
        (interval,) = d["intervals"]
        a, b = interval.split("/")
        assert d["queryType"] == "groupBy" and a < b and d["filter"]["type"] == "and"
    for r in of_family(reqs, f, "druid-sql-statements"):
        assert json_body(r)["context"]["executionMode"] == "ASYNC"


def test_bi_export_subscriptions(reqs: list[dict]) -> None:
    """Schedules whose crontab has five fields in range; rison id lists; export form posts whose JSON fields parse;
    pulses whose channels carry schedules; alerts with a column, an operator and a threshold."""
    f = "bi-export-subscriptions"
    for r in of_family(reqs, f, "superset-report-schedule"):
        d = json_body(r)
        minute, hour, dom, month, dow = d["crontab"].split()
        assert 0 <= int(minute) < 60 and 0 <= int(hour) < 24 and d["timezone"] == "Asia/Shanghai"
        assert (dom, month) in (("*", "*"), ("1", "*")) and dow in ("*", "1", "5")
    for r in of_family(reqs, f, "superset-dashboard-export"):
        ids = _rison(query1(r)["q"])
        assert ids == sorted(ids) and all(isinstance(i, int) for i in ids)
    for r in of_family(reqs, f, "superset-chart-csv-form"):
        ctx = json.loads(form_fields(r)["form_data"])
        assert ctx["result_format"] in ("csv", "xlsx") and ctx["queries"][0]["columns"]
    for r in of_family(reqs, f, "metabase-pulse"):
        (ch,) = json_body(r)["channels"]
        assert ch["schedule_type"] in ("daily", "weekly", "monthly") and 0 <= ch["schedule_hour"] < 24
    for r in of_family(reqs, f, "metabase-card-xlsx"):
        assert json.loads(form_fields(r)["parameters"]) and r["path"].endswith(("/xlsx", "/csv"))
    for r in of_family(reqs, f, "metabase-dataset-csv"):
        assert json.loads(form_fields(r)["query"])["type"] == "query"
    for r in of_family(reqs, f, "redash-alert"):
        o = json_body(r)["options"]
        assert o["op"] in (">", "<", ">=") and o["column"] and "{{ALERT_NAME}}" in o["custom_subject"]
    for r in of_family(reqs, f, "redash-query-schedule"):
        s = json_body(r)["schedule"]
        assert s["interval"] in (3600, 86400, 604800) and (s["time"] is None) == (s["interval"] == 3600)
    for r in of_family(reqs, f, "jupyter-nbconvert"):
        assert query1(r)["download"] == "true" and r["path"].split("/")[4] in ("html", "webpdf", "script", "markdown")


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ai.N}
