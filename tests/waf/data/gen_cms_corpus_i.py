"""Generate corpus I: a NINTH set of ordinary requests to Chinese government sites, independent of A-H.

    python tests/waf/data/gen_cms_corpus_i.py   # writes cms_i_tuning.jsonl and cms_i_heldout.jsonl next to it

Why a ninth corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
I measures the WAF's false positives on traffic no tuning round has seen. A-H cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, 国密
forms, gateways, reports, probes and registries. Corpus I covers what a provincial government cloud also
carries and none of them has: 政务 大模型 assistants (OpenAI-compatible chat completions with tools,
Dify chat/workflow/knowledge APIs, embeddings and rerank for RAG indexers); 公文流转 OA on BPM engines
(Flowable and Camunda REST: typed process variables, 批示 opinions, BPMN XML with ${...} conditions);
数据共享交换 ETL schedulers (DataX job JSON with querySql, XXL-JOB admin/executor RPC, DolphinScheduler
task definitions, Kettle Carte); container registries (Docker Registry V2/OCI pulls with RS256 bearer
tokens, Harbor API, Helm repositories); software mirrors (Maven, npm, PyPI, Go module proxy, dnf/apt);
log shipping (Loki push and LogQL, Fluent Bit, Fluentd, GELF, Logstash, Vector: log lines full of SQL,
stack traces and request lines); CAP 1.2 emergency alerts (预警信息 XML pushes with HMAC signs, 地震 速报,
订阅); IoT platform pushes (OneNET signed pushes, 华为 IoTDA, 电信 CTWing, ChirpStack LoRaWAN uplinks,
SL 651 水文 frames with their CRC); 政务大厅 排队叫号 kiosks and window terminals (signed device calls,
身份证 reader data); 诉讼服务/检察服务 (网上立案 with 案号 in （）, 诉讼费 by the statutory brackets,
律师 预约, 控告申诉 prose); and certificate/site verification fetches (ACME http-01, pki-validation DCV
files named by the CSR's MD5, search engines' verification files, IndexNow keys). ``SOURCES`` names the
public material each family's URLs, parameters, headers and bodies follow; values are generated
deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where a protocol signs or has
check digits (RS256 registry tokens, HS256 JWTs, OneNET signatures, HMAC-signed alert pushes, kiosk md5
signs, SL 651 CRC-16, CSR digests, 身份证/统一社会信用代码 check characters, 诉讼费 brackets) the generator
does it for real with the fixed test keys below, so the fast tests can check the requests the way the
receiving servers would.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A-H (method, path, headers, body or body_b64); each is held to corpus_kit.check_record.

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on I was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-i/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-i/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_h as corpus_h
from tests.waf.data.corpus_kit import HashSplit, check_record, record
from tests.waf.data.gen_cms_corpus_e import (  # E's encoders and client constants
    AXIOS_ACCEPT,
    FORM,
    JQ_ACCEPT,
    JQ_FORM,
    JSON_CT,
    axios,
    form,
    jpeg,
    jq,
    js_json,
    qs,
    uri,
)
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and helpers
    CITIES,
    DEPTS,
    DISTRICT_NAMES,
    DISTRICTS,
    ESTATES,
    ROADS,
    company,
    pdf_head,
    tool_headers,
    uscc,
)
from tests.waf.data.gen_cms_corpus_g import jwt_hs256
from tests.waf.data.gen_cms_corpus_h import FR_RSA_D, FR_RSA_E, FR_RSA_N, md5_hex

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_i_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_i_heldout.jsonl"
SEED = 20280214
HOST = "www.example.gov.cn"
SITE = f"https://{HOST}"
SALT = "corpus-i/"

SOURCES = {
    "llm-assistant": "OpenAI Chat Completions API as OpenAI-compatible servers (vLLM, Xinference, Ollama) serve "
    "DeepSeek-R1/Qwen2.5 私有化部署 on 政务云: /v1/chat/completions (model, messages with system/user/assistant/"
    "tool roles, stream, temperature, max_tokens, tools with JSON Schema parameters, tool_calls), /v1/embeddings "
    "(bge-m3) and /v1/rerank (bge-reranker); the openai-python client's headers (OpenAI/Python, X-Stainless-*); "
    "Dify service API (/v1/chat-messages with inputs, query, response_mode, conversation_id, user, files; "
    "/v1/workflows/run; /v1/messages/{id}/feedbacks; /v1/conversations; /v1/datasets/{id}/document/create-by-text; "
    "Bearer app-/dataset- keys); Open WebUI /api/chat/completions with an HS256 JWT; 政府网站 智能问答 pages",
    "bpm-workflow": "Flowable 6 REST API (/flowable-rest/service/runtime/process-instances with processDefinitionKey, "
    "businessKey and typed variables; runtime/tasks/{id} action complete; query/tasks with like-operation "
    "variable filters; repository/deployments multipart *.bpmn20.xml; Basic auth), Camunda 7 REST "
    "(/engine-rest/process-definition/key/{key}/start, task/{id}/complete with {name: {value, type}} variables, "
    "task and history queries with nameLike/sortBy/maxResults), BPMN 2.0 XML (conditionExpression ${...}, "
    "multiInstanceLoopCharacteristics); 《党政机关公文处理工作条例》 and GB/T 9704-2012 公文格式 (发文字号 〔〕, "
    "密级, 紧急程度, 主送/抄送, 批示 and 会签 意见) as 机关 OA 公文流转 systems carry them",
    "etl-scheduler": "DataX job JSON (mysqlreader/oraclereader connection querySql and where, writers' preSql, "
    "setting.speed/errorLimit) and DataX-Web /api/job/add, /api/job/trigger; XXL-JOB 2.x admin and executor "
    "RPC (/api/registry, /api/registryRemove, /api/callback, executor /run, /beat, /idleBeat, /log, "
    "XXL-JOB-ACCESS-TOKEN); Apache DolphinScheduler 3.x REST API (projects/{code}/process-definition with "
    "taskDefinitionJson SQL tasks, globalParams $[yyyyMMdd-1], schedules with Quartz crontab, token "
    "header); Pentaho Kettle Carte (/kettle/status, transStatus, executeTrans, executeJob; Basic auth) as 省 "
    "数据共享交换平台 and 数据中台 schedule 库表 同步",
    "container-registry": "Docker Registry HTTP API V2 and the OCI Distribution Specification (GET /v2/, token "
    "authentication /service/token?service=&scope=repository:name:pull, HEAD/GET manifests with Accept lists of OCI "
    "index/manifest and Docker manifest list media types, blobs by sha256 digest, tags/list?n=&last=), the token "
    "JWT (RS256, access claims), docker/containerd/podman/skopeo User-Agents; Harbor 2.x API "
    "(/api/v2.0/projects, repositories, artifacts?with_tag&with_scan_overview&q=, X-Harbor-CSRF-Token); Helm "
    "chart repositories (index.yaml, charts/*.tgz, Helm/3.x) of 政务云 容器平台",
    "artifact-mirror": "Sonatype Nexus Repository 3 proxy/group repositories of 政务云 内网 软件源: Apache Maven "
    "3.9 resolver requests (pom/jar/sha1/maven-metadata.xml, Apache-Maven User-Agent, Cache-control no-cache), npm "
    "registry API (packuments with application/vnd.npm.install-v1+json, scoped names %2f, tarballs, npm-command/"
    "pacote-* headers, /-/npm/v1/security/advisories/bulk audits), PEP 503/691 simple index and pip's JSON "
    "User-Agent, the Go module proxy protocol (/@v/list, .info, .mod, .zip, @latest, !-escaped capitals, sumdb), "
    "dnf/libdnf repodata (openEuler, Kylin) and APT (InRelease, Packages, pool .deb)",
    "log-shipping": "Grafana Loki HTTP API (POST /loki/api/v1/push JSON streams with labels and [nanosecond "
    "timestamp, line] values, X-Scope-OrgID; query_range with LogQL |= |~ | json | line_format from Grafana); Fluent "
    "Bit http output (json, json_lines), Fluentd in_http (/<tag> with json= form field), Graylog GELF HTTP 1.1 "
    "(short_message, full_message, _fields), Logstash http input, Vector http sink (ndjson); the log lines "
    "themselves: nginx combined access lines, MyBatis ==> Preparing/Parameters SQL, MySQL slow log, Java stack "
    "traces, audit lines; GB/T 22239-2019 (等保 2.0) 日志留存",
    "cap-alert": "OASIS Common Alerting Protocol 1.2 (alert: identifier, sender, sent +08:00, status, msgType "
    "Alert/Update/Cancel, scope, references sender,identifier,sent; info: language zh-CN, category, event, "
    "urgency, severity, certainty, effective/expires, senderName, headline, description, instruction, web, "
    "contact; area: areaDesc, polygon lat,lon rings, geocode 行政区划代码) as 国家突发事件预警信息发布系统 and GB/T "
    "35965.1 (应急信息交互协议 预警信息) carry 气象 预警信号 (暴雨/雷电/大风/高温/冰冻, 蓝黄橙红) with 防御指南; "
    "中国地震台网 (CENC) 自动/正式 速报 fields; 预警 订阅 and 查询 widgets of 政府网站",
    "iot-telemetry": "中国移动 OneNET HTTP 数据推送 (URL verification msg/nonce/signature, pushes {msg, nonce, "
    "msg_signature = Base64(MD5(token + nonce + msg))}); 华为云 IoTDA 数据转发 HTTP (resource device.property / "
    "device.status, event, notify_data header/body services); 中国电信 CTWing AEP 订阅推送 (messageType dataReport, "
    "payload.APPdata base64, IMEI); ChirpStack v4 HTTP integration (?event=up|join|status, deviceInfo, devEui, "
    "fCnt, data base64, rxInfo/txInfo on CN470); SL 651-2014 水文监测数据通信规约 (7E7E frames, BCD station "
    "addresses and times, element identifiers, ETX, CRC-16/MODBUS) of 城市生命线/水利 监测 platforms",
    "hall-kiosk": "政务服务中心 排队叫号 systems as GB/T 32169 (政务服务中心运行规范) halls run them: 取号机 "
    "kiosks reading the 二代身份证 (GB 11643 number, 民族, 住址, base64 photo from the reader SDK) and taking "
    "numbers by 业务类型, 窗口 叫号 terminals (呼叫/重呼/过号/暂停/转移), 综合屏 and 窗口屏 polling, mobile "
    "排队进度 queries, 回执 printing text, device heartbeats; device requests signed md5(deviceNo + timestamp + "
    "secret)",
    "litigation-service": "人民法院 在线诉讼服务 平台 and 诉讼服务网 (网上立案: 当事人 with companies' （） names and "
    "统一社会信用代码, 诉讼请求 prose, 标的额 and 预交诉讼费 per 《诉讼费用交纳办法》第十三条 brackets; 案号 per "
    "《最高人民法院关于人民法院案件案号的若干规定》 (（2027）黔0102民初123号); 12368 案件查询; 律师 预约 with "
    "执业证号; 诉状/证据 PDF uploads; 电子送达 签收), 12309 中国检察网 (案件程序性信息查询 with 检察 文号 〔〕, "
    "控告申诉 prose, 律师 阅卷 预约)",
    "site-verification": "RFC 8555 ACME http-01 (GET /.well-known/acme-challenge/<token> from Let's Encrypt "
    "validation servers and cert-manager's self-check), CA/Browser Forum Baseline Requirements 3.2.2.4.18 "
    "(/.well-known/pki-validation/ files; Sectigo/ZeroSSL DCV file named by the CSR's MD5 in upper case; "
    "fileauth.txt of DigiCert/TrustAsia 国内 CA), search engines' site verification files (百度搜索资源平台 "
    "baidu_verify_codeva-*.html, 360 站长 and 搜狗/神马 verify files, Google-Site-Verification google*.html, Bing "
    "BingSiteAuth.xml), IndexNow key files",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families


def split(reqs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tuning part, held-out part) by the docstring's rule."""
    return SPLIT.split(reqs)


# --- the corpus: H's (and so G's and F's), recording I's sources ---------------------------------------


class Corpus(corpus_h.Corpus):
    """H's corpus (values, browsers, header order); requests are tagged with I's sources."""

    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))


FAMILIES: dict[str, Callable[[Corpus], None]] = {}


def family(name: str) -> Callable[[Callable[[Corpus], None]], Callable[[Corpus], None]]:
    def register(fn: Callable[[Corpus], None]) -> Callable[[Corpus], None]:
        FAMILIES[name] = fn
        return fn

    return register


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# --- the fixed RSA test key (H's, RSA-1024) as a private key object: RS256 tokens and CSRs ----------


def _rsa_key() -> rsa.RSAPrivateKey:
    p, q = rsa.rsa_recover_prime_factors(FR_RSA_N, FR_RSA_E, FR_RSA_D)
    pub = rsa.RSAPublicNumbers(FR_RSA_E, FR_RSA_N)
    return rsa.RSAPrivateNumbers(
        p, q, FR_RSA_D, rsa.rsa_crt_dmp1(FR_RSA_D, p), rsa.rsa_crt_dmq1(FR_RSA_D, q), rsa.rsa_crt_iqmp(p, q), pub
    ).private_key()


RSA_KEY = _rsa_key()


def jwt_rs256(payload: dict, kid: str) -> str:
    head = (
        b64url(js_json({"alg": "RS256", "kid": kid, "typ": "JWT"}).encode()) + "." + b64url(js_json(payload).encode())
    )
    sig = RSA_KEY.sign(head.encode(), padding.PKCS1v15(), hashes.SHA256())  # PKCS#1 v1.5: deterministic
    return head + "." + b64url(sig)


# --- llm-assistant ------------------------------------------------------------------------------------

LLM_SYSTEM = [
    "你是贵州省人民政府门户网站的智能客服“黔小智”。请依据检索到的政策文件作答，引用时注明文号（如 黔府发〔2027〕3号）。"
    "不确定时请回答“建议拨打 12345 热线咨询”，不要编造政策。",
    "You are a helpful assistant for a provincial government portal. Answer in Simplified Chinese. "
    "Use the <context> below; if the answer is not in it, say you don't know.",
    "你是公文写作助手。请按 GB/T 9704-2012 的格式要求润色用户提"
    "供的文稿：保持原意，不增加事实；标题用“关于……的通知”句式。",
    "",
]
LLM_QUESTIONS = [
    "新生儿出生后怎么办理落户？需要带哪些材料？",
    "我的社保卡丢了，能在网上补办吗？“掌上办”在哪里找？",
    "公积金贷款最高能贷多少？夫妻双方都缴存的话呢？",
    "请问“一件事一次办”里的企业开办需要几天？",
    "营业执照经营范围写错了，想 update 一下，怎么操作？",
    "我在 12345 反映的问题（工单号 GY20270315000123）一直没人回复，怎么办？",
    "请把下面这句话翻译成英文：贵州省人民政府办公厅关于印发《数字政府建设三年行动方案》的通知",
    "用表格列出2027年贵阳市义务教育入学报名的时间安排",
    "退休人员领取养老金资格认证 and 年审有什么区别？",
    "网站上 <公示公告> 栏目里的附件打不开，提示 404 Not Found，是不是链接错了？",
    "医保个人账户的钱能给父母用吗？家庭共济绑定以后还能 delete 吗？",
    "我叫 O'Brien，外籍，实名认证时姓名里的撇号（'）怎么填？",
    "请帮我写一封关于小区夜间施工噪音扰民的投诉信，200字左右，语气客气一点。",
    "企业名称里可以用“·”或者括号（）吗？例如：贵阳市云岩区老王家（小吃）店",
    "低保和特困供养能同时申请吗？如果家庭人均收入 < 当地标准 1/2 呢？",
    "select 一下离观山湖区最近的不动产登记中心，周六上班吗？",
    "What documents do foreigners need for a work permit in Guizhou?",
    "“跨省通办”事项清单在哪里查？有 Excel 版本吗？",
]
LLM_ANSWERS = [
    "根据《贵州省户籍管理规定》（黔公通〔2026〕12号），新生儿落户需提供：\n\n| 材料 | 份数 |\n|---|---|\n"
    "| 出生医学证明 | 1 |\n| 父母双方身份证、户口簿 | 各1 |\n"
    "| 结婚证 | 1 |\n\n> 温馨提示：可通过“贵人服务”App 在线办理。",
    "<think>\n用户问的是社保卡补办，应该给出线上渠道和线下网点。\n</think>\n\n"
    "可以在线补办：\n1. 打开“贵州人社”App → 社保卡服务 → 挂失补办；\n"
    "2. 选择邮寄或网点领取。\n\n如需帮助请拨打 12333。",
    "公积金贷款最高额度为 **60 万元**（双缴存职工），单缴存职工为"
    " 50 万元；具体以 `贷款额度 = 账户余额 × 倍数` 计算结果为准。",
    "抱歉，我没有找到相关政策。建议拨打 12345 热线咨询。",
    "```\n办理地点：贵阳市政务服务中心 2 楼 B 区 21-25 号窗口\n办理时间：周一至周五 9:00-17:00（法定节假日除外）\n```",
]
LLM_CHUNKS = [
    "第三条 有下列情形之一的，不予受理：（一）申请人不具备主体资格的；"
    "（二）申请材料不齐全或者不符合法定形式的；（三）法律、法规规定的其他情形。",
    "各市（州）人民政府，省政府各部门、各直属机构：现将《贵州省政务服务“一网通办”工作方案》印发给你们，请认真贯彻执行。",
    "申请人应当于每年 3 月 1 日至 3 月 31 日通过“贵州政务服务网”提交申请，逾期不予受理；咨询电话：0851-12345。",
    "本办法所称“公共数据”，是指各级行政机关以及履行公共管理和服务职能的事业单位在依法履职过程中采集和产生的各类数据。",
    "Q: 可以委托他人办理吗？ A: 可以。受托人须携带委托书原件及双方身份证；委托书模板见附件 2（.docx）。",
    "表 1 2027 年度补助标准：城市低保 825 元/人·月；农村低保 6000 元/人·年；特困供养 = 低保标准 × 1.3。",
]
LLM_MODELS = ["deepseek-r1-distill-qwen-32b", "qwen2.5-72b-instruct", "DeepSeek-V3", "qwen2.5:14b", "glm-4-9b-chat"]
DIFY_APP_KEYS = ["app-7Xq2Lm9Pz4Rt8Vw1Yc3Kd6Gh", "app-Nb5Fj0Hs7Ak2Lq9Zw4Ye8Tu1"]
DIFY_DATASET_KEY = "dataset-Qm3Vb8Nc1Xz6Kp4Lr9Tw2Ys7"
WEBUI_SECRET = "open-webui-2027-secret"


def _stainless(c: Corpus) -> dict[str, str]:
    v = c.pick(["1.54.4", "1.59.7", "1.68.2"])
    return {
        "Accept-Encoding": "gzip, deflate",
        "Accept": "application/json",
        "Content-Type": "application/json",
        "User-Agent": f"OpenAI/Python {v}",
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": v,
        "X-Stainless-OS": "Linux",
        "X-Stainless-Arch": "x64",
        "X-Stainless-Runtime": "CPython",
        "X-Stainless-Runtime-Version": c.pick(["3.10.12", "3.11.9", "3.12.4"]),
        "Authorization": f"Bearer sk-{c.alnum(32)}",
        "X-Stainless-Async": "false",
        "x-stainless-retry-count": "0",
    }


@family("llm-assistant")
def llm_assistant(c: Corpus) -> None:
    f = "llm-assistant"
    ref = f"{SITE}/znwd/index.html"

    def page(stream: bool) -> dict[str, str]:
        accept = "text/event-stream" if stream else AXIOS_ACCEPT
        return c.headers(c.browser(0.4), accept=accept, ctype=JSON_CT, referer=ref)

    for _ in range(25):  # the portal's chat page through its proxy: a single question
        stream = c.chance(0.7)
        msgs = [{"role": "user", "content": c.pick(LLM_QUESTIONS)}]
        if sysm := c.pick([*LLM_SYSTEM[:2], ""]):
            msgs.insert(0, {"role": "system", "content": sysm})
        doc = {"model": c.pick(LLM_MODELS), "messages": msgs, "stream": stream, "temperature": c.pick([0, 0.3, 0.7])}
        if c.chance(0.4):
            doc["max_tokens"] = c.pick([512, 1024, 2048])
        c.add(
            f,
            "chat-completion",
            "POST",
            c.pick(["/ai/v1/chat/completions", "/znwd/api/v1/chat/completions"]),
            page(stream),
            js_json(doc),
        )
    for _ in range(20):  # a conversation: earlier answers (markdown, tables, <think>) go back in the history
        msgs = [{"role": "system", "content": LLM_SYSTEM[0]}]
        for _ in range(c.num(1, 3)):
            msgs += [
                {"role": "user", "content": c.pick(LLM_QUESTIONS)},
                {"role": "assistant", "content": c.pick(LLM_ANSWERS)},
            ]
        msgs.append(
            {"role": "user", "content": c.pick(["还有呢？", "第2条能详细说说吗", "谢谢！", c.pick(LLM_QUESTIONS)])}
        )
        doc = {"model": c.pick(LLM_MODELS), "messages": msgs, "stream": True}
        c.add(f, "multi-turn", "POST", "/ai/v1/chat/completions", page(True), js_json(doc))
    tools = [
        {
            "type": "function",
            "function": {
                "name": "query_matter",
                "description": "查询政务服务事项办事指南（按事项名称或关键字）",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "keyword": {"type": "string", "description": "事项名称关键字，如“居住证”"},
                        "area_code": {"type": "string", "pattern": "^52\\d{4}$"},
                    },
                    "required": ["keyword"],
                },
            },
        },
        {
            "type": "function",
            "function": {
                "name": "get_weather_warning",
                "description": "Get current weather warnings for a district",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "adcode": {"type": "string"},
                        "level": {"type": "string", "enum": ["蓝", "黄", "橙", "红"]},
                    },
                },
            },
        },
    ]
    for _ in range(20):  # function calling: tools, then the tool's JSON result as a tool message
        q = c.pick(LLM_QUESTIONS)
        msgs: list[dict] = [{"role": "system", "content": LLM_SYSTEM[0]}, {"role": "user", "content": q}]
        if c.chance(0.6):
            call = "call_" + c.alnum(24)
            args = {
                "keyword": c.pick(["居住证", "不动产登记", "“一件事”", "O'Brien 外国人工作许可"]),
                "area_code": c.pick(list(DISTRICTS)),
            }
            msgs += [
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": call,
                            "type": "function",
                            "function": {"name": "query_matter", "arguments": js_json(args)},
                        }
                    ],
                },
                {
                    "role": "tool",
                    "tool_call_id": call,
                    "content": js_json(
                        {"total": c.num(0, 9), "items": [{"sxmc": "居住证办理", "blsx": "7个工作日", "sfsf": "否"}]}
                    ),
                },
            ]
        doc = {"model": c.pick(LLM_MODELS[1:]), "messages": msgs, "tools": tools, "tool_choice": "auto"}
        c.add(f, "tool-call", "POST", "/ai/v1/chat/completions", _stainless(c), js_json(doc))
    for _ in range(25):  # Dify chat app behind the site (service API key in the proxy or the page)
        doc: dict = {
            "inputs": c.pick([{}, {"area": c.pick(DISTRICT_NAMES)}, {"lang": "zh-CN", "channel": "pc"}]),
            "query": c.pick(LLM_QUESTIONS),
            "response_mode": c.pick(["streaming", "blocking"]),
            "conversation_id": c.pick(["", c.uid()]),
            "user": c.pick([f"web-{c.hexs(8)}", f"wx_{c.alnum(28)}", c.mobile()[:3] + "****" + c.digits(4)]),
        }
        if c.chance(0.25):
            doc["files"] = [
                {
                    "type": "image",
                    "transfer_method": "remote_url",
                    "url": f"{SITE}/upload/znwd/{c.when():%Y%m%d}/{c.hexs(16)}.jpg",
                }
            ]
        h = c.headers(
            c.browser(0.5),
            accept="text/event-stream",
            ctype=JSON_CT,
            referer=ref,
            extra={"Authorization": f"Bearer {c.pick(DIFY_APP_KEYS)}"},
        )
        c.add(f, "dify-chat", "POST", "/dify/v1/chat-messages", h, js_json(doc))
    for _ in range(15):  # Dify workflow: 公文 润色 / 摘要 with long text inputs
        text = "".join(c.sample(LLM_CHUNKS, c.num(2, 4)))
        doc = {
            "inputs": {
                "content": text,
                "task": c.pick(["润色", "摘要", "提取要点（不超过5条）", "translate to English"]),
                "wh": f"黔府办发〔{c.num(2025, 2027)}〕{c.num(1, 80)}号",
            },
            "response_mode": "blocking",
            "user": f"oa-{c.pick(['zhangwei', 'lina', 'bgs01'])}",
        }
        h = tool_headers(
            "python-requests/2.32.3",
            "application/json",
            {"Authorization": f"Bearer {c.pick(DIFY_APP_KEYS)}", "Content-Type": "application/json"},
        )
        c.add(f, "dify-workflow", "POST", "/dify/v1/workflows/run", h, js_json(doc))
    for _ in range(15):  # feedback on an answer
        doc = {
            "rating": c.pick(["like", "dislike", None]),
            "user": f"web-{c.hexs(8)}",
            "content": c.pick(
                ["", "回答有误：文号应为“黔府发〔2027〕3号”，不是 2026。", "链接打不开 -_-", "很有帮助👍"]
            ),
        }
        h = c.headers(
            c.browser(0.5),
            accept=AXIOS_ACCEPT,
            ctype=JSON_CT,
            referer=ref,
            extra={"Authorization": f"Bearer {c.pick(DIFY_APP_KEYS)}"},
        )
        c.add(f, "feedback", "POST", f"/dify/v1/messages/{c.uid()}/feedbacks", h, js_json(doc))
    for _ in range(10):  # history of a conversation
        p = [
            ("user", f"web-{c.hexs(8)}"),
            ("conversation_id", c.uid()),
            ("first_id", c.pick(["", c.uid()])),
            ("limit", 20),
        ]
        h = c.headers(
            c.browser(0.5), accept=AXIOS_ACCEPT, referer=ref, extra={"Authorization": f"Bearer {c.pick(DIFY_APP_KEYS)}"}
        )
        c.add(f, "history", "GET", "/dify/v1/messages?" + qs(p, uri), h)
    for _ in range(12):  # the RAG indexer: embeddings and rerank
        h = _stainless(c)
        if c.chance(0.5):
            doc = {"model": "bge-m3", "input": c.sample(LLM_CHUNKS, c.num(1, 4)), "encoding_format": "float"}
            c.add(f, "embeddings", "POST", "/ai/v1/embeddings", h, js_json(doc))
        else:
            doc = {
                "model": "bge-reranker-v2-m3",
                "query": c.pick(LLM_QUESTIONS),
                "documents": c.sample(LLM_CHUNKS, 4),
                "top_n": 3,
                "return_documents": False,
            }
            c.add(f, "embeddings", "POST", "/ai/v1/rerank", h, js_json(doc))
    for _ in range(10):  # knowledge base documents from the CMS (create by text)
        title = c.pick(
            [
                "关于印发《贵州省公共数据授权运营管理办法（试行）》的通知",
                "2027年政府信息公开工作年度报告",
                "常见问题 Q&A（社保）",
                "办事指南：居住证办理",
            ]
        )
        doc = {
            "name": f"{title}.txt",
            "text": "\n\n".join(c.sample(LLM_CHUNKS, c.num(3, 6))),
            "indexing_technique": "high_quality",
            "doc_form": "text_model",
            "process_rule": {
                "mode": c.pick(["automatic", "custom"]),
                "rules": {
                    "pre_processing_rules": [
                        {"id": "remove_extra_spaces", "enabled": True},
                        {"id": "remove_urls_emails", "enabled": False},
                    ],
                    "segmentation": {"separator": "\n\n", "max_tokens": 500},
                },
            },
        }
        h = tool_headers(
            "python-requests/2.32.3",
            "application/json",
            {"Authorization": f"Bearer {DIFY_DATASET_KEY}", "Content-Type": "application/json"},
        )
        c.add(f, "dataset-document", "POST", f"/dify/v1/datasets/{c.uid()}/document/create-by-text", h, js_json(doc))
    for _ in range(10):  # Open WebUI in the 政务外网: its JWT
        now = c.ts()
        token = jwt_hs256({"id": c.uid(), "exp": now + 2419200}, WEBUI_SECRET)
        doc = {
            "model": c.pick(LLM_MODELS),
            "stream": True,
            "chat_id": c.uid(),
            "id": c.uid(),
            "messages": [{"role": "user", "content": c.pick(LLM_QUESTIONS)}],
            "params": {},
            "features": {"web_search": False},
            "session_id": c.alnum(20),
        }
        h = c.headers(
            c.browser(0.0),
            accept=AXIOS_ACCEPT,
            ctype="application/json",
            referer=f"{SITE}/c/{c.uid()}",
            cookie=f"token={token}",
            extra={"authorization": f"Bearer {token}"},
        )
        c.add(f, "openwebui", "POST", "/api/chat/completions", h, js_json(doc))


# --- bpm-workflow -------------------------------------------------------------------------------------

GW_TITLES = [
    "关于印发《贵州省政务服务“一网通办”工作方案》的通知",
    "关于做好2027年防汛抗旱工作的通知",
    "关于2026年度全省政府网站绩效考评结果的通报",
    "关于召开全省数字政府建设推进会的通知（第2次）",
    "关于转发《国务院办公厅关于优化政务服务提升行政效能的意见》的通知",
    "关于同意设立“贵州省数据流通交易服务中心”的批复",
    "关于 O'Neil & Partners 来黔考察接待方案的请示",
    "关于请求拨付2027年“数字乡村”专项资金的请示",
    "关于调整《贵州省政府网站集约化平台管理办法》第5、6条的函",
]
GW_OPINIONS = [
    "同意。",
    "同意，请办公室按程序办理。",
    "拟同意，请王副秘书长阅示。",
    "请财政厅会同发改委研究提出意见后报省政府。",
    "已阅。建议增加“数据安全”相关内容；第三部分第（二）项表述需再斟酌。",
    "退回修改：1. 标题中“印发”改为“转发”；2. 附件名称与正文不一致；3. 主送单位漏了“各市（州）人民政府”。",
    "不同意，理由见附页。",
    "“急件”，请于今天 17:00 前反馈；无意见的也请回复“无意见”。",
    "会签意见：涉及 and/or 条款的，请法制处审核后 update 文本。",
]
GW_UNITS = ["各市（州）人民政府", "省政府各部门、各直属机构", "贵安新区管委会", *[f"省{d}" for d in DEPTS[:6]]]
BPM_USERS = {"oa_engine": "Oa#2027flow", "gw_sync": "Gw!sync2027", "demo": "demo"}
BPMN_KEYS = ["gw_fw", "gw_sw", "gw_qb", "hq_flow", "leave_apply"]


def _wh(c: Corpus) -> str:
    return f"黔{c.pick(['府办发', '府发', '数发', '府函', '办字'])}〔{c.num(2025, 2027)}〕{c.num(1, 120)}号"


def _gw_vars(c: Corpus) -> dict[str, object]:
    return {
        "title": c.pick(GW_TITLES),
        "wh": _wh(c),
        "mj": c.pick(["无", "内部", "秘密★1年"]),
        "jjcd": c.pick(["特急", "加急", "平件"]),
        "zsdw": "、".join(c.sample(GW_UNITS, c.num(1, 3))),
        "csdw": c.pick(["", "省委办公厅，省人大常委会办公厅，省政协办公厅。"]),
        "ngr": c.person(),
        "days": c.num(1, 7),
        "approved": c.chance(0.7),
    }


def _bpmn(c: Corpus, key: str) -> str:
    name = {
        "gw_fw": "发文流程",
        "gw_sw": "收文流程",
        "gw_qb": "签报流程",
        "hq_flow": "会签流程",
        "leave_apply": "请假审批",
    }
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:flowable="http://flowable.org/bpmn" '
        'targetNamespace="http://www.flowable.org/processdef">\n'
        f'  <process id="{key}" name="{name[key]}" isExecutable="true">\n'
        '    <startEvent id="start" flowable:initiator="initiator"/>\n'
        '    <userTask id="ng" name="拟稿" flowable:assignee="${initiator}"/>\n'
        '    <userTask id="hq" name="会签" flowable:assignee="${hqr}">\n'
        '      <multiInstanceLoopCharacteristics isSequential="false" flowable:collection="${hqrList}" '
        'flowable:elementVariable="hqr">\n'
        "        <completionCondition>${nrOfCompletedInstances/nrOfInstances &gt;= 0.5}</completionCondition>\n"
        "      </multiInstanceLoopCharacteristics>\n    </userTask>\n"
        f'    <userTask id="qf" name="签发" flowable:candidateGroups="{c.pick(["ld_mz", "ld_fmz", "bgszr"])}"/>\n'
        '    <exclusiveGateway id="gw1" name="是否同意"/>\n'
        '    <endEvent id="end"/>\n'
        '    <sequenceFlow id="f1" sourceRef="start" targetRef="ng"/>\n'
        '    <sequenceFlow id="f2" sourceRef="ng" targetRef="hq"/>\n'
        '    <sequenceFlow id="f3" sourceRef="hq" targetRef="gw1"/>\n'
        '    <sequenceFlow id="f4" sourceRef="gw1" targetRef="qf">\n'
        '      <conditionExpression xsi:type="tFormalExpression"><![CDATA[${approved == true && days <= '
        f"{c.num(3, 10)}}}]]></conditionExpression>\n    </sequenceFlow>\n"
        '    <sequenceFlow id="f5" sourceRef="gw1" targetRef="ng">\n'
        '      <conditionExpression xsi:type="tFormalExpression"><![CDATA[${!approved}]]></conditionExpression>\n'
        "    </sequenceFlow>\n"
        '    <sequenceFlow id="f6" sourceRef="qf" targetRef="end"/>\n'
        "  </process>\n</definitions>\n"
    )


@family("bpm-workflow")
def bpm_workflow(c: Corpus) -> None:
    f = "bpm-workflow"
    java = ["Apache-HttpClient/4.5.14 (Java/17.0.10)", "Java/1.8.0_392", "okhttp/4.12.0", "RestTemplate"]

    def svc(ctype: str | None = "application/json") -> dict[str, str]:
        user = c.pick(list(BPM_USERS))
        h = tool_headers(c.pick(java), "application/json", {"Authorization": basic(user, BPM_USERS[user])})
        if ctype:
            h["Content-Type"] = ctype
        return h

    def ftype(v: object) -> str:
        return "boolean" if isinstance(v, bool) else "integer" if isinstance(v, int) else "string"

    def ctype_name(v: object) -> str:
        return "Boolean" if isinstance(v, bool) else "Integer" if isinstance(v, int) else "String"

    base = "/flowable-rest/service"
    for _ in range(22):  # start a 发文 process with typed variables
        v = _gw_vars(c)
        doc = {
            "processDefinitionKey": c.pick(BPMN_KEYS[:4]),
            "businessKey": f"GW{c.when():%Y%m%d}{c.digits(4)}",
            "returnVariables": c.chance(0.3),
            "variables": [{"name": k, "value": val, "type": ftype(val)} for k, val in v.items()],
        }
        doc["variables"].append(
            {
                "name": "hqrList",
                "value": js_json(c.sample(["zhangwei", "lina", "wangqiang", "liuyang"], 2)),
                "type": "json",
            }
        )
        c.add(f, "flowable-start", "POST", f"{base}/runtime/process-instances", svc(), js_json(doc))
    for _ in range(22):  # complete a task with the opinion
        doc = {
            "action": "complete",
            "variables": [
                {"name": "approved", "value": c.chance(0.8), "type": "boolean"},
                {"name": "comment", "value": c.pick(GW_OPINIONS), "type": "string"},
                {"name": "opinionTime", "value": f"{c.when():%Y-%m-%dT%H:%M:%S}.000+08:00", "type": "date"},
            ],
        }
        c.add(f, "flowable-complete", "POST", f"{base}/runtime/tasks/{c.num(100001, 999999)}", svc(), js_json(doc))
    for _ in range(18):  # query tasks by process variables (like with % wildcards)
        doc: dict = {
            "candidateOrAssigned": c.pick(["zhangwei", "lina", "bgs_sw"]),
            "size": 15,
            "start": 0,
            "sort": "createTime",
            "order": "desc",
            "includeProcessVariables": c.chance(0.5),
        }
        if c.chance(0.7):
            doc["processInstanceVariables"] = [
                {
                    "name": "title",
                    "value": c.pick(["%通知%", "%请示%", "%防汛%", "%'一网通办'%"]),
                    "operation": "like",
                    "type": "string",
                }
            ]
        if c.chance(0.4):
            doc["processInstanceVariables"] = [
                *doc.get("processInstanceVariables", []),
                {"name": "jjcd", "value": "特急", "operation": "equals", "type": "string"},
            ]
        c.add(f, "flowable-query", "POST", f"{base}/query/tasks", svc(), js_json(doc))
    for _ in range(10):  # deploy a BPMN definition
        key = c.pick(BPMN_KEYS)
        b = c.browser(0.0)
        ctype, body = c.multipart(b, [("file", (f"{key}.bpmn20.xml", "text/xml", _bpmn(c, key).encode()))])
        h = svc(ctype)
        c.add(
            f,
            "flowable-deploy",
            "POST",
            f"{base}/repository/deployments?tenantId=gz&deploymentName={uri(key)}",
            h,
            body,
        )
    for _ in range(22):  # Camunda: start with {name: {value, type}}
        v = _gw_vars(c)
        variables: dict = {k: {"value": val, "type": ctype_name(val)} for k, val in v.items()}
        if c.chance(0.4):
            variables["attachments"] = {
                "value": js_json([{"name": "附件1：工作方案.pdf", "size": c.num(10**4, 10**6)}]),
                "type": "Json",
            }
        doc = {"variables": variables, "businessKey": f"SW{c.when():%Y}-{c.digits(5)}", "withVariablesInReturn": False}
        c.add(
            f,
            "camunda-start",
            "POST",
            f"/engine-rest/process-definition/key/{c.pick(BPMN_KEYS)}/start",
            svc(),
            js_json(doc),
        )
    for _ in range(20):  # Camunda task list from the OA page
        p = [
            ("assignee", c.pick(["zhangwei", "lina", "wangqiang"])),
            ("processDefinitionKey", c.pick(BPMN_KEYS)),
            ("sortBy", "created"),
            ("sortOrder", "desc"),
            ("firstResult", c.pick([0, 15, 30])),
            ("maxResults", 15),
        ]
        if c.chance(0.5):
            p.append(("nameLike", c.pick(["%审核%", "%签发%", "%会签%"])))
        if c.chance(0.3):
            p.append(("processVariables", f"jjcd_eq_{c.pick(['特急', '加急'])}"))
        h = c.headers(c.browser(0.0), accept=JQ_ACCEPT, referer=f"{SITE}/oa/gw/dbsx.html", xrw=True)
        c.add(f, "camunda-task-list", "GET", "/engine-rest/task?" + qs(p, jq), h)
    for _ in range(18):  # Camunda complete
        doc = {
            "variables": {
                "approved": {"value": c.chance(0.8), "type": "Boolean"},
                "opinion": {"value": c.pick(GW_OPINIONS), "type": "String"},
            },
            "withVariablesInReturn": False,
        }
        c.add(f, "camunda-complete", "POST", f"/engine-rest/task/{c.uid()}/complete", svc(), js_json(doc))
    for _ in range(12):  # history by business key
        p = [
            ("processInstanceBusinessKey", f"GW{c.when():%Y%m%d}{c.digits(4)}"),
            ("finished", "true"),
            ("sortBy", "startTime"),
            ("sortOrder", "asc"),
        ]
        c.add(f, "camunda-history", "GET", "/engine-rest/history/process-instance?" + qs(p, uri), svc(None))
    for _ in range(16):  # the OA page posts the 批示 form
        b = c.browser(0.1)
        p = [
            ("taskId", c.num(100001, 999999)),
            ("gwid", c.uid()),
            ("yjlx", c.pick(["批示", "会签", "核稿", "阅知"])),
            ("yj", c.pick(GW_OPINIONS)),
            ("cyy", c.pick(["", "同意", "已阅"])),
            ("xybz", c.pick(["ld_fmz", "bgszr", "end"])),
        ]
        h = c.headers(
            b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/oa/gw/blyj.html?taskId={c.digits(6)}", xrw=True
        )
        c.add(f, "opinion-form", "POST", "/oa/gw/saveOpinion.do", h, qs(p, jq))


# --- etl-scheduler ------------------------------------------------------------------------------------

ETL_SQL = [
    "SELECT tyshxydm, qymc, fddbr, zczb, clrq, djjg FROM t_scjg_qyjbxx WHERE gxsj >= '${lastTime}' "
    "AND djzt IN ('存续', '在营')",
    "select xm, sfzhm, hjdz from rk_czrk where czbs = 'U' and czsj between '${startTime}' and '${endTime}'",
    "SELECT * FROM ods_zwfw_bj WHERE DATE_FORMAT(bjsj, '%Y-%m-%d') = '${bizdate}' ORDER BY bjsj",
    "select count(1) as cnt from dwd_12345_gd where sldw like '%住建%' and to_char(slsj,'yyyymmdd') = '${bizdate}'",
    "INSERT OVERWRITE TABLE dws_gjj_jc PARTITION (dt='${bizdate}') SELECT dwzh, SUM(jce) AS jce FROM dwd_gjj_jcmx "
    "WHERE dt='${bizdate}' GROUP BY dwzh",
    "SELECT a.bdcdyh, a.qlr, b.zl FROM bdc_qlr a LEFT JOIN bdc_fdcq b ON a.slbh = b.slbh WHERE a.djsj > SYSDATE - 1",
    "select id, title, pub_time, url from cms_article where site_id = 52 and status = 1 and pub_time >= '${lastTime}'",
]
ETL_PRE_SQL = [
    "DELETE FROM ods_tmp_sync WHERE batch_no < '${batchNo}'",
    "truncate table stg_bdc_djxx",
    "delete from ods_scjg_qyjbxx where dt = '${bizdate}'",
]
ETL_JOBS = [
    "市场监管-企业基本信息 增量同步",
    "公安-常住人口 变更 推送（每日）",
    "政务服务-办件 归集 to 省平台",
    "12345 工单 统计(按 承办单位)",
    "公积金 缴存 汇总 → 数据仓库",
    "不动产 登记 信息 共享",
    "站群 文章 同步 & 全文检索 索引",
]
XXL_TOKEN = "xxl-zwy-2027-token"
DS_TOKEN = "8f2c6b1e9a7d4c3b5e0f1a2d3c4b5a69"
CARTE = ("cluster", "cluster")
DATAX_JWT_SECRET = "datax-web-2027"


def _jdbc(c: Corpus, kind: str) -> str:
    host = f"10.{c.num(10, 30)}.{c.num(1, 254)}.{c.num(2, 254)}"
    return {
        "mysql": f"jdbc:mysql://{host}:3306/{c.pick(['scjg', 'zwfw', 'cms'])}?useUnicode=true&characterEncoding=utf8"
        "&serverTimezone=Asia/Shanghai&useSSL=false",
        "oracle": f"jdbc:oracle:thin:@{host}:1521/{c.pick(['orcl', 'rkdb', 'bdcdb'])}",
        "postgresql": f"jdbc:postgresql://{host}:5432/sjzt?currentSchema=ods",
        "dm": f"jdbc:dm://{host}:5236?schema=SJGX",
    }[kind]


def _datax_job(c: Corpus) -> dict:
    rk, wk = c.pick(["mysql", "oracle"]), c.pick(["postgresql", "mysql", "dm"])
    reader = {"name": f"{rk}reader", "parameter": {"username": "${rusername}", "password": "${rpassword}"}}
    if c.chance(0.6):
        reader["parameter"]["connection"] = [{"querySql": [c.pick(ETL_SQL)], "jdbcUrl": [_jdbc(c, rk)]}]
    else:
        reader["parameter"] |= {
            "column": ["id", "qymc", "tyshxydm", "gxsj"],
            "splitPk": "id",
            "where": c.pick(["gxsj >= '${lastTime}'", "1=1", "zt <> '注销' and dt='${bizdate}'"]),
            "connection": [{"table": ["t_scjg_qyjbxx"], "jdbcUrl": [_jdbc(c, rk)]}],
        }
    writer = {
        "name": f"{'rdbms' if wk == 'dm' else wk}writer",
        "parameter": {
            "username": "${wusername}",
            "password": "${wpassword}",
            "column": ["*"],
            "preSql": c.sample(ETL_PRE_SQL, c.num(0, 1)),
            "writeMode": c.pick(["insert", "update"]),
            "connection": [
                {"table": [c.pick(["ods_scjg_qyjbxx", "ods_rk_czrk", "ods_zwfw_bj"])], "jdbcUrl": _jdbc(c, wk)}
            ],
        },
    }
    return {
        "job": {
            "setting": {"speed": {"channel": c.pick([1, 3, 5])}, "errorLimit": {"record": 0, "percentage": 0.02}},
            "content": [{"reader": reader, "writer": writer}],
        }
    }


@family("etl-scheduler")
def etl_scheduler(c: Corpus) -> None:
    f = "etl-scheduler"

    def dx_page(ctype: str | None = JSON_CT) -> dict[str, str]:
        now = c.ts()
        token = jwt_hs256(
            {"sub": c.pick(["admin", "sjgx_ops"]), "iat": now, "exp": now + 86400, "roles": "ROLE_ADMIN"},
            DATAX_JWT_SECRET,
        )
        return c.headers(
            c.browser(0.0),
            accept=AXIOS_ACCEPT,
            ctype=ctype,
            referer=f"{SITE}/datax-web/index.html",
            extra={"Authorization": f"Bearer {token}"},
        )

    for _ in range(20):  # DataX-Web: add a job (the job JSON as a string field)
        doc = {
            "jobGroup": c.num(1, 4),
            "jobCron": c.pick(["0 0 1 * * ?", "0 */30 * * * ?", "0 15 2 ? * MON-FRI"]),
            "jobDesc": c.pick(ETL_JOBS),
            "executorRouteStrategy": c.pick(["FIRST", "ROUND", "FAILOVER"]),
            "executorHandler": "executorJobHandler",
            "executorBlockStrategy": "SERIAL_EXECUTION",
            "executorTimeout": 0,
            "executorFailRetryCount": c.num(0, 3),
            "glueType": "BEAN",
            "jobJson": json.dumps(_datax_job(c), ensure_ascii=False, indent=2),
            "incrementType": c.pick([0, 1, 2]),
            "replaceParam": "-DlastTime='%s' -DcurrentTime='%s'",
            "partitionInfo": "dt,0,yyyyMMdd",
            "jvmParam": "-Xms1g -Xmx2g",
            "alarmEmail": "sjgx@example.gov.cn",
        }
        c.add(f, "datax-job-add", "POST", "/datax-web/api/job/add", dx_page(), js_json(doc))
    for _ in range(12):  # DataX-Web: trigger once with a parameter
        doc = {
            "jobId": c.num(1, 300),
            "executorParam": c.pick(["", "-Dbizdate=20270312", "-DlastTime='2027-03-01 00:00:00'"]),
        }
        c.add(f, "datax-trigger", "POST", "/datax-web/api/job/trigger", dx_page(), js_json(doc))

    def xxl(ua: str = "Java/1.8.0_392") -> dict[str, str]:
        return {
            "User-Agent": ua,
            "Accept": "*/*",
            "Content-Type": "application/json;charset=UTF-8",
            "XXL-JOB-ACCESS-TOKEN": XXL_TOKEN,
        }

    for _ in range(16):  # executor registry beats to the admin
        doc = {
            "registryGroup": "EXECUTOR",
            "registryKey": c.pick(["zwfw-data-executor", "datax-executor", "cms-index-job"]),
            "registryValue": f"http://10.{c.num(10, 30)}.{c.num(1, 254)}.{c.num(2, 254)}:{c.pick([9999, 9998])}/",
        }
        path = c.pick(["/xxl-job-admin/api/registry"] * 4 + ["/xxl-job-admin/api/registryRemove"])
        c.add(f, "xxl-registry", "POST", path, xxl(), js_json(doc))
    for _ in range(18):  # executor callbacks with handle messages (including failures)
        msg = c.pick(
            [
                f"同步完成: 插入 {c.num(0, 9999)} 条, 更新 {c.num(0, 999)} 条; 耗时 {c.num(1, 300)}.{c.num(0, 9)}s",
                "java.sql.SQLSyntaxErrorException: ORA-00942: 表或视图不存在"
                "\n\tat oracle.jdbc.driver.T4CTTIoer11.processError",
                "任务执行失败: Communications link failure\n\n"
                "The last packet sent successfully to the server was 0 ms ago.",
                "job handle result: OK <br>----------- datax log: total 12034 records, 0 error records",
                None,
            ]
        )
        doc = [
            {
                "logId": c.num(10**5, 10**7),
                "logDateTim": c.ms(),
                "handleCode": 500 if msg and ("Exception" in msg or "失败" in msg) else 200,
                "handleMsg": msg,
            }
        ]
        c.add(f, "xxl-callback", "POST", "/xxl-job-admin/api/callback", xxl(), js_json(doc))
    for _ in range(18):  # the admin calls the executor: /run, /beat, /idleBeat, /log, /kill
        kind = c.pick(["run", "run", "beat", "idleBeat", "log", "kill"])
        if kind == "run":
            params = c.pick(
                [
                    js_json({"table": "t_scjg_qyjbxx", "date": f"{c.when():%Y-%m-%d}", "full": False}),
                    "siteId=52&channel=zwgk,xwzx",
                    "",
                    "--since '2027-03-01 00:00:00'",
                ]
            )
            doc: object = {
                "jobId": c.num(1, 300),
                "executorHandler": c.pick(["dataSyncHandler", "esIndexHandler"]),
                "executorParams": params,
                "executorBlockStrategy": "SERIAL_EXECUTION",
                "executorTimeout": 0,
                "logId": c.num(10**5, 10**7),
                "logDateTime": c.ms(),
                "glueType": "BEAN",
                "glueSource": "",
                "glueUpdatetime": c.ms(),
                "broadcastIndex": 0,
                "broadcastTotal": 1,
            }
        elif kind == "log":
            doc = {"logDateTim": c.ms(), "logId": c.num(10**5, 10**7), "fromLineNum": c.num(1, 200)}
        elif kind == "beat":
            doc = {}
        else:
            doc = {"jobId": c.num(1, 300)}
        c.add(f, "xxl-executor", "POST", f"/{kind}", xxl(), js_json(doc))

    def ds_h(ctype: str | None = None) -> dict[str, str]:
        return c.headers(
            c.browser(0.0),
            accept=AXIOS_ACCEPT,
            ctype=ctype,
            referer=f"{SITE}/dolphinscheduler/ui/projects",
            extra={"token": DS_TOKEN, "language": "zh_CN"},
        )

    for _ in range(18):  # DolphinScheduler: create a process definition with SQL tasks
        code = c.num(10**12, 10**13)
        tasks = [
            {
                "code": code + i,
                "name": c.pick(ETL_JOBS).split(" ")[0] + f"_{i}",
                "description": "",
                "taskType": "SQL",
                "taskParams": {
                    "type": c.pick(["MYSQL", "ORACLE", "POSTGRESQL"]),
                    "datasource": c.num(1, 9),
                    "sql": c.pick(ETL_SQL),
                    "sqlType": c.pick(["0", "1"]),
                    "preStatements": [],
                    "postStatements": c.sample(ETL_PRE_SQL, c.num(0, 1)),
                    "localParams": [],
                    "displayRows": 10,
                },
                "flag": "YES",
                "taskPriority": "MEDIUM",
                "failRetryTimes": 1,
                "failRetryInterval": 1,
                "timeoutFlag": "CLOSE",
                "delayTime": 0,
            }
            for i in range(c.num(1, 3))
        ]
        p = [
            ("name", c.pick(ETL_JOBS)),
            ("description", c.pick(["", "每日 02:00 执行；失败重试 1 次"])),
            (
                "globalParams",
                js_json([{"prop": "bizdate", "direct": "IN", "type": "VARCHAR", "value": "$[yyyyMMdd-1]"}]),
            ),
            (
                "locations",
                js_json([{"taskCode": t["code"], "x": 120 + 200 * i, "y": 100} for i, t in enumerate(tasks)]),
            ),
            ("timeout", 0),
            ("taskDefinitionJson", js_json(tasks)),
            (
                "taskRelationJson",
                js_json(
                    [
                        {
                            "name": "",
                            "preTaskCode": 0,
                            "postTaskCode": t["code"],
                            "conditionType": "NONE",
                            "conditionParams": {},
                        }
                        for t in tasks
                    ]
                ),
            ),
            ("executionType", "PARALLEL"),
        ]
        c.add(
            f,
            "ds-process",
            "POST",
            f"/dolphinscheduler/projects/{c.num(10**12, 10**13)}/process-definition",
            ds_h(FORM),
            qs(p, form),
        )
    for _ in range(14):  # schedules (Quartz crontab)
        sched = {
            "startTime": "2027-01-01 00:00:00",
            "endTime": "2099-12-31 23:59:59",
            "crontab": c.pick(["0 0 2 * * ? *", "0 0/30 * * * ? *", "0 0 6 ? * MON *"]),
            "timezoneId": "Asia/Shanghai",
        }
        p = [
            ("processDefinitionCode", c.num(10**12, 10**13)),
            ("schedule", js_json(sched)),
            ("failureStrategy", "CONTINUE"),
            ("warningType", c.pick(["NONE", "FAILURE"])),
            ("warningGroupId", 0),
            ("processInstancePriority", "MEDIUM"),
            ("workerGroup", "default"),
            ("environmentCode", -1),
        ]
        c.add(
            f,
            "ds-schedule",
            "POST",
            f"/dolphinscheduler/projects/{c.num(10**12, 10**13)}/schedules",
            ds_h(FORM),
            qs(p, form),
        )
    for _ in range(16):  # the UI's list with a Chinese search value
        p = [
            ("pageSize", 10),
            ("pageNo", c.num(1, 5)),
            ("searchVal", c.pick(["", "同步", "12345", "企业 信息", "bdc_"])),
        ]
        c.add(
            f,
            "ds-list",
            "GET",
            f"/dolphinscheduler/projects/{c.num(10**12, 10**13)}/process-definition?" + qs(p, axios),
            ds_h(),
        )
    for _ in range(18):  # Kettle Carte
        name = c.pick(["企业信息同步", "人口变更推送", "办件归集", "gjj_jc_hz"])
        path = c.pick(
            [
                "/kettle/status/?xml=Y",
                f"/kettle/transStatus/?name={uri(name)}&xml=Y&from={c.num(0, 500)}",
                f"/kettle/executeTrans/?rep=&trans={uri(f'/home/etl/ktr/{name}.ktr')}&level=Basic&bizdate={c.when():%Y%m%d}",
                f"/kettle/executeJob/?job={uri(f'/home/etl/kjb/{name}.kjb')}&level=Minimal",
                f"/kettle/jobStatus/?name={uri(name)}&xml=Y",
            ]
        )
        c.add(
            f,
            "kettle-carte",
            "GET",
            path,
            tool_headers("Apache-HttpClient/4.5.13 (Java/1.8.0_392)", "*/*", {"Authorization": basic(*CARTE)}),
        )


# --- container-registry -------------------------------------------------------------------------------

REPOS = [
    ("gov", "cms-web"),
    ("gov", "zwfw-gateway"),
    ("library", "nginx"),
    ("library", "redis"),
    ("base", "openjdk"),
    ("sjzt", "datax-web"),
    ("ai", "vllm-openai"),
    ("kube", "pause"),
    ("middleware", "nacos-server"),
    ("gov", "search/elasticsearch-ik"),
]
TAGS = ["latest", "v1.2.3", "1.25.4-alpine", "7.2.4", "17-jdk-slim", "v2.4.1-20270312", "3.9", "v0.6.3.post1", "2.3.2"]
MANIFEST_ACCEPT = ", ".join(
    [
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v1+prettyjws",
        "application/json",
    ]
)
REGISTRY_ROBOTS = {"robot$gov+ci": "Rb7xQ2mN9pL4vT8k", "admin": "Harbor12345", "zwy-deployer": "Zwy@dep2027"}
REGISTRY_KID = "HX7Q:3D2C:MK4P:ZW2V:LNQ4:7T2S:OO2B:ZJ5A:6FQE:V3M4:YK4D:2TQR"


def _docker_ua(c: Corpus) -> str:
    return c.pick(
        [
            "docker/27.3.1 go/go1.22.7 git-commit/41ca978 "
            "kernel/5.10.0-182.0.0.95.oe2203sp3.x86_64 os/linux arch/amd64 "
            "UpstreamClient(Docker-Client/27.3.1 \\(linux\\))",
            "containerd/v1.7.22",
            "containerd/v1.6.33",
            "Go-http-client/1.1",
            "skopeo/1.14.2",
            "libpod/4.9.4",
            "cri-o/1.29.1 go/go1.21.6 os/linux arch/amd64",
        ]
    )


def registry_token(c: Corpus, repo: str, user: str, actions: list[str]) -> str:
    now = c.ts()
    return jwt_rs256(
        {
            "iss": "harbor-token-issuer",
            "sub": user,
            "aud": "harbor-registry",
            "exp": now + 1800,
            "nbf": now,
            "iat": now,
            "jti": c.alnum(16),
            "access": [{"type": "repository", "name": repo, "actions": actions}],
        },
        REGISTRY_KID,
    )


@family("container-registry")
def container_registry(c: Corpus) -> None:
    f = "container-registry"

    def bearer(repo: str) -> dict[str, str]:
        user = c.pick(list(REGISTRY_ROBOTS))
        return {"User-Agent": _docker_ua(c), "Authorization": f"Bearer {registry_token(c, repo, user, ['pull'])}"}

    for _ in range(14):  # /v2/ ping (unauthenticated, then with a token)
        h = {"User-Agent": _docker_ua(c)}
        if c.chance(0.4):
            ns, name = c.pick(REPOS)
            h = bearer(f"{ns}/{name}")
        h["Accept-Encoding"] = "gzip"
        c.add(f, "ping", "GET", "/v2/", h)
    for _ in range(22):  # the token service
        ns, name = c.pick(REPOS)
        user = c.pick(list(REGISTRY_ROBOTS))
        scopes = [f"repository:{ns}/{name}:pull"]
        if c.chance(0.3):
            scopes.append(f"repository:{ns}/{name}:pull,push")
        p = [("account", user), *[("scope", s) for s in scopes], ("service", "harbor-registry")]
        h = {
            "User-Agent": _docker_ua(c),
            "Authorization": basic(user, REGISTRY_ROBOTS[user]),
            "Accept-Encoding": "gzip",
        }
        if c.chance(0.3):
            p.append(("offline_token", "true"))
            p.append(("client_id", "docker"))
        c.add(f, "token", "GET", "/service/token?" + qs(p, form), h)
    for i in range(30):  # manifests: HEAD then GET, by tag or digest
        ns, name = c.pick(REPOS)
        ref = c.pick(TAGS) if c.chance(0.7) else f"sha256:{c.hexs(32)}"
        h = bearer(f"{ns}/{name}") | {"Accept": MANIFEST_ACCEPT, "Accept-Encoding": "gzip"}
        c.add(f, "manifest", "HEAD" if i % 2 else "GET", f"/v2/{ns}/{name}/manifests/{ref}", h)
    for _ in range(22):  # layer and config blobs
        ns, name = c.pick(REPOS)
        h = bearer(f"{ns}/{name}") | {"Accept-Encoding": "identity"}
        if c.chance(0.3):
            h["Range"] = f"bytes={c.num(1, 50) * 1048576}-"
        c.add(f, "blob", "GET", f"/v2/{ns}/{name}/blobs/sha256:{c.hexs(32)}", h)
    for _ in range(12):  # tags list, paged
        ns, name = c.pick(REPOS)
        last = f"&last={uri(c.pick(TAGS))}" if c.chance(0.5) else ""
        c.add(
            f,
            "tags-list",
            "GET",
            f"/v2/{ns}/{name}/tags/list?n={c.pick([50, 100, 1000])}{last}",
            bearer(f"{ns}/{name}") | {"Accept": "application/json"},
        )
    for _ in range(30):  # the Harbor portal's API
        ns, name = c.pick(REPOS)
        path = c.pick(
            [
                f"/api/v2.0/projects?page=1&page_size=15&name={uri(ns)}&with_detail=true",
                f"/api/v2.0/projects/{ns}/repositories?page_size=15&page=1&q={uri('name=~' + name.split('/')[0])}",
                f"/api/v2.0/projects/{ns}/repositories/{uri(uri(name))}/artifacts?with_tag=true&with_scan_overview=true"
                f"&with_label=true&page_size=15&page=1&q={uri('tags=~' + c.pick(['v1', 'latest', '2027']))}",
                f"/api/v2.0/projects/{ns}/repositories/{uri(uri(name))}/artifacts/{c.pick(TAGS)}/additions/vulnerabilities",
                f"/api/v2.0/audit-logs?page=1&page_size=15&q={uri('operation=pull,resource=~' + ns)}",
                "/api/v2.0/systeminfo",
                f"/api/v2.0/projects/{ns}/summary",
            ]
        )
        h = c.headers(
            c.browser(0.0),
            accept="application/json",
            referer=f"{SITE}/harbor/projects",
            cookie=f"sid={c.hexs(16)}; _gorilla_csrf={c.b64(48)}",
            extra={"X-Harbor-CSRF-Token": c.b64(64), "X-Request-Id": c.uid()},
        )
        c.add(f, "harbor-api", "GET", path, h)
    for _ in range(18):  # Helm chart repository
        project = c.pick(["gov", "middleware", "sjzt"])
        chart = c.pick(["cms-web", "zwfw-gateway", "nacos", "redis-ha", "xxl-job-admin"])
        path = c.pick(
            [
                f"/chartrepo/{project}/index.yaml",
                f"/chartrepo/{project}/charts/{chart}-{c.num(0, 3)}.{c.num(0, 20)}.{c.num(0, 9)}.tgz",
            ]
        )
        c.add(
            f,
            "helm-repo",
            "GET",
            path,
            {
                "User-Agent": c.pick(["Helm/3.14.4", "Helm/3.16.2"]),
                "Authorization": basic("robot$gov+ci", REGISTRY_ROBOTS["robot$gov+ci"]),
                "Accept-Encoding": "gzip",
            },
        )


# --- artifact-mirror ----------------------------------------------------------------------------------

MAVEN = [
    ("org.springframework.boot", "spring-boot-starter-web", "3.2.5"),
    ("com.alibaba", "druid-spring-boot-starter", "1.2.23"),
    ("cn.hutool", "hutool-all", "5.8.27"),
    ("com.baomidou", "mybatis-plus-boot-starter", "3.5.6"),
    ("org.bouncycastle", "bcprov-jdk18on", "1.78.1"),
    ("com.alibaba.fastjson2", "fastjson2", "2.0.49"),
    ("io.minio", "minio", "8.5.9"),
    ("org.apache.poi", "poi-ooxml", "5.2.5"),
    ("com.xuxueli", "xxl-job-core", "2.4.1"),
    ("com.dameng", "DmJdbcDriver18", "8.1.3.62"),
    ("com.github.pagehelper", "pagehelper-spring-boot-starter", "2.1.0"),
]
NPM = [
    ("vue", "3.4.27"),
    ("@vue/compiler-sfc", "3.4.27"),
    ("element-plus", "2.7.3"),
    ("@element-plus/icons-vue", "2.3.1"),
    ("axios", "1.7.2"),
    ("sm-crypto", "0.3.13"),
    ("echarts", "5.5.0"),
    ("@babel/core", "7.24.6"),
    ("vite", "5.2.12"),
    ("@types/node", "20.14.2"),
    ("lodash-es", "4.17.21"),
    ("jsencrypt", "3.3.2"),
]
PYPI = [
    ("requests", "2.32.3"),
    ("pandas", "2.2.2"),
    ("openpyxl", "3.1.3"),
    ("gmssl", "3.2.2"),
    ("pycryptodome", "3.20.0"),
    ("fastapi", "0.111.0"),
    ("jieba", "0.42.1"),
    ("python-docx", "1.1.2"),
    ("Django", "4.2.13"),
    ("zope.interface", "6.4"),
]
GOMOD = [
    ("github.com/gin-gonic/gin", "v1.10.0"),
    ("github.com/tjfoc/gmsm", "v1.4.1"),
    ("gorm.io/gorm", "v1.25.10"),
    ("github.com/BurntSushi/toml", "v1.4.0"),
    ("github.com/go-sql-driver/mysql", "v1.8.1"),
    ("golang.org/x/crypto", "v0.24.0"),
    ("github.com/Shopify/sarama", "v1.38.1"),
]
PIP_UA = (
    'pip/24.0 {{"ci":null,"cpu":"x86_64","distro":{{"id":"{id}","libc":{{"lib":"glibc","version":"{libc}"}},'
    '"name":"{name}","version":"{ver}"}},"implementation":{{"name":"CPython","version":"{py}"}},'
    '"installer":{{"name":"pip","version":"24.0"}},"openssl_version":"OpenSSL 3.0.2 15 Mar 2022","python":"{py}",'
    '"rustc_version":null,"setuptools_version":"69.5.1","system":{{"name":"Linux","release":"{kernel}"}}}}'
)


def _goescape(path: str) -> str:
    """The module proxy's case encoding: each capital becomes ! and its lower case."""
    return "".join(f"!{ch.lower()}" if ch.isupper() else ch for ch in path)


@family("artifact-mirror")
def artifact_mirror(c: Corpus) -> None:
    f = "artifact-mirror"

    def mvn() -> dict[str, str]:
        java = c.pick(["17.0.10", "1.8.0_392", "21.0.3"])
        h = {
            "Cache-control": "no-cache",
            "Cache-store": "no-store",
            "Pragma": "no-cache",
            "Expires": "0",
            "Accept-Encoding": "gzip",
            "User-Agent": f"Apache-Maven/{c.pick(['3.9.6', '3.8.8', '3.9.9'])} (Java {java}; Linux "
            f"{c.pick(['5.10.0-182.0.0.95.oe2203sp3.x86_64', '4.19.90-52.22.v2207.ky10.x86_64'])})",
        }
        if c.chance(0.4):
            h["Authorization"] = basic("deploy-ci", "Nx#2027ci")
        return h

    for _ in range(30):  # Maven artifacts and their checksums
        g, a, v = c.pick(MAVEN)
        ext = c.pick(["pom", "jar", "jar.sha1", "pom.sha1", "jar.sha256"])
        if c.chance(0.15):
            ext = "jar"
            a_file = f"{a}-{v}-sources"
        else:
            a_file = f"{a}-{v}"
        repo = c.pick(["maven-public", "maven-aliyun-proxy", "maven-releases"])
        c.add(
            f,
            "maven-artifact",
            c.pick(["GET", "GET", "HEAD"]),
            f"/repository/{repo}/{g.replace('.', '/')}/{a}/{v}/{a_file}.{ext}",
            mvn(),
        )
    for _ in range(12):  # maven-metadata.xml (version ranges, SNAPSHOTs)
        g, a, v = c.pick(MAVEN)
        path = c.pick(
            [
                f"/repository/maven-public/{g.replace('.', '/')}/{a}/maven-metadata.xml",
                f"/repository/maven-snapshots/gov/gz/zwfw/zwfw-common/2.{c.num(0, 9)}.0-SNAPSHOT/maven-metadata.xml",
            ]
        )
        c.add(f, "maven-metadata", "GET", path, mvn())

    def npm_h(pkg: str, kind: str) -> dict[str, str]:
        return {
            "user-agent": f"npm/{c.pick(['10.5.0', '10.8.1', '9.8.1'])} node/{c.pick(['v20.12.2', 'v18.20.3'])} "
            f"{c.pick(['linux x64', 'win32 x64', 'darwin arm64'])} workspaces/false",
            "pacote-version": "18.0.6",
            "pacote-req-type": kind,
            "pacote-pkg-id": f"registry:{pkg}",
            "accept": "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*",
            "npm-auth-type": "web",
            "npm-command": c.pick(["install", "ci", "view", "outdated"]),
            "accept-encoding": "gzip,deflate",
        }

    for _ in range(24):  # npm packuments (scoped names with %2f) and tarballs
        pkg, ver = c.pick(NPM)
        repo = c.pick(["npm-group", "npm-taobao-proxy"])
        if c.chance(0.6):
            c.add(f, "npm-packument", "GET", f"/repository/{repo}/{pkg.replace('/', '%2f')}", npm_h(pkg, "packument"))
        else:
            base = pkg.split("/")[-1]
            h = npm_h(pkg, "tarball")
            h["accept"] = "*/*"
            c.add(f, "npm-tarball", "GET", f"/repository/{repo}/{pkg}/-/{base}-{ver}.tgz", h)
    for _ in range(10):  # npm audit
        deps = {p: [v] for p, v in c.sample(NPM, c.num(3, 8))}
        h = npm_h("", "audit")
        del h["pacote-req-type"], h["pacote-pkg-id"]
        h |= {"npm-command": "audit", "content-type": "application/json", "accept": "*/*"}
        c.add(f, "npm-audit", "POST", "/repository/npm-group/-/npm/v1/security/advisories/bulk", h, js_json(deps))

    def pip_h() -> dict[str, str]:
        distro = c.pick(
            [
                ("jammy", "2.35", "Ubuntu", "22.04"),
                ("openEuler", "2.34", "openEuler", "22.03"),
                ("Kylin", "2.28", "Kylin Linux Advanced Server", "V10"),
            ]
        )
        ua = PIP_UA.format(
            id=distro[0],
            libc=distro[1],
            name=distro[2],
            ver=distro[3],
            py=c.pick(["3.10.12", "3.11.9"]),
            kernel=c.pick(["5.15.0-105-generic", "5.10.0-182.0.0.95.oe2203sp3.x86_64"]),
        )
        return {"User-Agent": ua, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}

    for _ in range(20):  # PyPI simple index (PEP 691 JSON or HTML) and files
        name, ver = c.pick(PYPI)
        norm = name.lower().replace(".", "-").replace("_", "-")
        h = pip_h()
        if c.chance(0.6):
            h["Accept"] = (
                "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01"
            )
            h["Cache-Control"] = "max-age=0"
            c.add(f, "pypi-simple", "GET", f"/repository/pypi-group/simple/{norm}/", h)
        else:
            fname = c.pick([f"{name.replace('-', '_')}-{ver}-py3-none-any.whl", f"{name}-{ver}.tar.gz"])
            c.add(f, "pypi-file", "GET", f"/repository/pypi-group/packages/{norm}/{ver}/{fname}", h)
    for _ in range(24):  # Go module proxy and the checksum database
        mod, ver = c.pick(GOMOD)
        esc = _goescape(mod)
        path = c.pick(
            [
                f"/repository/go-proxy/{esc}/@v/list",
                f"/repository/go-proxy/{esc}/@v/{ver}.info",
                f"/repository/go-proxy/{esc}/@v/{ver}.mod",
                f"/repository/go-proxy/{esc}/@v/{ver}.zip",
                f"/repository/go-proxy/{esc}/@latest",
                f"/repository/go-proxy/sumdb/sum.golang.org/lookup/{esc}@{ver}",
                "/repository/go-proxy/sumdb/sum.golang.org/supported",
            ]
        )
        c.add(f, "goproxy", "GET", path, {"User-Agent": "Go-http-client/1.1", "Accept-Encoding": "gzip"})
    for _ in range(20):  # dnf (openEuler, Kylin) and apt
        if c.chance(0.5):
            rel = c.pick(["openEuler-22.03-LTS-SP3", "openEuler-24.03-LTS"])
            path = c.pick(
                [
                    f"/repository/openeuler/{rel}/OS/x86_64/repodata/repomd.xml",
                    f"/repository/openeuler/{rel}/update/x86_64/repodata/{c.hexs(32)}-primary.xml.zst",
                    f"/repository/openeuler/{rel}/everything/x86_64/"
                    f"Packages/nginx-1.21.5-{c.num(3, 9)}.oe2203sp3.x86_64.rpm",
                ]
            )
            h = {
                "User-Agent": f"libdnf ({rel.replace('-', ' ', 1)}; generic; Linux.x86_64)",
                "Accept": "*/*",
                "Accept-Encoding": "gzip, deflate, br, zstd",
            }
            c.add(f, "dnf-repo", "GET", path, h)
        else:
            path = c.pick(
                [
                    "/repository/ubuntu/dists/jammy/InRelease",
                    "/repository/ubuntu/dists/jammy-updates/main/binary-amd64/by-hash/SHA256/" + c.hexs(32),
                    "/repository/ubuntu/pool/main/n/nginx/nginx_1.18.0-6ubuntu14.4_amd64.deb",
                    "/repository/ubuntu/dists/jammy-security/main/i18n/Translation-en.xz",
                ]
            )
            h = {"User-Agent": "Debian APT-HTTP/1.3 (2.4.12)", "Cache-Control": "max-age=0"}
            if "InRelease" in path:
                h["If-Modified-Since"] = f"{c.when().astimezone(UTC):%a, %d %b %Y %H:%M:%S} GMT"
            c.add(f, "apt-repo", "GET", path, h)


# --- log-shipping -------------------------------------------------------------------------------------

LOG_PATHS = [
    "/so/s?q=%E4%B8%8D%E5%8A%A8%E4%BA%A7%E7%99%BB%E8%AE%B0&siteCode=5200000001&page=2",
    "/zwgk/zcwj/202703/t20270312_81234567.html",
    "/api/hdjl/letter/list?pageNo=2&pageSize=10&keyword=%E5%99%AA%E9%9F%B3",
    "/favicon.ico",
    "/xxgk/xxgkml/jcgk/zcwj/index_3.html",
    "/static/js/chunk-vendors.3f9a2c7e.js",
    "/prod-api/captchaImage",
]
POD_CHARS = "bcdfghjklmnpqrstvwxz2456789"  # Kubernetes' generated name suffixes
LOG_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.50(0x1800323d) NetType/WIFI Language/zh_CN",
    "kube-probe/1.28",
]


MYBATIS_LINES = [  # MyBatis' statement log (str.format: {a} and {b} are channel ids)
    "c.g.c.m.ArticleMapper.selectList : ==>  Preparing: SELECT id, title, pub_time FROM cms_article "
    "WHERE site_id = ? AND channel_id IN ( ? , ? ) AND status = ? ORDER BY pub_time DESC LIMIT ?",
    "c.g.c.m.ArticleMapper.selectList : ==> Parameters: 52(Long), {a}(Integer), {b}(Integer), 1(Integer), 20(Integer)",
    "c.g.c.m.ArticleMapper.selectList : <==      Total: 20",
    "c.g.z.m.BjMapper.update : ==>  Preparing: UPDATE zwfw_bj SET bjzt = ?, bjsj = ?, bjyj = ? WHERE sblsh = ?",
]
JAVA_ERRORS = [
    "java.lang.IllegalArgumentException: 身份证号码格式不正确",
    "org.springframework.dao.DuplicateKeyException: ### Error updating database.  Cause: "
    "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '5201' for key 'uk_code'",
    'java.lang.NullPointerException: Cannot invoke "String.trim()" because "name" is null',
]
JAVA_STACK = (
    "\n\tat com.gz.zwfw.service.impl.ApplyServiceImpl.save(ApplyServiceImpl.java:118)"
    "\n\tat com.gz.zwfw.controller.ApplyController.save(ApplyController.java:57)\n\t... 87 common frames omitted"
)
SLOW_QUERIES = [
    "select * from zwfw_bj where sqrxm like '%张%' order by sqsj desc limit 0,20;",
    "SELECT COUNT(*) FROM cms_article a WHERE a.title LIKE CONCAT('%', '防汛', '%') AND a.del_flag = '0';",
]


def log_line(c: Corpus) -> str:
    """One line (or one multi-line event) as the applications and nginx write them."""
    t = c.when()
    stamp = f"{t:%Y-%m-%d %H:%M:%S}.{c.num(0, 999):03d}"
    kind = c.pick(["nginx", "nginx", "mybatis", "java-error", "audit", "slow", "spring"])
    if kind == "nginx":
        ip = f"{c.pick(['117', '220', '10', '183'])}.{c.num(1, 254)}.{c.num(1, 254)}.{c.num(1, 254)}"
        request = f"{c.pick(['GET', 'GET', 'POST'])} {c.pick(LOG_PATHS)} HTTP/1.1"
        return (
            f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S} +0800] "{request}" {c.pick([200, 200, 304, 404, 302])} '
            f'{c.num(0, 90000)} "{c.article()}" "{c.pick(LOG_UAS)}" {c.num(0, 2)}.{c.num(0, 999):03d}'
        )
    if kind == "mybatis":
        thread = f"[nio-8080-exec-{c.num(1, 200)}]"
        return f"{stamp} DEBUG 1 --- {thread} " + c.pick(MYBATIS_LINES).format(a=c.num(1, 99), b=c.num(1, 99))
    if kind == "java-error":
        return (
            f"{stamp} ERROR 1 --- [nio-8080-exec-{c.num(1, 200)}] c.g.z.c.GlobalExceptionHandler : "
            "请求地址'/api/apply/save',发生系统异常.\n" + c.pick(JAVA_ERRORS) + JAVA_STACK
        )
    if kind == "audit":
        user = c.pick(["zhangwei", "bgs_admin", "lina"])
        action = c.pick(["LOGIN", "PUBLISH", "DELETE_DRAFT", "EXPORT"])
        msg = c.pick(
            ["用户登录成功", "发布文章《关于做好2027年防汛工作的通知》", "密码错误（第2次）", "导出“办件明细.xlsx”"]
        )
        ip = f"10.{c.num(0, 255)}.{c.num(0, 255)}.{c.num(1, 254)}"
        return (
            f"{t:%Y-%m-%dT%H:%M:%S}+08:00 [AUDIT] user={user} ip={ip} action={action} "
            f'result={c.pick(["SUCCESS", "FAIL"])} msg="{msg}"'
        )
    if kind == "slow":
        host = f"zwfw[zwfw] @  [10.12.{c.num(0, 255)}.{c.num(1, 254)}]  Id: {c.num(1000, 99999)}"
        stats = f"Query_time: {c.num(1, 9)}.{c.digits(6)}  Lock_time: 0.000012 Rows_sent: 20  Rows_examined: "
        return (
            f"# Time: {t:%Y-%m-%dT%H:%M:%S}.{c.digits(6)}+08:00\n# User@Host: {host}\n# {stats}"
            f"{c.num(10**4, 10**6)}\nSET timestamp={c.ts()};\n" + c.pick(SLOW_QUERIES)
        )
    port, ctx = c.pick([8080, 8081, 9000]), c.pick(["", "prod-api", "zwfw"])
    return (
        f"{stamp}  INFO 1 --- [           main] o.s.b.w.e.tomcat.TomcatWebServer         : "
        f"Tomcat started on port {port} (http) with context path '/{ctx}'"
    )


@family("log-shipping")
def log_shipping(c: Corpus) -> None:
    f = "log-shipping"
    apps = ["cms-web", "zwfw-gateway", "hdjl-api", "nginx-ingress", "search", "xxl-job-admin"]

    for _ in range(30):  # Loki push (promtail / Alloy / Fluent Bit's loki output)
        streams = []
        for _ in range(c.num(1, 3)):
            base = c.ms() * 1_000_000
            streams.append(
                {
                    "stream": {
                        "app": c.pick(apps),
                        "env": "prod",
                        "host": f"zwy-app-{c.num(1, 12):02d}",
                        "level": c.pick(["info", "error", "debug"]),
                        "namespace": "gov-cms",
                    },
                    "values": [[str(base + i * c.num(1, 999_999)), log_line(c)] for i in range(c.num(1, 5))],
                }
            )
        h = {
            "User-Agent": c.pick(["promtail/2.9.8", "Alloy/v1.4.2 (linux; docker)", "Fluent-Bit"]),
            "Content-Type": "application/json",
            "X-Scope-OrgID": c.pick(["gz-zwy", "tenant-cms"]),
        }
        if c.chance(0.5):
            h["Authorization"] = basic("loki-writer", "Lk#2027push")
        c.add(f, "loki-push", "POST", "/loki/api/v1/push", h, js_json({"streams": streams}))
    for _ in range(20):  # LogQL from Grafana's Explore
        app = c.pick(apps)
        q = c.pick(
            [
                f'{{app="{app}",level=~"error|warn"}} |= "SQLException"',
                f'{{app="{app}"}} |~ "(?i)timeout|refused" != "kube-probe"',
                f'{{app="{app}"}} | json | status >= 500 | line_format "{{{{.method}}}} {{{{.path}}}} {{{{.status}}}}"',
                f'sum by (level) (count_over_time({{app="{app}"}}[5m]))',
                '{app="nginx-ingress"} |= "/so/s?q=" | pattern `<ip> - - [<_>] "<method> <uri> <_>" <status> <_>`',
                f'topk(10, sum by (path) (rate({{app="{app}"}} | json | __error__="" [1m])))',
            ]
        )
        end = c.ms() * 1_000_000
        p = [
            ("query", q),
            ("limit", c.pick([100, 1000])),
            ("start", end - 3600 * 10**9),
            ("end", end),
            ("direction", "backward"),
        ]
        if c.chance(0.3):
            p.append(("step", "15s"))
        h = {
            "User-Agent": "Grafana/11.1.0",
            "Accept": "application/json, text/plain, */*",
            "X-Scope-OrgID": "gz-zwy",
            "X-Grafana-Org-Id": "1",
            "X-Query-Tags": "Source=grafana,user=admin",
        }
        c.add(f, "logql-query", "GET", "/loki/api/v1/query_range?" + qs(p, uri), h)
    for _ in range(22):  # Fluent Bit http output: json array or json_lines
        recs = [
            {
                "date": c.ts() + c.num(0, 999) / 1000,
                "log": log_line(c),
                "stream": c.pick(["stdout", "stderr"]),
                "kubernetes": {
                    "pod_name": f"{c.pick(apps)}-{c.alnum(10, POD_CHARS)}-{c.alnum(5, POD_CHARS)}",
                    "namespace_name": "gov-cms",
                    "container_name": c.pick(apps),
                },
            }
            for _ in range(c.num(1, 4))
        ]
        if c.chance(0.5):
            c.add(
                f,
                "fluentbit-http",
                "POST",
                "/ingest/k8s",
                {"Content-Type": "application/json", "User-Agent": "Fluent-Bit"},
                js_json(recs),
            )
        else:
            c.add(
                f,
                "fluentbit-http",
                "POST",
                "/ingest/k8s",
                {"Content-Type": "application/x-ndjson", "User-Agent": "Fluent-Bit"},
                "".join(js_json(r) + "\n" for r in recs),
            )
    for _ in range(18):  # Fluentd in_http: /<tag> with a json= form field
        rec = {"message": log_line(c), "host": f"zwy-web-{c.num(1, 8):02d}", "app": c.pick(apps)}
        c.add(
            f,
            "fluentd-http",
            "POST",
            f"/{c.pick(['app.nginx.access', 'app.java.error', 'audit.cms'])}",
            {"User-Agent": "curl/7.79.1", "Accept": "*/*", "Content-Type": FORM},
            qs([("json", js_json(rec))], form),
        )
    for _ in range(22):  # GELF over HTTP (Graylog)
        line = log_line(c)
        doc = {
            "version": "1.1",
            "host": f"zwy-app-{c.num(1, 12):02d}",
            "short_message": line.split("\n")[0][:200],
            "timestamp": c.ts() + c.num(0, 999) / 1000,
            "level": c.pick([3, 4, 6, 7]),
            "_app": c.pick(apps),
            "_env": "prod",
            "_trace_id": c.hexs(16),
        }
        if "\n" in line:
            doc["full_message"] = line
        c.add(
            f,
            "gelf",
            "POST",
            "/gelf",
            {"Content-Type": "application/json", "User-Agent": "logback-gelf/6.0.1", "Accept": "*/*"},
            js_json(doc),
        )
    for _ in range(18):  # Logstash http input (Filebeat-like documents)
        doc = {
            "@timestamp": f"{c.when().astimezone(UTC):%Y-%m-%dT%H:%M:%S}.{c.num(0, 999):03d}Z",
            "message": log_line(c),
            "log": {"file": {"path": c.pick(["/var/log/nginx/access.log", "/data/logs/cms/error.log"])}},
            "fields": {"system": c.pick(["站群", "政务服务", "互动交流"]), "level": "等保三级"},
            "host": {"name": f"zwy-web-{c.num(1, 8):02d}", "ip": [f"10.12.{c.num(0, 255)}.{c.num(1, 254)}"]},
        }
        h = {
            "Content-Type": "application/json",
            "User-Agent": c.pick(["Go-http-client/1.1", "python-requests/2.32.3"]),
            "Authorization": basic("ls_ingest", "Ls@2027in"),
        }
        c.add(f, "logstash-http", "POST", c.pick(["/", "/logs"]), h, js_json(doc))
    for _ in range(14):  # Vector http sink, ndjson
        recs = [
            {
                "message": log_line(c),
                "source_type": "file",
                "timestamp": f"{c.when().astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z",
                "host": f"zwy-app-{c.num(1, 12):02d}",
            }
            for _ in range(c.num(2, 5))
        ]
        c.add(
            f,
            "vector-ndjson",
            "POST",
            "/vector/ingest",
            {
                "Content-Type": "application/x-ndjson",
                "User-Agent": "Vector/0.39.0 (x86_64-unknown-linux-gnu)",
                "Accept-Encoding": "identity",
            },
            "".join(js_json(r) + "\n" for r in recs),
        )


# --- cap-alert ----------------------------------------------------------------------------------------

ALERT_SECRET = "yjxx-push-2027-secret"
ALERT_EVENTS = [  # event, description, instruction
    (
        "暴雨",
        "预计未来6小时，{area}将出现50毫米以上降雨，局地可达100毫米以上，并伴有雷电、短时大风（7~9级）等强对流天气。",
        "1. 政府及相关部门按照职责做好防暴雨应急工作；2. 切断有危险的"
        "室外电源，暂停户外作业；3. 处于危险地带的单位应当停课、停业，"
        "采取专门措施保护已到校学生、幼儿和其他上班人员的安全；4. 做好"
        "城市、农田的排涝，注意防范可能引发的山洪、滑坡、泥石流等灾害。",
    ),
    (
        "雷电",
        "{area}已受雷电活动影响，且可能持续，出现雷电灾害事故的可能性比较大。",
        "1. 人员应当留在室内，并关好门窗；2. 户外人员应当躲入有防雷设施的建"
        "筑物或者汽车内；3. 切断危险电源，不要在树下、电杆下、塔吊下避雨。",
    ),
    (
        "大风",
        "受冷空气影响，预计未来24小时{area}平均风力可达6级以上，或者阵风7级以上。",
        "1. 关好门窗，加固围板、棚架、广告牌等易被风吹动的搭建物；2. "
        "行人尽量少骑自行车，刮风时不要在广告牌、临时搭建物等下面逗留。",
    ),
    (
        "高温",
        "预计未来3天{area}最高气温将在35℃以上（局地≥37℃）。",
        "1. 有关部门和单位按照职责做好防暑降温准备工作；2. 午后尽"
        "量减少户外活动；3. 对老、弱、病、幼人群提供防暑降温指导。",
    ),
    (
        "道路结冰",
        "预计未来24小时{area}将出现对交通有影响的道路结冰（含“桥面结冰”）。",
        "1. 交通、公安等部门要按照职责做好道路结冰应对准备工作；"
        "2. 驾驶人员应当注意路况，安全行驶；3. 行人出门注意防滑。",
    ),
]
ALERT_LEVELS = [("蓝色", "Minor"), ("黄色", "Moderate"), ("橙色", "Severe"), ("红色", "Extreme")]
ALERT_SENDERS = {"52000041600000": "贵州省气象台", "52010041600000": "贵阳市气象台", "52030041600000": "遵义市气象台"}


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _polygon(c: Corpus) -> str:
    lat, lon = 26.0 + c.num(0, 200) / 100, 105.5 + c.num(0, 250) / 100
    pts = [(lat + c.num(-40, 40) / 100, lon + c.num(-40, 40) / 100) for _ in range(c.num(3, 6))]
    pts.append(pts[0])
    return " ".join(f"{a:.2f},{b:.2f}" for a, b in pts)


def cap_xml(c: Corpus, msg_type: str) -> tuple[str, str, str]:
    """(xml, identifier, sent) of one CAP 1.2 alert."""
    sender = c.pick(list(ALERT_SENDERS))
    t = c.when()
    ident = f"{sender}_{t:%Y%m%d%H%M%S}"
    sent = f"{t:%Y-%m-%dT%H:%M:%S}+08:00"
    event, desc, instr = c.pick(ALERT_EVENTS)
    level, severity = c.pick(ALERT_LEVELS)
    codes = c.sample(list(DISTRICTS), c.num(1, 3))
    area = "、".join(DISTRICTS[k] for k in codes)
    refs = ""
    if msg_type != "Alert":
        old = t - timedelta(hours=c.num(1, 12))
        refs = f"  <references>{sender},{sender}_{old:%Y%m%d%H%M%S},{old:%Y-%m-%dT%H:%M:%S}+08:00</references>\n"
    sender_name = ALERT_SENDERS[sender]
    verb = {"Alert": "发布", "Update": "更新", "Cancel": "解除"}[msg_type]
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n'
        f"  <identifier>{ident}</identifier>\n  <sender>{sender}</sender>\n  <sent>{sent}</sent>\n"
        f"  <status>{c.pick(['Actual', 'Actual', 'Actual', 'Exercise'])}</status>\n  <msgType>{msg_type}</msgType>\n"
        f"  <scope>Public</scope>\n{refs}"
        "  <info>\n    <language>zh-CN</language>\n    <category>Met</category>\n"
        f"    <event>{event}</event>\n    <urgency>{c.pick(['Immediate', 'Expected'])}</urgency>\n"
        f"    <severity>{severity}</severity>\n    <certainty>{c.pick(['Observed', 'Likely'])}</certainty>\n"
        f"    <eventCode><valueName>预警信号</valueName><value>{event}{level}</value></eventCode>\n"
        f"    <effective>{sent}</effective>\n"
        f"    <expires>{(t + timedelta(hours=c.num(6, 48))):%Y-%m-%dT%H:%M:%S}+08:00</expires>\n"
        f"    <senderName>{sender_name}</senderName>\n"
        f"    <headline>{sender_name}{verb}{event}{level}预警信号</headline>\n"
        f"    <description>{_xml_escape(desc.format(area=area))}</description>\n"
        f"    <instruction>{_xml_escape(instr)}</instruction>\n"
        f"    <web>{_xml_escape(f'{SITE}/yjxx/detail.html?id={ident}&type=cap')}</web>\n"
        "    <contact>0851-12121</contact>\n"
        "    <area>\n"
        f"      <areaDesc>{area}</areaDesc>\n      <polygon>{_polygon(c)}</polygon>\n"
        + "".join(f"      <geocode><valueName>行政区划代码</valueName><value>{k}</value></geocode>\n" for k in codes)
        + "    </area>\n  </info>\n</alert>\n"
    )
    return xml, ident, sent


def alert_sign(ts: str, body: str) -> str:
    return hmac.new(ALERT_SECRET.encode(), f"{ts}\n{body}".encode(), hashlib.sha256).hexdigest()


@family("cap-alert")
def cap_alert(c: Corpus) -> None:
    f = "cap-alert"

    def push_h(ctype: str, body: str) -> dict[str, str]:
        ts = str(c.ts())
        return {
            "User-Agent": c.pick(["Apache-HttpClient/4.5.14 (Java/1.8.0_402)", "Java/1.8.0_402"]),
            "Content-Type": ctype,
            "Accept": "application/json",
            "X-Timestamp": ts,
            "X-Signature": alert_sign(ts, body),
        }

    for shape, kind, n in (("cap-alert-push", "Alert", 30), ("cap-update", "Update", 18), ("cap-cancel", "Cancel", 14)):
        for _ in range(n):
            xml, _, _ = cap_xml(c, kind)
            ctype = c.pick(["application/xml; charset=utf-8", "text/xml;charset=UTF-8", "application/cap+xml"])
            c.add(f, shape, "POST", c.pick(["/yjxx/api/cap/receive", "/api/warning/push"]), push_h(ctype, xml), xml)
    for _ in range(16):  # CAP wrapped in JSON by a relay (the XML as a string field)
        xml, ident, _ = cap_xml(c, c.pick(["Alert", "Update"]))
        enc = c.pick(["base64", "plain", "plain"])
        content = base64.b64encode(xml.encode()).decode() if enc == "base64" else xml
        body = js_json({"msgId": ident, "format": "CAP1.2", "encoding": enc, "content": content})
        c.add(f, "cap-json-relay", "POST", "/yjxx/api/relay", push_h("application/json;charset=UTF-8", body), body)
    for _ in range(28):  # the site's 预警 widget and list
        p = c.pick(
            [
                [
                    ("areacode", c.pick(list(DISTRICTS))),
                    ("level", ",".join(c.sample([lv for lv, _ in ALERT_LEVELS], 2))),
                    ("_", c.ms()),
                ],
                [
                    ("type", c.pick([e for e, _, _ in ALERT_EVENTS])),
                    ("start", f"{c.when():%Y-%m-%d}"),
                    ("end", f"{c.when():%Y-%m-%d}"),
                    ("pageNo", c.num(1, 5)),
                    ("pageSize", 10),
                ],
                [("keyword", c.pick(["暴雨", "橙色", "解除", "道路结冰 & 大风"])), ("city", c.pick(CITIES))],
            ]
        )
        h = c.headers(c.browser(0.5), accept=JQ_ACCEPT, referer=f"{SITE}/yjxx/index.html", xrw=c.chance(0.5))
        c.add(f, "alert-query", "GET", c.pick(["/yjxx/api/current?", "/yjxx/api/list?"]) + qs(p, jq), h)
    for _ in range(18):  # 地震 速报 relayed from CENC
        t = c.when()
        doc = {
            "type": c.pick(["自动测定", "正式测定"]),
            "M": f"{c.num(30, 55) / 10:.1f}",
            "epicenter": c.pick(["贵州毕节市威宁县", "贵州黔西南州望谟县", "云南昭通市鲁甸县", "四川宜宾市珙县"]),
            "lat": f"{c.num(2400, 2900) / 100:.2f}",
            "lon": f"{c.num(10300, 10900) / 100:.2f}",
            "depth": c.num(5, 20),
            "time": f"{t:%Y-%m-%d %H:%M:%S}",
            "id": f"CC{t:%Y%m%d%H%M%S}.{c.digits(4)}",
            "title": "",
            "felt": c.chance(0.5),
        }
        doc["title"] = f"{doc['epicenter']}发生{doc['M']}级地震（{doc['type']}）"
        body = js_json(doc)
        c.add(f, "eq-report", "POST", "/yjxx/api/eq/receive", push_h("application/json", body), body)
    for _ in range(20):  # 订阅 (SMS / WeChat)
        p = [
            ("mobile", c.mobile()),
            ("areas", ",".join(c.sample(list(DISTRICTS), c.num(1, 3)))),
            ("types", ",".join(c.sample([e for e, _, _ in ALERT_EVENTS], c.num(1, 3)))),
            ("minLevel", c.pick([lv for lv, _ in ALERT_LEVELS])),
            ("channel", c.pick(["sms", "wechat"])),
            ("smsCode", c.digits(6)),
            ("agree", "on"),
        ]
        h = c.headers(c.browser(0.7), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/yjxx/dy.html", xrw=True)
        c.add(f, "subscribe", "POST", "/yjxx/api/subscribe", h, qs(p, jq))


# --- iot-telemetry ------------------------------------------------------------------------------------

ONENET_TOKEN = "onenet2027token"
SENSORS = [  # (ds_id, kind, unit, lo, hi, decimals)
    ("water_level", "水位", "m", 50, 900, 2),
    ("manhole_tilt", "井盖倾角", "°", 0, 450, 1),
    ("gas_ppm", "燃气浓度", "ppm", 0, 500, 0),
    ("bridge_strain", "桥梁应变", "με", -300, 300, 1),
    ("pm25", "PM2.5", "μg/m³", 5, 180, 0),
    ("rain_1h", "小时雨量", "mm", 0, 800, 1),
]


def onenet_sign(nonce: str, msg: str) -> str:
    return base64.b64encode(hashlib.md5((ONENET_TOKEN + nonce + msg).encode(), usedforsecurity=False).digest()).decode()


def crc16_modbus(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def _bcd(digits: str) -> bytes:
    return bytes.fromhex(digits)


def sl651_frame(c: Corpus, station: str, t: datetime, level_mm: int, rain_01mm: int) -> str:
    """An SL 651-2014 uplink (定时报, function 0x32) in hex: 7E7E, centre, station (5 BCD bytes), password,
    function, up flag + length, STX, body (serial, send time, station id, observation time, elements), ETX, CRC."""
    body = (
        c.num(1, 65535).to_bytes(2, "big")
        + _bcd(f"{t:%y%m%d%H%M%S}")
        + b"\xf1\xf1"
        + _bcd(station)
        + b"\x48"  # 站类 H: 河道
        + b"\xf0\xf0"
        + _bcd(f"{t:%y%m%d%H%M}")
        + b"\x39\x23"
        + _bcd(f"{level_mm:08d}")  # 瞬时河道水位, 4 bytes, 3 decimals
        + b"\x20\x19"
        + _bcd(f"{rain_01mm:06d}")  # 当前降水量
        + b"\x38\x12"
        + _bcd(f"{c.num(1100, 1380):04d}")  # 电源电压
    )
    head = b"\x7e\x7e" + b"\x01" + _bcd(station) + b"\x12\x34" + b"\x32" + (len(body)).to_bytes(2, "big") + b"\x02"
    frame = head + body + b"\x03"
    return (frame + crc16_modbus(frame).to_bytes(2, "big")).hex().upper()


@family("iot-telemetry")
def iot_telemetry(c: Corpus) -> None:
    f = "iot-telemetry"
    push_ua = ["Apache-HttpClient/4.5.13 (Java/1.8.0_312)", "Jakarta Commons-HttpClient/3.1", "okhttp/3.14.9"]

    def reading(s: tuple) -> float | int:
        v = c.num(s[3], s[4])
        return v if s[5] == 0 else round(v / 10 ** s[5], s[5])

    for _ in range(16):  # OneNET URL verification: echo msg when the signature checks
        msg, nonce = c.alnum(c.pick([6, 8, 10])), c.alnum(8)
        p = [("msg", msg), ("nonce", nonce), ("signature", onenet_sign(nonce, msg))]
        c.add(
            f,
            "onenet-verify",
            "GET",
            c.pick(["/iot/onenet/receive?", "/api/iot/push?"]) + qs(p, form),
            tool_headers(c.pick(push_ua), "*/*"),
        )
    for _ in range(30):  # OneNET data points
        s = c.pick(SENSORS)
        msg: object = {"at": c.ms(), "type": 1, "ds_id": s[0], "value": reading(s), "dev_id": c.num(10**8, 10**9)}
        if c.chance(0.3):
            msg = [
                msg,
                {"at": c.ms(), "type": 2, "dev_id": c.num(10**8, 10**9), "status": c.pick([0, 1]), "login_type": 10},
            ]
        nonce = c.alnum(8)
        body = js_json({"msg": msg, "msg_signature": onenet_sign(nonce, js_json(msg)), "nonce": nonce})
        c.add(
            f,
            "onenet-push",
            "POST",
            "/iot/onenet/receive",
            tool_headers(c.pick(push_ua), "*/*", {"Content-Type": "application/json"}),
            body,
        )
    for _ in range(24):  # 华为云 IoTDA 数据转发
        s = c.pick(SENSORS)
        node = f"{s[0].split('_')[0].upper()}-{c.pick(list(DISTRICTS))}-{c.num(1, 999):04d}"
        t = c.when().astimezone(UTC)
        head = {
            "app_id": c.hexs(16),
            "device_id": f"{c.hexs(12)}_{node}",
            "node_id": node,
            "product_id": c.hexs(12),
            "gateway_id": f"{c.hexs(12)}_{node}",
        }
        if c.chance(0.7):
            doc = {
                "resource": "device.property",
                "event": "report",
                "event_time": f"{t:%Y%m%dT%H%M%SZ}",
                "notify_data": {
                    "header": head,
                    "body": {
                        "services": [
                            {
                                "service_id": s[0],
                                "properties": {
                                    "value": reading(s),
                                    "unit": s[2],
                                    "battery": c.num(5, 100),
                                    "alarm": c.chance(0.1),
                                    "remark": c.pick(["", f"{s[1]}超阈值（>{s[4]}）"]),
                                },
                                "event_time": f"{t:%Y%m%dT%H%M%SZ}",
                            }
                        ]
                    },
                },
            }
            shape = "iotda-property"
        else:
            doc = {
                "resource": "device.status",
                "event": "update",
                "event_time": f"{t:%Y%m%dT%H%M%SZ}",
                "notify_data": {
                    "header": head,
                    "body": {
                        "status": c.pick(["ONLINE", "OFFLINE", "ABNORMAL"]),
                        "last_online_time": f"{t:%Y%m%dT%H%M%SZ}",
                    },
                },
            }
            shape = "iotda-status"
        c.add(
            f,
            shape,
            "POST",
            "/iot/iotda/forward",
            tool_headers("IoTDA-Forwarder", "*/*", {"Content-Type": "application/json"}),
            js_json(doc),
        )
    for _ in range(24):  # 电信 CTWing AEP
        s = c.pick(SENSORS)
        payload = js_json({"ds": s[0], "v": reading(s), "bat": c.num(5, 100)}).encode()
        doc = {
            "upPacketSN": -1,
            "upDataSN": -1,
            "topic": "v1/up/ad",
            "timestamp": c.ms(),
            "tenantId": c.digits(10),
            "serviceId": "",
            "protocol": "lwm2m",
            "productId": c.digits(8),
            "messageType": "dataReport",
            "deviceType": "",
            "deviceId": c.hexs(16),
            "assocAssetId": "",
            "IMSI": f"46011{c.digits(10)}",
            "IMEI": f"86{c.digits(13)}",
            "payload": {"APPdata": base64.b64encode(payload).decode()},
        }
        c.add(
            f,
            "ctwing-report",
            "POST",
            "/iot/ctwing/push",
            tool_headers("Apache-HttpClient/4.5.6 (Java/1.8.0_201)", "*/*", {"Content-Type": "application/json"}),
            js_json(doc),
        )
    for _ in range(24):  # ChirpStack v4 HTTP integration
        event = c.pick(["up", "up", "up", "join", "status"])
        dev = {
            "tenantId": c.uid(),
            "tenantName": "城市生命线",
            "applicationId": c.uid(),
            "applicationName": c.pick(["井盖监测", "积水点监测", "燃气管网"]),
            "deviceProfileName": "CN470 Class A",
            "deviceName": f"JG-{c.pick(DISTRICT_NAMES)}-{c.num(1, 999):04d}",
            "devEui": c.hexs(8),
            "tags": {"road": c.pick(ROADS), "owner": "市政"},
        }
        doc: dict = {
            "deduplicationId": c.uid(),
            "time": f"{c.when().astimezone(UTC):%Y-%m-%dT%H:%M:%S}.{c.digits(6)}Z",
            "deviceInfo": dev,
        }
        if event == "up":
            raw = c.rnd.randbytes(c.num(4, 16))
            doc |= {
                "devAddr": c.hexs(4),
                "adr": True,
                "dr": c.num(0, 5),
                "fCnt": c.num(0, 65535),
                "fPort": c.pick([2, 10]),
                "confirmed": False,
                "data": base64.b64encode(raw).decode(),
                "object": {"tilt": c.num(0, 450) / 10, "water": c.chance(0.1), "battery": c.num(5, 100)},
                "rxInfo": [
                    {
                        "gatewayId": c.hexs(8),
                        "uplinkId": c.num(1, 65535),
                        "rssi": -c.num(60, 120),
                        "snr": c.num(-100, 120) / 10,
                        "location": {},
                    }
                ],
                "txInfo": {
                    "frequency": c.pick([470300000, 486300000, 471900000]),
                    "modulation": {
                        "lora": {"bandwidth": 125000, "spreadingFactor": c.num(7, 12), "codeRate": "CR_4_5"}
                    },
                },
            }
        elif event == "join":
            doc["devAddr"] = c.hexs(4)
        else:
            doc |= {"margin": c.num(0, 20), "externalPowerSource": False, "batteryLevel": c.num(1, 100)}
        c.add(
            f,
            "chirpstack-event",
            "POST",
            f"/iot/lora/uplink?event={event}",
            tool_headers("ChirpStack", "*/*", {"Content-Type": "application/json"}),
            js_json(doc),
        )
    for _ in range(24):  # SL 651 frames relayed by the 水利 RTU gateway
        station = f"00{c.digits(8)}"
        t = c.when()
        frame = sl651_frame(c, station, t, c.num(100000, 2000000), c.num(0, 9999))
        doc = {
            "stcd": station,
            "protocol": "SL651-2014",
            "recvTime": f"{t:%Y-%m-%d %H:%M:%S}",
            "remote": f"{c.pick(['117', '223'])}.{c.num(1, 254)}.{c.num(1, 254)}.{c.num(1, 254)}:{c.num(1024, 65535)}",
            "frame": frame,
        }
        c.add(
            f,
            "sl651-frame",
            "POST",
            "/sl651/api/frame",
            tool_headers("python-requests/2.31.0", "*/*", {"Content-Type": "application/json"}),
            js_json(doc),
        )


# --- hall-kiosk ---------------------------------------------------------------------------------------

KIOSK_SECRET = "qms-device-2027"
HALLS = {"GYZWZX": "贵阳市政务服务中心", "GSHQ": "观山湖区政务服务中心", "ZYZWZX": "遵义市政务服务中心"}
BIZ_TYPES = [
    ("A", "综合受理（企业开办）"),
    ("B", "不动产登记"),
    ("C", "社保医保"),
    ("D", "公积金"),
    ("E", "出入境"),
    ("F", "税务（发票领用）"),
    ("G", "“一件事”专窗"),
    ("V", "绿色通道（老年人/残疾人）"),
]
NATIONS = ["汉", "苗", "布依", "侗", "土家", "彝", "仡佬", "水"]


def kiosk_sign(device: str, ts: str) -> str:
    return md5_hex(f"{device}{ts}{KIOSK_SECRET}").upper()


@family("hall-kiosk")
def hall_kiosk(c: Corpus) -> None:
    f = "hall-kiosk"
    kiosk_ua = [
        "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 7.1.2; rk3288 Build/NHG47K; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/68.0.3440.70 Safari/537.36",
        "okhttp/3.12.12",
    ]

    def dev(kind: str, ctype: str | None = "application/json;charset=UTF-8") -> tuple[str, dict[str, str]]:
        device = f"{kind}-{c.pick(list(HALLS))}-{c.num(1, 40):03d}"
        ts = str(c.ms())
        h = {
            "User-Agent": c.pick(kiosk_ua),
            "Accept": "application/json, text/plain, */*",
            "deviceNo": device,
            "timestamp": ts,
            "sign": kiosk_sign(device, ts),
        }
        if ctype:
            h["Content-Type"] = ctype
        return device, h

    for _ in range(26):  # 取号 after reading the 身份证
        _, h = dev("QHJ")
        code, name = c.pick(BIZ_TYPES)
        doc: dict = {
            "hallCode": c.pick(list(HALLS)),
            "bizType": code,
            "bizName": name,
            "idCard": {
                "name": c.person(),
                "sex": c.pick(["男", "女"]),
                "nation": c.pick(NATIONS),
                "idNum": c.idcard(),
                "address": f"贵州省{c.pick(CITIES)}市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"
                f"{c.pick(['', '附' + str(c.num(1, 9)) + '号', c.pick(ESTATES) + str(c.num(1, 30)) + '栋'])}",
                "issue": f"{c.pick(CITIES)}市公安局{c.pick(DISTRICT_NAMES)}分局",
                "validity": f"{c.num(2015, 2026)}.{c.num(1, 12):02d}.{c.num(1, 28):02d}-"
                f"{c.pick(['长期', str(c.num(2030, 2046)) + '.01.01'])}",
            },
            "mobile": c.pick(["", c.mobile()]),
            "reservationNo": c.pick(["", f"YY{c.digits(12)}"]),
            "isOld": c.chance(0.15),
        }
        c.add(f, "take-number", "POST", "/qms/api/ticket/take", h, js_json(doc))
    for _ in range(14):  # the same with the reader's photo (base64 JPEG)
        _, h = dev("QHJ")
        doc = {
            "hallCode": c.pick(list(HALLS)),
            "bizType": c.pick(BIZ_TYPES)[0],
            "idNum": c.idcard(),
            "name": c.person(),
            "photo": base64.b64encode(jpeg(c, c.num(900, 2400))).decode(),
            "faceScore": c.num(60, 99) / 100,
        }
        c.add(f, "take-number-photo", "POST", "/qms/api/ticket/takeWithPhoto", h, js_json(doc))
    for _ in range(26):  # the window terminal: call, recall, skip, pause, transfer
        device, h = dev("CK", JQ_FORM)
        action = c.pick(["call", "call", "recall", "skip", "pause", "resume", "transfer"])
        p = [
            ("windowNo", f"{c.pick('ABCDEFG')}{c.num(1, 30):02d}"),
            ("action", action),
            ("ticketNo", f"{c.pick(BIZ_TYPES)[0]}{c.num(1, 300):03d}"),
            ("operator", c.person()),
        ]
        if action == "transfer":
            p += [
                ("toBizType", c.pick(BIZ_TYPES)[0]),
                ("reason", c.pick(["材料不全，转“一件事”专窗", "转绿色通道（80岁老人）", "业务类型选错"])),
            ]
        if action == "pause":
            p.append(("reason", c.pick(["会议", "午休 12:00-13:30", "系统故障（打印机卡纸）"])))
        c.add(f, "window-call", "POST", "/qms/api/window/" + action, h, qs(p, jq))
    for _ in range(22):  # 综合屏 / 窗口屏 polling
        _, h = dev(c.pick(["ZHP", "CKP"]), None)
        p = [("hallCode", c.pick(list(HALLS))), ("lastId", c.num(0, 99999)), ("t", c.ms())]
        if c.chance(0.5):
            p.insert(1, ("windowNo", f"{c.pick('ABCDEFG')}{c.num(1, 30):02d}"))
        c.add(f, "screen-poll", "GET", "/qms/api/screen/calls?" + qs(p, uri), h)
    for _ in range(20):  # the citizen's phone: 排队进度
        p = [
            ("ticketNo", f"{c.pick(BIZ_TYPES)[0]}{c.num(1, 300):03d}"),
            ("hallCode", c.pick(list(HALLS))),
            ("date", f"{c.when():%Y-%m-%d}"),
        ]
        h = c.headers(c.browser(0.95), accept=AXIOS_ACCEPT, referer=f"{SITE}/qms/h5/progress.html?{qs(p, uri)}")
        c.add(f, "queue-progress", "GET", "/qms/api/ticket/progress?" + qs(p, uri), h)
    for _ in range(18):  # 回执 printing text
        _, h = dev("QHJ")
        code, name = c.pick(BIZ_TYPES)
        hall = c.pick(list(HALLS))
        text = (
            f"{HALLS[hall]}\n━━━━━━━━━━━━━━━━\n  排队号：{code}{c.num(1, 300):03d}\n  业务：{name}\n"
            f"  前面等候：{c.num(0, 40)} 人\n  取号时间：{c.when():%Y-%m-%d %H:%M}\n━━━━━━━━━━━━━━━━\n"
            "温馨提示：过号请重新取号；请保管好个人信息 & 小票。\n咨询电话：0851-12345"
        )
        doc = {
            "printer": c.pick(["EPSON TM-T88V", "SNBC BTP-U60"]),
            "text": text,
            "cut": True,
            "qrcode": f"{SITE}/qms/h5/progress.html?no={code}{c.num(1, 300):03d}&hall={hall}",
        }
        c.add(f, "print-receipt", "POST", "/qms/api/print/receipt", h, js_json(doc))
    for _ in range(18):  # device heartbeats
        device, h = dev(c.pick(["QHJ", "CK", "ZHP", "PJQ"]))
        doc = {
            "deviceNo": device,
            "ip": f"10.{c.num(0, 255)}.{c.num(0, 255)}.{c.num(2, 254)}",
            "mac": ":".join(c.hexs(1).upper() for _ in range(6)),
            "version": f"v{c.num(2, 4)}.{c.num(0, 9)}.{c.num(0, 20)}",
            "paper": c.pick(["OK", "LOW", "OUT"]),
            "idReader": c.pick(["OK", "ERR: 读卡器未连接(COM3)"]),
            "cpu": c.num(1, 99),
            "uptime": c.num(60, 9_000_000),
        }
        c.add(f, "heartbeat", "POST", "/qms/api/device/heartbeat", h, js_json(doc))


# --- litigation-service -------------------------------------------------------------------------------

COURTS = {
    "01": "贵阳市中级人民法院",
    "0102": "贵阳市南明区人民法院",
    "0103": "贵阳市云岩区人民法院",
    "0115": "贵阳市观山湖区人民法院",
    "03": "遵义市中级人民法院",
    "0302": "遵义市红花岗区人民法院",
}
CASE_TYPES = ["民初", "民终", "执", "执保", "行初", "刑初", "商初", "知民初"]
CLAIMS = [
    "判令被告支付货款{amount}元及逾期付款利息（以{amount}元为基数，自2026年3月1日起按LPR的1.5倍计算至实际清偿之日止）；",
    "判令被告返还借款本金{amount}元；",
    "判令解除原、被告于2025年6月18日签订的《房屋租赁合同》；",
    "判令被告赔偿原告医疗费、误工费、护理费等各项损失共计{amount}元；",
    "本案诉讼费、保全费由被告承担。",
]
FACTS = [
    "原告与被告系买卖合同关系。2025年10月，被告向原告采购“黔北”牌"
    "水泥共计 300 吨，约定货到 30 日内付清货款。原告依约交货后，"
    "被告仅支付部分货款，余款经原告多次催收（含微信、短信及 2026 年 1 月 5 日的律师函）至今未付。",
    "2026年2月14日，被告驾驶贵A·12345号小型轿车在长岭北路与林城西路交叉口将原告撞伤，交警部门认定被告负事故全部责任。",
    "被告向原告借款后出具借条一张，载明“今借到 XX 人民币伍万元整，于 2026 年 12 月 31 日前归还”，到期后被告拒不还款。",
    "原、被告之间的纠纷经人民调解委员会调解未果；原告认为被告的行为 and 陈述均不属实，特诉至贵院，望判如所请。",
]
BRACKETS = [
    (10_000, 0.025),
    (100_000, 0.02),
    (200_000, 0.015),
    (500_000, 0.01),
    (1_000_000, 0.009),
    (2_000_000, 0.008),
    (5_000_000, 0.007),
    (10_000_000, 0.006),
    (20_000_000, 0.005),
]


def litigation_fee(amount: float) -> float:
    """财产案件 受理费, 《诉讼费用交纳办法》第十三条(一): 50 元 to 1 万, then the marginal rates above."""
    fee = 50.0
    bounds = [b for b, _ in BRACKETS] + [float("inf")]
    for (lo, rate), hi in zip(BRACKETS, bounds[1:], strict=True):
        if amount > lo:
            fee += (min(amount, hi) - lo) * rate
    return round(fee, 2)


def case_no(c: Corpus, year: int | None = None) -> str:
    lp, rp = c.pick([("（", "）"), ("(", ")"), ("〔", "〕")])
    return f"{lp}{year or c.num(2024, 2027)}{rp}黔{c.pick(list(COURTS))}{c.pick(CASE_TYPES)}{c.num(1, 25000)}号"


def _party(c: Corpus) -> dict:
    if c.chance(0.5):
        return {
            "lx": "自然人",
            "xm": c.pick([c.person(), c.person(), "O'Connor Liam（奥康纳）"]),
            "zjhm": c.idcard(),
            "sjhm": c.mobile(),
            "dz": f"贵州省{c.pick(CITIES)}市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号",
        }
    return {"lx": "法人", "mc": company(c), "tyshxydm": uscc(c), "fddbr": c.person(), "dz": f"贵州省{c.pick(CITIES)}市"}


@family("litigation-service")
def litigation_service(c: Corpus) -> None:
    f = "litigation-service"
    ref = f"{SITE}/ssfw/wsla/index.html"

    def hdr(ctype: str | None = JSON_CT, accept: str = AXIOS_ACCEPT, referer: str = ref) -> dict[str, str]:
        return c.headers(
            c.browser(0.3),
            accept=accept,
            ctype=ctype,
            referer=referer,
            extra={"Authorization": f"Bearer {c.b64(32, urlsafe=True)}"},
        )

    for _ in range(26):  # 网上立案: parties, claims, facts, 标的额 and 预交 诉讼费
        amount = round(c.num(1_000, 30_000_000) + c.num(0, 99) / 100, 2)
        claims = [cl.format(amount=f"{amount:,.2f}") for cl in c.sample(CLAIMS[:4], c.num(1, 2))] + [CLAIMS[4]]
        doc = {
            "fymc": c.pick(list(COURTS.values())),
            "ajlx": c.pick(["民事一审", "商事一审", "行政一审"]),
            "ay": c.pick(["买卖合同纠纷", "民间借贷纠纷", "机动车交通事故责任纠纷", "房屋租赁合同纠纷", "劳动争议"]),
            "yg": [_party(c)],
            "bg": [_party(c) for _ in range(c.num(1, 2))],
            "ssqq": "\n".join(f"{i}. {cl}" for i, cl in enumerate(claims, 1)),
            "sshly": c.pick(FACTS) + "\n此致\n" + c.pick(list(COURTS.values())),
            "bde": f"{amount:.2f}",
            "yjssf": f"{litigation_fee(amount):.2f}",
            "sfsqbq": c.chance(0.3),
            "dlr": c.pick(
                [
                    None,
                    {
                        "xm": c.person(),
                        "zyzh": f"1520{c.num(2000, 2027)}1{c.digits(8)}",
                        "lsswsmc": f"贵州{c.pick(['黔信', '筑城', '阳明'])}律师事务所",
                    },
                ]
            ),
        }
        c.add(f, "case-filing", "POST", "/ssfw/api/wsla/submit", hdr(), js_json(doc))
    for _ in range(24):  # 12368 案件查询 by 案号
        p = [("ah", case_no(c)), ("cxm", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), ("dsrxm", c.person())]
        c.add(
            f,
            "case-query",
            "GET",
            "/ssfw/api/ajcx?" + qs(p, c.pick([uri, jq])),
            hdr(None, referer=f"{SITE}/ssfw/ajcx.html"),
        )
    for _ in range(18):  # 诉讼费 calculator
        amount = c.num(500, 50_000_000)
        p = [("ajlx", "ccaj"), ("bde", amount), ("sfbj", c.pick(["0", "1"]))]
        c.add(f, "fee-calc", "GET", "/ssfw/api/ssf/calc?" + qs(p, uri), hdr(None, referer=f"{SITE}/ssfw/ssfjs.html"))
    for _ in range(20):  # 律师 预约 (阅卷 / 会见 / 立案)
        p = [
            ("lsxm", c.person()),
            ("zyzh", f"1520{c.num(2000, 2027)}1{c.digits(8)}"),
            ("lsswsmc", f"贵州{c.pick(['黔信', '筑城', '阳明', '君诚'])}律师事务所（{c.pick(CITIES)}分所）"),
            ("ah", case_no(c)),
            ("yylx", c.pick(["阅卷", "会见法官", "递交材料"])),
            ("yyrq", f"{c.when():%Y-%m-%d}"),
            ("yysd", c.pick(["上午", "下午"])),
            ("sjhm", c.mobile()),
            ("bz", c.pick(["", "需复制卷宗（约 200 页）", "当事人为“限制民事行为能力人”，由监护人陪同"])),
        ]
        h = c.headers(c.browser(0.2), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/ssfw/lsfw/yy.html", xrw=True)
        c.add(f, "lawyer-appointment", "POST", "/ssfw/lsfw/yy/save.do", h, qs(p, jq))
    for _ in range(16):  # 起诉状 / 证据 uploads
        b = c.browser(0.1)
        name = c.pick(
            ["民事起诉状", "证据目录及证据", "授权委托书", "营业执照（副本）", "借条 照片", "O'Brien-护照翻译件"]
        )
        ctype, body = c.multipart(
            b,
            [
                ("ajid", c.uid()),
                ("cllx", c.pick(["QSZ", "ZJ", "SQWTS", "SFZM"])),
                ("file", (f"{name}.pdf", "application/pdf", pdf_head(c, c.num(1500, 5000)))),
            ],
        )
        h = c.headers(
            b,
            accept=AXIOS_ACCEPT,
            ctype=ctype,
            referer=ref,
            extra={"Authorization": f"Bearer {c.b64(32, urlsafe=True)}"},
        )
        c.add(f, "doc-upload", "POST", "/ssfw/api/file/upload", h, body)
    for _ in range(20):  # 12309 检察: 控告申诉 and 案件程序性信息 查询
        if c.chance(0.5):
            doc = {
                "lx": c.pick(["控告", "申诉", "举报", "国家赔偿"]),
                "xm": c.person(),
                "sfzh": c.idcard(),
                "lxdh": c.mobile(),
                "bkgr": c.pick([company(c), c.person(), "某某派出所"]),
                "nr": c.pick(FACTS)
                + c.pick(["", "\n诉求：1) 依法立案监督；2) 书面答复。", "\n（附：“不予立案通知书”复印件）"]),
                "wh": f"黔{c.pick(['检', '南检', '云检'])}{c.pick(['刑', '民', '行'])}"
                f"{c.pick(['不立', '申', '监'])}〔{c.num(2024, 2027)}〕{c.num(1, 99)}号",
            }
            c.add(
                f,
                "procuratorate",
                "POST",
                "/12309/api/kgss/submit",
                hdr(referer=f"{SITE}/12309/kgss.html"),
                js_json(doc),
            )
        else:
            p = [
                ("wsh", f"黔{c.pick(['检', '南检'])}刑诉〔{c.num(2024, 2027)}〕{c.num(1, 500)}号"),
                ("sfzh", c.idcard()),
                ("yzm", c.alnum(4)),
            ]
            c.add(
                f,
                "procuratorate",
                "GET",
                "/12309/api/ajxx/query?" + qs(p, uri),
                hdr(None, referer=f"{SITE}/12309/ajcx.html"),
            )
    for _ in range(18):  # 电子送达 签收
        doc = {
            "sdid": c.uid(),
            "ah": case_no(c),
            "wsmc": c.pick(["受理案件通知书", "举证通知书", "开庭传票", "民事判决书"]),
            "qsr": c.person(),
            "qssj": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "qsfs": c.pick(["短信链接", "小程序", "网页"]),
            "yzm": c.digits(6),
            "ydqr": True,
        }
        c.add(
            f,
            "service-receipt",
            "POST",
            "/ssfw/api/dzsd/sign",
            hdr(referer=f"{SITE}/ssfw/dzsd/view.html"),
            js_json(doc),
        )


# --- site-verification --------------------------------------------------------------------------------

CSR_DOMAINS = [
    "www.example.gov.cn",
    "zwfw.example.gov.cn",
    "rsj.example.gov.cn",
    "*.example.gov.cn",
    "yjxx.example.gov.cn",
]


def _csr(domain: str) -> bytes:
    """A CSR (DER) for one of the site's names, signed with the fixed test key (PKCS#1 v1.5: deterministic)."""
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "贵州省"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "贵州省大数据发展管理局"),
            x509.NameAttribute(NameOID.COMMON_NAME, domain),
        ]
    )
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(name)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(domain)]), critical=False)
        .sign(RSA_KEY, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.DER)


CSRS = {d: _csr(d) for d in CSR_DOMAINS}
LE_UA = "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"


@family("site-verification")
def site_verification(c: Corpus) -> None:
    f = "site-verification"
    for _ in range(26):  # ACME http-01 from the CA's validation perspectives
        c.add(
            f,
            "acme-http01",
            "GET",
            f"/.well-known/acme-challenge/{b64url(c.rnd.randbytes(32))}",
            {"User-Agent": LE_UA, "Accept": "*/*", "Accept-Encoding": "gzip"},
        )
    for _ in range(18):  # cert-manager's self check before it asks the CA
        ua = f"cert-manager-challenges/v1.{c.num(12, 16)}.{c.num(0, 5)} (linux/amd64) cert-manager/{c.hexs(20)}"
        c.add(
            f,
            "acme-selfcheck",
            "GET",
            f"/.well-known/acme-challenge/{b64url(c.rnd.randbytes(32))}",
            {"User-Agent": ua, "Accept-Encoding": "gzip"},
        )
    for _ in range(20):  # Sectigo/ZeroSSL file DCV: the CSR's MD5 in upper case
        name = hashlib.md5(CSRS[c.pick(CSR_DOMAINS)], usedforsecurity=False).hexdigest().upper()
        h = {"User-Agent": c.pick(["Mozilla/5.0 (compatible; Sectigo DCV)", "Go-http-client/1.1"]), "Accept": "*/*"}
        c.add(f, "pki-validation", "GET", f"/.well-known/pki-validation/{name}.txt", h)
    for _ in range(16):  # DigiCert/TrustAsia fileauth.txt
        c.add(
            f,
            "pki-fileauth",
            "GET",
            "/.well-known/pki-validation/fileauth.txt",
            {
                "User-Agent": c.pick(
                    ["DigiCert DCV Bot/1.1", "Mozilla/5.0 (compatible; TrustAsia DCV)", "Java/1.8.0_402"]
                ),
                "Accept": "text/plain, */*",
                "Cache-Control": "no-cache",
            },
        )
    for _ in range(18):  # 百度搜索资源平台 verification file
        h = {
            "User-Agent": "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
            "Accept": "*/*",
            "Accept-Language": "zh-cn,zh-tw",
            "Accept-Encoding": "gzip",
        }
        c.add(f, "baidu-verify", "GET", f"/baidu_verify_codeva-{c.alnum(10)}.html", h)
    for _ in range(16):  # Google Search Console
        c.add(
            f,
            "google-verify",
            "GET",
            f"/google{c.hexs(8)}.html",
            {"User-Agent": "Mozilla/5.0 (compatible; Google-Site-Verification/1.0)", "Accept-Encoding": "gzip"},
        )
    for _ in range(14):  # Bing Webmaster Tools
        c.add(
            f,
            "bing-auth",
            "GET",
            "/BingSiteAuth.xml",
            {
                "User-Agent": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Accept": "*/*",
                "Accept-Encoding": "gzip, deflate",
            },
        )
    for _ in range(16):  # IndexNow key files (root or keyLocation)
        key = c.hexs(16)
        path = c.pick([f"/{key}.txt", f"/indexnow/{key}.txt"])
        c.add(
            f,
            "indexnow-key",
            "GET",
            path,
            {
                "User-Agent": c.pick(
                    [
                        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
                    ]
                ),
                "Accept": "*/*",
            },
        )


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    c = Corpus(SEED)
    for name in sorted(FAMILIES):
        FAMILIES[name](c)
    return c.reqs


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


def main() -> None:
    reqs = gen()
    problems = [(r["label"], p) for r in reqs for p in check(r)]
    if problems:
        raise SystemExit(f"{len(problems)} malformed requests, first: {problems[:3]}")
    tuning, heldout = split(reqs)
    for path, part in ((TUNING_FILE, tuning), (HELD_OUT_FILE, heldout)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    print(f"{len(reqs)} requests, {len(FAMILIES)} families: tuning {len(tuning)}, held-out {len(heldout)}")


if __name__ == "__main__":
    main()
