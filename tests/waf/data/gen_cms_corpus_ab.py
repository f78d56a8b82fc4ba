"""Generate corpus AB: a TWENTY-EIGHTH set of ordinary requests to Chinese government sites, independent of A-Z and AA.

    python tests/waf/data/gen_cms_corpus_ab.py   # writes cms_ab_tuning.jsonl and cms_ab_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
AB measures the WAF's false positives on traffic no tuning round has seen. Corpus AB is a month of ordinary traffic
to one province's TRUST and PAYMENT INFRASTRUCTURE on the provincial cloud (贵州省 as the model: the 政务 区块链, the
电子 认证 服务 (CA) and its 时间戳 and 签名 验签 services, the 统一 公共 支付 平台 with its banks and 数字 人民币, the
政务 开放 平台, the 一码通, 网络 身份 认证, 印章 治安 管理 and 国库 集中 支付), as citizens, firms, banks, CA vendors,
刻章 shops, budget units and ISV developers use it, and none of A-Z or AA has these kinds (E's face-verify, fee-payment,
pay-notify, license-qr and ofd-verify, H's gm-crypto-form, api-gateway-sign and e-bill-verify and J's e-signature
are the nearest; AB has none of their shapes: no 签章 验证 upload, no X-Ca-* or artemis signature, no WeChat Pay or
Alipay notify, no 电子 证照 亮证): 政务 区块链 存证 and 核验 (SM3 and SHA-256 digests of the files, SM2-signed 存证
submissions, tx hashes and block heights, Merkle roots of batches, the chain gateway's receipts); 数字 证书 (PKCS#10
CSRs pasted as PEM in a form, SM2-signed and verifiable; OCSP GET requests whose CertID hashes are the CA's; CRL
fetches by Microsoft-CryptoAPI; 吊销 with RFC 5280 reason codes, 更新 within 30 days of expiry, UKey 驱动 pages);
可信 时间戳 (RFC 3161 TimeStampReq DER in JSON, file digests that match the uploaded PDF, batches); the 签名 验签
服务器's HTTP API as business systems call it (X.509 SM2 certificates issued by the CA, signatures over the 原文
that verify, DN strings "CN=…,OU=…,O=…,L=…,ST=…,C=CN" as the certificates carry them); UKey 证书 登录 (random
challenges signed by the UKey, the UKey 助手's version checks, 证书 绑定, PIN 解锁); the 统一 公共 支付 平台's banks
(缴款码 with their check digit, bank 前置 queries signed SM3, 缴费 notify forms signed MD5 with amounts in 分 that
add up, 冲正, 对账 files); 数字 人民币 缴费 (钱包 ID, SM2-signed 支付 and 退款 results, 硬 钱包 POS with HMAC);
the 开放 平台 (应用 注册 with callback URLs and IP whitelists, SM2 public keys as PEM, SDK-HMAC-SHA256 signed calls,
调用 日志 filters); 一码通 (JWT-like three-part codes signed SM2 by the platform, scanners' verifications and
batches); 网络 身份 认证 (网号/网证 QR login, the App's return, signed result notifies, 活体 callbacks with JPEG
thumbnails); 印章 刻制 备案 and 电子 印章 (印章 编码, 印模 PNG, SM2 public keys on the curve); and 国库 集中 支付
电子化 (支付 申请 with 科目 codes and sums, UKey-signed vouchers, banks' XML 回单 that add up). The CA's and the
platforms' keys are this generator's fixed test keys (tests/waf/data/gen_cms_corpus_h.py's SM2), and 缴款码, 印章
编码, 钱包 and account patterns, caps and fees are this generator's tables, not published ones. Desktop browsers,
微信 内置 浏览器, mobile Safari, 小程序, native Apps, the UKey 助手, CryptoAPI and bank, CA and platform back ends
send them. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow; values
are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the receiving
services check something (SM2 signatures of CSRs, certificates, challenges, vouchers, codes and results; SM3,
SHA-256, MD5 and HMAC signs; digests of uploaded files; DER structures and PEM armour; OCSP CertID hashes; points
on the SM2 curve; Merkle roots; 身份 证号 and 统一 社会 信用 代码 check characters, Luhn and 缴款码 check digits,
amounts in 分 that add up, dates and times in order, upload magic bytes) the generator does it for real, so the
fast tests can check the requests the way the receiving servers would. Nothing here is an attack: every value is
what the real service really receives.

Each request is one JSONL record as in corpora A-Z and AA (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ab/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on AB was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-ab/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ab/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import sys
import urllib.parse
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_aa as corpus_aa
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_aa import cn_no, moment  # AA's
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, form, jpeg, jq, qs  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_h import md5_hex, sm2_key, sm2_sign, sm3_hex  # H's SM2 and digests
from tests.waf.data.gen_cms_corpus_l import app_headers, bank_card, miniprogram  # L's
from tests.waf.data.gen_cms_corpus_m import upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end client
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import page  # R's
from tests.waf.data.gen_cms_corpus_s import wx_h5  # S's
from tests.waf.data.gen_cms_corpus_v import client, id_check, mod31  # V's
from tests.waf.data.gen_cms_corpus_w import ORG_CHARS, authed, js_doc, org_check, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import born_at, hms  # X's
from tests.waf.data.gen_cms_corpus_y import prose, today  # Y's
from tests.waf.data.gen_cms_corpus_z import article, beacons, navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ab")
SEED = 20301016
SALT = "corpus-ab/"

SOURCES = {
    "blockchain-evidence": "《区块链信息服务管理规定》 (国家网信办 2019 年 第3号令), 区块链 服务 网络 BSN 开放 联盟 链 "
    "and FISCO BCOS JSON-RPC (交易 哈希, 区块 高度, 交易 回执), GB/T 32905-2016 SM3 and GB/T 32918 SM2, "
    "《最高人民法院关于互联网法院审理案件若干问题的规定》 第十一条 (区块链 存证) and 贵州 政务 区块链 平台 as it runs "
    "them: 存证 提交 from business systems, 哈希 核验 and 文件 核验 uploads, 交易 and 区块 查询, 网关 回执 callbacks, "
    "批量 锚定 with Merkle roots, 存证 证书 and 浏览器 pages, beacons",
    "ca-certificate-service": "《中华人民共和国电子签名法》, 《电子认证服务管理办法》, RFC 2986 (PKCS #10 CSR), RFC "
    "7468 (PEM), RFC 5280 (X.509, CRL, reason codes), RFC 6960 (OCSP, GET encoding, CertID), GM/T 0015-2012 (SM2 数字 "
    "证书 格式), GM/T 0006 (OIDs 1.2.156.10197.1.301/401/501) and 贵州 CA as it runs them: CSR 提交 forms, 证书 状态 "
    "and 信息 查询, OCSP and CRL fetches by Microsoft-CryptoAPI, 吊销 and 更新 申请, UKey 驱动 pages and downloads, "
    "beacons",
    "trusted-timestamp": "RFC 3161 (Time-Stamp Protocol: TimeStampReq, MessageImprint, nonce, certReq), GM/T 0033-2014 "
    "《时间戳接口规范》, GB/T 20520-2006 《公钥基础设施 时间戳规范》 and 国家 授时 中心 可信 时间戳 服务 as a 贵州 "
    "时间戳 服务 runs it: TSQ 提交, 哈希 盖戳, 文件 验证 uploads, 时间戳 查询, 证据 包 downloads, 余额, 批量 盖戳, TSA "
    "证书 and 指南 pages, beacons",
    "sign-verify-server": "GM/T 0029-2014 《签名验签服务器技术规范》 and GM/T 0020-2012 (证书 应用 综合 服务 接口: "
    "数据 签名, 验证 签名, 证书 验证, 证书 信息 解析, 杂凑, 随机数), GM/T 0015 SM2 证书, RFC 4514 (DN strings) and a "
    "贵州 政务 云 签名 验签 服务 as business systems call it over HTTP JSON: 签名, 验签, 验证 证书, 证书 信息, DN "
    "比对, 杂凑, 随机数, 协同 签名 初始化 from the 移动 App, 审计 日志 查询, 批量 验签",
    "ukey-cert-login": "《电子认证服务管理办法》, GM/T 0016-2012 (智能 密码 钥匙 应用 接口), GM/T 0015 (SM2 证书) and "
    "a 贵州 政务 服务 网 法人 UKey 证书 登录 as it runs it: 随机数 challenge, signed login form posts with the "
    "certificate and the SM2 signature, UKey 助手 版本 检查 and 更新, 证书 绑定, PIN 解锁 申请 and 查询, 登录 and 帮助 "
    "pages, beacons",
    "unified-payment-bank": "财政部 《政府非税收入管理办法》 (财税〔2016〕33号), 非税 收入 收缴 电子化, 统一 公共 支付 "
    "平台 银行 接口 规范 (缴款码 查询, 缴费 通知, 冲正, 对账) and 贵州 统一 公共 支付 平台 as its 代收 banks and "
    "payers use it: bank 前置 queries signed SM3, notify forms with sign_type and MD5 signs, 冲正, 对账 file downloads "
    "and results, 收银台 pages, 账单 预览, 退付 申请 uploads, 缴款 凭证 downloads, beacons",
    "ecny-payment": "《中国数字人民币的研发进展白皮书》 (2021: 钱包 分级, 硬 钱包), 数字 人民币 商户 受理 接口 as 运营 "
    "机构 publish them (下单, 支付 结果 通知, 退款, 查询; SM2 签名) and 贵州 统一 公共 支付 平台's 数字人民币 缴费: H5 "
    "下单, 支付 and 退款 notifies, 退款 申请, 订单 查询, 硬 钱包 POS, 收银 pages, 对账 查询, App returns, beacons",
    "open-platform-developer": "《政务数据共享条例》 (2025), 华为云 API 网关 APP 认证 (SDK-HMAC-SHA256: canonical "
    "request, X-Sdk-Date, SignedHeaders), RFC 7468 SubjectPublicKeyInfo PEM, RFC 4632 CIDR and 贵州 政务 开放 平台 "
    "开发者 中心 as ISVs use it: 应用 注册, 公钥 上传, 密钥 重置, signed API calls, 调用 日志 and 用量 查询, API 订阅, "
    "SDK downloads, 文档 pages, beacons",
    "city-one-code": "《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》, RFC 7519 (JWT) and RFC 7515 "
    "(base64url), GB/T 32918 SM2 and 贵州 一码通 (乘车, 就医, 入园 codes) as it runs it: 码 刷新 from the App, 扫码 "
    "核验 and 记录 pushes from scanners, 离线 公钥 同步, 场所 码 申领, 我的 扫码 记录, 权益 查询, 公交 结算 pushes, 码 "
    "pages, beacons",
    "cyber-identity-auth": "《国家网络身份认证公共服务管理办法》 (公安部 等 2025: 网号, 网证), GA/T 1713 and the 可信 "
    "身份 认证 (CTID) 接入 as a 贵州 政务 服务 网 uses it: 扫码 登录 pages, 结果 轮询, App 回跳, signed 结果 通知, "
    "活体 检测 回调 with JPEG thumbnails, 实名 核验 fallback forms, 小程序 授权, 账号 绑定, 指南 pages, beacons",
    "seal-carving-filing": "公章 刻制 备案 (审批 改 备案) and 公安部 印章 治安 管理 信息 系统 (印章 编码, 印模 备案), "
    "GB/T 38540-2020 《安全电子签章密码技术规范》 (电子 印章 制作) and 贵州 公安厅 as it runs them: 刻制 备案 from "
    "刻章 shops with 印模 PNG, 印章 查验 and 扫码 查验, 电子 印章 制作 申请, 挂失, 缴销, 刻章 店 pushes, 名录 and 法规 "
    "pages, beacons",
    "treasury-payment-voucher": "财政部 《财政国库管理制度改革试点方案》 and 国库 集中 支付 电子化 管理 接口 报文 规范 "
    "(支付 凭证, 回单, 退票; 电子 签章), 《2027年政府收支分类科目》 (功能 and 经济 分类) and 贵州 财政 国库 集中 支付 "
    "电子化 system as budget units and 代理 banks use it: 支付 申请, UKey 凭证 签章, bank 回单 and 退票 XML pushes, "
    "状态 and 凭证 查询, 指标 余额, 日终 对账 pushes, 凭证 打印 pages, beacons",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AA's (and so Z's, … F's), recording AB's sources -----------------------------------------


class Corpus(corpus_aa.Corpus):
    """AA's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AB's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() and beacons() make as many

GZ = {  # 贵州省 and some 市, 区县: GB/T 2260 行政区划 代码
    "520000": "贵州省",
    "520100": "贵阳市",
    "520102": "南明区",
    "520103": "云岩区",
    "520111": "花溪区",
    "520115": "观山湖区",
    "520200": "六盘水市",
    "520201": "钟山区",
    "520300": "遵义市",
    "520302": "红花岗区",
    "520303": "汇川区",
    "520400": "安顺市",
    "520402": "西秀区",
    "520500": "毕节市",
    "520502": "七星关区",
    "520600": "铜仁市",
    "520602": "碧江区",
}
COUNTIES = [k for k in GZ if not k.endswith("00")]
CITIES = [k for k in GZ if k.endswith("00") and k != "520000"]
FIRM_WORDS = ["黔云", "筑城", "乌江", "苗岭", "夜郎", "黔灵", "花溪", "梵净", "赤水", "娄山"]
FIRM_TRADES = ["大数据科技", "信息技术", "建设工程", "医药", "物流", "农业开发", "旅游文化", "电子商务"]


def gz_id(c: Corpus, lo: int = 18, hi: int = 70) -> str:
    """A 公民身份号码 of a 贵州 区县, ``lo``-``hi`` full years old."""
    body = f"{c.pick(COUNTIES)}{born_at(c, today(c), lo, hi):%Y%m%d}{c.digits(3)}"
    return body + id_check(body)


def gz_uscc(c: Corpus, kind: str = "91") -> str:
    """A 统一社会信用代码 registered in 贵州 (91 企业, 11 机关, 12 事业 单位); the GB 11714 part checked too."""
    org = "MA" + c.alnum(6, ORG_CHARS) if kind == "91" else c.digits(8)
    body = f"{kind}{c.pick(COUNTIES)}{org}{org_check(org)}"
    return body + mod31(body)


def firm(c: Corpus) -> tuple[str, str, str]:
    """(name, 统一社会信用代码, 市 code) of a 贵州 firm."""
    city = c.pick(CITIES)
    return f"贵州{c.pick(FIRM_WORDS)}{c.pick(FIRM_TRADES)}有限公司", gz_uscc(c), city


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def canonical(doc: dict, skip: tuple[str, ...] = ("sign", "sign_type", "signType", "signature")) -> str:
    """k=v pairs sorted by key, empty values and the sign fields left out: the banks' and platforms' sign string."""
    return "&".join(f"{k}={doc[k]}" for k in sorted(doc) if k not in skip and doc[k] not in ("", None))


# --- DER, X.509 and PEM, with SM2 (GM/T 0015) -----------------------------------------------------------

OID = {
    "ecPublicKey": "1.2.840.10045.2.1",
    "sm2p256v1": "1.2.156.10197.1.301",
    "sm3": "1.2.156.10197.1.401",
    "sm2-with-sm3": "1.2.156.10197.1.501",
    "sha256": "2.16.840.1.101.3.4.2.1",
    "sha1": "1.3.14.3.2.26",
    "C": "2.5.4.6",
    "ST": "2.5.4.8",
    "L": "2.5.4.7",
    "O": "2.5.4.10",
    "OU": "2.5.4.11",
    "CN": "2.5.4.3",
}


def tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    size = bytes([n]) if n < 128 else bytes([0x80 | (n.bit_length() + 7) // 8]) + n.to_bytes((n.bit_length() + 7) // 8)
    return bytes([tag]) + size + body


def d_int(n: int) -> bytes:
    return tlv(0x02, n.to_bytes(n.bit_length() // 8 + 1, "big"))


def d_oid(name: str) -> bytes:
    arcs = [int(a) for a in OID[name].split(".")]
    out = bytes([40 * arcs[0] + arcs[1]])
    for arc in arcs[2:]:
        chunk = [arc & 0x7F]
        while arc > 0x7F:
            arc >>= 7
            chunk.append(0x80 | (arc & 0x7F))
        out += bytes(reversed(chunk))
    return tlv(0x06, out)


def d_seq(*items: bytes) -> bytes:
    return tlv(0x30, b"".join(items))


def d_name(rdns: list[tuple[str, str]]) -> bytes:
    """An X.501 Name, C first as the certificates carry it (C PrintableString, the rest UTF8String)."""
    return d_seq(*(tlv(0x31, d_seq(d_oid(k), tlv(0x13 if k == "C" else 0x0C, v.encode()))) for k, v in rdns))


def dn(rdns: list[tuple[str, str]]) -> str:
    """The RFC 4514 string of a Name: last RDN first, "CN=…,OU=…,O=…,L=…,ST=…,C=CN"."""
    return ",".join(f"{k}={v}" for k, v in reversed(rdns))


def pub_bytes(pub: tuple[int, int]) -> bytes:
    return b"\x04" + pub[0].to_bytes(32, "big") + pub[1].to_bytes(32, "big")


def spki(pub: tuple[int, int]) -> bytes:
    return d_seq(d_seq(d_oid("ecPublicKey"), d_oid("sm2p256v1")), tlv(0x03, b"\x00" + pub_bytes(pub)))


def sig_der(sig_hex: str) -> bytes:
    """An SM2 signature r||s (hex) as the DER SEQUENCE { r INTEGER, s INTEGER } certificates and PKCS#7 carry."""
    return d_seq(d_int(int(sig_hex[:64], 16)), d_int(int(sig_hex[64:], 16)))


def sm2_signed(c: Corpus, key: tuple[int, tuple[int, int]], tbs: bytes) -> bytes:
    """tbs, SM2-with-SM3 and the signature as a BIT STRING: a certificate's or a CSR's outer SEQUENCE."""
    return d_seq(tbs, d_seq(d_oid("sm2-with-sm3")), tlv(0x03, b"\x00" + sig_der(sm2_sign(c, key, tbs))))


def utc_time(d: datetime) -> bytes:
    return tlv(0x17, f"{d:%y%m%d%H%M%S}Z".encode())


def pem(label: str, der: bytes, eol: str = "\n") -> str:
    """RFC 7468 armour: 64-character base64 lines between the BEGIN and END lines."""
    body = b64(der)
    lines = [f"-----BEGIN {label}-----", *(body[i : i + 64] for i in range(0, len(body), 64)), f"-----END {label}-----"]
    return eol.join(lines) + eol


CA_RDNS = [("C", "CN"), ("ST", "贵州省"), ("L", "贵阳市"), ("O", "贵州省数字证书认证中心"), ("CN", "GZCA SM2 CA")]
CA_KEY = sm2_key("corpus-ab gzca sm2 ca")  # the CA's fixed test key
USER_KEYS = [sm2_key(f"corpus-ab subscriber {i}") for i in range(12)]  # subscribers' UKey keys
PLATFORM_KEY = sm2_key("corpus-ab one-code platform")  # the 一码通 platform's code-signing key
BANK_SM2 = {"ICBC": sm2_key("corpus-ab ecny icbc"), "CCB": sm2_key("corpus-ab ecny ccb")}  # 运营 机构 notify keys


def subject(c: Corpus, person: bool | None = None) -> list[tuple[str, str]]:
    """A subscriber's Name: a person of a firm, or the firm itself."""
    name, uscc, city = firm(c)
    base = [("C", "CN"), ("ST", "贵州省"), ("L", GZ[city]), ("O", name)]
    if person if person is not None else c.chance(0.5):
        return [*base, ("OU", uscc), ("CN", c.person())]
    return [*base, ("OU", uscc), ("CN", name)]


def issue(c: Corpus, rdns: list[tuple[str, str]], key: tuple[int, tuple[int, int]]) -> tuple[bytes, int]:
    """An X.509 v3 certificate the CA issues to ``rdns`` for ``key``: (DER, serial)."""
    serial = int.from_bytes(c.rnd.randbytes(16)) >> 1
    start = moment(c, -700, -20)
    tbs = d_seq(
        tlv(0xA0, d_int(2)),
        d_int(serial),
        d_seq(d_oid("sm2-with-sm3")),
        d_name(CA_RDNS),
        d_seq(utc_time(start), utc_time(start + timedelta(days=c.pick([365, 730, 1095])))),
        d_name(rdns),
        spki(key[1]),
    )
    return sm2_signed(c, CA_KEY, tbs), serial


def holder(c: Corpus) -> tuple[list[tuple[str, str]], tuple[int, tuple[int, int]], bytes, int]:
    """A subscriber: Name, key, certificate DER and serial."""
    rdns, key = subject(c), c.pick(USER_KEYS)
    cert, serial = issue(c, rdns, key)
    return rdns, key, cert, serial


def serial_hex(serial: int) -> str:
    return f"{serial:032X}"


# --- blockchain-evidence -------------------------------------------------------------------------------------

CHAIN_APPS = {  # 接入 应用: (appId, 存证 业务 类型)
    "贵州 政务 服务 网": ("gzzwfw", ["办件 材料", "电子 证照 签发", "审批 结果"]),
    "贵州 公共 资源 交易": ("gzggzy", ["招标 文件", "投标 文件 哈希", "开标 记录"]),
    "贵阳 互联网 法院 对接": ("gyfy", ["电子 合同", "聊天 记录 截图", "网页 取证"]),
    "贵州 不动产 登记": ("gzbdc", ["登记 簿", "不动产 权 证书"]),
}
CHAIN_FILES = [
    "办件材料汇总.pdf",
    "招标文件（第二版）.pdf",
    "电子合同-2027-0412.pdf",
    "网页取证录屏.mp4",
    "审批决定书.ofd",
]


def merkle_root(leaves: list[str]) -> str:
    """SHA-256 Merkle root of hex leaves, the last leaf paired with itself on odd levels."""
    level = [bytes.fromhex(x) for x in leaves]
    while len(level) > 1:
        if len(level) % 2:
            level.append(level[-1])
        level = [hashlib.sha256(level[i] + level[i + 1]).digest() for i in range(0, len(level), 2)]
    return level[0].hex()


def evidence_no(c: Corpus, d: datetime) -> str:
    return f"GZCZ{d:%Y%m%d}{c.digits(10)}"


@family("blockchain-evidence")
def blockchain_evidence(c: Corpus) -> None:
    f = "blockchain-evidence"
    ref = f"{SITE}/zwl/index.html"
    for _ in range(N):
        app = c.pick(list(CHAIN_APPS))
        app_id, kinds = CHAIN_APPS[app]
        at = moment(c, -20, 0)
        data = c.rnd.randbytes(c.num(2000, 60000))
        doc = {
            "appId": app_id,
            "bizType": c.pick(kinds),
            "evidenceNo": evidence_no(c, at),
            "fileName": c.pick(CHAIN_FILES),
            "fileSize": len(data),
            "hashAlg": "SM3",
            "fileHash": sm3_hex(data),
            "submitTime": hms(at),
            "nonce": c.nonce(),
        }
        doc["signType"] = "SM2"
        doc["sign"] = sm2_sign(c, USER_KEYS[list(CHAIN_APPS).index(app)], canonical(doc).encode())
        h = service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)", {"X-App-Id": app_id})
        c.add(f, "evidence-submit", "POST", "/zwl/api/v1/evidence/submit", h, js_doc(doc))
    for _ in range(N):
        alg = c.pick(["SM3", "SHA256"])
        data = c.rnd.randbytes(64)
        digest = sm3_hex(data) if alg == "SM3" else hashlib.sha256(data).hexdigest()
        q = [("hash", digest if c.chance(0.7) else digest.upper()), ("alg", alg), ("_t", c.ms())]
        c.add(f, "verify-hash", "GET", "/zwl/api/v1/verify?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        data = pdf_head(c, c.num(900, 2400))
        parts = [
            ("hash", hashlib.sha256(data).hexdigest()),
            ("alg", "SHA256"),
            ("file", (c.pick(CHAIN_FILES[:3]).replace(".ofd", ".pdf"), "application/pdf", data)),
        ]
        h, body = upload(c, parts, f"{SITE}/zwl/verify.html", 0.3)
        c.add(f, "verify-upload", "POST", "/zwl/api/v1/verify/file", h, body)
    for _ in range(N):
        tx = "0x" + c.hexs(32)
        c.add(f, "tx-query", "GET", f"/zwl/api/v1/tx/{tx}", client(c, f"{SITE}/zwl/explorer/", None, 0.1))
    for _ in range(N):
        q = [("height", c.num(3_200_000, 3_460_000)), ("withTx", c.pick(["true", "false"]))]
        c.add(f, "block-query", "GET", "/zwl/api/v1/block?" + qs(q, axios), web(c, None, 0.2, f"{SITE}/zwl/explorer/"))
    for _ in range(N):
        at = moment(c, -20, 0)
        height = c.num(3_200_000, 3_460_000)
        doc = {
            "code": 0,
            "evidenceNo": evidence_no(c, at),
            "txHash": "0x" + c.hexs(32),
            "blockHeight": height,
            "blockHash": "0x" + c.hexs(32),
            "fileHash": sm3_hex(c.rnd.randbytes(32)),
            "chainId": "gzzwl-1",
            "groupId": c.pick(["group0", "group1"]),
            "submitTime": hms(at),
            "confirmTime": hms(at + timedelta(seconds=c.num(1, 9))),
            "status": "ON_CHAIN",
        }
        h = service(c, "Go-http-client/1.1", {"X-Bsn-Gateway": "gz-" + c.digits(4)})
        c.add(f, "receipt-callback", "POST", "/zwl/api/v1/callback/receipt", h, js_doc(doc))
    for _ in range(N):
        leaves = [hashlib.sha256(c.rnd.randbytes(40)).hexdigest() for _ in range(c.num(2, 9))]
        at = moment(c, -10, 0)
        doc = {
            "batchNo": cn_no(c, "PL", at, 6),
            "appId": c.pick([v[0] for v in CHAIN_APPS.values()]),
            "alg": "SHA256",
            "count": len(leaves),
            "leaves": leaves,
            "merkleRoot": merkle_root(leaves),
            "anchorTime": hms(at),
        }
        c.add(f, "batch-anchor", "POST", "/zwl/api/v1/anchor/batch", service(c, "Java/17.0.10"), js_doc(doc))
    navigations(c, f, "certificate-page", lambda: f"/zwl/cert/{evidence_no(c, c.day(-60, 0))}.html", ref, 0.4)
    navigations(
        c,
        f,
        "explorer-page",
        lambda: "/zwl/explorer/block.html?" + qs([("height", c.num(3_200_000, 3_460_000))], form),
        ref,
        0.1,
    )
    beacons(c, f, "/zwl/api/stat", ["/zwl/index.html", "/zwl/verify.html", "/zwl/explorer/"], ref)


# --- ca-certificate-service ----------------------------------------------------------------------------------

CERT_TYPES = {"企业 签名 证书": 300, "企业 加密 证书": 300, "个人 签名 证书": 100, "事业 单位 证书": 200}  # 元 a year
REVOKE_REASONS = {1: "keyCompromise", 3: "affiliationChanged", 4: "superseded", 5: "cessationOfOperation"}
CRYPTOAPI = "Microsoft-CryptoAPI/10.0"
UKEY_VERSIONS = ["3.1.8", "3.2.0", "3.2.1"]


def ca_key_hash() -> bytes:
    return hashlib.sha1(pub_bytes(CA_KEY[1]), usedforsecurity=False).digest()


def ocsp_request(serial: int) -> bytes:
    """RFC 6960 OCSPRequest with one CertID (SHA-1 of the issuer's Name and key)."""
    cert_id = d_seq(
        d_seq(d_oid("sha1"), b"\x05\x00"),
        tlv(0x04, hashlib.sha1(d_name(CA_RDNS), usedforsecurity=False).digest()),
        tlv(0x04, ca_key_hash()),
        d_int(serial),
    )
    return d_seq(d_seq(d_seq(d_seq(cert_id))))


@family("ca-certificate-service")
def ca_certificate_service(c: Corpus) -> None:
    f = "ca-certificate-service"
    ref = f"{SITE}/gzca/index.html"
    for _ in range(N):
        rdns, key = subject(c, False), c.pick(USER_KEYS)
        cri = d_seq(d_int(0), d_name(rdns), spki(key[1]), tlv(0xA0, b""))
        fields = [
            ("certType", c.pick(list(CERT_TYPES)[:2])),
            ("orgName", rdns[3][1]),
            ("uscc", rdns[4][1]),
            ("keyAlg", "SM2"),
            ("years", c.pick(["1", "2"])),
            ("csr", pem("CERTIFICATE REQUEST", sm2_signed(c, key, cri), "\r\n")),
            ("contact", c.person()),
            ("mobile", c.mobile()),
        ]
        h = c.headers(c.browser(0.0), kind="nav", ctype="application/x-www-form-urlencoded", referer=f"{ref}")
        c.add(f, "csr-submit", "POST", "/gzca/apply/csr.do", h, qs(fields, form))
    for _ in range(N):
        _r, _k, _cert, serial = holder(c)
        q = [("serial", serial_hex(serial)), ("issuer", "GZCA SM2 CA")]
        c.add(f, "status-query", "GET", "/gzca/api/cert/status?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        _r, _k, _cert, serial = holder(c)
        req = urllib.parse.quote(b64(ocsp_request(serial)), safe="")
        h = {"Cache-Control": f"max-age = {c.num(600, 86400)}", "User-Agent": CRYPTOAPI, "Accept": "*/*"}
        c.add(f, "ocsp-get", "GET", f"/ocsp/{req}", h)
    for _ in range(N):
        since = moment(c, -3, 0).replace(tzinfo=UTC) - timedelta(hours=8)
        h = {
            "Cache-Control": "no-cache",
            "User-Agent": CRYPTOAPI,
            "Accept": "*/*",
            "If-Modified-Since": format_datetime(since, usegmt=True),
        }
        c.add(f, "crl-download", "GET", f"/crl/GZCA_SM2_{c.num(1, 8)}.crl", h)
    for _ in range(N):
        rdns, _k, _cert, serial = holder(c)
        code = c.pick(list(REVOKE_REASONS))
        doc = {
            "serial": serial_hex(serial),
            "subjectDn": dn(rdns),
            "uscc": rdns[4][1],
            "reasonCode": code,
            "reason": REVOKE_REASONS[code],
            "remark": {1: "UKey 丢失，已登报声明作废", 3: "经办人离职", 4: "证书信息变更后重新申请", 5: "企业注销"}[
                code
            ],
            "applicant": c.person(),
            "mobile": c.mobile(),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/gzca/revoke.html"), c)
        c.add(f, "revoke-apply", "POST", "/gzca/api/cert/revoke", h, js_doc(doc))
    for _ in range(N):
        rdns, _k, _cert, serial = holder(c)
        applied = c.day(-10, 0).date()
        years = c.num(1, 3)
        kind = c.pick(list(CERT_TYPES))
        doc = {
            "oldSerial": serial_hex(serial),
            "certType": kind,
            "notAfter": ymd_of(applied + timedelta(days=c.num(1, 30))),
            "applyDate": ymd_of(applied),
            "years": years,
            "fee": years * CERT_TYPES[kind],
            "uscc": rdns[4][1],
            "invoiceTitle": rdns[3][1],
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/gzca/renew.html"), c)
        c.add(f, "renew-apply", "POST", "/gzca/api/cert/renew", h, js_doc(doc))
    for _ in range(N):
        name, uscc, _city = firm(c)
        q = [("uscc", uscc), ("certType", c.pick(list(CERT_TYPES))), ("status", c.pick(["valid", "all"]))]
        c.add(f, "cert-info-query", "GET", "/gzca/api/cert/list?" + qs(q, jq), web(c, None, 0.2, ref, xrw=True))
    navigations(c, f, "ukey-driver-page", lambda: "/gzca/download/ukey.html", ref, 0.1)
    for _ in range(N):
        v = c.pick(UKEY_VERSIONS)
        name = c.pick([f"GZCA_UKey_Setup_v{v}.exe", f"GZCA_UKey_v{v}_x64.msi", f"gzca-ukey_{v}_amd64.deb"])
        c.add(f, "ukey-driver-download", "GET", f"/gzca/download/{name}", page(c, f"{SITE}/gzca/download/ukey.html"))
    beacons(c, f, "/gzca/api/stat", ["/gzca/index.html", "/gzca/download/ukey.html", "/gzca/renew.html"], ref)


# --- trusted-timestamp ---------------------------------------------------------------------------------------

TSA_APPS = {"gzzwfw": "贵州政务服务网", "gzggzy": "贵州公共资源交易", "gzdzht": "贵州电子合同平台"}


def tsq(alg: str, digest: bytes, nonce: int) -> bytes:
    """RFC 3161 TimeStampReq: version 1, MessageImprint, nonce, certReq TRUE."""
    algid = d_seq(d_oid("sm3")) if alg == "SM3" else d_seq(d_oid("sha256"), b"\x05\x00")
    return d_seq(d_int(1), d_seq(algid, tlv(0x04, digest)), d_int(nonce), tlv(0x01, b"\xff"))


def tsa_serial(c: Corpus) -> str:
    return c.hexs(10).upper()


@family("trusted-timestamp")
def trusted_timestamp(c: Corpus) -> None:
    f = "trusted-timestamp"
    ref = f"{SITE}/tsa/index.html"
    for _ in range(N):
        alg = c.pick(["SM3", "SHA256"])
        data = c.rnd.randbytes(500)
        digest = hashlib.new("sm3" if alg == "SM3" else "sha256", data).digest()
        doc = {"appId": c.pick(list(TSA_APPS)), "hashAlg": alg, "tsq": b64(tsq(alg, digest, c.num(1, 2**63)))}
        c.add(f, "tsq-submit", "POST", "/tsa/api/v1/stamp/tsq", service(c, "Java/17.0.10"), js_doc(doc))
    for _ in range(N):
        data = c.rnd.randbytes(700)
        doc = {
            "hashAlg": "SM3",
            "hash": sm3_hex(data),
            "fileName": c.pick(["设计稿终版.psd", "合同扫描件.pdf", "投标文件.zip", "课题报告（定稿）.docx"]),
            "fileSize": c.num(20_000, 80_000_000),
            "remark": c.pick(["", "原创作品存证", "投标前固定"]),
        }
        h = authed(web(c, JSON_CT, 0.3, f"{SITE}/tsa/stamp.html"), c)
        c.add(f, "hash-stamp", "POST", "/tsa/api/v1/stamp/hash", h, js_doc(doc))
    for _ in range(N):
        data = pdf_head(c, c.num(800, 2000))
        parts = [
            ("serialNo", tsa_serial(c)),
            ("hashAlg", "SM3"),
            ("hash", sm3_hex(data)),
            ("file", (c.pick(["合同扫描件.pdf", "作品登记材料.pdf", "会议纪要.pdf"]), "application/pdf", data)),
        ]
        h, body = upload(c, parts, f"{SITE}/tsa/verify.html", 0.2)
        c.add(f, "verify-upload", "POST", "/tsa/api/v1/verify/file", h, body)
    for _ in range(N):
        q = [("serialNo", tsa_serial(c))]
        c.add(f, "stamp-query", "GET", "/tsa/api/v1/stamp?" + qs(q, axios), web(c, None, 0.4, ref))
    navigations(
        c, f, "package-download", lambda: f"/tsa/api/v1/package/{tsa_serial(c)}.zip", f"{SITE}/tsa/my.html", 0.1
    )
    for _ in range(N):
        app = c.pick(list(TSA_APPS))
        h = service(c, "Apache-HttpClient/4.5.14 (Java/11.0.21)", {"X-Tsa-Token": c.b64(24, urlsafe=True)}, None)
        c.add(f, "balance-query", "GET", "/tsa/api/v1/account/balance?" + qs([("appId", app)], form), h)
    for _ in range(N):
        items = [
            {
                "name": f"{c.pick(['合同', '附件', '截图', '日志'])}_{i + 1:03d}.{c.pick(['pdf', 'png', 'log'])}",
                "hash": sm3_hex(c.rnd.randbytes(30)),
            }
            for i in range(c.num(2, 12))
        ]
        doc = {"appId": c.pick(list(TSA_APPS)), "hashAlg": "SM3", "count": len(items), "items": items}
        c.add(f, "batch-stamp", "POST", "/tsa/api/v1/stamp/batch", service(c, "Go-http-client/1.1"), js_doc(doc))
    navigations(c, f, "tsa-cert-page", lambda: "/tsa/cert.html", ref, 0.1)
    navigations(c, f, "guide-page", lambda: article(c, "/tsa/zn", -300), ref, 0.3)
    beacons(c, f, "/tsa/api/stat", ["/tsa/index.html", "/tsa/verify.html", "/tsa/stamp.html"], ref)


# --- sign-verify-server --------------------------------------------------------------------------------------

SVS_APPS = ["gzzwfw-ywxt", "gzggzy-kb", "gzcz-gkzf", "gzsb-jf", "gzgat-yz"]
PLAIN = [  # 原文 business systems sign: their own strings
    "bizNo=ZW20270412000123&matter=企业设立登记&result=准予许可&time=2027-04-12 10:21:33",
    '{"orderNo":"JK2027041200031","amount":"1280.00","payer":"贵州黔云大数据科技有限公司"}',
    "<Voucher><No>2027SQ000812</No><Amt>35600.00</Amt></Voucher>",
    "开标记录表|项目编号:GZZC2027-0311|投标人数:5|开标时间:2027-04-12 09:30",
]


def svs_headers(c: Corpus, ctype: str | None = JSON_CT) -> dict[str, str]:
    ua = c.pick(["Apache-HttpClient/4.5.14 (Java/1.8.0_412)", "Java/17.0.10", "Go-http-client/1.1"])
    return service(c, ua, {"X-Svs-App": c.pick(SVS_APPS)}, ctype)


@family("sign-verify-server")
def sign_verify_server(c: Corpus) -> None:
    f = "sign-verify-server"
    for _ in range(N):
        doc = {"keyIndex": c.num(1, 16), "hashAlg": "SGD_SM3", "inData": b64(c.pick(PLAIN).encode())}
        c.add(f, "sign-data", "POST", "/svs/api/v1/signData", svs_headers(c), js_doc(doc))
    for _ in range(N):
        _rdns, key, cert, _serial = holder(c)
        data = c.pick(PLAIN).encode()
        doc = {
            "cert": b64(cert),
            "inData": b64(data),
            "signValue": b64(sig_der(sm2_sign(c, key, data))),
            "verifyLevel": c.pick([0, 1, 2]),
        }
        c.add(f, "verify-signed-data", "POST", "/svs/api/v1/verifySignedData", svs_headers(c), js_doc(doc))
    for _ in range(N):
        _rdns, _key, cert, _serial = holder(c)
        doc = {"cert": b64(cert), "checkCrl": c.chance(0.6), "checkChain": True}
        c.add(f, "verify-cert", "POST", "/svs/api/v1/validateCert", svs_headers(c), js_doc(doc))
    for _ in range(N):
        _rdns, _key, cert, _serial = holder(c)
        doc = {"cert": b64(cert), "infoType": c.pick(["SUBJECT", "ISSUER", "SERIAL_NUMBER", "NOT_AFTER", "SUBJECT_CN"])}
        c.add(f, "cert-info", "POST", "/svs/api/v1/getCertInfo", svs_headers(c), js_doc(doc))
    for _ in range(N):
        doc = {"alg": "SGD_SM3", "inData": b64(c.pick(PLAIN).encode()), "withPublicKey": False}
        c.add(f, "digest", "POST", "/svs/api/v1/digest", svs_headers(c), js_doc(doc))
    for _ in range(N):
        rdns, _key, cert, _serial = holder(c)
        doc = {"cert": b64(cert), "expectDn": dn(rdns), "matchMode": c.pick(["EXACT", "CN_O"])}
        c.add(f, "dn-check", "POST", "/svs/api/v1/checkSubjectDn", svs_headers(c), js_doc(doc))
    for _ in range(N):
        q = [("length", c.pick([16, 32, 64]))]
        c.add(f, "random-gen", "GET", "/svs/api/v1/random?" + qs(q, form), svs_headers(c, None))
    for _ in range(N):
        key = c.pick(USER_KEYS)
        doc = {
            "userId": gz_id(c, 20, 60),
            "deviceId": c.hexs(16),
            "devicePubKey": pub_bytes(key[1]).hex(),
            "alg": "SM2",
            "platform": c.pick(["android", "ios"]),
        }
        c.add(
            f,
            "cosign-init",
            "POST",
            "/svs/cosign/api/init",
            app_headers(c, "cn.gov.gz.cosign", "2.4.1", JSON_CT),
            js_doc(doc),
        )
    for _ in range(N):
        start = c.day(-30, -1)
        q = [
            ("app", c.pick(SVS_APPS)),
            ("op", c.pick(["verifySignedData", "validateCert", "signData", ""])),
            ("result", c.pick(["success", "fail", ""])),
            ("start", f"{start:%Y-%m-%d} 00:00:00"),
            ("end", f"{start + timedelta(days=c.num(0, 7)):%Y-%m-%d} 23:59:59"),
            ("page", c.num(1, 5)),
            ("size", 20),
        ]
        h = authed(web(c, None, 0.0, f"{SITE}/svs/admin/audit.html"), c)
        c.add(f, "audit-log-query", "GET", "/svs/admin/api/audit?" + qs(q, axios), h)
    for _ in range(N):
        items = []
        for i in range(c.num(2, 4)):
            _rdns, key, cert, _serial = holder(c)
            data = c.pick(PLAIN).encode()
            items.append(
                {"id": i + 1, "cert": b64(cert), "inData": b64(data), "signValue": b64(sig_der(sm2_sign(c, key, data)))}
            )
        c.add(f, "batch-verify", "POST", "/svs/api/v1/batchVerify", svs_headers(c), js_doc({"items": items}))


# --- ukey-cert-login -----------------------------------------------------------------------------------------

ASSISTANT_UA = "GZCA-UKeyAssistant/{v} (Windows NT 10.0; Win64; x64)"


@family("ukey-cert-login")
def ukey_cert_login(c: Corpus) -> None:
    f = "ukey-cert-login"
    ref = f"{SITE}/zwfw/qy/login.html"
    for _ in range(N):
        c.add(
            f,
            "challenge-get",
            "GET",
            "/zwfw/ca/api/random?" + qs([("_", c.ms())], jq),
            web(c, None, 0.0, ref, xrw=True),
        )
    for _ in range(N):
        _rdns, key, cert, serial = holder(c)
        challenge = c.hexs(16)
        fields = [
            ("loginType", "ca"),
            ("random", challenge),
            ("certSn", serial_hex(serial)),
            ("signCert", b64(cert)),
            ("signData", b64(sig_der(sm2_sign(c, key, challenge.encode())))),
            ("redirect", "/zwfw/qy/home.html"),
        ]
        h = c.headers(c.browser(0.0), kind="nav", ctype="application/x-www-form-urlencoded", referer=ref)
        c.add(f, "signed-login", "POST", "/zwfw/ca/login.do", h, qs(fields, form))
    for _ in range(N):
        v = c.pick(UKEY_VERSIONS[:2])
        q = [("current", v), ("os", c.pick(["win10_x64", "win11_x64", "win7_x86"])), ("channel", "stable")]
        h = {"User-Agent": ASSISTANT_UA.format(v=v), "Accept": "application/json"}
        c.add(f, "assistant-version-check", "GET", "/gzca/client/api/version?" + qs(q, form), h)
    for _ in range(N):
        v = UKEY_VERSIONS[-1]
        h = {
            "User-Agent": ASSISTANT_UA.format(v=c.pick(UKEY_VERSIONS[:2])),
            "Accept": "*/*",
            "Range": f"bytes={c.num(0, 40) * 1048576}-",
        }
        c.add(f, "assistant-update", "GET", f"/gzca/client/update/GZCA_UKeyAssistant_{v}.exe", h)
    for _ in range(N):
        rdns, _key, _cert, serial = holder(c)
        doc = {"certSn": serial_hex(serial), "certDn": dn(rdns), "uscc": rdns[4][1], "account": c.alnum(8).lower()}
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/zwfw/qy/account.html"), c)
        c.add(f, "cert-bind", "POST", "/zwfw/qy/api/cert/bind", h, js_doc(doc))
    for _ in range(N):
        rdns, _key, _cert, serial = holder(c)
        fields = [
            ("certSn", serial_hex(serial)),
            ("challenge", c.hexs(8).upper()),
            ("uscc", rdns[4][1]),
            ("applicant", c.person()),
            ("idNo", gz_id(c, 22, 60)),
            ("mobile", c.mobile()),
        ]
        c.add(
            f,
            "unlock-apply",
            "POST",
            "/gzca/unlock/apply.do",
            jq_form(c, f"{SITE}/gzca/unlock.html", 0.0),
            qs(fields, jq),
        )
    for _ in range(N):
        q = [("applyNo", cn_no(c, "JS", c.day(-7, 0), 6))]
        c.add(
            f,
            "unlock-query",
            "GET",
            "/gzca/unlock/query.do?" + qs(q, jq),
            web(c, None, 0.0, f"{SITE}/gzca/unlock.html", xrw=True),
        )
    navigations(c, f, "login-page", lambda: "/zwfw/qy/login.html", f"{SITE}/zwfw/index.html", 0.0)
    navigations(c, f, "help-page", lambda: article(c, "/zwfw/qy/bzzx", -400), ref, 0.1)
    beacons(c, f, "/zwfw/api/stat", ["/zwfw/qy/login.html", "/zwfw/qy/home.html"], ref)


# --- unified-payment-bank ------------------------------------------------------------------------------------

BANKS = {  # 代收 bank: its fixed test sign key with the platform
    "ICBC": "k7Q2mZ8vW4xL1nR6",
    "CCB": "p3T9bH5cY2uE8sJ4",
    "ABC": "f6N1dK7gV3qA9wM2",
    "GZRCB": "r8C4jP2zX6hB1tL5",  # 贵州 农信
}
FEE_ITEMS = {  # 非税 执收 项目: (code, 分)
    "不动产登记费（住宅）": ("103045201", 8000),
    "工本费（不动产权证书）": ("103045202", 1000),
    "机动车驾驶人考试费（科目一）": ("103040501", 5000),
    "护照工本费": ("103040301", 12000),
    "罚没收入（交通违法）": ("103050101", 20000),
    "普通高中学费": ("103042901", 80000),
    "公共资源交易服务费": ("103043601", 150000),
}


def jkm(c: Corpus) -> str:
    """缴款码: 6-digit 区划, yymmdd, 7-digit serial and a Luhn check digit (20 digits; this generator's format)."""
    body = f"{c.pick(COUNTIES)}{c.day(-30, 0):%y%m%d}{c.digits(7)}"
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def fee_lines(c: Corpus) -> list[tuple[str, str, int]]:
    names = c.sample(list(FEE_ITEMS), c.num(1, 3))
    return [(FEE_ITEMS[n][0], n, FEE_ITEMS[n][1] * c.num(1, 2)) for n in names]


def bank_sign(doc: dict, bank: str, alg: str) -> str:
    text = canonical(doc) + "&key=" + BANKS[bank]
    return sm3_hex(text) if alg == "SM3" else md5_hex(text).upper()


@family("unified-payment-bank")
def unified_payment_bank(c: Corpus) -> None:
    f = "unified-payment-bank"
    ref = f"{SITE}/pay/index.html"
    for _ in range(N):
        bank = c.pick(list(BANKS))
        doc = {"bankCode": bank, "jkm": jkm(c), "reqTime": f"{moment(c, -5, 0):%Y%m%d%H%M%S}", "reqSeq": c.digits(16)}
        doc["signType"] = "SM3"
        doc["sign"] = bank_sign(doc, bank, "SM3")
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Bank-Code": bank})
        c.add(f, "bank-bill-query", "POST", "/pay/bank/api/bill/query", h, js_doc(doc))
    for _ in range(N):
        bank = c.pick(list(BANKS))
        lines = fee_lines(c)
        doc = {
            "bank_code": bank,
            "jkm": jkm(c),
            "items": "|".join(f"{code}:{fen}" for code, _n, fen in lines),
            "total_fee": str(sum(fen for *_x, fen in lines)),
            "bank_serial": c.digits(20),
            "pay_channel": c.pick(["COUNTER", "EBANK", "MBANK", "ATM"]),
            "pay_time": f"{moment(c, -5, 0):%Y%m%d%H%M%S}",
            "payer_name": c.pick([c.person(), firm(c)[0]]),
        }
        doc["sign_type"] = "MD5"
        doc["sign"] = bank_sign(doc, bank, "MD5")
        h = service(c, "Java/1.8.0_412", {}, "application/x-www-form-urlencoded; charset=UTF-8")
        c.add(f, "bank-pay-notify", "POST", "/pay/bank/notify.do", h, qs(list(doc.items()), form))
    for _ in range(N):
        bank = c.pick(list(BANKS))
        doc = {
            "bankCode": bank,
            "origBankSerial": c.digits(20),
            "jkm": jkm(c),
            "amount": str(c.pick([v[1] for v in FEE_ITEMS.values()])),
            "reason": c.pick(["柜员操作失误", "客户重复缴费", "通讯超时冲正"]),
            "reqTime": f"{moment(c, -5, 0):%Y%m%d%H%M%S}",
        }
        doc["signType"] = "SM3"
        doc["sign"] = bank_sign(doc, bank, "SM3")
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Bank-Code": bank})
        c.add(f, "bank-reversal", "POST", "/pay/bank/api/reversal", h, js_doc(doc))
    for _ in range(N):
        bank = c.pick(list(BANKS))
        doc = {"bankCode": bank, "date": f"{c.day(-10, -1):%Y%m%d}", "fileType": c.pick(["DETAIL", "SUMMARY"])}
        doc["sign"] = bank_sign(doc, bank, "MD5")
        h = service(c, "Java/1.8.0_412", {"X-Bank-Code": bank}, None)
        c.add(f, "reconcile-download", "GET", "/pay/bank/api/recon/file?" + qs(list(doc.items()), form), h)
    for _ in range(N):
        bank = c.pick(list(BANKS))
        details = [{"jkm": jkm(c), "fee": c.pick([v[1] for v in FEE_ITEMS.values()])} for _ in range(c.num(2, 8))]
        doc = {
            "bankCode": bank,
            "date": f"{c.day(-10, -1):%Y%m%d}",
            "count": len(details),
            "totalFee": sum(d["fee"] for d in details),
            "details": details,
            "result": "BALANCED",
        }
        doc["sign"] = bank_sign({k: v for k, v in doc.items() if k != "details"}, bank, "SM3")
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Bank-Code": bank})
        c.add(f, "reconcile-result", "POST", "/pay/bank/api/recon/result", h, js_doc(doc))
    navigations(c, f, "cashier-page", lambda: "/pay/cashier.html?" + qs([("jkm", jkm(c))], form), ref, 0.6)
    for _ in range(N):
        c.add(f, "bill-preview", "GET", "/pay/api/bill?" + qs([("jkm", jkm(c))], axios), wx_h5(c, None, ref))
    for _ in range(N):
        lines = fee_lines(c)
        paid = sum(fen for *_x, fen in lines)
        parts = [
            ("jkm", jkm(c)),
            ("paidFen", str(paid)),
            ("refundFen", str(c.num(1, paid))),
            ("payee", c.person()),
            ("bankCard", bank_card(c)),
            ("reason", c.pick(["重复缴费", "多缴", "业务未办理"])),
            ("proof", ("缴费凭证.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/pay/refund.html", 0.5)
        c.add(f, "refund-apply", "POST", "/pay/api/refund/apply", h, body)
    navigations(c, f, "voucher-download", lambda: f"/pay/api/voucher/{jkm(c)}.pdf", f"{SITE}/pay/result.html", 0.5)
    beacons(c, f, "/pay/api/stat", ["/pay/index.html", "/pay/cashier.html", "/pay/result.html"], ref)


# --- ecny-payment --------------------------------------------------------------------------------------------

ECNY_MERCHANT = "8985200" + "10086"  # the platform's 商户 号 (this generator's)
WALLET_PREFIX = {"ICBC": "0010", "CCB": "0040"}  # this generator's 钱包 ID prefixes of the 运营 机构
POS_KEYS = {f"GZPOS{i:04d}": hashlib.sha256(f"corpus-ab pos {i}".encode()).hexdigest()[:32] for i in range(1, 7)}


def wallet_id(c: Corpus, bank: str) -> str:
    return WALLET_PREFIX[bank] + c.digits(12)


def ecny_order(c: Corpus, d: datetime) -> str:
    return f"EC{d:%Y%m%d%H%M%S}{c.digits(6)}"


def ecny_signed(c: Corpus, doc: dict, bank: str) -> dict:
    doc["signType"] = "SM2"
    doc["signature"] = b64(sig_der(sm2_sign(c, BANK_SM2[bank], canonical(doc).encode())))
    return doc


@family("ecny-payment")
def ecny_payment(c: Corpus) -> None:
    f = "ecny-payment"
    ref = f"{SITE}/pay/ecny/index.html"
    for _ in range(N):
        doc = {
            "jkm": jkm(c),
            "amountFen": c.pick([v[1] for v in FEE_ITEMS.values()]),
            "bank": c.pick(list(WALLET_PREFIX)),
            "payScene": c.pick(["H5", "APP_JUMP"]),
            "returnUrl": f"{SITE}/pay/ecny/return.html",
        }
        c.add(f, "order-create", "POST", "/pay/ecny/api/order", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        bank = c.pick(list(WALLET_PREFIX))
        at = moment(c, -10, 0)
        doc = {
            "merchantNo": ECNY_MERCHANT,
            "orderNo": ecny_order(c, at),
            "payOrderNo": f"{bank}{at:%Y%m%d}{c.digits(14)}",
            "walletId": wallet_id(c, bank),
            "walletLevel": c.pick(["1", "2", "3", "4"]),
            "amount": c.pick([v[1] for v in FEE_ITEMS.values()]),
            "currency": "CNY",
            "status": "SUCCESS",
            "createTime": hms(at),
            "finishTime": hms(at + timedelta(seconds=c.num(3, 90))),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)", {"X-Ecny-Org": bank})
        c.add(f, "pay-notify", "POST", "/pay/ecny/api/notify/pay", h, js_doc(ecny_signed(c, doc, bank)))
    for _ in range(N):
        paid = c.pick([v[1] for v in FEE_ITEMS.values()])
        at = moment(c, -10, 0)
        doc = {
            "orderNo": ecny_order(c, at),
            "refundNo": ecny_order(c, at).replace("EC", "RF"),
            "paidFen": paid,
            "refundFen": c.pick([paid, paid // 2, c.num(1, paid)]),
            "reason": c.pick(["重复缴费", "业务退回", "多缴退付"]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/pay/admin/refund.html"), c)
        c.add(f, "refund-apply", "POST", "/pay/ecny/api/refund", h, js_doc(doc))
    for _ in range(N):
        bank = c.pick(list(WALLET_PREFIX))
        at = moment(c, -10, 0)
        paid = c.pick([v[1] for v in FEE_ITEMS.values()])
        doc = {
            "merchantNo": ECNY_MERCHANT,
            "orderNo": ecny_order(c, at),
            "refundNo": "RF" + ecny_order(c, at)[2:],
            "walletId": wallet_id(c, bank),
            "paidAmount": paid,
            "refundAmount": c.num(1, paid),
            "status": c.pick(["SUCCESS", "SUCCESS", "PROCESSING"]),
            "finishTime": hms(at + timedelta(minutes=c.num(1, 600))),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)", {"X-Ecny-Org": bank})
        c.add(f, "refund-notify", "POST", "/pay/ecny/api/notify/refund", h, js_doc(ecny_signed(c, doc, bank)))
    for _ in range(N):
        q = [("orderNo", ecny_order(c, moment(c, -1, 0))), ("_", c.ms())]
        c.add(f, "order-query", "GET", "/pay/ecny/api/order/status?" + qs(q, axios), wx_h5(c, None, ref))
    for _ in range(N):
        terminal = c.pick(list(POS_KEYS))
        doc = {
            "terminalId": terminal,
            "walletId": wallet_id(c, c.pick(list(WALLET_PREFIX))),
            "hardWallet": True,
            "amountFen": c.pick([500, 1000, 2000, 5000]),
            "item": c.pick(["停车费", "景区门票", "机动车驾驶人考试费（科目一）"]),
            "txnTime": f"{moment(c, -5, 0):%Y%m%d%H%M%S}",
            "txnSeq": c.digits(12),
        }
        doc["mac"] = hmac.new(bytes.fromhex(POS_KEYS[terminal]), canonical(doc).encode(), hashlib.sha256).hexdigest()
        h = service(c, "okhttp/3.14.9", {"X-Terminal-Id": terminal})
        c.add(f, "hard-wallet-pos", "POST", "/pay/ecny/pos/api/pay", h, js_doc(doc))
    navigations(
        c,
        f,
        "cashier-page",
        lambda: "/pay/ecny/cashier.html?" + qs([("orderNo", ecny_order(c, c.day(-1, 0)))], form),
        ref,
        0.5,
    )
    for _ in range(N):
        start = c.day(-40, -2)
        q = [
            ("merchantNo", ECNY_MERCHANT),
            ("startDate", f"{start:%Y-%m-%d}"),
            ("endDate", f"{start + timedelta(days=c.num(0, 6)):%Y-%m-%d}"),
            ("status", c.pick(["ALL", "SUCCESS", "REFUND"])),
            ("pageNo", c.num(1, 6)),
        ]
        h = authed(web(c, None, 0.0, f"{SITE}/pay/admin/ecny.html"), c)
        c.add(f, "recon-query", "GET", "/pay/ecny/api/recon?" + qs(q, axios), h)
    for _ in range(N):
        q = [("orderNo", ecny_order(c, c.day(-1, 0))), ("status", c.pick(["success", "cancel"])), ("t", c.ms())]
        c.add(f, "app-return", "GET", "/pay/ecny/return.html?" + qs(q, form), page(c, None, 1.0, "cross-site"))
    beacons(c, f, "/pay/api/stat", ["/pay/ecny/cashier.html", "/pay/ecny/return.html"], ref)


# --- open-platform-developer ---------------------------------------------------------------------------------

OPEN_APPS = {  # app key: secret (this generator's fixed test credentials)
    "b3f1c9a2e7d84d6f9a0c1b2d3e4f5a6b": "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    "4c2d8e1f0a9b47c6b5d4e3f2a1b0c9d8": "1a2b3c4d5e6f708192a3b4c5d6e7f809",
    "e8d7c6b5a4f3420190ffeeddccbbaa99": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
}
OPEN_APIS = {  # api id: (method, path, 名称)
    "gz.license.query": ("GET", "/open/gw/v1/license/query", "电子证照查询"),
    "gz.ent.basic": ("GET", "/open/gw/v1/enterprise/basic", "企业基本信息"),
    "gz.matter.progress": ("POST", "/open/gw/v1/matter/progress", "办件进度"),
    "gz.social.sign": ("POST", "/open/gw/v1/social/sign", "社保参保证明"),
}
CIDRS = ["10.12.0.0/16", "172.20.31.0/24", "59.52.100.18/32", "116.211.8.0/26"]


def apig_sign(method: str, path: str, query: str, headers: dict[str, str], body: str, secret: str) -> str:
    """SDK-HMAC-SHA256 (华为 API 网关 APP 认证): canonical request, string to sign, hex HMAC."""
    names = sorted(k.lower() for k in ("Content-Type", "X-Sdk-Date") if k in headers)
    lower = {k.lower(): v for k, v in headers.items()}
    uri = path if path.endswith("/") else path + "/"
    canon_q = "&".join(sorted(query.split("&"))) if query else ""
    canon = "\n".join(
        [
            method,
            uri,
            canon_q,
            "".join(f"{n}:{lower[n].strip()}\n" for n in names),
            ";".join(names),
            hashlib.sha256(body.encode()).hexdigest(),
        ]
    )
    to_sign = f"SDK-HMAC-SHA256\n{lower['x-sdk-date']}\n{hashlib.sha256(canon.encode()).hexdigest()}"
    return hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()


@family("open-platform-developer")
def open_platform_developer(c: Corpus) -> None:
    f = "open-platform-developer"
    ref = f"{SITE}/open/console/index.html"
    for _ in range(N):
        host = c.pick(["api.qianyun-tech.cn", "zw.example-isv.com", "gzapp.xinchuang.net"])
        doc = {
            "appName": c.pick(["企业办事助手", "园区一网通", "不动产查询小程序", "人社服务 App"]),
            "description": prose(c, ["为园区企业提供", "办件进度查询、", "电子证照调用，", "面向公众开放。"], (2, 4)),
            "callbackUrls": [f"https://{host}/api/open/callback", f"https://{host}/oauth/redirect?from=gzopen"][
                : c.num(1, 2)
            ],
            "ipWhitelist": c.sample(CIDRS, c.num(1, 3)),
            "developerUscc": gz_uscc(c),
            "contactEmail": f"{c.alnum(6).lower()}@{host.split('.', 1)[1]}",
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/open/console/app/new.html"), c)
        c.add(f, "app-register", "POST", "/open/console/api/app", h, js_doc(doc))
    for _ in range(N):
        key = c.pick(USER_KEYS)
        doc = {"appKey": c.pick(list(OPEN_APPS)), "keyType": "SM2", "publicKey": pem("PUBLIC KEY", spki(key[1]))}
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/open/console/app/keys.html"), c)
        c.add(f, "public-key-upload", "POST", "/open/console/api/app/publicKey", h, js_doc(doc))
    for _ in range(N):
        fields = [("appKey", c.pick(list(OPEN_APPS))), ("smsCode", c.digits(6)), ("confirm", "true")]
        c.add(
            f,
            "secret-reset",
            "POST",
            "/open/console/app/resetSecret.do",
            jq_form(c, f"{SITE}/open/console/app/keys.html", 0.0),
            qs(fields, jq),
        )
    for _ in range(N):
        app = c.pick(list(OPEN_APPS))
        api = c.pick(list(OPEN_APIS))
        method, path, _name = OPEN_APIS[api]
        sdk_date = f"{moment(c, -10, 0):%Y%m%dT%H%M%SZ}"
        if method == "GET":
            query = qs([("uscc", gz_uscc(c)), ("pageNo", c.num(1, 3))], form)
            body, h = "", service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)", None, None)
        else:
            query = ""
            body = js_doc({"bizNo": cn_no(c, "ZW", c.day(-30, 0), 6), "idNo": gz_id(c, 18, 70)})
            h = service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)")
        h["X-Sdk-Date"] = sdk_date
        names = "content-type;x-sdk-date" if body else "x-sdk-date"
        sign = apig_sign(method, path, query, h, body, OPEN_APPS[app])
        h["Authorization"] = f"SDK-HMAC-SHA256 Access={app}, SignedHeaders={names}, Signature={sign}"
        c.add(f, "signed-call", method, path + ("?" + query if query else ""), h, body or None)
    for _ in range(N):
        start = moment(c, -7, 0)
        q = [
            ("appKey", c.pick(list(OPEN_APPS))),
            ("apiId", c.pick([*OPEN_APIS, ""])),
            ("status", c.pick(["2xx", "4xx", "5xx", ""])),
            ("traceId", c.pick(["", c.hexs(16)])),
            ("start", hms(start)),
            ("end", hms(start + timedelta(hours=c.num(1, 48)))),
            ("page", c.num(1, 4)),
        ]
        h = authed(web(c, None, 0.0, f"{SITE}/open/console/logs.html"), c)
        c.add(f, "call-log-query", "GET", "/open/console/api/logs?" + qs(q, axios), h)
    for _ in range(N):
        q = [
            ("appKey", c.pick(list(OPEN_APPS))),
            ("granularity", c.pick(["hour", "day"])),
            ("days", c.pick([1, 7, 30])),
        ]
        h = authed(web(c, None, 0.0, f"{SITE}/open/console/usage.html"), c)
        c.add(f, "usage-stats", "GET", "/open/console/api/usage?" + qs(q, axios), h)
    for _ in range(N):
        doc = {
            "apiId": c.pick(list(OPEN_APIS)),
            "appKey": c.pick(list(OPEN_APPS)),
            "dailyQuota": c.pick([1000, 5000, 20000]),
            "purpose": c.pick(["企业开办一件事集成", "园区惠企政策匹配", "不动产交易前置查询"]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/open/console/apis.html"), c)
        c.add(f, "api-subscribe", "POST", "/open/console/api/subscribe", h, js_doc(doc))
    navigations(
        c,
        f,
        "sdk-download",
        lambda: c.pick(
            [
                "/open/sdk/apig-sdk-java-1.3.2.zip",
                "/open/sdk/apig-sdk-python-1.1.0.zip",
                "/open/sdk/apig-sdk-go-1.0.4.zip",
            ]
        ),
        f"{SITE}/open/docs/sdk.html",
        0.0,
    )
    navigations(
        c,
        f,
        "api-doc-page",
        lambda: "/open/docs/api.html?" + qs([("id", c.pick(list(OPEN_APIS)))], form),
        f"{SITE}/open/docs/index.html",
        0.1,
    )
    beacons(c, f, "/open/api/stat", ["/open/docs/index.html", "/open/console/index.html"], ref)


# --- city-one-code -------------------------------------------------------------------------------------------

SCENES = {"bus": "公交乘车", "metro": "地铁乘车", "hospital": "医院就诊", "park": "景区入园", "library": "图书馆借阅"}
SCANNERS = [f"GZYMT-{k.upper()}-{i:05d}" for k in SCENES for i in (17, 233, 1024)]
ONE_CODE_APP = ("cn.gov.gz.ymt", "3.6.2")


def one_code(c: Corpus, scene: str, issued: datetime) -> str:
    """header.payload.signature: base64url JSON parts and the platform's SM2 signature (r||s) of the first two."""
    head = b64url(js_doc({"alg": "SM2", "typ": "JWT", "kid": "gzymt-2027-01"}).encode())
    iat = int(issued.replace(tzinfo=UTC).timestamp()) - 8 * 3600
    body = b64url(js_doc({"sub": c.hexs(12), "scene": scene, "iat": iat, "exp": iat + 60, "lv": c.num(1, 3)}).encode())
    signing = f"{head}.{body}".encode()
    return f"{head}.{body}." + b64url(bytes.fromhex(sm2_sign(c, PLATFORM_KEY, signing)))


@family("city-one-code")
def city_one_code(c: Corpus) -> None:
    f = "city-one-code"
    ref = f"{SITE}/ymt/index.html"
    for _ in range(N):
        q = [("scene", c.pick(list(SCENES))), ("ts", c.ms())]
        c.add(f, "code-refresh", "GET", "/ymt/app/api/code?" + qs(q, form), app_headers(c, *ONE_CODE_APP))
    for _ in range(N):
        scene = c.pick(list(SCENES))
        at = moment(c, -10, 0, 6, 23)
        doc = {
            "deviceSn": c.pick([s for s in SCANNERS if f"-{scene.upper()}-" in s]),
            "scene": scene,
            "qr": one_code(c, scene, at),
            "scanTime": hms(at + timedelta(seconds=c.num(1, 50))),
        }
        c.add(f, "scanner-verify", "POST", "/ymt/dev/api/verify", service(c, "okhttp/3.12.13"), js_doc(doc))
    for _ in range(N):
        sn = c.pick(SCANNERS)
        h = service(c, "okhttp/3.12.13", {"X-Device-Sn": sn}, None)
        c.add(f, "key-sync", "GET", "/ymt/dev/api/keys?" + qs([("since", f"{c.day(-30, 0):%Y%m%d}")], form), h)
    for _ in range(N):
        sn = c.pick(SCANNERS)
        t0 = moment(c, -3, 0, 6, 21)
        records, t = [], t0
        for _k in range(c.num(2, 10)):
            t += timedelta(seconds=c.num(5, 600))
            records.append({"sub": c.hexs(12), "time": hms(t), "result": c.pick(["PASS", "PASS", "PASS", "EXPIRED"])})
        doc = {"deviceSn": sn, "count": len(records), "records": records}
        c.add(f, "scan-record-push", "POST", "/ymt/dev/api/records", service(c, "okhttp/3.12.13"), js_doc(doc))
    for _ in range(N):
        name, uscc, city = firm(c)
        fields = [
            ("venueName", name.replace("有限公司", "") + c.pick(["服务大厅", "门店", "园区东门"])),
            ("uscc", uscc),
            ("region", c.pick([k for k in COUNTIES if k.startswith(city[:4])] or COUNTIES)),
            ("address", f"贵州省{GZ[city]}{c.pick(['长岭南路', '林城东路', '中华北路', '延安西路'])}{c.num(1, 300)}号"),
            ("scene", c.pick(["park", "library", "hospital"])),
            ("contact", c.person()),
            ("mobile", c.mobile()),
        ]
        c.add(
            f,
            "venue-register",
            "POST",
            "/ymt/venue/apply.do",
            jq_form(c, f"{SITE}/ymt/venue.html", 0.3),
            qs(fields, jq),
        )
    for _ in range(N):
        q = [("month", f"{c.day(-90, 0):%Y-%m}"), ("scene", c.pick(["", *SCENES])), ("page", c.num(1, 3))]
        c.add(f, "my-records", "GET", "/ymt/mp/api/records?" + qs(q, axios), miniprogram(c))
    navigations(c, f, "code-page", lambda: "/ymt/h5/code.html?" + qs([("scene", c.pick(list(SCENES)))], form), ref, 0.8)
    for _ in range(N):
        q = [("idNo", gz_id(c, 60, 90)), ("type", c.pick(["elder-free", "disabled-free"]))]
        c.add(f, "entitlement-query", "GET", "/ymt/mp/api/entitlement?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        trips = [
            {"sub": c.hexs(12), "fareFen": c.pick([100, 150, 200]), "discountFen": c.pick([0, 0, 50, 100])}
            for _ in range(c.num(3, 9))
        ]
        for t in trips:
            t["discountFen"] = min(t["discountFen"], t["fareFen"])
        doc = {
            "operator": c.pick(["贵阳公交集团", "遵义公交集团", "贵阳轨道交通"]),
            "lineNo": c.pick(["1路", "2路", "48路", "地铁1号线", "地铁2号线"]),
            "date": f"{c.day(-5, -1):%Y-%m-%d}",
            "trips": trips,
            "payableFen": sum(t["fareFen"] - t["discountFen"] for t in trips),
        }
        c.add(f, "transit-settle-push", "POST", "/ymt/dev/api/settle", service(c, "Java/17.0.10"), js_doc(doc))
    beacons(c, f, "/ymt/api/stat", ["/ymt/h5/code.html", "/ymt/index.html"], ref)


# --- cyber-identity-auth -------------------------------------------------------------------------------------

NOTIFY_SECRET = b"corpus-ab-ctid-notify-2027"  # this generator's shared secret with the 认证 平台


def biz_seq(c: Corpus) -> str:
    return f"GZWZ{c.day(-5, 0):%Y%m%d}{c.digits(12)}"


@family("cyber-identity-auth")
def cyber_identity_auth(c: Corpus) -> None:
    f = "cyber-identity-auth"
    ref = f"{SITE}/zwfw/wzrz/login.html"
    navigations(
        c,
        f,
        "qr-page",
        lambda: "/zwfw/wzrz/login.html?" + qs([("bizSeq", biz_seq(c))], form),
        f"{SITE}/zwfw/index.html",
        0.1,
    )
    for _ in range(N):
        q = [("bizSeq", biz_seq(c)), ("_", c.ms())]
        c.add(f, "result-poll", "GET", "/zwfw/wzrz/api/poll?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        q = [("bizSeq", biz_seq(c)), ("certToken", c.b64(32, urlsafe=True)), ("state", c.hexs(8))]
        c.add(f, "app-return", "GET", "/zwfw/wzrz/return?" + qs(q, form), page(c, None, 1.0, "cross-site"))
    for _ in range(N):
        at = moment(c, -5, 0)
        doc = {
            "bizSeq": biz_seq(c),
            "resultCode": c.pick(["00", "00", "00", "10", "21"]),
            "authLevel": c.pick([2, 3]),
            "pid": c.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            "timestamp": f"{at:%Y%m%d%H%M%S}",
            "nonce": c.nonce(),
        }
        doc["sign"] = hmac.new(NOTIFY_SECRET, canonical(doc).encode(), hashlib.sha256).hexdigest()
        c.add(f, "result-notify", "POST", "/zwfw/wzrz/api/notify", service(c, "Java/1.8.0_412"), js_doc(doc))
    for _ in range(N):
        live, compare = c.num(60, 100), c.num(55, 100)
        thumb = jpeg(c, c.num(600, 1400))
        doc = {
            "requestId": c.uid(),
            "bizSeq": biz_seq(c),
            "livenessScore": live,
            "livenessThreshold": 80,
            "compareScore": compare,
            "compareThreshold": 75,
            "passed": live >= 80 and compare >= 75,
            "actions": c.sample(["blink", "mouth", "nod", "shake"], 2),
            "thumbnail": b64(thumb),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)", {"X-Sdk-Vendor": "gz-liveness"})
        c.add(f, "liveness-callback", "POST", "/zwfw/wzrz/api/liveness/callback", h, js_doc(doc))
    for _ in range(N):
        fields = [("name", c.person()), ("idNo", gz_id(c, 16, 80)), ("mobile", c.mobile()), ("smsCode", c.digits(6))]
        c.add(f, "realname-fallback", "POST", "/zwfw/wzrz/realname.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        doc = {"code": c.alnum(32), "bizSeq": biz_seq(c), "scene": c.pick(["login", "sign", "apply"])}
        c.add(f, "mp-auth", "POST", "/zwfw/wzrz/mp/api/auth", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        doc = {"pid": c.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "account": c.mobile(), "bizSeq": biz_seq(c)}
        h = authed(web(c, JSON_CT, 0.5, f"{SITE}/zwfw/user/security.html"), c)
        c.add(f, "account-bind", "POST", "/zwfw/user/api/wzrz/bind", h, js_doc(doc))
    navigations(c, f, "guide-page", lambda: article(c, "/zwfw/wzrz/zn", -200), ref, 0.5)
    beacons(c, f, "/zwfw/api/stat", ["/zwfw/wzrz/login.html", "/zwfw/index.html"], ref)


# --- seal-carving-filing -------------------------------------------------------------------------------------

SEAL_TYPES = ["单位专用印章（公章）", "财务专用章", "合同专用章", "发票专用章", "法定代表人名章"]
SEAL_SHOPS = {f"GZKZ{i:04d}": n for i, n in enumerate(["黔灵刻章", "筑城印务", "乌江刻字社", "遵义华章"], 101)}


def seal_code(c: Corpus) -> str:
    """印章 编码: 6-digit 区划 and a 7-digit serial (this generator's format)."""
    return c.pick(COUNTIES) + c.digits(7)


@family("seal-carving-filing")
def seal_carving_filing(c: Corpus) -> None:
    f = "seal-carving-filing"
    ref = f"{SITE}/gat/yz/index.html"
    for _ in range(N):
        name, uscc, _city = firm(c)
        kind = c.pick(SEAL_TYPES[:4])
        parts = [
            ("shopCode", c.pick(list(SEAL_SHOPS))),
            ("uscc", uscc),
            ("orgName", name),
            ("sealType", kind),
            ("sealText", name + ("" if kind.startswith("单位") else kind.replace("（公章）", ""))),
            ("sealCode", seal_code(c)),
            ("legalIdNo", gz_id(c, 25, 65)),
            ("imprint", ("印模.png", "image/png", png(c, c.num(800, 2000)))),
            ("license", ("营业执照.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gat/yz/shop/apply.html", 0.0)
        c.add(f, "carving-apply", "POST", "/gat/yz/shop/api/filing", h, body)
    for _ in range(N):
        q = [("sealCode", seal_code(c)), ("orgName", c.pick(["", firm(c)[0]]))]
        c.add(f, "seal-query", "GET", "/gat/yz/api/query?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        name, uscc, _city = firm(c)
        payload = {"c": seal_code(c), "u": uscc, "t": c.num(1, 4), "d": f"{c.day(-700, 0):%Y%m%d}"}
        q = [("p", b64url(js_doc(payload).encode()))]
        c.add(f, "qr-verify", "GET", "/gat/yz/h5/verify?" + qs(q, form), page(c, None, 1.0, "none"))
    for _ in range(N):
        name, uscc, _city = firm(c)
        key = c.pick(USER_KEYS)
        start = c.day(0, 10).date()
        doc = {
            "uscc": uscc,
            "sealName": name + c.pick(["", "合同专用章"]),
            "sealCode": seal_code(c),
            "sealType": c.pick(["01", "02", "05"]),
            "signCertSn": serial_hex(int.from_bytes(c.rnd.randbytes(16)) >> 1),
            "publicKey": b64(pub_bytes(key[1])),
            "validFrom": ymd_of(start),
            "validTo": ymd_of(start + timedelta(days=365 * c.num(1, 3))),
            "imageFormat": "png",
            "image": b64(png(c, c.num(400, 900))),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/gat/yz/eseal.html"), c)
        c.add(f, "eseal-apply", "POST", "/gat/yz/api/eseal/apply", h, js_doc(doc))
    for _ in range(N):
        name, uscc, _city = firm(c)
        fields = [
            ("sealCode", seal_code(c)),
            ("uscc", uscc),
            ("lostDate", ymd_of(c.day(-20, -1))),
            ("newspaper", c.pick(["贵州日报", "贵州都市报", "遵义日报"])),
            ("statement", f"{name}遗失{c.pick(SEAL_TYPES[:3])}一枚，声明作废。"),
        ]
        c.add(f, "loss-report", "POST", "/gat/yz/api/loss", jq_form(c, f"{SITE}/gat/yz/loss.html", 0.2), qs(fields, jq))
    for _ in range(N):
        shop = c.pick(list(SEAL_SHOPS))
        t = moment(c, -5, 0, 9, 17)
        records = []
        for _k in range(c.num(1, 5)):
            t += timedelta(minutes=c.num(10, 90))
            records.append(
                {
                    "sealCode": seal_code(c),
                    "uscc": gz_uscc(c),
                    "material": c.pick(["光敏", "铜", "原子"]),
                    "finishTime": hms(t),
                }
            )
        doc = {"shopCode": shop, "shopName": SEAL_SHOPS[shop], "count": len(records), "records": records}
        h = service(c, "Go-http-client/1.1", {"X-Shop-Code": shop})
        c.add(f, "shop-push", "POST", "/gat/yz/shop/api/push", h, js_doc(doc))
    for _ in range(N):
        doc = {
            "sealCode": seal_code(c),
            "uscc": gz_uscc(c),
            "reason": c.pick(["企业注销", "更换新章", "单位名称变更"]),
            "date": ymd_of(c.day(-10, 0)),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/gat/yz/shop/destroy.html"), c)
        c.add(f, "destroy-filing", "POST", "/gat/yz/shop/api/destroy", h, js_doc(doc))
    navigations(
        c, f, "shop-list-page", lambda: "/gat/yz/shops.html?" + qs([("area", c.pick(COUNTIES))], form), ref, 0.3
    )
    navigations(c, f, "policy-page", lambda: article(c, "/gat/yz/fg", -600), ref, 0.2)
    beacons(c, f, "/gat/yz/api/stat", ["/gat/yz/index.html", "/gat/yz/shops.html"], ref)


# --- treasury-payment-voucher --------------------------------------------------------------------------------

FUNC_CODES = {
    "2010301": "行政运行（政府办公厅）",
    "2050201": "学前教育",
    "2080501": "行政单位离退休",
    "2100201": "综合医院",
    "2120501": "城乡社区环境卫生",
    "2130101": "行政运行（农业农村）",
}
ECON_CODES = {"30201": "办公费", "30211": "差旅费", "30213": "维修（护）费", "30226": "劳务费", "31002": "办公设备购置"}
AGENT_BANKS = {"ICBC": "中国工商银行贵阳分行", "CCB": "中国建设银行贵州省分行", "GZB": "贵州银行"}


def voucher_no(c: Corpus, d: date | datetime) -> str:
    return f"{d:%Y}ZF{c.digits(8)}"


def unit(c: Corpus) -> tuple[str, str]:
    code = c.pick(["101001", "105003", "121002", "208011", "213004"])
    return code, c.pick(["贵州省人民政府办公厅", "贵州省教育厅", "贵州省卫生健康委员会", "贵州省农业农村厅"])


@family("treasury-payment-voucher")
def treasury_payment_voucher(c: Corpus) -> None:
    f = "treasury-payment-voucher"
    ref = f"{SITE}/czgk/index.html"
    for _ in range(N):
        code, name = unit(c)
        lines = [
            {"funcCode": fc, "econCode": ec, "amount": f"{c.num(100, 900000) / 100:.2f}"}
            for fc, ec in zip(c.sample(list(FUNC_CODES), 2), c.sample(list(ECON_CODES), 2), strict=True)
        ][: c.num(1, 2)]
        doc = {
            "unitCode": code,
            "unitName": name,
            "payeeName": firm(c)[0],
            "payeeAccount": bank_card(c),
            "payeeBank": c.pick(list(AGENT_BANKS.values())),
            "lines": lines,
            "total": f"{sum(int(x['amount'].replace('.', '')) for x in lines) / 100:.2f}",
            "purpose": c.pick(["2027年4月办公用品采购", "空调维修费", "外聘专家劳务费", "差旅费报销"]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/czgk/apply.html"), c)
        c.add(f, "payment-apply", "POST", "/czgk/api/apply", h, js_doc(doc))
    for _ in range(N):
        _rdns, key, cert, serial = holder(c)
        xml = (
            f"<Voucher><VouNo>{voucher_no(c, c.day(-5, 0))}</VouNo><Amt>{c.num(100, 900000) / 100:.2f}</Amt></Voucher>"
        )
        digest = sm3_hex(xml)
        doc = {
            "voucherXml": b64(xml.encode()),
            "digest": digest,
            "certSn": serial_hex(serial),
            "cert": b64(cert),
            "signValue": sm2_sign(c, key, bytes.fromhex(digest)),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/czgk/sign.html"), c)
        c.add(f, "voucher-sign", "POST", "/czgk/api/voucher/sign", h, js_doc(doc))
    for shape, tag in (("bank-receipt-push", "Receipt"), ("bank-return-push", "Return")):
        for _ in range(N):
            bank = c.pick(list(AGENT_BANKS))
            items = [(voucher_no(c, c.day(-3, 0)), c.num(100, 900000)) for _ in range(c.num(1, 5))]
            total = sum(fen for _v, fen in items)
            rows = "".join(
                f"<Item><VouNo>{v}</VouNo><PayAmt>{fen / 100:.2f}</PayAmt>"
                + (f"<Reason>{c.pick(['收款账号户名不符', '收款账户已销户'])}</Reason>" if tag == "Return" else "")
                + "</Item>"
                for v, fen in items
            )
            body = (
                '<?xml version="1.0" encoding="UTF-8"?>'
                f"<{tag}Batch><Bank>{bank}</Bank><BankName>{AGENT_BANKS[bank]}</BankName>"
                f"<Date>{c.day(-3, 0):%Y%m%d}</Date><Count>{len(items)}</Count><Total>{total / 100:.2f}</Total>"
                f"<Items>{rows}</Items><Stamp>{c.b64(64)}</Stamp></{tag}Batch>"
            )
            h = service(
                c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Bank-Code": bank}, "text/xml; charset=UTF-8"
            )
            c.add(f, shape, "POST", f"/czgk/bank/api/{tag.lower()}", h, body)
    for _ in range(N):
        q = [("voucherNo", voucher_no(c, c.day(-30, 0)))]
        c.add(f, "status-query", "GET", "/czgk/api/voucher/status?" + qs(q, axios), authed(web(c, None, 0.0, ref), c))
    for _ in range(N):
        start = c.day(-60, -1)
        q = [
            ("unitCode", unit(c)[0]),
            ("status", c.pick(["", "已支付", "已退票", "待签章"])),
            ("funcCode", c.pick(["", *FUNC_CODES])),
            ("from", f"{start:%Y-%m-%d}"),
            ("to", f"{start + timedelta(days=c.num(0, 30)):%Y-%m-%d}"),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "voucher-list", "GET", "/czgk/api/voucher/list?" + qs(q, axios), authed(web(c, None, 0.0, ref), c))
    for _ in range(N):
        q = [("unitCode", unit(c)[0]), ("funcCode", c.pick(list(FUNC_CODES))), ("year", 2027)]
        c.add(f, "quota-query", "GET", "/czgk/api/quota?" + qs(q, axios), authed(web(c, None, 0.0, ref), c))
    for _ in range(N):
        bank = c.pick(list(AGENT_BANKS))
        paid = [c.num(100, 900000) for _ in range(c.num(1, 30))]
        returned = [c.num(100, 90000) for _ in range(c.num(0, 2))]
        doc = {
            "bank": bank,
            "date": f"{c.day(-3, -1):%Y-%m-%d}",
            "paidCount": len(paid),
            "paidTotal": f"{sum(paid) / 100:.2f}",
            "returnCount": len(returned),
            "returnTotal": f"{sum(returned) / 100:.2f}",
            "netTotal": f"{(sum(paid) - sum(returned)) / 100:.2f}",
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Bank-Code": bank})
        c.add(f, "daily-reconcile", "POST", "/czgk/bank/api/reconcile", h, js_doc(doc))
    navigations(
        c,
        f,
        "voucher-print-page",
        lambda: "/czgk/print.html?" + qs([("voucherNo", voucher_no(c, c.day(-30, 0)))], form),
        ref,
        0.0,
    )
    beacons(c, f, "/czgk/api/stat", ["/czgk/index.html", "/czgk/apply.html"], ref)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
