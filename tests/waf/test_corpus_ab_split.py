"""Corpus AB (tests/waf/data/gen_cms_corpus_ab.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_aa_split.py. Nothing here sends AB through the WAF: AB's
false-positive count is the lead's, after a tuning round on AB's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: DER structures of certificates, CSRs, OCSP requests and RFC 3161 TimeStampReqs parsed here; SM2 signatures
of CSRs, certificates (by the CA), challenges, 原文, vouchers, 一码通 codes and 数字 人民币 results verified; PEM
armour; points on the SM2 curve; OCSP CertID hashes of the CA; SM3, SHA-256 and MD5 signs and HMACs recomputed;
the SDK-HMAC-SHA256 signature of the 开放 平台's calls recomputed from the canonical request; digests of uploaded
files; Merkle roots; 缴款码 check digits, Luhn bank cards, 身份 证号 and 统一 社会 信用 代码 check characters;
amounts in 分 and 元 that add up; times in order; uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    id_number_ok,
    json_body,
    luhn_ok,
    media_types,
    of_family,
    query1,
    upload_fields,
    upload_files,
    upload_types,
    uscc_ok,
    written_text,
)
from tests.waf.data import gen_cms_corpus_aa as gen_aa
from tests.waf.data import gen_cms_corpus_ab as gen_ab
from tests.waf.data.gen_cms_corpus_h import SM2_A, SM2_B, SM2_P, sm2_verify

PINNED_HELD_OUT = (
    "unified-payment-bank",
    "sign-verify-server",
    "treasury-payment-voucher",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("blockchain-evidence", "evidence-submit"),
    ("ca-certificate-service", "crl-download"),
    ("ca-certificate-service", "page-beacon"),
    ("ca-certificate-service", "revoke-apply"),
    ("city-one-code", "scanner-verify"),
    ("city-one-code", "transit-settle-push"),
    ("cyber-identity-auth", "app-return"),
    ("ecny-payment", "app-return"),
    ("ecny-payment", "pay-notify"),
    ("open-platform-developer", "page-beacon"),
    ("open-platform-developer", "signed-call"),
    ("seal-carving-filing", "loss-report"),
    ("trusted-timestamp", "hash-stamp"),
    ("trusted-timestamp", "stamp-query"),
    ("trusted-timestamp", "tsa-cert-page"),
    ("trusted-timestamp", "tsq-submit"),
    ("trusted-timestamp", "verify-upload"),
    ("ukey-cert-login", "assistant-version-check"),
    ("ukey-cert-login", "help-page"),
    ("ukey-cert-login", "unlock-apply"),
    ("ukey-cert-login", "unlock-query"),
}

EARLIER = earlier_generators("aa")

corpus, reqs = corpus_fixtures(gen_ab)

HEX64 = re.compile(r"[0-9a-f]{64}")
SERIAL = re.compile(r"[0-9A-F]{32}")
OIDS = {  # the OIDs a server reads (GM/T 0006, RFC 5480, RFC 5280, NIST)
    "1.2.840.10045.2.1": "ecPublicKey",
    "1.2.156.10197.1.301": "sm2p256v1",
    "1.2.156.10197.1.401": "sm3",
    "1.2.156.10197.1.501": "sm2-with-sm3",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "1.3.14.3.2.26": "sha1",
    "2.5.4.6": "C",
    "2.5.4.8": "ST",
    "2.5.4.7": "L",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.3": "CN",
}
RFC5280_REASONS = {
    0: "unspecified",
    1: "keyCompromise",
    2: "cACompromise",
    3: "affiliationChanged",
    4: "superseded",
    5: "cessationOfOperation",
    6: "certificateHold",
}
CA_DN = "CN=GZCA SM2 CA,O=贵州省数字证书认证中心,L=贵阳市,ST=贵州省,C=CN"


# --- DER, as a certificate-handling server reads it --------------------------------------------------


def tlv(data: bytes, i: int = 0) -> tuple[int, bytes, int]:
    """(tag, contents, end) of the DER element at ``i``; definite lengths only, as DER requires."""
    tag, n = data[i], data[i + 1]
    i += 2
    if n & 0x80:
        k = n & 0x7F
        assert 0 < k <= 4
        n, i = int.from_bytes(data[i : i + k]), i + k
        assert n >= 128  # DER: the shortest length form
    assert i + n <= len(data)
    return tag, data[i : i + n], i + n


def items(body: bytes) -> list[tuple[int, bytes, bytes]]:
    """The elements of a constructed value: (tag, contents, the whole element)."""
    out, i = [], 0
    while i < len(body):
        tag, content, end = tlv(body, i)
        out.append((tag, content, body[i:end]))
        i = end
    return out


def whole(data: bytes) -> tuple[int, bytes]:
    tag, content, end = tlv(data)
    assert end == len(data)
    return tag, content


def oid(content: bytes) -> str:
    arcs, n = [content[0] // 40, content[0] % 40], 0
    for b in content[1:]:
        n = n << 7 | b & 0x7F
        if not b & 0x80:
            arcs.append(n)
            n = 0
    return ".".join(map(str, arcs))


def der_int(content: bytes) -> int:
    assert not (len(content) > 1 and content[0] == 0 and content[1] < 0x80)  # minimal
    assert content[0] < 0x80  # the serials and r, s here are positive
    return int.from_bytes(content)


def name_dn(content: bytes) -> str:
    """An X.501 Name as its RFC 4514 string (last RDN first)."""
    rdns = []
    for tag, rdn, _raw in items(content):
        assert tag == 0x31
        ((_t, atv, _r),) = items(rdn)
        (t1, o, _a), (t2, value, _b) = items(atv)
        assert t1 == 0x06 and t2 in (0x0C, 0x13)
        rdns.append(f"{OIDS[oid(o)]}={value.decode()}")
    return ",".join(reversed(rdns))


def sm2_point(spki: bytes) -> tuple[int, int]:
    """The public key of an SM2 SubjectPublicKeyInfo: id-ecPublicKey with sm2p256v1, an uncompressed point."""
    (t1, alg, _a), (t2, bits, _b) = items(spki)
    assert (
        t1 == 0x30
        and t2 == 0x03
        and [oid(c) for _t, c, _r in items(alg)] == ["1.2.840.10045.2.1", "1.2.156.10197.1.301"]
    )
    assert bits[0] == 0  # no unused bits
    return point(bits[1:])


def point(raw: bytes) -> tuple[int, int]:
    """An uncompressed SM2 point (04 || x || y) that lies on the curve."""
    assert len(raw) == 65 and raw[0] == 4
    x, y = int.from_bytes(raw[1:33]), int.from_bytes(raw[33:])
    assert (y * y - x**3 - SM2_A * x - SM2_B) % SM2_P == 0
    return x, y


def sig_hex(bits: bytes) -> str:
    """An SM2 signature BIT STRING or SEQUENCE { r, s } as r||s hex."""
    if bits[:1] == b"\x00":
        bits = bits[1:]
    tag, seq = whole(bits)
    (t1, r, _a), (t2, s, _b) = items(seq)
    assert tag == 0x30 and t1 == t2 == 0x02
    return f"{der_int(r):064x}{der_int(s):064x}"


def signed(data: bytes) -> tuple[bytes, list[tuple[int, bytes, bytes]], str]:
    """(to-be-signed bytes, its elements, r||s) of an SM2-with-SM3 signed SEQUENCE (certificate or CSR)."""
    tag, seq = whole(data)
    (t1, tbs, tbs_raw), (_t2, alg, _a), (t3, bits, _b) = items(seq)
    assert tag == t1 == 0x30 and t3 == 0x03 and oid(items(alg)[0][1]) == "1.2.156.10197.1.501"
    return tbs_raw, items(tbs), sig_hex(bits)


def cert_ok(b64_cert: str) -> dict:
    """A certificate the CA issued: v3, issuer the CA, the CA's SM2 signature valid; its serial, subject and key."""
    tbs_raw, f, sig = signed(base64.b64decode(b64_cert, validate=True))
    assert f[0][0] == 0xA0 and der_int(items(f[0][1])[0][1]) == 2 and name_dn(f[3][1]) == CA_DN
    assert sm2_verify(gen_ab.CA_KEY[1], tbs_raw, sig)
    start, end = (datetime.strptime(c.decode(), "%y%m%d%H%M%SZ") for _t, c, _r in items(f[4][1]))
    assert start < end
    return {"serial": der_int(f[1][1]), "dn": name_dn(f[5][1]), "pub": sm2_point(f[6][1])}


def pem_der(text: str, label: str) -> bytes:
    """RFC 7468: the BEGIN and END lines of ``label`` and 64-character base64 lines (CRLF or LF)."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    assert lines[0] == f"-----BEGIN {label}-----" and lines[-1] == f"-----END {label}-----"
    assert all(len(x) == 64 for x in lines[1:-2]) and 0 < len(lines[-2]) <= 64
    return base64.b64decode("".join(lines[1:-1]), validate=True)


def canonical(doc: dict, skip: tuple[str, ...] = ("sign", "sign_type", "signType", "signature")) -> str:
    return "&".join(f"{k}={doc[k]}" for k in sorted(doc) if k not in skip and doc[k] not in ("", None))


def b64url_dec(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def jkm_ok(code: str) -> bool:
    """缴款码: 20 digits of a 贵州 区划 and the Luhn check digit."""
    total = 0
    for i, d in enumerate(reversed(code)):
        v = int(d) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return bool(re.fullmatch(r"52\d{18}", code)) and code[:6] in gen_ab.GZ and total % 10 == 0


def _gz_id(idno: str) -> bool:
    return id_number_ok(idno) and idno[:6] in gen_ab.GZ


def _gz_firm(code: str) -> bool:
    return uscc_ok(code) and code[2:8] in gen_ab.GZ


def _second(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _file(rec: dict) -> bytes:
    (f,) = upload_files(rec)
    return f["data"]


def _fen(text: str) -> int:
    return int(Decimal(text) * 100)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ab.TUNING_FILE, gen_ab.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ab, (130, 130), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AA: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ab, "corpus-ab/", PINNED_HELD_OUT, earlier, parts=(897, 663))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ab_shares_no_family_with_a_to_aa(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_aa
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AB's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ab.check, gen_aa.SOURCES["judicial-auction"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, HTML form posts, 微信 and 小程序 requests, App,
    scanner, POS, CryptoAPI and UKey 助手 requests, bank, CA and platform back ends (XML too), uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 650 and ctypes["application/json"] >= 500 and ctypes["multipart/form-data"] >= 52
    assert ctypes["application/x-www-form-urlencoded"] >= 100 and ctypes["text/plain"] >= 140
    assert ctypes["text/xml"] >= 26
    assert_headers_sent(
        reqs,
        (
            "X-Requested-With",
            "Authorization",
            "charset",
            "Cookie",
            "Origin",
            "X-App-Id",
            "X-Sdk-Date",
            "If-Modified-Since",
            "Range",
            "X-Device-Sn",
            "X-Terminal-Id",
        ),
    )
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 300
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 50
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 120
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 70
    assert sum(header(r, "User-Agent") == "Microsoft-CryptoAPI/10.0" for r in reqs) == 26
    assert sum(header(r, "User-Agent").startswith("GZCA-UKeyAssistant/") for r in reqs) == 26
    assert (
        sum(header(r, "User-Agent").startswith(("Apache-HttpClient/", "Go-http-client/", "Java/")) for r in reqs) >= 350
    )


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    assert_uploads_decode(reqs, 52, {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"})


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries what these services really carry: PEM armour, DN strings, full-width punctuation in
    statements and reasons, base64 and hex of every kind."""
    bodies = written_text(reqs)
    marks = (
        "-----BEGIN CERTIFICATE REQUEST-----",
        "-----END PUBLIC KEY-----",
        "CN=",
        ",OU=",
        ",C=CN",
        "（",
        "）",
        "，",
        "。",
        "SM3",
        "SM2",
        "0x",
        "==",
    )
    assert all(mark in bodies for mark in marks)


# --- the families, checked the way their receiving servers would ------------------------------------


def test_blockchain_evidence(reqs: list[dict]) -> None:
    """存证 submissions SM2-signed by their application over the sorted sign string, SM3 digests, 存证 编号 of the
    submission's day; digests of uploaded files; tx hashes and heights; receipts confirmed after submission;
    Merkle roots recomputed."""
    f = "blockchain-evidence"
    apps = {v[0]: i for i, v in enumerate(gen_ab.CHAIN_APPS.values())}
    for r in of_family(reqs, f, "evidence-submit"):
        d = json_body(r)
        assert d["appId"] == header(r, "X-App-Id") and d["signType"] == "SM2" and HEX64.fullmatch(d["fileHash"])
        assert sm2_verify(gen_ab.USER_KEYS[apps[d["appId"]]][1], canonical(d).encode(), d["sign"])
        assert d["evidenceNo"][4:12] == d["submitTime"][:10].replace("-", "") and d["fileSize"] > 0
    for r in of_family(reqs, f, "verify-hash"):
        q = query1(r)
        assert HEX64.fullmatch(q["hash"].lower()) and q["alg"] in ("SM3", "SHA256")
    for r in of_family(reqs, f, "verify-upload"):
        d = upload_fields(r)
        assert d["alg"] == "SHA256" and hashlib.sha256(_file(r)).hexdigest() == d["hash"]
    for r in of_family(reqs, f, "tx-query"):
        assert re.fullmatch(r"/zwl/api/v1/tx/0x[0-9a-f]{64}", r["path"])
    for r in of_family(reqs, f, "block-query"):
        assert int(query1(r)["height"]) > 0
    for r in of_family(reqs, f, "receipt-callback"):
        d = json_body(r)
        assert all(re.fullmatch(r"0x[0-9a-f]{64}", d[k]) for k in ("txHash", "blockHash")) and d["blockHeight"] > 0
        assert _second(d["submitTime"]) < _second(d["confirmTime"]) and HEX64.fullmatch(d["fileHash"])
    for r in of_family(reqs, f, "batch-anchor"):
        d = json_body(r)
        level = [bytes.fromhex(x) for x in d["leaves"]]
        while len(level) > 1:
            level += level[-1:] * (len(level) % 2)
            level = [hashlib.sha256(a + b).digest() for a, b in zip(level[::2], level[1::2], strict=True)]
        assert d["merkleRoot"] == level[0].hex() and d["count"] == len(d["leaves"])
    for r in of_family(reqs, f, "certificate-page"):
        assert re.fullmatch(r"/zwl/cert/GZCZ20\d{6}\d{10}\.html", r["path"])


def test_ca_certificate_service(reqs: list[dict]) -> None:
    """PKCS#10 CSRs in PEM (CRLF lines from a textarea) whose SM2 self-signature verifies and whose subject is the
    applying firm; OCSP GETs whose CertID is SHA-1 of the CA's Name and key; CRL fetches with a valid
    If-Modified-Since; RFC 5280 reason codes; 更新 within 30 days of expiry and its fee."""
    f = "ca-certificate-service"
    ca_name = hashlib.sha1(gen_ab.d_name(gen_ab.CA_RDNS), usedforsecurity=False).digest()
    ca_key = hashlib.sha1(gen_ab.pub_bytes(gen_ab.CA_KEY[1]), usedforsecurity=False).digest()
    for r in of_family(reqs, f, "csr-submit"):
        d = form_fields(r)
        assert "\r\n" in d["csr"] and _gz_firm(d["uscc"]) and d["keyAlg"] == "SM2"
        cri_raw, cri, sig = signed(pem_der(d["csr"], "CERTIFICATE REQUEST"))
        assert der_int(cri[0][1]) == 0 and cri[3][0] == 0xA0
        assert sm2_verify(sm2_point(cri[2][1]), cri_raw, sig)
        assert name_dn(cri[1][1]).startswith(f"CN={d['orgName']},OU={d['uscc']},O={d['orgName']},L=")
    for r in of_family(reqs, f, "status-query"):
        assert SERIAL.fullmatch(query1(r)["serial"])
    for r in of_family(reqs, f, "ocsp-get"):
        raw = base64.b64decode(urllib.parse.unquote(r["path"].removeprefix("/ocsp/")), validate=True)
        _t, req = whole(raw)
        ((_a, tbs, _r1),) = items(req)
        ((_b, reqlist, _r2),) = items(tbs)
        ((_c, one, _r3),) = items(reqlist)
        ((_d, cert_id, _r4),) = items(one)
        (_e, alg, _r5), (_g, name_hash, _r6), (_h, key_hash, _r7), (t, serial, _r8) = items(cert_id)
        assert oid(items(alg)[0][1]) == "1.3.14.3.2.26" and (name_hash, key_hash) == (ca_name, ca_key)
        assert t == 0x02 and 0 < der_int(serial) < 2**128 and header(r, "User-Agent") == "Microsoft-CryptoAPI/10.0"
    for r in of_family(reqs, f, "crl-download"):
        assert parsedate_to_datetime(header(r, "If-Modified-Since")).utcoffset() == timedelta(0)
        assert re.fullmatch(r"/crl/GZCA_SM2_\d\.crl", r["path"])
    for r in of_family(reqs, f, "revoke-apply"):
        d = json_body(r)
        assert RFC5280_REASONS[d["reasonCode"]] == d["reason"] and SERIAL.fullmatch(d["serial"])
        assert f",OU={d['uscc']},O=" in d["subjectDn"] and d["subjectDn"].endswith(",C=CN") and _gz_firm(d["uscc"])
    for r in of_family(reqs, f, "renew-apply"):
        d = json_body(r)
        left = datetime.strptime(d["notAfter"], "%Y-%m-%d") - datetime.strptime(d["applyDate"], "%Y-%m-%d")
        assert (
            timedelta(days=1) <= left <= timedelta(days=30)
            and d["fee"] == d["years"] * gen_ab.CERT_TYPES[d["certType"]]
        )
    for r in of_family(reqs, f, "cert-info-query"):
        assert _gz_firm(query1(r)["uscc"])


def test_trusted_timestamp(reqs: list[dict]) -> None:
    """RFC 3161 TimeStampReqs: version 1, the MessageImprint's algorithm as named and a 32-byte digest, a nonce,
    certReq TRUE; digests of uploaded files; batch counts."""
    f = "trusted-timestamp"
    for r in of_family(reqs, f, "tsq-submit"):
        d = json_body(r)
        _t, req = whole(base64.b64decode(d["tsq"], validate=True))
        (_a, version, _r1), (_b, imprint, _r2), (t3, nonce, _r3), (t4, cert_req, _r4) = items(req)
        (_c, alg, _r5), (t6, digest, _r6) = items(imprint)
        expect = {"SM3": "1.2.156.10197.1.401", "SHA256": "2.16.840.1.101.3.4.2.1"}[d["hashAlg"]]
        assert der_int(version) == 1 and oid(items(alg)[0][1]) == expect and t6 == 0x04 and len(digest) == 32
        assert t3 == 0x02 and der_int(nonce) > 0 and (t4, cert_req) == (0x01, b"\xff")
    for r in of_family(reqs, f, "verify-upload"):
        d = upload_fields(r)
        assert hashlib.new("sm3", _file(r)).hexdigest() == d["hash"] and re.fullmatch(r"[0-9A-F]{20}", d["serialNo"])
    for r in of_family(reqs, f, "hash-stamp"):
        assert HEX64.fullmatch(json_body(r)["hash"])
    for r in of_family(reqs, f, "batch-stamp"):
        d = json_body(r)
        assert d["count"] == len(d["items"]) and all(HEX64.fullmatch(x["hash"]) for x in d["items"])


def test_sign_verify_server(reqs: list[dict]) -> None:
    """Certificates the CA issued (its SM2 signature verifies), signatures over the 原文 that verify with the
    certificate's key, DN strings that are the certificate's subject, device keys on the curve."""
    f = "sign-verify-server"
    for shape in ("verify-signed-data", "batch-verify"):
        for r in of_family(reqs, f, shape):
            for d in json_body(r).get("items", [json_body(r)]):
                key = cert_ok(d["cert"])["pub"]
                assert sm2_verify(key, base64.b64decode(d["inData"]), sig_hex(base64.b64decode(d["signValue"])))
    for shape in ("verify-cert", "cert-info"):
        for r in of_family(reqs, f, shape):
            assert cert_ok(json_body(r)["cert"])["dn"].endswith(",C=CN")
    for r in of_family(reqs, f, "dn-check"):
        d = json_body(r)
        assert cert_ok(d["cert"])["dn"] == d["expectDn"]
    for shape in ("sign-data", "digest"):
        for r in of_family(reqs, f, shape):
            assert base64.b64decode(json_body(r)["inData"], validate=True).decode()
    for r in of_family(reqs, f, "cosign-init"):
        d = json_body(r)
        assert point(bytes.fromhex(d["devicePubKey"])) and _gz_id(d["userId"])
    for r in of_family(reqs, f, "audit-log-query"):
        q = query1(r)
        assert _second(q["start"]) < _second(q["end"])


def test_ukey_cert_login(reqs: list[dict]) -> None:
    """Signed logins: the certificate is the CA's, the signature over the random verifies with its key and certSn
    is its serial; 绑定 DNs carry the firm's code; 解锁 applicants' IDs; resumed 助手 downloads."""
    f = "ukey-cert-login"
    for r in of_family(reqs, f, "signed-login"):
        d = form_fields(r)
        cert = cert_ok(d["signCert"])
        assert f"{cert['serial']:032X}" == d["certSn"] and re.fullmatch(r"[0-9a-f]{32}", d["random"])
        assert sm2_verify(cert["pub"], d["random"].encode(), sig_hex(base64.b64decode(d["signData"])))
    for r in of_family(reqs, f, "cert-bind"):
        d = json_body(r)
        assert f",OU={d['uscc']}," in d["certDn"] and _gz_firm(d["uscc"]) and SERIAL.fullmatch(d["certSn"])
    for r in of_family(reqs, f, "unlock-apply"):
        d = form_fields(r)
        assert _gz_id(d["idNo"]) and _gz_firm(d["uscc"]) and re.fullmatch(r"[0-9A-F]{16}", d["challenge"])
    for r in of_family(reqs, f, "assistant-update"):
        assert re.fullmatch(r"bytes=\d+-", header(r, "Range"))


def test_unified_payment_bank(reqs: list[dict]) -> None:
    """缴款码 check digits; bank requests signed SM3 and notifies signed MD5 (upper case) with the bank's key; the
    notify's items add up to total_fee in 分; 对账 totals; 退付 within the paid amount to a Luhn card."""
    f = "unified-payment-bank"
    codes = {code for code, _fen in gen_ab.FEE_ITEMS.values()}

    def key(bank: str) -> str:
        return "&key=" + gen_ab.BANKS[bank]

    for shape in ("bank-bill-query", "bank-reversal"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            assert d["signType"] == "SM3" and jkm_ok(d["jkm"]) and header(r, "X-Bank-Code") == d["bankCode"]
            assert hashlib.new("sm3", (canonical(d) + key(d["bankCode"])).encode()).hexdigest() == d["sign"]
    for r in of_family(reqs, f, "bank-pay-notify"):
        d = form_fields(r)
        text = canonical(d) + key(d["bank_code"])
        assert (
            d["sign_type"] == "MD5"
            and hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper() == d["sign"]
        )
        lines = [x.split(":") for x in d["items"].split("|")]
        assert {c for c, _f in lines} <= codes and sum(int(v) for _c, v in lines) == int(d["total_fee"])
        assert jkm_ok(d["jkm"])
    for r in of_family(reqs, f, "reconcile-download"):
        q = query1(r)
        text = canonical(q) + key(q["bankCode"])
        assert hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper() == q["sign"]
    for r in of_family(reqs, f, "reconcile-result"):
        d = json_body(r)
        assert d["count"] == len(d["details"]) and d["totalFee"] == sum(x["fee"] for x in d["details"])
        head = {k: v for k, v in d.items() if k != "details"}
        assert hashlib.new("sm3", (canonical(head) + key(d["bankCode"])).encode()).hexdigest() == d["sign"]
        assert all(jkm_ok(x["jkm"]) for x in d["details"])
    for shape in ("bill-preview", "cashier-page"):
        for r in of_family(reqs, f, shape):
            assert jkm_ok(query1(r)["jkm"])
    for r in of_family(reqs, f, "voucher-download"):
        assert jkm_ok(r["path"].removeprefix("/pay/api/voucher/").removesuffix(".pdf"))
    for r in of_family(reqs, f, "refund-apply"):
        d = upload_fields(r)
        assert 0 < int(d["refundFen"]) <= int(d["paidFen"]) and luhn_ok(d["bankCard"]) and jkm_ok(d["jkm"])
        assert upload_types(r) == ["image/jpeg"]


def test_ecny_payment(reqs: list[dict]) -> None:
    """支付 and 退款 results SM2-signed by the 运营 机构 (its key by X-Ecny-Org) over the sorted sign string; 钱包 ID
    of the institution; times in order; refunds within the paid amount; POS requests with the terminal's HMAC."""
    f = "ecny-payment"
    for shape in ("pay-notify", "refund-notify"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            bank = header(r, "X-Ecny-Org")
            sig = sig_hex(base64.b64decode(d["signature"], validate=True))
            assert d["signType"] == "SM2" and sm2_verify(gen_ab.BANK_SM2[bank][1], canonical(d).encode(), sig)
            assert re.fullmatch(gen_ab.WALLET_PREFIX[bank] + r"\d{12}", d["walletId"])
            if shape == "pay-notify":
                assert _second(d["createTime"]) < _second(d["finishTime"]) and d["amount"] > 0
            else:
                assert 0 < d["refundAmount"] <= d["paidAmount"]
    for r in of_family(reqs, f, "refund-apply"):
        d = json_body(r)
        assert 0 < d["refundFen"] <= d["paidFen"]
    for r in of_family(reqs, f, "order-create"):
        assert jkm_ok(json_body(r)["jkm"])
    for r in of_family(reqs, f, "hard-wallet-pos"):
        d = json_body(r)
        key = bytes.fromhex(gen_ab.POS_KEYS[header(r, "X-Terminal-Id")])
        assert hmac.new(key, canonical(d, ("mac",)).encode(), hashlib.sha256).hexdigest() == d["mac"]
    for r in of_family(reqs, f, "recon-query"):
        q = query1(r)
        assert q["startDate"] <= q["endDate"]


def test_open_platform_developer(reqs: list[dict]) -> None:
    """SDK-HMAC-SHA256 signatures recomputed from the canonical request with the app's secret; SM2 public keys as
    SubjectPublicKeyInfo PEM with a point on the curve; https callback URLs and strict CIDRs; log windows in order."""
    f = "open-platform-developer"
    for r in of_family(reqs, f, "signed-call"):
        m = re.fullmatch(
            r"SDK-HMAC-SHA256 Access=(\w+), SignedHeaders=([\w;-]+), Signature=([0-9a-f]{64})",
            header(r, "Authorization"),
        )
        access, names, signature = m.groups()
        split = urllib.parse.urlsplit(r["path"])
        body = r.get("body", "")
        lines = [
            r["method"],
            split.path.rstrip("/") + "/",
            "&".join(sorted(split.query.split("&"))) if split.query else "",
        ]
        lines += [
            "".join(f"{n}:{header(r, n).strip()}\n" for n in names.split(";")),
            names,
            hashlib.sha256(body.encode()).hexdigest(),
        ]
        to_sign = (
            f"SDK-HMAC-SHA256\n{header(r, 'X-Sdk-Date')}\n" + hashlib.sha256("\n".join(lines).encode()).hexdigest()
        )
        expect = hmac.new(gen_ab.OPEN_APPS[access].encode(), to_sign.encode(), hashlib.sha256).hexdigest()
        assert signature == expect and re.fullmatch(r"20\d{6}T\d{6}Z", header(r, "X-Sdk-Date"))
    for r in of_family(reqs, f, "public-key-upload"):
        d = json_body(r)
        _t, spki = whole(pem_der(d["publicKey"], "PUBLIC KEY"))
        assert sm2_point(spki) and d["keyType"] == "SM2"
    for r in of_family(reqs, f, "app-register"):
        d = json_body(r)
        assert all(urllib.parse.urlsplit(u).scheme == "https" for u in d["callbackUrls"]) and _gz_firm(
            d["developerUscc"]
        )
        assert all(ipaddress.ip_network(x, strict=True) for x in d["ipWhitelist"])
    for r in of_family(reqs, f, "call-log-query"):
        q = query1(r)
        assert _second(q["start"]) < _second(q["end"])


def test_city_one_code(reqs: list[dict]) -> None:
    """Codes: base64url JSON header and payload, the platform's SM2 signature over both, 60 seconds' validity,
    the scanner's scene; scan records in order; 结算 sums; 场所 and 权益 holders of 贵州."""
    f = "city-one-code"
    for r in of_family(reqs, f, "scanner-verify"):
        d = json_body(r)
        head, payload, sig = d["qr"].split(".")
        h, p = json.loads(b64url_dec(head)), json.loads(b64url_dec(payload))
        assert h["alg"] == "SM2" and p["exp"] - p["iat"] == 60 and p["scene"] == d["scene"]
        assert sm2_verify(gen_ab.PLATFORM_KEY[1], f"{head}.{payload}".encode(), b64url_dec(sig).hex())
        assert f"-{d['scene'].upper()}-" in d["deviceSn"]
    for r in of_family(reqs, f, "scan-record-push"):
        d = json_body(r)
        times = [_second(x["time"]) for x in d["records"]]
        assert times == sorted(times) and d["count"] == len(times)
    for r in of_family(reqs, f, "transit-settle-push"):
        d = json_body(r)
        assert all(0 <= t["discountFen"] <= t["fareFen"] for t in d["trips"])
        assert d["payableFen"] == sum(t["fareFen"] - t["discountFen"] for t in d["trips"])
    for r in of_family(reqs, f, "venue-register"):
        d = form_fields(r)
        assert _gz_firm(d["uscc"]) and d["region"] in gen_ab.GZ
    for r in of_family(reqs, f, "entitlement-query"):
        assert _gz_id(query1(r)["idNo"])


def test_cyber_identity_auth(reqs: list[dict]) -> None:
    """Result notifies with the HMAC-SHA256 of the sorted sign string; 活体 results that follow their thresholds
    with JPEG thumbnails; fallback 实名 with valid 身份 证号."""
    f = "cyber-identity-auth"
    for r in of_family(reqs, f, "result-notify"):
        d = json_body(r)
        assert hmac.new(gen_ab.NOTIFY_SECRET, canonical(d).encode(), hashlib.sha256).hexdigest() == d["sign"]
    for r in of_family(reqs, f, "liveness-callback"):
        d = json_body(r)
        thumb = base64.b64decode(d["thumbnail"], validate=True)
        assert thumb[:3] == b"\xff\xd8\xff" and thumb[-2:] == b"\xff\xd9"
        assert d["passed"] == (
            d["livenessScore"] >= d["livenessThreshold"] and d["compareScore"] >= d["compareThreshold"]
        )
    for r in of_family(reqs, f, "realname-fallback"):
        assert _gz_id(form_fields(r)["idNo"])
    for shape in ("result-poll", "app-return", "qr-page"):
        for r in of_family(reqs, f, shape):
            assert re.fullmatch(r"GZWZ20\d{6}\d{12}", query1(r)["bizSeq"])


def test_seal_carving_filing(reqs: list[dict]) -> None:
    """印章 编码 of a 贵州 区县; 印模 PNG and 营业执照 PDF; 电子 印章 public keys on the SM2 curve and PNG images;
    扫码 查验 payloads; shop pushes in order."""
    f = "seal-carving-filing"
    code = re.compile(r"52\d{11}")
    for r in of_family(reqs, f, "carving-apply"):
        d = upload_fields(r)
        assert code.fullmatch(d["sealCode"]) and d["sealCode"][:6] in gen_ab.GZ and _gz_firm(d["uscc"])
        assert _gz_id(d["legalIdNo"]) and upload_types(r) == ["image/png", "application/pdf"]
        assert d["sealText"].startswith(d["orgName"])
    for r in of_family(reqs, f, "eseal-apply"):
        d = json_body(r)
        assert point(base64.b64decode(d["publicKey"], validate=True)) and d["validFrom"] < d["validTo"]
        assert base64.b64decode(d["image"]).startswith(b"\x89PNG\r\n\x1a\n") and code.fullmatch(d["sealCode"])
    for r in of_family(reqs, f, "qr-verify"):
        p = json.loads(b64url_dec(query1(r)["p"]))
        assert code.fullmatch(p["c"]) and _gz_firm(p["u"])
    for r in of_family(reqs, f, "shop-push"):
        d = json_body(r)
        times = [_second(x["finishTime"]) for x in d["records"]]
        assert times == sorted(times) and d["count"] == len(times) and d["shopName"] == gen_ab.SEAL_SHOPS[d["shopCode"]]
    for r in of_family(reqs, f, "loss-report"):
        d = form_fields(r)
        assert _gz_firm(d["uscc"]) and d["statement"].endswith("声明作废。")


def test_treasury_payment_voucher(reqs: list[dict]) -> None:
    """支付 申请 lines of the 科目 tables summing to the total, payees' Luhn accounts; vouchers signed by the unit's
    UKey (SM3 of the XML, SM2 signature with the CA's certificate); banks' XML 回单 and 退票 whose counts and totals
    add up; 日终 对账 net = paid − returned."""
    f = "treasury-payment-voucher"
    for r in of_family(reqs, f, "payment-apply"):
        d = json_body(r)
        assert all(x["funcCode"] in gen_ab.FUNC_CODES and x["econCode"] in gen_ab.ECON_CODES for x in d["lines"])
        assert _fen(d["total"]) == sum(_fen(x["amount"]) for x in d["lines"]) and luhn_ok(d["payeeAccount"])
    for r in of_family(reqs, f, "voucher-sign"):
        d = json_body(r)
        xml = base64.b64decode(d["voucherXml"])
        ET.fromstring(xml)  # noqa: S314 - the generator's own records
        cert = cert_ok(d["cert"])
        assert hashlib.new("sm3", xml).hexdigest() == d["digest"] and f"{cert['serial']:032X}" == d["certSn"]
        assert sm2_verify(cert["pub"], bytes.fromhex(d["digest"]), d["signValue"])
    for shape, tag in (("bank-receipt-push", "ReceiptBatch"), ("bank-return-push", "ReturnBatch")):
        for r in of_family(reqs, f, shape):
            root = ET.fromstring(r["body"].encode())  # noqa: S314 - the generator's own records
            rows = root.findall("Items/Item")
            assert root.tag == tag and int(root.findtext("Count")) == len(rows)
            assert _fen(root.findtext("Total")) == sum(_fen(x.findtext("PayAmt")) for x in rows)
            assert all((x.find("Reason") is not None) == (tag == "ReturnBatch") for x in rows)
            assert base64.b64decode(root.findtext("Stamp"), validate=True)
    for r in of_family(reqs, f, "daily-reconcile"):
        d = json_body(r)
        assert _fen(d["netTotal"]) == _fen(d["paidTotal"]) - _fen(d["returnTotal"])
    for r in of_family(reqs, f, "voucher-list"):
        q = query1(r)
        assert q["from"] <= q["to"]


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ab.N}
