"""Generate corpus O: a FIFTEENTH set of ordinary requests to Chinese government sites, independent of A-N.

    python tests/waf/data/gen_cms_corpus_o.py   # writes cms_o_tuning.jsonl and cms_o_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
O measures the WAF's false positives on traffic no tuning round has seen. A-N cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, gateways,
registries, devices, the 部门 business systems of L, the public services of M and the services of N. Corpus O
covers services whose real traffic carries STRUCTURED or TECHNICAL content that users write or paste, or that
real client software sends, where ordinary requests are hardest for a WAF: 政务云 运维 工单 (error logs, stack
traces, SQL error messages, slow SQL, nginx configuration and kubectl output pasted by operators); 信创 适配
认证 (product versions with brackets, uname and JDBC URLs, Oracle-to-KingbaseES dialect questions); 气象 数据
共享 (data.cma.cn API: interfaceId, dataCode, element lists, timeRange=[a,b], latLons); 卫星导航 定位 基准站
CORS (NTRIP 2.0 requests with Ntrip-GGA NMEA sentences, RINEX uploads, DMS coordinates with quotes); 无人驾驶
航空器 飞行 管理 (UOM 实名登记, 空域 polygons, GeoJSON, KML routes); 裁判文书 检索 (queryCondition JSON in forms,
案号 with （）, date ranges "a TO b"); 区域 全民健康 信息 平台 互联互通 (HL7 V3 and CDA XML with OIDs, units and
ICD-10 codes); 科技 期刊 采编 (abstracts with formulas and units, GB/T 7714 references with DOIs, ORCID with its
check character, DOCX manuscripts); 学历 学位 认证 (学信网 验证码, 证书 编号, 国外 学历 with apostrophes and
brackets, CSV batch checks); 电子 公文 交换 (GB/T 33476 公文 XML, 发文字号 〔2027〕12号, OFD packages); 电子档案
移交 (DA/T 46 元数据 XML, DA/T 22 档号 X001-WS·2027-Y-BGS-0001, file paths and MD5 digests); and 药品 注册 申报
(eCTD index.xml backbones with xlink:href paths and MD5 checksums, 化学名称 with brackets and primes, CAS numbers
with check digits). ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies
follow; values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where
the services check something (公民身份号码 and 统一社会信用代码 check characters, NMEA checksums, DMS = decimal
degrees, MD5 checksums of uploaded files, ORCID and CAS check characters, signatures, sums) the generator does it
for real, so the fast tests can check the requests the way the receiving servers would. Nothing here is an
attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-N (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-o/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on O was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-o/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-o/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import sys
import urllib.parse
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_n as corpus_n
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
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and helpers
    DISTRICT_NAMES,
    company,
    pdf_head,
    png,
    uscc,
)
from tests.waf.data.gen_cms_corpus_l import app_headers, miniprogram  # L's clients
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web, ymd  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import JAVA_UAS, service, uscc_with  # N's back-end clients

TUNING_FILE, HELD_OUT_FILE = part_files("o")
SEED = 20280811
SALT = "corpus-o/"

SOURCES = {
    "govcloud-ticket": "华为云 工单管理 OSM API v2 as 省 政务云 (Huawei Cloud Stack) 服务 门户 use it: POST "
    "/v2/servicerequest/cases (product_category_id, business_type_id, region_id, simple_description, "
    "remind_mobile, remind_mail, contact_way, time_zone, accessory_ids, extends_param), GET "
    "/v2/servicerequest/cases (search_key, status, offset, limit, query_start_time/query_end_time), "
    "/cases/{case_id}/messages, POST /v2/servicerequest/accessorys (multipart file, use_type), satisfaction; "
    "what operators really paste: nginx error.log lines (upstream timed out (110: Connection timed out)), nginx "
    "location/proxy_pass blocks, Java stack traces (Caused by: …, at …), 达梦 DMException / ORA- / MySQL ERROR "
    "1205 messages, slow SQL with EXPLAIN notes, kubectl get pods output; 政务云 知识库 search and 资源 申请 单 "
    "(ECS 规格 s6.xlarge.2, 镜像, 安全组 规则 TCP:443 源 10.52.0.0/16)",
    "xinchuang-adapt": "信创 适配 验证 中心 and 操作系统/数据库 厂商 生态 兼容性 认证 平台 (银河麒麟 生态 "
    "适配, 统信 UOS "
    "生态 适配, 达梦 and 人大金仓 兼容 互认证): 适配 申请 (产品 版本 with build numbers, CPU 鲲鹏 920/飞腾 "
    "D2000/海光 C86 7285/龙芯 3A5000, OS 银河麒麟 V10 SP3 (2403)/统信 UOS V20 (1070e), 数据库 DM8/KingbaseES "
    "V8R6, 中间件 TongWeb/Apusic), 环境 信息 (uname -a, /etc/os-release, java -version output, JDBC URLs "
    "jdbc:dm:// and jdbc:kingbase8://), 测试 报告 PDF uploads, 适配 问题 反馈 with pasted errors "
    "(UnsatisfiedLinkError wrong ELF class, 字符集 GB18030), 数据库 迁移 咨询 (NVL/DECODE/to_char dialect), "
    "兼容 清单 search, 证书 核验, 进度",
    "met-data-share": "中国气象数据网 (data.cma.cn) 数据 接口 and CIMISS/天擎 MUSIC API as documented for users: "
    "/api?userId=&pwd=&dataFormat=json&interfaceId=getSurfEleByTimeRangeAndStaID|getSurfEleInRegionByTime|"
    "getSurfEleInRectByTime|getNafpEleAtPointByTime|getRadaFileByTimeRange&dataCode=SURF_CHN_MUL_HOR|"
    "SURF_CHN_MUL_DAY|NAFP_FOR_FTM_HIGH_EC_GLB|RADA_L2_UFMT&elements=Station_Id_C,Year,Mon,Day,Hour,PRS,TEM,"
    "RHU,PRE_1h,WIN_S_Avg_2mi&timeRange=[YYYYMMDDHHMISS,YYYYMMDDHHMISS]&staIDs=57816,57806&adminCodes=520000"
    "&minLat=&minLon=&maxLat=&maxLon=&latLons=26.57/106.71 (python-requests, curl and Java clients, raw and "
    "encoded), 数据 目录 检索, 科研 数据 申请 with 论文 题目 and 申请函 PDF, 订单 状态",
    "cors-gnss": "省 卫星导航定位基准站 综合服务 系统 (CORS): NTRIP 2.0 (RTCM 10410.1: GET / source table and GET "
    "/<mountpoint> with Ntrip-Version: Ntrip/2.0, Basic Authorization, Ntrip-GGA: $GPGGA/$GNGGA NMEA 0183 "
    "sentence with its XOR checksum; clients RTKLIB, BKG NTRIP Client, 华测/南方/中海达 RTK 手簿), 账号 申请 "
    "(单位, 用途, 设备 型号 and 序列号, 测绘 资质 证书), 坐标 转换 (WGS84/CGCS2000 BLH in 度分秒 26°34'12.3456\" "
    "and decimal degrees, 3° Gauss-Krüger 带), 控制点 成果 查询 by bbox, RINEX 3.04 观测 文件 uploads and "
    "静态 解算 申请 (天线 型号 and 高), 账号 使用 查询",
    "uav-flight-plan": "民用无人驾驶航空器综合管理平台 UOM (uom.caac.gov.cn) and 《无人驾驶航空器飞行管理暂行条例》 "
    "(国务院、中央军委令第761号): 实名 登记 (产品 型号, 序列号, 最大 起飞 重量 kg, 登记 标志), 飞行 活动 申请 "
    "(空域 圆形 中心 + 半径 or 多边形 拐点 in 度分秒 N26°34'12\" E106°42'30\" and decimal, 真高 m, 时间 窗, 任务 "
    "性质, 驾驶员 执照), 适飞 空域 查询, GeoJSON 空域 冲突 检查, 飞行 动态 数据 上报 (track points), KML "
    "航线 uploads (DJI Pilot 2 export), 驾驶员 执照 查询, 保险 保单 PDF",
    "judgment-docs": "中国裁判文书网 (wenshu.court.gov.cn) as its front end and public crawlers on GitHub send it: "
    "POST /website/parse/rest.q4w form (pageId, s8 案件类型, sortFields=s50:desc, ciphertext, pageNum, pageSize, "
    'queryCondition=[{"key":"s21","value":"…"}] with keys s21 全文, s1 案件名称, s7 案号, s2 法院, s11 案由, '
    's17 当事人, s18 律所, s16 法官, cprq 裁判日期 "2026-01-01 TO 2026-12-31", s45 关键词, s49 法律依据; cfg='
    "com.lawyee.judge.dc.parse.dto.SearchDataDsoDTO@queryDoc, __RequestVerificationToken) and @docInfoSearch "
    "with docId; 案号 per 《最高人民法院关于人民法院案件案号的若干规定》 (（2026）黔0102民初1234号)",
    "health-info-exchange": "WS/T 500-2016 电子病历共享文档规范, WS/T 483 健康档案共享文档规范 and 国家医疗健康信息 "
    "区域（医院）信息互联互通标准化成熟度测评 交互服务 (HL7 V3: PRPA_IN201311UV02 个人信息注册, PRPA_IN201305UV02 "
    "个人信息查询, PRPM_IN301010UV01 医疗卫生人员注册; CDA R2 ClinicalDocument with OIDs 2.16.156.10011.*, "
    "身份证 root 2.16.156.10011.1.3, GB/T 2261.1 性别, ICD-10 诊断, units mmHg mmol/L %), HIS/集成平台 "
    "HIPMessageServer SOAP wrappers (action + message CDATA), 值域 字典 查询 (WS 364 CV codes), 医生 工作站 "
    "健康档案 调阅",
    "journal-submission": "科技 期刊 采编 系统 (勤云 期刊 采编 /ch/reader/view_abstract.aspx?file_no=, "
    "/ch/reader/key_query.aspx?key=, 作者 投稿 and 审稿 中心) of 政府 部门 主管 journals: 投稿 元数据 (题名 with "
    "formulas Cd²⁺ and LaTeX $…$, 摘要 with units mg·kg⁻¹ and p < 0.05, 关键词 ；-separated, 作者 单位 with "
    "postcodes, ORCID per ISO 7064 MOD 11-2), DOCX 稿件 uploads, GB/T 7714-2015 参考文献 with [J] [M] markers "
    "and DOI, 审稿 意见, 修改 说明, 稿件 状态",
    "degree-verify": "学信网 (chsi.com.cn) 学籍/学历 在线验证 报告 (/xlcx/bg.do?vcode=&srcid=bgcx), 学历 证书 "
    "编号 查询 (18 位: 院校代码 5 + 办学类型 1 + 年份 4 + 层次 2 + 顺序 6), English verification reports (name in "
    "pinyin), 用人单位 批量 核验 CSV; 教育部留学服务中心 国外学历学位认证 (cscse.edu.cn: 院校 names such as "
    "King's College London and Université Paris-Saclay, 专业 with brackets, 学位, 出入境 记录, 证书/成绩单/护照 "
    "uploads, 认证 结果 查询); 中国学位与研究生教育信息网 学位 证书 查询",
    "edoc-exchange": "GB/T 33476.1/.2/.3-2016 党政机关电子公文格式规范 and GB/T 9704-2012 党政机关公文格式 "
    "(份号, 密级 无, 紧急程度, 发文机关标志, 发文字号 黔府办发〔2027〕12号, 签发人, 标题 with 《》, 主送机关, 附件 "
    "说明, 成文日期, 印发机关 and 印发日期), GB/T 33190-2016 OFD packages (OFD.xml), 省 电子公文 交换 系统 as OA "
    "clients call it (发文 XML, 附件 upload, 签收, 退文 with 原因, 流转 状态, 公文 检索, 回执 回调 with HMAC-SHA256 "
    "sign, 单位 目录 by 统一社会信用代码 11…)",
    "earchive-transfer": "DA/T 93-2022 电子档案移交接收操作规程, DA/T 46-2009 文书类电子文件元数据方案, DA/T 48-2009 "
    "基于XML的电子文件封装规范, DA/T 22-2015 归档文件整理规则 (档号 全宗号-门类代码·年度-保管期限-机构代码-件号: "
    "X001-WS·2027-Y-BGS-0001), DA/T 70-2018 四性 检测: 机关 档案 系统 移交 to 档案馆 (元数据 XML, 移交 清单 "
    "JSON with file paths, 文件 uploads with MD5 数字摘要, 四性 检测 结果, 移交 检索, 接收 回执, 鉴定 清册, 分类 "
    "方案)",
    "drug-registration": "国家药监局 药品审评中心 (CDE) 申请人之窗 and 《药品注册管理办法》 (2020), "
    "《M4：人用药物注册申请"
    "通用技术文档（CTD）》 and CDE eCTD 技术规范 (index.xml backbone: ectd:ectd dtd-version 3.2, m1-regional, "
    "m3-2-s-drug-substance substance/manufacturer attributes, leaf ID/operation/checksum-type=md5/checksum/"
    "xlink:href paths m3/32-body-data/32s-drug-sub/…; cn-regional.xml), 申请表 (化学药品 注册 分类, 化学名称 "
    "with brackets, stereodescriptors and primes, CAS 登记号 with check digit), 受理号 CXHS/CYHS/JXHS 查询, 沟通"
    "交流 会议 申请 (杂质 RRT, 限度 %), 审评 进度",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: N's (and so M's, L's, J's, I's, H's, G's and F's), recording O's sources -----------------


class Corpus(corpus_n.Corpus):
    """N's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with O's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

PY_UAS = ["python-requests/2.31.0", "python-requests/2.32.3", "curl/7.81.0", "curl/8.5.0"]
XML_CT = "application/xml;charset=UTF-8"


def client(c: Corpus, ua: str, ctype: str | None = None) -> dict[str, str]:
    """A script or library client (python-requests, curl): its own few headers."""
    if ua.startswith("curl"):
        h = {"User-Agent": ua, "Accept": "*/*"}
    else:
        h = {"User-Agent": ua, "Accept-Encoding": "gzip, deflate", "Accept": "*/*", "Connection": "keep-alive"}
    if ctype:
        h["Content-Type"] = ctype
    return h


def md5_hex(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def zip_bytes(files: list[tuple[str, str]]) -> bytes:
    """A zip (OFD, KMZ) with fixed timestamps, so the bytes are deterministic."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in files:
            info = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode())
    return out.getvalue()


def dms(value: float, pos: str, neg: str, places: int = 2) -> str:
    """Decimal degrees as 度分秒: 106°42'30.25\"E (the form users type and 手簿 export)."""
    hemi = pos if value >= 0 else neg
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60, places)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    width = 2 if places == 0 else 3 + places
    return f"{d}°{m:02d}'{s:0{width}.{places}f}\"{hemi}"


def point(c: Corpus) -> tuple[float, float]:
    """(lng, lat) around 贵阳, to the 1e-6 degree."""
    return round(106.55 + c.num(0, 30000) / 100000, 6), round(26.40 + c.num(0, 25000) / 100000, 6)


# --- govcloud-ticket --------------------------------------------------------------------------------

PRODUCTS = {  # product_category_id: (产品, [business_type_id …])
    "ECS": ("弹性云服务器", ["bt-ecs-start", "bt-ecs-net", "bt-ecs-disk"]),
    "RDS": ("云数据库 RDS for MySQL", ["bt-rds-perf", "bt-rds-conn"]),
    "DMDB": ("达梦 数据库 DM8（政务云 专属）", ["bt-dm-error", "bt-dm-perf"]),
    "ELB": ("弹性负载均衡", ["bt-elb-502", "bt-elb-cert"]),
    "CCE": ("云容器引擎", ["bt-cce-pod", "bt-cce-image"]),
    "OBS": ("对象存储服务", ["bt-obs-acl", "bt-obs-upload"]),
}
SYSTEMS = [
    "一网通办 统一 受理 平台",
    "12345 热线 工单 系统",
    "不动产 登记 系统",
    "公积金 网厅",
    "电子证照 库",
    "好差评 系统",
]
LOGS = [
    "2027/03/15 09:12:33 [error] 2314#0: *187 upstream timed out (110: Connection timed out) while reading "
    'response header from upstream, client: 10.52.3.18, server: zwfw.example.gov.cn, request: "GET '
    '/api/banjian/list?page=1&size=20 HTTP/1.1", upstream: "http://10.52.8.21:8080/api/banjian/list?page=1&size=20", '
    'host: "zwfw.example.gov.cn"',
    "2027/03/16 14:02:11 [error] 871#0: *5521 connect() failed (111: Connection refused) while connecting to "
    'upstream, client: 10.52.6.40, server: _, request: "POST /gateway/sso/token HTTP/1.1", upstream: '
    '"http://127.0.0.1:9000/sso/token"',
    "org.springframework.jdbc.BadSqlGrammarException: \n### Error querying database.  Cause: "
    "dm.jdbc.driver.DMException: 第1 行附近出现错误:\n无效的表或视图名[T_BJ_CLXX]\n### The error may exist in "
    "file [/opt/app/classes/mapper/BanjianMapper.xml]\n\tat org.springframework.jdbc.support."
    "SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:101)",
    "Caused by: java.net.SocketTimeoutException: Read timed out\n\tat java.net.SocketInputStream.socketRead0("
    "Native Method)\n\tat java.net.SocketInputStream.read(SocketInputStream.java:171)\n\tat "
    "org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
    "ORA-01653: unable to extend table ZWFW.T_OPER_LOG by 8192 in tablespace USERS",
    "ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction",
    "NAME                            READY   STATUS             RESTARTS   AGE\n"
    "zwfw-api-7d9f8c6b5-x2k4q        0/1     CrashLoopBackOff   12         47m\n"
    "zwfw-web-5c6d7f8b9-m8n2p        1/1     Running            0          3d",
    "java.lang.OutOfMemoryError: GC overhead limit exceeded\n\tat java.util.Arrays.copyOf(Arrays.java:3332)\n"
    "\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)",
    "Warning  FailedScheduling  2m (x14 over 9m)  default-scheduler  0/6 nodes are available: 3 Insufficient "
    "memory, 3 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate.",
]
CONFIGS = [
    "location /api/ {\n    proxy_pass http://10.52.8.21:8080/;\n    proxy_set_header Host $host;\n"
    "    proxy_set_header X-Real-IP $remote_addr;\n    proxy_read_timeout 60s;\n    client_max_body_size 50m;\n}",
    "upstream zwfw_api {\n    server 10.52.8.21:8080 weight=5 max_fails=3 fail_timeout=30s;\n"
    "    server 10.52.8.22:8080 weight=5;\n    keepalive 32;\n}",
    "spring.datasource.url=jdbc:dm://10.52.9.11:5236?schema=ZWFW&compatibleMode=oracle\n"
    "spring.datasource.hikari.maximum-pool-size=50\nspring.datasource.hikari.connection-timeout=30000",
    'resources:\n  limits:\n    cpu: "2"\n    memory: 4Gi\n  requests:\n    cpu: 500m\n    memory: 2Gi',
    "慢 SQL：SELECT a.bjbh, a.sqrmc, b.clmc FROM t_bj_info a LEFT JOIN t_bj_cl b ON a.id = b.bj_id WHERE "
    "a.create_time >= '2027-03-01' ORDER BY a.create_time DESC LIMIT 20;  -- 执行 12.3s，EXPLAIN 显示 b 表 "
    "type=ALL rows=2,318,004",
]
ASKS = [  # (what the operator writes, what they paste under it)
    (
        "今天 上午 9 点 起 网厅 办件 列表 频繁 504，nginx 日志 如下，请 协助 排查 负载 均衡 与 后端 之间 的 网络：",
        [LOGS[0], LOGS[1]],
    ),
    ("应用 升级 后 启动 报错（达梦 数据库），本地 测试 正常，日志 和 数据源 配置 摘录：", [LOGS[2], CONFIGS[2]]),
    ("凌晨 批量 任务 执行 失败，数据库 报错 如下，请 DBA 协助 扩容 表空间：", [LOGS[4]]),
    (
        "容器 平台 上 的 服务 一直 重启，kubectl 输出 如下，是否 节点 资源 不足？",
        [LOGS[6], LOGS[7], LOGS[8], CONFIGS[3]],
    ),
    ("接口 调用 省 数据 共享 平台 超时（>30s），HttpClient 报错：", [LOGS[3]]),
    (
        "按 安全 整改 要求 修改 了 反向 代理 配置（见 下），修改 后 上传 附件 报 413，请 确认 配置 是否 生效：",
        [CONFIGS[0], CONFIGS[1]],
    ),
    ("办件 提交 高峰 时段 接口 很 慢 并 偶发 报错，数据库 侧 信息 如下：", [LOGS[5], CONFIGS[4]]),
]
KB_TERMS = [
    '"Connection timed out" nginx upstream',
    "ORA-01653 表空间 扩容",
    "DMException 无效的表或视图名",
    "CrashLoopBackOff 排查",
    "413 Request Entity Too Large client_max_body_size",
    "HTTPS 证书 更新（*.example.gov.cn）",
    "ELB 502 后端 健康 检查",
    "OBS 跨域 CORS 配置",
    "Lock wait timeout exceeded",
]
FLAVORS = ["s6.large.2", "s6.xlarge.2", "s6.2xlarge.2", "c7.2xlarge.4", "m7.4xlarge.8"]
IMAGES = [
    "Kylin-Server-V10-SP3 (x86_64)",
    "Kylin-Server-V10-SP3 (aarch64)",
    "UOS-Server-20-1070e (aarch64)",
    "CentOS 7.9 64bit（存量 迁移）",
]


def case_id(c: Corpus) -> str:
    return f"CS{c.when():%Y%m%d}{c.digits(6)}"


@family("govcloud-ticket")
def govcloud_ticket(c: Corpus) -> None:
    f = "govcloud-ticket"
    ref = f"{SITE}/console/osm/#/ticket/create"

    def console(ctype: str | None = JSON_CT) -> dict[str, str]:
        h = web(c, ctype, 0.0, ref)
        h["X-Language"] = "zh-cn"
        h["cftk"] = c.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return h

    for _ in range(19):
        cat = c.pick(list(PRODUCTS))
        ask, pasted = c.pick(ASKS)
        log = c.pick(pasted)
        doc = {
            "product_category_id": cat,
            "business_type_id": c.pick(PRODUCTS[cat][1]),
            "region_id": c.pick(["cn-southwest-gz1", "cn-southwest-gz2"]),
            "project_id": c.hexs(16),
            "simple_description": f"【{c.pick(SYSTEMS)}】{ask}\n{log}",
            "remind_mobile": c.mobile(),
            "remind_mail": f"ops{c.digits(3)}@example.gov.cn",
            "contact_way": c.pick([0, 1]),
            "time_zone": "Asia/Shanghai",
            "accessory_ids": [c.uid() for _ in range(c.num(0, 2))],
            "extends_param": {"severity": c.pick(["P1", "P2", "P3"]), "resource_id": c.uid()},
        }
        c.add(f, "case-create", "POST", "/v2/servicerequest/cases", console(), js_json(doc))
    for _ in range(17):
        text = c.pick(LOGS + CONFIGS)
        name = c.pick(["error.log", "catalina.out", "app-2027-03-15.log", "nginx.conf", "kubectl-describe.txt"])
        parts = [
            ("use_type", "1"),
            ("file", (name, "text/plain", (text + "\n").encode())),
        ]
        if c.chance(0.4):
            parts = [("use_type", "1"), ("file", (f"截图_{c.digits(6)}.png", "image/png", png(c, c.num(500, 900))))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "accessory-upload", "POST", "/v2/servicerequest/accessorys", h, body)
    for _ in range(17):
        content = c.pick(
            [
                "已 按 建议 调整：\n" + c.pick(CONFIGS) + "\n执行 nginx -t 显示 syntax is ok，reload 后 仍 偶发 504。",
                "补充 日志：\n" + c.pick(LOGS),
                "问题 已 解决，原因 是 安全组 未 放通 10.52.8.0/24 → 8080，可以 关闭 工单。",
                "请 确认 扩容 窗口：2027-03-20 22:00—23:30（维护 公告 已 发 各 厅局）。",
            ]
        )
        doc = {"content": content, "type": 0, "accessory_ids": []}
        c.add(f, "case-message", "POST", f"/v2/servicerequest/cases/{case_id(c)}/messages", console(), js_json(doc))
    for _ in range(17):
        start = c.day(-60, -10)
        q = [
            ("search_key", c.pick(["", case_id(c), "504", "ORA-01653", "达梦", "证书"])),
            ("status", c.pick(["", "0", "2", "3"])),
            ("offset", c.pick([0, 10, 20])),
            ("limit", 10),
            ("query_start_time", f"{start:%Y-%m-%dT00:00:00Z}"),
            ("query_end_time", f"{start + timedelta(days=30):%Y-%m-%dT23:59:59Z}"),
        ]
        c.add(f, "case-list", "GET", "/v2/servicerequest/cases?" + qs(q, axios), console(None))
    for _ in range(15):
        q = [("group_id", c.num(1, 3))]
        c.add(f, "case-detail", "GET", f"/v2/servicerequest/cases/{case_id(c)}?" + qs(q, axios), console(None))
    for _ in range(15):
        doc = {
            "satisfaction_item_id": c.pick(["si-01", "si-02", "si-03"]),
            "question_id": c.num(1, 5),
            "score": c.num(3, 5),
            "suggestions": c.pick(["响应 及时，定位 准确。", "建议 知识库 补充 DM8 “兼容 Oracle 模式” 的 说明。", ""]),
        }
        c.add(f, "case-rate", "POST", f"/v2/servicerequest/cases/{case_id(c)}/satisfaction", console(), js_json(doc))
    for _ in range(17):
        q = [("keyword", c.pick(KB_TERMS)), ("category", c.pick(["", "ECS", "RDS", "CCE"])), ("pageNo", c.num(1, 3))]
        c.add(f, "kb-search", "GET", "/kb/api/search?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(15):
        n = c.num(1, 4)
        doc = {
            "sqdw": f"{c.pick(DISTRICT_NAMES)}{c.pick(['大数据 局', '政务 服务 中心', '人社 局', '自然资源 局'])}",
            "xtmc": c.pick(SYSTEMS),
            "ecs": [
                {
                    "flavor": c.pick(FLAVORS),
                    "image": c.pick(IMAGES),
                    "sysDisk": "SSD 100GB",
                    "dataDisk": f"SSD {c.pick([200, 500, 1000])}GB",
                    "count": 1,
                }
                for _ in range(n)
            ],
            "secGroupRules": [
                {
                    "direction": "入方向",
                    "protocol": "TCP",
                    "port": p,
                    "source": c.pick(["10.52.0.0/16", "10.52.6.0/24"]),
                }
                for p in c.sample(["443", "80", "8080", "5236", "6379"], 2)
            ],
            "dbbh": c.pick(["等保 三级", "等保 二级"]),
            "sm": "上线 前 需 完成 漏洞 扫描 和 基线 核查（参照 《政务云 安全 基线 v2.1》）。",
        }
        c.add(f, "resource-apply", "POST", "/console/api/resource/apply", console(), js_json(doc))


# --- xinchuang-adapt --------------------------------------------------------------------------------

CPUS = ["鲲鹏 920", "飞腾 FT-2000+/64", "飞腾 D2000", "海光 C86 7285", "兆芯 KX-U6780A", "龙芯 3A5000"]
OSES = [
    "银河麒麟 高级服务器 操作系统 V10 SP3 (2403)",
    "银河麒麟 桌面 操作系统 V10 SP1 (2303)",
    "统信 UOS 服务器 操作系统 V20 (1070e)",
    "统信 UOS 桌面 操作系统 V20 专业版 (1070)",
    "openEuler 22.03 LTS SP3",
]
DBS = ["达梦 DM8 (V8.1.3.100)", "人大金仓 KingbaseES V8R6C8", "神通 数据库 V7.0", "南大通用 GBase 8s V8.8", "无"]
MIDDLEWARE = ["东方通 TongWeb 7.0.4.9", "金蝶 Apusic AAS V10", "宝兰德 BES 9.5.5", "中创 InforSuite AS V10"]
PRODUCTS_XC = [
    ("政务 服务 一体化 平台", "V3.2.1 (build 20270301)"),
    ("电子 公文 交换 系统", "V5.0.12"),
    ("档案 管理 系统", "V2.8.0-kylin"),
    ("OFD 版式 阅读器", "2.1.0.0315"),
    ("统一 身份 认证 平台", "V4.1 SP2"),
]
UNAMES = {
    "aarch64": "Linux zwfw-app01 4.19.90-52.22.v2207.ky10.aarch64 #1 SMP Tue Mar 14 12:19:10 CST 2023 aarch64 "
    "aarch64 aarch64 GNU/Linux",
    "x86_64": "Linux zwfw-app02 4.19.90-52.22.v2207.ky10.x86_64 #1 SMP Tue Mar 14 11:52:45 CST 2023 x86_64 "
    "x86_64 x86_64 GNU/Linux",
    "loongarch64": "Linux uos-pc 4.19.0-loongson-3-desktop #5212 SMP Thu Jun 1 10:00:00 CST 2023 loongarch64 GNU/Linux",
}
JAVAS = [
    'openjdk version "1.8.0_372"\nOpenJDK Runtime Environment (Kunpeng BiSheng 8u372) (build 1.8.0_372-b11)',
    'openjdk version "17.0.9" 2023-10-17\nOpenJDK Runtime Environment BiSheng (build 17.0.9+11)',
    'java version "1.8.0_202"\nJava(TM) SE Runtime Environment (build 1.8.0_202-b08)',
]
JDBCS = [
    "jdbc:dm://127.0.0.1:5236?schema=ZWFW",
    "jdbc:kingbase8://127.0.0.1:54321/zwfw?currentSchema=public&clientEncoding=UTF8",
    "jdbc:gbasedbt-sqli://127.0.0.1:9088/zwfw:GBASEDBTSERVER=gbase01;DB_LOCALE=zh_CN.utf8",
    "jdbc:oscar://127.0.0.1:2003/OSRDB",
]
ADAPT_ISSUES = [
    "java.lang.UnsatisfiedLinkError: /opt/app/lib/libsqlite-3.36.so: wrong ELF class: ELFCLASS64 (Possible "
    "cause: can't load AMD 64-bit .so on a AARCH64-bit platform)",
    "dm.jdbc.driver.DMException: 网络通信异常（连接 5236 超时）",
    "字符集 为 GB18030 时，导出 的 Excel 中 生僻字（𠮷、䶮）显示 为 ?",
    "Error: Cannot find module '@node-rs/bcrypt-linux-arm64-gnu'",
    "TongWeb 控制台 部署 war 后 报 ClassNotFoundException: javax.xml.bind.JAXBException（JDK 17）",
    "麒麟 V10 下 Chromium 内核 浏览器 打开 OFD 插件 提示 “未 注册 的 协议 处理 程序”",
]
DIALECT_QUESTIONS = [
    "Oracle 的 NVL(a.sl, 0) 和 DECODE(status, '1', '已办', '未办') 在 KingbaseES V8R6 Oracle 兼容 模式 下 "
    "是否 可以 不 改？",
    "to_char(sysdate, 'yyyy-mm-dd hh24:mi:ss') 在 DM8 里 返回 格式 一致 吗？MyBatis 里 的 <![CDATA[ >= ]]> "
    "需要 调整 吗？",
    "MySQL 的 GROUP_CONCAT(name SEPARATOR ',') 迁移 到 达梦 应 改为 LISTAGG(name, ',') WITHIN GROUP (ORDER BY id)？",
    "序列 SEQ_BJ.NEXTVAL 在 GBase 8s 下 的 写法？分页 ROWNUM <= 20 是否 要 改 成 LIMIT 20 OFFSET 0？",
    "自增 主键 AUTO_INCREMENT 迁移 到 KingbaseES 后 用 serial 还是 IDENTITY？存量 数据 的 起始 值 怎么 设？",
]


def adapt_no(c: Corpus) -> str:
    return f"XC-{c.when():%Y}-{c.pick(['KP', 'FT', 'HG', 'LX'])}-{c.digits(5)}"


@family("xinchuang-adapt")
def xinchuang_adapt(c: Corpus) -> None:
    f = "xinchuang-adapt"
    ref = f"{SITE}/xcsp/adapt/apply.html"
    for _ in range(19):
        prod, ver = c.pick(PRODUCTS_XC)
        doc = {
            "cpmc": prod,
            "cpbb": ver,
            "cplx": c.pick(["应用 软件", "中间件", "办公 软件", "安全 产品"]),
            "qymc": company(c),
            "tyxydm": uscc(c),
            "cpu": c.sample(CPUS, c.num(1, 3)),
            "os": c.sample(OSES, c.num(1, 2)),
            "db": c.pick(DBS),
            "zjj": c.pick(MIDDLEWARE),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "bz": "适配 版本 与 政务云 生产 环境 一致（见 附件 《部署 说明 v1.3》）。",
        }
        c.add(f, "adapt-apply", "POST", "/xcsp/api/adapt/apply", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        arch = c.pick(list(UNAMES))
        doc = {
            "sqbh": adapt_no(c),
            "arch": arch,
            "uname": UNAMES[arch],
            "osRelease": c.pick(
                [
                    'NAME="Kylin Linux Advanced Server"\nVERSION="V10 (Halberd)"\nID="kylin"',
                    'PRETTY_NAME="UnionTech OS Server 20"\nVERSION_ID="20"\nID=uos',
                ]
            ),
            "javaVersion": c.pick(JAVAS),
            "jdbcUrl": c.pick(JDBCS),
            "memory": f"{c.pick([16, 32, 64])}Gi",
        }
        c.add(f, "env-info", "POST", "/xcsp/api/adapt/env", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        prod, ver = c.pick(PRODUCTS_XC)
        cpu = c.pick(CPUS).replace(" ", "")
        name = f"{prod.replace(' ', '')}_{ver.split(' ')[0]}_{cpu}_兼容性测试报告.pdf"
        parts = [("sqbh", adapt_no(c)), ("wjlx", "测试报告"), ("file", (name, "application/pdf", pdf_head(c, 700)))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "report-upload", "POST", "/xcsp/api/adapt/upload", h, body)
    for _ in range(17):
        q = [
            ("keyword", c.pick(["TongWeb 7.0", "DM8", "KingbaseES V8R6", "OFD", "统一 身份 认证", ""])),
            ("cpu", c.pick(["", "鲲鹏", "飞腾", "海光"])),
            ("os", c.pick(["", "银河麒麟", "统信 UOS"])),
            ("pageNum", c.num(1, 5)),
            ("pageSize", 15),
        ]
        c.add(f, "list-search", "GET", "/xcsp/api/compat/list?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(15):
        q = [("zsbh", f"KYLIN-CERT-{c.num(2025, 2027)}{c.digits(6)}"), ("t", c.ms())]
        c.add(f, "cert-verify", "GET", "/xcsp/api/cert/verify?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(17):
        doc = {
            "sqbh": adapt_no(c),
            "wtlx": c.pick(["运行 报错", "显示 异常", "性能"]),
            "hj": f"{c.pick(CPUS)} / {c.pick(OSES)}",
            "wtms": c.pick(ADAPT_ISSUES),
            "fxbz": "1. 部署 安装包；2. 启动 服务；3. 访问 首页 → 报错（稳定 复现）。",
        }
        c.add(f, "issue-feedback", "POST", "/xcsp/api/issue/submit", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(15):
        q = [("sqbh", adapt_no(c))]
        c.add(f, "progress", "GET", "/xcsp/api/adapt/progress?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(17):
        fields = [
            ("lxr", c.person()),
            ("lxdh", c.mobile()),
            ("ysjk", c.pick(["Oracle 11g", "MySQL 5.7", "SQL Server 2012"])),
            ("mbsjk", c.pick(DBS[:4])),
            ("wt", c.pick(DIALECT_QUESTIONS)),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/xcsp/zx.html", JQ_ACCEPT, xrw=True)
        c.add(f, "migrate-consult", "POST", "/xcsp/zx/submit.do", h, qs(fields, jq))


# --- met-data-share ---------------------------------------------------------------------------------

MET_STATIONS = {  # 区站号: 站名
    "57816": "贵阳",
    "57806": "安顺",
    "57707": "毕节",
    "57713": "遵义",
    "57741": "铜仁",
    "57825": "凯里",
    "57827": "都匀",
}
HOUR_ELEMENTS = [
    "Station_Id_C",
    "Year",
    "Mon",
    "Day",
    "Hour",
    "PRS",
    "TEM",
    "RHU",
    "PRE_1h",
    "WIN_S_Avg_2mi",
    "WIN_D_Avg_2mi",
    "VIS",
]
DAY_ELEMENTS = [
    "Station_Id_C",
    "Year",
    "Mon",
    "Day",
    "TEM_Avg",
    "TEM_Max",
    "TEM_Min",
    "PRE_Time_2020",
    "SSH",
    "RHU_Avg",
]
FCST_ELEMENTS = ["TEM", "RHU", "TPE", "WIU", "WIV"]
MET_USES = [
    "科研：《贵州 喀斯特 山区 极端 降水 的 时空 特征（1991—2020）》 硕士 学位 论文",
    "科研：基于 CMIP6 的 西南 地区 干旱 指数（SPEI-3）变化 预估",
    "业务：城市 内涝 风险 评估（暴雨 强度 公式 q = 167A(1 + ClgP)/(t + b)^n 参数 率定）",
    "教学：《气象学 与 气候学》 课程 实验 数据",
]


def met_time(c: Corpus, days_back: int = 60) -> tuple[str, str]:
    start = c.day(-days_back, -2).replace(minute=0, second=0)
    end = start + timedelta(hours=c.pick([24, 72, 168]))
    return f"{start:%Y%m%d%H}0000", f"{end:%Y%m%d%H}0000"


@family("met-data-share")
def met_data_share(c: Corpus) -> None:
    f = "met-data-share"

    def api(shape: str, params: list[tuple[str, object]]) -> None:
        ua = c.pick(PY_UAS + JAVA_UAS[:2])
        base = [("userId", f"5{c.digits(11)}"), ("pwd", c.alnum(10)), ("dataFormat", c.pick(["json", "json", "csv"]))]
        items = base + params
        if c.chance(0.5):  # the URL as the manual prints it and users paste it: [ , / left as they are
            query = "&".join(f"{k}={v}" for k, v in items)
        else:  # python-requests params=: quote_plus
            query = qs(items, lambda v: urllib.parse.quote_plus(str(v)))
        c.add(f, shape, "GET", "/api?" + query, client(c, ua))

    for _ in range(19):
        a, b = met_time(c)
        api(
            "api-hourly",
            [
                ("interfaceId", "getSurfEleByTimeRangeAndStaID"),
                ("dataCode", "SURF_CHN_MUL_HOR"),
                ("timeRange", f"[{a},{b}]"),
                ("staIDs", ",".join(c.sample(list(MET_STATIONS), c.num(1, 4)))),
                ("elements", ",".join(HOUR_ELEMENTS[: c.num(6, len(HOUR_ELEMENTS))])),
            ],
        )
    for _ in range(17):
        start = c.day(-400, -30)
        a, b = f"{start:%Y%m%d}000000", f"{start + timedelta(days=c.pick([30, 90, 365])):%Y%m%d}000000"
        api(
            "api-daily",
            [
                ("interfaceId", "getSurfEleByTimeRangeAndStaID"),
                ("dataCode", "SURF_CHN_MUL_DAY"),
                ("timeRange", f"[{a},{b}]"),
                ("staIDs", ",".join(c.sample(list(MET_STATIONS), c.num(1, 7)))),
                ("elements", ",".join(DAY_ELEMENTS[: c.num(5, len(DAY_ELEMENTS))])),
                ("orderby", "Station_ID_C:ASC,Datetime:ASC"),
            ],
        )
    for _ in range(17):
        api(
            "api-region",
            [
                ("interfaceId", "getSurfEleInRegionByTime"),
                ("dataCode", "SURF_CHN_MUL_HOR"),
                ("times", f"{c.day(-30, -1):%Y%m%d%H}0000"),
                ("adminCodes", c.pick(["520000", "520100", "520100,520300"])),
                ("elements", "Station_Id_C,Station_Name,Lat,Lon,PRE_1h,TEM"),
                ("eleValueRanges", c.pick(["PRE_1h:(0,)", "TEM:[-10,45]", "PRE_1h:[20,)"])),
            ],
        )
    for _ in range(17):
        lng, lat = point(c)
        api(
            "api-rect",
            [
                ("interfaceId", "getSurfEleInRectByTime"),
                ("dataCode", "SURF_CHN_MUL_HOR"),
                ("times", f"{c.day(-30, -1):%Y%m%d%H}0000"),
                ("minLat", f"{lat - 0.5:.2f}"),
                ("minLon", f"{lng - 0.5:.2f}"),
                ("maxLat", f"{lat + 0.5:.2f}"),
                ("maxLon", f"{lng + 0.5:.2f}"),
                ("elements", "Station_Id_C,Lat,Lon,TEM,RHU,PRE_1h"),
            ],
        )
    for _ in range(17):
        pts = [point(c) for _ in range(c.num(1, 3))]
        api(
            "api-point-fcst",
            [
                ("interfaceId", "getNafpEleAtPointByTime"),
                ("dataCode", "NAFP_FOR_FTM_HIGH_EC_GLB"),
                ("time", f"{c.day(-3, 0):%Y%m%d}{c.pick(['00', '12'])}0000"),
                ("fcstEle", c.pick(FCST_ELEMENTS)),
                ("levelType", "1"),
                ("fcstLevel", "0"),
                ("minVT", "0"),
                ("maxVT", c.pick(["24", "72", "240"])),
                ("latLons", ",".join(f"{lat:.2f}/{lng:.2f}" for lng, lat in pts)),
            ],
        )
    for _ in range(15):
        a, b = met_time(c, 10)
        api(
            "api-radar-file",
            [
                ("interfaceId", "getRadaFileByTimeRange"),
                ("dataCode", "RADA_L2_UFMT"),
                ("timeRange", f"[{a},{b}]"),
                ("staIds", c.pick(["Z9851", "Z9852", "Z9856"])),
            ],
        )
    for _ in range(17):
        q = [
            (
                "keywords",
                c.pick(
                    [
                        "逐小时 降水",
                        "日值 数据 集（V3.0）",
                        "地面 气象 观测 站 基本 信息",
                        "CLDAS 融合 降水 0.05°",
                        "探空 (TEMP) 规定 层",
                        "SPEI",
                    ]
                ),
            ),
            ("dataType", c.pick(["", "地面", "高空", "数值 预报"])),
            ("pageIndex", c.num(1, 3)),
        ]
        c.add(f, "catalog-search", "GET", "/dataService/api/catalog/search?" + qs(q, axios), web(c, None, 0.1))
    for _ in range(17):
        start = c.day(-900, -400)
        parts = [
            ("dataCode", c.pick(["SURF_CHN_MUL_DAY", "SURF_CHN_MUL_HOR", "UPAR_CHN_MUL_FTM"])),
            ("staIDs", ",".join(c.sample(list(MET_STATIONS), c.num(2, 7)))),
            ("timeRange", f"[{start:%Y%m%d},{start + timedelta(days=c.num(30, 365)):%Y%m%d}]"),
            ("purpose", c.pick(MET_USES)),
            ("applicant", c.person()),
            (
                "unit",
                c.pick(["贵州大学 资源与环境工程学院", "贵州师范大学 地理与环境科学学院", "某 设计院（市政 所）"]),
            ),
            ("letter", (f"数据申请函_{c.digits(4)}.pdf", "application/pdf", pdf_head(c, c.num(400, 800)))),
        ]
        h, body = upload(c, parts, f"{SITE}/dataService/apply.html", 0.0)
        c.add(f, "data-apply", "POST", "/dataService/api/apply/submit", h, body)
    for _ in range(15):
        q = [("orderNo", f"DD{c.when():%Y%m%d}{c.digits(6)}"), ("_", c.ms())]
        c.add(f, "order-status", "GET", "/dataService/api/order/status?" + qs(q, axios), web(c, None, 0.1))


# --- cors-gnss --------------------------------------------------------------------------------------

MOUNTS = ["RTCM33_GRCEJ", "RTCM33_GRCE", "RTCM32_GGB", "CMR_GPS", "RTCM30_GG"]
NTRIP_UAS = [
    "NTRIP RTKLIB/2.4.3",
    "NTRIP BKG NTRIP Client/2.12",
    "NTRIP CHCNAV LandStar8/8.2.1",
    "NTRIP SOUTH EGStar/3.3",
    "NTRIP HI-TARGET Hi-Survey/3.6",
]
RECEIVERS = [
    ("华测 i90", "CHCI90          NONE"),
    ("南方 银河 6", "SOUTHGALAXY6    NONE"),
    ("中海达 V200", "HITV200         NONE"),
    ("司南 T300", "COMT300         NONE"),
]
USES = ["工程 测量（放样）", "农机 自动 驾驶", "地质 灾害 形变 监测", "不动产 权籍 调查", "无人机 航测 像控"]


def nmea_checksum(body: str) -> str:
    x = 0
    for ch in body:
        x ^= ord(ch)
    return f"{x:02X}"


def gga(c: Corpus, lng: float, lat: float) -> str:
    """An NMEA 0183 GGA sentence as a receiver sends it to the caster (ddmm.mmmmm, dddmm.mmmmm)."""
    t = c.when()
    lat_m = f"{int(lat):02d}{(lat - int(lat)) * 60:08.5f}"
    lng_m = f"{int(lng):03d}{(lng - int(lng)) * 60:08.5f}"
    body = (
        f"{c.pick(['GPGGA', 'GNGGA'])},{t:%H%M%S}.00,{lat_m},N,{lng_m},E,{c.pick([1, 2, 4, 5])},"
        f"{c.num(8, 30):02d},{c.num(6, 19) / 10:.1f},{c.num(9000, 14000) / 10:.1f},M,-{c.num(250, 320) / 10:.1f},M,,"
    )
    return f"${body}*{nmea_checksum(body)}"


def ntrip_headers(c: Corpus, user: str, with_gga: bool) -> dict[str, str]:
    h = {
        "Ntrip-Version": "Ntrip/2.0",
        "User-Agent": c.pick(NTRIP_UAS),
        "Authorization": "Basic " + base64.b64encode(f"{user}:{c.alnum(8)}".encode()).decode(),
    }
    if with_gga:
        h["Ntrip-GGA"] = gga(c, *point(c))
    h["Connection"] = "close"
    return h


def cors_user(c: Corpus) -> str:
    return f"gzcors{c.digits(5)}"


def rinex(c: Corpus, marker: str, ant: str, height: float) -> bytes:
    """The header of a RINEX 3.04 observation file and a first epoch (the labels start in column 61)."""
    t = c.day(-20, -1)
    lines = [
        ("     3.04           OBSERVATION DATA    M                   ", "RINEX VERSION / TYPE"),
        (f"{'HCGNSS 4.2':<20}{'GZCORS':<20}{t:%Y%m%d %H%M%S} UTC ", "PGM / RUN BY / DATE"),
        (f"{marker:<60}", "MARKER NAME"),
        (f"{c.digits(10):<20}{ant[:16]:<20}{'2.1.5':<20}", "REC # / TYPE / VERS"),
        (f"{c.digits(8):<20}{ant:<20}{'':<20}", "ANT # / TYPE"),
        (f"{height:14.4f}{0:14.4f}{0:14.4f}{'':<18}", "ANTENNA: DELTA H/E/N"),
        ("G    8 C1C L1C D1C S1C C2W L2W D2W S2W                      ", "SYS / # / OBS TYPES"),
        ("C    8 C2I L2I D2I S2I C7I L7I D7I S7I                      ", "SYS / # / OBS TYPES"),
        (f"  {t:%Y    %m    %d    %H    %M}   {t.second:10.7f}     GPS         ", "TIME OF FIRST OBS"),
        (f"{'':<60}", "END OF HEADER"),
    ]
    text = "".join(f"{a[:60]:<60}{b}\n" for a, b in lines)
    text += f"> {t:%Y %m %d %H %M} {t.second:10.7f}  0 {c.num(12, 30):2d}\n"
    return text.encode()


@family("cors-gnss")
def cors_gnss(c: Corpus) -> None:
    f = "cors-gnss"
    ref = f"{SITE}/cors/user/apply.html"
    for _ in range(17):
        c.add(f, "sourcetable", "GET", "/", ntrip_headers(c, cors_user(c), False))
    for _ in range(19):
        c.add(f, "mount-stream", "GET", "/" + c.pick(MOUNTS), ntrip_headers(c, cors_user(c), True))
    for _ in range(17):
        model = c.pick(RECEIVERS)[0]
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "yt": c.pick(USES),
            "chzz": c.pick(["", f"乙测资字{c.num(52000000, 52999999)}", f"甲测资字{c.num(52000000, 52999999)}"]),
            "sb": [{"xh": model, "xlh": c.alnum(10, "0123456789ABCDEF")} for _ in range(c.num(1, 3))],
            "zhsl": c.num(1, 5),
            "sqr": c.person(),
            "sfzh": c.idcard(),
            "lxdh": c.mobile(),
        }
        c.add(f, "account-apply", "POST", "/cors/api/account/apply", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(19):
        pts = []
        for i in range(c.num(1, 4)):
            lng, lat = point(c)
            pts.append(
                {
                    "dm": f"P{i + 1:02d}",
                    "B": dms(lat, "N", "S", 4),
                    "L": dms(lng, "E", "W", 4),
                    "Bdeg": round(lat, 8),
                    "Ldeg": round(lng, 8),
                    "H": round(c.num(90000, 140000) / 100, 3),
                }
            )
        doc = {
            "srcCrs": c.pick(["WGS84", "CGCS2000"]),
            "dstCrs": "CGCS2000 / 3-degree Gauss-Kruger CM " + c.pick(["105E", "108E"]),
            "points": pts,
        }
        c.add(f, "coord-transform", "POST", "/cors/api/tools/transform", web(c, JSON_CT, 0.1), js_json(doc))
    for _ in range(17):
        lng, lat = point(c)
        q = [
            ("bbox", f"{lng - 0.05:.4f},{lat - 0.05:.4f},{lng + 0.05:.4f},{lat + 0.05:.4f}"),
            ("dj", c.pick(["", "B级", "C级", "D级", "E级"])),
            ("zbx", "CGCS2000"),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "control-point-query", "GET", "/cors/api/kzd/list?" + qs(q, axios), web(c, None, 0.1))
    for _ in range(17):
        model, ant = c.pick(RECEIVERS)
        marker = f"GZ{c.digits(2)}"
        height = c.num(1200, 2100) / 1000
        t = c.day(-20, -1)
        name = f"{marker}{t.timetuple().tm_yday:03d}{c.pick('abcdefgh')}.{t:%y}o"
        parts = [
            ("dm", marker),
            ("txgd", f"{height:.3f}"),
            ("txxh", ant),
            ("file", (name, "application/octet-stream", rinex(c, marker, ant, height))),
        ]
        h, body = upload(c, parts, f"{SITE}/cors/static/upload.html", 0.0)
        c.add(f, "rinex-upload", "POST", "/cors/api/static/upload", h, body)
    for _ in range(15):
        model, ant = c.pick(RECEIVERS)
        t = c.day(-20, -1)
        doc = {
            "rwmc": f"{c.pick(DISTRICT_NAMES)} {c.pick(['E级 控制网', '地灾 监测点 复测', '道路 工程 首级 控制'])}",
            "files": [
                f"GZ{c.digits(2)}{t.timetuple().tm_yday:03d}{s}.{t:%y}o" for s in c.sample("abcdef", c.num(2, 4))
            ],
            "txxh": ant,
            "txgd": f"{c.num(1200, 2100) / 1000:.3f}",
            "lgfs": c.pick(["斜高", "垂高"]),
            "jsms": c.pick(["静态 基线 解算", "PPP 精密 单点 定位"]),
            "gcyq": "平面 ≤ 5mm + 1ppm，高程 ≤ 10mm + 2ppm",
        }
        c.add(f, "static-solve", "POST", "/cors/api/static/solve", web(c, JSON_CT, 0.0), js_json(doc))
    for _ in range(15):
        q = [("account", cors_user(c)), ("month", f"{c.day(-90, 0):%Y-%m}")]
        c.add(f, "usage-query", "GET", "/cors/api/account/usage?" + qs(q, axios), app_headers(c, "gzcors", "2.3.1"))


# --- uav-flight-plan --------------------------------------------------------------------------------

UAVS = [  # (型号, 制造商, 最大 起飞 重量 kg, 序列号 前缀)
    ("DJI Mavic 3E", "深圳市大疆创新科技有限公司", 1.05, "1581F5FH"),
    ("DJI Matrice 350 RTK", "深圳市大疆创新科技有限公司", 9.2, "1ZNBJ"),
    ("DJI Mini 4 Pro", "深圳市大疆创新科技有限公司", 0.249, "1581F6Z"),
    ("DJI Agras T50", "深圳市大疆创新科技有限公司", 92.0, "1WTAT"),
    ("极飞 P100 Pro", "广州极飞科技股份有限公司", 88.0, "XAP100"),
    ("纵横 CW-15", "成都纵横自动化技术股份有限公司", 14.5, "CW15"),
]
TASKS = [
    "航拍（城市 宣传 片）",
    "电力 线路 巡检",
    "农林 植保（水稻 飞防）",
    "测绘（1:500 地形图 像控）",
    "应急 救援 演练",
]


def uas_mark(c: Corpus) -> str:
    return f"UAS{c.digits(8)}"


def polygon(c: Corpus, lng: float, lat: float) -> list[tuple[float, float]]:
    d = c.num(300, 3000) / 100000
    return [
        (round(lng - d, 6), round(lat - d, 6)),
        (round(lng + d, 6), round(lat - d, 6)),
        (round(lng + d, 6), round(lat + d, 6)),
        (round(lng - d, 6), round(lat + d, 6)),
    ]


@family("uav-flight-plan")
def uav_flight_plan(c: Corpus) -> None:
    f = "uav-flight-plan"
    ref = f"{SITE}/uom/#/flight/apply"
    for _ in range(17):
        model, maker, mtow, prefix = c.pick(UAVS)
        doc = {
            "cpxh": model,
            "sccj": maker,
            "cpxlh": prefix + c.alnum(18 - len(prefix), "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
            "zdqfzl": mtow,
            "yt": c.pick(["个人 娱乐", "商业 航拍", "农林 植保", "测绘"]),
            "syr": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
        }
        c.add(f, "real-name-register", "POST", "/uom/api/uav/register", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(19):
        lng, lat = point(c)
        start = c.day(3, 20).replace(hour=c.num(7, 15), minute=0, second=0)
        circle = c.chance(0.5)
        doc = {
            "rwxz": c.pick(TASKS),
            "jx": c.pick(UAVS)[0],
            "djbz": uas_mark(c),
            "kylx": "圆形" if circle else "多边形",
            "zgd": c.pick([50, 80, 100, 120]),
            "kssj": f"{start:%Y-%m-%d %H:%M}",
            "jssj": f"{start + timedelta(hours=c.num(1, 6)):%Y-%m-%d %H:%M}",
            "jsy": c.person(),
            "zzbh": f"{c.digits(8)}",
        }
        if circle:
            doc |= {
                "zx": f"{dms(lat, 'N', 'S', 0)} {dms(lng, 'E', 'W', 0)}",
                "zxLng": lng,
                "zxLat": lat,
                "bj": c.pick([500, 1000, 2000]),
            }
        else:
            doc["gd"] = [
                {"dms": f"{dms(y, 'N', 'S', 0)} {dms(x, 'E', 'W', 0)}", "lng": x, "lat": y}
                for x, y in polygon(c, lng, lat)
            ]
        c.add(f, "flight-apply", "POST", "/uom/api/flight/apply", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(17):
        lng, lat = point(c)
        q = [("lng", lng), ("lat", lat), ("radius", c.pick([1000, 3000, 5000])), ("height", c.pick([120, 300]))]
        c.add(f, "airspace-query", "GET", "/uom/api/airspace/query?" + qs(q, axios), miniprogram(c))
    for _ in range(17):
        lng, lat = point(c)
        ring = [[x, y] for x, y in polygon(c, lng, lat)]
        doc = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": f"{c.pick(DISTRICT_NAMES)} 作业区", "maxAltitude": c.pick([80, 120])},
                    "geometry": {"type": "Polygon", "coordinates": [[*ring, ring[0]]]},
                }
            ],
        }
        c.add(f, "geojson-check", "POST", "/uom/api/airspace/conflict", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(17):
        lng, lat = point(c)
        t0 = c.ms()
        doc = {
            "djbz": uas_mark(c),
            "sn": c.alnum(14, "0123456789ABCDEF"),
            "points": [
                {
                    "t": t0 + i * 1000,
                    "lng": round(lng + i * 0.00012, 6),
                    "lat": round(lat + i * 0.00009, 6),
                    "alt": round(c.num(300, 1200) / 10, 1),
                    "hs": round(c.num(0, 150) / 10, 1),
                    "hd": c.num(0, 359),
                }
                for i in range(c.num(3, 6))
            ],
        }
        h = service(c, "okhttp/4.12.0", {"X-Uom-Client": "DJI-Pilot2/9.1.0", "X-Request-Id": c.uid()})
        c.add(f, "flight-report", "POST", "/uom/api/track/report", h, js_json(doc))
    for _ in range(15):
        lng, lat = point(c)
        coords = " ".join(f"{x},{y},{c.pick([60, 80, 100])}" for x, y in polygon(c, lng, lat))
        kml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2" '
            'xmlns:wpml="http://www.dji.com/wpmz/1.0.2">\n<Document>\n'
            f"<name>{escape(c.pick(TASKS))}</name>\n<Placemark><name>航线1</name><LineString>"
            f"<altitudeMode>relativeToGround</altitudeMode><coordinates>{coords}</coordinates></LineString>"
            "</Placemark>\n</Document>\n</kml>\n"
        )
        parts = [
            ("djbz", uas_mark(c)),
            ("file", (f"航线_{c.digits(4)}.kml", "application/vnd.google-earth.kml+xml", kml.encode())),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "kml-upload", "POST", "/uom/api/flight/route", h, body)
    for _ in range(15):
        q = [("zzbh", c.digits(8)), ("xm", c.person())]
        c.add(f, "pilot-license", "GET", "/uom/api/pilot/license?" + qs(q, axios), web(c, None, 0.5))
    for _ in range(15):
        parts = [
            ("djbz", uas_mark(c)),
            ("bxgs", c.pick(["人保 财险", "平安 产险", "太平洋 产险"])),
            ("bdh", f"P{c.digits(3)}{c.when():%Y}5201{c.digits(9)}"),
            ("file", (f"无人机第三者责任险保单_{c.digits(4)}.pdf", "application/pdf", pdf_head(c, 600))),
        ]
        h, body = upload(c, parts, ref, 0.4)
        c.add(f, "insurance-upload", "POST", "/uom/api/uav/insurance", h, body)


# --- judgment-docs ----------------------------------------------------------------------------------

COURTS = {
    "0102": "贵阳市南明区人民法院",
    "0103": "贵阳市云岩区人民法院",
    "0111": "贵阳市花溪区人民法院",
    "01": "贵州省贵阳市中级人民法院",
    "0302": "遵义市红花岗区人民法院",
}
CASE_KINDS = {"民初": "02", "民终": "02", "刑初": "01", "行初": "03", "执": "10"}
CAUSES = [
    "民间借贷纠纷",
    "买卖合同纠纷",
    "劳动争议",
    "机动车交通事故责任纠纷",
    "房屋租赁合同纠纷",
    "建设工程施工合同纠纷",
    "物业服务合同纠纷",
    "离婚纠纷",
]
FULLTEXT = [
    "“借条” 利息 LPR 四倍",
    "“以物抵债”",
    "工伤 认定 停工留薪期",
    "“定金罚则” 二手房",
    "加班费 举证 责任（考勤 记录）",
    "表见代理 公章",
    "“优先 受偿权” 建设工程 价款",
    "民法典 第五百八十五条 违约金 过高",
]
LAW_BASIS = [
    "《中华人民共和国民法典》第六百七十六条",
    "《中华人民共和国劳动合同法》第八十二条",
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条",
    "《中华人民共和国民事诉讼法》第六十七条",
]
WENSHU_CFG = "com.lawyee.judge.dc.parse.dto.SearchDataDsoDTO@queryDoc"


def case_no(c: Corpus) -> str:
    court = c.pick(list(COURTS))
    kind = c.pick(list(CASE_KINDS))
    return f"（{c.num(2024, 2027)}）黔{court}{kind}{c.num(1, 9999)}号"


def ciphertext(c: Corpus) -> str:
    """The front end's ciphertext: a random string + date + …, each character as its binary code, space-separated."""
    raw = c.alnum(24) + f"{c.when():%Y%m%d}" + c.alnum(8)
    return " ".join(format(ord(ch), "b") for ch in raw)


@family("judgment-docs")
def judgment_docs(c: Corpus) -> None:
    f = "judgment-docs"
    ref = f"{SITE}/website/wenshu/181217BMTKHNT2W0/index.html"

    def search(shape: str, conditions: list[dict[str, str]], s8: str = "") -> None:
        fields = [
            ("pageId", c.hexs(16)),
            ("s8", s8 or c.pick(["02", "02", "01", "03"])),
            ("sortFields", c.pick(["s50:desc", "s51:desc"])),
            ("ciphertext", ciphertext(c)),
            ("pageNum", c.num(1, 6)),
            ("pageSize", 5),
            ("queryCondition", js_json(conditions)),
            ("cfg", WENSHU_CFG),
            ("__RequestVerificationToken", c.alnum(24)),
        ]
        h = web(c, JQ_FORM, 0.1, ref, JQ_ACCEPT, xrw=True)
        c.add(f, shape, "POST", "/website/parse/rest.q4w", h, qs(fields, jq))

    for _ in range(19):
        search("fulltext-search", [{"key": "s21", "value": c.pick(FULLTEXT)}])
    for _ in range(17):
        search("cause-search", [{"key": "s11", "value": c.pick(CAUSES)}, {"key": "s21", "value": c.pick(FULLTEXT)}])
    for _ in range(17):
        no = case_no(c)
        search("case-no-search", [{"key": "s7", "value": no}])
    for _ in range(17):
        y = c.num(2023, 2026)
        search(
            "court-date-search",
            [
                {"key": "s2", "value": c.pick(list(COURTS.values()))},
                {"key": "cprq", "value": f"{y}-01-01 TO {y}-12-31"},
            ],
        )
    for _ in range(17):
        search(
            "party-search",
            [
                {"key": "s17", "value": c.pick([company(c), c.person()])},
                {"key": "s18", "value": c.pick(["贵州 某某 律师 事务所", "北京 某某（贵阳）律师 事务所"])},
            ],
        )
    for _ in range(15):
        search("law-basis-search", [{"key": "s49", "value": c.pick(LAW_BASIS)}])
    for _ in range(15):
        search(
            "keyword-search",
            [
                {"key": "s45", "value": c.pick(["诉讼 时效", "违约金", "不当 得利", "精神 损害 抚慰金"])},
                {"key": "s9", "value": c.pick(["0201", "0202"])},
            ],
        )
    for _ in range(17):
        fields = [
            ("docId", c.hexs(16)),
            ("ciphertext", ciphertext(c)),
            ("cfg", "com.lawyee.judge.dc.parse.dto.SearchDataDsoDTO@docInfoSearch"),
            ("__RequestVerificationToken", c.alnum(24)),
        ]
        h = web(c, JQ_FORM, 0.1, ref, JQ_ACCEPT, xrw=True)
        c.add(f, "doc-detail", "POST", "/website/parse/rest.q4w", h, qs(fields, jq))


# --- health-info-exchange ---------------------------------------------------------------------------

HL7_NS = "urn:hl7-org:v3"
ORGS = {"455755081": "贵州省人民医院", "429384031": "贵阳市第一人民医院", "709576142": "某区 社区卫生服务中心"}
DIAGNOSES = [
    ("E11.900", "2型糖尿病"),
    ("I10.x00", "原发性高血压"),
    ("J18.900", "肺炎"),
    ("K29.700", "胃炎"),
    ("N18.300", "慢性肾脏病3期"),
]
LABS = [
    ("HbA1c", "糖化血红蛋白", "%", 40, 120),
    ("GLU", "空腹血糖", "mmol/L", 35, 160),
    ("eGFR", "估算肾小球滤过率", "mL/(min·1.73m²)", 300, 1200),
    ("TG", "甘油三酯", "mmol/L", 4, 60),
]
SEX = {"1": "男性", "2": "女性"}


def hl7_head(root: str, c: Corpus, interaction: str, org: str) -> str:
    return (
        f'<{root} xmlns="{HL7_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ITSVersion="XML_1.0">'
        f'<id root="2.16.156.10011.0" extension="{c.uid()}"/>'
        f'<creationTime value="{c.when():%Y%m%d%H%M%S}"/>'
        f'<interactionId root="2.16.840.1.113883.1.6" extension="{interaction}"/>'
        '<processingCode code="P"/><processingModeCode/><acceptAckCode code="AL"/>'
        f'<receiver typeCode="RCV"><device classCode="DEV" determinerCode="INSTANCE"><id><item '
        f'root="2.16.156.10011.0.1.1" extension="HIP"/></id></device></receiver>'
        f'<sender typeCode="SND"><device classCode="DEV" determinerCode="INSTANCE"><id><item '
        f'root="2.16.156.10011.0.1.2" extension="{org}"/></id></device></sender>'
    )


def patient_register(c: Corpus, idno: str, name: str) -> str:
    org = c.pick(list(ORGS))
    sex = "1" if int(idno[16]) % 2 else "2"  # GB 11643: odd 男, even 女
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        + hl7_head("PRPA_IN201311UV02", c, "PRPA_IN201311UV02", org)
        + '<controlActProcess classCode="CACT" moodCode="EVN"><subject typeCode="SUBJ"><registrationRequest '
        'classCode="REG" moodCode="RQO"><subject1 typeCode="SBJ"><patient classCode="PAT">'
        f'<id><item root="2.16.156.10011.1.2" extension="{c.digits(10)}"/></id>'
        '<statusCode code="active"/><patientPerson classCode="PSN" determinerCode="INSTANCE">'
        f'<id><item root="2.16.156.10011.1.3" extension="{idno}"/></id>'
        f'<name xsi:type="BAG_EN"><item><part value="{escape(name)}"/></item></name>'
        f'<telecom xsi:type="BAG_TEL"><item value="{c.mobile()}"/></telecom>'
        f'<administrativeGenderCode code="{sex}" codeSystem="2.16.156.10011.2.3.3.4" displayName="{SEX[sex]}"/>'
        f'<birthTime value="{idno[6:14]}"/>'
        f'<addr xsi:type="BAG_AD"><item use="H"><part type="SAL" value="{escape(c.pick(DISTRICT_NAMES))}"/>'
        "</item></addr>"
        "</patientPerson></patient></subject1></registrationRequest></subject></controlActProcess>"
        "</PRPA_IN201311UV02>"
    )


def cda(c: Corpus, idno: str, name: str) -> str:
    code, diag = c.pick(DIAGNOSES)
    sbp, dbp = c.num(105, 175), c.num(65, 105)
    obs = "".join(
        f'<entry><observation classCode="OBS" moodCode="EVN"><code code="{k}" displayName="{escape(n)}"/>'
        f'<value xsi:type="PQ" value="{c.num(lo, hi) / 10:.1f}" unit="{escape(u)}"/></observation></entry>'
        for k, n, u, lo, hi in c.sample(LABS, 2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<ClinicalDocument xmlns="{HL7_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<realmCode code="CN"/><typeId root="2.16.840.1.113883.1.3" extension="POCD_MT000040"/>'
        f'<templateId root="2.16.156.10011.2.1.1.{c.pick([27, 53, 60])}"/>'
        f'<id root="2.16.156.10011.1.1" extension="{c.uid()}"/>'
        '<code code="C0027" codeSystem="2.16.156.10011.2.4" codeSystemName="卫生信息共享文档编码体系"/>'
        f"<title>{c.pick(['门（急）诊病历', '入院记录', '出院小结'])}</title>"
        f'<effectiveTime value="{c.when():%Y%m%d%H%M%S}"/>'
        '<confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25" displayName="正常访问保密级别"/>'
        '<recordTarget typeCode="RCT"><patientRole classCode="PAT">'
        f'<id root="2.16.156.10011.1.3" extension="{idno}"/>'
        f"<patient><name>{escape(name)}</name></patient></patientRole></recordTarget>"
        "<component><structuredBody><component><section>"
        f"<text>主诉：多饮、多尿 3 月余，加重 1 周。血压 {sbp}/{dbp} mmHg；既往 “高血压” 病史 5 年。</text>"
        f'<entry><observation classCode="OBS" moodCode="EVN"><code code="DE05.01.024.00" displayName="诊断代码"/>'
        f'<value xsi:type="CD" code="{code}" codeSystem="2.16.156.10011.2.3.3.11" displayName="{diag}"/>'
        f"</observation></entry>{obs}"
        "</section></component></structuredBody></component></ClinicalDocument>"
    )


@family("health-info-exchange")
def health_info_exchange(c: Corpus) -> None:
    f = "health-info-exchange"

    def his(ctype: str = "text/xml;charset=UTF-8", action: str = "") -> dict[str, str]:
        h = {
            "User-Agent": c.pick(["Apache-HttpClient/4.5.13 (Java/1.8.0_392)", "Axis2", "Apache-CXF/3.4.10"]),
            "Content-Type": ctype,
            "Accept": "text/xml, application/xml",
        }
        if action:
            h["SOAPAction"] = f'"{action}"'
        return h

    for _ in range(19):
        c.add(
            f,
            "patient-register",
            "POST",
            "/hip/services/PatientRegistry",
            his(),
            patient_register(c, c.idcard(), c.person()),
        )
    for _ in range(17):
        idno = c.idcard()
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            + hl7_head("PRPA_IN201305UV02", c, "PRPA_IN201305UV02", c.pick(list(ORGS)))
            + '<controlActProcess classCode="CACT" moodCode="EVN"><queryByParameter><statusCode code="new"/>'
            f'<parameterList><livingSubjectId><value root="2.16.156.10011.1.3" extension="{idno}"/>'
            "<semanticsText>身份证件号码</semanticsText></livingSubjectId></parameterList></queryByParameter>"
            "</controlActProcess></PRPA_IN201305UV02>"
        )
        c.add(f, "patient-query", "POST", "/hip/services/PatientQuery", his(), xml)
    for _ in range(15):
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            + hl7_head("PRPM_IN301010UV01", c, "PRPM_IN301010UV01", c.pick(list(ORGS)))
            + '<controlActProcess classCode="CACT" moodCode="EVN"><subject typeCode="SUBJ"><registrationRequest>'
            f'<subject1><healthCareProvider classCode="PROV"><id><item root="2.16.156.10011.1.4" '
            f'extension="{c.digits(8)}"/></id><healthCarePrincipalPerson><name>{escape(c.person())}</name>'
            f'<id><item root="2.16.156.10011.1.3" extension="{c.idcard()}"/></id></healthCarePrincipalPerson>'
            f'<code code="{c.pick(["23", "24", "25"])}" displayName="{c.pick(["主任医师", "主治医师", "住院医师"])}"/>'
            "</healthCareProvider></subject1></registrationRequest></subject></controlActProcess>"
            "</PRPM_IN301010UV01>"
        )
        c.add(f, "provider-register", "POST", "/hip/services/ProviderRegistry", his(), xml)
    for _ in range(17):
        c.add(f, "cda-submit", "POST", "/hip/services/DocumentRegistry", his(), cda(c, c.idcard(), c.person()))
    for _ in range(17):
        inner = patient_register(c, c.idcard(), c.person()) if c.chance(0.5) else cda(c, c.idcard(), c.person())
        action = "PatientRegistry" if "PRPA" in inner[:80] else "DocumentRegistry"
        env = (
            '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/'
            'envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body><HIPMessageServer '
            f'xmlns="urn:hl7-org:v3"><action>{action}</action><message><![CDATA[{inner}]]></message>'
            "</HIPMessageServer></soap:Body></soap:Envelope>"
        )
        c.add(f, "hip-soap", "POST", "/hip/HIPService.asmx", his(action="urn:hl7-org:v3/HIPMessageServer"), env)
    for _ in range(17):
        t = c.when()
        items = [
            {
                "xmdm": k,
                "xmmc": n,
                "jg": f"{c.num(lo, hi) / 10:.1f}",
                "dw": u,
                "ckfw": {"HbA1c": "4.0-6.0", "GLU": "3.9-6.1", "eGFR": ">=90", "TG": "<1.7"}[k],
            }
            for k, n, u, lo, hi in c.sample(LABS, c.num(1, 4))
        ]
        doc = {
            "jgdm": c.pick(list(ORGS)),
            "sfzh": c.idcard(),
            "bgdh": f"JY{t:%Y%m%d}{c.digits(6)}",
            "bgsj": f"{t:%Y-%m-%d %H:%M:%S}",
            "items": items,
        }
        h = service(c, c.pick(JAVA_UAS[:2]), {"X-Org-Code": doc["jgdm"], "X-Request-Id": c.uid()})
        c.add(f, "lab-result", "POST", "/hip/api/lab/report", h, js_json(doc))
    for _ in range(15):
        q = [
            ("dictCode", c.pick(["CV02.01.101", "CV02.01.102", "CV05.01.019", "GB/T 2261.1-2003", "ICD-10"])),
            ("keyword", c.pick(["", "糖尿病", "E11", "身份证"])),
            ("version", "WS 364-2011"),
        ]
        c.add(f, "terminology-lookup", "GET", "/mdm/api/dict/values?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(15):
        q = [
            ("sfzh", c.idcard()),
            ("wdlx", c.pick(["C0001", "C0027", "C0053", ""])),
            ("ksrq", ymd(c, -365, -30)),
            ("jsrq", ymd(c, -29, 0)),
        ]
        h = web(c, None, 0.0, f"{SITE}/ehr/viewer.html")
        h["X-Doctor-Id"] = c.digits(8)
        c.add(f, "ehr-browse", "GET", "/ehr/api/document/list?" + qs(q, axios), h)


# --- journal-submission -----------------------------------------------------------------------------

JOURNALS = {"GZNY": "贵州农业科学", "SDKX": "山地农业生物学报", "HJKX": "环境科学导刊", "QXKJ": "气象科技进展"}
TITLES = [
    "Cd²⁺ 胁迫 下 外源 硒 对 水稻 幼苗 抗氧化 酶 活性 的 影响",
    "基于 $\\mathrm{NDVI}$ 与 $T_s$ 的 喀斯特 山区 干旱 监测（2001—2025 年）",
    "β-葡萄糖苷酶 在 刺梨 汁 发酵 中 的 作用 及 动力学 模型",
    "N,N-二甲基甲酰胺（DMF）降解 菌 的 筛选、鉴定 及 降解 特性",
    "贵州 茶园 土壤 pH 与 有效 磷 的 空间 变异（n = 312）",
    "暴雨 强度 公式 $q = \\frac{167A(1+C\\lg P)}{(t+b)^n}$ 的 参数 优化",
]
ABSTRACTS = [
    "【目的】明确 外源 硒（Na₂SeO₃，0—2.0 mg·L⁻¹）对 Cd²⁺ 胁迫 水稻 的 缓解 效应。【方法】水培 试验，测定 SOD、"
    "POD、CAT 活性 和 MDA 含量。【结果】0.5 mg·L⁻¹ 硒 处理 下 SOD 活性 提高 23.6%（p < 0.05），MDA 降低 18.2%。"
    "【结论】适量 施 硒 可 缓解 镉 毒害。",
    "以 MODIS MOD13A2 和 MOD11A2 为 数据源，构建 TVDI = (T_s − T_s,min)/(T_s,max − T_s,min)，结果 表明 2011 年 "
    "TVDI > 0.8 的 面积 占比 达 41.3%，R² = 0.72（RMSE = 0.06）。",
    "采用 Michaelis-Menten 方程 v = V_max[S]/(K_m + [S]) 拟合，得 K_m = 2.34 mmol/L，V_max = 0.87 μmol·min⁻¹·mg⁻¹；"
    "最适 pH 5.0、温度 45 ℃。",
    "经 16S rRNA 序列 比对（GenBank 登录号 OR123456），菌株 DMF-3 与 Paracoccus sp. 相似度 99.2%；48 h 内 对 "
    "500 mg/L DMF 的 降解率 为 96.4% ± 1.3%。",
]
REFERENCES = [
    "[1] 王 某, 李 某. 喀斯特 地区 土壤 重金属 污染 特征[J]. 生态学报, 2025, 45(3): 1021-1032. "
    "DOI: 10.5846/stxb202401010001.",
    "[2] SMITH J, ZHANG L. Selenium alleviates cadmium toxicity in rice (Oryza sativa L.)[J]. Plant and Soil, "
    "2024, 496(1/2): 233-248. DOI: 10.1007/s11104-023-06345-2.",
    "[3] 国家 市场 监督 管理 总局. 土壤 环境 质量 农用地 土壤 污染 风险 管控 标准（试行）: GB 15618—2018[S]. 北京: "
    "中国 环境 出版 集团, 2018.",
    "[4] 张 某. 水稻 逆境 生理[M]. 2 版. 北京: 科学 出版社, 2023: 112-118.",
    "[5] LI X, et al. Remote sensing of drought in karst areas[EB/OL]. (2024-05-12)[2027-03-01]. "
    "https://doi.org/10.3390/rs16101234.",
]
REVIEWS = [
    "1. 式（3）中 ∑ 的 下标 应为 i = 1 至 n，且 “K_m” 应 斜体；2. 图 2 纵坐标 单位 应为 mg·kg⁻¹（而 非 mg/kg⁻¹）；"
    "3. 表 1 缺 显著性 标注（a, b, c 表示 p < 0.05）。",
    "建议 补充 对照 组（CK）的 处理 说明；参考文献 [2] 的 卷(期) 格式 不 符合 GB/T 7714—2015。",
    "讨论 部分 对 “TVDI > 0.8 即 重旱” 的 阈值 依据 不足，请 引用 相关 文献 或 说明 验证 方法。",
]
UNITS = [
    "贵州大学 农学院, 贵州 贵阳 550025",
    "贵州省 农业科学院 土壤 肥料 研究所, 贵州 贵阳 550006",
    "贵州师范大学 地理与环境科学学院, 贵州 贵阳 550025",
    "贵州省 气象 科学 研究所, 贵州 贵阳 550002",
]


def orcid(c: Corpus) -> str:
    """An ORCID iD: 15 digits and the ISO 7064 MOD 11-2 check character."""
    base = "000000" + c.pick(["01", "02", "03", "09"]) + c.digits(7)
    total = 0
    for d in base:
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    ch = "X" if check == 10 else str(check)
    s = base + ch
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


def manuscript_no(c: Corpus) -> str:
    return f"{c.pick(list(JOURNALS))}-{c.num(2026, 2027)}-{c.digits(4)}"


@family("journal-submission")
def journal_submission(c: Corpus) -> None:
    f = "journal-submission"
    ref = f"{SITE}/ch/author/submit.aspx"
    for _ in range(19):
        doc = {
            "kan": c.pick(list(JOURNALS)),
            "tm": c.pick(TITLES),
            "zy": c.pick(ABSTRACTS),
            "gjc": "；".join(c.sample(["水稻", "镉", "硒", "抗氧化 酶", "TVDI", "喀斯特", "刺梨", "降解 菌"], 4)),
            "zz": [
                {"xm": c.person(), "dw": c.pick(UNITS), "orcid": orcid(c), "tx": i == 0} for i in range(c.num(2, 5))
            ],
            "jj": f"国家 自然 科学 基金 项目（{c.num(31, 42)}{c.digits(6)}）；"
            f"贵州省 科技 计划 项目（黔科合基础-ZK〔2027〕一般 {c.num(1, 600)}）",
            "lgxs": c.pick(["研究 论文", "综述", "研究 简报"]),
        }
        c.add(f, "manuscript-meta", "POST", "/ch/author/api/submit/meta", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        title = c.pick(TITLES)
        paras = [
            title,
            c.pick(ABSTRACTS),
            "1 材料 与 方法",
            "式（1）：$SOD = \\frac{A_0 - A_s}{A_0 \\times 50\\%} \\times V_t/W$",
            *c.sample(REFERENCES, 3),
        ]
        parts = [
            ("gjbh", manuscript_no(c)),
            ("wjlx", "正文"),
            ("file", (f"{manuscript_no(c)}_正文（匿名稿）.docx", DOCX_CT, docx(paras))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "manuscript-upload", "POST", "/ch/author/api/submit/file", h, body)
    for _ in range(17):
        doc = {"gjbh": manuscript_no(c), "refs": c.sample(REFERENCES, c.num(2, 5)), "style": "GB/T 7714-2015"}
        c.add(f, "references-check", "POST", "/ch/author/api/refs/check", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        q = [("key", c.pick(["Cd²⁺ 胁迫", "β-葡萄糖苷酶", "N,N-二甲基甲酰胺", "TVDI", "pH", "刺梨 (Rosa roxburghii)"]))]
        c.add(f, "keyword-search", "GET", "/ch/reader/key_query.aspx?" + qs(q), web(c, None, 0.3, "", JQ_ACCEPT))
    for _ in range(17):
        q = [("file_no", f"{c.num(2024, 2027)}{c.digits(4)}"), ("flag", 1)]
        c.add(f, "abstract-view", "GET", "/ch/reader/view_abstract.aspx?" + qs(q), web(c, None, 0.4, "", JQ_ACCEPT))
    for _ in range(15):
        fields = [
            ("gjbh", manuscript_no(c)),
            ("yj", c.pick(REVIEWS)),
            ("jl", c.pick(["小修 后 发表", "大修 后 再审", "退稿"])),
            ("cxd", c.pick(["A", "B", "C"])),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/ch/expert/review.aspx", JQ_ACCEPT, xrw=True)
        c.add(f, "review-submit", "POST", "/ch/expert/api/review", h, qs(fields, jq))
    for _ in range(15):
        no = manuscript_no(c)
        paras = [
            "修改 说明",
            "审稿人 1 意见 1：" + c.pick(REVIEWS),
            "答复：已 按 意见 修改，见 正文 第 3 页 式（3） 与 图 2（红色 标注）。",
        ]
        parts = [
            ("gjbh", no),
            ("sm", (f"{no}_修改说明.docx", DOCX_CT, docx(paras))),
            ("file", (f"{no}_修改稿.pdf", "application/pdf", pdf_head(c, 800))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "revision-upload", "POST", "/ch/author/api/revise", h, body)
    for _ in range(15):
        q = [("gjbh", manuscript_no(c)), ("_", c.ms())]
        c.add(f, "status-query", "GET", "/ch/author/api/status?" + qs(q, axios), web(c, None, 0.5))


# --- degree-verify ----------------------------------------------------------------------------------

UNIVS = {
    "10657": "贵州大学",
    "10663": "贵州师范大学",
    "10671": "贵州财经大学",
    "10672": "贵州民族大学",
    "10661": "遵义医科大学",
}
LEVELS = {"01": "博士研究生", "02": "硕士研究生", "05": "本科", "06": "专科"}
OVERSEAS = [
    ("King's College London", "英国", "MSc Data Science", "Master of Science"),
    (
        "The University of Manchester",
        "英国",
        "MSc Advanced Computer Science (with Industrial Experience)",
        "Master of Science",
    ),
    ("Université Paris-Saclay", "法国", "Master Mention Mathématiques et Applications", "Diplôme National de Master"),
    ("The University of New South Wales (UNSW Sydney)", "澳大利亚", "Master of Public Health", "Master"),
    ("National University of Singapore", "新加坡", "M.Sc. (Environmental Management)", "Master of Science"),
    ("Technische Universität München", "德国", "M.Sc. Informatik", "Master of Science (M.Sc.)"),
    ("Queen's University Belfast", "英国", "LLM International Business Law", "Master of Laws"),
]


def cert_no(c: Corpus) -> str:
    """A 毕业证书 编号: 院校代码 5 + 办学类型 1 + 年份 4 + 层次 2 + 顺序 6."""
    return c.pick(list(UNIVS)) + "1" + str(c.num(2008, 2027)) + c.pick(list(LEVELS)) + c.digits(6)


def vcode(c: Corpus) -> str:
    return c.alnum(16, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def pinyin_name(c: Corpus) -> str:
    return (
        c.pick(["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG"])
        + " "
        + c.pick(["Xiaoming", "Yutong", "Haoran", "Jiayi", "Zixuan"])
    )


@family("degree-verify")
def degree_verify(c: Corpus) -> None:
    f = "degree-verify"
    for _ in range(19):
        q = [("vcode", vcode(c)), ("srcid", c.pick(["bgcx", "bgcx", "xjcx"]))]
        c.add(f, "chsi-vcode", "GET", "/xlcx/bg.do?" + qs(q), web(c, None, 0.5, "", JQ_ACCEPT))
    for _ in range(17):
        fields = [("zsbh", cert_no(c)), ("xm", c.person()), ("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789"))]
        h = web(c, JQ_FORM, 0.4, f"{SITE}/xlcx/zscx.jsp", JQ_ACCEPT, xrw=True)
        c.add(f, "cert-query", "POST", "/xlcx/zscx.do", h, qs(fields, jq))
    for _ in range(17):
        doc = {
            "name": pinyin_name(c),
            "vcode": vcode(c),
            "lang": "en",
            "type": c.pick(["xl", "xw", "xj"]),
            "email": f"{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz')}@example.com",
            "copies": c.num(1, 3),
        }
        c.add(f, "english-report", "POST", "/xlcx/api/en/apply", web(c, JSON_CT, 0.3), js_json(doc))
    for _ in range(19):
        univ, country, program, degree = c.pick(OVERSEAS)
        enter = c.day(-900, -600)
        doc = {
            "xm": c.person(),
            "ywm": pinyin_name(c),
            "hzh": "E" + c.digits(8),
            "yx": univ,
            "gb": country,
            "zy": program,
            "xw": degree,
            "rxsj": f"{enter:%Y-%m}",
            "bysj": f"{enter + timedelta(days=c.pick([365, 450, 730])):%Y-%m}",
            "xxfs": c.pick(["全日制 面授", "全日制 面授（含 线上 课程 不足 1/3）"]),
            "crj": [{"rj": ymd(c, -920, -880), "cj": ymd(c, -540, -500)}],
            "bz": "学位 证书 上 的 英文 姓名 为 “" + pinyin_name(c).title() + "”，与 护照 一致。",
        }
        c.add(f, "overseas-apply", "POST", "/rzpt/api/apply/save", web(c, JSON_CT, 0.2), js_json(doc))
    for _ in range(17):
        univ = c.pick(OVERSEAS)[0]
        short = univ.split(" (")[0].replace(" ", "_")
        parts = [
            ("sqbh", f"RZ{c.when():%Y%m%d}{c.digits(6)}"),
            ("cllx", c.pick(["学位证书", "成绩单", "护照 个人 信息 页"])),
            ("file", (f"{short}_Degree_Certificate.pdf", "application/pdf", pdf_head(c, 700))),
        ]
        h, body = upload(c, parts, f"{SITE}/rzpt/upload.html", 0.3)
        c.add(f, "overseas-upload", "POST", "/rzpt/api/material/upload", h, body)
    for _ in range(15):
        q = [("zsbh", f"{c.num(2024, 2027)}{c.digits(6)}"), ("xm", c.person())]
        c.add(f, "overseas-result", "GET", "/rzpt/api/result?" + qs(q, axios), web(c, None, 0.6))
    for _ in range(15):
        q = [("zsbh", c.pick(list(UNIVS)) + c.pick("234") + c.digits(10)), ("xm", c.person())]
        c.add(f, "degree-query", "GET", "/xwcx/api/query?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(15):
        rows = ["姓名,证书编号,学历层次,备注"]
        for _ in range(c.num(3, 8)):
            no = cert_no(c)
            note = c.pick(["", '"应聘 岗位：财务, 审计"', "复核"])
            rows.append(f"{c.person()},{no},{LEVELS[no[10:12]]},{note}")
        parts = [
            ("dwmc", company(c)),
            ("file", (f"批量核验_{c.digits(6)}.csv", "text/csv", ("\ufeff" + "\r\n".join(rows) + "\r\n").encode())),
        ]
        h, body = upload(c, parts, f"{SITE}/xlcx/plyz.html", 0.0)
        c.add(f, "batch-check", "POST", "/xlcx/api/batch/upload", h, body)


# --- edoc-exchange ----------------------------------------------------------------------------------

ISSUERS = {  # 机关代字: (发文机关, 统一社会信用代码 11… of the 机关)
    "黔府办发": "贵州省人民政府办公厅",
    "黔府发": "贵州省人民政府",
    "筑府办发": "贵阳市人民政府办公厅",
    "黔人社发": "贵州省人力资源和社会保障厅",
    "黔数发": "贵州省大数据发展管理局",
}
DOC_TITLES = [
    "关于印发《贵州省政务数据共享管理办法（试行）》的通知",
    "关于做好2027年“一网通办”事项梳理工作的通知",
    "关于转发《国务院办公厅关于进一步优化政务服务提升行政效能的意见》的通知",
    "关于开展政务信息系统“回头看”（2024—2026年）工作的函",
    "关于调整全省最低工资标准的通知",
]
RECIPIENTS = [
    "各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构",
    "省直有关部门",
    "各市（州）大数据局",
]
EX_KEY = "gw-exchange-2027"


def doc_no(c: Corpus) -> str:
    return f"{c.pick(list(ISSUERS))}〔{c.num(2026, 2027)}〕{c.num(1, 120)}号"


def gov_uscc(c: Corpus) -> str:
    return uscc_with(c, "11")


def ex_sign(body: str, ts: str) -> str:
    return hmac.new(EX_KEY.encode(), (ts + "\n" + body).encode(), "sha256").hexdigest()


def ofd(title: str) -> bytes:
    ofd_xml = (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" '
        f'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>{escape(title)}</ofd:Title>'
        "<ofd:Creator>书生 电子 公文 系统</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
        "</ofd:DocBody></ofd:OFD>"
    )
    return zip_bytes(
        [
            ("OFD.xml", ofd_xml),
            (
                "Doc_0/Document.xml",
                '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/>',
            ),
        ]
    )


@family("edoc-exchange")
def edoc_exchange(c: Corpus) -> None:
    f = "edoc-exchange"

    def oa(ctype: str | None = None) -> dict[str, str]:
        h = service(c, c.pick(JAVA_UAS[:2]), {"X-Exchange-Node": gov_uscc(c)}, ctype)
        h["Accept"] = "application/json, application/xml"
        return h

    for _ in range(19):
        no = doc_no(c)
        issuer = ISSUERS[no.split("〔")[0]]
        title = c.pick(DOC_TITLES)
        day = c.day(-20, 0)
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><公文 版本="GB/T 33476-2016">'
            f"<版头><份号>{c.digits(6)}</份号><密级和保密期限/><紧急程度>{c.pick(['', '特急', '加急'])}</紧急程度>"
            f"<发文机关标志>{issuer}文件</发文机关标志><发文字号>{no}</发文字号>"
            f"<签发人>{c.person()}</签发人></版头>"
            f"<主体><标题>{escape(title)}</标题><主送机关>{c.pick(RECIPIENTS)}</主送机关>"
            f"<附件说明>1．{escape(title.removeprefix('关于印发').removesuffix('的通知'))}</附件说明>"
            f"<发文机关署名>{issuer}</发文机关署名><成文日期>{day:%Y年%m月%d日}</成文日期></主体>"
            f"<版记><抄送机关>省委办公厅，省人大常委会办公厅</抄送机关><印发机关>{issuer}</印发机关>"
            f"<印发日期>{day + timedelta(days=1):%Y年%m月%d日}印发</印发日期></版记>"
            f"<文件><正文>{escape(title)}.ofd</正文></文件></公文>"
        )
        c.add(f, "send-doc", "POST", "/gwjh/api/v1/doc/send", oa(XML_CT), xml)
    for _ in range(17):
        title = c.pick(DOC_TITLES)
        no = doc_no(c)
        parts = [
            ("fwzh", no),
            ("wjlx", c.pick(["正文", "附件"])),
            ("file", (f"{no} {title}.ofd", "application/ofd", ofd(title))),
        ]
        h, body = upload(c, parts, f"{SITE}/gwjh/send.html", 0.0)
        c.add(f, "attachment-upload", "POST", "/gwjh/api/v1/doc/file", h, body)
    for _ in range(17):
        doc = {
            "docId": c.uid(),
            "fwzh": doc_no(c),
            "qsr": c.person(),
            "qssj": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "qsdw": gov_uscc(c),
        }
        c.add(f, "receive-sign", "POST", "/gwjh/api/v1/doc/sign", oa(JSON_CT), js_json(doc))
    for _ in range(15):
        reason = c.pick(
            [
                "附件 2《……实施细则》 缺 第 3—5 页；请 核对 后 重新 发送。",
                "发文字号 “〔2027〕” 误 写 为 “[2027]”，请 按 GB/T 9704—2012 更正。",
                "主送 机关 有误（本 单位 非 主送/抄送 单位）。",
                "正文 OFD 签章 验证 失败（印章 证书 已 过期）。",
            ]
        )
        doc = {"docId": c.uid(), "fwzh": doc_no(c), "twyy": reason, "twr": c.person()}
        c.add(f, "return-doc", "POST", "/gwjh/api/v1/doc/return", oa(JSON_CT), js_json(doc))
    for _ in range(17):
        q = [("docId", c.uid()), ("fwzh", doc_no(c))]
        c.add(f, "status-query", "GET", "/gwjh/api/v1/doc/status?" + qs(q, axios), oa())
    for _ in range(17):
        q = [
            ("fwzh", c.pick([doc_no(c), "〔2027〕", ""])),
            ("bt", c.pick(["《贵州省政务数据共享管理办法", "一网通办", "最低工资", ""])),
            ("ksrq", ymd(c, -200, -100)),
            ("jsrq", ymd(c, -99, 0)),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "doc-search", "GET", "/gwjh/api/v1/doc/search?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(17):
        doc = {
            "docId": c.uid(),
            "fwzh": doc_no(c),
            "event": c.pick(["RECEIVED", "SIGNED", "RETURNED", "READ"]),
            "node": gov_uscc(c),
            "time": f"{c.when():%Y-%m-%dT%H:%M:%S+08:00}",
        }
        body = js_json(doc)
        ts = str(c.ms())
        h = service(c, "Java/17.0.9", {"X-Timestamp": ts, "X-Signature": ex_sign(body, ts)})
        c.add(f, "receipt-callback", "POST", "/oa/callback/gwjh", h, body)
    for _ in range(15):
        q = [("orgCode", gov_uscc(c)), ("includeChildren", c.pick(["true", "false"]))]
        c.add(f, "unit-directory", "GET", "/gwjh/api/v1/org/list?" + qs(q, axios), oa())


# --- earchive-transfer ------------------------------------------------------------------------------

FONDS = {"X001": "贵州省人民政府办公厅", "X014": "贵州省大数据发展管理局", "J052": "贵阳市自然资源和规划局"}
RETENTION = {"Y": "永久", "D30": "定期30年", "D10": "定期10年"}
ORG_CODES = {"BGS": "办公室", "ZCFGC": "政策法规处", "SJZYC": "数据资源处", "RSC": "人事处"}
FILE_TITLES = [
    "关于印发2027年工作要点的通知",
    "关于政务数据目录编制情况的报告",
    "第12次主任办公会议纪要",
    "关于《数据共享交换平台（二期）》项目验收的批复",
    "关于请求拨付“东数西算”专项经费的请示",
]


def archival_code(c: Corpus) -> tuple[str, str, str, str, str, int]:
    fonds, year, ret, org = c.pick(list(FONDS)), c.num(2020, 2026), c.pick(list(RETENTION)), c.pick(list(ORG_CODES))
    n = c.num(1, 400)
    return f"{fonds}-WS·{year}-{ret}-{org}-{n:04d}", fonds, str(year), ret, org, n


def file_path(code: str, page: int, ext: str) -> str:
    fonds, rest = code.split("-WS·")
    year, ret, org, n = rest.split("-")
    return f"{fonds}/WS/{year}/{ret}/{org}/{n}/{code}-{page:03d}.{ext}"


@family("earchive-transfer")
def earchive_transfer(c: Corpus) -> None:
    f = "earchive-transfer"

    def system(ctype: str | None = None) -> dict[str, str]:
        h = service(c, c.pick(JAVA_UAS[:2]), {"X-Fonds-Code": c.pick(list(FONDS))}, ctype)
        h["Authorization"] = "Bearer " + c.b64(24, urlsafe=True)
        return h

    for _ in range(19):
        code, fonds, year, ret, org, n = archival_code(c)
        title = c.pick(FILE_TITLES)
        data = pdf_head(c, 300)
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><文件实体块 标准="DA/T 46-2009">'
            f"<聚合层次>件</聚合层次><来源><档案馆名称>贵州省档案馆</档案馆名称><立档单位名称>{FONDS[fonds]}</立档单位名称>"
            f"</来源><档号>{code}</档号><全宗号>{fonds}</全宗号><年度>{year}</年度><保管期限>{RETENTION[ret]}</保管期限>"
            f"<机构或问题>{ORG_CODES[org]}</机构或问题><件号>{n:04d}</件号>"
            f"<题名>{escape(title)}</题名><责任者>{FONDS[fonds]}</责任者>"
            f"<日期>{year}{c.num(1, 12):02d}{c.num(1, 28):02d}</日期>"
            f"<文件编号>{c.pick(list(ISSUERS))}〔{year}〕{c.num(1, 120)}号</文件编号><页数>{c.num(2, 30)}</页数>"
            f"<计算机文件名>{file_path(code, 1, 'pdf')}</计算机文件名><计算机文件大小>{len(data)}</计算机文件大小>"
            f'<格式信息>PDF/A-1b</格式信息><数字摘要 算法="MD5">{md5_hex(data)}</数字摘要></文件实体块>'
        )
        c.add(f, "metadata-xml", "POST", "/daj/api/transfer/metadata", system(XML_CT), xml)
    for _ in range(17):
        items = []
        for _ in range(c.num(2, 5)):
            code = archival_code(c)[0]
            items.append(
                {
                    "dh": code,
                    "tm": c.pick(FILE_TITLES),
                    "wj": [file_path(code, p, c.pick(["ofd", "pdf"])) for p in range(1, c.num(2, 4))],
                }
            )
        doc = {
            "yjpc": f"YJ{c.when():%Y%m%d}{c.digits(3)}",
            "yjdw": c.pick(list(FONDS.values())),
            "items": items,
            "js": len(items),
        }
        c.add(f, "transfer-manifest", "POST", "/daj/api/transfer/manifest", system(JSON_CT), js_json(doc))
    for _ in range(17):
        code = archival_code(c)[0]
        ext = c.pick(["pdf", "ofd"])
        data = pdf_head(c, c.num(400, 800)) if ext == "pdf" else ofd(c.pick(FILE_TITLES))
        parts = [
            ("dh", code),
            ("path", file_path(code, 1, ext)),
            ("md5", md5_hex(data)),
            ("file", (f"{code}-001.{ext}", "application/pdf" if ext == "pdf" else "application/ofd", data)),
        ]
        h, body = upload(c, parts, f"{SITE}/daj/transfer.html", 0.0)
        c.add(f, "file-upload", "POST", "/daj/api/transfer/file", h, body)
    for _ in range(17):
        code = archival_code(c)[0]
        checks = {
            f"{k}-{i}": c.pick(["通过", "通过", "通过", "不通过"])
            for k in ("ZSX", "WZX", "KYX", "AQX")
            for i in range(1, 3)
        }
        doc = {
            "dh": code,
            "jcjg": checks,
            "jcgj": "四性 检测 工具 v3.2（DA/T 70-2018）",
            "sm": "KYX-2 不通过：文件 格式 为 .wps，非 长期 保存 格式（PDF/A、OFD）。"
            if "不通过" in checks.values()
            else "",
        }
        c.add(f, "four-check", "POST", "/daj/api/transfer/check", system(JSON_CT), js_json(doc))
    for _ in range(15):
        code = archival_code(c)[0]
        q = [
            ("dh", c.pick([code, code.split("-")[0] + "-WS·" + code.split("·")[1][:4]])),
            ("tm", c.pick(["", "会议 纪要", "“东数西算”", "工作 要点"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "transfer-search", "GET", "/daj/api/transfer/search?" + qs(q, axios), web(c, None, 0.0))
    for _ in range(15):
        q = [("yjpc", f"YJ{c.when():%Y%m%d}{c.digits(3)}")]
        c.add(f, "receipt", "GET", "/daj/api/transfer/receipt?" + qs(q, axios), system())
    for _ in range(15):
        codes = [archival_code(c)[0] for _ in range(c.num(1, 4))]
        doc = {
            "qclx": "销毁 清册",
            "items": [
                {"dh": code, "yy": "保管 期限 已 满（D10），经 鉴定 无 继续 保存 价值"}
                for code in codes
                if "-D10-" in code
            ]
            or [{"dh": codes[0], "yy": "到期 鉴定"}],
            "jdxz": [c.person() for _ in range(3)],
        }
        c.add(f, "appraisal-list", "POST", "/daj/api/appraisal/submit", web(c, JSON_CT, 0.0), js_json(doc))
    for _ in range(15):
        q = [("qzh", c.pick(list(FONDS))), ("ml", c.pick(["WS", "KJ", "SX", "ZP"]))]
        c.add(f, "classification-scheme", "GET", "/daj/api/scheme?" + qs(q, axios), system())


# --- drug-registration ------------------------------------------------------------------------------

SUBSTANCES = [  # (通用名, 化学名称, CAS, 剂型, 规格)
    (
        "阿哌沙班",
        "1-(4-甲氧基苯基)-7-氧代-6-[4-(2-氧代哌啶-1-基)苯基]-4,5,6,7-四氢-1H-吡唑并[3,4-c]吡啶-3-甲酰胺",
        "503612-47-3",
        "片剂",
        "2.5mg",
    ),
    (
        "磷酸奥司他韦",
        "(3R,4R,5S)-4-乙酰氨基-5-氨基-3-(1-乙基丙氧基)-1-环己烯-1-羧酸乙酯磷酸盐",
        "204255-11-8",
        "胶囊剂",
        "75mg（按 C₁₆H₂₈N₂O₄ 计）",
    ),
    (
        "恩替卡韦",
        "2-氨基-9-[(1S,3R,4S)-4-羟基-3-(羟甲基)-2-亚甲基环戊基]-1,9-二氢-6H-嘌呤-6-酮",
        "142217-69-4",
        "片剂",
        "0.5mg",
    ),
    (
        "替格瑞洛",
        "(1S,2S,3R,5S)-3-[7-[(1R,2S)-2-(3,4-二氟苯基)环丙基氨基]-5-(丙硫基)-3H-[1,2,3]三唑并[4,5-d]嘧啶-3-基]"
        "-5-(2-羟乙氧基)环戊烷-1,2-二醇",
        "274693-27-5",
        "片剂",
        "90mg",
    ),
    (
        "磷酸西格列汀",
        "(3R)-3-氨基-1-[3-(三氟甲基)-5,6-二氢[1,2,4]三唑并[4,3-a]吡嗪-7(8H)-基]-4-(2,4,5-三氟苯基)丁-1-酮"
        "磷酸盐一水合物",
        "654671-77-9",
        "片剂",
        "100mg",
    ),
    (
        "索磷布韦",
        "(S)-2-[[(S)-[[(2R,3R,4R,5R)-5-(2,4-二氧代-3,4-二氢嘧啶-1(2H)-基)-4-氟-3-羟基-4-甲基四氢呋喃-2-基]"
        "甲氧基](苯氧基)磷酰基]氨基]丙酸异丙酯（2'-脱氧-2'-氟-2'-C-甲基尿苷 5'-磷酰胺酯）",
        "1190307-88-0",
        "片剂",
        "400mg",
    ),
]
CTD_LEAVES = [  # (element path, file path under m3/32-body-data/32s-drug-sub/<substance>/, title)
    ("m3-2-s-1-general-information", "32s1-gen-info/32s1-gen-info.pdf", "3.2.S.1 基本信息"),
    ("m3-2-s-2-manufacture", "32s2-manuf/32s23-control-mater.pdf", "3.2.S.2.3 物料控制"),
    ("m3-2-s-3-characterisation", "32s3-charac/32s32-impurities.pdf", "3.2.S.3.2 杂质"),
    ("m3-2-s-4-control-of-drug-substance", "32s4-contr-drug-sub/32s43-val-analyt-proc.pdf", "3.2.S.4.3 分析方法的验证"),
    ("m3-2-s-7-stability", "32s7-stab/32s73-stab-data.pdf", "3.2.S.7.3 稳定性数据"),
]
PHARMA = [
    "贵州 某某 制药 有限公司",
    "贵州 某某 药业 股份 有限公司",
    "某某 生物 医药（贵州）有限公司",
    "某某 医药 集团 有限公司",
]
APP_KINDS = ["CYHS", "CXHS", "JXHS", "CYHB"]
MEETING_QUESTIONS = [
    "关于 有关物质 方法 学 验证：杂质 B（RRT ≈ 0.85）的 定量限 为 0.02%，报告 限度 拟 定 为 ≤ 0.05%，是否 可 接受？",
    "原料药 起始 物料 “(2S)-2-氨基-3-(4-羟基苯基)丙酸 甲酯” 的 选择 是否 符合 ICH Q11 要求？",
    "参比 制剂 选择：原研 进口（批号 AB1234）已 停产，拟 以 欧盟 上市 品 替代，请 明确 BE 试验 要求。",
    "遗传毒性 杂质 N-亚硝基 二甲胺（NDMA）限度 按 96 ng/day 计算 为 0.32 ppm，控制 策略 是否 可行？",
]


def acceptance_no(c: Corpus) -> str:
    return f"{c.pick(APP_KINDS)}{c.num(25, 27)}{c.digits(5)}"


def ectd_index(c: Corpus, sub: tuple[str, str, str, str, str], leaves: list[tuple[str, str, str, bytes]]) -> str:
    name = sub[0]
    folder = "m3/32-body-data/32s-drug-sub/" + c.pick(["api-", "ds-"]) + f"{c.digits(3)}"
    body = "".join(
        f'<{el}><leaf ID="{lid}" operation="new" checksum-type="md5" checksum="{md5_hex(data)}" '
        f'xlink:type="simple" xlink:href="{folder}/{href}" application-version="PDF 1.7"><title>{escape(title)}</title>'
        f"</leaf></{el}>"
        for (el, href, title, data), lid in zip(leaves, [f"L{c.hexs(6)}" for _ in leaves], strict=True)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ectd:ectd SYSTEM "util/dtd/ich-ectd-3-2.dtd">\n'
        '<ectd:ectd xmlns:ectd="http://www.ich.org/ectd" xmlns:xlink="http://www.w3c.org/1999/xlink" '
        'dtd-version="3.2" xml:lang="zh">'
        '<m1-administrative-information-and-prescribing-information><leaf ID="m1" operation="new" '
        'xlink:href="m1/cn/cn-regional.xml"><title>区域 信息</title></leaf>'
        "</m1-administrative-information-and-prescribing-information>"
        f"<m3-quality><m3-2-body-of-data><m3-2-s-drug-substance substance={quoteattr(name)} "
        f"manufacturer={quoteattr(c.pick(PHARMA))}>{body}</m3-2-s-drug-substance></m3-2-body-of-data></m3-quality>"
        "</ectd:ectd>"
    )


@family("drug-registration")
def drug_registration(c: Corpus) -> None:
    f = "drug-registration"
    ref = f"{SITE}/cde/applicant/ectd.html"

    def applicant(ctype: str | None = None) -> dict[str, str]:
        h = service(
            c, c.pick(["eCTD-Publisher/3.2.1 (Windows NT 10.0)", "Java/17.0.9"]), {"X-Applicant-Code": uscc(c)}, ctype
        )
        h["Accept"] = "application/json, application/xml"
        return h

    for _ in range(17):
        sub = c.pick(SUBSTANCES)
        leaves = [(el, href, title, pdf_head(c, 200)) for el, href, title in c.sample(CTD_LEAVES, c.num(2, 5))]
        c.add(
            f, "ectd-backbone", "POST", "/cde/api/ectd/index", applicant("application/xml"), ectd_index(c, sub, leaves)
        )
    for _ in range(17):
        name, chem, cas, form, spec = c.pick(SUBSTANCES)
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><cn:cn-backbone xmlns:cn="http://www.cde.org.cn/ectd/cn" '
            'xmlns:xlink="http://www.w3c.org/1999/xlink" dtd-version="1.0"><cn-envelope>'
            f"<applicant>{escape(company(c))}</applicant><product-name>{escape(name)}{escape(form)}</product-name>"
            f"<chemical-name>{escape(chem)}</chemical-name><cas-number>{cas}</cas-number>"
            f'<application-type code="{c.pick(["4", "3", "5.2"])}">化学药品</application-type>'
            f"<sequence-number>{c.num(0, 12):04d}</sequence-number><submission-description>"
            + c.pick(["首次 申报", "补充 资料（发补 通知 回复）", "变更：3.2.S.4.3 分析 方法"])
            + "</submission-description>"
            "</cn-envelope></cn:cn-backbone>"
        )
        c.add(f, "cn-regional", "POST", "/cde/api/ectd/regional", applicant("application/xml"), xml)
    for _ in range(17):
        _el, href, _title = c.pick(CTD_LEAVES)
        data = pdf_head(c, c.num(400, 900))
        parts = [
            ("slh", acceptance_no(c)),
            ("href", "m3/32-body-data/32s-drug-sub/api-001/" + href),
            ("checksum", md5_hex(data)),
            ("file", (href.rsplit("/", 1)[1], "application/pdf", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "leaf-upload", "POST", "/cde/api/ectd/leaf", h, body)
    for _ in range(17):
        name, chem, cas, form, spec = c.pick(SUBSTANCES)
        doc = {
            "ypmc": name + form,
            "ywmc": "",
            "hxmc": chem,
            "cas": cas,
            "jx": form,
            "gg": spec,
            "zcfl": c.pick(["化学药品 4 类", "化学药品 3 类", "化学药品 5.2 类"]),
            "sqr": c.pick(PHARMA),
            "tyxydm": uscc(c),
            "scdz": f"{c.pick(DISTRICT_NAMES)} 医药 产业园 {c.num(1, 30)}号",
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        c.add(f, "application-form", "POST", "/cde/api/apply/form", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(17):
        q = [("slh", acceptance_no(c)), ("_", c.ms())]
        c.add(f, "acceptance-query", "GET", "/cde/api/accept/query?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(15):
        name = c.pick(SUBSTANCES)[0]
        doc = {
            "slh": acceptance_no(c),
            "ypmc": name,
            "hylx": c.pick(["Ⅱ类 会议", "Ⅲ类 会议"]),
            "hyxs": c.pick(["视频 会议", "书面 回复"]),
            "wt": c.sample(MEETING_QUESTIONS, c.num(1, 3)),
        }
        c.add(f, "meeting-apply", "POST", "/cde/api/communication/apply", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(15):
        q = [("slh", acceptance_no(c)), ("ypmc", c.pick(SUBSTANCES)[0])]
        c.add(f, "review-progress", "GET", "/cde/api/review/progress?" + qs(q, axios), web(c, None, 0.2))
    for _ in range(15):
        name, chem, cas, form, spec = c.pick(SUBSTANCES)
        q = [("keyword", c.pick([cas, name, chem[:24], f"CAS {cas}"])), ("type", c.pick(["cas", "name", "all"]))]
        c.add(f, "substance-search", "GET", "/cde/api/substance/search?" + qs(q, axios), web(c, None, 0.1))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
