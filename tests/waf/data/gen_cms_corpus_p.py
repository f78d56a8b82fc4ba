"""Generate corpus P: a SIXTEENTH set of ordinary requests to Chinese government sites, independent of A-O.

    python tests/waf/data/gen_cms_corpus_p.py   # writes cms_p_tuning.jsonl and cms_p_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
P measures the WAF's false positives on traffic no tuning round has seen. A-O cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, gateways,
registries, devices, 部门 business systems, public services and, in O, services whose users paste logs, code and
structured documents. Corpus P goes on with services whose REAL traffic carries structured or technical content
written or pasted by users or sent by real client software: 科学数据 汇交 (DataCite XML, CSV headers with units,
DOI and CSTR identifiers, expert search syntax); 计算机软件 著作权 登记 (程序 鉴别 材料 PDFs of source code,
技术 特点 prose with versions and paths); 集成电路 布图设计 登记 (GDSII stream uploads, 结构/技术/功能 codes);
地理标志 保护 (保护 范围 in 度分秒 with primes, 质量 技术 要求 with ≤ ≥ and units, GeoJSON ranges); 联网 审计
数据 报送 (GB/T 24589 会计 核算 数据 接口 XML vouchers that balance, XBRL 财务 报表, 用友/金蝶 数据 字典);
工程量 清单 计价 (GB 50500 清单 XML, 计算式 such as 1.2*(18.6+24.3)*2, 材料 信息价 like HRB400E Φ12); 社会
消防 技术 服务 (维保 检测 数据 with MPa and m/s, 控制器 event logs, 点位 coordinates); 危险货物 道路 运输 电子
运单 (UN numbers, JT/T 617 正式 运输 名称 with commas and brackets, 技术 名称 with primes); 危险化学品 登记 (CAS
numbers with check digits, GHS H/P statements H301+H311+H331, 爆炸 极限 1.2%~7.0%(V/V)); 职业技能 等级 认定
题库 (C, Python, Java and SQL code in 题干, CSV imports); 政务 小程序 开发者 社区 (markdown posts with code
blocks, stack traces, curl commands and JSON); and 地震 科学 数据 (FDSN web services from ObsPy, POST
dataselect selections, 有感 上报). ``SOURCES`` names the public material each family's URLs, parameters,
headers and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder the
evaluation replaces. Where the services check something (统一社会信用代码 and 公民身份号码 check characters, CAS
and ORCID check characters, MD5 digests of uploaded files, vouchers whose 借 equals 贷, 资产 = 负债 + 权益, 合价
= 工程量 × 综合单价, 计算式 that give their 工程量, scores that sum to 100) the generator does it for real, so the
fast tests can check the requests the way the receiving servers would. Nothing here is an attack: every value
is what the real service really receives.

Each request is one JSONL record as in corpora A-O (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-p/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on P was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-p/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-p/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import csv
import io
import struct
import sys
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_o as corpus_o
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import (  # E's encoders and client constants
    JQ_ACCEPT,
    JQ_FORM,
    JSON_CT,
    axios,
    jq,
    js_json,
    qs,
)
from tests.waf.data.gen_cms_corpus_f import DISTRICT_NAMES, DISTRICTS, company, pdf_head, png, uscc  # F
from tests.waf.data.gen_cms_corpus_k import lnglat, money  # K's values
from tests.waf.data.gen_cms_corpus_l import bearer, miniprogram  # L's clients
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web, ymd  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import JAVA_UAS, service  # N's back-end clients
from tests.waf.data.gen_cms_corpus_o import PY_UAS, XML_CT, client, md5_hex, orcid, zip_bytes  # O's

TUNING_FILE, HELD_OUT_FILE = part_files("p")
SEED = 20281019
SALT = "corpus-p/"

SOURCES = {
    "sci-data-center": "《科学数据管理办法》(国办发〔2018〕17号) and 国家科学数据中心 数据 汇交/共享 平台 (ScienceDB "
    "scidb.cn style: 数据集 草稿 with title/description/keywords/authors with ORCID/license CC BY 4.0/funding "
    '国家自然科学基金 批准号, DataCite Metadata Schema 4.4 XML (identifier identifierType="DOI", creators, '
    "nameIdentifier schemeURI https://orcid.org/, subjects, dates dateType, geoLocationBox), GB/T 32843-2016 科技 "
    "资源 标识 CSTR 31253.11.*, DOI 10.11922/sciencedb.*, 数据 文件 CSV uploads with unit headers (Cd(mg/kg), "
    '深度(cm)) and MD5, 文件 清单, 高级 检索 title:"…" AND keywords:(…) publishYear:[a TO b], 引用 导出 '
    "GB/T 7714-2015, 数据 申请)",
    "software-copyright": "中国版权保护中心 著作权 登记 系统 (register.ccopyright.com.cn) 计算机软件著作权 登记 "
    "申请表 (《计算机软件著作权登记办法》: 软件 全称 and 版本号, 开发 完成 日期, 首次 发表 日期, 开发 方式, 权利 取得 "
    "方式, 权利 范围, 著作权人 with 统一社会信用代码; 软件 功能 和 技术 特点: 开发/运行 硬件 环境, 操作系统, 开发 环境/"
    "工具, 编程 语言, 源程序量, 主要 功能, 技术 特点), 程序 鉴别 材料 (源程序 前后 各 连续 30 页, 每页 不少于 50 行, "
    "页眉 软件 名称 + 版本号) and 文档 鉴别 材料 uploads, 补正 回复, 办理 进度 by 流水号, 登记 公告 查询 by 登记号 "
    "2027SR…",
    "ic-layout-design": "《集成电路布图设计保护条例》 and 实施细则, 国家知识产权局 集成电路布图设计 电子 申请 (登记 "
    "申请表: 布图设计 名称, 权利人, 创作 完成 日, 首次 商业 利用 日, 结构 Bipolar/MOS/Bi-MOS/光电, 技术 TTL/ECL/"
    "CMOS/NMOS/BiCMOS/SOI, 功能 逻辑/存储/微型计算机/线性; 复制件 或 图样 uploads; GDSII Stream Format (Calma "
    "GDSII Stream Format Manual release 6.0: HEADER 600, BGNLIB, LIBNAME, UNITS excess-64 reals, BGNSTR, "
    "STRNAME, BOUNDARY, LAYER, DATATYPE, XY, ENDEL, ENDSTR, ENDLIB) 电子 文件; 样品 说明 (封装 QFN-32 "
    "(5mm×5mm)); 结构 技术 功能 简要 说明; 公告 检索 by 登记号 BS.…; 费用 and 通知书)",
    "geographical-indication": "国家知识产权局 《地理标志产品保护办法》 (2024) and 《地理标志专用标志使用管理办法"
    "（试行）》: 地理标志 产品 保护 申请 (产品 名称, 申请 机构, 保护 范围 乡镇 list and 地理 坐标 东经106°56′—"
    "107°46′，北纬25°52′—26°29′, 面积 km²), 质量 技术 要求 (海拔 m, 土壤 pH 4.5~6.5, 理化 指标 水分 ≤ 7.0%, 水浸出物 "
    "≥ 38.0%), 专用标志 使用 核准 申请 (企业 and 统一社会信用代码, 年 产量 t), 保护 范围 GeoJSON, 检验 报告 PDF "
    "uploads, 产品 目录 and 使用 企业 名录 查询",
    "audit-data-report": "联网 审计 and 审计署 《审计数据采集规范》 as 被审计 单位 报送 systems receive it: GB/T "
    "24589.1-2010 财经信息技术 会计核算软件数据接口 第1部分：企业 (电子账簿, 会计科目 with 科目编号/科目级次/余额方向, "
    "记账凭证 with 分录 借方金额/贷方金额 that balance), 财政部 《企业会计准则通用分类标准》 XBRL instances (xbrli:"
    "context, unit iso4217:CNY, decimals, cas:Assets/Liabilities/Equity), 账套 zip uploads with MD5, 数据 字典 (用友 "
    "U8 GL_accvouch iperiod/csign/ino_id/ccode/md/mc, 金蝶 t_Voucher), 校验 公式 不平 说明, 科目 对照, 报送 回执",
    "bill-of-quantities": "GB 50500-2013 《建设工程工程量清单计价规范》, GB 50854-2013 房屋建筑与装饰工程工程量计算"
    "规范 (12 位 项目编码 010101001001, 项目 特征 1.土壤类别：三类土 lines, 计量单位 m³/m²/t, 工程量, 综合单价, 合价), "
    "省 建设工程 造价 管理 站 电子 招投标 数据 交换 (招标 清单 XML, 招标控制价 备案, 工程量 计算式 1.2*(18.6+24.3)*2, "
    "清标 不平衡 报价 分析 ±15%, 材料 信息价 HRB400E Φ12 / C30 商品混凝土 / P·O 42.5 水泥, 答疑 问题, 造价 文件 "
    "uploads)",
    "fire-tech-service": "应急管理部 消防救援局 社会消防技术服务信息系统 and 《社会消防技术服务管理规定》 (应急管理部"
    "令第7号), GB 25201-2010 建筑消防设施的维护管理 and XF 503-2004 建筑消防设施检测技术规程 (维保 记录: 末端试水 压力 "
    "MPa, 消火栓 静压, 正压送风 风速 m/s, 火灾报警控制器 主备电 "
    "切换; 检测 报告 PDF; 项目 备案 with 建筑 面积 m², 高度, "
    "耐火 等级 and 坐标; 设施 点位; 控制器 事件 记录 export; 公众聚集场所 投入使用营业前 消防安全检查 告知承诺; 报告 "
    "真伪 查询)",
    "hazmat-waybill": "交通运输部 《危险货物道路运输安全管理办法》 (2019), JT/T 617-2018 危险货物道路运输规则 (危险 "
    "货物 一览表: UN 编号, 正式 运输 名称 such as 易燃液体，未另作规定的 "
    "with 技术 名称 in brackets, 类别 and 包装 类别), "
    "省 危险货物 道路 运输 电子 运单 系统 as TMS clients call "
    "it (运单 with 托运人 统一社会信用代码, 承运人 经营 许可证 "
    "黔交运管许可危字…, 车辆 and 挂车 号牌, 驾驶员/押运员 从业 资格证, 装货 确认 ≤ 核定 载质量, 卸货 回执, 在途 位置, "
    "安全卡 PDF), 一览表 检索, 车辆 资质 查询",
    "hazchem-registration": "应急管理部 化学品登记中心 危险化学品 登记 信息 管理 系统 and 《危险化学品登记管理办法》 "
    "(国家安全监管总局令第53号), 《危险化学品目录（2015版）》 序号, GB 30000.2~.29-2013 GHS 分类 (易燃液体，类别2), "
    "H/P 说明 (H225, H301+H311+H331, P210, P303+P361+P353), GB/T 16483-2008 SDS 16 部分 and GB 15258-2009 安全 "
    "标签, CAS 登记号 with check digit, 理化 特性 (闪点 -18 "
    "℃（闭杯）, 爆炸 极限 1.2%~7.0%(V/V), LD50 mg/kg（大鼠经口）), "
    "SDS PDF uploads, 登记证 查询, 24 小时 应急 咨询 电话",
    "skill-exam-itembank": "人力资源社会保障部 职业技能等级认定 and 国家职业技能标准 (计算机程序设计员 4-04-05-01, "
    "人工智能训练师 4-04-05-05) 题库 开发 and 命题 管理 系统: 试题 with 题型 单选/多选/判断/程序填空/程序改错, 题干 "
    "with C, Python, Java and SQL code as the bank stores it, 选项, 答案, 解析, 鉴定点 代码 and 难度; 题库 CSV 导入; "
    "审题 意见; 组卷 规则 (分值 sum 100); 程序题 样例 运行 (code, stdin, expected output); 鉴定 要素 细目表; 试题 检索",
    "miniapp-dev-forum": "省 移动 政务 服务 平台 (政务 App/小程序 统一 入口) 开发者 中心 and 工单, as 微信 开放社区 "
    "(developers.weixin.qq.com/community: 帖子 title, markdown content with ``` code blocks, 基础库 版本, 代码片段 "
    "https://developers.weixin.qq.com/s/…, tags) and 支付宝 开放平台 工单 shape them: errcode/errmsg JSON, "
    "TypeError stack traces at pages/…/index.js:42, curl -X POST commands with -H and -d, 接入 申请 (appid, 事项 "
    "编码, 回调 域名, IP 白名单), 在线 调试 工具 requests, 文档 检索, 附件 and 评价",
    "seismic-fdsn": "FDSN Web Service Specifications 1.2 (fdsnws-event 1 query: starttime, endtime, minlatitude, "
    "maxlatitude, minlongitude, maxlongitude, latitude, longitude, maxradius, mindepth, minmagnitude, orderby, "
    "format xml/text, limit; fdsnws-station 1: network, station, location, channel BH?, level; fdsnws-dataselect "
    "1 POST selection lines NET STA LOC CHA START END with quality=/minimumlength=) as ObsPy's FDSN client sends "
    "them (User-Agent ObsPy/1.4.x (platform, Python x)), 国家地震科学数据中心 (data.earthquake.cn) 数据 申请 and "
    "中国地震台网 有感 上报 (位置, 楼层, 感受 程度, 烈度 Ⅲ~Ⅵ)",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: O's (and so N's, M's, L's, J's, I's, H's, G's and F's), recording P's sources ------------


class Corpus(corpus_o.Corpus):
    """O's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with P's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

CSV_CT = "text/csv"
OCTET = "application/octet-stream"


def py_multipart(c: Corpus, parts: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[str, bytes]:
    """(Content-Type, body) as python-requests (urllib3 encode_multipart_formdata) writes files=/data=."""
    boundary = c.hexs(16)
    out = b""
    for name, value in parts:
        if isinstance(value, str):
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        else:
            fname, ctype, content = value
            out += (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
                    f"Content-Type: {ctype}\r\n\r\n"
                ).encode()
                + content
                + b"\r\n"
            )
    out += f"--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", out


def cas_with_check(body: str) -> str:
    """A CAS Registry Number from its digits before the check digit (weights 1, 2, 3 … from the right)."""
    digits = body[::-1]
    check = sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10
    return f"{body[:-2]}-{body[-2:]}-{check}"


def pdf_doc(title: str, pages: list[list[str]]) -> bytes:
    """A small, valid PDF: /Title in UTF-16BE, each page a Courier text stream of ASCII lines, a correct xref."""
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
    for i, lines in enumerate(pages):
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        text = "".join(
            "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T* " for ln in lines
        )
        stream = f"BT /F1 8 Tf 10 TL 40 800 Td {text}ET".encode()
        objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    info_no = len(objs) + 1
    objs.append(b"<< /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode() + b"> >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for no, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{no} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_no} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def csv_text(rows: list[list[object]], bom: bool = False) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + out.getvalue()).encode()


# --- sci-data-center --------------------------------------------------------------------------------------

DATASETS = [  # (题名, English title, subject, keywords, CSV header)
    (
        "贵州 喀斯特 地区 耕地 土壤 重金属 含量 数据集（2019—2026）",
        "Heavy metal contents of cropland soils in the karst region of Guizhou (2019-2026)",
        "土壤学",
        ["土壤 重金属", "Cd", "Pb", "喀斯特", "耕地"],
        ["样点编号", "经度(°E)", "纬度(°N)", "采样日期", "深度(cm)", "pH", "有机质(g/kg)", "Cd(mg/kg)", "Pb(mg/kg)"],
    ),
    (
        "乌江 流域 水文 站 逐日 流量 与 悬移质 含沙量 数据（1980—2025）",
        "Daily discharge and suspended sediment concentration at hydrological stations of the Wujiang basin",
        "水文学",
        ["流量", "含沙量", "乌江", "水文站"],
        ["站码", "日期", "流量(m³/s)", "含沙量(kg/m³)", "水位(m)", "备注"],
    ),
    (
        "梵净山 国家级 自然保护区 红外 相机 兽类 监测 数据集",
        "Camera-trap records of mammals in Fanjingshan National Nature Reserve",
        "生态学",
        ["红外相机", "兽类", "梵净山", "生物多样性"],
        ["相机编号", "经度(°E)", "纬度(°N)", "海拔(m)", "拍摄时间", "物种", "个体数", "独立有效照片(Y/N)"],
    ),
    (
        "FAST 脉冲星 巡天 候选体 参数 表（DM, P0, S/N）",
        "Pulsar candidates from the FAST survey: DM, P0 and S/N",
        "天文学",
        ["FAST", "脉冲星", "色散量", "巡天"],
        ["候选体", "RA(J2000)", "Dec(J2000)", "DM(pc cm^-3)", "P0(ms)", "S/N", "MJD"],
    ),
    (
        "贵阳 大气 PM2.5 组分 在线 监测 小时 数据（SO4²⁻、NO3⁻、NH4⁺、OC/EC）",
        "Hourly PM2.5 chemical components observed online in Guiyang",
        "大气科学",
        ["PM2.5", "水溶性离子", "OC/EC", "贵阳"],
        ["时间(北京时)", "PM2.5(μg/m³)", "SO4^2-(μg/m³)", "NO3^-(μg/m³)", "NH4^+(μg/m³)", "OC(μgC/m³)", "EC(μgC/m³)"],
    ),
]
FUNDERS = [
    ("国家自然科学基金", "42177001"),
    ("国家自然科学基金", "U1812401"),
    ("国家重点研发计划", "2022YFC3702100"),
    ("贵州省科技计划项目", "黔科合基础-ZK〔2024〕一般123"),
]
SCI_QUERIES = [
    'title:"土壤 重金属" AND keywords:(Cd OR Pb)',
    "subject:水文学 AND publishYear:[2020 TO 2027]",
    'keywords:"红外相机" NOT title:鸟类',
    "(PM2.5 OR 气溶胶) AND author:张*",
    'doi:"10.11922/sciencedb.0' + "1234" + '"',
    "cstr:31253.11.sciencedb.*",
    "喀斯特 石漠化 遥感",
]
LICENSES = ["CC BY 4.0", "CC BY-NC 4.0", "CC0"]


def sci_doi(c: Corpus) -> str:
    return f"10.11922/sciencedb.{c.num(1000, 9999):05d}"


def csv_rows(c: Corpus, header: list[str], n: int) -> list[list[object]]:
    rows: list[list[object]] = [header]
    for i in range(n):
        row: list[object] = []
        for col in header:
            if col.startswith(("经度", "RA")):
                row.append(f"{106 + c.num(0, 9999) / 10000:.4f}")
            elif col.startswith(("纬度", "Dec")):
                row.append(f"{26 + c.num(0, 9999) / 10000:.4f}")
            elif "日期" in col or "时间" in col or col == "MJD":
                row.append(ymd(c, -800, -1))
            elif col in ("样点编号", "站码", "相机编号", "候选体"):
                row.append(f"{c.pick(['GZ', 'WJ', 'FJS', 'J'])}{i + 1:03d}")
            elif col in ("物种",):
                row.append(c.pick(["藏酋猴 Macaca thibetana", "毛冠鹿 Elaphodus cephalophus", "野猪 Sus scrofa"]))
            elif col == "独立有效照片(Y/N)":
                row.append(c.pick("YN"))
            elif col == "备注":
                row.append(c.pick(["", "", "缺测", "估算值（插补）"]))
            else:
                row.append(f"{c.num(1, 99999) / 100:.2f}")
        rows.append(row)
    return rows


def datacite(c: Corpus, doi: str, title: str, en: str, subject: str, keywords: list[str], authors: list) -> str:
    creators = "".join(
        f'<creator><creatorName nameType="Personal">{escape(name)}</creatorName><nameIdentifier '
        f'nameIdentifierScheme="ORCID" schemeURI="https://orcid.org/">{oid}</nameIdentifier>'
        f"<affiliation>{escape(aff)}</affiliation></creator>"
        for name, oid, aff in authors
    )
    subjects = "".join(f"<subject>{escape(k)}</subject>" for k in [subject, *keywords])
    lng, lat = corpus_o.point(c)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<resource xmlns="http://datacite.org/schema/kernel-4" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://datacite.org/schema/'
        'kernel-4 http://schema.datacite.org/meta/kernel-4.4/metadata.xsd">'
        f'<identifier identifierType="DOI">{doi}</identifier><creators>{creators}</creators>'
        f'<titles><title xml:lang="zh">{escape(title)}</title><title xml:lang="en">{escape(en)}</title></titles>'
        f"<publisher>Science Data Bank</publisher><publicationYear>{c.num(2025, 2027)}</publicationYear>"
        f'<resourceType resourceTypeGeneral="Dataset">Dataset</resourceType><subjects>{subjects}</subjects>'
        f'<dates><date dateType="Collected">{ymd(c, -900, -400)}/{ymd(c, -300, -30)}</date></dates>'
        f'<rightsList><rights rightsURI="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</rights>'
        f"</rightsList><geoLocations><geoLocation><geoLocationBox><westBoundLongitude>{lng - 0.5:.4f}"
        f"</westBoundLongitude><eastBoundLongitude>{lng + 0.5:.4f}</eastBoundLongitude><southBoundLatitude>"
        f"{lat - 0.4:.4f}</southBoundLatitude><northBoundLatitude>{lat + 0.4:.4f}</northBoundLatitude>"
        "</geoLocationBox></geoLocation></geoLocations></resource>"
    )


def sci_authors(c: Corpus) -> list[tuple[str, str, str]]:
    affs = [
        "中国科学院地球化学研究所",
        "贵州大学 资源与环境工程学院",
        "贵州师范大学 地理与环境科学学院",
        "中国科学院国家天文台",
    ]
    return [(c.person(), orcid(c), c.pick(affs)) for _ in range(c.num(1, 4))]


@family("sci-data-center")
def sci_data_center(c: Corpus) -> None:
    f = "sci-data-center"
    ref = f"{SITE}/submit/dataset"
    for _ in range(17):
        title, en, subject, keywords, _header = c.pick(DATASETS)
        funder, award = c.pick(FUNDERS)
        doc = {
            "title": {"zh": title, "en": en},
            "description": f"本数据集 包含 {c.num(120, 4800)} 条 记录，"
            f"{c.pick(['采样 深度 0—20 cm', '时间 分辨率 1 h'])}，"
            '数值 单位 见 表头 括号（如 mg/kg、μg/m³）；质控：剔除 |x − μ| > 3σ 的 异常值，检出限 以下 记为 "<DL"。',
            "keywords": keywords,
            "subject": subject,
            "authors": [{"name": n, "orcid": o, "org": a} for n, o, a in sci_authors(c)],
            "license": c.pick(LICENSES),
            "funding": [{"funder": funder, "awardNumber": award}],
            "relatedPaper": f"https://doi.org/10.{c.pick(['1016/j.scitotenv', '11821/dlxb', '13227/j.hjkx'])}."
            f"{c.num(2024, 2027)}.{c.digits(6)}",
        }
        c.add(f, "dataset-draft", "POST", "/api/v1/dataset/draft", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        title, en, subject, keywords, _header = c.pick(DATASETS)
        body = datacite(c, sci_doi(c), title, en, subject, keywords, sci_authors(c))
        h = client(c, c.pick(PY_UAS), XML_CT)
        h["Authorization"] = bearer(c)
        c.add(f, "datacite-xml", "POST", "/api/v1/dataset/metadata?schema=datacite-4.4", h, body)
    for _ in range(17):
        title, _, _, _, header = c.pick(DATASETS)
        data = csv_text(csv_rows(c, header, c.num(4, 12)), bom=c.chance(0.5))
        name = f"{c.pick(['data', 'soil', 'hydro', 'PM25', 'cameratrap'])}_{c.num(2019, 2026)}.csv"
        parts = [("datasetId", str(c.num(100000, 999999))), ("md5", md5_hex(data)), ("file", (name, CSV_CT, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "datafile-upload", "POST", "/api/v1/dataset/file/upload", h, body)
    for _ in range(16):
        files = []
        for i in range(c.num(2, 5)):
            size = c.num(2_000, 90_000_000)
            files.append(
                {
                    "path": f"/{c.pick(['raw', 'processed', 'docs'])}/part{i + 1:02d}."
                    f"{c.pick(['csv', 'nc', 'tif', 'pdf'])}",
                    "size": size,
                    "md5": c.hexs(16),
                }
            )
        doc = {
            "datasetId": c.num(100000, 999999),
            "fileCount": len(files),
            "totalSize": sum(x["size"] for x in files),
            "files": files,
        }
        c.add(f, "file-manifest", "POST", "/api/v1/dataset/manifest", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        q = [("q", c.pick(SCI_QUERIES)), ("page", c.num(1, 4)), ("size", 20), ("sort", c.pick(["relevance", "date"]))]
        c.add(f, "dataset-search", "GET", "/api/v1/dataset/search?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(16):
        q = [("doi", sci_doi(c)), ("style", c.pick(["GB/T 7714-2015", "APA", "BibTeX", "RIS"]))]
        c.add(f, "citation-export", "GET", "/api/v1/dataset/citation?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(16):
        doi = sci_doi(c)
        q = [("id", c.pick([doi, f"https://doi.org/{doi}", f"CSTR:31253.11.sciencedb.{doi.rsplit('.', 1)[1]}"]))]
        c.add(f, "identifier-resolve", "GET", "/api/v1/identifier/resolve?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(16):
        fields = [
            ("doi", sci_doi(c)),
            ("name", c.person()),
            ("org", c.pick(["贵州大学", "贵州医科大学", "中国科学院地球化学研究所", "贵州省环境科学研究设计院"])),
            ("email", f"{c.alnum(6, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['gzu.edu.cn', 'vip.gyig.ac.cn'])}"),
            (
                "purpose",
                c.pick(
                    [
                        "用于 博士 论文 第 3 章“喀斯特 耕地 Cd 的 空间 分异 及 影响 因素”分析，不 用于 商业 用途。",
                        "拟 与 本 课题组 2023—2025 年 实测 数据（n = 312）对比，验证 模型 R² 与 RMSE。",
                        "教学 使用：《环境 数据 分析》课程 实习（Python/pandas）。",
                    ]
                ),
            ),
        ]
        h = web(c, JQ_FORM, 0.1, f"{SITE}/dataset/detail", JQ_ACCEPT, True)
        c.add(f, "access-apply", "POST", "/dataset/apply.do", h, qs(fields, jq))


# --- software-copyright ----------------------------------------------------------------------------------

SOFTWARE = [  # (软件 全称, 简称, 编程语言, 开发 工具, source lines pool key)
    (
        "智慧社区网格化管理平台",
        "网格管理平台",
        "Java、JavaScript、SQL",
        "IntelliJ IDEA 2023.2；JDK 17；Maven 3.9；Node.js 18",
        "java",
    ),
    (
        "工业设备预测性维护分析系统",
        "预测维护系统",
        "Python、SQL",
        "PyCharm 2023.3；Python 3.10；PostgreSQL 14",
        "python",
    ),
    (
        "农产品质量安全追溯小程序",
        "追溯小程序",
        "JavaScript、WXML、WXSS",
        "微信开发者工具 1.06；Vue 3；Vite 5",
        "js",
    ),
    ("嵌入式环境监测终端固件", "监测终端固件", "C", "Keil MDK 5.38；STM32CubeMX 6.9；GCC 10.3", "c"),
    ("政务数据交换中间件", "交换中间件", "Go、SQL", "GoLand 2023.3；Go 1.21；达梦 DM8", "go"),
]
CODE = {
    "java": [
        "package com.example.grid.controller;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        '@RequestMapping("/api/v1/event")',
        "public class EventController {",
        "    private final EventService eventService;",
        '    @GetMapping("/list")',
        '    public Result<PageInfo<EventVO>> list(@RequestParam(defaultValue = "1") Integer pageNum,',
        '                                          @RequestParam(defaultValue = "10") Integer pageSize) {',
        "        return Result.ok(eventService.page(pageNum, pageSize));",
        "    }",
        '    @PostMapping("/report")',
        "    public Result<Void> report(@Valid @RequestBody EventDTO dto) {",
        "        if (dto.getLng() == null || dto.getLat() == null) {",
        '            throw new BizException("location required");',
        "        }",
        "        eventService.save(dto);",
        "        return Result.ok();",
        "    }",
        "}",
    ],
    "python": [
        "import numpy as np",
        "import pandas as pd",
        "from sklearn.ensemble import IsolationForest",
        "",
        "def rolling_features(df: pd.DataFrame, window: int = 60) -> pd.DataFrame:",
        '    """Vibration RMS, kurtosis and peak over a sliding window."""',
        "    out = pd.DataFrame(index=df.index)",
        "    out['rms'] = df['vib'].rolling(window).apply(lambda x: np.sqrt(np.mean(x ** 2)))",
        "    out['kurt'] = df['vib'].rolling(window).kurt()",
        "    out['peak'] = df['vib'].rolling(window).max()",
        "    return out.dropna()",
        "",
        "def detect(df, contamination=0.01):",
        "    model = IsolationForest(n_estimators=200, contamination=contamination, random_state=42)",
        "    scores = model.fit(df).decision_function(df)",
        "    return df.assign(score=scores, alarm=scores < -0.1)",
    ],
    "js": [
        "const app = getApp();",
        "Page({",
        "  data: { code: '', info: null, loading: false },",
        "  onLoad(options) {",
        "    if (options.q) { this.setData({ code: decodeURIComponent(options.q).split('code=')[1] }); }",
        "    this.query();",
        "  },",
        "  query() {",
        "    this.setData({ loading: true });",
        "    wx.request({",
        "      url: `${app.globalData.baseUrl}/trace/${this.data.code}`,",
        "      method: 'GET',",
        "      success: (res) => { this.setData({ info: res.data.data }); },",
        "      complete: () => this.setData({ loading: false }),",
        "    });",
        "  },",
        "});",
    ],
    "c": [
        '#include "stm32f1xx_hal.h"',
        '#include "sht30.h"',
        "",
        "#define SAMPLE_PERIOD_MS  (60U * 1000U)",
        "static uint8_t rx_buf[64];",
        "",
        "int main(void)",
        "{",
        "    float temp = 0.0f, humi = 0.0f;",
        "    HAL_Init();",
        "    SystemClock_Config();",
        "    MX_I2C1_Init();",
        "    while (1) {",
        "        if (SHT30_Read(&hi2c1, &temp, &humi) == HAL_OK) {",
        '            printf("T=%.1f H=%.1f\\r\\n", temp, humi);',
        "        }",
        "        HAL_Delay(SAMPLE_PERIOD_MS);",
        "    }",
        "}",
    ],
    "go": [
        "package exchange",
        "",
        'import (\n\t"context"\n\t"database/sql"\n)',
        "",
        "// Pull reads the rows changed since the last checkpoint.",
        "func (s *Syncer) Pull(ctx context.Context, since int64) ([]Record, error) {",
        '\trows, err := s.db.QueryContext(ctx, "SELECT id, payload, '
        'updated_at FROM t_exchange WHERE updated_at > ?", since)',
        "\tif err != nil {",
        "\t\treturn nil, err",
        "\t}",
        "\tdefer rows.Close()",
        "\tvar out []Record",
        "\tfor rows.Next() {",
        "\t\tvar r Record",
        "\t\tif err := rows.Scan(&r.ID, &r.Payload, &r.UpdatedAt); err != nil {",
        "\t\t\treturn nil, err",
        "\t\t}",
        "\t\tout = append(out, r)",
        "\t}",
        "\treturn out, rows.Err()",
        "}",
    ],
}
TECH_FEATURES = [
    "采用 B/S 架构，后端 基于 Spring Boot 2.7 + MyBatis-Plus，前端 Vue 3 + Element Plus；通过 Redis 缓存 热点 数据，"
    "JWT 鉴权；提供 RESTful 接口（/api/v1/*），支持 国产 操作系统（麒麟 V10）与 达梦 DM8。",
    "基于 振动 信号 的 时域 特征（RMS、峭度 K = E[(x−μ)⁴]/σ⁴）与 "
    "孤立 森林 算法 进行 异常 检测，模型 每 24 h 增量 训练。",
    "小程序 扫码（wx.scanCode）获取 追溯码，调用 云 函数 查询 批次 信息；支持 离线 缓存 与 分包 加载（主包 < 2 MB）。",
    "基于 STM32F103 的 低 功耗 设计：RTC 唤醒 周期 60 s，I²C 读取 "
    "SHT30（±0.2 ℃），LoRa（SX1278，433 MHz）上报，待机 电流 < 20 μA。",
    "支持 增量 同步（基于 updated_at 时间戳 与 断点 续传），消息 体 采用 JSON Schema 校验，国密 SM4 加密 传输。",
]


def flow_no(c: Corpus) -> str:
    return f"{c.num(2026, 2027)}R11L{c.digits(7)}"


def soft_reg_no(c: Corpus) -> str:
    return f"{c.num(2025, 2027)}SR{c.digits(7)}"


@family("software-copyright")
def software_copyright(c: Corpus) -> None:
    f = "software-copyright"
    ref = f"{SITE}/r11/apply"
    for _ in range(17):
        name, short, _, _, _ = c.pick(SOFTWARE)
        done = c.day(-400, -60)
        published = c.pick(["已发表", "未发表"])
        doc = {
            "rjqc": name,
            "rjjc": short,
            "bbh": f"V{c.num(1, 3)}.{c.num(0, 9)}",
            "kfwcrq": f"{done:%Y-%m-%d}",
            "fbzt": published,
            "scfbrq": f"{done + timedelta(days=c.num(1, 50)):%Y-%m-%d}" if published == "已发表" else "",
            "kffs": c.pick(["独立开发", "合作开发", "委托开发"]),
            "qlqdfs": "原始取得",
            "qlfw": "全部权利",
            "zzqr": [{"mc": company(c), "zjlx": "统一社会信用代码证书", "zjhm": uscc(c), "gj": "中国", "sf": "贵州省"}],
        }
        c.add(f, "apply-basic", "POST", "/api/r11/apply/basic", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        name, short, lang, tools, key = c.pick(SOFTWARE)
        doc = {
            "kfyjhj": c.pick(
                ["CPU：Intel Core i7-12700 2.1GHz；内存：32GB；硬盘：1TB SSD", "鲲鹏 920 服务器（64 核，256 GB）"]
            ),
            "yxyjhj": "STM32F103C8T6（72 MHz，64 KB Flash）"
            if key == "c"
            else "服务器：4 核 8 GB 及以上；客户端：PC 或 移动 终端",
            "kfczxt": c.pick(["Windows 11 专业版", "Ubuntu 22.04 LTS", "银河麒麟 V10 SP3"]),
            "kfhj": tools,
            "bcyy": lang,
            "yclx": c.num(3000, 80000),
            "kfmd": f"为 {c.pick(['街道 网格员', '制造 企业', '农业 合作社', '政务 部门'])} "
            f"提供 {short} 的 信息化 支撑。",
            "mxlyhy": c.pick(["政务", "制造业", "农业", "生态环境"]),
            "zygn": f"{short} 主要 功能：数据 采集、查询 统计（按 区域/时间/类型）、"
            "报表 导出（xlsx/pdf）、权限 管理（RBAC）。",
            "jstd": TECH_FEATURES[[s[4] for s in SOFTWARE].index(key)],
        }
        c.add(f, "apply-feature", "POST", "/api/r11/apply/feature", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        name, _, _, _, key = c.pick(SOFTWARE)
        version = f"V{c.num(1, 3)}.{c.num(0, 9)}"
        lines = CODE[key]
        pages = [
            [f"{i * 50 + j + 1:>5}  {lines[(i * 50 + j) % len(lines)]}" for j in range(50)] for i in range(c.num(2, 4))
        ]
        pdf = pdf_doc(f"{name} {version}", pages)
        parts = [
            ("lsh", flow_no(c)),
            ("rjqc", name),
            ("bbh", version),
            ("cllx", "程序鉴别材料"),
            ("file", (f"{name.replace(' ', '')}{version}源程序.pdf", "application/pdf", pdf)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "code-material-upload", "POST", "/api/r11/material/upload", h, body)
    for _ in range(16):
        name, short, _, _, _ = c.pick(SOFTWARE)
        data = docx(
            [
                f"{name} 用户 操作 手册",
                "1 引言",
                f"1.1 编写 目的：本 手册 说明 {short} 的 安装、配置 与 使用。",
                "2 运行 环境：JDK ≥ 17；浏览器 Chrome 90+；分辨率 ≥ 1366×768。",
                "3 操作 说明：登录 → 首页 → 数据 管理。",
            ]
        )
        parts = [("lsh", flow_no(c)), ("cllx", "文档鉴别材料"), ("file", (f"{short}用户手册.docx", DOCX_CT, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "doc-material-upload", "POST", "/api/r11/material/upload", h, body)
    for _ in range(16):
        q = [("lsh", flow_no(c)), ("_t", c.ms())]
        c.add(f, "progress-query", "GET", "/api/r11/query/progress?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(16):
        name = c.pick(SOFTWARE)[0]
        q = [("djh", c.pick([soft_reg_no(c), ""])), ("rjmc", c.pick([name, name[:6], ""])), ("pageNo", c.num(1, 3))]
        c.add(f, "register-search", "GET", "/api/public/softwareCopyright?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(16):
        name, _, _, _, _ = c.pick(SOFTWARE)
        reply = c.pick(
            [
                "根据 补正 通知书 第 2 项，已 将 程序 鉴别 材料 页眉 中 的 "
                f"软件 名称 及 版本号 修改 为 与 申请表 一致（{name} V1.0）。",
                "第 1 项：源程序 每页 不足 50 行 系 空行 所致，已 重新 "
                "排版（前 30 页 + 后 30 页，共 60 页，每页 ≥ 50 行）。",
                "第 3 项：“首次 发表 日期” 早于 “开发 完成 日期” 系 笔误，现 更正 为 开发 完成 后 首次 上线 日期。",
                "关于 “软件 名称 含 ‘智慧’ 等 描述性 词语” 的 问题：名称 "
                "以 “系统/平台/软件” 结尾，符合 要求，特此 说明。",
            ]
        )
        fields = [("lsh", flow_no(c)), ("bzsm", reply), ("tjr", c.person())]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/r11/correction", JQ_ACCEPT, True)
        c.add(f, "correction-reply", "POST", "/r11/correction/submit.do", h, qs(fields, jq))
    for _ in range(16):
        q = [("zsh", f"软著登字第{c.digits(7)}号"), ("djh", soft_reg_no(c))]
        c.add(f, "certificate-verify", "GET", "/api/public/certificate/verify?" + qs(q, axios), web(c, None, 0.5))


# --- ic-layout-design ----------------------------------------------------------------------------------

IC_STRUCT = ["Bipolar", "MOS", "Bi-MOS", "光电", "其他"]
IC_TECH = {
    "Bipolar": ["TTL", "ECL", "I2L"],
    "MOS": ["CMOS", "NMOS", "PMOS", "SOI"],
    "Bi-MOS": ["BiCMOS", "BCD"],
    "光电": ["GaAs", "CMOS"],
}
IC_FUNC = ["逻辑", "存储", "微型计算机", "线性", "其他"]
IC_DESIGNS = [
    (
        "12位 1MSPS 逐次逼近型 ADC",
        "SAR12A",
        "线性",
        "本 布图设计 为 一款 12 位 SAR ADC：采样率 1 MSPS，INL < ±1 LSB，DNL < ±0.5 LSB，"
        "工作 电压 1.8 V/3.3 V，功耗 1.2 mW @1 MSPS。",
    ),
    (
        "低压差 线性 稳压器（LDO，300mA）",
        "LDO300",
        "线性",
        "输入 2.5 V~5.5 V，输出 1.2 V/1.8 V/3.3 V 可选，压差 180 mV @300 mA，PSRR 70 dB @1 kHz。",
    ),
    (
        "32位 RISC-V 低功耗 微控制器",
        "RV32MCU",
        "微型计算机",
        "RV32IMC 内核 主频 48 MHz，64 KB Flash + 16 KB SRAM，"
        "深度 睡眠 电流 1.5 μA，外设：UART×2、SPI、I²C、12-bit ADC。",
    ),
    ("256Kbit 串行 EEPROM", "EE256", "存储", "I²C 接口 1 MHz，页 写 64 字节，擦写 寿命 ≥ 10⁶ 次，数据 保持 100 年。"),
    (
        "三相 BLDC 电机 驱动 控制 芯片",
        "BLDC3P",
        "逻辑",
        "集成 6 路 N 沟道 MOSFET 栅 驱动，霍尔/无感 FOC 两种 模式，过流 保护 阈值 可 配置。",
    ),
]
PROCESSES = ["0.18μm CMOS", "0.13μm BCD", "55nm CMOS", "40nm ULP", "0.35μm BiCMOS"]


def gds_real(x: float) -> bytes:
    """A GDSII 8-byte real: sign, excess-64 base-16 exponent, 56-bit mantissa."""
    e, m = 64, x
    while m >= 1:
        m, e = m / 16, e + 1
    while m < 1 / 16:
        m, e = m * 16, e - 1
    return struct.pack(">Q", (e << 56) | round(m * 2**56))


def gds_record(rtype: int, dtype: int, data: bytes = b"") -> bytes:
    return struct.pack(">HBB", 4 + len(data), rtype, dtype) + data


def gds_str(text: str) -> bytes:
    raw = text.encode("ascii")
    return raw + b"\0" if len(raw) % 2 else raw


def gdsii(c: Corpus, lib: str, cell: str) -> bytes:
    """A GDSII stream: HEADER 600, BGNLIB, LIBNAME, UNITS (1e-3 user, 1e-9 m), one structure of boundaries."""
    t = c.when()
    stamp = struct.pack(">6h", t.year, t.month, t.day, t.hour, t.minute, t.second) * 2
    out = gds_record(0x00, 0x02, struct.pack(">h", 600)) + gds_record(0x01, 0x02, stamp)
    out += gds_record(0x02, 0x06, gds_str(lib)) + gds_record(0x03, 0x05, gds_real(1e-3) + gds_real(1e-9))
    out += gds_record(0x05, 0x02, stamp) + gds_record(0x06, 0x06, gds_str(cell))
    for _ in range(c.num(3, 8)):
        x, y, w, h = c.num(0, 50000), c.num(0, 50000), c.num(100, 5000), c.num(100, 5000)
        xy = struct.pack(">10i", x, y, x + w, y, x + w, y + h, x, y + h, x, y)
        out += gds_record(0x08, 0x00) + gds_record(0x0D, 0x02, struct.pack(">h", c.pick([1, 2, 3, 5, 7, 9])))
        out += gds_record(0x0E, 0x02, struct.pack(">h", 0)) + gds_record(0x10, 0x03, xy) + gds_record(0x11, 0x00)
    return out + gds_record(0x07, 0x00) + gds_record(0x04, 0x00)


def ic_reg_no(c: Corpus) -> str:
    return f"BS.{c.num(25, 27)}5{c.digits(5)}{c.num(0, 9)}"


@family("ic-layout-design")
def ic_layout_design(c: Corpus) -> None:
    f = "ic-layout-design"
    ref = f"{SITE}/ic/apply/edit"
    for _ in range(17):
        name, cell, func, _ = c.pick(IC_DESIGNS)
        created = c.day(-500, -120)
        doc = {
            "btsjmc": name,
            "qlr": [{"mc": company(c), "tyxydm": uscc(c), "gj": "中国", "dz": f"贵州省{c.pick(DISTRICT_NAMES)}"}],
            "czwcr": f"{created:%Y-%m-%d}",
            "scsylyr": c.pick(["", f"{c.day(-110, -5):%Y-%m-%d}"]),
            "jg": (st := c.pick(IC_STRUCT[:4])),
            "js": c.pick(IC_TECH[st]),
            "gn": func,
            "gy": c.pick(PROCESSES),
            "cs": f"{c.num(8, 60) / 10:.1f}mm×{c.num(8, 60) / 10:.1f}mm",
            "cengshu": c.num(4, 12),
            "cell": cell,
        }
        c.add(f, "apply-form", "POST", "/ic/api/apply/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        _, cell, _, _ = c.pick(IC_DESIGNS)
        lib = f"{cell}_V{c.num(1, 3)}"
        data = gdsii(c, lib, cell)
        parts = [
            ("sqh", str(c.num(10**8, 10**9 - 1))),
            ("libname", lib),
            ("md5", md5_hex(data)),
            ("file", (f"{lib}.gds", OCTET, data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "gds-upload", "POST", "/ic/api/apply/gds", h, body)
    for _ in range(17):
        _, cell, _, _ = c.pick(IC_DESIGNS)
        layer = c.pick(["METAL1", "METAL2", "POLY", "ACTIVE", "CONTACT", "VIA1", "总图"])
        kind = c.pick(["pdf", "png"])
        data = pdf_head(c, c.num(600, 1200)) if kind == "pdf" else png(c, c.num(600, 1200))
        ctype = "application/pdf" if kind == "pdf" else "image/png"
        parts = [
            ("tclx", layer),
            ("fbl", c.pick(["20倍", "50倍", "100倍"])),
            ("file", (f"{cell}_{layer}.{kind}", ctype, data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "drawing-upload", "POST", "/ic/api/apply/drawing", h, body)
    for _ in range(16):
        name, cell, func, summary = c.pick(IC_DESIGNS)
        st = c.pick(IC_STRUCT[:4])
        doc = {"btsjmc": name, "jg": st, "js": c.pick(IC_TECH[st]), "gn": func, "jysm": summary}
        c.add(f, "summary-submit", "POST", "/ic/api/apply/summary", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        pins = c.pick([8, 16, 20, 32, 48, 64])
        pkg = c.pick(["QFN", "SOP", "TSSOP", "LQFP"])
        doc = {
            "yplx": "芯片 样品",
            "sl": 4,
            "fzxs": f"{pkg}-{pins}（{c.pick(['5mm×5mm', '7mm×7mm', '4.4mm×6.5mm'])}）",
            "yjs": pins,
            "bz": "样品 已 按 要求 密封，标签 注明 布图设计 名称 及 申请号。",
        }
        c.add(f, "sample-info", "POST", "/ic/api/apply/sample", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        name = c.pick(IC_DESIGNS)[0]
        q = [
            ("djh", c.pick([ic_reg_no(c), ""])),
            ("btsjmc", c.pick([name, name[:5], ""])),
            ("qlr", c.pick(["", "贵州"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "announce-search", "GET", "/ic/api/public/search?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(16):
        q = [("sqh", str(c.num(10**8, 10**9 - 1))), ("fylx", c.pick(["申请费", "复审费", "著录事项变更费"]))]
        c.add(f, "fee-query", "GET", "/ic/api/fee/query?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(16):
        q = [
            ("tzslx", c.pick(["受理通知书", "补正通知书", "登记证书"])),
            ("start", ymd(c, -90, -31)),
            ("end", ymd(c, -30, 0)),
        ]
        c.add(f, "notice-list", "GET", "/ic/api/notice/list?" + qs(q, axios), web(c, None, 0.2))


# --- geographical-indication ----------------------------------------------------------------------------

GI_PRODUCTS = [  # (产品, 申请 机构, 乡镇, (west, east, south, north), 指标)
    (
        "都匀毛尖",
        "都匀市 茶叶 产业 发展 中心",
        ["毛尖镇", "小围寨街道", "墨冲镇", "平浪镇"],
        (106.93, 107.77, 25.87, 26.48),
        ["水分 ≤ 7.0%", "总灰分 ≤ 6.5%", "水浸出物 ≥ 38.0%", "茶多酚 ≥ 15.0%", "粉末 ≤ 1.0%"],
    ),
    (
        "兴仁薏仁米",
        "兴仁市 农业 技术 推广 站",
        ["巴铃镇", "屯脚镇", "百德镇"],
        (105.03, 105.55, 25.32, 25.72),
        ["蛋白质 ≥ 12.0 g/100g", "脂肪 ≥ 5.5 g/100g", "水分 ≤ 13.0%", "碎米 率 ≤ 5%"],
    ),
    (
        "威宁洋芋",
        "威宁 彝族回族苗族 自治县 马铃薯 产业 发展 中心",
        ["草海镇", "小海镇", "金钟镇"],
        (103.60, 104.75, 26.60, 27.43),
        ["淀粉 ≥ 14.0%", "干物质 ≥ 20%", "还原糖 ≤ 0.3%", "单薯 质量 ≥ 150 g"],
    ),
    (
        "修文猕猴桃",
        "修文县 猕猴桃 产业 发展 办公室",
        ["六屯镇", "谷堡镇", "龙场街道"],
        (106.35, 106.95, 26.75, 27.17),
        ["可溶性 固形物 ≥ 15.0%", "总酸（以柠檬酸计） ≤ 1.5%", "维生素 C ≥ 80 mg/100g", "单果 重 70 g~120 g"],
    ),
    (
        "赤水金钗石斛",
        "赤水市 石斛 产业 发展 中心",
        ["旺隆镇", "长期镇", "官渡镇"],
        (105.60, 106.10, 28.25, 28.75),
        ["石斛碱 ≥ 0.40%", "水分 ≤ 12.0%", "总灰分 ≤ 5.0%", "浸出物（醇溶） ≥ 6.5%"],
    ),
]


def dms_prime(value: float, places: int = 0) -> str:
    """度分秒 with primes as 公告 print them: 106°56′12″ (places: decimals of the seconds)."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, places)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    sec = f"{int(s):02d}" if places == 0 else f"{s:0{3 + places}.{places}f}"
    return f"{d}°{m:02d}′{sec}″"


@family("geographical-indication")
def geographical_indication(c: Corpus) -> None:
    f = "geographical-indication"
    ref = f"{SITE}/dlbz/apply"
    for _ in range(17):
        name, org, towns, (w, e, s, n), _ = c.pick(GI_PRODUCTS)
        doc = {
            "cpmc": name,
            "sqjg": org,
            "bhfw": "、".join(towns) + f" 共 {len(towns)} 个 乡镇（街道） 现辖 行政 区域",
            "dlzb": f"东经{dms_prime(w)}—{dms_prime(e)}，北纬{dms_prime(s)}—{dms_prime(n)}",
            "bbox": [w, s, e, n],
            "mj": f"{c.num(200, 3000)} km²",
            "cl": f"{c.num(500, 90000)} t/年",
            "lsyy": f"{name} 始 载于 《{c.pick(['贵州通志', '黔南识略', '遵义府志'])}》，"
            f"已 有 {c.num(200, 600)} 余 年 历史。",
        }
        c.add(f, "protection-apply", "POST", "/dlbz/api/apply/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        name, _, _, _, specs = c.pick(GI_PRODUCTS)
        doc = {
            "cpmc": name,
            "hb": f"{c.num(6, 11) * 100} m~{c.num(12, 20) * 100} m",
            "tr": c.pick(
                ["黄壤、黄棕壤，土层 厚度 ≥ 60 cm，pH 4.5~6.5，有机质 ≥ 2.0%", "石灰土，pH 6.0~7.5，有机质 ≥ 1.5%"]
            ),
            "qh": f"年均 气温 {c.num(120, 170) / 10} ℃，年 降水量 {c.num(1000, 1400)} mm，无霜期 ≥ {c.num(260, 300)} d",
            "lhzb": c.sample(specs, c.num(2, len(specs))),
            "aqyq": "农药 残留、污染物 限量 符合 GB 2763、GB 2762 的 规定。",
        }
        c.add(f, "quality-spec", "POST", "/dlbz/api/apply/quality", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        name = c.pick(GI_PRODUCTS)[0]
        fields = [
            ("cpmc", name),
            ("qymc", company(c)),
            ("tyxydm", uscc(c)),
            ("lxr", c.person()),
            ("lxdh", c.mobile()),
            ("ncl", f"{c.num(5, 800)}"),
            ("bzsyfs", c.pick(["包装 印刷", "标签 粘贴", "电子 标识（二维码）"])),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/dlbz/mark/apply", JQ_ACCEPT, True)
        c.add(f, "mark-use-apply", "POST", "/dlbz/mark/apply.do", h, qs(fields, jq))
    for _ in range(16):
        name, _, towns, (w, e, s, n), _ = c.pick(GI_PRODUCTS)
        ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
        doc = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"cpmc": name, "xz": towns},
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                }
            ],
        }
        c.add(f, "range-geojson", "POST", "/dlbz/api/apply/range", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        name = c.pick(GI_PRODUCTS)[0]
        parts = [
            ("cpmc", name),
            ("bglx", c.pick(["产品 检验 报告", "土壤 检测 报告", "感官 品质 评价"])),
            ("file", (f"{name}检验报告{c.digits(4)}.pdf", "application/pdf", pdf_head(c, c.num(500, 1000)))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "report-upload", "POST", "/dlbz/api/apply/attachment", h, body)
    for _ in range(16):
        q = [
            ("keyword", c.pick([p[0] for p in GI_PRODUCTS] + ["茶", "贵州 石斛"])),
            ("sf", c.pick(["贵州省", ""])),
            ("nf", c.pick(["", "2026", "2027"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "product-search", "GET", "/dlbz/api/product/list?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(16):
        q = [("cpmc", c.pick(GI_PRODUCTS)[0]), ("qymc", c.pick(["", "茶业", "合作社"])), ("pageNum", c.num(1, 4))]
        c.add(f, "user-list", "GET", "/dlbz/api/mark/users?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(16):
        name = c.pick(GI_PRODUCTS)[0]
        fields = [
            ("cpmc", name),
            ("wtlx", c.pick(["假冒 专用标志", "超 范围 使用", "标注 不规范"])),
            (
                "ms",
                c.pick(
                    [
                        f"某 电商 平台 店铺 销售 的 “{name}” 标注 “地理标志 保护 产品”，但 产地 为 外省（见 截图）。",
                        f"包装 上 将 “{name}” 与 专用标志 分离 印刷，标志 比例 不 符合 要求（宽 ≠ 高）。",
                    ]
                ),
            ),
            ("lxdh", c.mobile()),
        ]
        h = web(c, JQ_FORM, 0.6, f"{SITE}/dlbz/report", JQ_ACCEPT, True)
        c.add(f, "misuse-report", "POST", "/dlbz/report/submit.do", h, qs(fields, jq))


# --- audit-data-report ----------------------------------------------------------------------------------

ACCOUNTS = [  # (科目编号, 科目名称, 余额方向)
    ("1001", "库存现金", "借"),
    ("1002", "银行存款", "借"),
    ("100201", "银行存款-工商银行（贵阳分行）", "借"),
    ("1122", "应收账款", "借"),
    ("1403", "原材料", "借"),
    ("1601", "固定资产", "借"),
    ("2202", "应付账款", "贷"),
    ("2211", "应付职工薪酬", "贷"),
    ("222101", "应交税费-应交增值税（进项税额）", "贷"),
    ("4001", "实收资本", "贷"),
    ("6001", "主营业务收入", "贷"),
    ("6602", "管理费用", "借"),
]
SUMMARIES = [
    "支付 3 月 电费（国网 贵阳 供电局）",
    "收到 货款 [合同 号 HT-2027-031]",
    "计提 3 月 工资",
    "购入 原材料 Q235B 钢板 δ=12mm",
    "报销 差旅费（贵阳→北京，2027.03.02—03.05）",
    "结转 本月 成本",
]
DATA_DICTS = [
    "用友 U8：GL_accvouch（凭证及明细账）iperiod 会计期间, csign "
    "凭证类别字, ino_id 凭证编号, ccode 科目编码, md 借方金额, "
    "mc 贷方金额, cdigest 摘要；code（科目表）ccode, ccode_name, igrade, bproperty（1 借 / 0 贷）。",
    "金蝶 K/3：t_Voucher（FVoucherID, FDate, FGroupID, FNumber）, t_VoucherEntry（FEntryID, FAccountID, FDC 1=借 0=贷, "
    "FAmount, FExplanation）, t_Account（FNumber, FName, FLevel）。",
    "浪潮 GS：LSPZK（凭证 库）PZK_PZNM, PZK_KJND, PZK_PZBH；LSPZFL（分录）FL_KMBH, FL_JE, FL_JZFX；数据库 Oracle 11g，"
    "字符集 ZHS16GBK，导出 方式 expdp … DIRECTORY=DUMP_DIR SCHEMAS=LC0019999。",
]
CHECK_NOTES = [
    "校验 公式 [资产总计] = [负债合计] + [所有者权益合计] 提示 不平，差额 0.01 元，系 报表 四舍五入（万元 → 元）所致。",
    "表间 校验：资产负债表“未分配利润”期末 − 期初 ≠ 利润表“净利润”，差额 为 本年 提取 盈余公积 120,000.00 元。",
    "科目 余额 表 1002 银行存款 期末 借方 余额 与 银行 对账单 差 3,250.00 元，为 未达 账项（银行 已收 企业 未收）。",
    "凭证 号 记-0031 借贷 不平 提示：系 导出 时 外币 分录（USD，汇率 7.1023）未 折算，已 重新 导出。",
]
XBRL_NS = {
    "xbrli": "http://www.xbrl.org/2003/instance",
    "cas": "http://xbrl.mof.gov.cn/taxonomy/2015-03-31/cas",
    "iso4217": "http://www.xbrl.org/2003/iso4217",
}


def voucher(c: Corpus) -> tuple[str, list[tuple[str, float, float, str]]]:
    """(凭证号, [(科目, 借, 贷, 摘要)]) whose 借 and 贷 balance."""
    summary = c.pick(SUMMARIES)
    debits = [round(money(c, 100, 90000), 2) for _ in range(c.num(1, 3))]
    total = round(sum(debits), 2)
    entries = [(c.pick(ACCOUNTS)[0], d, 0.0, summary) for d in debits]
    entries.append((c.pick(ACCOUNTS)[0], 0.0, total, summary))
    return f"记-{c.num(1, 300):04d}", entries


def ledger_xml(c: Corpus, org: str, code: str) -> str:
    accts = "".join(
        f"<会计科目><科目编号>{no}</科目编号><科目名称>{escape(name)}</科目名称><科目级次>{len(no) // 2 - 1}</科目级次>"
        f"<余额方向>{side}</余额方向></会计科目>"
        for no, name, side in c.sample(ACCOUNTS, 5)
    )
    vouchers = ""
    for _ in range(c.num(1, 3)):
        no, entries = voucher(c)
        rows = "".join(
            f"<分录><科目编号>{a}</科目编号><摘要>{escape(s)}</摘要><借方金额>{d:.2f}</借方金额><贷方金额>{cr:.2f}</贷方金额></分录>"
            for a, d, cr, s in entries
        )
        vouchers += f"<记账凭证><凭证日期>{ymd(c, -60, -1)}</凭证日期><凭证编号>{no}</凭证编号>{rows}</记账凭证>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<电子账簿 标准="GB/T 24589.1-2010">'
        f"<电子账簿编号>{c.digits(8)}</电子账簿编号><会计核算单位>{escape(org)}</会计核算单位><组织机构代码>{code}</组织机构代码>"
        f"<会计年度>{c.num(2026, 2027)}</会计年度><本位币>人民币</本位币>{accts}{vouchers}</电子账簿>"
    )


def xbrl(c: Corpus, org: str, code: str) -> str:
    liab, equity = money(c, 1_000_000, 90_000_000), money(c, 1_000_000, 50_000_000)
    assets = round(liab + equity, 2)
    current = round(assets * c.num(30, 70) / 100, 2)
    year = c.num(2025, 2026)
    facts = [
        ("Assets", assets),
        ("CurrentAssets", current),
        ("NoncurrentAssets", round(assets - current, 2)),
        ("Liabilities", liab),
        ("Equity", equity),
        ("LiabilitiesAndEquity", assets),
    ]
    body = "".join(f'<cas:{k} contextRef="c{year}" unitRef="CNY" decimals="2">{v:.2f}</cas:{k}>' for k, v in facts)
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in XBRL_NS.items())
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xbrli:xbrl {ns}>'
        f'<xbrli:context id="c{year}"><xbrli:entity><xbrli:identifier scheme="http://www.mof.gov.cn/uscc">{code}'
        f"</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>{year}-12-31</xbrli:instant></xbrli:period>"
        '</xbrli:context><xbrli:unit id="CNY"><xbrli:measure>iso4217:CNY</xbrli:measure></xbrli:unit>'
        f'<cas:EntityName contextRef="c{year}">{escape(org)}</cas:EntityName>{body}</xbrli:xbrl>'
    )


def report_no(c: Corpus) -> str:
    return f"SJBS{c.when():%Y%m%d}{c.digits(5)}"


@family("audit-data-report")
def audit_data_report(c: Corpus) -> None:
    f = "audit-data-report"
    ref = f"{SITE}/sjbs/task"
    for _ in range(17):
        h = service(c, c.pick(JAVA_UAS), {"X-Task-No": report_no(c)}, XML_CT)
        c.add(f, "ledger-xml", "POST", "/sjbs/api/ledger/upload", h, ledger_xml(c, company(c), uscc(c)))
    for _ in range(17):
        h = service(c, c.pick(JAVA_UAS), {"X-Task-No": report_no(c)}, XML_CT)
        c.add(f, "xbrl-instance", "POST", "/sjbs/api/xbrl/submit", h, xbrl(c, company(c), uscc(c)))
    for _ in range(17):
        org, code = company(c), uscc(c)
        data = zip_bytes(
            [("账簿.xml", ledger_xml(c, org, code)), ("说明.txt", "导出 工具：财务 软件 数据 接口 V3.2\r\n")]
        )
        parts = [
            ("rwbh", report_no(c)),
            ("tyxydm", code),
            ("md5", md5_hex(data)),
            ("file", (f"{code}_{c.num(2025, 2026)}账套.zip", "application/zip", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "package-upload", "POST", "/sjbs/api/package/upload", h, body)
    for _ in range(16):
        q = [("nd", c.num(2025, 2027)), ("zt", c.pick(["", "0", "1", "2"])), ("pageNum", c.num(1, 3)), ("pageSize", 10)]
        c.add(f, "task-list", "GET", "/sjbs/api/task/list?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(16):
        fields = [
            ("rwbh", report_no(c)),
            ("jygs", c.pick(["[资产总计]=[负债合计]+[所有者权益合计]", "凭证 借贷 平衡", "表间 勾稽"])),
            ("sm", c.pick(CHECK_NOTES)),
        ]
        h = web(c, JQ_FORM, 0.0, ref, JQ_ACCEPT, True)
        c.add(f, "check-explain", "POST", "/sjbs/check/explain.do", h, qs(fields, jq))
    for _ in range(16):
        pairs = []
        for no, name, _ in c.sample(ACCOUNTS, c.num(2, 5)):
            pairs.append(
                {"bdwkm": f"{no}.{c.num(1, 9):02d}", "bdwkmmc": name + c.pick(["", "-明细", "（专户）"]), "bzkm": no}
            )
        doc = {"rwbh": report_no(c), "dz": pairs}
        c.add(f, "account-map", "POST", "/sjbs/api/account/map", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        q = [("rwbh", report_no(c)), ("_", c.ms())]
        c.add(f, "receipt-query", "GET", "/sjbs/api/receipt?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(16):
        doc = {
            "rwbh": report_no(c),
            "cwrj": c.pick(["用友 U8 V13.0", "金蝶 K/3 WISE 15.1", "浪潮 GS 7.2"]),
            "sjk": c.pick(["SQL Server 2012", "Oracle 11g R2", "达梦 DM8"]),
            "sjzd": c.pick(DATA_DICTS),
            "sjfw": f"{c.num(2023, 2025)}-01-01 至 {c.num(2026, 2027)}-12-31",
        }
        c.add(f, "datadict-submit", "POST", "/sjbs/api/datadict", web(c, JSON_CT, 0.0, ref), js_json(doc))


# --- bill-of-quantities -------------------------------------------------------------------------------

BOQ_ITEMS = [  # (项目编码 前 9 位, 名称, 特征, 单位, (单价 lo, hi) 元)
    ("010101002", "挖一般土方", "1.土壤类别：三类土\n2.挖土深度：2m以内\n3.弃土运距：5km", "m³", (18, 45)),
    ("010103001", "回填方", "1.密实度要求：压实系数≥0.94\n2.填方材料品种：素土", "m³", (12, 35)),
    ("010501001", "垫层", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C15", "m³", (420, 560)),
    ("010502001", "矩形柱", "1.混凝土种类：商品混凝土\n2.混凝土强度等级：C30\n3.截面：500×500", "m³", (560, 720)),
    ("010515001", "现浇构件钢筋", "1.钢筋种类、规格：HRB400E Φ12~Φ25", "t", (4800, 6200)),
    (
        "011101001",
        "水泥砂浆楼地面",
        "1.找平层厚度、砂浆配合比：20mm厚1:3水泥砂浆\n2.面层：1:2.5水泥砂浆",
        "m²",
        (28, 46),
    ),
    (
        "011407001",
        "墙面喷刷涂料",
        "1.基层类型：抹灰面\n2.腻子种类：耐水腻子（两遍）\n3.涂料品种：乳胶漆（一底两面）",
        "m²",
        (22, 38),
    ),
]
FORMULAS = [  # (计算式, 说明) — evaluated for 工程量
    ("1.2*(18.6+24.3)*2*0.45", "基础 梁 周长 × 截面"),
    ("(36.5-0.24)*(12.8-0.24)", "净 面积"),
    ("0.5*0.5*(3.6+0.45)*24", "柱 截面 × 高 × 根数"),
    ("3.14*0.6^2/4*12.5*8", "桩 截面 × 桩长 × 根数"),
    ("(2.1+1.8)/2*45.6*1.05", "平均 深度 × 长 × 放坡 系数"),
    ("125.6*0.888/1000", "Φ12 钢筋 长度 × 理论 重量（t）"),
]
MATERIALS = [
    "HRB400E Φ12",
    "HRB400E Φ25",
    "C30 商品混凝土",
    "P·O 42.5 水泥",
    "中砂",
    "碎石 5~31.5mm",
    "SBS 改性沥青防水卷材 3mm",
]
CLEAR_ISSUES = [
    "综合单价 偏离 招标控制价 对应 单价 ±15% 以上（不平衡 报价 嫌疑）",
    "安全文明施工费 费率 低于 规定 下限（≠ 不可竞争 费用 标准）",
    "清单 项目 特征 与 招标 清单 不 一致（“C30” 改 为 “C25”）",
    "暂列 金额 / 专业 工程 暂估价 与 招标 文件 不符",
]
QUESTIONS = [
    "清单 第 3 项 010502001001 矩形柱 项目 特征 未 注明 混凝土 强度 等级（C30 还是 C35？），请 明确。",
    "图纸 结施-05 中 KL3 配筋 为 4Φ25，清单 “现浇构件钢筋” 是否 已 含 植筋（HRB400E Φ12@200）？",
    "土方 “弃土运距：5km” 与 招标 文件 第 2.3 条 “运距 由 投标人 自行 考虑” 矛盾，以 哪个 为准？",
    "暂估价 材料 “铝合金 门窗（断桥，6+12A+6 中空 玻璃）” 单价 是否 含 安装？",
]


def boq_eval(expr: str) -> float:
    """The 工程量 of a 计算式 (+ - * / ^ and brackets), as the 造价 software computes it."""
    return round(eval(expr.replace("^", "**"), {"__builtins__": {}}), 3)  # noqa: S307 - the generator's own formulas


def boq_item(c: Corpus, seq: int) -> dict:
    code, name, feature, unit, (lo, hi) = c.pick(BOQ_ITEMS)
    qty = round(c.num(100, 500000) / 100, 3)
    price = round(c.num(lo * 100, hi * 100) / 100, 2)
    return {
        "xmbm": f"{code}{seq:03d}",
        "xmmc": name,
        "xmtz": feature,
        "jldw": unit,
        "gcl": qty,
        "zhdj": price,
        "hj": round(qty * price, 2),
    }


def project_no(c: Corpus) -> str:
    return f"E5201{c.num(0, 99):02d}{c.num(2026, 2027)}{c.digits(5)}"


@family("bill-of-quantities")
def bill_of_quantities(c: Corpus) -> None:
    f = "bill-of-quantities"
    ref = f"{SITE}/zjz/boq"
    for _ in range(17):
        items = [boq_item(c, i + 1) for i in range(c.num(2, 5))]
        rows = "".join(
            f'<清单项目 项目编码="{x["xmbm"]}" 项目名称={quoteattr(x["xmmc"])} '
            f'计量单位="{x["jldw"]}" 工程量="{x["gcl"]}" '
            f'综合单价="{x["zhdj"]:.2f}" 合价="{x["hj"]:.2f}"><项目特征>{escape(x["xmtz"])}</项目特征></清单项目>'
            for x in items
        )
        total = round(sum(x["hj"] for x in items), 2)
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<工程造价文件 版本="GB50500-2013" 文件类型="招标控制价">'
            f'<建设项目 项目编号="{project_no(c)}" 项目名称={quoteattr(c.pick(DISTRICT_NAMES) + "安置房项目（二期）")}>'
            f'<单位工程 名称="{c.num(1, 12)}#楼 建筑与装饰工程"><分部分项工程 合计="{total:.2f}">{rows}</分部分项工程>'
            "</单位工程></建设项目></工程造价文件>"
        )
        c.add(f, "boq-xml", "POST", "/zjz/api/boq/import", service(c, c.pick(JAVA_UAS), None, XML_CT), body)
    for _ in range(17):
        expr, note = c.pick(FORMULAS)
        doc = {"xmbm": f"{c.pick(BOQ_ITEMS)[0]}{c.num(1, 20):03d}", "jss": expr, "sm": note, "gcl": boq_eval(expr)}
        c.add(f, "quantity-formula", "POST", "/zjz/api/boq/formula", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        fee = money(c, 500_000, 90_000_000)
        fields = [
            ("xmbh", project_no(c)),
            ("zbkzj", f"{fee:.2f}"),
            ("aqwmf", f"{fee * 0.03:.2f}"),
            ("gf", f"{fee * 0.012:.2f}"),
            ("sj", f"{fee * 0.09 / 1.09:.2f}"),
            ("bzr", c.person()),
            ("zjszh", f"黔{c.num(1, 2)}52{c.digits(8)}"),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/zjz/kzj/filing", JQ_ACCEPT, True)
        c.add(f, "control-price-filing", "POST", "/zjz/kzj/filing.do", h, qs(fields, jq))
    for _ in range(16):
        code, name, _, _, _ = c.pick(BOQ_ITEMS)
        q = [("bm", c.pick([code, code[:6], ""])), ("mc", c.pick([name, name[:2], ""])), ("gf", "GB 50854-2013")]
        c.add(f, "code-search", "GET", "/zjz/api/qdbm/search?" + qs(q, axios), web(c, None, 0.1))
    for _ in range(16):
        items = [boq_item(c, i + 1) for i in range(3)]
        data = zip_bytes(
            [("清单.json", js_json(items)), ("编制说明.txt", "计价 依据：GB 50500-2013、2016 版 省 计价 定额\r\n")]
        )
        parts = [
            ("xmbh", project_no(c)),
            ("md5", md5_hex(data)),
            ("file", (f"招标控制价_{c.digits(6)}.zip", "application/zip", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "package-upload", "POST", "/zjz/api/file/upload", h, body)
    for _ in range(16):
        items = []
        for _ in range(c.num(1, 4)):
            x = boq_item(c, c.num(1, 30))
            ctrl = x["zhdj"]
            bid = round(ctrl * c.pick([0.72, 0.8, 1.18, 1.25, 1.4]), 2)
            items.append(
                {
                    "xmbm": x["xmbm"],
                    "kzjdj": ctrl,
                    "tbdj": bid,
                    "pcl": f"{(bid - ctrl) / ctrl:+.1%}",
                    "wt": c.pick(CLEAR_ISSUES),
                }
            )
        doc = {"xmbh": project_no(c), "tbr": company(c), "yc": items}
        c.add(f, "bid-clearing", "POST", "/zjz/api/clear/issues", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        q = [
            ("clmc", c.pick(MATERIALS)),
            ("qy", c.pick(DISTRICT_NAMES)),
            ("qj", f"{c.num(2026, 2027)}-{c.num(1, 12):02d}"),
        ]
        c.add(f, "price-info", "GET", "/zjz/api/xxj/query?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(16):
        fields = [("xmbh", project_no(c)), ("wt", c.pick(QUESTIONS)), ("tbr", "（匿名）")]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/zjz/dy", JQ_ACCEPT, True)
        c.add(f, "clarification-question", "POST", "/zjz/dy/submit.do", h, qs(fields, jq))


# --- fire-tech-service ----------------------------------------------------------------------------------

FIRE_CHECKS = [  # (项目, 实测 template, lo, hi, unit)
    ("湿式 报警阀组 末端 试水 装置", "压力", 0.05, 0.20, "MPa"),
    ("室内 消火栓 栓口 静压", "静压", 0.10, 0.50, "MPa"),
    ("机械 加压 送风 前室 风速", "风速", 0.7, 3.0, "m/s"),
    ("排烟 口 风速", "风速", 5.0, 10.0, "m/s"),
    ("火灾 警报 装置 声压级", "声压级", 65, 115, "dB(A)"),
    ("应急 照明 地面 水平 照度", "照度", 1.0, 10.0, "lx"),
    ("消防 水池 水位", "水位", 2.0, 4.5, "m"),
]
PANEL_EVENTS = ["火警", "故障", "监管", "启动", "反馈", "屏蔽", "复位"]
PANEL_DEVICES = ["光电感烟", "感温", "手动报警按钮", "消火栓按钮", "输入输出模块", "声光警报器"]
BUILDINGS = [
    "金融城 MAX 写字楼 A 座",
    "花果园 购物中心",
    "观山湖 人民医院 门诊楼",
    "高新区 数据 中心 2#机房楼",
    "南明区 某 中学 综合楼",
]


def fire_report_no(c: Corpus) -> str:
    return f"GZXF-{c.pick(['WB', 'JC'])}-{c.num(2026, 2027)}-{c.digits(5)}"


@family("fire-tech-service")
def fire_tech_service(c: Corpus) -> None:
    f = "fire-tech-service"
    ref = f"{SITE}/xfjs/wb"
    for _ in range(17):
        items = []
        for name, what, lo, hi, unit in c.sample(FIRE_CHECKS, c.num(3, 6)):
            val = round(lo + (hi - lo) * c.num(0, 100) / 100, 2)
            items.append({"xm": name, "sc": f"{what} {val} {unit}", "z": val, "dw": unit, "jl": "合格"})
        doc = {
            "bgbh": fire_report_no(c),
            "jzmc": c.pick(BUILDINGS),
            "wbrq": ymd(c, -30, 0),
            "jg": uscc(c),
            "xm": items,
            "zk": c.pick(["主电/备电 切换 正常", "备电 电池 电压 24.6 V（≥ 24 V）", "联动 控制 器 启动 正常"]),
        }
        c.add(f, "maintenance-record", "POST", "/xfjs/api/wb/record", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        bgbh = fire_report_no(c)
        parts = [
            ("bgbh", bgbh),
            ("bglx", c.pick(["维护保养 报告", "检测 报告", "评估 报告"])),
            ("file", (f"{bgbh}.pdf", "application/pdf", pdf_head(c, c.num(600, 1200)))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "report-upload", "POST", "/xfjs/api/report/upload", h, body)
    for _ in range(17):
        q = [
            ("jgmc", c.pick(["", "消防", "安全 技术", "维保"])),
            ("zz", c.pick(["", "维护保养检测", "安全评估"])),
            ("xzqh", "520100"),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "agency-search", "GET", "/xfjs/api/agency/list?" + qs(q, axios), web(c, None, 0.5))
    for _ in range(16):
        lng, lat = lnglat(c)
        doc = {
            "xmmc": c.pick(BUILDINGS),
            "jzmj": round(c.num(3000, 120000) + c.num(0, 99) / 100, 2),
            "jzgd": round(c.num(150, 1500) / 10, 1),
            "cs": f"地上 {c.num(3, 45)} 层/地下 {c.num(0, 3)} 层",
            "nhdj": c.pick(["一级", "二级"]),
            "lng": lng,
            "lat": lat,
            "wbjg": uscc(c),
        }
        c.add(f, "project-filing", "POST", "/xfjs/api/project/filing", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        lng, lat = lnglat(c)
        pts = [
            {
                "bh": f"{c.num(1, 4)}-{c.num(1, 255):03d}",
                "lx": c.pick(PANEL_DEVICES),
                "lc": f"{c.num(-2, 30)}F",
                "lng": round(lng + c.num(-50, 50) / 1e5, 6),
                "lat": round(lat + c.num(-50, 50) / 1e5, 6),
            }
            for _ in range(c.num(2, 6))
        ]
        doc = {"xmbh": f"XM{c.digits(8)}", "dw": pts}
        c.add(f, "device-points", "POST", "/xfjs/api/project/points", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        lines = ["时间,事件,回路,地址,设备类型,位置"]
        t = c.when()
        for _ in range(c.num(4, 12)):
            t = t.replace(microsecond=0)
            lines.append(
                f"{t:%Y-%m-%d %H:%M:%S},{c.pick(PANEL_EVENTS)},{c.num(1, 4)},{c.num(1, 200):03d},"
                f"{c.pick(PANEL_DEVICES)},{c.num(1, 20)}F {c.pick(['走道', '前室', '配电间', '楼梯间'])}"
            )
            t += timedelta(minutes=c.num(1, 90))
        data = ("\r\n".join(lines) + "\r\n").encode()
        parts = [
            ("bgbh", fire_report_no(c)),
            ("kzq", c.pick(["JB-QB-GST200", "JB-TG-JBF-11SF", "JB-QG-TC5120"])),
            ("file", (f"事件记录_{c.digits(6)}.csv", CSV_CT, data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "alarm-log-upload", "POST", "/xfjs/api/wb/eventlog", h, body)
    for _ in range(16):
        fields = [
            ("csmc", company(c) + c.pick(["（KTV）", "（酒店 观山湖 店）", "（健身 中心）", ""])),
            ("tyxydm", uscc(c)),
            ("dz", f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(['长岭', '林城', '中华'])}路{c.num(1, 300)}号"),
            ("mj", str(c.num(200, 6000))),
            ("rs", str(c.num(50, 900))),
            ("fr", c.person()),
            ("cn", "本 单位 承诺 场所 符合 消防 技术 标准，如 有 不实 愿 承担 法律 责任。"),
        ]
        h = web(c, JQ_FORM, 0.5, f"{SITE}/xfjs/gzcn", JQ_ACCEPT, True)
        c.add(f, "pre-opening-pledge", "POST", "/xfjs/gzcn/submit.do", h, qs(fields, jq))
    for _ in range(16):
        q = [("bgbh", fire_report_no(c)), ("yzm", c.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))]
        c.add(f, "report-verify", "GET", "/xfjs/api/report/verify?" + qs(q, axios), web(c, None, 0.6))


# --- hazmat-waybill -------------------------------------------------------------------------------------

DANGEROUS_GOODS = [  # (UN, 正式 运输 名称, 类别, 包装 类别, 技术 名称 or "")
    ("UN1203", "车用汽油或汽油", "3", "II", ""),
    ("UN1202", "柴油或瓦斯油或轻质燃料油", "3", "III", ""),
    ("UN1230", "甲醇", "3", "II", ""),
    ("UN1090", "丙酮", "3", "II", ""),
    ("UN1170", "乙醇或乙醇溶液", "3", "II", ""),
    ("UN1075", "石油气，液化的", "2.1", "", ""),
    ("UN1005", "无水氨", "2.3", "", ""),
    ("UN1789", "氢氯酸", "8", "II", ""),
    ("UN1830", "硫酸，含酸高于51%", "8", "II", ""),
    ("UN1993", "易燃液体，未另作规定的", "3", "II", "（甲苯和N,N-二甲基甲酰胺混合物）"),
    ("UN2735", "胺，液态，腐蚀性，未另作规定的", "8", "III", "（N,N′-二甲基乙二胺）"),
    ("UN3082", "对环境有害的液态物质，未另作规定的", "9", "III", "（4,4′-亚甲基双(2-氯苯胺)溶液）"),
    ("UN1263", "涂料（包括色漆、真漆、瓷漆、着色剂、虫胶溶液、清漆、虫胶清漆、液体填料和液体真漆基料）", "3", "II", ""),
]
DG = {d[0]: d for d in DANGEROUS_GOODS}


def plate(c: Corpus, trailer: bool = False) -> str:
    letters = "ABCDEFGHJ"
    return (
        f"黔{c.pick(letters)}{c.digits(4)}挂" if trailer else f"黔{c.pick(letters)}{c.pick('0123456789D')}{c.digits(4)}"
    )


def waybill_no(c: Corpus) -> str:
    return f"YD52{c.when():%Y%m%d}{c.digits(6)}"


@family("hazmat-waybill")
def hazmat_waybill(c: Corpus) -> None:
    f = "hazmat-waybill"

    def tms(ctype: str | None = JSON_CT) -> dict[str, str]:
        return service(c, c.pick(JAVA_UAS), {"Authorization": bearer(c), "X-Enterprise-Code": uscc(c)}, ctype)

    for _ in range(17):
        goods = []
        for un in c.sample(list(DG), c.num(1, 2)):
            _, name, cls, pg, tech = DG[un]
            goods.append(
                {
                    "unNo": un,
                    "properShippingName": name + tech,
                    "class": cls,
                    "packingGroup": pg,
                    "quantityKg": c.num(500, 15000),
                }
            )
        cap = c.num(16000, 32000)
        doc = {
            "waybillNo": waybill_no(c),
            "consignor": {"name": company(c), "uscc": uscc(c)},
            "carrier": {
                "name": company(c),
                "licenseNo": f"黔交运管许可危字{c.pick(list(DISTRICTS))}{c.digits(6)}号",
            },
            "vehicle": {"tractor": plate(c), "trailer": plate(c, True), "ratedLoadKg": cap},
            "driver": {"name": c.person(), "qualificationNo": c.idcard()},
            "escort": {"name": c.person(), "qualificationNo": c.idcard()},
            "goods": goods,
            "loadingPlace": f"{c.pick(DISTRICT_NAMES)} {c.pick(['油库', '化工园区', '气站'])}",
            "unloadingPlace": f"{c.pick(DISTRICT_NAMES)} {c.pick(['加油站', '工厂', '仓储 中心'])}",
            "plannedDeparture": f"{c.day(0, 5):%Y-%m-%d %H:%M:%S}",
        }
        c.add(f, "waybill-create", "POST", "/dzyd/api/waybill/create", tms(), js_json(doc))
    for _ in range(17):
        q = [("waybillNo", waybill_no(c))]
        c.add(f, "waybill-query", "GET", "/dzyd/api/waybill/detail?" + qs(q, axios), tms(None))
    for _ in range(17):
        cap = c.num(16000, 32000)
        doc = {
            "waybillNo": waybill_no(c),
            "ratedLoadKg": cap,
            "actualLoadKg": c.num(cap // 2, cap),
            "loadTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "checker": c.person(),
            "checks": {"罐体 紧急 切断 阀": "正常", "静电 接地": "已 连接", "标志 牌 / 矩形 标志": "齐全"},
        }
        c.add(f, "loading-confirm", "POST", "/dzyd/api/waybill/load", tms(), js_json(doc))
    for _ in range(16):
        un, name, _, _, _ = c.pick(DANGEROUS_GOODS)
        q = [("keyword", c.pick([un, un[2:], name, name[:4]])), ("pageNum", 1)]
        c.add(f, "dg-list-search", "GET", "/dzyd/api/dglist/search?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(16):
        lng, lat = lnglat(c)
        doc = {
            "waybillNo": waybill_no(c),
            "plate": plate(c),
            "lng": lng,
            "lat": lat,
            "speed": c.num(0, 80),
            "direction": c.num(0, 359),
            "gpsTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "status": c.pick(["在途", "停车 休息", "装货 中", "卸货 中"]),
        }
        c.add(f, "status-report", "POST", "/dzyd/api/waybill/track", tms(), js_json(doc))
    for _ in range(16):
        fields = [
            ("waybillNo", waybill_no(c)),
            ("signer", c.person()),
            ("actualKg", str(c.num(400, 30000))),
            (
                "remark",
                c.pick(
                    [
                        "",
                        "卸货 完毕，罐体 余量 约 20 L（已 记录）。",
                        "收货 单位 储罐 T-102 液位 计 读数 与 运单 一致。",
                    ]
                ),
            ),
        ]
        h = web(c, JQ_FORM, 1.0, f"{SITE}/dzyd/h5/receipt", JQ_ACCEPT, True)
        c.add(f, "unloading-receipt", "POST", "/dzyd/h5/receipt/sign.do", h, qs(fields, jq))
    for _ in range(16):
        un = c.pick(list(DG))
        ctype, body = py_multipart(
            c,
            [
                ("waybillNo", waybill_no(c)),
                ("docType", c.pick(["安全卡", "运单 打印件"])),
                ("file", (f"{un}_安全卡.pdf", "application/pdf", pdf_head(c, c.num(400, 900)))),
            ],
        )
        c.add(f, "document-upload", "POST", "/dzyd/api/waybill/document", tms(ctype), body)
    for _ in range(16):
        q = [("plate", plate(c)), ("plateColor", "黄色")]
        c.add(f, "vehicle-check", "GET", "/dzyd/api/vehicle/qualification?" + qs(q, axios), tms(None))


# --- hazchem-registration -------------------------------------------------------------------------------

CHEMICALS = [  # (名称, CAS digits before the check digit, 目录 序号, GHS 分类, H 说明, 闪点, 爆炸 极限, LD50)
    ("乙醇", "6417", 2568, "易燃液体，类别2", "H225", "13 ℃（闭杯）", "3.3%~19.0%(V/V)", "7060 mg/kg（大鼠经口）"),
    (
        "甲醇",
        "6756",
        1022,
        "易燃液体，类别2；急性毒性-经口，类别3；特异性靶器官毒性-一次接触，类别1",
        "H225, H301+H311+H331, H370",
        "11 ℃（闭杯）",
        "5.5%~44.0%(V/V)",
        "5628 mg/kg（大鼠经口）",
    ),
    (
        "丙酮",
        "6764",
        137,
        "易燃液体，类别2；严重眼损伤/眼刺激，类别2",
        "H225, H319, H336",
        "-18 ℃（闭杯）",
        "2.5%~13.0%(V/V)",
        "5800 mg/kg（大鼠经口）",
    ),
    (
        "甲苯",
        "10888",
        1014,
        "易燃液体，类别2；皮肤腐蚀/刺激，类别2；生殖毒性，类别2",
        "H225, H304, H315, H361d, H373",
        "4 ℃（闭杯）",
        "1.2%~7.0%(V/V)",
        "5000 mg/kg（大鼠经口）",
    ),
    (
        "N,N-二甲基甲酰胺",
        "6812",
        460,
        "易燃液体，类别3；生殖毒性，类别1B",
        "H226, H312+H332, H319, H360D",
        "58 ℃（闭杯）",
        "2.2%~15.2%(V/V)",
        "2800 mg/kg（大鼠经口）",
    ),
    (
        "4,4′-二氨基二苯甲烷",
        "10177",
        2030,
        "致癌性，类别1B；生殖细胞致突变性，类别2",
        "H317, H341, H350, H370, H411",
        "221 ℃（开杯）",
        "—",
        "830 mg/kg（大鼠经口）",
    ),
    (
        "2,2′-偶氮二(2-甲基丁腈)",
        "1347213",
        1032,
        "自反应物质和混合物，D型",
        "H242, H302, H412",
        "—",
        "—",
        "> 2000 mg/kg（大鼠经口）",
    ),
]
P_STATEMENTS = ["P210", "P233", "P240", "P280", "P301+P310", "P303+P361+P353", "P305+P351+P338", "P403+P235", "P501"]
PICTOGRAMS = {  # H 说明 → GB 30000 象形图 (None: the category has none)
    "H225": "GHS02",
    "H226": "GHS02",
    "H242": "GHS02",
    "H301+H311+H331": "GHS06",
    "H302": "GHS07",
    "H312+H332": "GHS07",
    "H315": "GHS07",
    "H317": "GHS07",
    "H319": "GHS07",
    "H336": "GHS07",
    "H304": "GHS08",
    "H341": "GHS08",
    "H350": "GHS08",
    "H360D": "GHS08",
    "H361d": "GHS08",
    "H370": "GHS08",
    "H373": "GHS08",
    "H411": "GHS09",
    "H412": None,
}
SIGNAL = {"GHS02": "危险", "GHS06": "危险", "GHS08": "危险", "GHS07": "警告", "GHS09": "警告"}


def chem_cas(row: tuple) -> str:
    return cas_with_check(row[1])


def reg_cert_no(c: Corpus) -> str:
    return f"52{c.digits(4)}{c.num(2025, 2027)}{c.digits(3)}"


@family("hazchem-registration")
def hazchem_registration(c: Corpus) -> None:
    f = "hazchem-registration"
    ref = f"{SITE}/whpdj/pz"
    for _ in range(17):
        row = c.pick(CHEMICALS)
        name, _, no, ghs, hs, _, _, _ = row
        comps = [{"mc": name, "cas": chem_cas(row), "nd": c.pick(["≥ 99.5%", "30~60", "95%"])}]
        if c.chance(0.4):
            other = c.pick(CHEMICALS)
            comps.append({"mc": other[0], "cas": chem_cas(other), "nd": c.pick(["< 1", "1~5", "10~30"])})
        doc = {
            "hxpmc": name,
            "mlxh": no,
            "cas": chem_cas(row),
            "ghsfl": ghs,
            "hsm": hs,
            "psm": ", ".join(c.sample(P_STATEMENTS, c.num(3, 6))),
            "zf": comps,
            "qymc": company(c),
            "tyxydm": uscc(c),
        }
        c.add(f, "chemical-register", "POST", "/whpdj/api/pz/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        row = c.pick(CHEMICALS)
        parts = [
            ("cas", chem_cas(row)),
            ("hxpmc", row[0]),
            ("bb", f"V{c.num(1, 5)}.{c.num(0, 9)}"),
            ("file", (f"SDS-{chem_cas(row)}-{row[0]}.pdf", "application/pdf", pdf_head(c, c.num(600, 1200)))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "sds-upload", "POST", "/whpdj/api/pz/sds", h, body)
    for _ in range(17):
        row = c.pick(CHEMICALS)
        q = [("cas", chem_cas(row)), ("_", c.ms())]
        c.add(f, "cas-lookup", "GET", "/whpdj/api/catalog/cas?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(16):
        row = c.pick(CHEMICALS)
        name, _, _, _, _, flash, limits, ld50 = row
        doc = {
            "cas": chem_cas(row),
            "hxpmc": name,
            "sd": flash,
            "bzjx": limits,
            "ld50": ld50,
            "fd": f"{c.num(-100, 250)} ℃",
            "zqy": f"{c.num(1, 300) / 10} kPa（20 ℃）",
            "rjx": c.pick(["与水 混溶", "微溶于水，溶于 乙醇、乙醚", "不溶于水"]),
        }
        c.add(f, "physchem-data", "POST", "/whpdj/api/pz/physchem", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        row = c.pick(CHEMICALS)
        hs = row[4].split(", ")
        pics = sorted({p for h in hs if (p := PICTOGRAMS[h])})
        doc = {
            "cas": chem_cas(row),
            "mc": row[0],
            "xhc": "危险" if any(SIGNAL[p] == "危险" for p in pics) else "警告",
            "xtb": pics,
            "wxxsm": hs,
            "fbsm": c.sample(P_STATEMENTS, 3),
            "yjdh": f"0851-{c.digits(8)}",
        }
        c.add(f, "label-content", "POST", "/whpdj/api/pz/label", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        q = [("djzh", reg_cert_no(c)), ("qymc", c.pick(["", company(c)]))]
        c.add(f, "certificate-query", "GET", "/whpdj/api/cert/query?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(16):
        fields = [
            ("tyxydm", uscc(c)),
            ("yjdh", f"0851-{c.digits(8)}"),
            ("lx", c.pick(["自有 24 小时 值守", "委托 化学品 登记 中心 应急 咨询"])),
            ("wtxy", c.pick(["", f"HX-YJ-{c.num(2026, 2027)}-{c.digits(4)}"])),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/whpdj/yj", JQ_ACCEPT, True)
        c.add(f, "emergency-contact", "POST", "/whpdj/yj/save.do", h, qs(fields, jq))
    for _ in range(16):
        doc = {
            "qymc": company(c),
            "tyxydm": uscc(c),
            "qylx": c.pick(["生产", "进口"]),
            "scdz": f"贵州省{c.pick(['开阳 化工园区', '福泉 双龙 工业园', '瓮安 磷化工 园区'])} {c.num(1, 60)}号",
            "aqfzr": c.person(),
            "lxdh": c.mobile(),
            "xkzh": f"（黔）WH安许证字[{c.num(2024, 2027)}]{c.digits(4)}",
        }
        c.add(f, "enterprise-info", "POST", "/whpdj/api/enterprise/save", web(c, JSON_CT, 0.0, ref), js_json(doc))


# --- skill-exam-itembank --------------------------------------------------------------------------------

ITEMS = [  # (题型, 题干, 选项, 答案, 解析)
    (
        "单选",
        "以下 C 程序 的 输出 是（　）。\n#include <stdio.h>\nint main(void) {\n    int a[5] = {1, 2, 3, 4, 5};\n"
        '    int *p = a + 1;\n    printf("%d\\n", *(p + 2));\n    return 0;\n}',
        ["A. 3", "B. 4", "C. 5", "D. 2"],
        "B",
        "p 指向 a[1]，*(p+2) 即 a[3] = 4。",
    ),
    (
        "单选",
        "Python 中 表达式 [x**2 for x in range(5) if x % 2 == 0] 的 值 是（　）。",
        ["A. [0, 4, 16]", "B. [1, 9]", "C. [0, 1, 4, 9, 16]", "D. [4, 16]"],
        "A",
        "range(5) 中 偶数 0、2、4 的 平方。",
    ),
    (
        "多选",
        "关于 SQL 语句 SELECT dept_id, COUNT(*) AS cnt FROM employee WHERE salary > 5000 GROUP BY dept_id "
        "HAVING COUNT(*) >= 3 ORDER BY cnt DESC; 说法 正确 的 是（　）。",
        [
            "A. WHERE 在 分组 前 过滤",
            "B. HAVING 在 分组 后 过滤",
            "C. ORDER BY 可 使用 别名 cnt",
            "D. COUNT(*) 不 统计 NULL 行",
        ],
        "ABC",
        "COUNT(*) 统计 所有 行，包括 含 NULL 的 行。",
    ),
    (
        "判断",
        'Java 中 String s1 = "abc"; String s2 = new String("abc"); 则 s1 == s2 的 结果 为 true。',
        ["√", "×"],
        "×",
        "== 比较 引用，new 创建 新 对象；应 使用 s1.equals(s2)。",
    ),
    (
        "程序填空",
        "补全 函数，使 其 返回 列表 中 第二 大 的 数：\ndef second_max(nums):\n    s = sorted(set(nums))\n"
        "    return ____",
        [],
        "s[-2]",
        "去重 后 排序，取 倒数 第二 个。",
    ),
    (
        "程序改错",
        "下列 C 函数 计算 n!，指出 并 改正 错误：\nlong fact(int "
        "n) {\n    long r = 0;\n    for (int i = 1; i <= n; i++)\n"
        "        r *= i;\n    return r;\n}",
        [],
        "long r = 1;",
        "累乘 初值 应 为 1。",
    ),
    (
        "单选",
        "以下 正则 表达式 中，能 匹配 11 位 手机号（以 1 开头，第二 位 3~9）的 是（　）。",
        ["A. ^1[3-9]\\d{9}$", "B. ^1\\d{10}", "C. [1-9]{11}", "D. ^1[3-9]\\d{10}$"],
        "A",
        "共 11 位：1 + [3-9] + 9 位 数字。",
    ),
    (
        "单选",
        "数据 标注 中，目标 检测 框 常用 格式 YOLO 的 一行 “0 0.512 0.430 0.210 0.380” 中 第二、三 个 数 表示（　）。",
        ["A. 框 中心 归一化 坐标 (x, y)", "B. 左上角 像素 坐标", "C. 宽 和 高", "D. 置信度"],
        "A",
        "YOLO：class x_center y_center w h（归一化）。",
    ),
]
RUN_SAMPLES = [
    (
        "c",
        "#include <stdio.h>\nint main(void) {\n    int n, s = 0;\n    "
        'scanf("%d", &n);\n    for (int i = 1; i <= n; i++) s += i;\n'
        '    printf("%d\\n", s);\n    return 0;\n}',
        "100",
        "5050",
    ),
    ("python3", "n = int(input())\nprint(sum(i * i for i in range(1, n + 1)))", "10", "385"),
    (
        "java",
        "import java.util.Scanner;\npublic class Main {\n    public static void main(String[] args) {\n"
        "        Scanner sc = new Scanner(System.in);\n        String s = sc.nextLine();\n"
        "        System.out.println(new StringBuilder(s).reverse());\n    }\n}",
        "hello",
        "olleh",
    ),
    ("python3", "import sys\nwords = sys.stdin.read().split()\nprint(len(set(words)))", "a b a c b", "3"),
]
OCCUPATIONS = [("4-04-05-01", "计算机程序设计员"), ("4-04-05-05", "人工智能训练师")]
LEVELS = ["五级/初级工", "四级/中级工", "三级/高级工", "二级/技师"]


def item_code(c: Corpus) -> str:
    return f"{c.pick('AB')}-{c.pick('ABCDE')}-{c.pick('ABC')}-{c.num(1, 30):03d}"


@family("skill-exam-itembank")
def skill_exam_itembank(c: Corpus) -> None:
    f = "skill-exam-itembank"
    ref = f"{SITE}/tk/item/edit"
    for _ in range(17):
        kind, stem, options, answer, note = c.pick(ITEMS)
        occ, occ_name = c.pick(OCCUPATIONS)
        doc = {
            "zybm": occ,
            "zymc": occ_name,
            "dj": c.pick(LEVELS),
            "jddm": item_code(c),
            "tx": kind,
            "tg": stem,
            "xx": options,
            "da": answer,
            "jx": note,
            "nd": c.num(1, 5),
            "mtr": c.person(),
        }
        c.add(f, "item-create", "POST", "/tk/api/item/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        kind, stem, options, answer, note = c.pick(ITEMS)
        doc = {
            "stid": c.num(100000, 999999),
            "tg": stem,
            "xx": options,
            "da": answer,
            "jx": note + "（已 按 审题 意见 修改）",
            "bb": c.num(2, 5),
        }
        c.add(f, "item-update", "POST", "/tk/api/item/update", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        q = [
            ("kw", c.pick(["printf", "指针", "GROUP BY", "列表 推导式", "equals", "正则", "YOLO", ""])),
            ("tx", c.pick(["", "单选", "多选", "程序填空"])),
            ("zybm", c.pick(OCCUPATIONS)[0]),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "item-search", "GET", "/tk/api/item/list?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(16):
        rows: list[list[object]] = [
            ["题型", "鉴定点代码", "难度", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析"]
        ]
        for _ in range(c.num(2, 6)):
            kind, stem, options, answer, note = c.pick(ITEMS)
            opts = [o[3:] if o[1:3] == ". " else o for o in options] + [""] * (4 - len(options))
            rows.append([kind, item_code(c), c.num(1, 5), stem, *opts[:4], answer, note])
        data = csv_text(rows, bom=True)
        parts = [("zybm", c.pick(OCCUPATIONS)[0]), ("file", (f"题库导入_{c.digits(4)}.csv", CSV_CT, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "item-import", "POST", "/tk/api/item/import", h, body)
    for _ in range(16):
        fields = [
            ("stid", str(c.num(100000, 999999))),
            ("jl", c.pick(["通过", "修改 后 通过", "不 通过"])),
            (
                "yj",
                c.pick(
                    [
                        "选项 C 与 D 区分度 不够；“COUNT(*) 不 统计 NULL 行” 表述 易 混淆，建议 改 为 COUNT(col)。",
                        '题干 代码 缩进 不 一致（tab 与 空格 混用），printf 格式 串 "%d\\n" 需 转义 显示。',
                        "超纲：三级 考核 不 涉及 Java 泛型 通配符 <? extends T>。",
                        "无",
                    ]
                ),
            ),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/tk/review", JQ_ACCEPT, True)
        c.add(f, "review-opinion", "POST", "/tk/review/save.do", h, qs(fields, jq))
    for _ in range(16):
        counts = {"单选": c.num(20, 40), "多选": c.num(5, 10), "判断": c.num(10, 20)}
        scores = {"单选": 1.0, "多选": 2.0, "判断": 0.5}
        fixed = sum(counts[k] * scores[k] for k in counts)
        rules = [{"tx": k, "sl": n, "fz": scores[k]} for k, n in counts.items()]
        rules.append({"tx": "程序填空", "sl": 1, "fz": 100 - fixed})
        doc = {
            "sjmc": f"{c.pick(OCCUPATIONS)[1]}（{c.pick(LEVELS)}）理论 知识 考试 {c.pick('ABC')} 卷",
            "zf": 100,
            "gz": rules,
        }
        c.add(f, "paper-rule", "POST", "/tk/api/paper/rule", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        lang, code, stdin, stdout = c.pick(RUN_SAMPLES)
        doc = {
            "lang": lang,
            "code": code,
            "stdin": stdin,
            "expected": stdout,
            "timeLimitMs": 1000,
            "memoryLimitKb": 65536,
        }
        c.add(f, "sample-run", "POST", "/tk/api/judge/run", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        q = [("zybm", c.pick(OCCUPATIONS)[0]), ("dj", c.pick(LEVELS)), ("lx", c.pick(["理论", "技能"]))]
        c.add(f, "element-list", "GET", "/tk/api/element/list?" + qs(q, axios), web(c, None, 0.0))


# --- miniapp-dev-forum ----------------------------------------------------------------------------------

POSTS = [  # (title, markdown content, tags)
    (
        "调用 统一 身份 认证 接口 返回 errcode 40001",
        "基础库 版本：3.3.4，开发者 工具 1.06.2402040\n\n按 文档 先 "
        "获取 access_token 再 调 用户 信息 接口，一直 返回：\n\n"
        '```json\n{"errcode":40001,"errmsg":"invalid credential, access_token '
        'is invalid or not latest rid: 65f1a2b3-1c2d3e4f-5a6b7c8d"}\n```\n\n'
        "请求 如下（已 脱敏）：\n\n```bash\ncurl -X POST "
        "'https://api.example.gov.cn/open/v1/user/info?access_token=ACCESS_TOKEN' \\\n"
        '  -H \'Content-Type: application/json\' \\\n  -d \'{"code":"0a3Xkz000xYZ","scope":"base"}\'\n```\n\n'
        "token 是 2 小时 前 拿 的，是否 被 其他 服务 刷新 了？",
        ["统一身份认证", "access_token"],
    ),
    (
        "真机 上 wx.request 报 TypeError，模拟器 正常",
        "报错 信息：\n\n```\nTypeError: Cannot read property 'data' of "
        "undefined\n    at Object.success (pages/banjian/index.js:42)\n"
        "    at Function.I.forEach.v.<computed> "
        "(WAServiceMainContext.js:1:1271835)\n```\n\n代码：\n\n```js\nwx.request({\n"
        "  url: `${BASE}/banjian/list`,\n  data: { page: 1, size: 20 },\n  "
        "success(res) {\n    this.setData({ list: res.data.data.records })\n"
        "  }\n})\n```",
        ["小程序", "wx.request"],
    ),
    (
        "电子 证照 亮证 接口 签名 校验 失败（sign error）",
        "签名 规则 按 文档：`sign = MD5(appId + timestamp + nonce + body "
        "+ appSecret).toUpperCase()`，body 为 原始 JSON 字符串。\n\n"
        "Java 代码：\n\n```java\nString raw = appId + ts + nonce + body + secret;\n"
        "String sign = DigestUtils.md5Hex(raw.getBytes(StandardCharsets.UTF_8)).toUpperCase();\n```\n\n"
        'body 里 有 中文 `"holderName":"张三"`，是不是 编码 问题？用 Postman 测 是 通 的。',
        ["电子证照", "签名"],
    ),
    (
        "事项 跳转 H5 在 iOS 上 白屏",
        "web-view src 为 `https://h5.example.gov.cn/#/apply?itemCode=11520100MB1234567X4000112001&from=miniapp`，"
        "Android 正常，iOS 16.5 白屏，vConsole 输出：\n\n```\nRefused to "
        "display 'https://h5.example.gov.cn/' in a frame because it set "
        "'X-Frame-Options' to 'sameorigin'.\n```\n\n业务 域名 已 配置，校验 文件 也 放 了。",
        ["web-view", "iOS"],
    ),
    (
        "支付 回调 notify_url 收不到 通知",
        "nginx access.log 没有 回调 记录。配置：\n\n```nginx\nlocation /pay/notify {\n    proxy_pass http://127.0.0.1:8081/pay/notify;\n"
        "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n}\n```\n\n"
        "防火墙 只 放通 了 443，回调 IP 段 是否 需要 加白（文档 里 写 的 是 “见 附录 C”）？",
        ["非税支付", "回调"],
    ),
]
REPLIES = [
    "access_token 是 全局 唯一 的，多 台 服务器 各自 获取 会 互相 "
    "覆盖，建议 由 中控 服务 统一 获取 并 缓存（expires_in = 7200）。",
    "success 回调 里 用 了 function，this 指向 变 了；改 为 箭头 函数 `success: (res) => {…}` 即可。",
    "body 参与 签名 前 不要 再 做 JSON.parse/stringify，否则 字段 顺序 和 空格 会 变；另外 确认 是 UTF-8 而 不是 GBK。",
    "X-Frame-Options 需要 改 为 允许 嵌入，或 去掉 该 头，改 用 `Content-Security-Policy: frame-ancestors https://servicewechat.com`。",
    '回调 源 IP 段 见 附录 C（如 203.0.113.0/24 仅 为 示例），请 同时 放通 80/443，并 确认 返回 `{"code":"SUCCESS"}`。',
    "已 解决，感谢！原因 是 测试 环境 与 正式 环境 appSecret 混用 了。",
]
DOC_TERMS = [
    "errcode 40001",
    "签名 算法",
    "web-view 业务 域名",
    "access_token 有效期",
    "电子 证照 亮证",
    "notify_url",
    "事项 编码 规则",
]


def post_id(c: Corpus) -> str:
    return f"{c.hexs(4)}{c.digits(8)}"


@family("miniapp-dev-forum")
def miniapp_dev_forum(c: Corpus) -> None:
    f = "miniapp-dev-forum"
    ref = f"{SITE}/dev/community/develop/question"
    for _ in range(17):
        title, content, tags = c.pick(POSTS)
        doc = {
            "title": title,
            "content": content,
            "tags": tags,
            "type": c.pick(["question", "bug"]),
            "appid": f"wx{c.hexs(8)}",
            "libVersion": c.pick(["3.3.4", "3.4.1", "3.5.0"]),
            "snippet": c.pick(["", f"https://developers.weixin.qq.com/s/{c.alnum(12)}"]),
        }
        c.add(f, "ticket-create", "POST", "/dev/api/community/post", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        doc = {"postId": post_id(c), "content": c.pick(REPLIES), "replyTo": c.pick(["", post_id(c)])}
        c.add(f, "ticket-reply", "POST", "/dev/api/community/comment", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        q = [
            ("keyword", c.pick([*DOC_TERMS, "TypeError: Cannot read property 'data'", "X-Frame-Options sameorigin"])),
            ("tag", c.pick(["", "小程序", "签名"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "ticket-search", "GET", "/dev/api/community/search?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(16):
        if c.chance(0.5):
            item = (f"screenshot_{c.digits(6)}.png", "image/png", png(c, c.num(500, 1000)))
        else:
            log = c.pick(POSTS)[1].split("```")[1]
            item = (f"console_{c.digits(4)}.log", "text/plain", log.encode())
        h, body = upload(c, [("postId", post_id(c)), ("file", item)], ref, 0.0)
        c.add(f, "attachment-upload", "POST", "/dev/api/community/upload", h, body)
    for _ in range(16):
        doc = {
            "appid": f"wx{c.hexs(8)}",
            "sxbm": f"11520100MB{c.digits(7)}X{c.digits(4)}{c.digits(6)}",
            "sxmc": c.pick(["公积金 提取", "社保 缴费 记录 查询", "不动产 登记 进度 查询", "居住证 签注"]),
            "callbackDomain": f"https://{c.pick(['h5', 'api', 'zwfw'])}.example.gov.cn",
            "ipWhitelist": ", ".join(f"10.{c.num(0, 255)}.{c.num(0, 255)}.0/24" for _ in range(c.num(1, 3))),
            "contact": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "access-apply", "POST", "/dev/api/access/apply", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(16):
        payload = {"code": c.alnum(12), "scope": c.pick(["base", "userinfo"]), "timestamp": c.ms(), "nonce": c.hexs(8)}
        doc = {
            "method": "POST",
            "url": c.pick(["/open/v1/user/info", "/open/v1/license/show", "/open/v1/pay/order"]),
            "headers": {"Content-Type": "application/json", "X-App-Id": f"wx{c.hexs(8)}"},
            "body": js_json(payload),
        }
        c.add(
            f, "api-debug", "POST", "/dev/api/debug/send", web(c, JSON_CT, 0.0, f"{SITE}/dev/tools/debug"), js_json(doc)
        )
    for _ in range(16):
        q = [("q", c.pick(DOC_TERMS)), ("from", c.pick(["doc", "faq"]))]
        c.add(f, "doc-search", "GET", "/dev/api/doc/search?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(16):
        doc = {
            "postId": post_id(c),
            "score": c.num(3, 5),
            "comment": c.pick(["", "回复 很 及时", "建议 文档 补充 签名 示例（含 中文 body）"]),
        }
        h = miniprogram(c, JSON_CT) if c.chance(0.3) else web(c, JSON_CT, 0.0, ref)
        c.add(f, "ticket-rate", "POST", "/dev/api/community/rate", h, js_json(doc))


# --- seismic-fdsn ---------------------------------------------------------------------------------------

OBSPY_UAS = [
    "ObsPy/1.4.0 (Linux-5.15.0-91-generic-x86_64-with-glibc2.35, Python 3.10.12)",
    "ObsPy/1.4.1 (Windows-10-10.0.19045-SP0, Python 3.11.7)",
    "ObsPy/1.4.1 (macOS-14.2.1-arm64-arm-64bit, Python 3.12.1)",
]
SEIS_NETS = {"GZ": ["GYA", "ZNY", "LPS", "XYI", "TRN"], "YN": ["KMI", "ZAT", "DOC"], "SC": ["CD2", "YAN", "LZH"]}
CHANNELS = ["BHZ", "BHN", "BHE", "HHZ", "SHZ", "BH?", "HH?"]
INTENSITY = ["Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"]


def iso(c: Corpus, lo: int, hi: int) -> str:
    return f"{c.day(lo, hi):%Y-%m-%dT%H:%M:%S}"


def obspy(c: Corpus, ctype: str | None = None) -> dict[str, str]:
    h = {
        "User-Agent": c.pick(OBSPY_UAS),
        "Accept-Encoding": "gzip, deflate",
        "Accept": "*/*",
        "Connection": "keep-alive",
    }
    if ctype:
        h["Content-Type"] = ctype
    return h


def days(c: Corpus) -> tuple[str, str]:
    start = c.day(-400, -30)
    return f"{start:%Y-%m-%dT00:00:00}", f"{start + timedelta(days=c.num(1, 90)):%Y-%m-%dT23:59:59}"


def window(c: Corpus) -> tuple[str, str]:
    start = c.day(-200, -1)
    return f"{start:%Y-%m-%dT%H:%M:%S}", f"{start + timedelta(minutes=c.num(5, 240)):%Y-%m-%dT%H:%M:%S}"


@family("seismic-fdsn")
def seismic_fdsn(c: Corpus) -> None:
    f = "seismic-fdsn"
    for _ in range(17):
        s, e = days(c)
        lat0, lng0 = 24 + c.num(0, 30) / 10, 103 + c.num(0, 40) / 10
        q = [
            ("starttime", s),
            ("endtime", e),
            ("minlatitude", f"{lat0:.1f}"),
            ("maxlatitude", f"{lat0 + 3:.1f}"),
            ("minlongitude", f"{lng0:.1f}"),
            ("maxlongitude", f"{lng0 + 4:.1f}"),
            ("minmagnitude", c.pick(["2.0", "3.0", "4.5"])),
            ("orderby", "time"),
            ("format", "xml"),
        ]
        c.add(f, "event-query", "GET", "/fdsnws/event/1/query?" + urllib_qs(q), obspy(c))
    for _ in range(17):
        net = c.pick(list(SEIS_NETS))
        q = [
            ("network", net),
            ("station", c.pick(["*", ",".join(SEIS_NETS[net][:2]), SEIS_NETS[net][0]])),
            ("location", c.pick(["*", "00", "--"])),
            ("channel", c.pick(CHANNELS)),
            ("level", c.pick(["station", "channel", "response"])),
            ("format", c.pick(["xml", "text"])),
        ]
        c.add(f, "station-query", "GET", "/fdsnws/station/1/query?" + urllib_qs(q), obspy(c))
    for _ in range(17):
        lines = [f"quality={c.pick(['B', 'M', 'D'])}", "minimumlength=0.0", "longestonly=false"]
        for _ in range(c.num(1, 6)):
            net = c.pick(list(SEIS_NETS))
            s, e = window(c)
            lines.append(f"{net} {c.pick(SEIS_NETS[net])} {c.pick(['00', '--', '*'])} {c.pick(CHANNELS)} {s} {e}")
        c.add(
            f, "dataselect-post", "POST", "/fdsnws/dataselect/1/query", obspy(c, "text/plain"), "\n".join(lines) + "\n"
        )
    for _ in range(16):
        s, e = days(c)
        lng, lat = lnglat(c)
        q = [
            ("starttime", s),
            ("endtime", e),
            ("latitude", f"{lat:.4f}"),
            ("longitude", f"{lng:.4f}"),
            ("maxradius", c.pick(["0.5", "1.0", "2.5"])),
            ("mindepth", "0"),
            ("maxdepth", c.pick(["30", "70"])),
            ("format", "xml"),
        ]
        c.add(f, "event-radius", "GET", "/fdsnws/event/1/query?" + urllib_qs(q), obspy(c))
    for _ in range(16):
        s, e = days(c)
        q = [
            ("starttime", s),
            ("endtime", e),
            ("minmagnitude", "1.0"),
            ("format", "text"),
            ("limit", c.pick(["100", "1000"])),
        ]
        c.add(f, "event-text", "GET", "/fdsnws/event/1/query?" + urllib_qs(q), client(c, c.pick(PY_UAS)))
    for _ in range(16):
        net = c.pick(list(SEIS_NETS))
        s, e = window(c)
        q = [
            ("net", net),
            ("sta", c.pick(SEIS_NETS[net])),
            ("loc", "00"),
            ("cha", c.pick(CHANNELS[:5])),
            ("start", s),
            ("end", e),
        ]
        c.add(f, "dataselect-get", "GET", "/fdsnws/dataselect/1/query?" + urllib_qs(q), obspy(c))
    for _ in range(16):
        s, e = window(c)
        doc = {
            "sqr": c.person(),
            "dw": c.pick(["中国地震局地球物理研究所", "贵州省地震局", "贵州大学 资源与环境工程学院"]),
            "sjlx": c.pick(["连续 波形（miniSEED）", "台站 仪器 响应（StationXML）", "地震 目录（QuakeML）"]),
            "tw": c.pick([f"GZ.*.00.BH? {s}—{e}", "GZ.GYA,ZNY"]),
            "yt": c.pick(
                [
                    "用于 黔中 地区 接收 函数 H-κ 叠加 反演 地壳 厚度（Vp/Vs）研究。",
                    "背景 噪声 互相关（0.1~1 Hz）提取 面波 频散，构建 S 波 速度 结构。",
                    "硕士 论文：小 震 精定位（HypoDD），ML ≥ 1.0 事件 约 3,200 个。",
                ]
            ),
            "sjwcrq": ymd(c, 1, 30),
        }
        c.add(f, "data-apply", "POST", "/api/data/apply", web(c, JSON_CT, 0.0, f"{SITE}/data/apply"), js_json(doc))
    for _ in range(16):
        lng, lat = lnglat(c)
        doc = {
            "eventId": f"CC{c.when():%Y%m%d%H%M%S}.{c.num(10, 99)}",
            "lng": lng,
            "lat": lat,
            "lc": f"{c.num(1, 33)}",
            "gs": c.pick(
                [
                    "感到 明显 摇晃，吊灯 摆动，门窗 作响。",
                    "静止 时 有 感，持续 约 3~5 s。",
                    "睡梦 中 被 晃醒，桌上 杯子 移动（无 倒落）。",
                ]
            ),
            "ld": c.pick(INTENSITY),
            "jzlx": c.pick(["钢筋混凝土", "砖混", "木结构"]),
        }
        c.add(f, "felt-report", "POST", "/api/felt/report", miniprogram(c, JSON_CT), js_json(doc))


def urllib_qs(params: list[tuple[str, str]]) -> str:
    """A query string as python-requests encodes params= (urllib.parse.urlencode: ':' and ',' percent-encoded)."""
    return urllib.parse.urlencode(params)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
