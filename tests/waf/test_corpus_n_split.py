"""Corpus N (tests/waf/data/gen_cms_corpus_n.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_m_split.py. Nothing here sends N through the WAF: N's
false-positive count is the lead's, after a tuning round on N's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 公民身份号码 and 统一社会信用代码 check characters, 药品追溯码 and GS1 GTIN check digits, 献血 intervals and
报销 rules, 阶梯 prices, T/CEC 102.4 payloads that decrypt and carry their HMAC-MD5 Sig, parking fees and md5
signs, GA 36 plates, 经济补偿 and 仲裁 sums, power limits and channel grids, and uploads whose bytes are what
their parts say. Never a WAF verdict.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import unicodedata
import urllib.parse
from datetime import datetime

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
    form_fields,
    header,
    id_number_ok,
    json_body,
    luhn_ok,
    media_types,
    multipart_parts,
    of_family,
    query1,
    upload_fields,
    upload_files,
    uscc_ok,
)
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d
from tests.waf.data import gen_cms_corpus_e as gen_e
from tests.waf.data import gen_cms_corpus_f as gen_f
from tests.waf.data import gen_cms_corpus_g as gen_g
from tests.waf.data import gen_cms_corpus_h as gen_h
from tests.waf.data import gen_cms_corpus_i as gen_i
from tests.waf.data import gen_cms_corpus_j as gen_j
from tests.waf.data import gen_cms_corpus_k as gen_k
from tests.waf.data import gen_cms_corpus_l as gen_l
from tests.waf.data import gen_cms_corpus_m as gen_m
from tests.waf.data import gen_cms_corpus_n as gen_n

PINNED_HELD_OUT = (
    "volunteer-service",
    "radio-license",
    "tobacco-license",
)  # written once from the docstring's rule: a change of family names would re-split

corpus, reqs = corpus_fixtures(gen_n)

DISTRICT_CODES = set(gen_f.DISTRICTS)
TS = "%Y-%m-%d %H:%M:%S"


def _file_ok(p: dict) -> bool:
    data, kind = p["data"], p["type"]
    common = common_file_ok(data, kind)
    if common is not None:
        return common
    return False


def _gtin_ok(code: str) -> bool:
    """GS1: the weighted sum (3, 1, 3, … from the right, check digit included at weight 1) is a multiple of 10."""
    digits = [int(d) for d in reversed(code)]
    return (
        bool(re.fullmatch(r"\d{14}", code))
        and sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10 == 0
    )


def _ladder(before: float, used: float, tiers: list[tuple[float, float]]) -> float:
    """An annual ladder, computed unit band by unit band as a 营业厅 would explain it."""
    total, pos, end = 0.0, before, before + used
    for high, price in tiers:
        if pos < high:
            step = min(end, high) - pos
            if step > 0:
                total += step * price
                pos += step
    return round(total, 2)


def _minutes(a: str, b: str) -> int:
    return int((datetime.strptime(b, TS) - datetime.strptime(a, TS)).total_seconds() // 60)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_n.TUNING_FILE, gen_n.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_n, (120, 140), min_requests=1500, min_families=11, min_shapes=9)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m)
    assert_split_as_written(corpus, gen_n, "corpus-n/", PINNED_HELD_OUT, earlier, parts=(924, 636))


def test_n_shares_no_family_with_a_to_m(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to N's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_n.check, gen_m.SOURCES["public-employment"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Browser and 小程序 JSON, jQuery forms, multipart uploads; app, device and operator headers."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 600 and ctypes["multipart/form-data"] >= 140
    assert ctypes["application/x-www-form-urlencoded"] >= 80
    assert_headers_sent(reqs, ("charset", "X-App-Id", "Authorization", "X-Requested-With", "Origin", "X-Device-Id"))
    assert sum(header(r, "Referer").startswith("https://servicewechat.com/wx") for r in reqs) >= 350


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (JPEG, PNG, PDF framing)."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 140
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])


# --- the families, checked the way their receiving servers would ------------------------------------


def test_drug_trace_codes_and_udi(reqs: list[dict]) -> None:
    """追溯码 are 20 digits opening on a catalogued 药品标识码; a sale's codes are one per unit and its sums
    add up; UDI strings carry a GTIN-14 with its check digit and a YYMMDD 失效日期; 批准文号 and 通用名 agree."""
    f = "drug-traceability"
    drugs = {d[0]: d for d in gen_n.DRUGS}
    by_pzwh = {d[3]: d for d in gen_n.DRUGS}
    for r in of_family(reqs, f, "trace-scan"):
        code = query1(r)["code"]
        assert re.fullmatch(r"\d{20}", code) and code[:7] in drugs
    for r in of_family(reqs, f, "sale-upload"):
        doc = json_body(r)
        for item in doc["mx"]:
            assert len(item["zsmList"]) == item["sl"] and all(z[:7] == item["ypbsm"] for z in item["zsmList"])
            assert item["je"] == round(item["sl"] * item["dj"], 2) and drugs[item["ypbsm"]][3] == item["pzwh"]
        assert doc["zje"] == round(sum(i["je"] for i in doc["mx"]), 2) and header(r, "X-Pharmacy-Code") == doc["ydbm"]
    for r in of_family(reqs, f, "adr-report"):
        for y in json_body(r)["yp"]:
            assert by_pzwh[y["pzwh"]][0] == y["zsm"][:7] and len(y["zsm"]) == 20
    for r in of_family(reqs, f, "udi-query"):
        m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)(\w+)(\(21\)\w+)?", query1(r)["udi"])
        assert m and _gtin_ok(m.group(1)) and datetime.strptime(m.group(2), "%y%m%d")
    for r in of_family(reqs, f, "approval-detail"):
        q = query1(r)
        assert by_pzwh[q["pzwh"]][1] == q["tym"] and re.fullmatch(r"国药准字[HZS]\d{8}", q["pzwh"])


def test_blood_intervals_rules_and_awards(reqs: list[dict]) -> None:
    """Bookings keep the GB 18467 interval since the last donation of that kind; 征询 passes only within
    age and weight and with every answer 否; 报销 follows the 条例 (本人 800 ml 全额 or 5 倍, 亲属 等量);
    奉献奖 by 次数."""
    f = "blood-donation"
    for r in of_family(reqs, f, "book"):
        doc = json_body(r)
        assert doc["siteId"] in gen_n.BLOOD_SITES and id_number_ok(doc["sfzh"])
        if doc["scxx"]:
            assert doc["scxxrq"] == "" and doc["jgts"] is None
        else:
            days = (datetime.fromisoformat(doc["rq"]) - datetime.fromisoformat(doc["scxxrq"])).days
            assert doc["jgts"] == days >= {"全血": 180, "机采血小板": 14}[doc["xxlx"]]
    for r in of_family(reqs, f, "questionnaire"):
        doc = json_body(r)
        ok = 18 <= doc["nl"] <= 60 and doc["tz"] >= {"男": 50, "女": 45}[doc["xb"]]
        assert doc["hg"] == (ok and all(a["a"] == "否" for a in doc["wj"]))
    for r in of_family(reqs, f, "reimburse-apply"):
        fields = upload_fields(r)
        donated, used, cost = int(fields["ljxxl"]), int(fields["yxl"]), float(fields["yxfy"])
        if fields["yxrgx"] == "本人":
            share = 1.0 if donated >= 800 else min(1.0, donated * 5 / used)
        else:
            share = min(1.0, donated / used)
        assert float(fields["bxje"]) == round(cost * share, 2) and luhn_ok(fields["yhkh"])
        assert (fields["yxrgx"] != "本人") == (len(upload_files(r)) == 2)
    for r in of_family(reqs, f, "honor-apply"):
        doc = json_body(r)
        n = doc["qxcs"] + doc["jccs"]
        assert doc["zcs"] == n and doc["sbjx"] == (
            "金奖" if n >= 40 else "银奖" if n >= 30 else "铜奖" if n >= 20 else ""
        )
    for r in of_family(reqs, f, "group-signup"):
        doc = json_body(r)
        assert (
            doc["rs"] == len(doc["md"]) and uscc_ok(doc["tyxydm"]) and all(id_number_ok(p["sfzh"]) for p in doc["md"])
        )


def test_charity_codes_and_deductions(reqs: list[dict]) -> None:
    """募捐 备案 编号 open on the organisation's 51/52/53 统一社会信用代码; 扣除 is min(捐赠, 30% of 应纳税所得额)
    or min(捐赠, 12% of 利润总额) with the rest carried over; 物资 lines and totals add up."""
    f = "charity-donation"
    for r in of_family(reqs, f, "plan-query"):
        q = query1(r)
        assert q["bah"].startswith(q["tyxydm"]) and uscc_ok(q["tyxydm"]) and q["tyxydm"][:2] in {"51", "52", "53"}
    for r in of_family(reqs, f, "deduction-calc"):
        doc = json_body(r)
        base = doc["ynssde"] if doc["lx"] == "个人" else doc["lrze"]
        rate = 0.30 if doc["lx"] == "个人" else 0.12
        assert (
            doc["kcbl"] == rate
            and doc["kcxe"] == round(base * rate, 2)
            and doc["kcje"] == min(doc["jzje"], doc["kcxe"])
        )
        if doc["lx"] == "企业":
            assert doc["jzkc"] == round(doc["jzje"] - doc["kcje"], 2)
    for r in of_family(reqs, f, "goods-donate"):
        doc = json_body(r)
        assert all(w["je"] == round(w["sl"] * w["dj"], 2) for w in doc["wz"])
        assert doc["hj"] == round(sum(w["je"] for w in doc["wz"]), 2) and uscc_ok(doc["tyxydm"])
    for r in of_family(reqs, f, "receipt-apply"):
        fields = form_fields(r)
        assert (id_number_ok if fields["jzrlx"] == "个人" else uscc_ok)(fields["zjhm"]) and "@" in fields["yx"]
    for r in of_family(reqs, f, "donate"):
        assert re.fullmatch(r"\d+\.\d{2}", json_body(r)["je"])


def test_volunteer_distances_hours_and_stars(reqs: list[dict]) -> None:
    """签到 distances are the haversine metres to the project; 签退 时长 counts whole half hours; 星级 by
    累计 时长 (100/300/600/1000/1500)."""
    f = "volunteer-service"
    for r in of_family(reqs, f, "sign-in"):
        doc = json_body(r)
        _, _, lng, lat = gen_n.VOL_PROJECTS[doc["xmid"]]
        p1, p2 = math.radians(lat), math.radians(doc["lat"])
        a = (
            math.sin((p2 - p1) / 2) ** 2
            + math.cos(p1) * math.cos(p2) * math.sin(math.radians(doc["lng"] - lng) / 2) ** 2
        )
        assert doc["jl"] == round(2 * 6371000 * math.asin(math.sqrt(a))) and doc["jl"] < 1000
    for r in of_family(reqs, f, "sign-out"):
        doc = json_body(r)
        assert doc["fwsc"] == _minutes(doc["qdsj"], doc["qtsj"]) // 30 * 0.5
    for r in of_family(reqs, f, "certificate-apply"):
        doc = json_body(r)
        h = doc["ljsc"]
        assert doc["xj"] == sum(h >= t for t in (100, 300, 600, 1000, 1500)) and id_number_ok(doc["zjhm"])
    for r in of_family(reqs, f, "register"):
        assert id_number_ok(json_body(r)["zjhm"])


def test_utility_ladders(reqs: list[dict]) -> None:
    """电费, 气费 and 水费 follow the annual ladders from the year's cumulative use; 用量 = 本期 − 上期;
    a payment covers the arrears; 户号 have their utility's format."""
    f = "utility-billing"
    elec = [(2160, 0.4556), (4200, 0.5056), (math.inf, 0.7556)]
    for r in of_family(reqs, f, "elec-calc"):
        doc = json_body(r)
        assert doc["dfje"] == _ladder(doc["ndljdl"], doc["bydl"], elec) and re.fullmatch(r"05\d{8}", doc["hh"])
    for r in of_family(reqs, f, "gas-recharge"):
        doc = json_body(r)
        assert doc["je"] == _ladder(doc["ndljql"], doc["gql"], [(350, 2.65), (500, 3.18), (math.inf, 3.98)])
    for r in of_family(reqs, f, "water-reading"):
        fields = form_fields(r)
        used = int(fields["bqds"]) - int(fields["sqds"])
        assert int(fields["ysl"]) == used > 0
        assert float(fields["sf"]) == _ladder(float(fields["ndljsl"]), used, [(180, 3.1), (260, 4.65), (math.inf, 9.3)])
    formats = {"dian": r"05\d{8}", "shui": r"S\d{8}", "qi": r"Q52\d{7}"}
    for r in of_family(reqs, f, "pay-order"):
        doc = json_body(r)
        assert doc["jfje"] >= doc["qfje"] and re.fullmatch(formats[doc["lx"]], doc["hh"])
    for r in of_family(reqs, f, "bill-query"):
        q = query1(r)
        assert re.fullmatch(formats[q["lx"]], q["hh"]) and re.fullmatch(r"2027(0[1-9]|1[0-2])", q["ny"])


def _cec(rec: dict) -> dict:
    """A T/CEC 102.4 envelope as the platform reads it: Sig checked, then Data decrypted."""
    env = json_body(rec)
    _, key, iv, sig_secret = gen_n.OPERATORS[env["OperatorID"]]
    text = env["OperatorID"] + env["Data"] + env["TimeStamp"] + env["Seq"]
    assert env["Sig"] == hmac.new(sig_secret.encode(), text.encode(), "md5").hexdigest().upper(), rec["label"]
    assert re.fullmatch(r"\d{14}", env["TimeStamp"]) and re.fullmatch(r"\d{4}", env["Seq"])
    return json.loads(gen_n.aes_decrypt(env["Data"], key, iv))


def test_charging_envelopes_decrypt_and_add_up(reqs: list[dict]) -> None:
    """Every 互联互通 push is signed and decrypts to JSON; token requests carry the operator's own secret and
    no Bearer token, the others one; order totals are the sum of their periods, 电费 + 服务费."""
    f = "ev-charging"
    pushes = [r for r in of_family(reqs, f) if r["path"].startswith("/evcs/v20160701/")]
    assert len(pushes) >= 100
    for r in pushes:
        data = _cec(r)
        token = r["path"].endswith("/query_token")
        assert header(r, "Authorization").startswith("Bearer ") != token
        if token:
            env = json_body(r)
            assert data == {"OperatorID": env["OperatorID"], "OperatorSecret": gen_n.OPERATORS[env["OperatorID"]][0]}
    for r in of_family(reqs, f, "notification-charge-order-info"):
        d = _cec(r)
        details = d["ChargeDetails"]
        assert d["SumPeriod"] == len(details) and len(d["StartChargeSeq"]) == 27
        assert d["TotalElecMoney"] == round(sum(x["DetailElecMoney"] for x in details), 2)
        assert d["TotalSeviceMoney"] == round(sum(x["DetailSeviceMoney"] for x in details), 2)
        assert d["TotalMoney"] == round(d["TotalElecMoney"] + d["TotalSeviceMoney"], 2)
        assert all(x["DetailElecMoney"] == round(x["DetailPower"] * x["ElecPrice"], 2) for x in details)
        assert details[0]["DetailStartTime"] == d["StartTime"] and details[-1]["DetailEndTime"] == d["EndTime"]
    for r in of_family(reqs, f, "notification-equip-charge-status"):
        d = _cec(r)
        assert d["TotalMoney"] == round(d["ElecMoney"] + d["SeviceMoney"], 2) and 0 <= d["Soc"] <= 100


_PLATE = re.compile(r"贵[A-HJ](?:[0-9A-HJ-NP-Z]{5}|[DF][0-9A-HJ-NP-Z]\d{4}|\d{5}[DF])")


def _park_fee(park: str, minutes: int, plate: str) -> float:
    _, first, half, cap = gen_n.PARKS[park]
    if minutes <= 15:
        return 0.0
    fee = float(min(cap, first + max(0, -(-(minutes - 60) // 30)) * half))
    return fee / 2 if len(plate) == 8 else fee


def test_parking_plates_fees_and_signs(reqs: list[dict]) -> None:
    """Plates are GA 36 shapes (新能源: eight characters); fees are the lot's rule for the stay; device pushes
    are signed with the upper md5 of the sorted non-empty parameters and the key."""
    f = "smart-parking"
    for r in of_family(reqs, f, "fee-query"):
        q = query1(r)
        assert _PLATE.fullmatch(q["plateNo"]) and (q["plateColor"] == "green") == (len(q["plateNo"]) == 8)
    for r in of_family(reqs, f, "pay"):
        doc = json_body(r)
        minutes = _minutes(doc["inTime"], doc["outTime"])
        assert _PLATE.fullmatch(doc["plateNo"]) and doc["parkMinutes"] == minutes
        assert doc["newEnergy"] == (len(doc["plateNo"]) == 8)
        assert doc["payAmount"] == _park_fee(doc["parkCode"], minutes, doc["plateNo"])
    for shape in ("gate-in", "gate-out"):
        for r in of_family(reqs, f, shape):
            doc = json_body(r)
            sign = doc.pop("sign")
            text = "&".join(f"{k}={doc[k]}" for k in sorted(doc) if doc[k] != "") + "&key=" + gen_n.PARK_KEY
            assert sign == hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper()
            assert (doc["plateColor"] == "green") == (len(doc["plateNo"]) == 8)
            if shape == "gate-out":
                assert doc["fee"] == _park_fee(doc["parkCode"], doc["parkMinutes"], doc["plateNo"])


def test_forestry_volumes_and_grades(reqs: list[dict]) -> None:
    """出材量 is 蓄积 × the species' 出材率 and never more than 蓄积; 皆伐 is replanted on at least its area;
    古树 等级 follow the estimated age (500/300/100 years)."""
    f = "forestry-service"
    for r in of_family(reqs, f, "harvest-apply"):
        doc = json_body(r)
        assert doc["ccl"] == round(doc["xj"] * gen_n.TREE_SPECIES[doc["sz"]], 2) <= doc["xj"]
        assert doc["cffs"] != "皆伐" or doc["gxmj"] >= doc["mj"]
        assert id_number_ok(doc["sfzh"]) and doc["xzqh"] in DISTRICT_CODES
    for r in of_family(reqs, f, "tree-report"):
        fields = upload_fields(r)
        age = int(fields["gcsl"])
        assert fields["dj"] == ("一级" if age >= 500 else "二级" if age >= 300 else "三级" if age >= 100 else "")
    for r in of_family(reqs, f, "tree-query"):
        code = query1(r)["gsbh"]
        assert re.fullmatch(r"\d{11}", code) and code[:6] in DISTRICT_CODES


def test_place_names_codes_and_pinyin(reqs: list[dict]) -> None:
    """区划 codes are 12-digit 统计用区划代码 (or their 2/4/6/9-digit heads) in 贵州; 拼音 are Latin letters
    with tone marks only, 专名 and 通名 written apart."""
    f = "place-names"
    for name, pinyin, _, code in gen_n.PLACES:
        bare = "".join(ch for ch in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(ch))
        assert re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)+", bare), name
        assert re.fullmatch(r"52\d{10}", code)
    for r in of_family(reqs, f, "name-search"):
        assert re.fullmatch(r"52\d{10}", query1(r)["code"])
    for r in of_family(reqs, f, "division-tree"):
        assert re.fullmatch(r"52(\d{2}|\d{4}|\d{7})?", query1(r)["code"])
    for r in of_family(reqs, f, "pinyin-query"):
        assert any(query1(r)["pinyin"] in p[1] for p in gen_n.PLACES)


def test_wage_claims_add_up(reqs: list[dict]) -> None:
    """仲裁 请求 total their items; 经济补偿 is N × 月工资 (six months or more a year, less a half; three times
    the 社平 and twelve years at most); the 二倍 工资 差额 is at most 11 months; 线索 codes check."""
    f = "wage-arrears"

    def comp(months: int, wage: float) -> float:
        n = months // 12 + (1.0 if months % 12 >= 6 else 0.5 if months % 12 else 0.0)
        if wage > 3 * gen_n.AVG_WAGE:
            wage, n = 3 * gen_n.AVG_WAGE, min(n, 12)
        return round(n * wage, 2)

    for r in of_family(reqs, f, "arbitration-apply"):
        doc = json_body(r)
        items = {x["xh"]: x["je"] for x in doc["qqsx"]}
        assert doc["hj"] == round(sum(items.values()), 2) and items[2] == comp(doc["gzys"], doc["ygz"])
        assert items.get(3, 0) == (doc["ygz"] * min(doc["wqhtys"] - 1, 11) if doc["wqhtys"] > 1 else 0)
        assert uscc_ok(doc["bsqr"]["tyxydm"]) and id_number_ok(doc["sqr"]["sfzh"])
    for r in of_family(reqs, f, "severance-calc"):
        doc = json_body(r)
        assert doc["bcj"] == comp(doc["gzys"], doc["ygz"])
    for r in of_family(reqs, f, "clue-submit"):
        doc = json_body(r)
        assert uscc_ok(doc["tyxydm"]) and id_number_ok(doc["fyrsfzh"]) and str(doc["qxrs"]) in doc["wtms"]


def test_tobacco_licences_and_dates(reqs: list[dict]) -> None:
    """许可证号 are a 贵州 county code and six digits; 延续 is asked at least 30 days before expiry; 停业 ends
    after it starts; 申办 places lie around 贵阳 and the 营业执照 code checks."""
    f = "tobacco-license"
    for shape in ("license-verify", "renew", "change", "ecig-apply"):
        for r in of_family(reqs, f, shape):
            no = query1(r)["xkzh"] if r["method"] == "GET" else json_body(r)["xkzh"]
            assert re.fullmatch(r"\d{12}", no) and no[:6] in DISTRICT_CODES
    for r in of_family(reqs, f, "renew"):
        doc = json_body(r)
        assert (datetime.fromisoformat(doc["yxqz"]) - datetime.fromisoformat(doc["sqrq"])).days >= 30
    for r in of_family(reqs, f, "suspend"):
        fields = form_fields(r)
        assert fields["jsrq"] > fields["ksrq"]
    for r in of_family(reqs, f, "retail-apply"):
        fields = upload_fields(r)
        assert uscc_ok(fields["tyxydm"]) and id_number_ok(fields["sfzh"])
        assert 106.5 < float(fields["lng"]) < 106.9 and 26.4 < float(fields["lat"]) < 26.7


def test_radio_callsigns_power_and_channels(reqs: list[dict]) -> None:
    """呼号 are B + letter + 8 + suffix; each rig's power is within its class's limit for its band and its own
    maximum; CMIIT IDs are year + two letters + four digits; 对讲 频点 sit on the 12.5 kHz grid."""
    f = "radio-license"
    rigs = {m: (cmiit, top) for m, cmiit, _, top in gen_n.RIGS}
    limits = {"A": (0, 25), "B": (100, 25), "C": (1000, 25)}
    for r in of_family(reqs, f, "station-apply"):
        doc = json_body(r)
        assert re.fullmatch(r"B[ADGHI]8[A-Z]{2,3}", doc["hh"])
        for s in doc["sb"]:
            hf_limit, vhf_limit = limits[doc["lb"]]
            assert 0 < s["gl"] <= min(rigs[s["xh"]][1], hf_limit if s["hf"] else vhf_limit)
            assert rigs[s["xh"]][0] == s["cmiit"]
    for r in of_family(reqs, f, "cmiit-query"):
        assert re.fullmatch(r"20\d{2}[A-Z]{2}\d{4}", query1(r)["cmiit"])
    for r in of_family(reqs, f, "frequency-apply"):
        doc = json_body(r)
        assert all(round(float(p) * 10000) % 125 == 0 for p in doc["pd"]) and uscc_ok(doc["tyxydm"])
    for r in of_family(reqs, f, "exam-signup"):
        assert id_number_ok(json_body(r)["sfzh"])


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 300 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|51|52|53)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 40 and all(uscc_ok(code) for code in codes)
