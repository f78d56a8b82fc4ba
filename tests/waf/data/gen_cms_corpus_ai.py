"""Generate corpus AI: a THIRTY-FIFTH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AH.

    python tests/waf/data/gen_cms_corpus_ai.py   # writes cms_ai_tuning.jsonl and cms_ai_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AI
measures the WAF's false positives on traffic no tuning round has seen. Corpus AI is a month of the DATA ANALYSIS, BI
AND DASHBOARD TOOLS the province's 大数据局, 统计局 and departments (四川省 as the model) run for 数据大屏, 领导驾驶舱
and self-service analysis, as analysts, civil servants and the dashboards' own browsers use them: tool traffic written
as the real tools' front ends and client libraries send it. Apache Superset (chart data API bodies with form_data,
adhoc_filters whose sqlExpression analysts type, metrics and time_range "Last week"; SQL Lab execute with real SELECT
statements; rison-encoded q= parameters; CSRF tokens and embedded guest tokens signed as Superset signs them; CSV
uploads; the event log beacon); Metabase (MBQL and native queries with {{template tags}} and [[optional clauses]],
card and dashcard queries, /api/search, signed-embedding JWTs, public cards, CSV uploads); Grafana dashboards over
MySQL and PostgreSQL datasources (/api/ds/query with rawSql and $__timeFilter macros, template variable queries,
annotations, saved dashboards whose panels hold ${var:sqlstring}, public dashboards); DataEase v2 (国产 开源 BI:
/de2api chart data with xAxis/yAxis fields and filter components, Base64 SQL datasets, Excel datasources); Kibana
and OpenSearch Dashboards (internal search bodies, Lucene query_string, KQL in saved searches and short URLs, value
suggestions, rison jobParams of reports); Redash (query results with parameters, {{ mustache }} query text, jobs,
visualizations, p_ URL parameters); JupyterHub/JupyterLab and Apache Zeppelin (contents and sessions APIs, spawn
forms, notes whose paragraphs hold %jdbc SQL and %python code, dynamic forms); 数据大屏 tools (GoView projects with
ECharts options and formatter strings saved as form fields, SQL data sources, 积木报表 JimuReport show/export, API
data sources of DataV-style screens); the query gateways behind them (Trino and Presto's client protocol with
X-Trino-* headers and prepared statements; ClickHouse's HTTP interface, Play UI and built-in dashboard with {name:Type}
parameters; Druid SQL and native queries, Kylin query APIs, Doris' HTTP query API); and report exports and
subscriptions (Superset report schedules with crontab, dashboard exports, SQL Lab CSV; Metabase pulses and XLSX/CSV
downloads; Redash alerts and schedules; nbconvert downloads). Desktop browsers, a few tablets and the tools' own
server-side clients send them. Names, ids, keys and tokens are this generator's, not published ones. ``SOURCES``
names the public material each family's URLs, parameters, headers and bodies follow; values are generated
deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Analysts' SQL here is ordinary: SELECT
with joins, GROUP BY, CASE WHEN, window functions, date functions, Chinese aliases and literals, and the comments
analysts write; nothing here is an attack, and every value is what the real service receives.

Overlap with earlier corpora, checked against their SOURCES: E's stats-data has 统计局 ECharts dataset/transform
filters, F's es-query has Elasticsearch _search/_msearch bodies behind site search boxes, H has FineReport and FineBI
widget data and Grafana's Prometheus datasource proxy (PromQL), I's log-shipping has Loki pushes and LogQL from
Grafana; AI has none of their shapes (its Grafana traffic is /api/ds/query over SQL datasources, annotations and
saved dashboards; its Kibana traffic is Kibana's own internal and saved-object APIs; it has no FineReport or FineBI),
and no earlier corpus has Superset, Metabase, DataEase, Redash, Jupyter, Zeppelin, GoView, JimuReport, Trino,
Presto, ClickHouse, Druid, Kylin or Doris traffic. Where the receiving tools check something (guest-token and
embedding JWT signatures, rison, MBQL, template tags, Base64 SQL, prepared-statement headers, Python cells) the
generator does it for real, so the fast tests can check the requests the way the receiving tools would. Limits of
the record format (corpus_kit.check_record): methods are GET, HEAD, OPTIONS and POST, so Jupyter's contents saves and
uploads (PUT), Metabase's and Grafana's PUT updates, GoView's publish (PUT) and Doris stream load (PUT) are not
recorded; a POST needs a body and a Content-Type, so JupyterLab's empty checkpoint POST, JupyterHub's empty server
start and the trino-python-client's untyped statement POST are not recorded (AI's statements come from the Java
StatementClientV1, which types its body); Jupyter kernel messages travel over WebSocket only and are not recorded.

Each request is one JSONL record as in corpora A-Z and AA-AH (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ai/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AI was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ai/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ai/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AH) is one line

from __future__ import annotations

import base64
import sys
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ah as corpus_ah
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_ah import XLSX_CT, jwt, nav, upload_xhr, xhr, xlsx  # AH's
from tests.waf.data.gen_cms_corpus_e import AXIOS_ACCEPT, form, js_json, qs, uri  # E's
from tests.waf.data.gen_cms_corpus_f import png  # F's
from tests.waf.data.gen_cms_corpus_w import js_doc  # W's
from tests.waf.data.gen_cms_corpus_z import navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ai")
SEED = 20310523
SALT = "corpus-ai/"

SOURCES = {
    "superset-explore-sqllab": "Apache Superset 4.x (superset.apache.org docs and superset-frontend: "
    "/api/v1/chart/data "
    "QueryContext {datasource, queries [{columns, metrics, filters, extras.where, time_range, orderby, row_limit}], "
    "form_data, result_format, result_type} with adhoc_filters expressionType SIMPLE/SQL; SQL Lab "
    "/api/v1/sqllab/execute/ {client_id, database_id, sql, schema, runAsync, queryLimit}; rison q= on list APIs; "
    "X-CSRFToken from /api/v1/security/csrf_token/; /api/v1/explore/form_data; embedded dashboards' X-GuestToken JWTs; "
    "/superset/log/?explode=events beacons; /api/v1/database/<pk>/upload/ CSV) as 四川 大数据 中心 analysts use it",
    "metabase-mbql-questions": "Metabase 0.49-0.50 (metabase.com/docs API reference and frontend: POST /api/dataset "
    "with MBQL {source-table, aggregation, breakout, filter} and native queries with template-tags and [[ ]] optional "
    "clauses, /api/card/:id/query and dashcard queries with parameters, /api/search, /api/session, signed embedding "
    "/api/embed/dashboard/:jwt (HS256 with the embedding secret key), /api/public/card/:uuid/query, /api/card/from-csv "
    "uploads) as 四川 统计 analysts use it",
    "grafana-sql-panels": "Grafana 10-11 (grafana.com docs: MySQL and PostgreSQL data sources with $__timeFilter, "
    "$__timeGroupAlias and $__unixEpochFilter macros, template variables and ${var:sqlstring}/${var:csv} formats; HTTP "
    "API /api/ds/query with queries [{refId, datasource {type, uid}, rawSql, format}], from/to, X-Dashboard-Uid, "
    "X-Datasource-Uid, X-Panel-Id, X-Plugin-Id headers; /api/annotations, /api/dashboards/db, /api/search, public "
    "dashboards' panel queries; /d/<uid>/<slug>?var-…&from=now-7d&to=now) as 四川 运行 监测 大屏 use it",
    "dataease-v2-bi": "DataEase v2 (github.com/dataease/dataease core-frontend src/api chart.ts, dataset.ts, "
    "datasource.ts, dataVisualization.ts and its axios config: /de2api with X-DE-TOKEN; chartData/getData with xAxis/"
    "yAxis fields and filter components, datasetData/enumValue, datasetData/previewSql with the SQL Base64-encoded, "
    "datasetTree/save, dataVisualization/findById and interactiveTree, chartData/innerExportDetails, "
    "datasource/uploadFile Excel datasources, login/localLogin with RSA-encrypted fields) as 四川 政务 BI uses it",
    "kibana-osd-analytics": "Kibana 8.x (elastic.co Kibana guide and source: /internal/search/ese bodies with "
    "kbn-version, x-elastic-internal-origin and elastic-api-version headers, query_string for Lucene, saved objects "
    "API with searchSourceJSON holding KQL {query, language: kuery}, /api/short_url with locator params, "
    "/internal/kibana/suggestions/values, reporting /api/reporting/generate/* with rison jobParams) and OpenSearch "
    "Dashboards 2.x (/internal/search/opensearch-with-long-numerals, osd-xsrf/osd-version) as 四川 12345 热线 "
    "analysis uses them",
    "redash-query-runner": "Redash 10 (redash.io help and client/app/services: POST /api/query_results "
    "{data_source_id, "
    "query, max_age, parameters, apply_auto_limit}, /api/queries/<id>/results, /api/jobs/<id>, /api/queries save and "
    "update with options.parameters, {{ param }} query text, /api/visualizations options, /api/queries?q= search, "
    "p_<name> and p_w<widget>_<name> URL parameters, public dashboards, results.csv?api_key=, X-CSRF-TOKEN) as 四川 "
    "部门 数据 分析 uses it",
    "notebook-zeppelin-jupyter": "JupyterHub 4 and JupyterLab 4 / Jupyter Server 2 (jupyter-server.readthedocs.io REST "
    "API: /user/<name>/api/contents GET with content=1 and the cache-busting timestamp, POST new untitled and "
    "copy_from, /api/sessions {path, name, type, kernel}, _xsrf and X-XSRFToken, /hub/spawn/<name> profile forms) and "
    "Apache Zeppelin 0.11 (zeppelin.apache.org REST API: /api/login, /api/notebook with paragraphs, "
    "/api/notebook/<id>/paragraph, /api/notebook/job/<id>/<pid> with dynamic form params; %jdbc/%python/%md "
    "paragraphs) as 四川 数据 分析 人员 use them",
    "bigscreen-goview-jimu": "GoView (github.com/dromara/go-view src/api/path/project.api.ts and http.ts: /api/goview "
    "sys/login, project/list, project/getData, project/save/data as form fields projectId and content, project/upload "
    "FormData object, SQL data sources posting {sql}, the token header named by the login), JimuReport 积木报表 "
    "(help.jeecg.com jmreport: /jmreport/view/<id>?token=, /jmreport/show {id, params}, exportAllExcelStream) and "
    "DataV-style API data sources as 四川 数据 大屏 and 领导 驾驶舱 use them",
    "trino-presto-protocol": "Trino 43x client protocol (trino.io docs develop/client-protocol and "
    "StatementClientV1: POST /v1/statement with the SQL as a text/plain body, X-Trino-User, X-Trino-Source, "
    "X-Trino-Catalog, X-Trino-Schema, X-Trino-Time-Zone, X-Trino-Language, X-Trino-Client-Tags, X-Trino-Session, "
    "X-Trino-Prepared-Statement; nextUri polls /v1/statement/queued and /executing; Web UI /ui/login and "
    "/ui/api/query) and PrestoDB 0.28x (X-Presto-* headers) as 四川 数据 湖 gateways behind the BI tools use them",
    "clickhouse-http-sql": "ClickHouse 24.x HTTP interface (clickhouse.com/docs/en/interfaces/http: GET ?query=, POST "
    "bodies, database, default_format, query_id, session_id, param_<name> for {name:Type} query parameters, "
    "X-ClickHouse-User/Key, /ping and /replicas_status; the bundled /play UI and /dashboard page) and "
    "clickhouse-connect 0.7 as Superset's driver as 四川 明细 数据 OLAP uses them",
    "druid-kylin-doris-sql": "Apache Druid 29-30 (druid.apache.org docs: /druid/v2/sql {query, parameters, context, "
    "resultFormat, header}, /druid/v2/sql/statements, native /druid/v2 groupBy, the unified console), Apache Kylin 4 "
    "(kylin.apache.org REST: /kylin/api/query {sql, project, offset, limit, acceptPartial}, query/prestate, "
    "tables_and_columns) and Apache Doris 2.x HTTP API (/api/query/default_cluster/<db> {stmt}, /api/<db>/<table>/"
    "_schema) as 四川 指标 平台 query gateways use them",
    "bi-export-subscriptions": "Report exports and subscriptions of the same tools (Superset /api/v1/report/ schedules "
    "with crontab, timezone and recipients, chart data form posts for CSV, /api/v1/dashboard/export/?q=!(ids), "
    "/api/v1/sqllab/export/<client_id>/; Metabase /api/pulse with channels and schedules, /api/card/<id>/query/xlsx "
    "and /api/dataset/csv form downloads; Redash /api/alerts and query schedules; Jupyter nbconvert downloads) as "
    "四川 部门 周报 and 月报 use them",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AH's (and so AG's, … F's), recording AI's sources -----------------------------------------


class Corpus(corpus_ah.Corpus):
    """AH's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AI's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() makes as many

# --- values of the 四川 data platforms ---------------------------------------------------------------------

CITIES = {
    "510100": "成都市",
    "510300": "自贡市",
    "510400": "攀枝花市",
    "510500": "泸州市",
    "510600": "德阳市",
    "510700": "绵阳市",
    "510800": "广元市",
    "510900": "遂宁市",
    "511000": "内江市",
    "511100": "乐山市",
    "511300": "南充市",
    "511400": "眉山市",
    "511500": "宜宾市",
}
CATEGORIES = ["噪音扰民", "占道经营", "物业纠纷", "供水停水", "劳资纠纷", "交通出行", "环境污染", "教育咨询"]
MATTERS = ["企业开办", "社保卡申领", "公积金提取", "不动产登记", "医保异地备案", "个体工商户登记", "居住证办理"]
TITLES = [
    "各市州政务服务办件量",
    "12345热线工单分类统计",
    "近30天超期办件趋势",
    "企业开办时长分布",
    "重点民生诉求TOP10",
    "市场主体新增登记（按月）",
    "一网通办好差评占比",
    "经济运行主要指标同比",
]
DESCRIPTIONS = [
    "数据来源：省一体化政务服务平台，每日凌晨2点更新。",
    "口径说明：办件量按受理时间统计，不含退件。",
    "供领导驾驶舱使用，请勿随意修改筛选条件。",
    "按市州汇总，成都市含天府新区和高新区。",
    "热线工单按一级分类统计，重复来电已去重。",
    "同比增速 = 本期 / 上年同期 - 1，单位：%。",
]
SEARCHES = ["办件", "热线", "超期", "营商环境", "人口", "好差评", "企业开办", "GDP"]
ANALYSTS = ["zhangli", "wangfang", "liuyang", "chenjing", "sjj_yangtao", "tjj_huangwei", "zwfw_zhoumin"]
TABLES = {  # table: (time column, region column, measure column)
    "dwd_gov_service_case": ("accept_time", "region_code", "case_cnt"),
    "dwd_hotline_ticket": ("create_time", "region_code", "ticket_cnt"),
    "ads_ent_register_day": ("reg_date", "region_code", "new_ent_cnt"),
    "ads_econ_indicator_month": ("stat_month", "region_code", "indicator_value"),
}
SCHEMAS = ["ads", "dwd", "dws", "ads_zwfw"]


def city(c: Corpus) -> str:
    return c.pick(list(CITIES.values()))


def cities(c: Corpus, lo: int = 1, hi: int = 4) -> list[str]:
    return c.sample(list(CITIES.values()), c.num(lo, hi))


def ymd(c: Corpus, lo: int = -90, hi: int = 0) -> str:
    return f"{c.day(lo, hi):%Y-%m-%d}"


def date_span(c: Corpus) -> tuple[str, str]:
    start = c.day(-120, -20)
    return f"{start:%Y-%m-%d}", f"{start + timedelta(days=c.num(1, 100)):%Y-%m-%d}"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def browser_url(path: str) -> str:
    """A URL as the browser's URL parser sends it: non-ASCII, spaces, quotes and apostrophes percent-encoded
    (the WHATWG special-scheme query set), everything else as written."""
    return urllib.parse.quote(path, safe="!$&()*+,-./:;=?@_~%[]")


def rison(v: object) -> str:
    """rison.encode (github.com/Nanonid/rison): (k:v), !(…), !t/!f/!n, bare ids, '…' with !! and !' escapes."""
    if v is True:
        return "!t"
    if v is False:
        return "!f"
    if v is None:
        return "!n"
    if isinstance(v, int | float):
        return str(v)
    if isinstance(v, dict):
        return "(" + ",".join(f"{rison(k)}:{rison(x)}" for k, x in v.items()) + ")"
    if isinstance(v, list):
        return "!(" + ",".join(rison(x) for x in v) + ")"
    s = str(v)
    if s and s[0] not in "-0123456789" and not any(ch in " '!:(),*@$" for ch in s):
        return s
    return "'" + s.replace("!", "!!").replace("'", "!'") + "'"


# --- analysts' SQL, in the dialects the tools send -----------------------------------------------------------

QUOTE = {"mysql": "`", "postgres": '"', "trino": '"', "clickhouse": "`", "druid": '"', "kylin": '"', "doris": "`"}


def alias(dialect: str, name: str) -> str:
    q = QUOTE[dialect]
    return f"{q}{name}{q}"


def month_of(dialect: str, col: str) -> str:
    return {
        "mysql": f"DATE_FORMAT({col}, '%Y-%m')",
        "doris": f"DATE_FORMAT({col}, '%Y-%m')",
        "postgres": f"to_char({col}, 'YYYY-MM')",
        "trino": f"date_format({col}, '%Y-%m')",
        "clickhouse": f"formatDateTime({col}, '%Y-%m')",
        "druid": "TIME_FORMAT(__time, 'yyyy-MM')",
        "kylin": f"SUBSTRING(CAST({col} AS VARCHAR), 1, 7)",
    }[dialect]


def day_lit(dialect: str, day: str) -> str:
    return {"trino": f"DATE '{day}'", "clickhouse": f"toDate('{day}')", "druid": f"TIMESTAMP '{day} 00:00:00'"}.get(
        dialect, f"'{day}'"
    )


def sql_query(c: Corpus, dialect: str = "mysql", where_city: str | None = None) -> str:
    """A SELECT an analyst writes: joins, GROUP BY, CASE WHEN, window functions, dates, Chinese aliases and
    literals, and now and then a comment. ``where_city`` replaces the city literal (a template tag or parameter)."""
    table = c.pick(list(TABLES))
    tcol, rcol, mcol = TABLES[table]
    if dialect == "druid":
        tcol = "__time"

    def a(name: str) -> str:
        return alias(dialect, name)

    start, end = date_span(c)
    cond = where_city or "'" + city(c) + "'"
    in_list = ", ".join(f"'{x}'" for x in cities(c, 2, 4))
    kind = c.pick(["ratio", "month"] if where_city else ["agg", "window", "cte", "detail", "ratio", "month"])
    head = c.pick(["", f"-- {c.pick(TITLES)}\n", f"/* {c.pick(DESCRIPTIONS)} */\n", ""])
    if kind == "agg":
        sql = (
            f"SELECT r.region_name AS {a('地区')},\n       SUM(t.{mcol}) AS {a('总量')},\n"
            f"       SUM(CASE WHEN t.is_overdue = 1 THEN 1 ELSE 0 END) AS {a('超期件数')}\n"
            f"FROM {table} t\nJOIN dim_region r ON t.{rcol} = r.region_code\n"
            f"WHERE t.{tcol} >= {day_lit(dialect, start)} AND t.{tcol} < {day_lit(dialect, end)}\n"
            f"GROUP BY r.region_name\nORDER BY {a('总量')} DESC\nLIMIT {c.pick([10, 20, 100])}"
        )
    elif kind == "window":
        sql = (
            f"SELECT {tcol}, region_name, {mcol},\n"
            f"       ROUND({mcol} * 100.0 / NULLIF(LAG({mcol}, 12) OVER (PARTITION BY region_name ORDER BY {tcol}), 0)"
            f" - 100, 2) AS {a('同比增速')}\n"
            f"FROM {table}\nWHERE indicator_name = '{c.pick(['地区生产总值', '社会消费品零售总额', '固定资产投资'])}'\n"
            f"ORDER BY region_name, {tcol}"
        )
    elif kind == "cte":
        sql = (
            f"WITH t AS (\n  SELECT category, region_name, COUNT(*) AS cnt,\n"  # noqa: S608
            f"         ROW_NUMBER() OVER (PARTITION BY category ORDER BY COUNT(*) DESC) AS rn\n"
            f"  FROM dwd_hotline_ticket\n  WHERE content LIKE '%{c.pick(['噪音', '停水', '欠薪', '占道'])}%'"
            f" AND {tcol} >= {day_lit(dialect, start)}\n  GROUP BY category, region_name\n)\n"
            f"SELECT category AS {a('分类')}, region_name AS {a('地区')}, cnt AS {a('工单数')}\n"
            f"FROM t\nWHERE rn <= {c.pick([3, 5, 10])}"
        )
    elif kind == "detail":
        sql = (
            f"SELECT case_no, matter_name, region_name, {tcol}, handle_days\nFROM {table}\n"
            f"WHERE region_name IN ({in_list})\n  AND matter_name = '{c.pick(MATTERS)}'\n"
            f"ORDER BY {tcol} DESC\nLIMIT {c.pick([100, 500, 1000])}"
        )
    elif kind == "ratio":
        sql = (
            f"SELECT region_name AS {a('地区')},\n       COUNT(*) AS {a('评价数')},\n"
            f"       ROUND(SUM(CASE WHEN rate_level IN ('非常满意', '满意') THEN 1 ELSE 0 END) * 100.0 / COUNT(*), 2)"
            f" AS {a('好评率')}\nFROM dwd_evaluation\nWHERE region_name = {cond}\n"
            f"GROUP BY region_name\nHAVING COUNT(*) >= {c.pick([10, 30, 50])}"
        )
    else:
        sql = (
            f"SELECT {month_of(dialect, tcol)} AS {a('月份')}, COUNT(DISTINCT ent_id) AS {a('新增企业')}\n"
            f"FROM ads_ent_register_day\nWHERE region_name = {cond}\n"
            f"  AND {tcol} BETWEEN {day_lit(dialect, start)} AND {day_lit(dialect, end)}\n"
            f"GROUP BY {month_of(dialect, tcol)}\nORDER BY 1"
        )
    return head + sql


def bi_h(
    c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None
) -> dict[str, str]:
    """A fetch from a BI tool's page: analysts sit at desktops (a few tablets)."""
    return xhr(c, ref, AXIOS_ACCEPT if ctype else "application/json", ctype, cookie, extra, mobile=0.06)


def bi_nav(c: Corpus, f: str, shape: str, path: Callable[[], str], ref: str) -> None:
    """N page loads of a BI tool: desktop browsers, some opened from a link shared in 微信."""
    navigations(c, f, shape, path, ref, wx=0.15)


# --- superset-explore-sqllab ---------------------------------------------------------------------------------

SUPERSET_GUEST_SECRET = b"sc-superset-guest-token-secret-2027"  # this generator's GUEST_TOKEN_JWT_SECRET
SUPERSET_DASHBOARDS = ["zwfw-overview", "hotline-weekly", "econ-cockpit", "ent-register", "12", "27"]
LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789"
SUPERSET_COLUMNS = ["region_name", "matter_name", "dept_name", "category", "channel"]
SUPERSET_METRICS = ["case_cnt", "ticket_cnt", "handle_days", "new_ent_cnt"]


def superset_cookie(c: Corpus) -> str:
    return f"session={c.b64(60, urlsafe=True)}.{c.b64(4, urlsafe=True)}.{c.b64(20, urlsafe=True)}"


def superset_h(c: Corpus, ref: str, ctype: str | None = None, extra: dict | None = None) -> dict[str, str]:
    csrf = f"I{c.b64(30, urlsafe=True)}.{c.b64(5, urlsafe=True)}.{c.b64(20, urlsafe=True)}"
    return bi_h(c, ref, ctype, superset_cookie(c), {"X-CSRFToken": csrf, **(extra or {})})


def adhoc_simple(c: Corpus) -> dict:
    col = c.pick(["region_name", "matter_name", "category"])
    vals = {"region_name": cities(c), "matter_name": c.sample(MATTERS, 2), "category": c.sample(CATEGORIES, 2)}[col]
    return {
        "expressionType": "SIMPLE",
        "subject": col,
        "operator": "IN",
        "operatorId": "IN",
        "comparator": vals,
        "clause": "WHERE",
        "sqlExpression": None,
        "isExtra": False,
        "isNew": False,
        "datasourceWarning": False,
        "filterOptionName": f"filter_{c.alnum(11, LOWER36)}_{c.alnum(11, LOWER36)}",
    }


SQL_EXPRESSIONS = [
    "handle_days > 5 AND matter_name LIKE '%登记%'",
    "region_name IN ('成都市', '绵阳市') OR channel = '天府通办'",
    "is_overdue = 1",
    "DATE(accept_time) >= '2027-01-01'",
    "category <> '咨询' AND satisfaction IS NOT NULL",
    "CASE WHEN channel = '窗口' THEN 1 ELSE 0 END = 1",
]


def adhoc_sql(c: Corpus) -> dict:
    return {
        "expressionType": "SQL",
        "sqlExpression": c.pick(SQL_EXPRESSIONS),
        "clause": "WHERE",
        "subject": None,
        "operator": None,
        "comparator": None,
        "isExtra": False,
        "isNew": False,
        "datasourceWarning": False,
        "filterOptionName": f"filter_{c.alnum(11, LOWER36)}_{c.alnum(11, LOWER36)}",
    }


def superset_metric(c: Corpus) -> dict | str:
    if c.chance(0.3):
        return "count"
    col = c.pick(SUPERSET_METRICS)
    agg = c.pick(["SUM", "AVG", "MAX"])
    return {
        "expressionType": "SIMPLE",
        "column": {"column_name": col, "type": "BIGINT"},
        "aggregate": agg,
        "label": f"{agg}({col})",
        "optionName": f"metric_{c.alnum(11, LOWER36)}_{c.alnum(11, LOWER36)}",
        "sqlExpression": None,
        "hasCustomLabel": False,
    }


def metric_label(m: dict | str) -> str:
    return m if isinstance(m, str) else m["label"]


def superset_query_context(c: Corpus, sql_filter: bool) -> dict:
    """The QueryContext buildQuery makes of a chart's form_data (superset-ui-core buildQueryContext)."""
    ds_id = c.num(1, 40)
    metric = superset_metric(c)
    groupby = c.sample(SUPERSET_COLUMNS, c.num(1, 2))
    adhoc = [adhoc_simple(c)] + ([adhoc_sql(c)] if sql_filter else [])
    time_range = c.pick(["Last week", "Last month", "Last quarter", "No filter", f"{ymd(c, -200, -100)} : {ymd(c)}"])
    viz = c.pick(["echarts_timeseries_bar", "pie", "table", "big_number_total", "echarts_timeseries_line"])
    form_data = {
        "datasource": f"{ds_id}__table",
        "viz_type": viz,
        "slice_id": c.num(1, 300),
        "x_axis": "accept_time" if "timeseries" in viz else None,
        "time_grain_sqla": "P1D" if "timeseries" in viz else None,
        "groupby": groupby,
        "metrics": [metric],
        "adhoc_filters": adhoc,
        "time_range": time_range,
        "row_limit": c.pick([1000, 10000]),
        "color_scheme": "supersetColors",
        "slice_name": c.pick(TITLES),
        "dashboardId": c.num(1, 40),
        "force": False,
        "result_format": "json",
        "result_type": "full",
    }
    where = " AND ".join(f"({f['sqlExpression']})" for f in adhoc if f["expressionType"] == "SQL")
    query = {
        "filters": [{"col": f["subject"], "op": "IN", "val": f["comparator"]} for f in adhoc if f["subject"]],
        "extras": {"having": "", "where": where},
        "applied_time_extras": {},
        "columns": groupby,
        "metrics": [metric],
        "orderby": [[metric, False]],
        "annotation_layers": [],
        "row_limit": form_data["row_limit"],
        "series_limit": 0,
        "order_desc": True,
        "url_params": {},
        "custom_params": {},
        "custom_form_data": {},
        "time_range": time_range,
    }
    return {
        "datasource": {"id": ds_id, "type": "table"},
        "force": False,
        "queries": [query],
        "form_data": form_data,
        "result_format": "json",
        "result_type": "full",
    }


def superset_guest_token(c: Corpus, dash_uuid: str) -> str:
    now = c.ms() // 1000
    claims = {
        "user": {"username": "dp_embed", "first_name": "驾驶舱", "last_name": "嵌入"},
        "resources": [{"type": "dashboard", "id": dash_uuid}],
        "rls_rules": [{"clause": f"region_code = '{c.pick(list(CITIES))}'"}],
        "iat": now,
        "exp": now + 300,
        "aud": "superset",
        "type": "guest",
    }
    return jwt(claims, SUPERSET_GUEST_SECRET)


def csv_bytes(rows: list[list[str]], bom: bool = True) -> bytes:
    """A CSV as Excel or WPS saves it for import: UTF-8 with a BOM, CRLF lines."""
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode()


def data_rows(c: Corpus, n: int) -> list[list[str]]:
    head = ["地区", "事项名称", "受理日期", "办件量", "超期件数"]
    return [head] + [[city(c), c.pick(MATTERS), ymd(c), str(c.num(10, 3000)), str(c.num(0, 40))] for _ in range(n)]


@family("superset-explore-sqllab")
def superset_explore_sqllab(c: Corpus) -> None:
    f = "superset-explore-sqllab"
    ss = "/superset"
    bi_nav(
        c,
        f,
        "dashboard-page",
        lambda: (
            f"{ss}/dashboard/{c.pick(SUPERSET_DASHBOARDS)}/"
            + c.pick(["", f"?native_filters_key={c.b64(32, urlsafe=True)}", "?standalone=2"])
        ),
        f"{SITE}{ss}/dashboard/list/",
    )
    for _ in range(N):
        c.add(
            f,
            "csrf-token",
            "GET",
            "/api/v1/security/csrf_token/",
            bi_h(c, f"{SITE}{ss}/sqllab/", None, superset_cookie(c)),
        )
    for _ in range(N):
        filters = [{"col": "slice_name", "opr": "chart_all_text", "value": c.pick(SEARCHES)}]
        if c.chance(0.5):
            filters.append(
                {"col": "viz_type", "opr": "eq", "value": c.pick(["pie", "table", "echarts_timeseries_bar"])}
            )
        q = {
            "columns": ["changed_on_delta_humanized", "slice_name", "viz_type", "datasource_name_text", "id"],
            "filters": filters,
            "order_column": "changed_on_delta_humanized",
            "order_direction": "desc",
            "page": c.num(0, 3),
            "page_size": 25,
        }
        path = browser_url(f"/api/v1/chart/?q={rison(q)}")
        c.add(f, "chart-list-rison", "GET", path, superset_h(c, f"{SITE}/chart/list/"))
    for _ in range(N):
        doc = superset_query_context(c, False)
        ref = f"{SITE}{ss}/dashboard/{c.pick(SUPERSET_DASHBOARDS)}/"
        path = f"/api/v1/chart/data?form_data=%7B%22slice_id%22%3A{doc['form_data']['slice_id']}%7D"
        path += c.pick(["", f"&dashboard_id={doc['form_data']['dashboardId']}"])
        c.add(f, "chart-data", "POST", path, superset_h(c, ref, "application/json"), js_doc(doc))
    for _ in range(N):
        doc = superset_query_context(c, True)
        ref = f"{SITE}/explore/?slice_id={doc['form_data']['slice_id']}"
        c.add(
            f, "chart-data-adhoc-sql", "POST", "/api/v1/chart/data", superset_h(c, ref, "application/json"), js_doc(doc)
        )
    for _ in range(N):
        doc = {
            "client_id": c.alnum(9),
            "database_id": c.num(1, 6),
            "json": True,
            "runAsync": c.chance(0.3),
            "schema": c.pick(SCHEMAS),
            "sql": sql_query(c, c.pick(["mysql", "postgres", "trino"])),
            "sql_editor_id": str(c.num(1, 60)),
            "tab": c.pick(["未命名查询 1", "办件量核对", "热线周报", "Untitled Query 2"]),
            "tmp_table_name": "",
            "select_as_cta": False,
            "ctas_method": "TABLE",
            "queryLimit": c.pick([1000, 10000]),
            "expand_data": True,
        }
        c.add(
            f,
            "sqllab-execute",
            "POST",
            "/api/v1/sqllab/execute/",
            superset_h(c, f"{SITE}/sqllab/", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        ctx = superset_query_context(c, c.chance(0.5))
        fd = ctx["form_data"]
        doc = {
            "datasource_id": ctx["datasource"]["id"],
            "datasource_type": "table",
            "chart_id": fd["slice_id"],
            "form_data": js_json(fd),
        }
        path = f"/api/v1/explore/form_data?tab_id={c.num(1, 9)}"
        c.add(
            f,
            "explore-form-data",
            "POST",
            path,
            superset_h(c, f"{SITE}/explore/?slice_id={fd['slice_id']}", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        dash = c.uid()
        ctx = superset_query_context(c, False)
        ref = f"{SITE}/embedded/{dash}?uiConfig={c.pick([3, 11])}"
        h = bi_h(c, ref, "application/json", False, {"X-GuestToken": superset_guest_token(c, dash)})
        c.add(f, "embedded-guest-data", "POST", "/api/v1/chart/data", h, js_doc(ctx))
    for _ in range(N):
        events = []
        for _ in range(c.num(1, 4)):
            events.append(
                {
                    "event_name": c.pick(
                        ["spa_navigation", "mount_dashboard", "load_chart", "change_dashboard_filter"]
                    ),
                    "event_type": c.pick(["user", "timing"]),
                    "source": "dashboard",
                    "source_id": c.num(1, 40),
                    "impression_id": c.alnum(9),
                    "version": "v2",
                    "ts": c.ms(),
                    "duration": c.num(20, 4000),
                }
            )
        b = c.browser(0.05)
        ctype, body = c.multipart(b, [("events", js_json(events))])
        h = c.headers(
            b, "xhr", "*/*", ctype, f"{SITE}{ss}/dashboard/{c.pick(SUPERSET_DASHBOARDS)}/", cookie=superset_cookie(c)
        )
        c.add(f, "log-beacon", "POST", f"{ss}/log/?explode=events", h, body)
    for _ in range(N):
        name = f"{c.pick(['办件明细', '热线工单', '企业登记'])}_{ymd(c).replace('-', '')}.csv"
        parts = [
            ("file", (name, "text/csv", csv_bytes(data_rows(c, c.num(2, 8))))),
            ("table_name", c.pick(["tmp_zwfw_case", "tmp_hotline", "tmp_ent_reg"]) + c.digits(2)),
            ("schema", "tmp_upload"),
            ("type", "csv"),
            ("delimiter", ","),
            ("already_exists", c.pick(["fail", "replace", "append"])),
            ("header_row", "0"),
            ("index_label", ""),
            ("dataframe_index", "false"),
        ]
        h, body = upload_xhr(c, f"{SITE}/databaseview/list/", parts)
        h["Cookie"] = superset_cookie(c)
        h["X-CSRFToken"] = f"I{c.b64(30, urlsafe=True)}.{c.b64(5, urlsafe=True)}.{c.b64(20, urlsafe=True)}"
        c.add(f, "csv-upload", "POST", f"/api/v1/database/{c.num(1, 6)}/upload/", h, body)


# --- metabase-mbql-questions --------------------------------------------------------------------------------

METABASE_EMBED_SECRET = "5c0d1e9a7b3f4a2e8d6c0b1a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6"  # embedding secret key
MB_FIELDS = {101: "region_name", 102: "accept_time", 103: "matter_name", 104: "case_cnt", 105: "category"}


def mb_cookie(c: Corpus) -> str:
    return f"metabase.DEVICE={c.uid()}; metabase.SESSION={c.uid()}; metabase.TIMEOUT=alive"


def mb_h(c: Corpus, ref: str, ctype: str | None = None) -> dict[str, str]:
    return bi_h(c, ref, ctype, mb_cookie(c))


def mb_slug(c: Corpus) -> str:
    return f"{c.num(10, 400)}-{c.pick(['ban-jian-liang', 're-xian-gong-dan', 'qi-ye-kai-ban', 'chao-qi-tong-ji'])}"


def mbql(c: Corpus) -> dict:
    filt: list = ["and", ["=", ["field", 101, None], *cities(c, 1, 3)]]
    filt.append(
        c.pick(
            [
                ["time-interval", ["field", 102, None], -c.num(7, 90), "day"],
                ["between", ["field", 102, None], *date_span(c)],
            ]
        )
    )
    if c.chance(0.4):
        filt.append(["contains", ["field", 103, None], c.pick(["登记", "社保", "公积金"]), {"case-sensitive": False}])
    return {
        "source-table": c.num(10, 60),
        "aggregation": [c.pick([["count"], ["sum", ["field", 104, None]], ["avg", ["field", 104, None]]])],
        "breakout": [["field", 102, {"temporal-unit": c.pick(["day", "week", "month"])}], ["field", 101, None]][
            : c.num(1, 2)
        ],
        "filter": filt,
        "order-by": [["desc", ["aggregation", 0]]],
        "limit": c.pick([10, 100, 2000]),
    }


def mb_native(c: Corpus) -> tuple[str, dict, list]:
    sql = sql_query(c, c.pick(["mysql", "postgres"]), where_city="{{city}}")
    if c.chance(0.6):  # an optional clause: Metabase drops [[…]] when its tag has no value
        sql = sql.replace("= {{city}}", "= {{city}}\n  [[AND accept_time >= {{start_date}}]]", 1)
    tags = {
        "city": {"id": c.uid(), "name": "city", "display-name": "地市", "type": "text", "default": "成都市"},
        "start_date": {"id": c.uid(), "name": "start_date", "display-name": "开始日期", "type": "date"},
    }
    params = [{"type": "category", "target": ["variable", ["template-tag", "city"]], "value": city(c)}]
    if c.chance(0.5):
        params.append({"type": "date/single", "target": ["variable", ["template-tag", "start_date"]], "value": ymd(c)})
    return sql, tags, params


def mb_parameters(c: Corpus) -> list[dict]:
    out = [
        {"id": c.hexs(4), "type": "string/=", "value": cities(c, 1, 2), "target": ["dimension", ["field", 101, None]]}
    ]
    if c.chance(0.5):
        out.append(
            {
                "id": c.hexs(4),
                "type": "date/range",
                "value": "~".join(date_span(c)),
                "target": ["dimension", ["field", 102, None]],
            }
        )
    return out


@family("metabase-mbql-questions")
def metabase_mbql_questions(c: Corpus) -> None:
    f = "metabase-mbql-questions"
    bi_nav(
        c,
        f,
        "question-page",
        lambda: browser_url(
            f"/question/{mb_slug(c)}" + c.pick(["", f"?city={city(c)}", f"?city={city(c)}&date=past30days"])
        ),
        f"{SITE}/collection/root",
    )
    for _ in range(N):
        doc = {"username": f"{c.pick(ANALYSTS)}@sc.gov.cn", "password": c.alnum(12), "remember": c.chance(0.6)}
        c.add(
            f,
            "session-login",
            "POST",
            "/api/session",
            bi_h(c, f"{SITE}/auth/login", "application/json", "metabase.DEVICE=" + c.uid()),
            js_doc(doc),
        )
    for _ in range(N):
        doc = {"database": c.num(2, 6), "type": "query", "query": mbql(c), "parameters": []}
        c.add(
            f,
            "dataset-mbql",
            "POST",
            "/api/dataset",
            mb_h(c, f"{SITE}/question/notebook", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        sql, tags, params = mb_native(c)
        doc = {
            "database": c.num(2, 6),
            "type": "native",
            "native": {"query": sql, "template-tags": tags},
            "parameters": params,
        }
        c.add(f, "dataset-native", "POST", "/api/dataset", mb_h(c, f"{SITE}/question", "application/json"), js_doc(doc))
    for _ in range(N):
        card = c.num(10, 400)
        doc = {"ignore_cache": False, "collection_preview": False, "parameters": mb_parameters(c)}
        c.add(
            f,
            "card-query",
            "POST",
            f"/api/card/{card}/query",
            mb_h(c, f"{SITE}/question/{card}", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        d, dc, card = c.num(1, 60), c.num(100, 900), c.num(10, 400)
        doc = {"parameters": mb_parameters(c), "dashboard_id": d, "dashboard_load_id": c.uid()}
        path = f"/api/dashboard/{d}/dashcard/{dc}/card/{card}/query"
        c.add(f, "dashcard-query", "POST", path, mb_h(c, f"{SITE}/dashboard/{d}", "application/json"), js_doc(doc))
    for _ in range(N):
        q = [("q", c.pick(SEARCHES))] + [
            ("models", m) for m in c.sample(["card", "dashboard", "dataset", "collection", "table"], c.num(1, 3))
        ]
        q.append(("context", c.pick(["search-bar", "search-app"])))
        c.add(f, "search", "GET", f"/api/search?{qs(q, uri)}", mb_h(c, f"{SITE}/"))
    for _ in range(N):
        d, dc, card = c.num(1, 60), c.num(100, 900), c.num(10, 400)
        now = c.ms() // 1000
        token = jwt(
            {"resource": {"dashboard": d}, "params": {"city": cities(c, 1, 2)}, "exp": now + 600},
            METABASE_EMBED_SECRET.encode(),
        )
        q = [("date", c.pick(["past30days", "thismonth", "~".join(date_span(c))]))]
        path = f"/api/embed/dashboard/{token}/dashcard/{dc}/card/{card}?{qs(q, uri)}"
        ref = f"https://dp.example.gov.cn/cockpit/{c.pick(['zwfw', 'rexian', 'jingji'])}"
        c.add(f, "embed-dashcard", "GET", path, xhr(c, ref, "application/json", mobile=0.1))
    for _ in range(N):
        params = [{"type": "category", "value": city(c), "target": ["variable", ["template-tag", "city"]]}]
        path = f"/api/public/card/{c.uid()}/query?parameters={uri(js_json(params))}"
        c.add(
            f, "public-card", "GET", path, xhr(c, f"{SITE}/public/question/{c.uid()}", "application/json", mobile=0.3)
        )
    for _ in range(N):
        name = f"{c.pick(['人口抽样', '办件明细', '热线回访'])}{c.digits(2)}.csv"
        h, body = upload_xhr(
            c,
            f"{SITE}/collection/{c.num(2, 40)}",
            [("collection_id", str(c.num(2, 40))), ("file", (name, "text/csv", csv_bytes(data_rows(c, c.num(2, 8)))))],
        )
        h["Cookie"] = mb_cookie(c)
        c.add(f, "csv-upload", "POST", "/api/card/from-csv", h, body)


# --- grafana-sql-panels -------------------------------------------------------------------------------------

GF_DASHBOARDS = {
    "zwfw-yxjc": "zheng-wu-fu-wu-yun-xing-jian-ce",
    "rx12345": "12345-re-xian-da-ping",
    "jjyx-month": "jing-ji-yun-xing",
}
GF_DS = {"mysql": "P1809F7CD0C75ACF3", "grafana-postgresql-datasource": "PA7C2E5D9B3F14E60"}


def gf_cookie(c: Corpus) -> str:
    return f"grafana_session={c.hexs(16)}; grafana_session_expiry={c.ms() // 1000 + 600}"


def gf_sql(c: Corpus, kind: str, table_vars: bool = False) -> str:
    """A panel's SQL with Grafana's macros; template variables already interpolated (the frontend does that) or,
    in a saved dashboard, still written as ${city:sqlstring}."""
    table = c.pick(["dwd_gov_service_case", "dwd_hotline_ticket"])
    tcol = TABLES[table][0]
    cond = "${city:sqlstring}" if table_vars else ", ".join(f"'{x}'" for x in cities(c, 1, 3))
    if kind == "time_series":
        group = c.pick(
            [
                f"$__timeGroupAlias({tcol}, 1d)",
                f"$__timeGroupAlias({tcol}, '1h')",
                f"$__timeGroupAlias({tcol}, $__interval)",
            ]
        )
        return (
            f"SELECT\n  {group},\n  region_name AS metric,\n  COUNT(*) AS value\nFROM {table}\n"
            f"WHERE $__timeFilter({tcol})\n  AND region_name IN ({cond})\nGROUP BY 1, 2\nORDER BY 1"
        )
    return (
        f'SELECT region_name AS "地区", COUNT(*) AS "总量",\n'
        f'  SUM(CASE WHEN is_overdue = 1 THEN 1 ELSE 0 END) AS "超期"\nFROM {table}\n'
        f"WHERE $__timeFilter({tcol}) AND region_name IN ({cond})\nGROUP BY region_name\nORDER BY 2 DESC"
    )


def gf_h(c: Corpus, ref: str, ctype: str | None = None, extra: dict | None = None) -> dict[str, str]:
    return bi_h(c, ref, ctype, gf_cookie(c), {"X-Grafana-Org-Id": "1", **(extra or {})})


def gf_ref(c: Corpus) -> tuple[str, str]:
    uid = c.pick(list(GF_DASHBOARDS))
    q = "&".join(f"var-city={uri(x)}" for x in cities(c, 1, 3))
    return uid, f"{SITE}/d/{uid}/{GF_DASHBOARDS[uid]}?orgId=1&{q}&from=now-{c.pick(['7d', '24h', '30d'])}&to=now"


def gf_query(c: Corpus, kind: str, ds_type: str, ref_id: str = "A") -> dict:
    fmt = "time_series" if kind == "time_series" else "table"
    return {
        "refId": ref_id,
        "datasource": {"type": ds_type, "uid": GF_DS[ds_type]},
        "rawSql": gf_sql(c, kind),
        "format": fmt,
        "rawQuery": True,
        "editorMode": "code",
        "datasourceId": c.num(1, 9),
        "intervalMs": c.pick([60000, 300000, 3600000]),
        "maxDataPoints": c.num(600, 1900),
    }


@family("grafana-sql-panels")
def grafana_sql_panels(c: Corpus) -> None:
    f = "grafana-sql-panels"

    def dash_path() -> str:
        ref = gf_ref(c)[1]
        return ref.removeprefix(SITE) + c.pick(["", "&refresh=5m", "&kiosk"])

    bi_nav(c, f, "dashboard-page", lambda: browser_url(dash_path()), f"{SITE}/dashboards")
    for shape, kind, ds in (
        ("ds-query-mysql-table", "table", "mysql"),
        ("ds-query-pg-timeseries", "time_series", "grafana-postgresql-datasource"),
    ):
        for _ in range(N):
            uid, ref = gf_ref(c)
            now = c.ms()
            doc = {"queries": [gf_query(c, kind, ds)], "from": str(now - 7 * 86400000), "to": str(now)}
            extra = {
                "X-Dashboard-Uid": uid,
                "X-Datasource-Uid": GF_DS[ds],
                "X-Panel-Id": str(c.num(1, 30)),
                "X-Plugin-Id": ds,
            }
            path = f"/api/ds/query?ds_type={ds}&requestId=SQR{c.num(100, 999)}"
            c.add(f, shape, "POST", path, gf_h(c, browser_url(ref), "application/json", extra), js_doc(doc))
    for _ in range(N):
        uid, ref = gf_ref(c)
        now = c.ms()
        sql = c.pick(
            [
                "SELECT DISTINCT region_name FROM dim_region WHERE region_level = 2 ORDER BY region_code",
                "SELECT matter_name FROM dim_matter WHERE is_online = 1",
                "SELECT DISTINCT category FROM dwd_hotline_ticket WHERE $__timeFilter(create_time)",
            ]
        )
        q = {
            "refId": "tempvar",
            "datasource": {"type": "mysql", "uid": GF_DS["mysql"]},
            "rawSql": sql,
            "format": "table",
            "rawQuery": True,
        }
        doc = {"queries": [q], "from": str(now - 86400000 * 30), "to": str(now)}
        c.add(
            f,
            "variable-query",
            "POST",
            "/api/ds/query?ds_type=mysql",
            gf_h(c, browser_url(ref), "application/json", {"X-Dashboard-Uid": uid}),
            js_doc(doc),
        )
    for _ in range(N):
        uid, ref = gf_ref(c)
        now = c.ms()
        q = [("from", now - 86400000 * 7), ("to", now), ("limit", 100), ("matchAny", "false"), ("dashboardUID", uid)]
        c.add(f, "annotations-get", "GET", f"/api/annotations?{qs(q, uri)}", gf_h(c, browser_url(ref)))
    for _ in range(N):
        uid, ref = gf_ref(c)
        t = c.ms()
        doc = {
            "dashboardUID": uid,
            "panelId": c.num(1, 30),
            "time": t,
            "timeEnd": t + c.pick([0, 3600000, 7200000]),
            "tags": c.sample(["系统升级", "节假日", "数据补录", "政策发布", "停电"], c.num(1, 2)),
            "text": c.pick(
                [
                    "省一体化平台升级，09:00-11:00 办件数据延迟入库",
                    "清明节假期，窗口不受理",
                    "补录上周线下办件 1,236 件",
                    "社保新政发布，咨询量上升",
                ]
            ),
        }
        c.add(
            f, "annotation-post", "POST", "/api/annotations", gf_h(c, browser_url(ref), "application/json"), js_doc(doc)
        )
    for _ in range(N):
        uid = c.pick(list(GF_DASHBOARDS))
        panels = []
        for i in range(c.num(1, 3)):
            kind = c.pick(["table", "time_series"])
            ds = c.pick(list(GF_DS))
            panels.append(
                {
                    "id": i + 1,
                    "type": "timeseries" if kind == "time_series" else "table",
                    "title": c.pick(TITLES),
                    "datasource": {"type": ds, "uid": GF_DS[ds]},
                    "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)},
                    "targets": [
                        {
                            "refId": "A",
                            "datasource": {"type": ds, "uid": GF_DS[ds]},
                            "rawSql": gf_sql(c, kind, True),
                            "format": kind,
                            "rawQuery": True,
                            "editorMode": "code",
                        }
                    ],
                }
            )
        var = {
            "name": "city",
            "label": "地市",
            "type": "query",
            "datasource": {"type": "mysql", "uid": GF_DS["mysql"]},
            "query": "SELECT DISTINCT region_name FROM dim_region WHERE region_level = 2",
            "multi": True,
            "includeAll": True,
            "current": {"text": cities(c, 1, 2), "value": ["$__all"]},
        }
        dash = {
            "uid": uid,
            "title": c.pick(["政务服务运行监测", "12345热线大屏", "经济运行月报"]),
            "tags": ["四川", "大数据局"],
            "timezone": "browser",
            "schemaVersion": 39,
            "version": c.num(2, 60),
            "panels": panels,
            "templating": {"list": [var]},
            "time": {"from": "now-7d", "to": "now"},
        }
        doc = {
            "dashboard": dash,
            "folderUid": c.alnum(14),
            "message": c.pick(["调整办件量面板", "新增超期统计", "修改地市变量", ""]),
            "overwrite": False,
        }
        c.add(
            f,
            "dashboard-save",
            "POST",
            "/api/dashboards/db",
            gf_h(c, browser_url(gf_ref(c)[1]), "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("query", c.pick(SEARCHES)), ("starred", "false"), ("type", "dash-db"), ("limit", 50)]
        c.add(f, "search", "GET", f"/api/search?{qs(q, uri)}", gf_h(c, f"{SITE}/dashboards"))
    for _ in range(N):
        token = c.hexs(16)
        doc = {
            "intervalMs": c.pick([60000, 300000]),
            "maxDataPoints": c.num(600, 1900),
            "timeRange": {"from": c.pick(["now-24h", "now-7d"]), "to": "now", "timezone": "browser"},
        }
        path = f"/api/public/dashboards/{token}/panels/{c.num(1, 20)}/query"
        c.add(
            f,
            "public-panel-query",
            "POST",
            path,
            xhr(c, f"{SITE}/public-dashboards/{token}", "application/json", "application/json", mobile=0.3),
            js_doc(doc),
        )
    for _ in range(N):
        uid = c.pick(list(GF_DASHBOARDS))
        c.add(f, "dashboard-by-uid", "GET", f"/api/dashboards/uid/{uid}", gf_h(c, browser_url(gf_ref(c)[1])))


# --- dataease-v2-bi -----------------------------------------------------------------------------------------

DE = "/de2api"
DE_KEY = b"sc-dataease-user-secret-2027"  # signs X-DE-TOKEN (DataEase signs with the user's secret)


def de_token(c: Corpus) -> str:
    return jwt({"uid": c.num(1, 300), "oid": c.pick([1, 2, 5])}, DE_KEY)


def de_h(c: Corpus, ref: str = "/", ctype: str | None = "application/json") -> dict[str, str]:
    return bi_h(c, SITE + ref, ctype, False, {"X-DE-TOKEN": de_token(c), "Accept-Language": "zh-CN"})


def de_field(c: Corpus, name: str, origin: str, group: str, summary: str | None = None) -> dict:
    fid = str(c.num(10**17, 10**18))
    out = {
        "id": fid,
        "datasourceId": "985188400292302848",
        "datasetTableId": str(c.num(10**17, 10**18)),
        "datasetGroupId": "1000000000000000001",
        "originName": origin,
        "name": name,
        "dataeaseName": f"f_{c.hexs(8)}",
        "groupType": group,
        "type": "VARCHAR" if group == "d" else "BIGINT",
        "deType": 0 if group == "d" else 2,
        "deExtractType": 0 if group == "d" else 2,
        "extField": 0,
        "checked": True,
        "fieldShortName": f"f_{c.hexs(8)}",
        "desensitized": False,
        "sort": c.pick(["none", "asc", "desc"]),
        "chartType": "bar",
        "filter": [],
    }
    if summary:
        out["summary"] = summary
    return out


def de_chart(c: Corpus, with_filter: bool) -> dict:
    view_id = str(c.num(10**17, 10**18))
    filters = []
    if with_filter:
        filters.append(
            {
                "fieldId": str(c.num(10**17, 10**18)),
                "operator": "in",
                "value": cities(c, 1, 3),
                "isTree": False,
                "filterType": 0,
            }
        )
        if c.chance(0.5):
            start, end = date_span(c)
            filters.append(
                {
                    "fieldId": str(c.num(10**17, 10**18)),
                    "operator": "between",
                    "value": [start + " 00:00:00", end + " 23:59:59"],
                    "isTree": False,
                    "filterType": 0,
                }
            )
    return {
        "id": view_id,
        "title": c.pick(TITLES),
        "sceneId": str(c.num(10**17, 10**18)),
        "tableId": str(c.num(10**17, 10**18)),
        "type": c.pick(["bar", "line", "pie", "table-normal", "map", "indicator"]),
        "render": c.pick(["antv", "echarts"]),
        "resultCount": 1000,
        "resultMode": c.pick(["all", "custom"]),
        "xAxis": [de_field(c, "地区", "region_name", "d")],
        "xAxisExt": [],
        "yAxis": [
            de_field(
                c,
                c.pick(["办件量", "工单数", "新增企业数"]),
                c.pick(["case_cnt", "ticket_cnt", "new_ent_cnt"]),
                "q",
                c.pick(["sum", "count", "avg"]),
            )
        ],
        "yAxisExt": [],
        "extStack": [],
        "extBubble": [],
        "extLabel": [],
        "extTooltip": [],
        "customFilter": {},
        "drillFields": [],
        "senior": {"functionCfg": {"sliderShow": False, "emptyDataStrategy": "breakLine"}},
        "filter": filters,
        "linkageFilters": [],
        "outerParamsFilters": [],
        "webParamsFilters": [],
        "drill": False,
        "isPlugin": False,
        "dataFrom": "calc",
    }


@family("dataease-v2-bi")
def dataease_v2_bi(c: Corpus) -> None:
    f = "dataease-v2-bi"
    for _ in range(N):
        doc = {"name": c.b64(128), "pwd": c.b64(128), "origin": 0}  # RSA-encrypted with the public key from /dekey
        c.add(
            f,
            "local-login",
            "POST",
            f"{DE}/login/localLogin",
            bi_h(c, f"{SITE}/", "application/json", False, {"Accept-Language": "zh-CN"}),
            js_doc(doc),
        )
    for shape, flt in (("chart-data", False), ("chart-data-filtered", True)):
        for _ in range(N):
            c.add(
                f,
                shape,
                "POST",
                f"{DE}/chartData/getData",
                de_h(c, c.pick(["/", "/preview"])),
                js_doc(de_chart(c, flt)),
            )
    for _ in range(N):
        doc = {
            "queryId": str(c.num(10**17, 10**18)),
            "displayId": str(c.num(10**17, 10**18)),
            "sortId": "",
            "sort": c.pick(["asc", "desc"]),
            "searchText": c.pick(["", "成", "绵", "市场", "社保"]),
            "filter": [],
            "resultMode": 0,
        }
        c.add(f, "enum-value", "POST", f"{DE}/datasetData/enumValue", de_h(c), js_doc(doc))
    for _ in range(N):
        doc = {
            "sql": b64(sql_query(c, c.pick(["mysql", "doris"]))),
            "datasourceId": str(c.num(10**17, 10**18)),
            "sqlVariableDetails": "[]",
            "isCross": False,
        }
        c.add(f, "preview-sql", "POST", f"{DE}/datasetData/previewSql", de_h(c, "/dataset-form"), js_doc(doc))
    for _ in range(N):
        sql = sql_query(c, "mysql")
        info = {"table": "", "sql": b64(sql)}
        node = {
            "id": c.hexs(8),
            "tableName": c.pick(["办件明细SQL", "热线工单SQL", "企业登记SQL"]),
            "datasourceId": str(c.num(10**17, 10**18)),
            "type": "sql",
            "info": js_json(info),
            "sqlVariableDetails": "[]",
        }
        doc = {
            "name": c.pick(["政务服务办件统计", "12345热线工单明细", "市场主体登记月报"]) + c.digits(2),
            "nodeType": "dataset",
            "pid": "0",
            "union": [
                {
                    "currentDs": node,
                    "currentDsField": [],
                    "childrenDs": [],
                    "unionToParent": {"unionType": "left", "unionFields": []},
                }
            ],
            "allFields": [],
            "isCross": False,
        }
        c.add(f, "dataset-save", "POST", f"{DE}/datasetTree/save", de_h(c, "/dataset-form"), js_doc(doc))
    for _ in range(N):
        doc = {
            "id": str(c.num(10**17, 10**18)),
            "busiFlag": c.pick(["dashboard", "dataV"]),
            "resourceTable": "core",
            "source": c.pick(["main_edit", "main_preview"]),
        }
        c.add(f, "visualization-find", "POST", f"{DE}/dataVisualization/findById", de_h(c), js_doc(doc))
    for _ in range(N):
        doc = {"busiFlag": c.pick(["dashboard", "dataV", "dataset", "datasource"]), "resourceTable": "core"}
        c.add(f, "interactive-tree", "POST", f"{DE}/dataVisualization/interactiveTree", de_h(c), js_doc(doc))
    for _ in range(N):
        chart = de_chart(c, c.chance(0.5))
        doc = {
            **chart,
            "viewName": chart["title"],
            "dvId": str(c.num(10**17, 10**18)),
            "busiFlag": "dashboard",
            "downloadType": c.pick(["view", "dataset"]),
        }
        c.add(f, "export-details", "POST", f"{DE}/chartData/innerExportDetails", de_h(c), js_doc(doc))
    for _ in range(N):
        rows = data_rows(c, c.num(2, 6))
        name = f"{c.pick(['人口普查摘录', '办件台账', '热线回访表'])}.xlsx"
        h, body = upload_xhr(
            c,
            f"{SITE}/data/datasource",
            [("file", (name, XLSX_CT, xlsx(rows))), ("id", ""), ("editType", str(c.pick([0, 1])))],
        )
        h["X-DE-TOKEN"] = de_token(c)
        c.add(f, "excel-upload", "POST", f"{DE}/datasource/uploadFile", h, body)


# --- kibana-osd-analytics -----------------------------------------------------------------------------------

KBN_VERSION = "8.14.3"
KBN_INDEX = ["hotline-ticket-*", "zwfw-case-*", "gov-portal-access-*"]
KQL = [
    'city : "{c}" and category : "{k}"',
    'city : ("{c}" or "{d}") and not status : "已办结"',
    "category : {k} and response_hours >= 24",
    'content : "{w}" and channel : (电话 or 网站 or 微信)',
    'satisfaction < 3 and city : "{c}"',
]
LUCENE = [
    'city:"{c}" AND category:"{k}"',
    "content:{w}* AND NOT status:已办结",
    'city:("{c}" OR "{d}") AND response_hours:[24 TO *]',
    'category:"{k}" AND create_time:[now-7d/d TO now]',
]


def kql(c: Corpus, pool: list[str] = KQL) -> str:
    a, b = c.sample(list(CITIES.values()), 2)
    return c.pick(pool).format(c=a, d=b, k=c.pick(CATEGORIES), w=c.pick(["噪音", "停水", "欠薪", "物业"]))


def kbn_h(c: Corpus, ref: str, app: str = "discover", ctype: str | None = "application/json") -> dict[str, str]:
    ctx = {"type": "application", "name": app, "url": f"/app/{app}"}
    extra = {
        "kbn-version": KBN_VERSION,
        "kbn-build-number": "74602",
        "x-elastic-internal-origin": "Kibana",
        "elastic-api-version": "1",
        "x-kbn-context": uri(js_json(ctx)),
    }
    return bi_h(
        c,
        ref,
        ctype,
        f"sid=Fe26.2**{c.hexs(32)}*{c.b64(24, urlsafe=True)}*{c.b64(48, urlsafe=True)}**{c.hexs(32)}*"
        + c.b64(32, urlsafe=True),
        extra,
    )


def es_body(c: Corpus, lucene: bool) -> dict:
    now = c.day(-1, 0)
    flt: list[dict] = [
        {
            "range": {
                "@timestamp": {
                    "format": "strict_date_optional_time",
                    "gte": f"{now - timedelta(days=c.num(1, 30)):%Y-%m-%dT%H:%M:00.000Z}",
                    "lte": f"{now:%Y-%m-%dT%H:%M:00.000Z}",
                }
            }
        }
    ]
    must: list[dict] = []
    if lucene:
        must.append({"query_string": {"query": kql(c, LUCENE), "analyze_wildcard": True, "time_zone": "Asia/Shanghai"}})
    else:
        flt.insert(0, {"bool": {"should": [{"match_phrase": {"city": city(c)}}], "minimum_should_match": 1}})
    return {
        "size": c.pick([100, 500]),
        "sort": [{"@timestamp": {"order": "desc", "unmapped_type": "boolean"}}],
        "fields": [
            {"field": "*", "include_unmapped": "true"},
            {"field": "@timestamp", "format": "strict_date_optional_time"},
        ],
        "query": {"bool": {"must": must, "filter": flt, "should": [], "must_not": []}},
        "aggs": {
            "2": {
                "date_histogram": {
                    "field": "@timestamp",
                    "fixed_interval": c.pick(["3h", "12h", "1d"]),
                    "time_zone": "Asia/Shanghai",
                    "min_doc_count": 1,
                }
            }
        },
        "highlight": {
            "pre_tags": ["@kibana-highlighted-field@"],
            "post_tags": ["@/kibana-highlighted-field@"],
            "fields": {"*": {}},
            "fragment_size": 2147483647,
        },
        "track_total_hits": True,
        "runtime_mappings": {},
        "_source": False,
    }


def search_source(c: Corpus) -> dict:
    return {
        "query": {"query": kql(c), "language": "kuery"},
        "filter": [],
        "index": c.uid(),
        "sort": [{"@timestamp": "desc"}],
    }


@family("kibana-osd-analytics")
def kibana_osd_analytics(c: Corpus) -> None:
    f = "kibana-osd-analytics"
    bi_nav(
        c,
        f,
        "app-page",
        lambda: c.pick(
            ["/app/discover", "/app/dashboards", f"/s/{c.pick(['rexian', 'zwfw'])}/app/dashboards", "/app/visualize"]
        ),
        f"{SITE}/app/home",
    )
    for shape, lucene in (("search-ese", False), ("search-lucene", True)):
        for _ in range(N):
            doc = {"params": {"index": c.pick(KBN_INDEX), "body": es_body(c, lucene), "preference": c.ms()}}
            path = "/internal/search/ese" + c.pick(["", f"/{c.b64(40, urlsafe=True)}"])
            c.add(f, shape, "POST", path, kbn_h(c, f"{SITE}/app/discover"), js_doc(doc))
    for _ in range(N):
        doc = {
            "attributes": {
                "title": c.pick(["成都 噪音 投诉", "未办结 超24小时 工单", "物业纠纷 月度", "低满意度 回访"])
                + c.digits(2),
                "description": c.pick(DESCRIPTIONS),
                "columns": c.sample(["city", "category", "content", "status", "response_hours"], 3),
                "sort": [["@timestamp", "desc"]],
                "kibanaSavedObjectMeta": {"searchSourceJSON": js_json(search_source(c))},
            },
            "references": [
                {"name": "kibanaSavedObjectMeta.searchSourceJSON.index", "type": "index-pattern", "id": c.uid()}
            ],
        }
        c.add(
            f, "saved-search-create", "POST", "/api/saved_objects/search", kbn_h(c, f"{SITE}/app/discover"), js_doc(doc)
        )
    for _ in range(N):
        doc = {
            "query": c.pick(["成", "绵", "噪", "物", ""]),
            "field": c.pick(["city", "category", "channel"]),
            "fieldMeta": {
                "name": "city",
                "type": "string",
                "esTypes": ["keyword"],
                "searchable": True,
                "aggregatable": True,
            },
            "filters": [],
            "method": "terms_agg",
        }
        path = f"/internal/kibana/suggestions/values/{uri(c.pick(KBN_INDEX))}"
        c.add(f, "value-suggestions", "POST", path, kbn_h(c, f"{SITE}/app/discover"), js_doc(doc))
    for _ in range(N):
        q = [
            ("fields", "title"),
            ("per_page", 100),
            ("search", c.pick(SEARCHES) + "*"),
            ("search_fields", "title"),
            ("type", c.pick(["dashboard", "search", "visualization"])),
        ]
        c.add(
            f,
            "saved-objects-find",
            "GET",
            f"/api/saved_objects/_find?{qs(q, uri)}",
            kbn_h(c, f"{SITE}/app/dashboards", "dashboards", None),
        )
    for _ in range(N):
        doc = {
            "locatorId": "DISCOVER_APP_LOCATOR",
            "params": {
                "query": {"language": "kuery", "query": kql(c)},
                "timeRange": {"from": c.pick(["now-7d", "now-30d"]), "to": "now"},
                "columns": ["city", "category", "content"],
                "dataViewId": c.uid(),
                "interval": "auto",
                "sort": [["@timestamp", "desc"]],
            },
        }
        c.add(f, "short-url", "POST", "/api/short_url", kbn_h(c, f"{SITE}/app/discover"), js_doc(doc))
    for shape, kind in (("reporting-csv", "csv_searchsource"), ("reporting-pdf", "printablePdfV2")):
        for _ in range(N):
            if kind == "csv_searchsource":
                job = {
                    "browserTimezone": "Asia/Shanghai",
                    "columns": ["@timestamp", "city", "category", "content"],
                    "objectType": "search",
                    "searchSource": search_source(c),
                    "title": c.pick(["热线工单导出", "未办结工单", "成都 噪音 投诉"]),
                    "version": KBN_VERSION,
                }
            else:
                job = {
                    "browserTimezone": "Asia/Shanghai",
                    "layout": {
                        "dimensions": {"height": 1800, "width": 1280},
                        "id": c.pick(["preserve_layout", "print"]),
                    },
                    "locatorParams": [
                        {
                            "id": "DASHBOARD_APP_LOCATOR",
                            "params": {
                                "dashboardId": c.uid(),
                                "preserveSavedFilters": True,
                                "query": {"language": "kuery", "query": kql(c)},
                                "timeRange": {"from": "now-7d", "to": "now"},
                                "useHash": False,
                                "viewMode": "view",
                            },
                            "version": KBN_VERSION,
                        }
                    ],
                    "objectType": "dashboard",
                    "title": c.pick(["12345热线周报", "政务服务运行监测"]),
                    "version": KBN_VERSION,
                }
            doc = {"jobParams": rison(job)}
            c.add(
                f,
                shape,
                "POST",
                f"/api/reporting/generate/{kind}",
                kbn_h(c, f"{SITE}/app/dashboards", "dashboards"),
                js_doc(doc),
            )
    for _ in range(N):
        doc = {"params": {"index": c.pick(KBN_INDEX), "body": es_body(c, c.chance(0.5))}}
        extra = {"osd-version": "2.15.0", "osd-xsrf": "osd-fetch"}
        h = bi_h(
            c,
            f"{SITE}/app/data-explorer/discover",
            "application/json",
            f"security_authentication=Fe26.2**{c.hexs(32)}",
            extra,
        )
        c.add(f, "osd-search", "POST", "/internal/search/opensearch-with-long-numerals", h, js_doc(doc))


# --- redash-query-runner ------------------------------------------------------------------------------------


def rd_h(c: Corpus, ref: str, ctype: str | None = None) -> dict[str, str]:
    tok = c.hexs(20)
    return bi_h(
        c,
        SITE + ref,
        ctype,
        f"csrf_token={tok}; session={c.b64(48, urlsafe=True)}.{c.b64(6, urlsafe=True)}",
        {"X-CSRF-TOKEN": tok},
    )


def rd_sql(c: Corpus) -> str:
    """A Redash query: analysts' SQL with {{ mustache }} parameters."""
    sql = sql_query(c, c.pick(["mysql", "postgres"]), where_city="'{{ city }}'")
    if c.chance(0.5):
        sql = sql.replace(
            "= '{{ city }}'",
            "= '{{ city }}'\n  AND accept_time BETWEEN '{{ date_range.start }}' AND '{{ date_range.end }}'",
            1,
        )
    return sql


RD_PARAMS = [
    {
        "name": "city",
        "title": "地市",
        "type": "enum",
        "enumOptions": "\n".join(CITIES.values()),
        "value": "成都市",
        "global": False,
        "locals": [],
    },
    {
        "name": "date_range",
        "title": "时间范围",
        "type": "date-range",
        "value": "d_last_30_days",
        "global": False,
        "locals": [],
    },
]


@family("redash-query-runner")
def redash_query_runner(c: Corpus) -> None:
    f = "redash-query-runner"

    def page() -> str:
        start, end = date_span(c)
        return browser_url(f"/queries/{c.num(10, 900)}?p_city={city(c)}&p_date_range={start}--{end}")

    bi_nav(c, f, "query-page", page, f"{SITE}/queries")
    for _ in range(N):
        doc = {
            "data_source_id": c.num(1, 8),
            "parameters": {},
            "query": sql_query(c, c.pick(["mysql", "postgres", "clickhouse"])),
            "max_age": 0,
            "apply_auto_limit": True,
        }
        c.add(
            f,
            "query-results-adhoc",
            "POST",
            "/api/query_results",
            rd_h(c, "/queries/new", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        qid = c.num(10, 900)
        start, end = date_span(c)
        doc = {
            "id": qid,
            "parameters": {"city": city(c), "date_range": {"start": start, "end": end}},
            "apply_auto_limit": True,
            "max_age": c.pick([0, 3600]),
        }
        c.add(
            f,
            "query-results-params",
            "POST",
            f"/api/queries/{qid}/results",
            rd_h(c, f"/queries/{qid}", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        c.add(f, "job-poll", "GET", f"/api/jobs/{c.uid()}", rd_h(c, f"/queries/{c.num(10, 900)}"))
    for _ in range(N):
        doc = {
            "name": c.pick(TITLES),
            "query": rd_sql(c),
            "data_source_id": c.num(1, 8),
            "schedule": None,
            "options": {"parameters": RD_PARAMS, "apply_auto_limit": True},
            "description": c.pick(DESCRIPTIONS),
            "is_draft": True,
            "tags": c.sample(["政务服务", "热线", "周报", "大数据局"], 2),
        }
        c.add(f, "query-save", "POST", "/api/queries", rd_h(c, "/queries/new", "application/json"), js_doc(doc))
    for _ in range(N):
        qid = c.num(10, 900)
        doc = {
            "id": qid,
            "name": c.pick(TITLES),
            "query": rd_sql(c),
            "version": c.num(1, 40),
            "options": {"parameters": RD_PARAMS, "apply_auto_limit": True},
            "latest_query_data_id": c.num(1000, 90000),
            "is_draft": False,
        }
        c.add(
            f,
            "query-update",
            "POST",
            f"/api/queries/{qid}",
            rd_h(c, f"/queries/{qid}/source", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        q = [
            ("q", c.pick(SEARCHES)),
            ("page", c.num(1, 3)),
            ("page_size", 20),
            ("order", c.pick(["-created_at", "name", "-runtime"])),
        ]
        c.add(f, "queries-search", "GET", f"/api/queries?{qs(q, uri)}", rd_h(c, "/queries"))
    for _ in range(N):
        qid = c.num(10, 900)
        opts = {
            "globalSeriesType": c.pick(["column", "line", "pie"]),
            "columnMapping": {"地区": "x", "总量": "y"},
            "legend": {"enabled": True, "placement": "auto"},
            "xAxis": {"type": "-", "labels": {"enabled": True}},
            "yAxis": [{"type": "linear", "title": {"text": "件"}}],
            "seriesOptions": {},
            "numberFormat": "0,0[.]00",
            "percentFormat": "0[.]00%",
            "showDataLabels": c.chance(0.5),
        }
        doc = {"query_id": qid, "type": "CHART", "name": c.pick(TITLES), "options": opts, "description": ""}
        c.add(
            f,
            "visualization-create",
            "POST",
            "/api/visualizations",
            rd_h(c, f"/queries/{qid}/source", "application/json"),
            js_doc(doc),
        )

    def public() -> str:
        w = c.num(100, 999)
        return browser_url(f"/public/dashboards/{c.alnum(40)}?org_slug=default&p_w{w}_city={city(c)}")

    bi_nav(c, f, "public-dashboard", public, "https://dp.example.gov.cn/cockpit/")
    for _ in range(N):
        qid = c.num(10, 900)
        path = f"/api/queries/{qid}/results.csv?api_key={c.alnum(40)}"
        h = {
            "User-Agent": c.pick(["python-requests/2.31.0", "Wget/1.21.2", "curl/8.5.0"]),
            "Accept-Encoding": "gzip, deflate",
            "Accept": "*/*",
            "Connection": "keep-alive",
        }
        c.add(f, "results-csv-api-key", "GET", path, h)


# --- notebook-zeppelin-jupyter ------------------------------------------------------------------------------

NB_DIRS = ["分析", "周报", "work/热线", "shared/人口"]
NB_FILES = ["办件量周报.ipynb", "热线工单分类.ipynb", "企业开办时长.ipynb", "人口流动分析.ipynb", "Untitled.ipynb"]
PY_CELLS = [
    "import pandas as pd\nfrom sqlalchemy import create_engine\n\n"
    "engine = create_engine('mysql+pymysql://bi_reader@10.20.3.15/ads')\n"
    "df = pd.read_sql(\n"
    "    \"SELECT region_name, case_cnt FROM ads_gov_service_day WHERE stat_date >= '2027-03-01'\",\n"
    "    engine,\n)\n"
    "df.groupby('region_name')['case_cnt'].sum().sort_values(ascending=False).head(10)",
    "import matplotlib.pyplot as plt\n\nplt.rcParams['font.sans-serif'] = ['SimHei']\n"
    "ax = df.plot(x='月份', y='新增企业', kind='bar', figsize=(10, 4), title='市场主体新增登记')\nax.set_ylabel('户')",
    "# 计算同比\ndf['同比'] = df.groupby('地区')['总量'].pct_change(12) * 100\ndf[df['地区'] == '成都市'].tail(6)",
    'z.show(spark.sql("SELECT category, COUNT(*) AS cnt FROM hotline GROUP BY category ORDER BY cnt DESC"))',
    "summary = df.describe()\nsummary.to_excel('/tmp/办件量统计.xlsx')\nprint(f'共 {len(df)} 条记录')",
]


def nb_cell(c: Corpus) -> str:
    return c.pick(PY_CELLS)


def jp_h(c: Corpus, user: str, ctype: str | None = None, ref: str | None = None) -> dict[str, str]:
    xsrf = f"2|{c.hexs(4)}|{c.hexs(16)}|{c.num(1798761600, 1806000000)}"
    ck = f"_xsrf={uri(xsrf)}; jupyterhub-user-{user}={c.b64(40, urlsafe=True)}; jupyterhub-session-id={c.hexs(16)}"
    return bi_h(c, ref or f"{SITE}/user/{user}/lab", ctype, ck, {"X-XSRFToken": xsrf})


def zp_h(c: Corpus, ctype: str = "application/json") -> dict[str, str]:
    return bi_h(c, f"{SITE}/", ctype, f"JSESSIONID=node0{c.alnum(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}.node0")


def zp_paragraph(c: Corpus) -> dict:
    kind = c.pick(["jdbc", "python", "md", "sql"])
    if kind == "jdbc":
        text = f"%jdbc({c.pick(['mysql', 'trino'])})\n" + sql_query(
            c, "mysql", where_city="'${city=成都市,成都市|绵阳市|德阳市}'"
        )
    elif kind == "sql":
        text = "%sql\n" + sql_query(c, "trino")
    elif kind == "python":
        text = "%python\n" + nb_cell(c)
    else:
        text = f"%md\n## {c.pick(TITLES)}\n{c.pick(DESCRIPTIONS)}"
    return {"title": c.pick(TITLES), "text": text}


@family("notebook-zeppelin-jupyter")
def notebook_zeppelin_jupyter(c: Corpus) -> None:
    f = "notebook-zeppelin-jupyter"
    bi_nav(
        c,
        f,
        "lab-page",
        lambda: browser_url(f"/user/{c.pick(ANALYSTS)}/lab/tree/{c.pick(NB_DIRS)}/{c.pick(NB_FILES)}"),
        f"{SITE}/hub/home",
    )
    for _ in range(N):
        user = c.pick(ANALYSTS)
        path = f"/user/{user}/api/contents/{uri(c.pick(NB_DIRS)).replace('%2F', '/')}/{uri(c.pick(NB_FILES))}"
        path += f"?type=notebook&content=1&hash=0&{c.ms()}"
        c.add(f, "contents-get", "GET", path, jp_h(c, user))
    for _ in range(N):
        user = c.pick(ANALYSTS)
        doc = c.pick(
            [
                {"type": "notebook"},
                {"type": "file", "ext": ".py"},
                {"type": "directory"},
                {"type": "file", "ext": ".sql"},
            ]
        )
        path = f"/user/{user}/api/contents/{uri(c.pick(NB_DIRS)).replace('%2F', '/')}"
        c.add(f, "contents-create", "POST", path, jp_h(c, user, "text/plain;charset=UTF-8"), js_doc(doc))
    for _ in range(N):
        user = c.pick(ANALYSTS)
        doc = {"copy_from": f"{c.pick(NB_DIRS)}/{c.pick(NB_FILES)}"}
        path = f"/user/{user}/api/contents/{uri(c.pick(NB_DIRS)).replace('%2F', '/')}"
        c.add(f, "contents-copy", "POST", path, jp_h(c, user, "text/plain;charset=UTF-8"), js_doc(doc))
    for _ in range(N):
        user = c.pick(ANALYSTS)
        nb = f"{c.pick(NB_DIRS)}/{c.pick(NB_FILES)}"
        doc = {
            "path": nb,
            "name": nb.rsplit("/", 1)[1],
            "type": "notebook",
            "kernel": {"name": c.pick(["python3", "ir", "sparkkernel"])},
        }
        c.add(
            f,
            "session-create",
            "POST",
            f"/user/{user}/api/sessions",
            jp_h(c, user, "text/plain;charset=UTF-8"),
            js_doc(doc),
        )
    for _ in range(N):
        user = c.pick(ANALYSTS)
        xsrf = f"2|{c.hexs(4)}|{c.hexs(16)}|{c.num(1798761600, 1806000000)}"
        body = [
            ("_xsrf", xsrf),
            ("profile", c.pick(["python-4c8g", "pyspark-8c16g", "r-2c4g"])),
            ("image", c.pick(["harbor.sc.gov.cn/bi/notebook:2027.03", "harbor.sc.gov.cn/bi/pyspark:3.5"])),
        ]
        b = c.browser(0.02)
        h = c.headers(
            b,
            "nav",
            ctype="application/x-www-form-urlencoded",
            referer=f"{SITE}/hub/spawn/{user}",
            cookie=f"_xsrf={uri(xsrf)}; jupyterhub-hub-login={c.b64(40, urlsafe=True)}",
        )
        c.add(f, "hub-spawn-form", "POST", f"/hub/spawn/{user}", h, qs(body, form))
    for _ in range(N):
        doc = {
            "name": f"/{c.pick(['统计分析', '热线', '周报'])}/{c.pick(TITLES)}",
            "paragraphs": [zp_paragraph(c) for _ in range(c.num(1, 3))],
        }
        c.add(f, "zeppelin-create-note", "POST", "/api/notebook", zp_h(c), js_doc(doc))
    for _ in range(N):
        note, par = c.alnum(9, "ABCDEFGHJKMNPQRSTUVWXYZ23456789"), f"paragraph_{c.ms()}_{c.num(100000000, 999999999)}"
        doc = {"params": {"city": city(c), "start": ymd(c)}}
        c.add(f, "zeppelin-run-paragraph", "POST", f"/api/notebook/job/{note}/{par}", zp_h(c), js_doc(doc))
    for _ in range(N):
        note = c.alnum(9, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        doc = {**zp_paragraph(c), "index": c.num(0, 8)}
        c.add(f, "zeppelin-add-paragraph", "POST", f"/api/notebook/{note}/paragraph", zp_h(c), js_doc(doc))
    for _ in range(N):
        body = [("userName", c.pick(ANALYSTS)), ("password", c.alnum(12))]
        h = bi_h(c, f"{SITE}/", "application/x-www-form-urlencoded", False)
        c.add(f, "zeppelin-login", "POST", "/api/login", h, qs(body, form))


# --- bigscreen-goview-jimu ----------------------------------------------------------------------------------

GV = "/api/goview"


def gv_h(c: Corpus, ctype: str | None = None) -> dict[str, str]:
    return bi_h(c, SITE + "/", ctype, False, {"satoken": c.uid()})


def echarts_option(c: Corpus) -> dict:
    kind = c.pick(["bar", "line", "pie"])
    names = cities(c, 3, 6)
    series = {
        "type": kind,
        "name": c.pick(["办件量", "工单数", "新增企业"]),
        "label": {"show": True, "formatter": c.pick(["{c} 件", "{b}: {c}", "{d}%"])},
    }
    option: dict = {
        "title": {"text": c.pick(TITLES), "textStyle": {"color": "#BAE7FF", "fontSize": 18}},
        "tooltip": {
            "trigger": "axis" if kind != "pie" else "item",
            "formatter": c.pick(["{b}<br/>{a}: {c} 件", "{a} <br/>{b} : {c} ({d}%)"]),
        },
        "legend": {"show": True, "textStyle": {"color": "#B9B8CE"}},
        "dataset": {"dimensions": ["地区", "数量"], "source": [{"地区": n, "数量": c.num(100, 9000)} for n in names]},
        "series": [series],
    }
    if kind != "pie":
        option["xAxis"] = {"type": "category", "axisLabel": {"interval": 0, "rotate": c.pick([0, 30])}}
        option["yAxis"] = {"type": "value", "axisLabel": {"formatter": "{value} 件"}}
    return option


def gv_content(c: Corpus) -> dict:
    comps = []
    for _ in range(c.num(1, 3)):
        opt = echarts_option(c)
        kind = opt["series"][0]["type"]
        comps.append(
            {
                "id": c.hexs(5) + c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"),
                "isGroup": False,
                "attr": {
                    "x": c.num(0, 1400),
                    "y": c.num(0, 800),
                    "w": 500,
                    "h": 300,
                    "offsetX": 0,
                    "offsetY": 0,
                    "zIndex": -1,
                },
                "chartConfig": {
                    "key": {"bar": "BarCommon", "line": "LineCommon", "pie": "PieCommon"}[kind],
                    "chartKey": f"V{kind.title()}Common",
                    "title": opt["title"]["text"],
                    "category": "Bars",
                    "package": "Charts",
                },
                "request": {
                    "requestDataType": 1,
                    "requestHttpType": "post",
                    "requestUrl": "/bigscreen/sql",
                    "requestContentType": 1,
                    "requestSQLContent": {"sql": sql_query(c, "mysql")},
                    "requestInterval": c.pick([30, 60, 300]),
                    "requestParamsBodyType": "none",
                },
                "option": opt,
            }
        )
    return {
        "editCanvasConfig": {
            "projectName": c.pick(["四川省政务服务大屏", "12345热线监测大屏", "经济运行驾驶舱"]),
            "width": 1920,
            "height": 1080,
            "filterShow": False,
            "background": "#050D2A",
            "chartThemeColor": "dark",
            "previewScaleType": "fit",
        },
        "requestGlobalConfig": {
            "requestOriginUrl": "/api",
            "requestInterval": 30,
            "requestIntervalUnit": "second",
            "requestParams": {
                "Body": {"form-data": {}, "x-www-form-urlencoded": {}, "json": "", "xml": ""},
                "Header": {},
                "Params": {},
            },
        },
        "componentList": comps,
    }


JIMU_KEY = b"sc-jimu-2027-token-secret"  # this generator's JimuReport (JeecgBoot) token secret


def jimu_token(c: Corpus) -> str:
    return jwt({"exp": c.ms() // 1000 + 3600, "username": c.pick(ANALYSTS)}, JIMU_KEY)


@family("bigscreen-goview-jimu")
def bigscreen_goview_jimu(c: Corpus) -> None:
    f = "bigscreen-goview-jimu"
    for _ in range(N):
        doc = {"username": c.pick(["admin", "dpadmin", "sjj_screen"]), "password": c.alnum(10)}
        c.add(f, "goview-login", "POST", f"{GV}/sys/login", bi_h(c, f"{SITE}/", "application/json", False), js_doc(doc))
    for _ in range(N):
        c.add(f, "goview-project-list", "GET", f"{GV}/project/list?page={c.num(1, 4)}&limit=12", gv_h(c))
    for _ in range(N):
        c.add(f, "goview-get-data", "GET", f"{GV}/project/getData?projectId={c.num(10**18, 2 * 10**18)}", gv_h(c))
    for _ in range(N):
        body = [("projectId", str(c.num(10**18, 2 * 10**18))), ("content", js_json(gv_content(c)))]
        c.add(
            f,
            "goview-save-data",
            "POST",
            f"{GV}/project/save/data",
            gv_h(c, "application/x-www-form-urlencoded"),
            qs(body, form),
        )
    for _ in range(N):
        doc = {"sql": sql_query(c, "mysql")}
        h = xhr(c, f"{SITE}/", AXIOS_ACCEPT, "application/json", False, {"satoken": c.uid()}, mobile=0.05)
        c.add(f, "goview-sql-source", "POST", "/api/bigscreen/sql", h, js_doc(doc))
    for _ in range(N):
        pid = c.num(10**18, 2 * 10**18)
        h, body = upload_xhr(
            c, f"{SITE}/", [("object", (f"{pid}_index_preview.png", "image/png", png(c, c.num(400, 1600))))]
        )
        h["satoken"] = c.uid()
        c.add(f, "goview-upload-cover", "POST", f"{GV}/project/upload", h, body)

    def jimu_view() -> str:
        return browser_url(f"/jmreport/view/{c.num(10**17, 10**18)}?token={jimu_token(c)}&city={city(c)}")

    bi_nav(c, f, "jimu-view-page", jimu_view, f"{SITE}/jmreport/list")
    for _ in range(N):
        params = {"city": city(c), "pageNo": c.num(1, 5), "pageSize": c.pick([10, 20]), "startDate": ymd(c)}
        doc = {"id": str(c.num(10**17, 10**18)), "params": js_json(params)}
        h = bi_h(
            c,
            f"{SITE}/jmreport/view/{doc['id']}",
            "application/json",
            False,
            {"X-Access-Token": jimu_token(c)},
        )
        c.add(f, "jimu-show", "POST", "/jmreport/show", h, js_doc(doc))
    for _ in range(N):
        rid = str(c.num(10**17, 10**18))
        doc = {
            "excelConfigId": rid,
            "queryParam": {
                "city": city(c),
                "startDate": ymd(c),
                "pageNo": "1",
                "pageSize": "10",
                "currentPageNo": "1",
                "currentPageSize": "10",
            },
        }
        h = bi_h(
            c,
            f"{SITE}/jmreport/view/{rid}",
            "application/json",
            False,
            {"X-Access-Token": jimu_token(c)},
        )
        c.add(f, "jimu-export-excel", "POST", "/jmreport/exportAllExcelStream", h, js_doc(doc))
    for _ in range(N):
        q = [
            ("city", city(c)),
            ("dim", c.pick(["month", "week", "day"])),
            ("indicator", c.pick(["办件量", "好评率", "工单量"])),
            ("_", c.ms()),
        ]
        ref = f"{SITE}/screen/{c.hexs(16)}"
        h = xhr(c, ref, "application/json, text/plain, */*", mobile=0.05)
        c.add(f, "datav-api-source", "GET", f"/api/screen/{c.pick(['zwfw', 'rexian', 'jjyx'])}/summary?{qs(q, uri)}", h)


# --- trino-presto-protocol ----------------------------------------------------------------------------------

TRINO_VERSION = "435"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def query_id(c: Corpus) -> str:
    d = c.day(-30, 0)
    return f"{d:%Y%m%d_%H%M%S}_{c.num(0, 99999):05d}_{c.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"


def trino_h(c: Corpus, source: str, ua: str, extra: dict | None = None, prefix: str = "X-Trino") -> dict[str, str]:
    """StatementClientV1's headers as OkHttp sends them (the body's type from its RequestBody)."""
    h = {
        "User-Agent": ua,
        f"{prefix}-User": c.pick(ANALYSTS),
        f"{prefix}-Source": source,
        f"{prefix}-Catalog": c.pick(["hive", "iceberg", "mysql_zwfw"]),
        f"{prefix}-Schema": c.pick(SCHEMAS),
        f"{prefix}-Time-Zone": "Asia/Shanghai",
        f"{prefix}-Language": "zh-CN",
    }
    h.update(extra or {})
    h["Authorization"] = basic(h[f"{prefix}-User"], c.alnum(12))
    h.update({"Content-Type": "text/plain; charset=utf-8", "Accept-Encoding": "gzip", "Connection": "Keep-Alive"})
    return h


def trino_poll_h(c: Corpus) -> dict[str, str]:
    user = c.pick(ANALYSTS)
    return {
        "User-Agent": f"StatementClientV1/{TRINO_VERSION}",
        "X-Trino-User": user,
        "Authorization": basic(user, c.alnum(12)),
        "Accept-Encoding": "gzip",
        "Connection": "Keep-Alive",
    }


@family("trino-presto-protocol")
def trino_presto_protocol(c: Corpus) -> None:
    f = "trino-presto-protocol"
    for _ in range(N):
        extra = {"X-Trino-Client-Capabilities": "PATH,PARAMETRIC_DATETIME,SESSION_AUTHORIZATION"}
        c.add(
            f,
            "statement-cli",
            "POST",
            "/v1/statement",
            trino_h(c, "trino-cli", f"StatementClientV1/{TRINO_VERSION}", extra),
            sql_query(c, "trino"),
        )
    for _ in range(N):
        tool = c.pick(["DBeaver 24.0.5 - SQLEditor <Script-3.sql>", "DBeaver 24.0.5 - Main <trino-prod>", "trino-jdbc"])
        extra = {
            "X-Trino-Client-Tags": c.pick(["bi,adhoc", "weekly-report", "dbeaver"]),
            "X-Trino-Client-Info": c.pick(["scdsj-analysis", "DataGrip", "adhoc"]),
        }
        c.add(
            f,
            "statement-jdbc",
            "POST",
            "/v1/statement",
            trino_h(c, tool, f"Trino JDBC Driver/{TRINO_VERSION}", extra),
            sql_query(c, "trino"),
        )
    for _ in range(N):
        c.add(
            f,
            "statement-presto",
            "POST",
            "/v1/statement",
            trino_h(c, "presto-cli", "StatementClientV1/0.287", None, "X-Presto"),
            sql_query(c, "trino"),
        )
    for _ in range(N):
        extra = {
            "X-Trino-Session": c.pick(
                [
                    "query_max_run_time=10m",
                    "query_max_run_time=30m,join_distribution_type=AUTOMATIC",
                    "hive.parquet_use_column_names=true",
                ]
            )
        }
        c.add(
            f,
            "statement-session",
            "POST",
            "/v1/statement",
            trino_h(c, "Apache Superset", f"StatementClientV1/{TRINO_VERSION}", extra),
            sql_query(c, "trino"),
        )
    for _ in range(N):
        name = f"statement{c.num(1, 9)}"
        start, end = date_span(c)
        sql = (
            "SELECT region_name, COUNT(*) AS cnt\nFROM dwd_hotline_ticket\nWHERE region_name = ? AND create_time >= ? "
            "AND create_time < ?\nGROUP BY region_name"
        )
        extra = {"X-Trino-Prepared-Statement": f"{form(name)}={form(sql)}"}
        body = f"EXECUTE {name} USING '{city(c)}', DATE '{start}', DATE '{end}'"
        c.add(
            f,
            "statement-prepared",
            "POST",
            "/v1/statement",
            trino_h(c, "trino-jdbc", f"Trino JDBC Driver/{TRINO_VERSION}", extra),
            body,
        )
    for _ in range(N):
        body = c.pick(
            [
                "SHOW CATALOGS",
                f"SHOW SCHEMAS FROM {c.pick(['hive', 'iceberg'])}",
                f"SHOW TABLES FROM hive.{c.pick(SCHEMAS)}",
                f"DESCRIBE hive.{c.pick(SCHEMAS)}.{c.pick(list(TABLES))}",
                f"SHOW COLUMNS FROM hive.ads.{c.pick(list(TABLES))} LIKE '%region%'",
            ]
        )
        c.add(
            f,
            "statement-metadata",
            "POST",
            "/v1/statement",
            trino_h(c, "DBeaver 24.0.5 - Metadata", f"Trino JDBC Driver/{TRINO_VERSION}"),
            body,
        )
    for shape, state in (("queued-poll", "queued"), ("executing-poll", "executing")):
        for _ in range(N):
            path = f"/v1/statement/{state}/{query_id(c)}/y{c.hexs(20)}/{c.num(0, 40)}"
            c.add(f, shape, "GET", path, trino_poll_h(c))
    for _ in range(N):
        body = [
            ("username", c.pick(ANALYSTS)),
            ("password", c.alnum(12)),
            ("redirectPath", c.pick(["", "/ui/", "/ui/query.html"])),
        ]
        b = c.browser(0.02)
        c.add(
            f,
            "ui-login",
            "POST",
            "/ui/login",
            c.headers(
                b, "nav", ctype="application/x-www-form-urlencoded", referer=f"{SITE}/ui/login.html", cookie=False
            ),
            qs(body, form),
        )
    for _ in range(N):
        path = c.pick(["/ui/api/query", f"/ui/api/query/{query_id(c)}", "/ui/api/stats", "/ui/api/cluster"])
        c.add(f, "ui-api", "GET", path, bi_h(c, f"{SITE}/ui/", None, f"Trino-UI-Token={c.b64(90, urlsafe=True)}"))


# --- clickhouse-http-sql ------------------------------------------------------------------------------------

CH_CONNECT_UA = "clickhouse-connect/0.7.19 (lv:py/3.10.14; mode:sync; os:linux; Superset/4.0.2)"
DASHBOARD_SQL = [
    "SELECT toStartOfInterval(event_time, INTERVAL {rounding:UInt32} SECOND)::INT AS t, avg(ProfileEvent_Query)\n"
    "FROM merge('system', '^metric_log')\nWHERE event_date >= toDate(now() - {seconds:UInt32})\n"
    "  AND event_time >= now() - "
    "{seconds:UInt32}\nGROUP BY t\nORDER BY t WITH FILL STEP {rounding:UInt32}",
    "SELECT toStartOfInterval(event_time, INTERVAL {rounding:UInt32} SECOND)::INT AS t,\n"
    "  avg(CurrentMetric_TCPConnection)\n"
    "FROM merge('system', '^metric_log')\nWHERE event_date >= toDate(now() - {seconds:UInt32})\n"
    "  AND event_time >= now() - "
    "{seconds:UInt32}\nGROUP BY t\nORDER BY t WITH FILL STEP {rounding:UInt32}",
    'SELECT toStartOfInterval(event_time, INTERVAL {rounding:UInt32} SECOND)::INT AS t, count() AS "查询数"\n'
    "FROM system.query_log\nWHERE event_date >= toDate(now() - {seconds:UInt32}) AND type = 'QueryFinish'\nGROUP BY t\n"
    "ORDER BY t WITH FILL STEP {rounding:UInt32}",
]


def ch_connect_h(c: Corpus) -> dict[str, str]:
    return {
        "User-Agent": CH_CONNECT_UA,
        "Accept-Encoding": "lz4;q=1.0, zstd;q=1.0, br;q=1.0, gzip;q=1.0",
        "Authorization": basic(c.pick(["bi_reader", "superset_ro"]), c.alnum(16)),
        "Content-Type": "text/plain; charset=utf-8",
    }


def ch_play_h(c: Corpus, ref: str) -> dict[str, str]:
    return xhr(
        c,
        ref,
        "*/*",
        "text/plain;charset=UTF-8",
        False,
        {"Authorization": basic(c.pick(["bi_reader", "default"]), c.alnum(12))},
        mobile=0.02,
    )


@family("clickhouse-http-sql")
def clickhouse_http_sql(c: Corpus) -> None:
    f = "clickhouse-http-sql"
    bi_nav(c, f, "play-page", lambda: c.pick(["/play", "/play?user=bi_reader", "/dashboard"]), f"{SITE}/")
    for _ in range(N):
        q = "add_http_cors_header=1&default_format=JSONCompact&max_result_rows=1000&max_result_bytes=10000000"
        q += "&result_overflow_mode=break"
        c.add(f, "play-post", "POST", f"/?{q}", ch_play_h(c, f"{SITE}/play"), sql_query(c, "clickhouse"))
    for _ in range(N):
        q = [
            ("default_format", "JSONCompactColumns"),
            ("enable_http_compression", 1),
            ("param_rounding", c.pick([60, 300, 3600])),
            ("param_seconds", c.pick([3600, 86400, 604800])),
        ]
        c.add(
            f, "builtin-dashboard", "POST", f"/?{qs(q, uri)}", ch_play_h(c, f"{SITE}/dashboard"), c.pick(DASHBOARD_SQL)
        )
    for _ in range(N):
        sql = sql_query(c, "clickhouse")
        fmt = c.pick(["JSON", "CSVWithNames", "TabSeparatedWithNames"])
        path = f"/?query={urllib.parse.quote(sql, safe='')}&default_format={fmt}"
        h = {
            "User-Agent": "curl/8.5.0",
            "Accept": "*/*",
            "X-ClickHouse-User": c.pick(["bi_reader", "etl_check"]),
            "X-ClickHouse-Key": c.alnum(16),
        }
        c.add(f, "get-query-curl", "GET", path, h)
    for _ in range(N):
        q = [("query_id", c.uid()), ("database", c.pick(SCHEMAS)), ("max_result_rows", 100000)]
        c.add(
            f,
            "connect-query",
            "POST",
            f"/?{qs(q, uri)}",
            ch_connect_h(c),
            sql_query(c, "clickhouse") + "\n FORMAT Native",
        )
    for _ in range(N):
        start, end = date_span(c)
        sql = (
            "SELECT region_name AS `地区`, count() AS `工单数`,\n"
            "  avgIf(response_hours, status = '已办结') AS `平均办结时长`\n"
            "FROM dwd_hotline_ticket\nWHERE region_name = {city:String}\n"
            "  AND create_time >= {start:DateTime} AND create_time < {end:DateTime}\n"
            "GROUP BY region_name"
        )
        q = [
            ("query_id", c.uid()),
            ("database", "dwd"),
            ("param_city", city(c)),
            ("param_start", f"{start} 00:00:00"),
            ("param_end", f"{end} 00:00:00"),
        ]
        c.add(f, "connect-param-query", "POST", f"/?{qs(q, uri)}", ch_connect_h(c), sql + "\n FORMAT Native")
    for _ in range(N):
        db, table = c.pick(SCHEMAS), c.pick(list(TABLES))
        sql = c.pick(
            [
                f"SHOW TABLES FROM {db}",
                f"DESCRIBE TABLE {db}.{table}",
                f"SELECT name, type, comment FROM system.columns WHERE database = '{db}' AND table = '{table}'",  # noqa: S608
                "SELECT name FROM system.databases ORDER BY name",
            ]
        )
        c.add(f, "connect-introspect", "POST", f"/?query_id={c.uid()}", ch_connect_h(c), sql + "\n FORMAT Native")
    for _ in range(N):
        q = [("session_id", c.uid()), ("session_timeout", c.pick([60, 120, 600]))]
        body = c.pick(
            [
                "SET max_execution_time = 60",
                "SET join_use_nulls = 1",
                "SET max_threads = 8",
                "SET output_format_json_quote_64bit_integers = 0",
            ]
        )
        c.add(f, "session-settings", "POST", f"/?{qs(q, uri)}", ch_connect_h(c), body)
    for shape, path in (("ping", "/ping"), ("replicas-status", "/replicas_status")):
        for _ in range(N):
            ua = c.pick(["curl/8.5.0", "kube-probe/1.28", "Consul Health Check", "Go-http-client/1.1"])
            h = (
                {"User-Agent": ua, "Accept": "*/*"}
                if ua.startswith("curl")
                else {"User-Agent": ua, "Accept-Encoding": "gzip"}
            )
            c.add(f, shape, "GET", path, h)


# --- druid-kylin-doris-sql ----------------------------------------------------------------------------------

JAVA_HTTP_UA = "Apache-HttpClient/4.5.14 (Java/17.0.10)"


def server_json_h(c: Corpus, auth: str, ctype: str = "application/json; charset=UTF-8") -> dict[str, str]:
    return {"Content-Type": ctype, "Authorization": auth, "User-Agent": JAVA_HTTP_UA, "Accept-Encoding": "gzip,deflate"}


def druid_console_h(c: Corpus) -> dict[str, str]:
    return bi_h(c, f"{SITE}/unified-console.html", "application/json", False)


@family("druid-kylin-doris-sql")
def druid_kylin_doris_sql(c: Corpus) -> None:
    f = "druid-kylin-doris-sql"
    bi_nav(c, f, "druid-console-page", lambda: "/unified-console.html", f"{SITE}/")
    for _ in range(N):
        doc = {
            "query": sql_query(c, "druid"),
            "resultFormat": c.pick(["array", "objectLines", "object"]),
            "header": True,
            "typesHeader": True,
            "sqlTypesHeader": True,
            "context": {"sqlTimeZone": "Asia/Shanghai", "sqlQueryId": c.uid(), "useCache": True},
        }
        c.add(f, "druid-sql", "POST", "/druid/v2/sql", druid_console_h(c), js_doc(doc))
    for _ in range(N):
        start, end = date_span(c)
        sql = (
            'SELECT region_name AS "地区", SUM(ticket_cnt) AS "工单数"\nFROM "hotline_ticket"\n'
            "WHERE region_name = ? AND __time >= ? AND __time < ?\nGROUP BY 1\nORDER BY 2 DESC"
        )
        doc = {
            "query": sql,
            "parameters": [
                {"type": "VARCHAR", "value": city(c)},
                {"type": "TIMESTAMP", "value": f"{start} 00:00:00"},
                {"type": "TIMESTAMP", "value": f"{end} 00:00:00"},
            ],
            "context": {"sqlTimeZone": "Asia/Shanghai"},
            "resultFormat": "object",
        }
        c.add(
            f,
            "druid-sql-params",
            "POST",
            "/druid/v2/sql",
            server_json_h(c, basic("bi_gateway", c.alnum(16)), "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        start, end = date_span(c)
        doc = {
            "queryType": "groupBy",
            "dataSource": c.pick(["hotline_ticket", "gov_service_case"]),
            "granularity": c.pick(["day", "week", "all"]),
            "dimensions": c.sample(["region_name", "category", "channel"], c.num(1, 2)),
            "filter": {
                "type": "and",
                "fields": [
                    {"type": "in", "dimension": "region_name", "values": cities(c, 1, 3)},
                    {"type": "selector", "dimension": "status", "value": c.pick(["已办结", "处理中"])},
                ],
            },
            "aggregations": [{"type": "longSum", "name": "cnt", "fieldName": "count"}],
            "intervals": [f"{start}T00:00:00+08:00/{end}T00:00:00+08:00"],
            "context": {"timeout": 60000, "queryId": c.uid()},
        }
        c.add(
            f,
            "druid-native-groupby",
            "POST",
            "/druid/v2/?pretty",
            server_json_h(c, basic("bi_gateway", c.alnum(16)), "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        doc = {
            "query": sql_query(c, "druid"),
            "context": {
                "executionMode": "ASYNC",
                "selectDestination": "durableStorage",
                "maxNumTasks": c.pick([2, 3, 4]),
            },
        }
        c.add(f, "druid-sql-statements", "POST", "/druid/v2/sql/statements", druid_console_h(c), js_doc(doc))
    for _ in range(N):
        doc = {
            "sql": sql_query(c, "kylin"),
            "project": c.pick(["gov_bi", "hotline", "econ"]),
            "offset": 0,
            "limit": c.pick([500, 50000]),
            "acceptPartial": False,
        }
        h = bi_h(
            c,
            f"{SITE}/kylin/query",
            "application/json;charset=UTF-8",
            f"JSESSIONID={c.hexs(16).upper()}",
            {"Authorization": basic(c.pick(ANALYSTS), c.alnum(10))},
        )
        c.add(f, "kylin-query", "POST", "/kylin/api/query", h, js_doc(doc))
    for _ in range(N):
        start, _end = date_span(c)
        sql = (
            "SELECT region_name, SUM(case_cnt) AS total\nFROM ads.ads_gov_service_day\n"
            "WHERE region_name = ? AND stat_date >= ?\nGROUP BY region_name"
        )
        doc = {
            "sql": sql,
            "project": "gov_bi",
            "params": [
                {"className": "java.lang.String", "value": city(c)},
                {"className": "java.sql.Date", "value": start},
            ],
            "acceptPartial": False,
        }
        c.add(
            f,
            "kylin-prestate",
            "POST",
            "/kylin/api/query/prestate",
            server_json_h(c, basic("bi_gateway", c.alnum(16)), "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        h = bi_h(
            c,
            f"{SITE}/kylin/query",
            None,
            f"JSESSIONID={c.hexs(16).upper()}",
            {"Authorization": basic(c.pick(ANALYSTS), c.alnum(10))},
        )
        c.add(
            f,
            "kylin-tables",
            "GET",
            f"/kylin/api/tables_and_columns?project={c.pick(['gov_bi', 'hotline', 'econ'])}",
            h,
        )
    for _ in range(N):
        doc = {"stmt": sql_query(c, "doris")}
        h = {
            "User-Agent": c.pick(["curl/8.5.0", "python-requests/2.31.0"]),
            "Accept": "*/*",
            "Authorization": basic("bi_reader", c.alnum(12)),
            "Content-Type": "application/json",
        }
        c.add(f, "doris-query-api", "POST", f"/api/query/default_cluster/{c.pick(SCHEMAS)}", h, js_doc(doc))
    for _ in range(N):
        h = {"User-Agent": "curl/8.5.0", "Accept": "*/*", "Authorization": basic("bi_reader", c.alnum(12))}
        c.add(f, "doris-schema", "GET", f"/api/{c.pick(SCHEMAS)}/{c.pick(list(TABLES))}/_schema", h)


# --- bi-export-subscriptions --------------------------------------------------------------------------------


@family("bi-export-subscriptions")
def bi_export_subscriptions(c: Corpus) -> None:
    f = "bi-export-subscriptions"
    for _ in range(N):
        doc = {
            "type": "Report",
            "name": c.pick(["每周办件量报表", "12345热线日报", "经济运行月报", "超期办件提醒"]) + c.digits(2),
            "description": c.pick(DESCRIPTIONS),
            "crontab": c.pick(["0 9 * * 1", "30 8 * * *", "0 10 1 * *", "0 17 * * 5"]),
            "timezone": "Asia/Shanghai",
            "dashboard": c.num(1, 40),
            "chart": None,
            "recipients": [{"type": "Email", "recipient_config_json": {"target": f"{c.pick(ANALYSTS)}@sc.gov.cn"}}],
            "report_format": c.pick(["PDF", "PNG", "CSV"]),
            "active": True,
            "creation_method": "dashboards",
            "force_screenshot": False,
            "custom_width": None,
            "working_timeout": 3600,
            "log_retention": 90,
        }
        c.add(
            f,
            "superset-report-schedule",
            "POST",
            "/api/v1/report/",
            superset_h(c, f"{SITE}/superset/dashboard/{c.pick(SUPERSET_DASHBOARDS)}/", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        ctx = superset_query_context(c, c.chance(0.5))
        ctx["result_format"] = ctx["form_data"]["result_format"] = c.pick(["csv", "xlsx"])
        b = c.browser(0.02)
        h = c.headers(
            b,
            "nav",
            ctype="application/x-www-form-urlencoded",
            referer=f"{SITE}/explore/?slice_id={ctx['form_data']['slice_id']}",
            cookie=superset_cookie(c),
        )
        c.add(f, "superset-chart-csv-form", "POST", "/api/v1/chart/data", h, qs([("form_data", js_json(ctx))], form))
    for _ in range(N):
        ids = sorted(c.sample(range(1, 60), c.num(1, 4)))
        path = f"/api/v1/dashboard/export/?q={rison(ids)}&token={c.alnum(10)}"
        c.add(
            f,
            "superset-dashboard-export",
            "GET",
            path,
            nav(c, f"{SITE}/dashboard/list/", superset_cookie(c), mobile=0.0),
        )
    for _ in range(N):
        c.add(
            f,
            "superset-sqllab-csv",
            "GET",
            f"/api/v1/sqllab/export/{c.alnum(9)}/",
            nav(c, f"{SITE}/sqllab/", superset_cookie(c), mobile=0.0),
        )
    for _ in range(N):
        sched = c.pick([("daily", None, 8), ("weekly", "mon", 9), ("monthly", "mon", 8)])
        channel = {
            "channel_type": "email",
            "enabled": True,
            "recipients": [{"email": f"{x}@sc.gov.cn"} for x in c.sample(ANALYSTS, 2)],
            "schedule_type": sched[0],
            "schedule_day": sched[1],
            "schedule_hour": sched[2],
            "schedule_frame": "first" if sched[0] == "monthly" else None,
        }
        d = c.num(1, 60)
        doc = {
            "name": c.pick(["办件量周报订阅", "热线日报", "领导驾驶舱月报"]),
            "cards": [
                {
                    "id": c.num(10, 400),
                    "collection_id": c.num(2, 40),
                    "description": None,
                    "display": c.pick(["bar", "table", "line"]),
                    "name": c.pick(TITLES),
                    "include_csv": c.chance(0.5),
                    "include_xls": c.chance(0.5),
                    "dashboard_card_id": c.num(100, 900),
                    "dashboard_id": d,
                    "parameter_mappings": [],
                }
            ],
            "channels": [channel],
            "skip_if_empty": True,
            "collection_id": None,
            "dashboard_id": d,
            "parameters": [],
        }
        c.add(
            f, "metabase-pulse", "POST", "/api/pulse", mb_h(c, f"{SITE}/dashboard/{d}", "application/json"), js_doc(doc)
        )
    for _ in range(N):
        card = c.num(10, 400)
        body = [("parameters", js_json(mb_parameters(c))), ("format_rows", c.pick(["true", "false"]))]
        c.add(
            f,
            "metabase-card-xlsx",
            "POST",
            f"/api/card/{card}/query/{c.pick(['xlsx', 'csv'])}",
            mb_h(c, f"{SITE}/question/{card}", "application/x-www-form-urlencoded"),
            qs(body, form),
        )
    for _ in range(N):
        query = {"database": c.num(2, 6), "type": "query", "query": mbql(c), "parameters": []}
        body = [
            ("query", js_json(query)),
            ("visualization_settings", js_json({"table.pivot": False})),
            ("format_rows", "false"),
        ]
        c.add(
            f,
            "metabase-dataset-csv",
            "POST",
            "/api/dataset/csv",
            mb_h(c, f"{SITE}/question/notebook", "application/x-www-form-urlencoded"),
            qs(body, form),
        )
    for _ in range(N):
        qid = c.num(10, 900)
        doc = {
            "name": c.pick(["超期件数超阈值", "热线工单激增", "好评率低于95%"]),
            "query_id": qid,
            "options": {
                "column": c.pick(["超期件数", "工单数", "好评率"]),
                "op": c.pick([">", "<", ">="]),
                "value": c.pick([50, 95, 1000]),
                "custom_subject": "【预警】{{ALERT_NAME}} {{ALERT_STATUS}}",
                "custom_body": "请相关处室及时核查：{{QUERY_RESULT_TABLE}}",
                "muted": False,
            },
            "rearm": c.pick([0, 3600, 86400]),
        }
        c.add(f, "redash-alert", "POST", "/api/alerts", rd_h(c, "/alerts/new", "application/json"), js_doc(doc))
    for _ in range(N):
        qid = c.num(10, 900)
        interval = c.pick([3600, 86400, 604800])
        schedule = {
            "interval": interval,
            "time": None if interval == 3600 else c.pick(["07:30", "08:00", "23:00"]),
            "day_of_week": "Monday" if interval == 604800 else None,
            "until": None,
        }
        doc = {"id": qid, "schedule": schedule}
        c.add(
            f,
            "redash-query-schedule",
            "POST",
            f"/api/queries/{qid}",
            rd_h(c, f"/queries/{qid}", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        user = c.pick(ANALYSTS)
        fmt = c.pick(["html", "webpdf", "script", "markdown"])
        path = browser_url(f"/user/{user}/nbconvert/{fmt}/{c.pick(NB_DIRS)}/{c.pick(NB_FILES)}?download=true")
        xsrf = uri(f"2|{c.hexs(4)}|{c.hexs(16)}|1800000000")
        ck = f"_xsrf={xsrf}; jupyterhub-user-{user}={c.b64(40, urlsafe=True)}"
        c.add(f, "jupyter-nbconvert", "GET", path, nav(c, f"{SITE}/user/{user}/lab", ck, mobile=0.0))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
