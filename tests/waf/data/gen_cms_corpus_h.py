"""Generate corpus H: an EIGHTH set of ordinary requests to Chinese government sites, independent of A-G.

    python tests/waf/data/gen_cms_corpus_h.py   # writes cms_h_tuning.jsonl and cms_h_heldout.jsonl next to it

Why an eighth corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked,
and H measures the WAF's false positives on traffic no tuning round has seen. A-G cover a site's own pages,
CMS products, widgets, browser reports, citizen services, business back ends and machine-to-machine pushes.
Corpus H covers what a provincial government cloud also carries and none of them has: 国密 (SM2/SM3/SM4)
encrypted and signed form submissions as the sm-crypto and Hutool clients send them; API gateways' signed
requests (阿里云 API 网关 X-Ca-* HMAC, 海康 artemis, 腾讯 TIF paasid signatures, 浙江 IRS-style md5 signs);
帆软 FineReport/FineBI reports, parameter dialogs, exports, 填报 and logins; monitoring probes (Prometheus
scrapes and federation with PromQL, Grafana queries, Spring Boot actuator, kube-probe, blackbox, Uptime
Kuma, Zabbix); configuration and service registries (Nacos, Apollo, Eureka, Consul); 财政电子票据 and 发票
查验 with QR payloads; a 政务 App's native API (okhttp/Alamofire, md5 signs, JWTs, crash logs); 不见面开标
and 电子保函 of 公共资源交易 (SM2-signed sign-in, bid key unwrapping, 大写 quotes, questions); 职称评审 申报
(论文 titles with ISSNs, long 工作总结 prose, uploads); and 义务教育 入学报名 (children's and guardians' IDs,
不动产权证号, 学区 addresses with "#" and brackets). ``SOURCES`` names the public material each family's URLs,
parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces. Where a protocol signs or encrypts (SM2 encryption and signatures, SM4,
SM3 signs, API-gateway HMACs, TIF/IRS/App signs, JWTs, FineReport's RSA login, identifiers' check digits)
the generator does it for real with the fixed test keys below, so the fast tests can check the requests the
way the receiving servers would.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A-G (method, path, headers, body or body_b64); each is held to corpus_kit.check_record.

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on H was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-h/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-h/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
import urllib.parse
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_g as corpus_g
from tests.waf.data.corpus_kit import HashSplit, check_record, record
from tests.waf.data.gen_cms_corpus_e import (  # E's encoders and client constants
    AXIOS_ACCEPT,
    AXIOS_JSON,
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
    png,
    tool_headers,
    uscc,
)
from tests.waf.data.gen_cms_corpus_g import jwt_hs256

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_h_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_h_heldout.jsonl"
SEED = 20271203
HOST = "www.example.gov.cn"
SITE = f"https://{HOST}"
SALT = "corpus-h/"

SOURCES = {
    "gm-crypto-form": "GB/T 32918-2016 (SM2: encryption C1C3C2 of GM/T 0009-2012, C1 = 04||x||y, KDF and "
    "C3 = SM3(x2||M||y2); "
    "signatures with Z_A over the default ID 1234567812345678), GB/T 32905-2016 (SM3), GB/T 32907-2016 (SM4 "
    "ECB/CBC, PKCS#7); the sm-crypto JS library (sm2.doEncrypt hex without the 04 prefix, cipherMode 1, "
    "sm4.encrypt hex output, sm3 hex) and Hutool SmUtil/BouncyCastle back ends that want the 04 prefix; "
    "《信息系统密码应用基本要求》 GB/T 39786-2021 (商用密码应用安全性评估, 密评) as 政务系统 apply it to login "
    "passwords, 身份证号/手机号 fields, 数字信封 (SM4 key wrapped by SM2) JSON envelopes and SM3 request signs",
    "api-gateway-sign": "阿里云 API 网关 使用摘要签名认证 (X-Ca-Key, X-Ca-Timestamp, X-Ca-Nonce, X-Ca-Signature-Method "
    "HmacSHA256, X-Ca-Signature-Headers, X-Ca-Signature = base64 HMAC of Method\\nAccept\\nContent-MD5\\n"
    "Content-Type\\nDate\\nHeaders PathAndParameters with sorted query and form parameters, Content-MD5 of JSON "
    "bodies; api-gateway-demo-sign-java); 海康威视 综合安防管理平台 ISC OpenAPI (artemis-http-client: "
    "/artemis/api/resource/v1/cameras, /video/v2/cameras/previewURLs, /acs/v2/door/events, same X-Ca scheme); "
    "腾讯 TIF 政务网关 as 广东 数字政府 能力开放 documents it (x-tif-paasid, x-tif-timestamp, x-tif-nonce, "
    "x-tif-signature = upper SHA-256 of timestamp+token+nonce+timestamp); 省 公共数据平台 (IRS) 接口 with appKey, "
    "requestTime and sign = md5(appKey + requestSecret + requestTime)",
    "finereport-bi": "帆软 FineReport 10/11 帮助文档: 决策平台 /webroot/decision/view/report?viewlet= "
    "(cpt templates in "
    "Chinese folders, URL parameters), ReportServer?reportlet=, op=page_content&pn=&sessionID= paging, "
    "op=fr_dialog&cmd=parameters_d with __parameters__ JSON, op=export&format=excel|pdf|word&extype=, "
    "__bypagesize__, 填报 op=fr_write submissions, /view/form?viewlet=*.frm 决策报表 and 大屏; 决策平台 "
    "/webroot/decision/login JSON (username, password RSA-encrypted by the page's JSEncrypt key, validity -1, "
    "sliderToken, origin, encrypted true); FineBI 5/6 /webroot/decision/v5/design widget data JSON (filters, "
    "dimensions, paging) as 政务 数据大屏 and 财政/统计 报表 systems serve them",
    "health-probes": "Prometheus scrape requests (User-Agent Prometheus/2.x, Accept application/openmetrics-text;"
    "version=1.0.0 ... text/plain;version=0.0.4, X-Prometheus-Scrape-Timeout-Seconds), /federate?match[]= and "
    "the HTTP API /api/v1/query and /query_range (PromQL selectors with =~ regexes, rate()[5m], sum by, "
    "histogram_quantile) as Grafana's datasource proxy sends them (GET and form POST); Spring Boot Actuator "
    "(/actuator/health, /health/liveness, /info, /prometheus; Accept application/vnd.spring-boot.actuator.v3+json "
    "from Spring Boot Admin); Kubernetes kube-probe/1.x httpGet probes; blackbox_exporter /probe?target=&module= "
    "and its probes; Uptime Kuma and Zabbix web scenario checks of 政府网站 availability (网站普查 可用性 要求)",
    "config-registry": "Nacos 1.x/2.x Open API (/nacos/v1/cs/configs dataId/group/tenant, listener POST "
    "Listening-Configs = dataId%02group%02md5%02tenant%01 with Long-Pulling-Timeout, config publish with YAML "
    "content and type, /nacos/v1/ns/instance register with metadata JSON and instance/list; Nacos-Java-Client "
    "headers); Apollo 配置中心 (/configs/{appId}/{cluster}/{namespace}?releaseKey=&ip=, /configfiles/json, "
    "/notifications/v2?notifications=[{namespaceName, notificationId}] JSON in the query); Netflix Eureka REST "
    "(/eureka/apps, /apps/delta, POST /eureka/apps/{APP} instance JSON, Java-EurekaClient); Consul HTTP API "
    "(/v1/health/service/?passing&index=&wait=, /v1/kv/?raw, X-Consul-Token) of 政务云 微服务 platforms",
    "e-bill-verify": "财政部 《财政电子票据管理办法》 and 全国财政电子票据查验平台 query fields "
    "(票据代码 8 位, 票据号码 10 "
    "位, 校验码 6 位, 开票日期, 票据金额), 非税收入 缴款 电子票据 download (OFD/PDF/XML); 国家税务总局 全国增值税发票"
    "查验平台 fields (发票代码 fpdm 10/12 位, 发票号码 fphm 8 位, 开票日期 kprq, 不含税金额 je, 校验码后六位 jym) and "
    "全面数字化电子发票 (数电票, 20 位号码); the invoice QR text (版本, 种类代码 01/04/10/32, 代码, 号码, 金额, 日期, "
    "校验码, 密文 tail) as scanning clients send it; 纳税人识别号 = 统一社会信用代码 (GB 32100-2015 check character); "
    "报销 查重 batches of 单位 财务 systems",
    "gov-app-api": "政务服务 移动端 App clients as their public SDK and API docs show them: okhttp/4.x and "
    "Alamofire/5.x "
    "User-Agents, per-request appId/version/platform/deviceId/timestamp/nonce headers, sign = upper md5 of the "
    "sorted non-empty parameters with &key=secret (the WeChat Pay v2 rule many 政务 APIs copy), JWT HS256 access "
    "tokens (RFC 7519), 版本更新 checks with channel, 厂商推送 token registration (华为 HMS, 小米, 极光 "
    "registrationId), uni-app wgt 热更新 checks (__UNI__ appid), crash/ANR log uploads with Java and Swift stack "
    "traces, splash/首页 config fetches; 《移动互联网应用程序个人信息保护》 consent-version fields",
    "bid-opening": "全国公共资源交易平台 and 省 电子交易系统 不见面开标 hall clients (新点 Epoint/广联达 style): "
    "签到 with "
    "CA 证书序列号 and SM2 signatures (GB/T 35275 SignedData values as r||s), 投标文件 解密 with the bid's SM4 key "
    "re-wrapped under the platform's SM2 key (GM/T 0010 数字信封), 报价 确认 in 大写 人民币 (壹贰叁…元角分) and "
    "digits, 工期/质量/项目经理 注册证书号, 开标 异议/提问 messages; 投标文件 uploads (.GZTF/.ZJTF encrypted, "
    "multipart), 招标文件 downloads; 电子保函 (公共资源交易 电子保函 接口规范: 投保 申请 and 出函 回调 with "
    "tenderProjectCode/bidSectionCode/guaranteeAmount/beneficiary, HMAC-SHA256 X-Sign)",
    "title-review": "人力资源社会保障部 and 省人社厅 职称评审 申报系统 (专业技术人才 职称申报: 基本信息, 学历, 现职称, "
    "申报 级别/专业, 论文论著 with 刊名, ISSN (ISO 3297 check digit) and CN 刊号, 获奖/项目, 专业技术工作总结, "
    "证书 attachments as PDF/JPG), 评委会 评审 打分 and 评语, 评审结果 公示 and 证书 查询 pages; 《职称评审管理暂行"
    "规定》 (人社部令第40号); 公民身份号码 GB 11643-1999 check digits",
    "school-enrollment": "教育部 义务教育 招生入学 工作通知 and 市/区 教育局 义务教育入学服务平台 (阳光招生) forms: "
    "监护人 注册 and 短信 code, 适龄儿童 信息 (身份证号 GB 11643, 出生医学证明 编号, 户籍地址), 房产 信息 "
    "(不动产权证号 黔(年)市不动产权第N号, 购房合同 备案号, 租赁 备案), 随迁子女 居住证/社保 months/务工 单位, "
    "材料 photo uploads, 学区/划片 查询 by 小区 and 楼栋 (3#楼, 2-1-301), 录取结果 查询",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families


def split(reqs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tuning part, held-out part) by the docstring's rule."""
    return SPLIT.split(reqs)


# --- the corpus: G's (and so F's), recording H's sources --------------------------------------------


class Corpus(corpus_g.Corpus):
    """G's corpus (values, browsers, header order); requests are tagged with H's sources."""

    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))

    def nonce(self) -> str:
        return self.alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789")


FAMILIES: dict[str, Callable[[Corpus], None]] = {}


def family(name: str) -> Callable[[Callable[[Corpus], None]], Callable[[Corpus], None]]:
    def register(fn: Callable[[Corpus], None]) -> Callable[[Corpus], None]:
        FAMILIES[name] = fn
        return fn

    return register


def md5_hex(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def sm3_hex(data: bytes | str) -> str:
    return hashlib.new("sm3", data.encode() if isinstance(data, str) else data).hexdigest()


# --- 国密: SM2 (GB/T 32918) in plain integers, SM4 through cryptography, fixed test keys -------------

SM2_P = int("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF", 16)
SM2_A = SM2_P - 3
SM2_B = int("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93", 16)
SM2_N = int("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123", 16)
SM2_G = (
    int("32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7", 16),
    int("BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0", 16),
)
Point = tuple[int, int] | None


def ec_add(p1: Point, p2: Point) -> Point:
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2 and (y1 + y2) % SM2_P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + SM2_A) * pow(2 * y1, -1, SM2_P) % SM2_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, SM2_P) % SM2_P
    x3 = (lam * lam - x1 - x2) % SM2_P
    return x3, (lam * (x1 - x3) - y1) % SM2_P


def ec_mul(k: int, pt: Point) -> Point:
    out: Point = None
    while k:
        if k & 1:
            out = ec_add(out, pt)
        pt = ec_add(pt, pt)
        k >>= 1
    return out


def _b32(n: int) -> bytes:
    return n.to_bytes(32, "big")


def sm2_key(label: str) -> tuple[int, tuple[int, int]]:
    """A fixed test key pair (private d, public dG) derived from a label."""
    d = int(sha256_hex(f"corpus-h sm2 {label}"), 16) % (SM2_N - 1) + 1
    pub = ec_mul(d, SM2_G)
    assert pub is not None
    return d, pub


SM2_PLATFORM = sm2_key("platform")  # the 政务 system's key: the page encrypts to its public key
SM2_BIDDERS = [sm2_key(f"bidder-{i}") for i in range(6)]  # 投标人 CA keys


def sm2_pub_hex(pub: tuple[int, int]) -> str:
    return "04" + _b32(pub[0]).hex() + _b32(pub[1]).hex()


def _kdf(z: bytes, klen: int) -> bytes:
    out, ct = b"", 1
    while len(out) < klen:
        out += hashlib.new("sm3", z + ct.to_bytes(4, "big")).digest()
        ct += 1
    return out[:klen]


def sm2_encrypt(c: Corpus, pub: tuple[int, int], msg: bytes, prefix: bool = False) -> str:
    """SM2 encryption, C1C3C2 in hex as sm-crypto writes it (with "04" when the page adds it for Hutool)."""
    while True:
        k = c.num(1, SM2_N - 1)
        c1, kp = ec_mul(k, SM2_G), ec_mul(k, pub)
        assert c1 is not None and kp is not None
        t = _kdf(_b32(kp[0]) + _b32(kp[1]), len(msg))
        if any(t):
            break
    c2 = bytes(a ^ b for a, b in zip(msg, t, strict=True))
    c3 = hashlib.new("sm3", _b32(kp[0]) + msg + _b32(kp[1])).digest()
    return ("04" if prefix else "") + (_b32(c1[0]) + _b32(c1[1]) + c3 + c2).hex()


def sm2_decrypt(d: int, text: str) -> bytes:
    """What the receiving server recovers (the fast tests use it): either hex form, C3 checked."""
    for raw in ([bytes.fromhex(text[2:])] if text.startswith("04") else []) + [bytes.fromhex(text)]:
        x, y = int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:64], "big")
        if (y * y - x * x * x - SM2_A * x - SM2_B) % SM2_P:
            continue
        kp = ec_mul(d, (x, y))
        assert kp is not None
        c3, c2 = raw[64:96], raw[96:]
        msg = bytes(a ^ b for a, b in zip(c2, _kdf(_b32(kp[0]) + _b32(kp[1]), len(c2)), strict=True))
        if hashlib.new("sm3", _b32(kp[0]) + msg + _b32(kp[1])).digest() == c3:
            return msg
    raise ValueError("not an SM2 ciphertext for this key")


def _sm2_e(pub: tuple[int, int], msg: bytes, uid: bytes = b"1234567812345678") -> int:
    za = hashlib.new(
        "sm3",
        (len(uid) * 8).to_bytes(2, "big") + uid + b"".join(_b32(v) for v in (SM2_A, SM2_B, *SM2_G, *pub)),
    ).digest()
    return int(hashlib.new("sm3", za + msg).hexdigest(), 16)


def sm2_sign(c: Corpus, key: tuple[int, tuple[int, int]], msg: bytes) -> str:
    """SM2 signature with Z_A (default user ID), as r||s hex (sm-crypto's doSignature with hash: true)."""
    d, pub = key
    e = _sm2_e(pub, msg)
    while True:
        k = c.num(1, SM2_N - 1)
        kg = ec_mul(k, SM2_G)
        assert kg is not None
        r = (e + kg[0]) % SM2_N
        s = pow(1 + d, -1, SM2_N) * (k - r * d) % SM2_N
        if r and r + k != SM2_N and s:
            return _b32(r).hex() + _b32(s).hex()


def sm2_verify(pub: tuple[int, int], msg: bytes, sig: str) -> bool:
    r, s = int(sig[:64], 16), int(sig[64:], 16)
    t = (r + s) % SM2_N
    if not (0 < r < SM2_N and 0 < s < SM2_N and t):
        return False
    pt = ec_add(ec_mul(s, SM2_G), ec_mul(t, pub))
    return pt is not None and (_sm2_e(pub, msg) + pt[0]) % SM2_N == r


SM4_KEY = bytes.fromhex("8f3a1c5e7b9d2f4a6c8e0b1d3f5a7c9e")  # the front end's fixed SM4 key (as many 政务 pages ship)
SM4_IV = bytes.fromhex("0102030405060708090a0b0c0d0e0f10")


def sm4_encrypt(data: bytes, key: bytes = SM4_KEY, iv: bytes | None = None) -> bytes:
    padder = padding.PKCS7(128).padder()
    raw = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.SM4(key), modes.CBC(iv) if iv else modes.ECB()).encryptor()  # noqa: S305 - sm-crypto's default
    return enc.update(raw) + enc.finalize()


def sm4_decrypt(data: bytes, key: bytes = SM4_KEY, iv: bytes | None = None) -> bytes:
    dec = Cipher(algorithms.SM4(key), modes.CBC(iv) if iv else modes.ECB()).decryptor()  # noqa: S305
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(dec.update(data) + dec.finalize()) + unpadder.finalize()


# --- FineReport's login key (RSA-1024, PKCS#1 v1.5 as JSEncrypt pads), a fixed test key ------------

FR_RSA_N = int(
    "b30cc53d94719fe920726ebeb8ed2bf98d511f724f7b368253fdae19606716bdb7f039a4665009ed948ff2ee6e079bf01630dba5e75db589"
    "cf074f3586d1e441443742548667f121f6f9a37140a590fd7d31f29edfd50a389da61db915843b468134daa09647593469ec4f23446d5473"
    "7974b24a17c922f48e28151a851c07f9",
    16,
)
FR_RSA_D = int(
    "716b037e508bf149d17deb5cf0f37bc9a694dea0a06c6249083f478b579fb5ae13d81e0b5fac0fbde93f8e192ea5af47d426badc4ac4f77c"
    "062291304ce8a3f70c55f4ba531d8e20c77b50acae636ba556946a447e189ae0540c870a4c998f378607eee4e577b4214658187dbb03d8fe"
    "f91acd525d7474d2b1fd994310017469",
    16,
)
FR_RSA_E = 65537


def rsa_encrypt(c: Corpus, msg: bytes) -> str:
    """RSAES-PKCS1-v1_5 (RFC 8017 7.2): 00 02 nonzero-random 00 M, base64 as JSEncrypt returns it."""
    k = (FR_RSA_N.bit_length() + 7) // 8
    ps = bytes(c.num(1, 255) for _ in range(k - 3 - len(msg)))
    em = int.from_bytes(b"\x00\x02" + ps + b"\x00" + msg, "big")
    return base64.b64encode(pow(em, FR_RSA_E, FR_RSA_N).to_bytes(k, "big")).decode()


def rsa_decrypt(text: str) -> bytes:
    k = (FR_RSA_N.bit_length() + 7) // 8
    em = pow(int.from_bytes(base64.b64decode(text), "big"), FR_RSA_D, FR_RSA_N).to_bytes(k, "big")
    assert em[:2] == b"\x00\x02"
    return em[em.index(b"\x00", 2) + 1 :]


# --- gm-crypto-form -----------------------------------------------------------------------------------

GM_PASSWORDS = [
    "Gz@2027abc",
    "Zwfw#123456",
    "P@ssw0rd!",
    "qwer1234!@#$",
    "Abc123456",
    "lina&1988",
    "Wang's2027",
    "<Secure>Pass9",
    "123456aA.",
    "贵州@2027",
    "admin@GZ2026",
    "pass word 1",
]
GM_USERS = ["zhangwei", "lina_1988", "wangqiang01", "bgs_admin", "zwgk", "liu.yang", "chenjing@example.gov.cn"]
GM_MATTERS = [
    "居住证办理",
    "不动产登记资料查询",
    "个体工商户设立登记",
    "公租房申请",
    "高龄津贴申领",
    "残疾人两项补贴",
    "城乡居民养老保险参保登记",
    "生育登记",
    "独生子女父母奖励",
    "临时救助申请",
]
GM_REMARKS = [
    "本人承诺所提交材料真实有效，如有虚假愿承担相应法律责任。",
    "户口在遵义市红花岗区，现居住在贵阳市观山湖区“未来方舟”小区，申请异地办理。",
    "请工作人员电话联系（工作日 9:00-17:00），谢谢！",
    "上次提交被退回，原因是“材料不清晰”，现已重新扫描上传。",
    "父亲：张某某；母亲：李某某（已故）；兄弟姐妹 3 人。",
    "",
]


def _gm_payload(c: Corpus) -> dict:
    kind = c.pick(["query", "apply", "appoint", "complain"])
    if kind == "query":
        return {
            "sblsh": f"11520000MB{c.digits(7)}{c.when():%Y%m%d}{c.digits(5)}",
            "sfzh": c.idcard(),
            "pageNum": 1,
            "pageSize": 10,
        }
    if kind == "apply":
        return {
            "sxmc": c.pick(GM_MATTERS),
            "sqrxm": c.person(),
            "sqrzjhm": c.idcard(),
            "lxdh": c.mobile(),
            "lxdz": f"贵州省{c.pick(CITIES)}市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号",
            "bz": c.pick(GM_REMARKS),
            "sfwt": c.chance(0.2),
            "cl": [{"clmc": "身份证正反面", "fileId": c.uid()}],
        }
    if kind == "appoint":
        d = c.when()
        return {
            "dtmc": f"{c.pick(DISTRICT_NAMES)}政务服务中心",
            "yyrq": f"{d:%Y-%m-%d}",
            "yysd": c.pick(["09:00-10:00", "10:00-11:00", "14:00-15:00"]),
            "xm": c.person(),
            "sjhm": c.mobile(),
            "sfzh": c.idcard(),
        }
    return {
        "title": c.pick(["关于小区电梯长期故障的投诉", "对“一窗通办”服务的建议", "反映道路积水问题"]),
        "content": c.pick(GM_REMARKS[:5]) + c.pick(["要求：1) 尽快处理；2) 书面答复。", "望回复。", ""]),
        "anonymous": c.chance(0.3),
        "phone": c.mobile(),
    }


@family("gm-crypto-form")
def gm_crypto_form(c: Corpus) -> None:
    f = "gm-crypto-form"
    pub = SM2_PLATFORM[1]

    def hdr(
        ctype: str | None = JSON_CT, accept: str = AXIOS_ACCEPT, extra: dict[str, str] | None = None, referer: str = ""
    ) -> dict[str, str]:
        return c.headers(c.browser(0.3), accept=accept, ctype=ctype, referer=referer or f"{SITE}/zwfw/", extra=extra)

    for _ in range(25):  # login with an SM2-encrypted password (sm-crypto in the page)
        pwd = c.pick(GM_PASSWORDS).encode()
        user = c.pick([c.pick(GM_USERS), c.mobile(), c.idcard()])
        enc = sm2_encrypt(c, pub, pwd, c.chance(0.5))
        if c.chance(0.6):
            doc = {"username": user, "password": enc, "code": str(c.num(0, 99)), "uuid": c.hexs(16)}
            c.add(
                f,
                "sm2-login",
                "POST",
                c.pick(["/prod-api/login", "/auth/login", "/api/uaa/login"]),
                hdr(referer=f"{SITE}/login?redirect=%2Findex"),
                js_json(doc),
            )
        else:
            body = qs([("loginName", user), ("password", enc), ("encType", "SM2"), ("rememberMe", "false")], jq)
            c.add(
                f, "sm2-login", "POST", "/sso/login.do", hdr(JQ_FORM, JQ_ACCEPT, referer=f"{SITE}/sso/login.html"), body
            )
    for _ in range(25):  # application forms: 身份证号/手机号 fields SM2-encrypted one by one
        fields = [
            ("sxbm", f"11520000MB{c.digits(7)}0{c.num(10, 99)}"),
            ("sqrxm", c.person()),
            ("sqrzjhm", sm2_encrypt(c, pub, c.idcard().encode(), c.chance(0.5))),
            ("sjhm", sm2_encrypt(c, pub, c.mobile().encode(), c.chance(0.5))),
            ("bz", c.pick(GM_REMARKS)),
        ]
        if c.chance(0.5):
            c.add(f, "sm2-fields", "POST", "/zwfw/apply/submit", hdr(JQ_FORM, JQ_ACCEPT), qs(fields, jq))
        else:
            c.add(f, "sm2-fields", "POST", "/api/apply/v1/save", hdr(), js_json(dict(fields)))
    for _ in range(30):  # SM4-ECB JSON envelope with an SM3 sign (sm4.encrypt hex output)
        data = sm4_encrypt(js_json(_gm_payload(c)).encode()).hex()
        ts, nonce = c.ms(), c.nonce()
        doc = {"data": data, "timestamp": ts, "nonce": nonce, "sign": sm3_hex(f"{data}{ts}{nonce}")}
        path = c.pick(["/api/gateway/encrypt", "/zwfw-api/v2/apply/query", "/api/secure/submit"])
        c.add(f, "sm4-envelope", "POST", path, hdr(extra={"X-Encrypt": "SM4"}), js_json(doc))
    for _ in range(20):  # SM4-CBC, base64 (Hutool SymmetricCrypto on the other side)
        data = base64.b64encode(sm4_encrypt(js_json(_gm_payload(c)).encode(), iv=SM4_IV)).decode()
        if c.chance(0.5):
            c.add(
                f,
                "sm4-cbc-b64",
                "POST",
                "/api/secure/cbc",
                hdr(extra={"X-Encrypt-Type": "SM4/CBC/PKCS7Padding"}),
                js_json({"encryptData": data}),
            )
        else:
            c.add(
                f,
                "sm4-cbc-b64",
                "POST",
                "/api/secure/cbc",
                hdr("text/plain;charset=UTF-8", extra={"X-Encrypt-Type": "SM4/CBC/PKCS7Padding"}),
                data,
            )
    for _ in range(25):  # open API calls signed with SM3 over the sorted parameters and the secret
        params = {
            "appId": f"zwfw{c.digits(6)}",
            "timestamp": str(c.ms()),
            "nonce": c.nonce(),
            c.pick(["keyword", "sxmc", "bmmc"]): c.pick(GM_MATTERS + [f"贵州省{d}" for d in DEPTS[:4]]),
            "pageNo": str(c.num(1, 5)),
            "pageSize": c.pick(["10", "20"]),
        }
        if c.chance(0.4):
            params["areaCode"] = c.pick(list(DISTRICTS))
        base_str = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        params["sign"] = sm3_hex(base_str + "&appSecret=gm-h-2027-secret").upper()
        c.add(
            f,
            "sm3-signed-query",
            "GET",
            c.pick(["/open/api/matter/list", "/open/api/dept/query"]) + "?" + qs(params, uri),
            hdr(None),
        )
    for _ in range(15):  # 数字信封: a fresh SM4 key wrapped under the platform's SM2 key
        key = c.rnd.randbytes(16)
        payload = js_json(_gm_payload(c)).encode()
        doc = {
            "encryptKey": sm2_encrypt(c, pub, key.hex().encode(), True),
            "encryptData": base64.b64encode(sm4_encrypt(payload, key)).decode(),
            "digest": sm3_hex(payload),
            "alg": "SM2-SM4-SM3",
        }
        c.add(f, "digital-envelope", "POST", "/api/envelope/submit", hdr(), js_json(doc))
    for _ in range(15):  # a GET whose whole parameter set is one SM4 hex string
        payload = js_json({"sfzh": c.idcard(), "xm": c.person(), "t": c.ms()}).encode()
        c.add(
            f, "sm4-query-param", "GET", f"/api/sbcx/query?params={sm4_encrypt(payload).hex()}&_t={c.ms()}", hdr(None)
        )


# --- api-gateway-sign ---------------------------------------------------------------------------------

CA_APPS = {"204198765": "Xq8b2Nf7Lm3Pz6Rt9Vw1Yc4Kd0Gh5Js2", "203765432": "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7cF0hL"}
ARTEMIS_APPS = {"23819476": "Kp3Xv8Qw2Lz7Nb4Rm9Tc", "27590318": "Hd6Fj1Gs8Ak5Lq2Zw7Ye"}
TIF_PAAS = {"gd_zwfw_cms": "f3c9a1e7b5d24680", "gz_sjgx_api": "9b7d5f3a1c2e4068"}
IRS_APPS = {"A520000000123202701000001": "3f9a2c7e5b1d4068a2c4e6f8b0d1f3a5"}


def ca_string_to_sign(method: str, path: str, params: Sequence[tuple[str, str]], headers: dict[str, str]) -> str:
    """The X-Ca signature's string: Method, Accept, Content-MD5, Content-Type, Date lines, then the signed
    headers (key:value lines, in the order X-Ca-Signature-Headers lists them, sorted) and Path?sorted params."""
    low = {k.lower(): v for k, v in headers.items()}
    signed = low["x-ca-signature-headers"].split(",")
    lines = [
        method,
        low.get("accept", ""),
        low.get("content-md5", ""),
        low.get("content-type", ""),
        low.get("date", ""),
    ]
    head = "".join(f"{k}:{low[k]}\n" for k in sorted(signed))
    ps = "&".join(k if v == "" else f"{k}={v}" for k, v in sorted(params))
    return "\n".join(lines) + "\n" + head + path + (f"?{ps}" if ps else "")


def ca_sign(secret: str, method: str, path: str, params: Sequence[tuple[str, str]], headers: dict[str, str]) -> str:
    mac = hmac.new(secret.encode(), ca_string_to_sign(method, path, params, headers).encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


def content_md5(body: str) -> str:
    return base64.b64encode(hashlib.md5(body.encode(), usedforsecurity=False).digest()).decode()


def tif_signature(ts: str, token: str, nonce: str) -> str:
    return sha256_hex(ts + token + nonce + ts).upper()


CA_APIS = [
    ("/zwfw/matter/list", [("areaCode", "area"), ("keyword", "matter"), ("pageNo", "page")]),
    ("/credit/ent/basic", [("uscc", "uscc"), ("entName", "company")]),
    ("/license/verify", [("licenseNo", "licence"), ("holderName", "name"), ("holderId", "idcard")]),
    ("/rk/hjxx/query", [("sfzhm", "idcard"), ("xm", "name"), ("cxyy", "reason")]),
    ("/weather/warning", [("adcode", "area"), ("level", "level")]),
]
CAMERA_NAMES = [
    "观山湖区政务服务中心大厅1",
    "市民之家-2F-东侧通道",
    "长江路与金阳南路交叉口(东向西)",
    "南明河“甲秀楼”景区入口",
    "花果园 R2区 地下停车场 B1#",
    "市政府 北门 岗亭",
]


def _ca_value(c: Corpus, kind: str) -> str:
    return {
        "area": lambda: c.pick(list(DISTRICTS)),
        "matter": lambda: c.pick(GM_MATTERS),
        "page": lambda: str(c.num(1, 9)),
        "uscc": lambda: uscc(c),
        "company": lambda: company(c),
        "licence": lambda: f"{c.pick(['JY1', 'JY2'])}{c.pick(list(DISTRICTS))}{c.digits(8)}",
        "name": c.person,
        "idcard": c.idcard,
        "reason": lambda: c.pick(["行政审批核验", "社会救助核查", "户籍业务办理"]),
        "level": lambda: c.pick(["蓝色", "黄色", "橙色", "红色"]),
    }[kind]()


@family("api-gateway-sign")
def api_gateway_sign(c: Corpus) -> None:
    f = "api-gateway-sign"
    sdk_uas = [
        "Apache-HttpClient/4.5.14 (Java/1.8.0_402)",
        "okhttp/3.14.9",
        "python-requests/2.32.3",
        "Go-http-client/1.1",
        "ALIYUN-ANDROID-DEMO",
    ]

    def ca_headers(key: str, accept: str, ctype: str, body: str | None, date: bool) -> dict[str, str]:
        h = {"User-Agent": c.pick(sdk_uas), "Accept": accept}
        if ctype:
            h["Content-Type"] = ctype
        if body is not None and not ctype.startswith(FORM):
            h["Content-MD5"] = content_md5(body)
        if date:
            h["Date"] = f"{c.when().astimezone(UTC):%a, %d %b %Y %H:%M:%S} GMT"
        h |= {
            "X-Ca-Key": key,
            "X-Ca-Timestamp": str(c.ms()),
            "X-Ca-Nonce": c.uid(),
            "X-Ca-Signature-Method": "HmacSHA256",
        }
        h["X-Ca-Signature-Headers"] = "x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp"
        if c.chance(0.3):
            h["X-Ca-Stage"] = c.pick(["RELEASE", "TEST"])
        return h

    for i in range(55):  # 阿里云 API 网关: GET with query, form POST, JSON POST with Content-MD5
        key = c.pick(list(CA_APPS))
        api, fields = c.pick(CA_APIS)
        path = "/api/v1" + api
        params = [(k, _ca_value(c, kind)) for k, kind in fields]
        shape = ("ca-get", "ca-form", "ca-json")[i % 3]
        if shape == "ca-get":
            h = ca_headers(key, "application/json", "", None, c.chance(0.5))
            h["X-Ca-Signature"] = ca_sign(CA_APPS[key], "GET", path, params, h)
            c.add(f, shape, "GET", path + "?" + qs(params, uri), h)
        elif shape == "ca-form":
            body = qs(params, form)
            h = ca_headers(key, "application/json", "application/x-www-form-urlencoded; charset=utf-8", body, True)
            h["X-Ca-Signature"] = ca_sign(CA_APPS[key], "POST", path, params, h)
            c.add(f, shape, "POST", path, h, body)
        else:
            body = js_json({**dict(params), "requestId": c.uid(), "operator": c.person()})
            h = ca_headers(key, "application/json", "application/json; charset=utf-8", body, c.chance(0.5))
            h["X-Ca-Signature"] = ca_sign(CA_APPS[key], "POST", path, [], h)
            c.add(f, shape, "POST", path, h, body)
    for _ in range(30):  # 海康 ISC artemis OpenAPI (same X-Ca scheme, JSON bodies)
        key = c.pick(list(ARTEMIS_APPS))
        api, doc = c.pick(
            [
                ("/artemis/api/resource/v1/cameras", {"pageNo": c.num(1, 20), "pageSize": c.pick([100, 500, 1000])}),
                (
                    "/artemis/api/video/v2/cameras/previewURLs",
                    {
                        "cameraIndexCode": c.hexs(16),
                        "streamType": c.pick([0, 1]),
                        "protocol": c.pick(["hls", "rtsp", "ws"]),
                        "transmode": 1,
                        "expand": "transcode=0&streamform=ps",
                    },
                ),
                (
                    "/artemis/api/resource/v2/camera/search",
                    {"name": c.pick(CAMERA_NAMES), "regionIndexCodes": [c.hexs(16)], "pageNo": 1, "pageSize": 20},
                ),
                (
                    "/artemis/api/acs/v2/door/events",
                    {
                        "pageNo": 1,
                        "pageSize": 100,
                        "startTime": f"{c.when():%Y-%m-%dT%H:%M:%S}.000+08:00",
                        "endTime": f"{c.when():%Y-%m-%dT%H:%M:%S}.000+08:00",
                        "eventTypes": [196893, 198914],
                        "personName": c.person(),
                    },
                ),
                (
                    "/artemis/api/video/v2/cameras/playbackURLs",
                    {
                        "cameraIndexCode": c.hexs(16),
                        "beginTime": f"{c.when():%Y-%m-%dT%H:%M:%S}.000+08:00",
                        "endTime": f"{c.when():%Y-%m-%dT%H:%M:%S}.000+08:00",
                        "recordLocation": "1",
                        "protocol": "hls",
                    },
                ),
            ]
        )
        body = js_json(doc)
        h = {
            "Accept": "*/*",
            "Content-Type": "application/json",
            "X-Ca-Key": key,
            "X-Ca-Timestamp": str(c.ms()),
            "X-Ca-Nonce": c.uid(),
            "X-Ca-Signature-Headers": "x-ca-key,x-ca-nonce,x-ca-timestamp",
            "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_312)",
        }
        if c.chance(0.5):
            h["Content-MD5"] = content_md5(body)
        h["X-Ca-Signature"] = ca_sign(ARTEMIS_APPS[key], "POST", api, [], h)
        c.add(f, "artemis", "POST", api, h, body)
    for i in range(40):  # 腾讯 TIF 政务网关: paasid + sha256 signature headers
        paas = c.pick(list(TIF_PAAS))
        ts, nonce = str(c.ts()), c.alnum(c.pick([8, 16, 32]))
        h = {
            "User-Agent": c.pick(sdk_uas),
            "Accept": "application/json",
            "x-tif-paasid": paas,
            "x-tif-timestamp": ts,
            "x-tif-nonce": nonce,
            "x-tif-signature": tif_signature(ts, TIF_PAAS[paas], nonce),
        }
        if c.chance(0.3):
            h["x-tif-uid"] = c.pick(["zhangwei", "ywt_service", "cms_sync"])
        api, fields = c.pick(CA_APIS)
        params = [(k, _ca_value(c, kind)) for k, kind in fields]
        if i % 2:
            c.add(f, "tif-get", "GET", f"/ebus/{paas}/api{api}?" + qs(params, uri), h)
        else:
            h["Content-Type"] = "application/json;charset=UTF-8"
            c.add(
                f,
                "tif-post",
                "POST",
                f"/ebus/{paas}/api{api}",
                h,
                js_json({"params": dict(params), "requestTime": f"{c.when():%Y-%m-%d %H:%M:%S}"}),
            )
    for _ in range(30):  # IRS-style appKey / requestTime / md5 sign
        app = c.pick(list(IRS_APPS))
        rt = str(c.ms())
        api, fields = c.pick(CA_APIS)
        params = [("appKey", app), ("requestTime", rt), ("sign", md5_hex(app + IRS_APPS[app] + rt))]
        params += [(k, _ca_value(c, kind)) for k, kind in fields]
        h = tool_headers(c.pick(sdk_uas), "application/json")
        if c.chance(0.5):
            c.add(f, "irs-md5", "GET", "/gateway/api" + api + "?" + qs(params, uri), h)
        else:
            c.add(f, "irs-md5", "POST", "/gateway/api" + api, {**h, "Content-Type": FORM}, qs(params, form))


# --- finereport-bi ------------------------------------------------------------------------------------

FR_REPORTS = [
    "财政/2027年预算执行情况.cpt",
    "统计/规上工业增加值月报.cpt",
    "政务服务/办件量统计(按部门).cpt",
    "12345/热线工单分析.cpt",
    "人社/城镇新增就业.cpt",
    "营商环境/企业开办时长.cpt",
    "demo/测试 报表.cpt",
    "应急/防汛值班表.cpt",
    "教育/学位 & 学额 汇总.cpt",
]
FR_FORMS = ["大屏/全省政务服务一张图.frm", "驾驶舱/经济运行监测.frm", "大屏/12345热线 实时.frm"]
FR_PARAMS = {
    "XZQ": lambda c: c.pick(["贵阳市", "遵义市", "六盘水市", *DISTRICT_NAMES[:4]]),
    "NF": lambda c: str(c.num(2022, 2027)),
    "YF": lambda c: f"{c.num(1, 12):02d}",
    "BM": lambda c: f"贵州省{c.pick(DEPTS)}",
    "KSRQ": lambda c: f"{c.when():%Y-%m-%d}",
    "JD": lambda c: c.pick(["一季度", "二季度", "三季度", "四季度"]),
    "GJZ": lambda c: c.pick(["不动产", "“一件事”", "企业开办", "O'Brien", "100%", "a&b"]),
}


def _fr_params(c: Corpus) -> dict[str, str]:
    return {k: FR_PARAMS[k](c) for k in c.sample(list(FR_PARAMS), c.num(1, 4))}


@family("finereport-bi")
def finereport_bi(c: Corpus) -> None:
    f = "finereport-bi"
    root = c.pick(["/webroot/decision", "/decision"])

    def view_path(rep: str) -> str:
        return f"{root}/view/report?viewlet={uri(rep)}"

    def nav(referer: str | None = "") -> dict[str, str]:
        return c.headers(c.browser(0.1), "nav", referer=referer, cookie=f"fine_auth_token={c.b64(48)}")

    def xhr(ctype: str | None = None, referer: str = "") -> dict[str, str]:
        return c.headers(
            c.browser(0.1),
            accept="*/*",
            ctype=ctype,
            referer=referer or f"{SITE}{root}",
            cookie=f"fine_auth_token={c.b64(48)}; JSESSIONID={c.hexs(16).upper()}",
            xrw=True,
        )

    for _ in range(25):  # open a cpt report, parameters in the URL (Chinese folder names)
        rep = c.pick(FR_REPORTS)
        extra = "".join(f"&{k}={uri(v)}" for k, v in _fr_params(c).items())
        path = c.pick(
            [
                view_path(rep) + "&op=view" + extra,
                view_path(rep) + extra,
                f"/webroot/ReportServer?reportlet={uri(rep)}&__bypagesize__={c.pick(['false', 'true'])}" + extra,
            ]
        )
        c.add(f, "cpt-view", "GET", path, nav(c.pick([None, f"{SITE}{root}"])))
    for _ in range(25):  # paging the report: op=page_content
        sid = c.num(10000, 99999)
        p = [
            ("op", "page_content"),
            ("pn", c.num(1, 30)),
            ("__webpage__", "true"),
            ("_paperWidth", c.num(900, 1900)),
            ("_paperHeight", c.num(400, 900)),
            ("__fit__", "false"),
            ("sessionID", sid),
            ("_", c.ms()),
        ]
        c.add(
            f,
            "page-content",
            "GET",
            f"{root}/view/report?" + qs(p, uri),
            xhr(referer=SITE + view_path(c.pick(FR_REPORTS))),
        )
    for _ in range(25):  # the parameter dialog posts __parameters__ JSON
        params: dict[str, object] = dict(_fr_params(c))
        if c.chance(0.3):
            params["ZBLX"] = c.sample(["户籍人口", "常住人口", "GDP", "一般公共预算收入"], 2)
        body = qs([("__parameters__", js_json(params))], uri)
        path = f"{root}/view/report?op=fr_dialog&cmd=parameters_d&sessionID={c.num(10000, 99999)}"
        c.add(f, "parameters-dialog", "POST", path, xhr(JQ_FORM), body)
    for _ in range(20):  # exports
        fmt = c.pick(["excel", "pdf", "word", "image", "csv"])
        p = [("op", "export"), ("sessionID", c.num(10000, 99999)), ("format", fmt)]
        if fmt == "excel":
            p.append(("extype", c.pick(["simple", "page", "sheet", "ppage"])))
        if c.chance(0.5):
            p.append(("__filename__", c.pick(FR_REPORTS).split("/")[-1].removesuffix(".cpt") + f"_{c.when():%Y%m%d}"))
        c.add(f, "export", "GET", f"{root}/view/report?" + qs(p, uri), nav())
    for _ in range(20):  # 填报: cell changes submitted as JSON
        cells = [
            {
                "row": c.num(3, 60),
                "col": c.num(1, 12),
                "value": c.pick(
                    [
                        str(c.num(0, 99999)),
                        f"{c.num(0, 999)}.{c.num(0, 99):02d}",
                        c.pick(["已完成", "推进中（滞后）", "备注: 含“一网通办”", "=SUM(B3:B12)", "N/A", ""]),
                    ]
                ),
            }
            for _ in range(c.num(1, 6))
        ]
        body = qs(
            [
                ("sessionID", c.num(10000, 99999)),
                ("reportIndex", 0),
                ("__parameters__", js_json(_fr_params(c))),
                ("changes", js_json(cells)),
            ],
            jq,
        )
        c.add(f, "write-submit", "POST", f"{root}/view/report?op=fr_write&cmd=submit_w_report", xhr(JQ_FORM), body)
    for _ in range(20):  # decision platform login, RSA-encrypted password
        doc = {
            "username": c.pick(GM_USERS),
            "password": rsa_encrypt(c, c.pick(GM_PASSWORDS).encode()),
            "validity": -1,
            "sliderToken": c.pick(["", c.hexs(16)]),
            "origin": c.pick(["", uri(f"{root}/")]),
            "encrypted": True,
        }
        c.add(
            f,
            "decision-login",
            "POST",
            f"{root}/login",
            c.headers(c.browser(0.1), accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}{root}/login"),
            js_json(doc),
        )
    for _ in range(15):  # 决策报表 / 大屏 (frm), incl. the mobile h5 op
        rep = c.pick(FR_FORMS)
        extra = "".join(f"&{k}={uri(v)}" for k, v in _fr_params(c).items())
        path = f"{root}/view/form?viewlet={uri(rep)}" + c.pick(["", "&op=h5"]) + extra
        c.add(f, "frm-dashboard", "GET", path, nav())
    for _ in range(15):  # FineBI widget data
        doc = {
            "widgetId": c.uid(),
            "reportId": c.hexs(16),
            "dimensions": [{"fieldId": c.hexs(8), "name": c.pick(["地区", "部门", "月份", "事项类型"])}],
            "measures": [
                {
                    "fieldId": c.hexs(8),
                    "name": c.pick(["办件量", "满意率", "金额(万元)"]),
                    "summary": c.pick(["SUM", "AVG", "COUNT_DISTINCT"]),
                }
            ],
            "filter": {
                "filterType": "AND",
                "filterValue": [
                    {
                        "fieldName": "地区",
                        "filterType": "STRING_BELONG_VALUE",
                        "filterValue": c.sample(DISTRICT_NAMES, 2),
                    },
                    {
                        "fieldName": "日期",
                        "filterType": "DATE_RANGE",
                        "filterValue": {"start": f"{c.num(2025, 2026)}-01-01", "end": f"{c.num(2026, 2027)}-12-31"},
                    },
                ],
            },
            "paging": {"page": 1, "size": c.pick([100, 1000])},
        }
        c.add(
            f,
            "finebi-widget",
            "POST",
            f"{root}/v5/design/report/widget/data",
            c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}{root}/v5/design/report"),
            js_json(doc),
        )


# --- health-probes ------------------------------------------------------------------------------------

PROM_ACCEPT = [
    "application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.5,application/openmetrics-text;"
    "version=0.0.1;q=0.4,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.3,text/plain;version=0.0.4;q=0.2,*/*;q=0.1",
    "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
    "text/plain;version=0.0.4;q=0.5,*/*;q=0.1",
]
PROMQL = [
    'sum(rate(nginx_http_requests_total{{host=~"{host}",status=~"5.."}}[5m])) by (host)',
    'histogram_quantile(0.95, sum(rate(http_server_requests_seconds_bucket{{job="{job}",uri!~"/actuator.*"}}[5m]))'
    " by (le))",
    'up{{job="{job}"}} == 0',
    '100 - (avg by (instance) (rate(node_cpu_seconds_total{{mode="idle",instance=~"{ip}:9100"}}[1m])) * 100)',
    'node_filesystem_avail_bytes{{mountpoint="/data",fstype!="tmpfs"}} / node_filesystem_size_bytes * 100 < 10',
    'probe_success{{instance="https://{site}/"}}',
    'sum(increase(nginx_vts_server_requests_total{{code="5xx"}}[1h])) by (host) > 0',
    'topk(10, sum by (uri) (rate(http_server_requests_seconds_count{{status="404"}}[15m])))',
    "probe_ssl_earliest_cert_expiry - time() < 86400 * 30",
    "mysql_global_status_threads_connected / mysql_global_variables_max_connections > 0.8",
]
PROM_JOBS = ["cms-api", "zwfw-gateway", "sitegroup-web", "search-service", "node", "mysql", "blackbox-http"]
GOV_HOSTS = ["www.example.gov.cn", "zwfw.example.gov.cn", "rsj.example.gov.cn", "tjj.example.gov.cn"]


def _promql(c: Corpus, template: str) -> str:
    return template.format(
        host=c.pick(["www.*", "zwfw\\\\..*", c.pick(GOV_HOSTS).replace(".", "\\\\.")]),
        site=c.pick(GOV_HOSTS),
        job=c.pick(PROM_JOBS),
        ip=f"10.{c.num(1, 30)}.{c.num(0, 255)}.{c.num(1, 254)}",
    )


@family("health-probes")
def health_probes(c: Corpus) -> None:
    f = "health-probes"
    for _ in range(30):  # Prometheus scrapes
        h = {
            "User-Agent": f"Prometheus/{c.pick(['2.53.1', '2.54.1', '3.1.0'])}",
            "Accept": c.pick(PROM_ACCEPT),
            "Accept-Encoding": "gzip",
            "X-Prometheus-Scrape-Timeout-Seconds": c.pick(["10", "15", "9.5"]),
        }
        c.add(
            f,
            "prom-scrape",
            "GET",
            c.pick(
                [
                    "/metrics",
                    "/actuator/prometheus",
                    "/nginx/metrics",
                    "/stub_status/metrics",
                    "/api/metrics?format=prometheus",
                ]
            ),
            h,
        )
    for _ in range(15):  # federation with match[] selectors
        sel = [
            c.pick(
                [
                    '{job="node"}',
                    '{job=~"cms-.*"}',
                    'up{instance=~".*gov.cn.*"}',
                    '{__name__=~"http_server_requests_seconds_(count|sum)"}',
                    'probe_success{job="blackbox-http"}',
                ]
            )
            for _ in range(c.num(1, 3))
        ]
        h = {
            "User-Agent": "Prometheus/2.53.1",
            "Accept": PROM_ACCEPT[0],
            "Accept-Encoding": "gzip",
            "X-Prometheus-Scrape-Timeout-Seconds": "30",
        }
        c.add(f, "prom-federate", "GET", "/federate?" + "&".join(f"match[]={uri(s)}" for s in sel), h)
    for i in range(30):  # Grafana's datasource proxy: query and query_range, GET and form POST
        q = _promql(c, PROMQL[i % len(PROMQL)])  # each query form three times
        end = c.ts()
        p = [("query", q), ("start", end - c.pick([3600, 21600, 86400])), ("end", end), ("step", c.pick([15, 60, 300]))]
        if c.chance(0.3):
            p = [("query", q), ("time", end)]
        base = c.pick(["/api/datasources/proxy/uid/P1809F7CD0C75ACF3", "/prometheus"])
        api = "/api/v1/query_range" if len(p) > 2 else "/api/v1/query"
        h = c.headers(
            c.browser(0.0),
            accept="application/json, text/plain, */*",
            referer=f"https://grafana.example.gov.cn/d/{c.alnum(9)}/{c.pick(['zhan-qun-jian-kong', 'ke-yong-xing'])}",
            extra={"X-Grafana-Org-Id": "1", "X-Dashboard-Uid": c.alnum(9), "X-Panel-Id": str(c.num(1, 40))},
        )
        if i % 2:
            c.add(f, "promql-query", "GET", base + api + "?" + qs(p, uri), h)
        else:
            h2 = {**h, "Content-Type": "application/x-www-form-urlencoded"}
            c.add(f, "promql-query", "POST", base + api, h2, qs(p, form))
    for _ in range(20):  # Spring Boot Actuator from Spring Boot Admin / scripts
        h = {
            "Accept": c.pick(
                [
                    "application/vnd.spring-boot.actuator.v3+json,application/vnd.spring-boot.actuator.v2+json,"
                    "application/json",
                    "application/json",
                    "*/*",
                ]
            ),
            "User-Agent": c.pick(
                [
                    "ReactorNetty/1.1.22",
                    "spring-boot-admin (https://github.com/codecentric/spring-boot-admin)",
                    "curl/8.5.0",
                ]
            ),
        }
        c.add(
            f,
            "actuator",
            "GET",
            c.pick(
                [
                    "/actuator/health",
                    "/actuator/health/liveness",
                    "/actuator/health/readiness",
                    "/actuator/info",
                    "/api/actuator/health?showDetails=always",
                ]
            ),
            h,
        )
    for _ in range(20):  # kubelet httpGet probes
        h = {"User-Agent": f"kube-probe/{c.pick(['1.28', '1.30', '1.31'])}", "Accept": "*/*"}
        if c.chance(0.4):
            h["X-Probe"] = c.pick(["liveness", "readiness"])
        c.add(
            f,
            "kube-probe",
            "GET",
            c.pick(["/healthz", "/readyz", "/livez", "/ping", "/health", "/nginx-health", "/index.html"]),
            h,
        )
    for _ in range(20):  # blackbox_exporter: the /probe call and the probe itself
        if c.chance(0.5):
            target = f"https://{c.pick(GOV_HOSTS)}{c.pick(['/', '/index.html', '/zwgk/', '/api/health?from=blackbox'])}"
            p = [("target", target), ("module", c.pick(["http_2xx", "http_2xx_gov", "tls_connect", "http_post_2xx"]))]
            c.add(
                f,
                "blackbox",
                "GET",
                "/probe?" + qs(p, uri),
                {
                    "User-Agent": "Prometheus/2.53.1",
                    "Accept": PROM_ACCEPT[1],
                    "Accept-Encoding": "gzip",
                    "X-Prometheus-Scrape-Timeout-Seconds": "10",
                },
            )
        else:
            c.add(
                f,
                "blackbox",
                c.pick(["GET", "HEAD"]),
                c.pick(["/", "/index.html", "/zwgk/"]),
                {"User-Agent": f"Blackbox Exporter/{c.pick(['0.25.0', '0.24.0'])}", "Accept-Encoding": "gzip"},
            )
    for _ in range(25):  # Uptime Kuma and Zabbix web scenarios (keyword checks of 政府网站 pages)
        if c.chance(0.6):
            h = {
                "Accept": "*/*",
                "User-Agent": f"Uptime-Kuma/{c.pick(['1.23.16', '2.0.0-beta.1'])}",
                "Accept-Encoding": "gzip, compress, deflate, br",
            }
            path = c.pick(
                [
                    "/",
                    "/index.html",
                    "/zwgk/index.html",
                    f"/search/?q={uri('政务公开')}",
                    f"/api/health?t={c.ms()}",
                    "/zwfw/",
                ]
            )
            c.add(f, "uptime-zabbix", c.pick(["GET", "GET", "HEAD"]), path, h)
        else:
            h = {"User-Agent": "Zabbix", "Accept": "*/*"}
            if c.chance(0.5):
                c.add(f, "uptime-zabbix", "GET", c.pick(["/", "/zwgk/", "/robots.txt"]), h)
            else:
                body = qs([("keyword", c.pick(["政务服务", "信息公开"])), ("check", "1")], form)
                c.add(f, "uptime-zabbix", "POST", "/api/monitor/check", {**h, "Content-Type": FORM}, body)


# --- config-registry ----------------------------------------------------------------------------------

NACOS_TENANT = "8f2c61d4-3b7a-4e59-a0c1-6d9e2f4b7a13"
NACOS_IDS = [
    "sitegroup-cms.yaml",
    "zwfw-gateway-dev.yml",
    "search-service.properties",
    "common-datasource.yaml",
    "gateway-routes.json",
    "application-prod.yml",
    "sms-template.yaml",
]
NACOS_GROUPS = ["DEFAULT_GROUP", "ZWFW_GROUP", "SITEGROUP"]
SERVICES = ["cms-api", "zwfw-gateway", "search-service", "file-service", "uaa-server", "hdjl-service"]
NACOS_UA = ["Nacos-Java-Client:v1.4.6", "Nacos-Java-Client:v2.2.3", "Nacos-Python-Client:v0.1.13"]


def _nacos_yaml(c: Corpus) -> str:
    ip = f"10.{c.num(1, 30)}.{c.num(0, 255)}.{c.num(1, 254)}"
    return c.pick(
        [
            "# 站群 CMS 配置（生产）\nspring:\n  datasource:\n    url: jdbc:mysql://" + ip + ":3306/cms?useUnicode=true"
            "&characterEncoding=utf8&serverTimezone=Asia/Shanghai&useSSL=false\n    username: cms_rw\n"
            "    password: ENC(" + c.b64(24) + ")\n  redis:\n    host: " + ip + "\n    database: 2\n"
            "site:\n  name: 贵州省人民政府门户网站\n  icp: 黔ICP备05000000号\n",
            "server:\n  port: 8080\n  servlet:\n    context-path: /zwfw\nlogging:\n  level:\n    root: INFO\n"
            "    com.example.zwfw.mapper: DEBUG  # 打印 SQL: select/update 语句\nmybatis-plus:\n  mapper-locations: "
            "classpath*:/mapper/**/*.xml\n  global-config:\n    db-config:\n      logic-delete-field: deleted\n",
            "sms:\n  templates:\n    yzm: 【贵州政务服务】您的验证码为${code}，5分钟内有效，请勿泄露。\n"
            "    bjtz: 【贵州政务服务】尊敬的${name}，您申请的“${item}”已办结，请登录查看。\n",
            "cache:\n  rules:\n    - path: /api/gateway/encrypt\n      ttl: 0\n    - path: ^/webroot/decision/.*$\n"
            "      note: 帆软 报表 参数（不缓存）\n  rate-limit: 600/min\n",
        ]
    )


@family("config-registry")
def config_registry(c: Corpus) -> None:
    f = "config-registry"

    def nacos_h(ctype: str | None = None) -> dict[str, str]:
        ua = c.pick(NACOS_UA)
        h = {
            "Client-Version": ua,
            "User-Agent": ua,
            "Accept-Encoding": "gzip,deflate,sdch",
            "RequestId": c.uid(),
            "Request-Module": "Naming" if ctype is None and c.chance(0.3) else "Config",
        }
        if c.chance(0.4):
            h["accessToken"] = "eyJhbGciOiJIUzI1NiJ9." + c.b64(40, True) + "." + c.b64(32, True)
        if ctype:
            h["Content-Type"] = ctype
        return h

    for _ in range(20):  # config fetch
        p = [("dataId", c.pick(NACOS_IDS)), ("group", c.pick(NACOS_GROUPS)), ("tenant", c.pick([NACOS_TENANT, ""]))]
        c.add(f, "nacos-config-get", "GET", "/nacos/v1/cs/configs?" + qs(p, form), nacos_h())
    for _ in range(20):  # long-polling listener: dataId^2group^2md5^2tenant^1
        items = []
        for _ in range(c.num(1, 4)):
            parts = [c.pick(NACOS_IDS), c.pick(NACOS_GROUPS), c.hexs(16)]
            if c.chance(0.6):
                parts.append(NACOS_TENANT)
            items.append("\x02".join(parts) + "\x01")
        h = {**nacos_h("application/x-www-form-urlencoded;charset=UTF-8"), "Long-Pulling-Timeout": "30000"}
        if c.chance(0.5):
            h["Long-Pulling-Timeout-No-Hangup"] = "true"
        c.add(
            f,
            "nacos-listener",
            "POST",
            "/nacos/v1/cs/configs/listener",
            h,
            "Listening-Configs=" + urllib.parse.quote("".join(items), safe=""),
        )
    for _ in range(20):  # publish from the console (YAML with comments, JDBC URLs, templates)
        content = _nacos_yaml(c)
        p = [
            ("dataId", c.pick(NACOS_IDS)),
            ("group", c.pick(NACOS_GROUPS)),
            ("content", content),
            ("desc", c.pick(["", "生产环境", "调整日志级别"])),
            ("type", "yaml"),
            ("md5", md5_hex(content)),
            ("tenant", NACOS_TENANT),
            ("appName", c.pick(SERVICES)),
        ]
        h = c.headers(
            c.browser(0.0),
            accept=AXIOS_ACCEPT,
            ctype="application/x-www-form-urlencoded",
            referer=f"{SITE}/nacos/",
            extra={"accessToken": c.b64(60, True)},
        )
        c.add(f, "nacos-publish", "POST", "/nacos/v1/cs/configs", h, qs(p, form))
    for i in range(20):  # naming: register (metadata JSON) and list
        svc = c.pick(SERVICES)
        ip = f"10.{c.num(1, 30)}.{c.num(0, 255)}.{c.num(1, 254)}"
        if i % 2:
            meta = {
                "preserved.register.source": "SPRING_CLOUD",
                "version": f"2.{c.num(0, 9)}.{c.num(0, 9)}",
                "zone": c.pick(["gz-az1", "gz-az2"]),
                "owner": c.pick(["大数据局", "信息中心"]),
            }
            p = [
                ("serviceName", f"DEFAULT_GROUP@@{svc}"),
                ("ip", ip),
                ("port", c.pick([8080, 8081, 9000])),
                ("weight", "1.0"),
                ("healthy", "true"),
                ("enabled", "true"),
                ("ephemeral", "true"),
                ("clusterName", "DEFAULT"),
                ("namespaceId", NACOS_TENANT),
                ("metadata", js_json(meta)),
            ]
            c.add(
                f,
                "nacos-naming",
                "POST",
                "/nacos/v1/ns/instance",
                nacos_h("application/x-www-form-urlencoded"),
                qs(p, form),
            )
        else:
            p = [
                ("serviceName", f"DEFAULT_GROUP@@{svc}"),
                ("clusters", ""),
                ("udpPort", c.num(50000, 60000)),
                ("clientIP", ip),
                ("healthyOnly", "false"),
                ("namespaceId", NACOS_TENANT),
            ]
            c.add(f, "nacos-naming", "GET", "/nacos/v1/ns/instance/list?" + qs(p, form), nacos_h())
    apollo_h = {"User-Agent": "Java/1.8.0_402", "Accept": "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"}
    for _ in range(20):  # Apollo config fetches
        app = c.pick(["sitegroup-cms", "zwfw-portal", "hdjl"])
        ns = c.pick(["application", "datasource", "TEST1.common", "gateway.yaml"])
        p = [("ip", f"10.{c.num(1, 30)}.{c.num(0, 255)}.{c.num(1, 254)}")]
        if c.chance(0.6):
            p.insert(0, ("releaseKey", f"{c.when():%Y%m%d%H%M%S}-{c.hexs(8)}"))
        path = c.pick([f"/configs/{app}/default/{ns}", f"/configfiles/json/{app}/default/{ns}"])
        c.add(f, "apollo-config", "GET", path + "?" + qs(p, uri), dict(apollo_h))
    for _ in range(20):  # Apollo long-poll notifications: JSON in the query
        notes = [
            {"namespaceName": n, "notificationId": c.pick([-1, c.num(1, 5000)])}
            for n in c.sample(["application", "datasource", "TEST1.common", "gateway.yaml"], c.num(1, 3))
        ]
        p = [
            ("cluster", "default"),
            ("appId", c.pick(["sitegroup-cms", "zwfw-portal"])),
            ("ip", f"10.{c.num(1, 30)}.{c.num(0, 255)}.{c.num(1, 254)}"),
            ("notifications", js_json(notes)),
        ]
        c.add(f, "apollo-notify", "GET", "/notifications/v2?" + qs(p, uri), dict(apollo_h))
    eureka_h = {
        "Accept": "application/json",
        "DiscoveryIdentity-Name": "DefaultClient",
        "DiscoveryIdentity-Version": "1.4",
        "DiscoveryIdentity-Id": "10.2.3.4",
        "Accept-Encoding": "gzip",
        "User-Agent": "Java-EurekaClient/v1.10.17",
    }
    for i in range(20):  # Eureka: registry fetches and registrations
        if i % 3:
            c.add(
                f,
                "eureka",
                "GET",
                c.pick(["/eureka/apps/", "/eureka/apps/delta", f"/eureka/apps/{c.pick(SERVICES).upper()}"]),
                dict(eureka_h),
            )
        else:
            svc = c.pick(SERVICES)
            ip = f"10.{c.num(1, 30)}.{c.num(0, 255)}.{c.num(1, 254)}"
            inst = {
                "instance": {
                    "instanceId": f"{ip}:{svc}:8080",
                    "hostName": ip,
                    "app": svc.upper(),
                    "ipAddr": ip,
                    "status": "UP",
                    "overriddenStatus": "UNKNOWN",
                    "port": {"$": 8080, "@enabled": "true"},
                    "securePort": {"$": 443, "@enabled": "false"},
                    "countryId": 1,
                    "dataCenterInfo": {
                        "@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo",
                        "name": "MyOwn",
                    },
                    "leaseInfo": {"renewalIntervalInSecs": 30, "durationInSecs": 90},
                    "metadata": {"management.port": "8080", "description": "政务服务 网关"},
                    "homePageUrl": f"http://{ip}:8080/",
                    "statusPageUrl": f"http://{ip}:8080/actuator/info",
                    "healthCheckUrl": f"http://{ip}:8080/actuator/health",
                    "vipAddress": svc,
                    "secureVipAddress": svc,
                    "isCoordinatingDiscoveryServer": "false",
                }
            }
            c.add(
                f,
                "eureka",
                "POST",
                f"/eureka/apps/{svc.upper()}",
                {**eureka_h, "Content-Type": "application/json"},
                js_json(inst),
            )
    for _ in range(20):  # Consul blocking queries and KV reads
        svc = c.pick(SERVICES)
        h = {
            "User-Agent": c.pick(["Go-http-client/1.1", "consul-template/0.39.1 (e1ae8e0)"]),
            "X-Consul-Token": c.uid(),
            "Accept-Encoding": "gzip",
        }
        path = c.pick(
            [
                f"/v1/health/service/{svc}?passing=1&index={c.num(1000, 999999)}&wait=60000ms",
                f"/v1/kv/config/{svc}/data?raw",
                f"/v1/kv/config/{svc}/?recurse=&index={c.num(1000, 99999)}",
                f"/v1/catalog/service/{svc}?dc=gz-zwy&tag={uri('version=2')}",
            ]
        )
        c.add(f, "consul", "GET", path, h)


# --- e-bill-verify ------------------------------------------------------------------------------------

BILL_PAYERS = [
    "贵州省人民医院",
    "贵阳市第一人民医院",
    "贵州大学",
    "贵阳市公安交通管理局",
    "贵州省人事考试中心",
    "贵阳市不动产登记中心",
    "遵义医科大学附属医院",
]
INVOICE_ITEMS = [
    "*信息技术服务*政府网站运维服务费",
    "*软件*站群管理系统V3.0",
    "*餐饮服务*餐费",
    "*住宿服务*住宿费",
    "*印刷品*《政务公开工作手册》",
    "*经纪代理服务*代理服务费",
    "*运输服务*客运服务费",
]


def _bill_code(c: Corpus) -> str:
    return f"52{c.num(0, 9)}{c.num(0, 9)}{c.pick(['01', '02', '06'])}{c.num(24, 27)}"


def _invoice(c: Corpus) -> dict[str, str]:
    """One invoice as the 查验 form has it: old-style (代码 + 号码) or 数电 (20-digit 号码)."""
    d = c.when()
    amount = f"{c.num(1, 99999)}.{c.num(0, 99):02d}"
    if c.chance(0.5):
        return {
            "kind": c.pick(["01", "04", "10"]),
            "fpdm": f"0{c.pick(list(DISTRICTS))[:4]}{c.num(21, 27)}{c.digits(5)}",
            "fphm": c.digits(8),
            "kprq": f"{d:%Y%m%d}",
            "je": amount,
            "jym": c.digits(20),
        }
    return {
        "kind": c.pick(["31", "32"]),
        "fpdm": "",
        "fphm": f"{d:%y}52{c.num(1, 3)}{c.digits(15)}",
        "kprq": f"{d:%Y%m%d}",
        "je": amount,
        "jym": "",
    }


def invoice_qr(c: Corpus, inv: dict[str, str]) -> str:
    """The QR text: version, kind, code, number, amount, date, check code, a 4-character tail."""
    return (
        ",".join(
            [
                "01",
                inv["kind"],
                inv["fpdm"],
                inv["fphm"],
                inv["je"],
                inv["kprq"],
                inv["jym"],
                c.alnum(4, "0123456789ABCDEF"),
            ]
        )
        + ","
    )


@family("e-bill-verify")
def e_bill_verify(c: Corpus) -> None:
    f = "e-bill-verify"

    def hdr(ctype: str | None, accept: str = JQ_ACCEPT, mobile: float = 0.3, referer: str = "") -> dict[str, str]:
        return c.headers(
            c.browser(mobile), accept=accept, ctype=ctype, referer=referer or f"{SITE}/pjcy/", xrw=accept == JQ_ACCEPT
        )

    for _ in range(30):  # 财政电子票据 查验 form
        d = c.when()
        p = [
            ("pjdm", _bill_code(c)),
            ("pjhm", c.digits(10)),
            ("jym", c.alnum(6, "0123456789abcdef")),
            ("kprq", f"{d:%Y-%m-%d}"),
            ("je", f"{c.num(1, 9999)}.{c.num(0, 99):02d}"),
            ("yzm", c.alnum(4)),
            ("yzmKey", c.uid()),
        ]
        c.add(f, "bill-verify", "POST", "/pjcy/check/bill", hdr(JQ_FORM), qs(p, jq))
    for _ in range(25):  # the scanned 票据 QR text, passed to the H5 page
        d = c.when()
        text = ",".join(
            [
                _bill_code(c),
                c.digits(10),
                c.alnum(6, "0123456789abcdef"),
                f"{d:%Y%m%d}",
                f"{c.num(1, 9999)}.{c.num(0, 99):02d}",
                c.pick(BILL_PAYERS),
            ]
        )
        c.add(
            f,
            "bill-qr",
            "GET",
            f"/pjcy/h5/scan?qrcode={uri(text)}&from={c.pick(['wechat', 'alipay', 'app'])}",
            hdr(None, AXIOS_ACCEPT, 0.9),
        )
    for _ in range(30):  # 发票 查验 (old-style and 数电)
        inv = _invoice(c)
        doc = {k: v for k, v in inv.items() if k != "kind" and v}
        if not inv["fpdm"]:
            doc["jshj"] = doc.pop("je")
        else:
            doc["jym"] = inv["jym"][-6:]
            if inv["kind"] == "01":
                doc.pop("jym")
        doc["captcha"] = c.alnum(4)
        c.add(f, "invoice-check", "POST", "/fpcy/api/check", hdr(AXIOS_JSON, AXIOS_ACCEPT), js_json(doc))
    for _ in range(25):  # invoice QR scanned in WeChat
        inv = _invoice(c)
        doc = {"qrcode": invoice_qr(c, inv), "scanType": c.pick(["QR_CODE", "qrCode"]), "openid": "o" + c.alnum(27)}
        c.add(f, "invoice-qr", "POST", "/fpcy/api/scan", hdr(JSON_CT, AXIOS_ACCEPT, 1.0), js_json(doc))
    for _ in range(25):  # 电子票据 download
        p = [
            ("billCode", _bill_code(c)),
            ("billNo", c.digits(10)),
            ("checkCode", c.alnum(6, "0123456789abcdef")),
            ("type", c.pick(["ofd", "pdf", "xml"])),
            ("random", c.ms()),
        ]
        c.add(f, "bill-download", "GET", "/ebill/download?" + qs(p, uri), c.headers(c.browser(0.3), "nav"))
    for _ in range(25):  # 报销 查重: a batch of invoices from a unit's finance system
        rows = []
        for _ in range(c.num(1, 5)):
            inv = _invoice(c)
            rows.append(
                {
                    "fphm": inv["fphm"],
                    "fpdm": inv["fpdm"] or None,
                    "kprq": inv["kprq"],
                    "je": inv["je"],
                    "xfmc": company(c),
                    "xfsh": uscc(c),
                    "gfmc": f"贵州省{c.pick(DEPTS)}",
                    "gfsh": uscc(c),
                    "xmmc": c.pick(INVOICE_ITEMS),
                    "bz": c.pick(["", "项目编号: GZCG-2027-0418", "合同号（2027）黔财采字第12号", "含税率 6%"]),
                }
            )
        doc = {"batchNo": f"BX{c.when():%Y%m%d}{c.digits(6)}", "applicant": c.person(), "invoices": rows}
        c.add(f, "reimburse-batch", "POST", "/cwgl/api/invoice/dedup", hdr(JSON_CT, AXIOS_ACCEPT, 0.0), js_json(doc))


# --- gov-app-api --------------------------------------------------------------------------------------

APP_SECRET = "h-app-2027-Kq8vR3xZ"
APP_JWT_SECRET = "h-app-jwt-2027"
APP_VERSIONS = [("5.2.0", 520), ("5.1.3", 513), ("5.3.0", 530), ("4.9.8", 498)]
STACK_JAVA = (
    "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null "
    "object reference\n\tat com.gz.zwfw.ui.matter.MatterDetailActivity.onCreate(MatterDetailActivity.java:87)\n"
    "\tat android.app.Activity.performCreate(Activity.java:8595)\n\tat android.app.ActivityThread."
    "performLaunchActivity(ActivityThread.java:3781)\n"
)
STACK_SWIFT = (
    "Fatal error: Unexpectedly found nil while unwrapping an Optional value\n0   GuiZhouZWFW  0x0000000102a4c3f0 "
    "MatterListViewController.tableView(_:cellForRowAt:) + 412\n1   UIKitCore  0x00000001a3c5e2b4 <redacted> + 96\n"
)
STACK_JS = (
    "TypeError: Cannot read properties of undefined (reading 'list')\n    at Proxy.loadData (app-service.js:1:52741)\n"
    "    at onLoad (pages/bsfw/index.vue:128)"
)


def app_sign(params: dict[str, str], secret: str = APP_SECRET) -> str:
    """Upper md5 of the sorted non-empty parameters, then &key=secret."""
    base = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if v != "" and k != "sign")
    return md5_hex(f"{base}&key={secret}").upper()


def _app_client(c: Corpus) -> tuple[dict[str, str], str]:
    """(headers, platform) of one app install: okhttp on Android, Alamofire on iOS."""
    ver, code = c.pick(APP_VERSIONS)
    if c.chance(0.6):
        return {
            "User-Agent": c.pick(["okhttp/4.12.0", "okhttp/4.9.3", "okhttp/3.12.13"]),
            "appVersion": ver,
            "versionCode": str(code),
            "platform": "android",
            "deviceId": c.hexs(8),
            "channel": c.pick(["huawei", "xiaomi", "oppo", "vivo", "official"]),
        }, "android"
    return {
        "User-Agent": f"GuiZhouZWFW/{ver} (com.gz.zwfw; build:{code}; iOS {c.pick(['17.6.1', '18.1.1', '18.3'])}) "
        f"Alamofire/5.9.1",
        "appVersion": ver,
        "versionCode": str(code),
        "platform": "ios",
        "deviceId": c.uid().upper(),
    }, "ios"


@family("gov-app-api")
def gov_app_api(c: Corpus) -> None:
    f = "gov-app-api"
    for _ in range(20):  # version check
        h, plat = _app_client(c)
        p = {
            "platform": plat,
            "versionCode": h["versionCode"],
            "channel": h.get("channel", "appstore"),
            "appId": f"gzzwfw_{plat}",
        }
        c.add(f, "version-check", "GET", "/app/api/version/check?" + qs(p, uri), {**h, "Accept-Encoding": "gzip"})
    for _ in range(20):  # push token registration
        h, plat = _app_client(c)
        doc = {
            "deviceId": h["deviceId"],
            "platform": plat,
            "brand": c.pick(["HUAWEI", "Xiaomi", "OPPO", "vivo", "Apple"]),
            "model": c.pick(["ALN-AL80", "23127PN0CC", "PJZ110", "iPhone15,2", "iPhone16,1"]),
            "osVersion": c.pick(["12", "13", "14", "17.6.1", "18.1.1"]),
            "pushChannel": c.pick(["hms", "mipush", "jpush", "apns"]),
            "pushToken": c.pick([c.hexs(32), "0861" + c.digits(28) + "CN01", "1a0018970" + c.hexs(5)]),
            "privacyVersion": "2027-03-01",
            "agreePrivacy": True,
        }
        c.add(
            f,
            "device-register",
            "POST",
            "/app/api/device/register",
            {**h, "Content-Type": "application/json; charset=UTF-8", "Accept-Encoding": "gzip"},
            js_json(doc),
        )
    for i in range(35):  # md5-signed service calls
        h, plat = _app_client(c)
        p = {"appId": f"gzzwfw_{plat}", "timestamp": str(c.ms()), "nonce": c.nonce(), "platform": plat}
        p |= c.pick(
            [
                {"sblsh": f"11520000MB{c.digits(7)}{c.when():%Y%m%d}{c.digits(5)}", "cxmm": c.digits(6)},
                {"keyword": c.pick(GM_MATTERS), "areaCode": c.pick(list(DISTRICTS)), "pageNo": str(c.num(1, 5))},
                {
                    "lng": f"{106.6 + c.num(0, 2000) / 10000:.6f}",
                    "lat": f"{26.5 + c.num(0, 2000) / 10000:.6f}",
                    "type": c.pick(["政务服务中心", "自助终端", "公安窗口"]),
                },
                {"category": c.pick(["热门服务", "个人办事", "法人办事", "“跨省通办”"]), "tag": ""},
            ]
        )
        p["sign"] = app_sign(p)
        if i % 2:
            c.add(f, "signed-api", "GET", "/app/api/service/query?" + qs(p, uri), {**h, "Accept-Encoding": "gzip"})
        else:
            c.add(
                f,
                "signed-api",
                "POST",
                "/app/api/service/query",
                {**h, "Content-Type": "application/x-www-form-urlencoded", "Accept-Encoding": "gzip"},
                qs(p, form),
            )
    for _ in range(25):  # logged-in calls with a JWT
        h, plat = _app_client(c)
        now = c.ts()
        user = c.person()
        token = jwt_hs256(
            {"sub": c.digits(12), "name": user, "iat": now, "exp": now + 7200, "iss": "gzzwfw", "lv": c.pick([2, 3])},
            APP_JWT_SECRET,
        )
        doc = c.pick(
            [
                {
                    "action": "favorite",
                    "matterCode": f"11520000MB{c.digits(7)}0{c.num(10, 99)}",
                    "matterName": c.pick(GM_MATTERS),
                },
                {
                    "action": "evaluate",
                    "score": c.num(1, 5),
                    "content": c.pick(
                        ["办事很方便，点赞👍", "等待时间太长了，希望改进。", "材料要求和窗口说的不一样（两次跑腿）", ""]
                    ),
                },
                {
                    "action": "address",
                    "receiver": user,
                    "phone": c.mobile(),
                    "address": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"
                    f"{c.pick(ESTATES)}{c.num(1, 30)}栋",
                },
                {"action": "certList", "types": ["身份证", "驾驶证", "社保卡"], "page": 1},
            ]
        )
        c.add(
            f,
            "jwt-api",
            "POST",
            f"/app/api/user/{doc['action']}",
            {
                **h,
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json; charset=UTF-8",
                "Accept-Encoding": "gzip",
            },
            js_json(doc),
        )
    for _ in range(15):  # uni-app wgt 热更新
        doc = {
            "appid": "__UNI__A7B3C9D",
            "version": c.pick(["1.2.3", "1.2.4", "1.3.0"]),
            "name": "贵州政务服务",
            "platform": "android",
            "wgtVersion": c.pick(["1.2.3", "1.2.4"]),
        }
        h = {
            "User-Agent": "Mozilla/5.0 (Linux; Android 14; ALN-AL80 Build/HUAWEIALN-AL80; wv) AppleWebKit/537.36 "
            "(KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 uni-app Html5Plus/1.0",
            "Accept": "*/*",
            "Content-Type": "application/json",
        }
        c.add(f, "uniapp-wgt", "POST", "/app/api/wgt/check", h, js_json(doc))
    for _ in range(25):  # crash logs
        h, plat = _app_client(c)
        doc = {
            "deviceId": h["deviceId"],
            "platform": plat,
            "appVersion": h["appVersion"],
            "time": c.ms(),
            "type": c.pick(["crash", "anr", "jsError"]),
            "stack": STACK_SWIFT if plat == "ios" else c.pick([STACK_JAVA, STACK_JS]),
            "page": c.pick(["MatterDetailActivity", "pages/bsfw/index", "pages/user/cert?type=jsz"]),
            "extra": {"network": c.pick(["WIFI", "4G", "5G"]), "memoryMB": c.num(200, 900)},
        }
        c.add(
            f,
            "crash-log",
            "POST",
            "/app/api/log/crash",
            {**h, "Content-Type": "application/json; charset=UTF-8", "Accept-Encoding": "gzip"},
            js_json(doc),
        )
    for _ in range(20):  # splash and home config
        h, plat = _app_client(c)
        p = {
            "platform": plat,
            "screen": c.pick(["1080x2400", "1170x2532", "1290x2796"]),
            "areaCode": c.pick(list(DISTRICTS)),
        }
        c.add(
            f,
            "home-config",
            "GET",
            c.pick(["/app/api/config/splash?", "/app/api/config/home?"]) + qs(p, uri),
            {**h, "Accept-Encoding": "gzip"},
        )


# --- bid-opening --------------------------------------------------------------------------------------

GUARANTEE_SECRET = "h-baohan-2027-secret"
DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(cents: int) -> str:
    """人民币 大写 (as 投标 报价 forms print it): 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分 / …元整."""
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    units = ["", "拾", "佰", "仟"]
    out, zero = "", False
    groups = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            zero = bool(out)
            continue
        if out and (zero or g < 1000):
            out += "零"
        zero = False
        part = ""
        for i in range(3, -1, -1):
            digit = g // 10**i % 10
            if digit:
                part += DIGITS_CN[digit] + units[i]
            elif part and g % 10**i:
                part += "" if part.endswith("零") else "零"
        out += part + ["", "万", "亿"][gi]
    out = (out or "零") + "元"
    if not jiao and not fen:
        return out + "整"
    return out + (DIGITS_CN[jiao] + "角" if jiao else "零") + (DIGITS_CN[fen] + "分" if fen else "")


def upper_to_cents(text: str) -> int:
    """The other way (the fast tests check the 大写 against the digits)."""
    text = text.removesuffix("整")
    total, section, num = 0, 0, 0
    for ch in text:
        if ch in DIGITS_CN:
            num = DIGITS_CN.index(ch)
        elif ch in "拾佰仟":
            section += num * 10 ** ("拾佰仟".index(ch) + 1)
            num = 0
        elif ch in "万亿":
            total += (section + num) * (10**4 if ch == "万" else 10**8)
            section = num = 0
        elif ch == "元":
            total += section + num
            section = num = 0
        elif ch == "角":
            section, num = section + num * 10, 0
        elif ch == "分":
            section += num
            num = 0
    return total * 100 + section


def guarantee_sign(app_id: str, ts: str, nonce: str, body: str) -> str:
    return hmac.new(GUARANTEE_SECRET.encode(), f"{app_id}{ts}{nonce}{body}".encode(), hashlib.sha256).hexdigest()


BID_PROJECTS = [
    "贵阳市观山湖区2027年老旧小区改造项目（一期）施工",
    "贵州省政务服务网升级改造项目",
    "遵义市红花岗区农村公路安全生命防护工程",
    "贵阳市第十中学学生宿舍楼建设工程（EPC）",
    "六盘水市水城区“智慧城管”平台采购",
    "贵州省人民医院医疗设备采购（第2包：CT）",
]
QUESTIONS = [
    "对招标文件第3.2条“投标人须提供近三年（2024-2026年）类似业绩”中“类似”的界定有疑问，请招标人澄清。",
    "第二章 评标办法 前附表 2.2.4(3) 中“项目经理无在建项目”以什么时间为准？",
    "工程量清单中 010401003001 实心砖墙 项目特征描述与图纸不一致，请核实。",
    "开标直播画面卡顿，申请延长解密时间 10 分钟。",
    "我公司 CA 锁（SM2）解密失败，提示“证书序列号不匹配”，是否可以使用备用锁？",
    "请问报价是否包含 3% 的暂列金额？",
]


@family("bid-opening")
def bid_opening(c: Corpus) -> None:
    f = "bid-opening"
    hall = f"{SITE}/bidopening/hall/index.html"

    def hdr(ctype: str | None = JSON_CT) -> dict[str, str]:
        return c.headers(
            c.browser(0.0), accept=AXIOS_ACCEPT, ctype=ctype, referer=hall, extra={"X-Auth-Token": c.hexs(20)}
        )

    def project() -> tuple[str, str]:
        code = f"{c.pick(['GZZB', 'E5201', 'GYCG'])}-{c.num(2026, 2027)}-{c.num(1, 999):04d}"
        return code, f"{code}-{c.pick(['001', '002', 'B1'])}"

    for _ in range(20):  # 签到: SM2 signature over the sign-in text with the bidder's CA key
        code, bd = project()
        i = c.num(0, len(SM2_BIDDERS) - 1)
        doc = {
            "projectCode": code,
            "bidSectionCode": bd,
            "bidderName": company(c),
            "bidderCode": uscc(c),
            "certSN": f"{i + 1:02d}" + c.hexs(15).upper(),
            "signTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "keyIndex": i,
        }
        plain = f"{doc['projectCode']}|{doc['bidSectionCode']}|{doc['bidderCode']}|{doc['signTime']}"
        doc["signValue"] = sm2_sign(c, SM2_BIDDERS[i], plain.encode())
        doc["publicKey"] = sm2_pub_hex(SM2_BIDDERS[i][1])
        c.add(f, "hall-signin", "POST", "/bidopening/api/signin", hdr(), js_json(doc))
    for _ in range(20):  # 解密: the bid's SM4 key, re-wrapped under the platform key, and signed
        code, bd = project()
        i = c.num(0, len(SM2_BIDDERS) - 1)
        key = c.rnd.randbytes(16).hex()
        wrapped = sm2_encrypt(c, SM2_PLATFORM[1], key.encode(), True)
        doc = {
            "projectCode": code,
            "bidSectionCode": bd,
            "bidFileId": c.uid(),
            "encryptKey": wrapped,
            "keyDigest": sm3_hex(key),
            "signValue": sm2_sign(c, SM2_BIDDERS[i], wrapped.encode()),
            "keyIndex": i,
        }
        c.add(f, "decrypt-bid", "POST", "/bidopening/api/decrypt", hdr(), js_json(doc))
    for _ in range(20):  # 报价 确认: 大写 and digits
        code, bd = project()
        cents = c.pick([c.num(100000, 99999999) * 100, c.num(1000000, 9999999999)])
        p = [
            ("projectCode", code),
            ("bidSectionCode", bd),
            ("bidPrice", f"{cents / 100:.2f}"),
            ("bidPriceUpper", rmb_upper(cents)),
            ("duration", f"{c.num(30, 720)}日历天"),
            ("quality", c.pick(["合格", "符合国家现行验收规范“合格”标准"])),
            ("manager", c.person()),
            ("managerCert", f"黔{c.num(1, 2)}52{c.digits(9)}"),
            ("rate", f"{c.num(85, 99)}.{c.num(0, 99):02d}%"),
        ]
        c.add(f, "quote-confirm", "POST", "/bidopening/api/quote/confirm", hdr(JQ_FORM), qs(p, jq))
    for _ in range(25):  # 异议 / 提问 in the hall
        code, _ = project()
        doc = {
            "projectCode": code,
            "projectName": c.pick(BID_PROJECTS),
            "type": c.pick(["question", "objection"]),
            "content": c.pick(QUESTIONS),
            "bidderName": company(c),
            "contact": c.person(),
            "phone": c.mobile(),
        }
        c.add(f, "hall-question", "POST", "/bidopening/api/message/send", hdr(), js_json(doc))
    for i in range(25):  # 电子保函: 投保 申请 and the insurer's 出函 回调, HMAC-signed
        code, bd = project()
        app_id, ts, nonce = "ggzy_gz_001", str(c.ms()), c.nonce()
        if i % 2:
            doc = {
                "tenderProjectCode": code,
                "bidSectionCode": bd,
                "tenderProjectName": c.pick(BID_PROJECTS),
                "bidderName": company(c),
                "bidderCreditCode": uscc(c),
                "guaranteeAmount": f"{c.num(1, 80) * 10000}.00",
                "beneficiary": f"贵州省{c.pick(DEPTS)}",
                "validDays": c.pick([90, 120]),
                "bidOpenTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
                "insurer": c.pick(
                    ["中国人民财产保险股份有限公司贵州省分公司", "贵州银行股份有限公司", "XX融资担保有限公司"]
                ),
            }
            path = "/baohan/api/apply"
        else:
            doc = {
                "orderNo": f"BH{c.when():%Y%m%d}{c.digits(8)}",
                "guaranteeNo": f"{c.digits(4)}-{c.digits(12)}",
                "status": c.pick(["ISSUED", "REFUSED", "PAID"]),
                "tenderProjectCode": code,
                "fileUrl": f"https://baohan.example.com/file/{c.uid()}.pdf?sign={c.hexs(16)}",
                "remark": c.pick(["", "保函已出具，请于开标前下载", "资料不全: 缺《授权委托书》"]),
            }
            path = "/baohan/api/callback"
        body = js_json(doc)
        h = {
            "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_372)",
            "Accept": "application/json",
            "Content-Type": "application/json;charset=UTF-8",
            "X-App-Id": app_id,
            "X-Timestamp": ts,
            "X-Nonce": nonce,
            "X-Sign": guarantee_sign(app_id, ts, nonce, body),
        }
        c.add(f, "e-guarantee", "POST", path, h, body)
    for _ in range(20):  # 投标文件 upload (encrypted file, multipart)
        b = c.browser(0.0)
        code, bd = project()
        name = f"投标文件_{company(c)}.{c.pick(['GZTF', 'ZJTF', 'gef'])}"
        ctype, body = c.multipart(
            b,
            [
                ("projectCode", code),
                ("bidSectionCode", bd),
                ("fileMd5", c.hexs(16)),
                ("file", (name, "application/octet-stream", c.rnd.randbytes(c.num(600, 2400)))),
            ],
        )
        c.add(
            f,
            "bid-upload",
            "POST",
            "/bidopening/api/file/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/tbr/index.html"),
            body,
        )
    for _ in range(25):  # 招标文件 / 澄清 downloads
        code, bd = project()
        p = [
            ("projectCode", code),
            ("fileType", c.pick(["ZBWJ", "CQWJ", "KBJL"])),
            ("token", c.hexs(16)),
            ("fileName", c.pick(["招标文件（正式版）.GZZF", "第1次澄清与修改.pdf", "开标记录表.pdf"])),
        ]
        c.add(
            f, "file-download", "GET", "/bidopening/api/file/download?" + qs(p, uri), c.headers(c.browser(0.0), "nav")
        )


# --- title-review -------------------------------------------------------------------------------------

JOURNALS = [
    ("软件学报", "1000982", "11-2560/TP"),
    ("电子政务", "1672722", "11-5181/TP"),
    ("中国行政管理", "1006086", "11-1041/D"),
    ("统计研究", "1002456", "11-1302/C"),
    ("计算机工程与应用", "1002833", "11-2127/TP"),
    ("图书情报工作", "0252311", "11-1541/G2"),
    ("建筑结构", "1002848", "11-2833/TU"),
    ("中国公路学报", "1001737", "61-1313/U"),
]
PAPERS = [
    "基于 Spring Boot 和 MySQL 的政务服务“一网通办”平台设计与实现",
    "SELECT 语句优化在统计联网直报系统中的应用",
    "A Union-Find Based Approach to Entity Resolution in Government Open Data",
    "政府网站集约化背景下的站群内容管理研究——以贵州省为例",
    "Drop-out Rates and Rural Schooling: Evidence from Guizhou",
    "基于“数据 + 规则”的行政审批智能预审模型",
    "《数据库系统概论》课程思政教学改革探索",
    "Cross-Site Scripting (XSS) 防护在政务网站中的实践",
    "山区高速公路 T 梁预制与架设关键技术",
    "喀斯特地区 GIS 空间分析 & 国土空间规划",
    "基于 <深度学习> 的 12345 热线工单自动分类",
    "O'Neill 模型在公共服务满意度评价中的适用性",
]
SUMMARY_LINES = [
    "本人自 {y} 年取得工程师资格以来，一直从事政务信息化系统的设计、开发与运维工作。",
    "主持完成“贵州省政务服务网”升级改造项目（合同金额 1,280 万元），负责总体架构设计。",
    "针对统计直报系统查询缓慢的问题，对 Oracle 数据库中 select … from … where … 语句进行调优，"
    "平均响应时间由 8.2s 降至 0.9s（降幅约 89%）。",
    "编写《政府网站安全防护手册》，内容涵盖 SQL 注入、XSS（跨站脚本）、CSRF 等常见风险的防范措施。",
    "参与制定地方标准 DB52/T 1234-2026《政务数据共享交换技术规范》，负责第 5 章“接口要求”。",
    "指导青年技术人员 6 名，其中 2 人取得中级职称；年度考核 3 次“优秀”。",
    "1) 完成全省 9 个市（州）站群迁移；2) 建立 7×24 小时值班制度；3) 推进 IPv6 改造。",
    "工作中坚持“以人民为中心”，对群众反映的“办事难、办事慢”问题逐项整改 & 销号。",
]


def issn(seven: str) -> str:
    """An ISSN (ISO 3297) with its mod-11 check digit."""
    check = (11 - sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{seven[:4]}-{seven[4:]}{'X' if check == 10 else check}"


@family("title-review")
def title_review(c: Corpus) -> None:
    f = "title-review"
    ref = f"{SITE}/zcps/sb/index.html"

    def hdr(ctype: str | None = JSON_CT, accept: str = AXIOS_ACCEPT) -> dict[str, str]:
        return c.headers(
            c.browser(0.05),
            accept=accept,
            ctype=ctype,
            referer=ref,
            extra={"Authorization": f"Bearer {c.b64(32, True)}"},
        )

    for _ in range(25):  # 基本信息
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "xb": c.pick(["男", "女"]),
            "gzdw": c.pick([company(c), f"贵州省{c.pick(DEPTS)}"]),
            "xzc": c.pick(["工程师", "经济师", "中学一级教师", "主治医师", "助理研究员"]),
            "sbzc": c.pick(["高级工程师", "正高级工程师", "高级经济师", "中学高级教师", "副主任医师"]),
            "sbzy": c.pick(["计算机软件", "信息系统", "道路与桥梁", "建筑工程", "统计", "图书资料"]),
            "xl": c.pick(["本科", "硕士研究生", "博士研究生"]),
            "byyx": c.pick(["贵州大学", "贵州师范大学", "Tsinghua University"]),
            "cjgzsj": f"{c.num(2000, 2018)}-{c.num(1, 12):02d}",
            "lxdh": c.mobile(),
            "psfs": c.pick(["评审", "考评结合"]),
        }
        c.add(f, "profile-save", "POST", "/zcps/api/sb/jbxx/save", hdr(), js_json(doc))
    for i in range(30):  # 论文论著
        name, seven, cn = c.pick(JOURNALS)
        doc = {
            "lwtm": c.pick(PAPERS),
            "km": f"《{name}》",
            "issn": issn(seven),
            "cn": f"CN {cn}",
            "fbsj": f"{c.num(2019, 2026)}-{c.num(1, 12):02d}",
            "brpm": c.pick(["第一作者", "第二作者", "通讯作者", "独著"]),
            "qh": f"{c.num(2019, 2026)}年第{c.num(1, 12)}期",
            "ym": f"{c.num(1, 200)}-{c.num(201, 260)}",
            "sfhx": c.pick(["是", "否"]),
            "bz": c.pick(["", "EI 检索", "北大核心（2023 版）", "已录用，待刊"]),
        }
        if i % 3 == 0:
            c.add(f, "achievements", "POST", "/zcps/api/sb/lw/save", hdr(JQ_FORM, JQ_ACCEPT), qs(doc, jq))
        else:
            c.add(f, "achievements", "POST", "/zcps/api/sb/lw/save", hdr(), js_json(doc))
    for _ in range(20):  # 专业技术工作总结: long prose, a form post
        text = "\n".join(c.sample(SUMMARY_LINES, c.num(4, 8))).format(y=c.num(2012, 2020))
        body = qs(
            [("sbid", c.uid()), ("gzzj", text), ("zs", str(len(text))), ("action", c.pick(["save", "submit"]))], form
        )
        c.add(
            f,
            "work-summary",
            "POST",
            "/zcps/sb/gzzj.do",
            c.headers(c.browser(0.0), "nav", ctype=FORM, referer=ref),
            body,
        )
    for _ in range(25):  # 证书 / 论文 attachments
        b = c.browser(0.05)
        kind = c.pick(["pdf", "jpg", "png"])
        fname = (
            c.pick(["学位证书", "现职称证书（工程师）", "论文检索证明", "业绩合同-首页&签字页", "获奖证书 2026"])
            + "."
            + kind
        )
        content = (
            pdf_head(c, c.num(800, 3000))
            if kind == "pdf"
            else jpeg(c, c.num(800, 3000))
            if kind == "jpg"
            else png(c, c.num(800, 3000))
        )
        ctype, body = c.multipart(
            b,
            [
                ("sbid", c.uid()),
                ("cllx", c.pick(["XLZS", "ZCZS", "LW", "HJ"])),
                ("file", (fname, {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png"}[kind], content)),
            ],
        )
        c.add(
            f,
            "attachment-upload",
            "POST",
            "/zcps/api/file/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref),
            body,
        )
    for _ in range(20):  # 评委 打分 and 评语
        p = [("sbid", c.uid()), ("pwid", c.digits(6))]
        p += [(f"df_{k}", str(c.num(5, 30))) for k in ("gzjl", "yj", "lw", "dbcg")]
        p.append(
            (
                "py",
                c.pick(
                    [
                        "业绩突出，论文质量较高，同意推荐。",
                        "代表作与申报专业关联度不高（“信息系统”≠“统计”）。",
                        "材料齐全；建议通过。",
                        "工作总结中 SQL 调优案例描述具体、可信。",
                    ]
                ),
            )
        )
        p.append(("tp", c.pick(["同意", "不同意", "弃权"])))
        c.add(f, "review-score", "POST", "/zcps/pw/score.do", hdr(JQ_FORM, JQ_ACCEPT), qs(p, jq))
    for _ in range(15):  # 评审结果 公示
        p = [
            ("nd", c.num(2024, 2027)),
            ("xm", c.pick(["", c.person()])),
            ("gzdw", c.pick(["", c.pick(DEPTS), "有限公司"])),
            ("zy", c.pick(["", "计算机软件", "建筑工程"])),
            ("page", c.num(1, 9)),
        ]
        c.add(f, "public-notice", "GET", "/zcps/gs/list?" + qs(p, jq), hdr(None, JQ_ACCEPT))
    for _ in range(15):  # 证书 查询
        p = [
            ("zsbh", f"{c.pick(['GZ', 'QG'])}{c.num(2020, 2027)}{c.digits(8)}"),
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("yzm", c.alnum(4)),
        ]
        c.add(
            f,
            "cert-query",
            "GET",
            "/zcps/zscx/query?" + qs(p, uri),
            c.headers(c.browser(0.4), "nav", referer=f"{SITE}/zcps/zscx/"),
        )


# --- school-enrollment --------------------------------------------------------------------------------

SCHOOLS = [
    "贵阳市实验小学",
    "贵阳市第一实验小学（北京路校区）",
    "观山湖区第十一小学",
    "云岩区东山小学",
    "南明区甲秀小学",
    "贵阳市第二十八中学",
    "遵义市第五中学 (初中部)",
]


def child_id(c: Corpus) -> str:
    """A 公民身份号码 of a child born 2020-2021 (GB 11643 check digit)."""
    born = datetime(2020, 1, 1) + timedelta(days=c.num(0, 700))
    body = f"{c.pick(list(DISTRICTS))}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def _house_no(c: Corpus) -> str:
    lp, rp = c.pick([("（", "）"), ("(", ")")])
    return f"黔{lp}{c.num(2015, 2026)}{rp}{c.pick(CITIES)}市不动产权第{c.digits(7)}号"


def _home(c: Corpus) -> str:
    return c.pick(
        [
            f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号{c.pick(ESTATES)}{c.num(1, 30)}#楼"
            f"{c.num(1, 4)}单元{c.num(1, 33)}0{c.num(1, 4)}",
            f"{c.pick(ESTATES)} {c.num(1, 20)}-{c.num(1, 4)}-{c.num(1, 33)}0{c.num(1, 4)}",
            f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号附{c.num(1, 9)}号"
            f"（{c.pick(['原', '老'])}粮食局宿舍）",
        ]
    )


@family("school-enrollment")
def school_enrollment(c: Corpus) -> None:
    f = "school-enrollment"
    ref = f"{SITE}/ywjy/bm/index.html"

    def hdr(ctype: str | None = JSON_CT, mobile: float = 0.6) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)

    for _ in range(20):  # 监护人 注册
        doc = {
            "jhrxm": c.person(),
            "jhrsfzh": c.idcard(),
            "sjhm": c.mobile(),
            "yzm": c.digits(6),
            "mm": base64.b64encode(c.pick(GM_PASSWORDS).encode()).decode(),
            "gx": c.pick(["父亲", "母亲", "祖父母", "其他监护人"]),
        }
        c.add(f, "guardian-register", "POST", "/ywjy/api/user/register", hdr(), js_json(doc))
    for _ in range(25):  # 适龄儿童 信息
        doc = {
            "xsxm": c.person(),
            "xssfzh": child_id(c),
            "xb": c.pick(["男", "女"]),
            "mz": c.pick(["汉族", "苗族", "布依族", "侗族", "土家族"]),
            "csyxzm": f"{c.pick(['Q', 'R', 'S'])}{c.digits(9)}",
            "hjdz": "贵州省" + _home(c),
            "xjzdz": _home(c),
            "hklx": c.pick(["城镇", "农村"]),
            "sfsqzn": c.chance(0.2),
            "bmxx": c.pick(SCHOOLS),
            "jhr": [
                {"xm": c.person(), "sfzh": c.idcard(), "gx": "父亲", "dw": company(c)},
                {"xm": c.person(), "sfzh": c.idcard(), "gx": "母亲", "dw": c.pick(["", "无", "个体（自由职业）"])},
            ],
        }
        c.add(f, "child-info", "POST", "/ywjy/api/bm/xsxx/save", hdr(), js_json(doc))
    for i in range(25):  # 房产 / 租赁
        p = [
            ("bmid", c.uid()),
            ("fclx", c.pick(["不动产权证", "购房合同", "租赁备案"])),
            ("bdcqzh", _house_no(c)),
            ("qlr", c.person()),
            ("fwzl", "贵州省" + _home(c)),
            ("mj", f"{c.num(40, 180)}.{c.num(0, 99):02d}"),
            ("htbah", c.pick(["", f"YS{c.num(2018, 2026)}{c.digits(8)}", f"ZL-{c.num(2024, 2026)}-{c.digits(5)}"])),
            ("djrq", f"{c.when():%Y-%m-%d}"),
        ]
        if i % 2:
            c.add(f, "house-proof", "POST", "/ywjy/bm/fcxx.do", hdr(JQ_FORM), qs(p, jq))
        else:
            c.add(f, "house-proof", "POST", "/ywjy/api/bm/fcxx/save", hdr(), js_json(dict(p)))
    for _ in range(20):  # 材料 photos
        b = c.browser(0.7)
        kind = c.pick(["jpg", "png"])
        name = c.pick(
            [
                "户口簿首页",
                "户口簿本人页",
                "不动产权证书",
                "出生医学证明",
                "IMG_20270412_101532",
                "微信图片_20270412101533",
            ]
        )
        content = jpeg(c, c.num(800, 3000)) if kind == "jpg" else png(c, c.num(800, 3000))
        ctype, body = c.multipart(
            b,
            [
                ("bmid", c.uid()),
                ("cllx", c.pick(["HKB", "FCZ", "CSZM", "JZZ"])),
                ("file", (f"{name}.{kind}", "image/jpeg" if kind == "jpg" else "image/png", content)),
            ],
        )
        c.add(
            f,
            "photo-upload",
            "POST",
            "/ywjy/api/file/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref),
            body,
        )
    for _ in range(25):  # 学区 / 划片 查询 (小区, 楼栋 with #)
        q = c.pick(
            [
                c.pick(ESTATES),
                f"{c.pick(ESTATES)}{c.num(1, 30)}#楼",
                f"{c.pick(ROADS)}{c.num(1, 300)}号",
                f"{c.pick(ESTATES)} {c.num(1, 20)}-{c.num(1, 4)}",
                c.pick(SCHOOLS),
            ]
        )
        p = [("keyword", q), ("xd", c.pick(["xx", "cz"])), ("qx", c.pick(list(DISTRICTS))), ("nd", 2027)]
        c.add(f, "school-district", "GET", "/ywjy/api/xq/query?" + qs(p, c.pick([uri, jq, axios])), hdr(None))
    for _ in range(20):  # 录取结果
        p = [("bmh", f"{c.pick(list(DISTRICTS))}2027{c.digits(6)}"), ("xssfzh", child_id(c)), ("_", c.ms())]
        c.add(f, "result-query", "GET", "/ywjy/api/lq/result?" + qs(p, uri), hdr(None, 0.8))
    for _ in range(15):  # 随迁子女: 居住证, 社保 months, 务工 单位
        doc = {
            "bmid": c.uid(),
            "jzzh": f"52{c.digits(4)}{c.num(2019, 2026)}{c.digits(6)}",
            "jzzqfrq": f"{c.when():%Y-%m-%d}",
            "sbjnys": c.num(6, 60),
            "sbdw": company(c),
            "dwxydm": uscc(c),
            "wglx": c.pick(["务工", "经商", "灵活就业"]),
            "sm": c.pick(
                ["", "父母均在贵阳务工，户籍在毕节市威宁县", "租住在“城中村”，无租赁备案，已开具社区居住证明"]
            ),
        }
        c.add(f, "migrant-child", "POST", "/ywjy/api/bm/sqzn/save", hdr(), js_json(doc))


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
