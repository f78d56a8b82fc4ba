"""Corpus AJ (tests/waf/data/gen_cms_corpus_aj.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ai_split.py. Nothing here sends AJ through the WAF: AJ's
false-positive count is the lead's, after a tuning round on AJ's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving tools would:
OpenAI-compatible bodies (json_schema response formats, stream options, tool calls whose arguments match their
declared schemas, FIM prompts), new-api's console headers, Dify's service and console bodies and its web app
passports (HS256, checked with the service's secret), FastGPT's and MaxKB's fields and tokens, RAGFlow's ids, Open
WebUI's chat trees and tokens, Milvus filter expressions that balance and embeddings of unit length, Qdrant filters,
GraphQL that balances, JSON-RPC 2.0 envelopes and MCP sessions, Dify workflow graphs whose edges, Jinja2 templates,
code nodes and DSL YAML hold, Langfuse batches, WAV and MP3 uploads, Label Studio configs and Gradio session hashes,
and the 12345 assistants' prompts. Users' pasted code is checked as what it says it is (SQL by a small tokenizer of
this module's, sqlglot is not in the venv; Python by ast; HTML by html.parser). The client key (ADR 0040) is
checked against each family's console rule, pinned here. Never a WAF verdict.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import hmac
import html.parser
import io
import ipaddress
import json
import math
import re
import shlex
import urllib.parse
import wave
import xml.etree.ElementTree as ET
from collections import Counter

import jinja2
import yaml

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
from tests.waf.data import gen_cms_corpus_ai as gen_ai
from tests.waf.data import gen_cms_corpus_aj as gen_aj

PINNED_HELD_OUT = (
    "label-finetune-gradio",
    "dify-service-console",
    "webui-chat-frontends",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("ai-widget-embeds", "dify-chatbot-iframe"),
    ("ai-widget-embeds", "dify-embed-script"),
    ("ai-widget-embeds", "dify-webapp-passport"),
    ("ai-widget-embeds", "dify-webapp-suggested"),
    ("fastgpt-maxkb-apps", "fastgpt-share-chat"),
    ("fastgpt-maxkb-apps", "maxkb-chat-message"),
    ("hotline-gongwen-llm", "prompt-template-save"),
    ("hotline-gongwen-llm", "ticket-classify"),
    ("hotline-gongwen-llm", "ticket-summary"),
    ("llm-gateway-newapi", "chat-code-paste"),
    ("llm-gateway-newapi", "fim-completion"),
    ("llm-gateway-newapi", "token-create"),
    ("llm-gateway-newapi", "tool-call-roundtrip"),
    ("mcp-gov-data-tools", "initialized-notify"),
    ("mcp-gov-data-tools", "sse-stream"),
    ("mcp-gov-data-tools", "tools-call-policy"),
    ("mcp-gov-data-tools", "tools-list"),
    ("ragflow-dataset-api", "openai-compatible"),
    ("ragflow-dataset-api", "session-create"),
    ("speech-vision-serving", "asr-transcription-wav"),
    ("vector-db-rest", "milvus-create-collection"),
    ("vector-db-rest", "milvus-hybrid-search"),
    ("vector-db-rest", "milvus-insert"),
    ("workflow-prompt-ops", "dify-dsl-import"),
    ("workflow-prompt-ops", "dify-node-run"),
    ("workflow-prompt-ops", "dify-workflow-draft"),
    ("workflow-prompt-ops", "langfuse-ingestion"),
}
# ADR 0040: each family's console rule, written down once (re.match on the path); None: no console
PINNED_CONSOLE = {
    "llm-gateway-newapi": r"/api/(token|log)/",
    "dify-service-console": r"/console/api/",
    "fastgpt-maxkb-apps": r"/api/(core|dataset)/",
    "ragflow-dataset-api": r"/api/v1/datasets\b",
    "webui-chat-frontends": r"/api/v1/(users/|models/create)",
    "ai-widget-embeds": None,
    "vector-db-rest": r"/v2/vectordb/collections/|/collections/[\w-]+$",
    "mcp-gov-data-tools": None,
    "workflow-prompt-ops": r"/console/api/",
    "speech-vision-serving": r"/v1/models\b",
    "label-finetune-gradio": r"/api/|/llamafactory/",
    "hotline-gongwen-llm": r"/aiadmin/",
}

EARLIER = earlier_generators("ai")

corpus, reqs = corpus_fixtures(gen_aj)

CITY_NAMES = {
    "武汉市",
    "黄石市",
    "十堰市",
    "宜昌市",
    "襄阳市",
    "鄂州市",
    "荆门市",
    "孝感市",
    "荆州市",
    "黄冈市",
    "咸宁市",
    "随州市",
    "恩施土家族苗族自治州",
}
CITY_CODES = {"420100", "420200", "420300", "420500", "420600", "420700", "420800", "420900", "421000", "421100",
              "421200", "421300", "422800"}  # fmt: skip
LABELS = ["城乡建设", "环境保护", "劳动保障", "教育文化", "交通运输", "市场监管", "卫生健康", "公安政法", "民政社区"]
# the services' own secrets (each tool's configuration), which the generator used to sign
DIFY_SECRET = b"hb-dify-secret-key-2026-sk-9f3c1a"
OWUI_KEY = b"hb-open-webui-secret-key-2026"
MAXKB_KEY = b"hb-maxkb-secret"
FASTGPT_KEY = b"hb-fastgpt-token-key"
AIADMIN_KEY = b"hb-aiadmin"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
HEX32 = re.compile(r"[0-9a-f]{32}")
WAV_TYPES = {"audio/wav"}
MP3_TYPES = {"audio/mpeg", "audio/mp3"}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _jwt(token: str, key: bytes) -> dict:
    """A JWT whose HS256 signature verifies under ``key``: its claims."""
    head, body, sig = token.split(".")
    assert json.loads(_b64url(head))["alg"] == "HS256"
    assert hmac.compare_digest(_b64url(sig), hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return json.loads(_b64url(body))


def _bearer(rec: dict) -> str:
    auth = header(rec, "Authorization")
    assert auth.startswith("Bearer "), rec["label"]
    return auth[7:]


def _cookies(rec: dict) -> dict[str, str]:
    return dict(p.split("=", 1) for p in header(rec, "Cookie").split("; ") if p)


def _valid(value: object, schema: dict) -> bool:
    """A JSON value against the JSON Schema subset the tools declare (object, string, integer, boolean, array,
    enum, required, additionalProperties false)."""
    kind = schema.get("type")
    if "enum" in schema and value not in schema["enum"]:
        return False
    if kind == "object":
        props = schema.get("properties", {})
        return (
            isinstance(value, dict)
            and set(schema.get("required", ())) <= set(value)
            and (schema.get("additionalProperties", True) or set(value) <= set(props))
            and all(k not in props or _valid(v, props[k]) for k, v in value.items())
        )
    if kind == "array":
        return isinstance(value, list) and all(_valid(x, schema.get("items", {})) for x in value)
    return {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        None: lambda v: True,
    }[kind](value)


def _unit(vec: list[float], dim: int) -> None:
    assert len(vec) == dim and abs(math.sqrt(sum(x * x for x in vec)) - 1) < 1e-4


# --- what users paste: SQL, Python, HTML, shell, as their own tools read them ------------------------------------


def _sql_ok(sql: str) -> None:
    """A statement a SQL parser accepts at first sight: SELECT first, closed literals, balanced parentheses, a FROM."""
    toks = re.findall(r"'(?:[^']|'')*'|\"[^\"]*\"|`[^`]*`|[\w.]+|<=|>=|<>|\S", sql)
    assert "".join(toks).count("'") % 2 == 0, sql
    words = [t.upper() for t in toks]
    assert words[0] in ("SELECT", "WITH") and "FROM" in words, sql
    depth = 0
    for t in toks:
        depth += (t == "(") - (t == ")")
        assert depth >= 0, sql
    assert depth == 0, sql


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


def _pasted_ok(text: str) -> int:
    """Every fenced block of a pasted message is what its fence says; an HTML fragment nests. The blocks checked."""
    assert text.count("```") % 2 == 0, text
    blocks = re.findall(r"```(\w*)\n(.*?)```", text, flags=re.S)
    for lang, code in blocks:
        if lang == "sql":
            _sql_ok(code)
        elif lang == "python":
            ast.parse(code)
        elif lang == "bash":
            assert shlex.split(code)[0] in ("docker", "curl", "systemctl")
        elif lang in ("java", "js", "nginx"):
            assert code.count("{") == code.count("}") and code.count("(") == code.count(")")
    if "<table" in text:
        parser = _Tags()
        parser.feed(text[text.index("<table") :])
        assert parser.stack == []
        return len(blocks) + 1
    return len(blocks)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_aj.TUNING_FILE, gen_aj.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_aj, (8 * gen_aj.N, 11 * gen_aj.N), min_requests=1500, min_families=12, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AI: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_aj, "corpus-aj/", PINNED_HELD_OUT, earlier, parts=(880, 864))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_aj_shares_no_family_with_a_to_ai(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ai
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AJ's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_aj.check, gen_ai.SOURCES["superset-explore-sqllab"])


def test_office_records_are_the_consoles(reqs: list[dict]) -> None:
    """ADR 0040: a record is marked "office" exactly when its path is its family's console (the rule pinned here
    and in the generator alike); only "office" is ever written; the share is 15-35 %, spread over families."""
    assert gen_aj.CONSOLE == PINNED_CONSOLE
    for r in reqs:
        rule = PINNED_CONSOLE[r["family"]]
        assert ("client" in r) == bool(rule and re.match(rule, r["path"])), r["label"]
        assert r.get("client", "office") == "office"
    assert any("client" in p for p in gen_aj.check({**reqs[0], "client": "citizen"}))
    office = [r for r in reqs if r.get("client")]
    assert 0.15 <= len(office) / len(reqs) <= 0.35
    per_family = Counter(r["family"] for r in office)
    assert set(per_family) == {f for f, rule in PINNED_CONSOLE.items() if rule}
    assert not any("Mobile" in header(r, "User-Agent") for r in office)  # staff desktops and servers


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """SDK and browser calls of every kind, uploads, streams, page and iframe loads, the platforms' own headers."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 1000 and ctypes["multipart/form-data"] == 11 * gen_aj.N
    assert ctypes[""] >= 250 and ctypes["text/plain"] == gen_aj.N
    pages = [r for r in reqs if r["method"] == "GET" and header(r, "Sec-Fetch-Mode") == "navigate"]
    assert len(pages) >= 3 * gen_aj.N
    assert gen_aj.N <= sum(header(r, "Sec-Fetch-Dest") == "iframe" for r in reqs) <= 2 * gen_aj.N
    assert sum("text/event-stream" in header(r, "Accept") for r in reqs) >= 10 * gen_aj.N
    assert_headers_sent(
        reqs,
        (
            "X-Stainless-Lang",
            "X-Stainless-Package-Version",
            "x-stainless-retry-count",
            "New-Api-User",
            "X-App-Code",
            "AUTHORIZATION",
            "mcp-session-id",
            "mcp-protocol-version",
            "api-key",
            "x-chroma-token",
            "X-CSRFToken",
            "x_langfuse_sdk_name",
            "Authorization",
            "Cookie",
            "Origin",
            "Referer",
        ),
    )


def test_uploads_open(reqs: list[dict]) -> None:
    """Every uploaded file opens as what its type says: WAVs as 16 kHz mono PCM, MP3s as MPEG frames (after an ID3
    tag where there is one), PDFs, DOCX and XLSX containers, UTF-8 text, JSON task lists."""
    kinds: Counter[str] = Counter()
    for r in reqs:
        if not content_type(r).startswith("multipart/form-data"):
            continue
        assert all(p["name"] for p in multipart_parts(r))
        for p in upload_files(r):
            kind, data, name = p["type"], p["data"], p["filename"]
            kinds[kind] += 1
            if kind in WAV_TYPES:
                with wave.open(io.BytesIO(data)) as w:
                    assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
                    assert w.getnframes() >= 4800 and name.endswith(".wav")
            elif kind in MP3_TYPES:
                frames = data[20:] if data.startswith(b"ID3") else data
                assert frames[:2] == b"\xff\xfb" and len(frames) % 417 == 0 and name.endswith(".mp3")
            elif kind == XLSX_TYPE:
                assert "xl/workbook.xml" in zip_names(data) and name.endswith(".xlsx")
            elif kind == "text/plain":
                assert "第" in data.decode() and name.endswith(".txt")
            elif kind == "application/json":
                tasks = json.loads(data)
                assert all(set(t["data"]) == {"text", "ticket_no"} for t in tasks) and name.endswith(".json")
            else:
                assert common_file_ok(data, kind), (r["label"], kind)
                assert name.endswith({"application/pdf": ".pdf"}.get(kind, ".docx"))
    assert set(kinds) == {"audio/wav", "audio/mpeg", "audio/mp3", "application/pdf", gen_aj.DOCX_CT, XLSX_TYPE,
                          "text/plain", "application/json"}  # fmt: skip


def test_text_is_real_text(reqs: list[dict]) -> None:
    """Chinese free text where people type it, users' pasted code that is what it says, and the platforms' markers."""

    def typed(rs: list[dict]) -> str:
        return written_text(rs) + "".join(urllib.parse.unquote(r["path"]) for r in rs)

    def han(t: str) -> int:
        return sum("\u4e00" <= ch <= "\u9fff" for ch in t)

    per_family = Counter(r["family"] for r in reqs if han(typed([r])) or "\\u" in r.get("body", ""))
    assert set(per_family) == set(gen_aj.SOURCES), per_family
    assert han(typed(reqs)) >= 40000
    text = "".join(r.get("body", "") for r in reqs)
    marks = ("json_schema", "include_usage", "tool_calls", "<|fim_prefix|>", "{{CLIPBOARD}}", "jsonrpc", "{{#",
             "{% for", "def main(", "《住房公积金管理条例》第二十四条", "GB/T 9704-2012", "30%",
             "json_contains")  # fmt: skip
    for mark in marks:
        assert mark in text or mark.lower() in text.lower(), mark
    pasted = [m["content"] for r in reqs if r["label"] == "llm-gateway-newapi/chat-code-paste"
              for m in json_body(r)["messages"]]  # fmt: skip
    assert sum(_pasted_ok(t) for t in pasted) >= gen_aj.N // 2


# --- the families, checked the way their receiving tools would ---------------------------------------------


def test_llm_gateway_newapi(reqs: list[dict]) -> None:
    """Structured outputs whose schema is strict and closed; streams that ask for usage; tool calls whose arguments
    parse and fit the declared tool; FIM prompts in Qwen's order; the SDKs' own headers; new-api's console with the
    New-Api-User header, model limits and IP allow lists that parse, log queries with a time window."""
    f = "llm-gateway-newapi"
    for r in of_family(reqs, f, "chat-json-schema"):
        d = json_body(r)
        js = d["response_format"]["json_schema"]
        schema = js["schema"]
        assert d["response_format"]["type"] == "json_schema" and js["strict"] is True
        assert set(schema["required"]) == set(schema["properties"]) and schema["additionalProperties"] is False
        assert header(r, "X-Stainless-Lang") == "python"
        assert header(r, "User-Agent").endswith(header(r, "X-Stainless-Package-Version"))
    for r in of_family(reqs, f, "chat-stream-usage"):
        d = json_body(r)
        roles = [m["role"] for m in d["messages"]]
        assert d["stream"] is True and d["stream_options"] == {"include_usage": True}
        assert roles == ["system", "user", "assistant", "user"] and header(r, "X-Stainless-Runtime") == "node"
    for r in of_family(reqs, f, "tool-call-roundtrip"):
        d = json_body(r)
        tools = {t["function"]["name"]: t["function"]["parameters"] for t in d["tools"]}
        asst, tool = d["messages"][1], d["messages"][2]
        for call in asst["tool_calls"]:
            assert _valid(json.loads(call["function"]["arguments"]), tools[call["function"]["name"]])
            assert json.loads(call["function"]["arguments"])["region_code"] in CITY_CODES
        assert tool["role"] == "tool" and tool["tool_call_id"] == asst["tool_calls"][0]["id"]
        assert json.loads(tool["content"])["online"] is True
    for r in of_family(reqs, f, "fim-completion"):
        d = json_body(r)
        p = d["prompt"]
        assert p.index("<|fim_prefix|>") < p.index("<|fim_suffix|>") < p.index("<|fim_middle|>") and d["stream"]
        assert header(r, "user-agent") == "node"
    for r in of_family(reqs, f, "models-list"):
        assert _bearer(r).startswith("sk-") and "body" not in r
    for r in of_family(reqs, f, "ollama-chat"):
        d = json_body(r)
        assert re.fullmatch(r"[\w.-]+:\w+", d["model"]) and d["options"]["num_ctx"] in (8192, 16384)
    for r in of_family(reqs, f, "token-create"):
        d = json_body(r)
        assert header(r, "New-Api-User").isdigit() and _cookies(r)["session"]
        assert set(d["model_limits"].split(",")) <= set(gen_aj.MODELS) and d["expired_time"] in (-1, 1830268799)
        for ip in filter(None, d["allow_ips"].split("\n")):
            ipaddress.ip_network(ip)
    for r in of_family(reqs, f, "log-query"):
        q = query1(r)
        assert int(q["start_timestamp"]) < int(q["end_timestamp"]) and q["page_size"] == "10"
        assert header(r, "New-Api-User").isdigit()


def test_dify_service_console(reqs: list[dict]) -> None:
    """Service API bodies with the fields Dify reads, uploads with a user, files by upload id, Go's escaping, the
    console's bodies: hit testing with a retrieval model, model configs whose {{variables}} are declared."""
    f = "dify-service-console"
    for r in of_family(reqs, f):
        auth = _bearer(r) if r["path"].startswith("/v1/") else ""
        assert not auth or auth.startswith("app-")
    for r in of_family(reqs, f, "completion-messages"):
        d = json_body(r)
        assert d["response_mode"] in ("streaming", "blocking") and d["inputs"]["doc_type"] and d["user"]
        assert r["body"].isascii()  # requests' json.dumps escapes non-ASCII
    for r in of_family(reqs, f, "files-upload"):
        assert upload_fields(r)["user"] and len(upload_files(r)) == 1
    for r in of_family(reqs, f, "chat-with-upload"):
        (file,) = json_body(r)["files"]
        assert file["transfer_method"] == "local_file" and UUID.fullmatch(file["upload_file_id"])
    for r in of_family(reqs, f, "conversation-rename"):
        d = json_body(r)
        assert UUID.fullmatch(r["path"].split("/")[3]) and d["auto_generate"] == (d["name"] == "")
        assert not set("<>&") & set(r["body"]) and header(r, "User-Agent") == "Go-http-client/1.1"
    for r in of_family(reqs, f, "messages-history"):
        q = query1(r)
        assert UUID.fullmatch(q["conversation_id"]) and q["limit"] in ("20", "50") and q["user"]
    for r in of_family(reqs, f, "console-login"):
        d = json_body(r)
        assert d["email"].endswith("@hubei.gov.cn") and d["language"] == "zh-Hans"
    for r in of_family(reqs, f, "console-hit-testing"):
        m = json_body(r)["retrieval_model"]
        assert m["search_method"] in ("hybrid_search", "semantic_search", "full_text_search") and m["top_k"] >= 3
    for r in of_family(reqs, f, "console-model-config"):
        d = json_body(r)
        declared = {next(iter(x.values()))["variable"] for x in d["user_input_form"]}
        assert set(re.findall(r"\{\{(\w+)\}\}", d["pre_prompt"])) <= declared
        assert d["model"]["name"] in gen_aj.MODELS


def test_fastgpt_maxkb_apps(reqs: list[dict]) -> None:
    """FastGPT: keys, chat ids and variables, share chats whose shareId is the page's, a search test under a token
    that verifies, pushData chunks; MaxKB: access tokens from the embed page, application tokens that verify for the
    application in the path, hit tests, split uploads whose patterns compile."""
    f = "fastgpt-maxkb-apps"
    for r in of_family(reqs, f, "fastgpt-chat"):
        d = json_body(r)
        assert _bearer(r).startswith("fastgpt-") and d["variables"]["region"] in CITY_NAMES
        assert d["messages"][-1]["role"] == "user" and d["stream"] is False
    for r in of_family(reqs, f, "fastgpt-share-chat"):
        d = json_body(r)
        assert d["shareId"] == query1({"path": header(r, "Referer").replace(gen_aj.SITE, "")})["shareId"]
        assert d["outLinkUid"].startswith("shareChat-") and d["stream"] and d["detail"]
    for r in of_family(reqs, f, "fastgpt-search-test"):
        d = json_body(r)
        assert _jwt(_cookies(r)["fastgpt_token"], FASTGPT_KEY)["teamId"]
        assert d["searchMode"] in ("embedding", "fullTextRecall", "mixedRecall") and 0 <= d["similarity"] <= 1
    for r in of_family(reqs, f, "fastgpt-push-data"):
        d = json_body(r)
        assert d["trainingType"] == "chunk" and all(x["q"] and x["a"] for x in d["data"])
    for r in of_family(reqs, f, "maxkb-authentication"):
        token = json_body(r)["access_token"]
        assert f"/ui/chat/{token}?" in header(r, "Referer")
    for r in of_family(reqs, f, "maxkb-chat-open"):
        claims = _jwt(header(r, "AUTHORIZATION"), MAXKB_KEY)
        assert claims["application_id"] == r["path"].split("/")[3] and claims["type"] == "APPLICATION_ACCESS_TOKEN"
    for r in of_family(reqs, f, "maxkb-chat-message"):
        d = json_body(r)
        assert d["message"] and isinstance(d["re_chat"], bool) and UUID.fullmatch(r["path"].rsplit("/", 1)[1])
    for r in of_family(reqs, f, "maxkb-hit-test"):
        q = query1(r)
        assert q["search_mode"] in ("embedding", "keywords", "blend") and 0 < float(q["similarity"]) < 1
        assert _jwt(header(r, "AUTHORIZATION"), MAXKB_KEY)["type"] == "USER"
    for r in of_family(reqs, f, "maxkb-doc-split"):
        patterns = [p["data"].decode() for p in multipart_parts(r) if p["name"] == "patterns"]
        assert len(patterns) == 2 and all(re.compile(p) for p in patterns)
        assert upload_fields(r)["limit"] == "4096"


def test_ragflow_dataset_api(reqs: list[dict]) -> None:
    """RAGFlow: API keys, 32-hex ids in paths and bodies, dataset settings from its lists, retrieval weights, chats."""
    f = "ragflow-dataset-api"
    for r in of_family(reqs, f):
        assert _bearer(r).startswith("ragflow-")
        assert all(HEX32.fullmatch(seg) for seg in r["path"].split("?")[0].split("/") if len(seg) == 32)
    for r in of_family(reqs, f, "dataset-create"):
        d = json_body(r)
        assert d["chunk_method"] in ("naive", "laws", "qa", "book") and d["parser_config"]["chunk_token_num"] in (
            256,
            512,
        )
    for r in of_family(reqs, f, "chunks-parse"):
        assert all(HEX32.fullmatch(x) for x in json_body(r)["document_ids"])
    for r in of_family(reqs, f, "documents-list"):
        assert query1(r)["orderby"] == "create_time" and query1(r)["desc"] == "true"
    for r in of_family(reqs, f, "retrieval"):
        d = json_body(r)
        assert 0 <= d["vector_similarity_weight"] <= 1 and 0 <= d["similarity_threshold"] <= 1
        assert all(HEX32.fullmatch(x) for x in d["dataset_ids"])
    for r in of_family(reqs, f, "chat-completions"):
        d = json_body(r)
        assert d["stream"] is True and HEX32.fullmatch(d["session_id"])
    for r in of_family(reqs, f, "openai-compatible"):
        assert json_body(r)["model"] == "model" and r["path"].endswith("/chat/completions")
    for r in of_family(reqs, f, "agent-completions"):
        assert json_body(r)["question"] in gen_aj.TICKETS


def test_webui_chat_frontends(reqs: list[dict]) -> None:
    """Open WebUI: tokens that verify, chat trees whose currentId and parent links hold, prompts with a slash command
    and {{CLIPBOARD}}, uploads, model definitions; NextChat's nk- access code; AnythingLLM's JSON in text/plain."""
    f = "webui-chat-frontends"
    for r in of_family(reqs, f):
        if r["path"].startswith("/api/v1/"):
            assert _jwt(_bearer(r), OWUI_KEY)["exp"] > 1800000000
    for r in of_family(reqs, f, "owui-chat-new"):
        chat = json_body(r)["chat"]
        msgs = chat["history"]["messages"]
        cur = msgs[chat["history"]["currentId"]]
        assert cur["role"] == "assistant" and msgs[cur["parentId"]]["childrenIds"] == [cur["id"]]
        assert [m["id"] for m in chat["messages"]] == list(msgs)
    for r in of_family(reqs, f, "owui-prompt-create"):
        d = json_body(r)
        assert d["command"].startswith("/") and "{{CLIPBOARD}}" in d["content"]
    for r in of_family(reqs, f, "owui-chat-page"):
        assert UUID.fullmatch(r["path"][3:])
    for r in of_family(reqs, f, "owui-model-create"):
        d = json_body(r)
        assert d["base_model_id"] in gen_aj.MODELS and re.fullmatch(r"[a-z-]+-[a-z0-9]{4}", d["id"])
    for r in of_family(reqs, f, "nextchat-proxy"):
        d = json_body(r)
        assert re.fullmatch(r"nk-\w{12}", _bearer(r)) and d["stream"] and d["messages"][0]["role"] == "system"
    for r in of_family(reqs, f, "anythingllm-stream"):
        assert content_type(r).startswith("text/plain") and json_body(r)["attachments"] == []
        assert r["path"].split("/")[3] in ("zhengce", "gongwen", "hotline-kb", "my-workspace")


def test_ai_widget_embeds(reqs: list[dict]) -> None:
    """Embeds: scripts and iframes loaded cross-site from portals; Dify web app passports that verify for the
    chatbot page's app code; X-App-Code from the page; feedback ratings; speech input as MP3."""
    f = "ai-widget-embeds"
    for shape in ("dify-webapp-chat", "dify-webapp-parameters", "dify-webapp-suggested", "dify-webapp-feedback",
                  "dify-audio-to-text"):  # fmt: skip
        for r in of_family(reqs, f, shape):
            claims = _jwt(_bearer(r), DIFY_SECRET)
            assert claims["sub"] == "Web API Passport"
            assert header(r, "Referer").endswith(f"/chatbot/{claims['app_code']}")
    for r in of_family(reqs, f, "dify-webapp-passport"):
        assert header(r, "Referer").endswith("/chatbot/" + header(r, "X-App-Code"))
    for r in of_family(reqs, f, "dify-webapp-chat"):
        d = json_body(r)
        assert d["response_mode"] == "streaming" and d["query"] and d["files"] == []
    for r in of_family(reqs, f, "dify-webapp-feedback"):
        assert json_body(r)["rating"] in ("like", "dislike", None)
    for r in of_family(reqs, f, "dify-audio-to-text"):
        (p,) = upload_files(r)
        assert p["filename"] == "temp.mp3"
    for shape in ("dify-embed-script", "maxkb-embed-script"):
        for r in of_family(reqs, f, shape):
            assert header(r, "Sec-Fetch-Dest") in ("script", "")
    for r in of_family(reqs, f, "maxkb-embed-script"):
        q = query1(r)
        assert q["protocol"] == "https" and q["host"].endswith(".gov.cn") and re.fullmatch(r"[0-9a-f]{16}", q["token"])
    for shape in ("dify-chatbot-iframe", "fastgpt-share-iframe"):
        for r in of_family(reqs, f, shape):
            assert header(r, "Sec-Fetch-Dest") in ("iframe", "") and "Sec-Fetch-User" not in r["headers"]


_MILVUS_TOKEN = re.compile(r'"[^"]*"|\d+|[A-Za-z_]\w*|==|!=|>=|<=|[<>()\[\],]|\S')


def _milvus_filter_ok(expr: str) -> None:
    """A Milvus boolean expression as its parser reads it: strings closed, brackets balanced, comparisons between a
    field and a literal, and/or/not joining them, json_contains and like where they may stand."""
    toks = _MILVUS_TOKEN.findall(expr)
    assert "".join(toks) == expr.replace(" ", "")
    depth = 0
    for t in toks:
        depth += (t in "([") - (t in ")]")
        assert depth >= 0, expr
    assert depth == 0, expr
    for i, t in enumerate(toks):
        if t in ("==", "!=", ">=", "<=", "<", ">", "like"):
            assert re.fullmatch(r"[a-z_]+", toks[i - 1]) and re.fullmatch(r'"[^"]*"|\d+', toks[i + 1]), expr
        elif t == "in":
            assert toks[i + 1] == "["
    assert set(t for t in toks if re.fullmatch(r"[a-z_]+", t)) <= {
        "region", "publish_year", "doc_type", "status", "tags", "chunk_index", "title", "doc_id", "and", "or", "not",
        "in", "like", "json_contains",
    }  # fmt: skip


def _qdrant_filter_ok(flt: dict) -> None:
    assert set(flt) <= {"must", "should", "must_not"}
    for conds in flt.values():
        for cond in conds:
            assert set(cond) in ({"key", "match"}, {"key", "range"})
            assert set(cond.get("match", {"value": 1})) <= {"value", "any"}


def test_vector_db_rest(reqs: list[dict]) -> None:
    """Milvus: filter expressions that parse, unit embeddings of the index's dimension, rrf reranking, inserts and
    schemas that agree; Qdrant: filters of must/should/must_not conditions; Weaviate: GraphQL that balances with the
    vector inline; Chroma: where clauses of $and."""
    f = "vector-db-rest"
    for r in of_family(reqs, f, "milvus-search"):
        d = json_body(r)
        _milvus_filter_ok(d["filter"])
        _unit(d["data"][0], 1024)
        assert d["collectionName"] in gen_aj.COLLECTIONS and d["searchParams"]["metricType"] == "COSINE"
    for r in of_family(reqs, f, "milvus-hybrid-search"):
        d = json_body(r)
        dense, title = d["search"]
        _unit(dense["data"][0], 1024)
        _unit(title["data"][0], 768)
        _milvus_filter_ok(dense["filter"])
        assert d["rerank"] == {"strategy": "rrf", "params": {"k": 60}}
    for r in of_family(reqs, f, "milvus-query"):
        _milvus_filter_ok(json_body(r)["filter"])
    for r in of_family(reqs, f, "milvus-insert"):
        for row in json_body(r)["data"]:
            _unit(row["dense"], 1024)
            assert row["region"] in CITY_NAMES and 2019 <= row["publish_year"] <= 2026
    for r in of_family(reqs, f, "milvus-create-collection"):
        d = json_body(r)
        fields = {x["fieldName"]: x for x in d["schema"]["fields"]}
        (index,) = d["indexParams"]
        assert fields[index["fieldName"]]["dataType"] == "FloatVector" and fields["dense"]["elementTypeParams"]["dim"]
    for r in of_family(reqs, f, "milvus-describe"):
        assert json_body(r)["collectionName"] in gen_aj.COLLECTIONS
    for r in of_family(reqs, f, "qdrant-search"):
        d = json_body(r)
        _qdrant_filter_ok(d["filter"])
        _unit(d["vector"], 1024)
        assert re.fullmatch(r"[0-9a-f]{32}", header(r, "api-key"))
    for r in of_family(reqs, f, "qdrant-scroll"):
        d = json_body(r)
        _qdrant_filter_ok(d["filter"])
        assert "offset" not in d or UUID.fullmatch(d["offset"])
    for r in of_family(reqs, f, "qdrant-collection-info"):
        assert r["path"].split("/")[2] in gen_aj.COLLECTIONS
    for r in of_family(reqs, f, "weaviate-graphql"):
        q = json_body(r)["query"]
        assert q.count("{") == q.count("}") and q.count("[") == q.count("]") and q.count('"') % 2 == 0
        vec = json.loads(re.search(r"vector: (\[[^\]]*\])", q).group(1))
        _unit(vec, 384)
    for r in of_family(reqs, f, "chroma-query"):
        d = json_body(r)
        _unit(d["query_embeddings"][0], 512)
        assert [next(iter(c)) for c in d["where"]["$and"]] == ["region", "publish_year"]


def test_mcp_gov_data_tools(reqs: list[dict]) -> None:
    """MCP: JSON-RPC 2.0 envelopes (requests with integer ids, the notification without one, batches with distinct
    ids); initialize opens a session and every later message carries it; clients accept JSON and SSE; tools/call
    arguments fit the tools' input schemas; date windows in order; the GET stream asks for text/event-stream."""
    f = "mcp-gov-data-tools"
    for r in of_family(reqs, f):
        session = header(r, "mcp-session-id")
        assert (r["shape"] == "initialize") == (not session)
        assert not session or re.fullmatch(r"[0-9a-f]{32}", session)
        if r["method"] == "GET":
            assert header(r, "Accept") == "text/event-stream" and "body" not in r
            continue
        assert header(r, "Accept") == "application/json, text/event-stream"
        body = json_body(r)
        for msg in body if isinstance(body, list) else [body]:
            assert msg["jsonrpc"] == "2.0" and isinstance(msg["method"], str)
            assert ("id" in msg) == (not msg["method"].startswith("notifications/"))
            assert "id" not in msg or (isinstance(msg["id"], int) and not isinstance(msg["id"], bool))
            if msg["method"] == "tools/call":
                assert _valid(msg["params"]["arguments"], gen_aj.MCP_TOOLS[msg["params"]["name"]])
    for r in of_family(reqs, f, "initialize"):
        p = json_body(r)["params"]
        assert p["protocolVersion"] in ("2025-06-18", "2025-03-26") and p["clientInfo"]["name"]
    for r in of_family(reqs, f, "tools-call-stats"):
        a = json_body(r)["params"]["arguments"]
        assert a["start_date"] <= a["end_date"] and a["region_code"] in CITY_CODES
    for r in of_family(reqs, f, "resources-read"):
        assert re.fullmatch(r"(policy|guide|stats)://\S+", json_body(r)["params"]["uri"])
    for r in of_family(reqs, f, "batch-calls"):
        ids = [m["id"] for m in json_body(r)]
        assert len(ids) == len(set(ids)) == 2 and not header(r, "mcp-protocol-version")


def test_workflow_prompt_ops(reqs: list[dict]) -> None:
    """Dify: graphs whose edges join existing nodes in order and whose LLM prompts reference them, Jinja2 templates
    that compile, code nodes that parse as Python with a main(); DSL YAML that loads as a workflow app; draft and node
    runs with inputs. Langfuse: Basic keys, chat prompts with {{variables}}, ingestion batches whose generation
    belongs to the trace, dataset items whose expected label is a hotline label."""
    f = "workflow-prompt-ops"
    for r in of_family(reqs, f, "dify-workflow-draft"):
        d = json_body(r)
        nodes = {n["id"]: n["data"] for n in d["graph"]["nodes"]}
        assert re.fullmatch(r"[0-9a-f]{64}", d["hash"]) and len(nodes) == 6
        for e in d["graph"]["edges"]:
            assert e["data"]["sourceType"] == nodes[e["source"]]["type"]
            assert e["data"]["targetType"] == nodes[e["target"]]["type"]
        for data in nodes.values():
            if data["type"] == "template-transform":
                jinja2.Environment(autoescape=True).parse(data["template"])
            elif data["type"] == "code":
                tree = ast.parse(data["code"])
                assert [n.name for n in tree.body if isinstance(n, ast.FunctionDef)] == ["main"]
            elif data["type"] == "llm":
                refs = re.findall(r"\{\{#(\w+)\.\w+#\}\}", data["prompt_template"][1]["text"])
                assert refs and set(refs) <= set(nodes)
    for r in of_family(reqs, f, "dify-dsl-import"):
        d = json_body(r)
        dsl = yaml.safe_load(d["yaml_content"])
        assert d["mode"] == "yaml-content" and dsl["app"]["mode"] == "workflow" and dsl["kind"] == "app"
        assert [n["data"]["type"] for n in dsl["workflow"]["graph"]["nodes"]] == ["start", "llm"]
    for shape in ("dify-draft-run", "dify-node-run"):
        for r in of_family(reqs, f, shape):
            assert json_body(r)["inputs"] and UUID.fullmatch(r["path"].split("/")[4])
    for r in of_family(reqs, f):
        if r["path"].startswith("/api/public/"):
            user, _, password = base64.b64decode(header(r, "Authorization")[6:]).decode().partition(":")
            assert user.startswith("pk-lf-") and password.startswith("sk-lf-")
            assert header(r, "x_langfuse_public_key") == user
            if r["shape"] == "langfuse-ingestion":
                assert json_body(r)["metadata"]["public_key"] == user
    for r in of_family(reqs, f, "langfuse-prompt-create"):
        d = json_body(r)
        assert d["type"] == "chat" and {"department", "labels", "ticket"} == set(
            re.findall(r"\{\{(\w+)\}\}", "".join(m["content"] for m in d["prompt"]))
        )
    for r in of_family(reqs, f, "langfuse-ingestion"):
        trace, gen = json_body(r)["batch"]
        assert trace["type"] == "trace-create" and gen["body"]["traceId"] == trace["body"]["id"]
        assert gen["body"]["output"]["content"] in LABELS
    for r in of_family(reqs, f, "langfuse-dataset-item"):
        assert json_body(r)["expectedOutput"] in LABELS


def test_speech_vision_serving(reqs: list[dict]) -> None:
    """Transcriptions with the model and format fields the API reads; FunASR's audio part; speech requests with a
    voice and a format; VL chats whose data URL decodes to a JPEG; MinerU's fields; Xinference launches and
    descriptions from its console."""
    f = "speech-vision-serving"
    for shape in ("asr-transcription-wav", "asr-transcription-mp3"):
        for r in of_family(reqs, f, shape):
            fields = upload_fields(r)
            assert fields["model"] and fields.get("response_format") in ("json", "text", "verbose_json")
            if fields["response_format"] == "verbose_json":
                assert fields["timestamp_granularities[]"] == "segment"
    for r in of_family(reqs, f, "funasr-recognition"):
        assert [p["name"] for p in multipart_parts(r)] == ["audio"]
    for r in of_family(reqs, f, "tts-speech"):
        d = json_body(r)
        assert d["voice"] in ("中文女", "中文男") and d["response_format"] in ("mp3", "wav") and 0.5 < d["speed"] < 2
    for r in of_family(reqs, f, "vision-chat"):
        image, text = json_body(r)["messages"][0]["content"]
        url = image["image_url"]["url"]
        assert url.startswith("data:image/jpeg;base64,") and text["type"] == "text"
        assert common_file_ok(base64.b64decode(url.split(",", 1)[1], validate=True), "image/jpeg")
    for r in of_family(reqs, f, "mineru-file-parse"):
        assert upload_fields(r)["parse_method"] == "auto" and upload_files(r)[0]["type"] == "application/pdf"
    for r in of_family(reqs, f, "xinference-launch"):
        d = json_body(r)
        assert d["model_type"] in ("audio", "embedding", "LLM", "rerank") and d["replica"] == 1
        assert (d["model_type"] == "LLM") == ("model_engine" in d)


def test_label_finetune_gradio(reqs: list[dict]) -> None:
    """Label Studio: a labelling config that parses with the hotline labels, annotations choosing one of them, CSRF
    headers that match the cookie, export types; Gradio: session hashes as the client makes them, queue joins with
    data arrays and fn_index, SSE polls, uploads; LLaMA-Factory's joins under its root path."""
    f = "label-finetune-gradio"
    for r in of_family(reqs, f, "ls-project-create"):
        view = ET.fromstring(json_body(r)["label_config"])  # noqa: S314 - the generator's own config
        assert [c.get("value") for c in view.iter("Choice")] == LABELS
    for r in of_family(reqs, f, "ls-annotation"):
        d = json_body(r)
        (res,) = d["result"]
        assert res["value"]["choices"][0] in LABELS and res["from_name"] == "label" and res["to_name"] == "text"
        assert query1(r)["project"] == d["project"]
    for shape in ("ls-annotation", "ls-project-create", "ls-import"):
        for r in of_family(reqs, f, shape):
            assert header(r, "X-CSRFToken") == _cookies(r)["csrftoken"]
    for r in of_family(reqs, f, "ls-export"):
        assert query1(r)["exportType"] in ("JSON", "JSON_MIN", "CSV")
    for shape in ("llamafactory-join", "gradio-demo-join"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            assert re.fullmatch(r"[a-z0-9]{11}", d["session_hash"]) and isinstance(d["data"], list)
            assert isinstance(d["fn_index"], int) and d["event_data"] is None and r["path"].endswith("/queue/join?")
    for r in of_family(reqs, f, "gradio-demo-data"):
        assert re.fullmatch(r"[a-z0-9]{11}", query1(r)["session_hash"]) and header(r, "Accept") == "text/event-stream"
    for r in of_family(reqs, f, "gradio-demo-upload"):
        assert re.fullmatch(r"[a-z0-9]{11}", query1(r)["upload_id"]) and upload_files(r)


def test_hotline_gongwen_llm(reqs: list[dict]) -> None:
    """The assistants' model calls: a system prompt then the user's text; classification over the hotline labels with
    a JSON answer; policy articles quoted with their titles and articles; GB/T 9704 drafts streamed; batches whose
    user message is JSON; the prompt admin's templates that compile and a token that verifies."""
    f = "hotline-gongwen-llm"
    for r in of_family(reqs, f):
        if r["path"] == "/v1/chat/completions":
            d = json_body(r)
            assert [m["role"] for m in d["messages"]] == ["system", "user"] and _bearer(r).startswith("sk-")
            assert header(r, "User-Agent") in ("okhttp/4.12.0", "Java-http-client/17.0.12")
    for r in of_family(reqs, f, "ticket-classify"):
        d = json_body(r)
        assert all(label in d["messages"][0]["content"] for label in LABELS)
        assert d["response_format"] == {"type": "json_object"} and d["messages"][1]["content"] in gen_aj.TICKETS
    for r in of_family(reqs, f, "reply-draft-policy"):
        system = json_body(r)["messages"][0]["content"]
        assert len(re.findall(r"《[^》]+》第[一二三四五六七八九十]+条", system)) == 2
    for r in of_family(reqs, f, "gongwen-draft-stream"):
        d = json_body(r)
        assert d["stream"] is True and "GB/T 9704-2012" in d["messages"][0]["content"]
    for r in of_family(reqs, f, "hotspot-batch-json"):
        items = json.loads(json_body(r)["messages"][1]["content"])
        assert len(items) == 4 and all(re.fullmatch(r"HB\d{12}", x["no"]) for x in items)
    for r in of_family(reqs, f, "policy-rag-answer"):
        user = json_body(r)["messages"][1]["content"]
        assert re.findall(r"\[(\d)\] 《", user) == ["1", "2", "3"]
    for r in of_family(reqs, f, "prompt-template-save"):
        d = json_body(r)
        jinja2.Environment(autoescape=True).parse(d["content"])
        assert _jwt(_bearer(r), AIADMIN_KEY)["sub"] and re.fullmatch(r"[A-Z_]+_V\d", d["code"])


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_aj.N}
