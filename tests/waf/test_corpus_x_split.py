"""Corpus X (tests/waf/data/gen_cms_corpus_x.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_w_split.py. Nothing here sends X through the WAF: X's
false-positive count is the lead's, after a tuning round on X's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 身份 证号 and 统一 社会 信用 代码 check characters, sex and age read from the 身份 证号, GB/T 2260 codes,
ICD-10 code shapes, 处方 盒 数 from dose × 频次 × 天数 and the 7-day and 12-week limits, ↑/↓ flags and FHIR
interpretations against their reference ranges, BMI and 随访 分类, 免疫 程序 月龄, 查验 补种 lists, 批号
patterns, 网络 直报 hours, densities and indices, 素养 scores, 狂犬病 程序 dates, GB 5749 verdicts, 执业 范围
by 类别, 延续 and 校验 windows, CME totals, 孕周 and 预产期, 五色 分级, D2B and medians, 满意度 scores, fees,
and uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import math
import re
import statistics
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    content_type,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    id_number_ok,
    in_box,
    json_body,
    media_types,
    of_family,
    query1,
    slot_within,
    upload_fields,
    upload_files,
    uscc_ok,
)
from tests.waf.data import gen_cms_corpus_w as gen_w
from tests.waf.data import gen_cms_corpus_x as gen_x

PINNED_HELD_OUT = (
    "medical-record-copy",
    "vaccination-appointment",
    "lab-imaging-report",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("cdc-public-service", "occ-exam-booking"),
    ("cdc-public-service", "rabies-exposure"),
    ("cdc-public-service", "rodent-board"),
    ("emergency-chest-pain", "ambulance-gps"),
    ("emergency-chest-pain", "bed-status"),
    ("family-doctor-followup", "diabetes-followup"),
    ("family-doctor-followup", "medication-checkin"),
    ("health-supervision", "complaint-progress"),
    ("health-supervision", "enforcement-search"),
    ("health-supervision", "permit-query"),
    ("health-supervision", "water-push"),
    ("health-supervision", "water-results"),
    ("infectious-disease-report", "card-audit"),
    ("infectious-disease-report", "guide-page"),
    ("infectious-disease-report", "his-push"),
    ("internet-hospital-rx", "his-rx-precheck"),
    ("internet-hospital-rx", "rx-status-poll"),
    ("internet-hospital-rx", "rx-submit"),
    ("maternal-child-handbook", "booklet-create"),
    ("maternal-child-handbook", "class-signup"),
    ("patient-satisfaction-survey", "inpatient-survey"),
    ("patient-satisfaction-survey", "outpatient-survey"),
    ("practitioner-registration", "cert-upload"),
    ("practitioner-registration", "license-verify"),
}

EARLIER = earlier_generators("w")

corpus, reqs = corpus_fixtures(gen_x)

MOBILE = re.compile(r"1[3-9]\d{9}")
ICD10 = re.compile(r"[A-Z]\d{2}\.[\dx]\d{2}")
HN_BOX = ((110.3, 116.7), (31.3, 36.4))  # 河南's extent: longitude, latitude
GB11714 = (3, 7, 9, 10, 5, 8, 4, 2)
TIMES_A_DAY = {"qd": 1, "qn": 1, "bid": 2, "q12h": 2, "tid": 3, "q8h": 3, "qid": 4, "q6h": 4}
SIG = re.compile(
    r"(?P<dose>1#|[\d.]+(g|mg|μg|吸)) (?P<freq>qd|qn|bid|q12h|tid|q8h|qid|q6h) (?P<route>po|吸入)( prn)?( ac)?"
)
SCHEDULE_2021 = {  # 国家 免疫 规划 疫苗 儿童 免疫 程序 (2021 年版): 月龄 of each 剂次
    "乙肝疫苗": (0, 1, 6),
    "卡介苗": (0,),
    "脊灰灭活疫苗": (2, 3),
    "脊灰减毒活疫苗": (4, 48),
    "百白破疫苗": (3, 4, 5, 18),
    "白破疫苗": (72,),
    "麻腮风疫苗": (8, 18),
    "乙脑减毒活疫苗": (8, 24),
    "A群流脑多糖疫苗": (6, 9),
    "A群C群流脑多糖疫苗": (36, 72),
    "甲肝减毒活疫苗": (18,),
}
BATCH_PATTERNS = {  # the docstring's 批号 patterns, by maker
    "北京生物制品研究所有限责任公司": r"20\d\d(0[1-9]|1[0-2])\d{3}",
    "成都生物制品研究所有限责任公司": r"20\d\d(0[1-9]|1[0-2])[0-3]\d-\d",
    "华兰生物疫苗股份有限公司": r"20\d\d(0[1-9]|1[0-2])\d\d[A-C]",
    "Merck Sharp & Dohme LLC": r"[A-Z]\d{6}",
    "GlaxoSmithKline Biologicals SA": r"A[A-Z]{4}\d{3}[A-Z]{2}",
}
REPORT_HOURS = {"甲类": 2, "乙类": 24, "丙类": 24}
COLOURS = ["绿", "黄", "橙", "红", "紫"]
CME_PROJECT = re.compile(r"20\d\d-\d\d-\d\d-\d{3} \((国|豫)\)")


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M")


def _hn_code(code: str) -> bool:
    """A GB/T 2260 code of 河南 (41xxxx) that the families' 区划 table holds."""
    return bool(re.fullmatch(r"41\d{4}", code)) and code in gen_x.HN


def _hn_id(idno: str) -> bool:
    return id_number_ok(idno) and _hn_code(idno[:6])


def _org_ok(code9: str) -> bool:
    values = [int(ch, 36) for ch in code9[:8]]
    check = 11 - sum(v * w for v, w in zip(values, GB11714, strict=True)) % 11
    return code9[8] == {10: "X", 11: "0"}.get(check, str(check))


def _credit_ok(code: str, kinds: tuple[str, ...] = ("12", "52", "91", "92")) -> bool:
    """A 河南 统一 社会 信用 代码 of one of ``kinds`` whose 组织 机构 代码 part also checks."""
    return uscc_ok(code) and code[:2] in kinds and _hn_code(code[2:8]) and _org_ok(code[8:17])


def _age(idno: str, on: date) -> int:
    born = date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _sex(idno: str) -> str:
    return "男" if int(idno[16]) % 2 else "女"


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    for day in range(d.day, 27, -1):
        try:
            return date(d.year + y, m + 1, day)
        except ValueError:
            continue
    return date(d.year + y, m + 1, d.day)


def _d(x: float | int | str) -> Decimal:
    return Decimal(str(x))


def _physician(code: str, category: int | None = None) -> bool:
    ok = bool(re.fullmatch(r"[12][1-4]\d{13}", code)) and _hn_code(code[2:8])
    return ok and (category is None or int(code[1]) == category)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_x.TUNING_FILE, gen_x.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_x, (130, 143), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-W: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_x, "corpus-x/", PINNED_HELD_OUT, earlier, parts=(884, 702))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_x_shares_no_family_with_a_to_w(reqs: list[dict]) -> None:
    assert [m.__name__.rsplit("_", 1)[1] for m in EARLIER] == list("bcdefghijklmnopqrstuvw")  # B-W, every one
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to X's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_x.check, gen_w.SOURCES["ad-review"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, 小程序 and App requests, FHIR and back-end
    pushes, uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 500 and ctypes["application/json"] >= 700 and ctypes["multipart/form-data"] >= 130
    assert ctypes["application/x-www-form-urlencoded"] >= 60 and ctypes["text/plain"] >= 26
    assert ctypes["application/fhir+json"] >= 13
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "charset", "Cookie", "Origin", "X-App-Id"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 600
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 350
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 100
    assert sum(header(r, "User-Agent").startswith(("Apache-HttpClient/", "Go-http-client/")) for r in reqs) >= 90


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    assert_uploads_decode(reqs, 130, {"application/pdf": ".pdf", "image/jpeg": ".jpg"})


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries the text real users and systems write: 书名号, full-width punctuation and quotes,
    units and symbols, Latin abbreviations and English among the Chinese."""
    bodies = "".join(r.get("body", "") for r in reqs)
    bodies += "".join(v for r in reqs if "body_b64" in r for v in upload_fields(r).values())
    marks = ("《", "》", "、", "（", "）", "“", "”", "：", "；", "℃", "μmol/L", "×10^9/L", "mmHg", "↑", "↓", "μg", "±")
    assert all(mark in bodies for mark in marks)
    assert all(
        word in bodies for word in ("tid", "q8h", "prn", "iv.gtt", "皮试(-)", "阴性(-)", "1:100", "<0.5", ">1000")
    )


# --- the families, checked the way their receiving servers would ------------------------------------


def test_internet_hospital_prescriptions(reqs: list[dict]) -> None:
    """复诊 only; Sig agrees with the dose; 盒 数 are dose × 频次 × 天数 over the pack; 普通 处方 ≤ 7 days and
    长期 处方 ≤ 12 weeks; 审核 follows the submission; dispensing takes two pharmacists; sums add up."""
    f = "internet-hospital-rx"
    for r in of_family(reqs, f, "revisit-questionnaire"):
        d = json_body(r)
        assert d["isRevisit"] and _day(d["firstVisitDate"]) < _moment(d["submitTime"]).date()
        assert ICD10.fullmatch(d["diagnosisCode"]) and _hn_id(d["patientIdNo"])
    for r in of_family(reqs, f, "rx-submit"):
        d = json_body(r)
        p = d["patient"]
        signed = _moment(d["signTime"]).date()
        assert _hn_id(p["idNo"]) and p["sex"] == _sex(p["idNo"]) and p["age"] == _age(p["idNo"], signed)
        assert all(ICD10.fullmatch(x["code"]) for x in d["diagnosis"]) and _physician(d["doctorCode"], 1)
        for line in d["items"]:
            strength, unit, per_pack, *_ = gen_x.DRUGS[line["drugName"]]
            units = Fraction(str(line["unitsPerDose"]))
            sig = SIG.fullmatch(line["sig"])
            assert sig and sig["freq"] == line["freq"] and sig["route"] == line["route"], line["sig"]
            assert sig["dose"] in ("1#", line["dose"]) and (sig["dose"] != "1#" or units == 1)
            assert (" prn" in line["sig"]) == line["prn"]
            if unit != "吸":
                assert Fraction(line["dose"].removesuffix(unit)) == units * Fraction(strength)
            assert line["qty"] == math.ceil(units * TIMES_A_DAY[line["freq"]] * line["days"] / per_pack)
            assert line["days"] <= (84 if d["rxType"] == "长期处方" else 7)
    for r in of_family(reqs, f, "rx-audit-result"):
        d = json_body(r)
        assert _moment(d["auditTime"]) > _moment(d["submitTime"])
        assert (d["result"] == "通过") == (not d["problems"])
    for r in of_family(reqs, f, "his-rx-precheck"):
        d = json_body(r)
        group, (solvent, drug) = d["group"], d["items"]
        per_day = TIMES_A_DAY[group["freq"]]
        assert group["route"] == "iv.gtt" and solvent["qty"] == per_day * group["days"]
        vials = math.ceil(Decimal(drug["dose"].rstrip("mg")) / Decimal(drug["spec"].split("/")[0].rstrip("mg")))
        assert drug["qty"] == vials * per_day * group["days"]
        assert (d["skinTest"] == "皮试(-)") == ("头孢" in drug["drug"])
    for r in of_family(reqs, f, "pharmacy-dispense"):
        d = json_body(r)
        assert d["dispenser"] != d["checker"] and all(x["dispensed"] == x["qty"] > 0 for x in d["items"])
    for r in of_family(reqs, f, "delivery-order"):
        d = json_body(r)
        assert _d(d["total"]) == _d(d["drugFee"]) + _d(d["shipFee"]) and MOBILE.fullmatch(d["mobile"])
        assert d["shipFee"] == 0 if d["drugFee"] >= 99 else d["shipFee"] > 0
    for r in of_family(reqs, f, "consult-message"):
        assert json_body(r)["from"] == "patient"


def test_lab_and_imaging_reports(reqs: list[dict]) -> None:
    """Flags and FHIR interpretations are what the result against its reference range gives; times run
    collect → receive → report; the CT 报告 is 审核 after it is written."""
    f = "lab-imaging-report"
    for r in of_family(reqs, f, "lis-push"):
        d = json_body(r)
        times = [_moment(d[k]) for k in ("collectTime", "receiveTime", "reportTime")]
        assert times == sorted(times) and _credit_ok(d["orgCode"], ("12",)) and _hn_id(d["patient"]["idNo"])
        for item in d["items"]:
            low, high = (Decimal(x) for x in item["ref"].split("-")) if "-" in item["ref"] else (None, None)
            value = item["result"]
            if value.startswith(">"):
                assert item["flag"] == ("↑" if Decimal(value[1:]) > high else "")
            elif value.startswith("<") and low is not None:
                assert item["flag"] == ("↓" if Decimal(value[1:]) <= low else "")
            elif low is not None:
                v = Decimal(value)
                assert item["flag"] == ("↑" if v > high else "↓" if v < low else ""), item
            else:
                assert item["flag"] == ("" if value == item["ref"] else "H")
        blood = {i["code"] for i in d["items"]} & set(gen_x.WHOLE_BLOOD)
        assert bool(blood) == d["specimen"].startswith("全血")
    for r in of_family(reqs, f, "fhir-observation"):
        assert content_type(r) == "application/fhir+json"
        for entry in json_body(r)["entry"]:
            obs = entry["resource"]
            value, rng = obs["valueQuantity"]["value"], obs["referenceRange"][0]
            code = obs["interpretation"][0]["coding"][0]["code"]
            expected = "H" if value > rng["high"]["value"] else "L" if value < rng["low"]["value"] else "N"
            assert code == expected and entry["fullUrl"] == f"urn:uuid:{obs['id']}"
            assert re.fullmatch(r"\d{1,5}-\d", obs["code"]["coding"][0]["code"])
    for r in of_family(reqs, f, "imaging-report"):
        d = json_body(r)
        assert _moment(d["studyTime"]) < _moment(d["reportTime"]) < _moment(d["auditTime"])
        assert d["examName"].endswith("CT 平扫") and len(d["findings"]) >= 30
    for r in of_family(reqs, f, "report-list"):
        q = query1(r)
        assert _day(q["start"]) < _day(q["end"]) and (q["cardNo"].startswith("JZK") or _hn_id(q["cardNo"]))
    for r in of_family(reqs, f, "mutual-recognition-query"):
        d = json_body(r)
        assert _hn_id(d["idNo"]) and _physician(d["doctorCode"], 1) and d["requestOrg"] in gen_x.HOSPITALS
    for shape in ("report-share", "qr-verify"):
        for r in of_family(reqs, f, shape):
            assert "MicroMessenger" in header(r, "User-Agent")


def test_family_doctor_followup(reqs: list[dict]) -> None:
    """服务 包 fit the resident's age and sex; BMI = kg / m²; 随访 分类 and the next date follow the
    control targets; device readings run forward; 依从性 follows the 打卡."""
    f = "family-doctor-followup"
    for r in of_family(reqs, f, "sign-apply"):
        d = json_body(r)
        start = _day(d["startDate"])
        age = _age(d["idNo"], start)
        assert _hn_id(d["idNo"]) and _day(d["endDate"]) == date(start.year + 1, start.month, start.day) - timedelta(1)
        for package in d["packages"]:
            lo, hi, cond = gen_x.PACKAGES[package]
            assert lo <= age <= hi and (cond != "女" or _sex(d["idNo"]) == "女")
            assert cond not in ("高血压", "糖尿病") or cond in d["conditions"]
    for shape, controlled in (
        ("hypertension-followup", lambda d: d["sbp"] < 140 and d["dbp"] < 90),
        ("diabetes-followup", lambda d: d["fbg"] < 7.0),
    ):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            m = Decimal(d["height"]) / 100
            assert _d(d["bmi"]) == (_d(d["weight"]) / (m * m)).quantize(Decimal("0.1"))
            ok = controlled(d)
            assert d["category"] == ("控制满意" if ok else "控制不满意")
            assert (_day(d["nextVisit"]) - _day(d["visitDate"])).days == (90 if ok else 14)
            assert _hn_id(d["idNo"]) and header(r, "X-App-Id") == gen_x.FD_APP[0]
    for r in of_family(reqs, f, "bp-device-push"):
        d = json_body(r)
        times = [_moment(x["t"]) for x in d["readings"]]
        assert times == sorted(times) and all(x["sbp"] > x["dbp"] for x in d["readings"])
    for r in of_family(reqs, f, "medication-checkin"):
        d = json_body(r)
        done = [x["done"] for x in d["taken"]]
        assert d["adherence"] == ("规律" if all(done) else "不服药" if not any(done) else "间断")
    for r in of_family(reqs, f, "checkup-booking"):
        d = json_body(r)
        day = _day(d["date"])
        assert day.weekday() < 5 and _age(d["idNo"], day) >= 65 and slot_within(d["slot"], "07:30", "10:30")
    for r in of_family(reqs, f, "contract-renew"):
        assert MOBILE.fullmatch(form_fields(r)["mobile"])


def test_vaccination(reqs: list[dict]) -> None:
    """Bookings come at or after the 免疫 程序's 月龄 on a day the 门诊 opens; 9价 HPV is for women of 9-45;
    查验 lists every due dose as done or 补种; 批号 follow their maker's pattern; reactions follow the dose."""
    f = "vaccination-appointment"
    for r in of_family(reqs, f, "child-booking"):
        d = json_body(r)
        born, day = _day(d["birthDate"]), _day(d["date"])
        months = SCHEDULE_2021[d["vaccine"]]
        assert 1 <= d["doseNo"] <= len(months) and _add_months(born, months[d["doseNo"] - 1]) <= day
        assert day.weekday() != 0 and slot_within(d["slot"], "08:00", "17:00")
        assert re.fullmatch(r"\d{16}", d["certNo"]) and _hn_code(d["certNo"][:6]) and d["certNo"][6:10] == f"{born:%Y}"
    for r in of_family(reqs, f, "hpv-register"):
        d = json_body(r)
        on = _day(d["registerDate"])
        assert _hn_id(d["idNo"]) and _sex(d["idNo"]) == "女" and 9 <= _age(d["idNo"], on) == d["age"] <= 45
    for r in of_family(reqs, f, "school-check-cert"):
        d = json_body(r)
        born, on = _day(d["birthDate"]), _day(d["checkDate"])
        due = {(v, i + 1) for v, ms in SCHEDULE_2021.items() for i, m in enumerate(ms) if _add_months(born, m) <= on}
        done = {(x["vaccine"], x["doseNo"]) for x in d["done"]}
        missing = {(x["vaccine"], x["doseNo"]) for x in d["missing"]}
        assert done | missing == due and not done & missing
    for r in of_family(reqs, f, "batch-lookup"):
        q = query1(r)
        assert re.fullmatch(BATCH_PATTERNS[q["qymc"]], q["ph"]) and q["ym"] in gen_x.MAKERS[q["qymc"]][0]
    for r in of_family(reqs, f, "reaction-report"):
        d = json_body(r)
        assert re.fullmatch(BATCH_PATTERNS[d["maker"]], d["batchNo"]) and d["vaccine"] in gen_x.MAKERS[d["maker"]][0]
        assert _moment(d["onsetAt"]) > _moment(d["vaccinatedAt"]) and 37.0 <= d["maxTemp"] <= 39.5
    for r in of_family(reqs, f, "checkin-qr"):
        assert "MicroMessenger" in header(r, "User-Agent")


def test_infectious_disease_reports(reqs: list[dict]) -> None:
    """发病 ≤ 诊断 ≤ 报告 within the 2- or 24-hour limit; ICD-10 codes and 分类 are the disease's; children
    carry a parent's name; 订正 and 审核 follow; 晨午检 counts add up."""
    f = "infectious-disease-report"
    for r in of_family(reqs, f, "card-submit"):
        d = json_body(r)
        cls, icd, _child = gen_x.DISEASES[d["disease"]]
        onset, diagnosed, reported = _day(d["onsetDate"]), _moment(d["diagnosisTime"]), _moment(d["reportTime"])
        assert onset <= diagnosed.date() and diagnosed <= reported <= diagnosed + timedelta(hours=REPORT_HOURS[cls])
        assert (d["diseaseClass"], d["icd10"]) == (cls, icd) and ICD10.fullmatch(d["icd10"])
        assert _hn_id(d["idNo"]) and d["sex"] == _sex(d["idNo"]) and d["age"] == _age(d["idNo"], onset)
        assert bool(d["parentName"]) == (d["age"] < 14) and d["cardNo"][:6] == d["idNo"][:6]
        assert d["cardNo"][6:14] == f"{reported:%Y%m%d}"
    for r in of_family(reqs, f, "card-revise"):
        d = json_body(r)
        assert gen_x.DISEASES[d["disease"]][1] == d["icd10"] and _hn_code(d["cardNo"][:6])
    for r in of_family(reqs, f, "duplicate-check"):
        q = query1(r)
        assert _hn_id(q["idNo"]) and ICD10.fullmatch(q["icd10"])
    for r in of_family(reqs, f, "card-list"):
        d = form_fields(r)
        assert _day(d["startDate"]) < _day(d["endDate"]) and _hn_code(d["region"])
    for r in of_family(reqs, f, "card-audit"):
        d = json_body(r)
        assert _moment(d["auditTime"]) > _moment(d["reportTime"])
    for r in of_family(reqs, f, "his-push"):
        d = json_body(r)
        assert ICD10.fullmatch(d["icd10"]) and _credit_ok(d["orgCode"], ("12",)) and _physician(d["doctorCode"], 1)
    for r in of_family(reqs, f, "school-symptom-report"):
        d = json_body(r)
        s = d["symptoms"]
        assert d["present"] + d["absent"] == d["due"] and 0 <= d["absentIll"] <= d["absent"]
        assert s["fever"] + s["cough"] <= d["absentIll"] and s["rash"] <= d["absentIll"]
        assert _day(d["date"]).weekday() < 5


def test_cdc_public_services(reqs: list[dict]) -> None:
    """职业 危害 因素 are GBZ 188's; densities and indices recompute; 素养 scores and the 80% line; 狂犬病
    程序 dates follow the 接种 day; Ⅲ 级 gets 被动 免疫."""
    f = "cdc-public-service"
    factors = {x for xs in gen_x.HAZARD_FACTORS.values() for x in xs}
    for r in of_family(reqs, f, "occ-exam-booking"):
        d = json_body(r)
        assert (
            d["total"] == len(d["workers"]) and _credit_ok(d["uscc"], ("91",)) and d["checkKind"] in gen_x.CHECK_KINDS
        )
        assert all(set(w["factors"]) <= factors and _age(w["idNo"], _day(d["date"])) >= 18 for w in d["workers"])
    for r in of_family(reqs, f, "mosquito-lamp"):
        d = json_body(r)
        assert d["total"] == sum(d["species"].values())
        assert _d(d["density"]) == (Decimal(d["total"]) / (d["lamps"] * d["nights"])).quantize(Decimal("0.01"))
    for r in of_family(reqs, f, "breteau-index"):
        d = json_body(r)
        assert d["positive"] <= d["containers"]
        assert _d(d["bi"]) == (Decimal(d["positive"] * 100) / d["households"]).quantize(Decimal("0.1"))
        assert _d(d["ci"]) == (Decimal(d["positive"] * 100) / d["containers"]).quantize(Decimal("0.1"))
    for r in of_family(reqs, f, "rodent-board"):
        d = form_fields(r)
        assert Decimal(d["density"]) == (Decimal(int(d["caught"]) * 100) / int(d["validBoards"])).quantize(
            Decimal("0.01")
        )
    for r in of_family(reqs, f, "literacy-survey"):
        d = json_body(r)
        key = {no: (points, right) for no, _kind, points, right in gen_x.LITERACY}
        assert d["score"] == sum(p for no, (p, right) in key.items() if d["answers"].get(no) == right)
        assert d["total"] == sum(p for p, _r in key.values()) and d["literate"] == (d["score"] >= 0.8 * d["total"])
    for r in of_family(reqs, f, "rabies-exposure"):
        d = json_body(r)
        doses = [_day(x) for x in d["doses"]]
        offsets = {"5针法": (0, 3, 7, 14, 28), "2-1-1": (0, 0, 7, 21)}[d["program"]]
        assert [(x - doses[0]).days for x in doses] == list(offsets)
        assert 0 <= (doses[0] - _moment(d["exposedAt"]).date()).days <= 1
        assert bool(d["passiveImmunization"]) == (d["grade"] == "Ⅲ级") and _hn_id(d["idNo"])
    for r in of_family(reqs, f, "read-beacon"):
        assert content_type(r).startswith("text/plain") and 0 < json_body(r)["scroll"] <= 100


def test_health_supervision(reqs: list[dict]) -> None:
    """GB 5749-2022 verdicts follow the limits; 许可证 号 have their format; complaints are long text with
    photos; date ranges run forward."""
    f = "health-supervision"
    limits = {
        "菌落总数": ("max", "100"),
        "砷": ("max", "0.01"),
        "铅": ("max", "0.01"),
        "氟化物": ("max", "1.0"),
        "硝酸盐（以N计）": ("max", "10"),
        "三氯甲烷": ("max", "0.06"),
        "浑浊度": ("max", "1"),
        "总硬度（以CaCO3计）": ("max", "450"),
        "高锰酸盐指数（以O2计）": ("max", "3"),
        "游离氯（末梢水）": ("min", "0.05"),
        "pH": ("range", "6.5-8.5"),
    }
    for r in of_family(reqs, f, "water-push"):
        d = json_body(r)
        for x in d["results"]:
            if x["item"] in ("总大肠菌群", "大肠埃希氏菌"):
                ok = x["value"] == "未检出"
            else:
                kind, limit = limits[x["item"]]
                v = Decimal(x["value"].lstrip("<"))
                lo, _, hi = limit.partition("-")
                ok = (
                    v <= Decimal(limit)
                    if kind == "max"
                    else v >= Decimal(limit)
                    if kind == "min"
                    else (Decimal(lo) <= v <= Decimal(hi))
                )
            assert x["ok"] == ok, x
        assert d["verdict"] == ("合格" if all(x["ok"] for x in d["results"]) else "不合格") and _hn_code(
            d["pointCode"][:6]
        )
    for r in of_family(reqs, f, "permit-query"):
        q = query1(r)
        if "xkzh" in q:
            m = re.fullmatch(r"豫卫公证字（20\d\d）第(\d{6})\d{6}号", q["xkzh"])
            assert m and _hn_code(m.group(1))
    for r in of_family(reqs, f, "permit-apply"):
        d = upload_fields(r)
        assert _credit_ok(d["uscc"], ("91",)) and d["promise"] == "1" and d["address"].startswith("河南省")
        assert {p["type"] for p in upload_files(r)} == {"image/jpeg", "application/pdf"}
    for r in of_family(reqs, f, "cosmetic-complaint"):
        d = upload_fields(r)
        assert len(d["content"]) >= 80 and MOBILE.fullmatch(d["mobile"]) and _hn_id(d["idNo"])
        assert any(p["type"] == "image/jpeg" for p in upload_files(r))
    for r in of_family(reqs, f, "enforcement-search"):
        d = form_fields(r)
        assert _day(d["startDate"]) < _day(d["endDate"])
        assert d["wh"] == "" or re.fullmatch(r"郑卫[医公水]罚〔20\d\d〕\d{1,3}号", d["wh"])
    for r in of_family(reqs, f, "tip-off"):
        d = json_body(r)
        assert in_box(HN_BOX, d["lng"], d["lat"]) and "MiniProgramEnv" in header(r, "User-Agent")


def test_practitioner_registration(reqs: list[dict]) -> None:
    """医师 执业 证书 编码 carry their 类别, and 范围 belong to it; 多 机构 备案 names distinct institutions;
    护士 延续 comes 30 days or more before the 5-year expiry; 校验 期 by beds; CME totals and the rule."""
    f = "practitioner-registration"
    for r in of_family(reqs, f, "physician-change"):
        d = json_body(r)
        category = next(k for k, (name, _s) in gen_x.SCOPES.items() if name == d["category"])
        assert _physician(d["certCode"], category) and set(d["scopes"]) <= set(gen_x.SCOPES[category][1])
        assert _credit_ok(d["newOrgUscc"], ("12",)) and _hn_id(d["idNo"])
    for r in of_family(reqs, f, "multi-site-filing"):
        d = json_body(r)
        names = [d["mainOrg"], *(o["name"] for o in d["otherOrgs"])]
        assert len(set(names)) == len(names) >= 2 and d["scope"] in gen_x.SCOPES[int(d["certCode"][1])][1]
    for r in of_family(reqs, f, "nurse-renew"):
        d = upload_fields(r)
        start, end, applied = (_day(d[k]) for k in ("validFrom", "validUntil", "applyDate"))
        assert end == date(start.year + 5, start.month, start.day) and (end - applied).days >= 30
        assert re.fullmatch(r"20\d\d41\d{6}", d["certNo"]) and d["certNo"][:4] == f"{start:%Y}" and _hn_id(d["idNo"])
        assert [p["type"] for p in upload_files(r)] == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "institution-validate"):
        d = json_body(r)
        period = 3 if d["beds"] >= 100 else 1
        due, last = _day(d["dueDate"]), _day(d["lastValidated"])
        assert d["periodYears"] == period and due == date(last.year + period, last.month, last.day)
        assert 0 < (due - _day(d["applyDate"])).days <= 92
        assert _credit_ok(d["uscc"], ("12",) if d["beds"] >= 100 else ("52", "92"))
    for r in of_family(reqs, f, "cme-register"):
        d = json_body(r)
        first = sum(i["credits"] for i in d["items"] if i["class"] == "Ⅰ类")
        assert d["classI"] == first and d["total"] == sum(i["credits"] for i in d["items"])
        assert d["qualified"] == (d["total"] >= 25 and first >= 5)
        assert all(
            CME_PROJECT.fullmatch(i["project"]) and i["project"][:4] == str(d["year"])
            for i in d["items"]
            if i["class"] == "Ⅰ类"
        )
    for r in of_family(reqs, f, "license-verify"):
        q = query1(r)
        assert q.get("jgmc") or _credit_ok(q["tyxydm"], ("12",))


def test_maternal_child_handbook(reqs: list[dict]) -> None:
    """预产期 = LMP + 280 days; 孕周 is weeks+days since the LMP; 建册 before 13 weeks; G ≥ P + 1; the 五色
    result is the highest factor's; 体检 at the 月龄 nodes; 胎动 × 4."""
    f = "maternal-child-handbook"

    def ga(lmp: date, on: date) -> str:
        return f"{(on - lmp).days // 7}+{(on - lmp).days % 7}"

    for r in of_family(reqs, f, "booklet-create"):
        d = json_body(r)
        lmp, created = _day(d["lmp"]), _day(d["createDate"])
        assert _day(d["edc"]) == lmp + timedelta(days=280) and d["gestAge"] == ga(lmp, created)
        assert (created - lmp).days < 13 * 7 and d["para"] < d["gravida"]
        assert _sex(d["idNo"]) == "女" and d["age"] == _age(d["idNo"], created) and _sex(d["husband"]["idNo"]) == "男"
    for r in of_family(reqs, f, "prenatal-visit"):
        d = json_body(r)
        assert d["gestAge"] == ga(_day(d["lmp"]), _day(d["visitDate"]))
        assert d["fetalHeart"] is None or 110 <= d["fetalHeart"] <= 160
    for r in of_family(reqs, f, "risk-assessment"):
        d = json_body(r)
        colours = [gen_x.RISK_FACTORS[x] for x in d["factors"]]
        assert d["colour"] == max(colours, key=COLOURS.index, default="绿")
    for r in of_family(reqs, f, "child-checkup"):
        d = json_body(r)
        node_day = _add_months(_day(d["birthDate"]), d["monthAge"])
        assert d["monthAge"] in gen_x.CHECKUP_MONTHS and abs((_day(d["checkDate"]) - node_day).days) <= 31
    for r in of_family(reqs, f, "folic-acid"):
        d = json_body(r)
        assert d["bottles"] == d["months"] <= 3 and _sex(d["idNo"]) == "女"
    for r in of_family(reqs, f, "fetal-movement"):
        d = json_body(r)
        total = (d["morning"] + d["noon"] + d["evening"]) * 4
        assert d["estimate12h"] == total and d["normal"] == (total >= 30)


def test_emergency_and_chest_pain(reqs: list[dict]) -> None:
    """Times run in order and D2B = 导丝 通过 − 入门; the first ECG is within 10 minutes of FMC; GPS points
    run forward in 河南; fees and 质控 figures recompute."""
    f = "emergency-chest-pain"
    order = ("onset", "call120", "fmc", "firstEcg", "door", "cathLabActivated", "wirePassed")
    for r in of_family(reqs, f, "cpc-case"):
        d = json_body(r)
        t = {k: _moment(d["times"][k]) for k in order}
        assert [t[k] for k in order] == sorted(t.values()) and t["firstEcg"] - t["fmc"] <= timedelta(minutes=10)
        d2b = (t["wirePassed"] - t["door"]).total_seconds() / 60
        assert d["d2b"] == d2b and d["fmc2b"] == (t["wirePassed"] - t["fmc"]).total_seconds() / 60
        assert d["d2bMet"] == (d2b <= 90) and d["diagnosis"][0].startswith("I21")
        assert d["patient"]["sex"] == _sex(d["patient"]["idNo"])
    for r in of_family(reqs, f, "dispatch-call"):
        d = json_body(r)
        assert _moment(d["callTime"]) < _moment(d["acceptTime"]) < _moment(d["dispatchTime"])
    for r in of_family(reqs, f, "ambulance-gps"):
        d = json_body(r)
        times = [_moment(p["t"]) for p in d["points"]]
        assert times == sorted(times) and len(set(times)) == len(times)
        assert all(in_box(HN_BOX, p["lng"], p["lat"]) for p in d["points"])
    for r in of_family(reqs, f, "prehospital-ecg"):
        d = upload_fields(r)
        assert timedelta(0) < _moment(d["ecgTime"]) - _moment(d["fmcTime"]) <= timedelta(minutes=10)
        assert header(r, "User-Agent").startswith("okhttp/")
    for r in of_family(reqs, f, "node-update"):
        d = json_body(r)
        assert _moment(d["time"]) > _moment(d["previousTime"]) and order.index(d["node"]) > order.index(
            d["previousNode"]
        )
    for r in of_family(reqs, f, "fee-invoice"):
        d = json_body(r)
        lines = {x["item"]: x for x in d["lines"]}
        assert _d(lines["里程费"]["amount"]) == max(_d(lines["里程费"]["km"]) - 3, Decimal(0)) * 5
        assert _d(d["total"]) == sum(_d(x["amount"]) for x in d["lines"]) and _d(lines["起步费"]["amount"]) == 50
    for r in of_family(reqs, f, "quality-monthly"):
        d = json_body(r)
        met = sum(x <= 90 for x in d["d2bList"])
        assert d["ppciCases"] == len(d["d2bList"]) <= d["stemiCases"] and d["d2bMet"] == met
        assert d["d2bMedian"] == statistics.median(d["d2bList"]) and d["d2bRate"] == round(
            met * 100 / len(d["d2bList"]), 1
        )


def test_patient_satisfaction(reqs: list[dict]) -> None:
    """Scores are Σ / 5n × 100; 入院 ≤ 出院 ≤ 调查; stars 1-5; complaints are long text with an attachment."""
    f = "patient-satisfaction-survey"
    for shape in ("outpatient-survey", "inpatient-survey", "staff-survey"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            answers = d["answers"]
            assert all(1 <= v <= 5 for v in answers.values())
            assert _d(d["score"]) == (Decimal(sum(answers.values()) * 100) / (5 * len(answers))).quantize(
                Decimal("0.1")
            )
    for r in of_family(reqs, f, "inpatient-survey"):
        d = json_body(r)
        assert _day(d["admitDate"]) < _day(d["dischargeDate"]) < _day(d["surveyDate"])
    for r in of_family(reqs, f, "star-review"):
        d = json_body(r)
        assert 1 <= d["stars"] <= 5 and (d["stars"] < 4 or set(d["tags"]) <= set(gen_x.TAGS[:5]))
    for r in of_family(reqs, f, "complaint"):
        d = upload_fields(r)
        assert len(d["content"]) >= 60 and MOBILE.fullmatch(d["mobile"]) and len(upload_files(r)) == 1
    for r in of_family(reqs, f, "survey-beacon"):
        assert content_type(r).startswith("text/plain")
    for r in of_family(reqs, f, "survey-entry"):
        assert query1(r)["src"] == "qrcode" and "MicroMessenger" in header(r, "User-Agent")


def test_medical_record_copy(reqs: list[dict]) -> None:
    """入院 ≤ 出院; 本人 sends both sides of the ID, a 代理人 also the 委托书; fees = pages × 单价 + 邮费;
    领取 on an open day within window hours."""
    f = "medical-record-copy"
    for shape, types in (
        ("self-apply", ["image/jpeg", "image/jpeg"]),
        ("agent-apply", ["image/jpeg", "image/jpeg", "application/pdf"]),
    ):
        for r in of_family(reqs, f, shape):
            d = upload_fields(r)
            assert _day(d["admitDate"]) < _day(d["dischargeDate"]) and set(d["parts"].split(",")) <= set(
                gen_x.COPY_PARTS
            )
            assert [p["type"] for p in upload_files(r)] == types
            assert all(_hn_id(d[k]) for k in ("idNo", "patientIdNo", "agentIdNo") if k in d)
    for r in of_family(reqs, f, "fee-calc"):
        d = json_body(r)
        postage = Decimal(15) if d["delivery"] == "邮寄" else Decimal(0)
        assert _d(d["postage"]) == postage and _d(d["total"]) == _d(d["pricePerPage"]) * d["pages"] + postage
    for r in of_family(reqs, f, "pickup-booking"):
        d = json_body(r)
        assert _day(d["date"]).weekday() < 5 and slot_within(d["slot"], "08:30", "17:00")
    for r in of_family(reqs, f, "express-track"):
        assert re.fullmatch(r"SF\d{13}", query1(r)["num"])
    for r in of_family(reqs, f, "inpatient-lookup"):
        assert _hn_id(query1(r)["idNo"])
    for r in of_family(reqs, f, "address-save"):
        d = json_body(r)
        assert _hn_code(d["region"]) and MOBILE.fullmatch(d["mobile"])
