"""Generate corpus L: a TWELFTH set of ordinary requests to Chinese government sites, independent of A-K.

    python tests/waf/data/gen_cms_corpus_l.py   # writes cms_l_tuning.jsonl and cms_l_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
L measures the WAF's false positives on traffic no tuning round has seen. A-J cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, 国密
forms, gateways, registries, devices, signalling, message buses, OCR and 12315. Corpus L covers the 部门
business systems a provincial 政务服务网 links to and none of them has: 12348 公共法律服务 (法律咨询 in long
prose quoting 法条 第X条, 公证 预约, 法律援助 申请, 人民调解); 农业农村 (惠农补贴 一卡通 查询, 农产品 价格
行情, 农机购置补贴 with 机具 型号 such as 2BFX-12 and 4LZ-6.0); 交通运输 (道路运输证 and 网约车 资格 查询,
12328 投诉, 公路 路况); 市场监管 (食品 抽检 结果, 特种设备 and 电梯 注册代码, 计量器具 检定 证书 with units and
symbols ℃, μm, ±0.5%, Ω, mg/kg); 生态环境 (排污许可, 环评 公示 意见, HJ 212-2017 监测 messages with their
CRC, 监测数据 APIs with SO2, NOx, PM2.5, CaCO3 and station codes); 卫健 (医师/护士 执业 查询, 出生医学证明,
预防接种 记录, 号源 and 预约); 文旅 (景区 分时 预约, 文化馆 活动, 非遗 项目 检索, 演出 票务); 水利 (实时 水情
and 雨情 by 测站编码, 河长制 巡河 GPX/KML tracks and photos); 自然资源 (矿业权 公示, 界址点 坐标 TXT in
CGCS2000, 宗地 查询); 网信 违法和不良信息 举报 (the URLs and texts reporters paste, screenshots); 公安 出入境
预约 and 户籍 (户口迁移 预约, 居住证 申领); and 退役军人 服务 (优待证 申领, 就业 培训 报名). ``SOURCES`` names
the public material each family's URLs, parameters, headers and bodies follow; values are generated
deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the services check
something (公民身份号码 and 统一社会信用代码 check characters, bank-card Luhn digits, HJ 212 CRC16 and data
lengths, 界址点 areas, 电梯 注册代码 structure, order totals, time ranges) the generator does it for real, so
the fast tests can check the requests the way the receiving servers would.

Each request is one JSONL record as in corpora A-J (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-l/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on L was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-l/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-l/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import math
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_j as corpus_j
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
)
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and helpers
    DISTRICT_NAMES,
    DISTRICTS,
    ESTATES,
    ROADS,
    company,
    pdf_head,
    plate,
    png,
    tool_headers,
    uscc,
)

TUNING_FILE, HELD_OUT_FILE = part_files("l")
SEED = 20280418
SALT = "corpus-l/"

SOURCES = {
    "public-legal-service": "中国法律服务网 (12348中国法网) and 省 12348 公共法律服务 平台: 在线法律咨询 (咨询类别, "
    "问题描述 prose quoting 《民法典》《劳动合同法》《法律援助法》 articles 第X条, 智能问答 search), 公证 预约 (公证"
    "事项 委托/继承/学历/亲属关系, 公证处, 预约日期 and 时段), 法律援助 网上申请 (《中华人民共和国法律援助法》第三十"
    "一条 事项, 经济困难状况 个人诚信承诺, 材料 PDF/JPEG uploads), 申请 进度 查询, 律师/律所 查询 by 执业证号, 人民"
    "调解 申请 (《人民调解法》), 服务 评价",
    "agri-rural": '农业农村厅 惠农补贴 "一卡通" 查询 (财政补贴 资金 发放 by 身份证 and 年度: 耕地地力保护补贴 元/'
    "亩, 农机购置与应用补贴, 种粮 一次性 补贴), 村级 补贴 公示, 全国农产品批发市场价格信息系统 and 省 农产品 价格 行"
    "情 (品种, 市场, 最低价/最高价/平均价 元/公斤), 价格 采集点 上报, 农业农村部 农机购置与应用补贴 辅助管理系统 (补"
    "贴机具 查询 by 品目 and 分档, 型号 such as 2BFX-12, 4LZ-6.0, 2ZGQ-6D, 1GKN-200, 3WWDZ-16; 补贴 申请 with 出厂编"
    "号, 销售价格, 中央财政补贴额; 发票 and 人机合影 uploads), 社保卡/一卡通 账户 变更 (Luhn bank card numbers)",
    "road-transport": "交通运输部 道路运输 从业人员 和 车辆 查询 (道路运输证号 黔交运管…字…号, 从业资格证号 = 公民身"
    "份号码), 全国网约车监管信息交互平台 驾驶员证/运输证 查询 by 姓名 身份证 and 车牌, 12328 交通运输服务监督电话 网"
    "上投诉 (出租车 拒载/绕路/议价, 网约车 乱收费, 客运 超员; 车牌, 时间, 起止地点), 投诉 进度, 公路 出行 服务 路况 "
    "(G60 沪昆高速 K1850+300 桩号, 施工/事故/凝冻 事件, 管制措施), 从业资格 考试 报名 with photo uploads",
    "market-inspection": "国家市场监督管理总局 食品安全抽检 公布结果 查询 (抽样编号, 标称生产企业, 被抽样单位, 不合"
    "格项目 铅（以Pb计）/镉/菌落总数/苯甲酸及其钠盐 with 检验结果 and 标准值 mg/kg per GB 2762-2022, GB 2760-2024), "
    "复检 申请 uploads, 特种设备 使用登记证 (梯11黔A…(20)) and 电梯 注册代码 (TSG 08-2017: 设备代码 + 行政区划 + 年"
    "份 + 流水号) 查询 and 96333 电梯 扫码 报修, 计量器具 检定/校准 证书 查询 and 送检 申请 (JJG 检定规程, 测量范围 "
    "(0~220)g, 准确度等级, MPE ±0.5℃, ±4μm, 扩展不确定度 U=0.5%, k=2, 绝缘电阻 MΩ)",
    "eco-environment": "全国排污许可证管理信息平台 公开端 (许可证编号 = 统一社会信用代码 + 序号 + P/Q/R, 行业类别, "
    "有效期限), 建设项目环境影响评价 公众参与 (HJ 2.1-2016 / 《环境影响评价公众参与办法》 公示 and 公众意见表 with S"
    "O2, NOx, 颗粒物 mg/m³, 卫生防护距离, 石灰石-石膏法 CaCO3 脱硫), HJ 212-2017 污染物在线监控（监测）系统数据传输"
    "标准 (##dddd QN=;ST=;CN=2011/2051/2061;PW=;MN=;Flag=;CP=&&…&& CRC16, 因子 a21026 SO2, a21002 NOx, a34013 烟尘, "
    "w01018 COD, w21003 氨氮) as 数采仪 HTTP gateways forward them, 空气质量/污染源 监测数据 APIs (站点 codes 1001A,"
    " 因子 lists, 时间 range, JSON queries), 自行监测 数据 CSV uploads",
    "health-commission": "国家卫生健康委 医生/护士 执业 注册 信息 查询 (姓名, 执业证书编码, 执业地点, 执业类别 and "
    "范围), 出生医学证明 网上 申领/补发 (新生儿 出生 时间, 体重 g, 分娩机构, 父母 公民身份号码) and 真伪 查验 (编号 "
    "1 letter + 9 digits), 预防接种 记录 查询 (免疫规划 疫苗 剂次, 接种单位, 批号), 核酸 检测 报告 历史 查询, 省 预"
    "约挂号 统一平台 号源 (医院, 科室, 排班, 号序) and 预约 (就诊人, 时段) from 健康 小程序 and H5 pages",
    "culture-tourism": "文化和旅游部 景区 分时 预约 (景区 预约 平台: 日期 库存 by 时段 09:00-10:30, 实名 游客 list w"
    "ith 公民身份号码, 票种 全价/半价/免票, 订单 合计), 闸机 核验 pushes, 公共文化 云 / 文化馆 活动 (报名, 场次), 中"
    "国非物质文化遗产网 and 省 非遗 项目 检索 (类别 Ⅰ 民间文学 … Ⅹ 民俗, 编号 Ⅷ-NN, 级别, 申报地区, 传承人), 大剧院 "
    "演出 票务 (场次, 座位 1楼 5排 12号, 票价 × 张数), 游客 评价 with emoji",
    "water-resources": "水利部 / 省 水文 实时 水情 (河道 水位 m, 流量 m³/s, 警戒水位; 测站编码 8 digits, TM timestam"
    "ps), 雨情 (时段 降雨量 mm), 大中型 水库 水情 (库水位, 蓄水量, 汛限水位), 河长制 河湖长 APP 巡河 (巡河 轨迹 GPX "
    "1.1 and KML 2.2 uploads, 问题 上报 with photos JPEG, 巡河 日志 里程/时长), 水位 预警 订阅",
    "natural-resources": "自然资源部 矿业权 出让/转让/登记 公示 (采矿许可证号 C52…, 勘查许可证号 T52…, 矿种, 开采方"
    "式, 生产规模 万吨/年, 矿区范围 拐点 坐标 in 2000国家大地坐标系), 建设用地 报批 界址点 坐标 交换 TXT ([属性描述]"
    " 坐标系=2000国家大地坐标系, 几度分带=3, 带号, [地块坐标] 界址点数,面积(公顷),… J1,1,X,Y) in UTF-8 and GBK, 坐标"
    " 核查 JSON, 不动产 宗地 查询 by 宗地代码 (GB/T 26424: 县级区划 + 地籍区 + 子区 + 特征码 + 顺序号), 土地 供应 结"
    "果 公示, 国土空间规划 批前 公示 意见",
    "cyber-report": "中央网信办 违法和不良信息举报中心 (12377.cn) and 省 网信办 举报 平台: 举报 类型 (网络诈骗, 仿冒"
    "网站, 网络谣言, 侵犯个人信息, 网络暴力), 被举报 网址 pasted from SMS/WeChat (shortlinks, look-alike domains), t"
    "he offending text quoted (【】 SMS templates, amounts, links), 截图 JPEG/PNG uploads, 诈骗 短信 号码 (1069…, +8"
    "6…), APP 举报 (包名, 下载链接), 社交 账号 举报, 举报 受理 查询",
    "exit-entry-hukou": "国家移民管理局 政务服务平台 / 移民局 APP 出入境证件 预约 (普通护照, 往来港澳通行证 and 签注"
    " 团队旅游/个人旅游/探亲, 往来台湾通行证; 首次申领/换发/补发; 受理点 and 时段), 证件 办理 进度 查询 by 受理编号,"
    " 公安部 户籍 业务 网上 预约 (户口迁移 跨省通办: 夫妻投靠, 子女投靠父母, 购房入户, 人才引进, 准迁证 编号), 《居"
    "住证暂行条例》 居住证 申领 (居住 半年以上, 居住证明 租赁合同/房产证, 照片 JPEG) and 签注 进度",
    "veterans-service": "退役军人事务部 中华人民共和国退役军人 优待证 申领 (退役军人 服务 平台 / 小程序: 入伍 and 退"
    "役 时间, 退役 证件 类型 and 编号, 社会保障卡 关联, 免冠 白底 照片 JPEG), 申领 进度, 退役军人 就业 招聘 and 职业"
    "技能 培训 报名 (培训 项目 电工 低压电工作业, 无人机 驾驶员, 健康管理师), 信息 采集, 政策 咨询 citing 《中华人民"
    "共和国退役军人保障法》, 优抚 待遇 查询",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: J's (and so I's, H's, G's and F's), recording L's sources ------------------------------


class Corpus(corpus_j.Corpus):
    """J's corpus (values, browsers, header order; J's is SourceTagged): requests are tagged with L's sources."""

    sources = SOURCES

    def day(self, lo: int = -30, hi: int = 30) -> datetime:
        """A day around a 2027 moment (negative: earlier)."""
        return self.when() + timedelta(days=self.num(lo, hi))


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def luhn_digit(body: str) -> str:
    """The Luhn check digit of ``body`` (bank cards, 社保卡 金融账户)."""
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def bank_card(c: Corpus) -> str:
    body = c.pick(["621799", "622848", "623052", "622700", "621700"]) + c.digits(12)
    return body + luhn_digit(body)


def bearer(c: Corpus) -> str:
    return "Bearer " + c.b64(24, urlsafe=True) + "." + c.b64(48, urlsafe=True) + "." + c.b64(32, urlsafe=True)


MP_APPIDS = ["wx8a1c2e3f4b5d6e7f", "wx0d9e8c7b6a5f4e3d", "wxb2c4d6e8f0a1b3c5"]


def miniprogram(c: Corpus, ctype: str | None = None) -> dict[str, str]:
    """wx.request from a 微信 小程序 (Android): the WebView's UA with MiniProgramEnv, the fixed page-frame Referer."""
    v = c.pick(["8.0.54.2760(0x2800363B)", "8.0.56.2800(0x28003852)", "8.0.58.2841(0x28003A35)"])
    h = {
        "User-Agent": "Mozilla/5.0 (Linux; Android 14; "
        + c.pick(["V2309A", "PJZ110", "ALN-AL80", "23127PN0CC"])
        + " Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 "
        f"Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20250904 MicroMessenger/{v} WeChat/arm64 Weixin "
        "NetType/WIFI Language/zh_CN ABI/arm64 MiniProgramEnv/android",
        "charset": "utf-8",
        "Accept-Encoding": "gzip,compress,br,deflate",
        "Referer": f"https://servicewechat.com/{c.pick(MP_APPIDS)}/{c.num(3, 90)}/page-frame.html",
    }
    if ctype:
        h["content-type"] = ctype
    return h


def app_headers(c: Corpus, app: str, version: str, ctype: str | None = None) -> dict[str, str]:
    """A native app's okhttp client (移民局 APP, 河长 APP, 贵人服务): its own version and device headers."""
    h = {
        "User-Agent": "okhttp/" + c.pick(["4.9.3", "4.10.0", "4.12.0"]),
        "Accept-Encoding": "gzip",
        "X-App-Id": app,
        "X-App-Version": version,
        "X-Device-Id": c.hexs(8),
        "X-Platform": c.pick(["android", "android", "ios"]),
        "Authorization": bearer(c),
    }
    if ctype:
        h["Content-Type"] = ctype
    return h


def masked_id(n: str) -> str:
    return n[:6] + "********" + n[-4:]


# --- public-legal-service -------------------------------------------------------------------------------

LAW_QUESTIONS = [
    (
        "婚姻家庭",
        "我和丈夫结婚 8 年，分居已满 2 年，他一直不同意离婚。《中华人民共和国民法典》第一千零七十九条第二款规定"
        "“人民法院审理离婚案件，应当进行调解；如果感情确已破裂，调解无效的，应当准予离婚。”请问分居满二年是否"
        "一定能判离？孩子 6 岁（一直随我生活），抚养权怎么判？婚后按揭的房子（首付我父母出了 30 万）怎么分？",
    ),
    (
        "劳动争议",
        "公司 3 月 15 日 口头通知我“明天不用来了”，没有书面通知，也没说理由。我在公司干了 4 年 7 个月，月工资 "
        "6,800 元。按《劳动合同法》第四十七条“每满一年支付一个月工资……六个月以上不满一年的，按一年计算”，"
        "经济补偿是不是 5 个月？如果属于违法解除，能不能按第八十七条要求 2 倍赔偿金（即 6,800 × 5 × 2）？",
    ),
    (
        "劳动争议",
        "入职 11 个月一直没签书面劳动合同，《劳动合同法》第八十二条说“用人单位自用工之日起超过一个月不满一年"
        "未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资”。请问二倍工资最多算几个月？仲裁时效 "
        "从哪天起算（《劳动争议调解仲裁法》第二十七条 一年）？",
    ),
    (
        "继承",
        "父亲去世没有留遗嘱，留下一套房（产权证只写父亲名字）和存款约 40 万。母亲健在，我们兄妹 3 人，"
        "奶奶也还在。《民法典》第一千一百二十七条“遗产按照下列顺序继承：（一）第一顺序：配偶、子女、父母”，"
        "是不是母亲、我们 3 人和奶奶 各 1/5？房子过户需要去公证处办继承权公证吗？",
    ),
    (
        "民间借贷",
        "2025 年借给朋友 10 万元，有借条（写明“月息 2 分”），到期一直不还。现在起诉，利息还能按 2% 每月 算吗？"
        "听说《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条 以“合同成立时一年期贷款市场"
        "报价利率四倍”为上限，LPR 按 3.45% 算的话上限是 13.8% 吗？",
    ),
    (
        "交通事故",
        "骑电动车被小轿车撞了，交警认定对方 主要责任、我 次要责任（未戴头盔）。住院 23 天，花了 4.6 万，"
        "对方交强险 + 商业险 100 万。按《道路交通安全法》第七十六条，超出交强险的部分 按 7:3 还是 8:2 分担？"
        "误工费 怎么算（我是 个体 经营，没有 工资流水）？",
    ),
    (
        "工伤",
        "下班途中（18:40，正常路线）被车撞伤，交警出具的认定书是“非本人主要责任”。《工伤保险条例》第十四条"
        "第（六）项 规定这种情况应当认定为工伤。但公司说我没按“公司规定路线”走，不给报工伤。请问工伤认定"
        "申请 时限 是 30 日 还是 1 年？公司不申请我能自己去人社局申请吗？",
    ),
    (
        "农民工工资",
        "我们 12 个人在 观山湖区 某工地 做 木工，包工头 拖欠 2026 年 10 月—12 月 工资 共 21.6 万 元，包工头 "
        "现在联系不上。《保障农民工工资支付条例》第三十条 说“分包单位拖欠农民工工资的，由施工总承包单位先行清偿”，"
        "我们可以直接找总包单位要吗？需要准备哪些证据（考勤表、微信聊天记录、转账记录）？",
    ),
    (
        "法律援助",
        "我母亲 68 岁，农村低保户，被 某 保健品 公司 以“包治百病”为名 骗走 3.2 万元。《中华人民共和国法律援助法》"
        "第三十一条 规定了可以申请法律援助的事项，第四十二条 说 低保 人员 免予核查经济困难状况。请问这种情况 "
        "能申请法律援助吗？去哪里申请？",
    ),
    (
        "物业纠纷",
        "小区物业 2027 年起 把 物业费 从 1.8 元/㎡·月 涨到 2.5 元/㎡·月，没有开业主大会。《民法典》第二百七十八条 "
        "规定 “制定和修改 …… 物业服务 ……” 需要 业主 共同决定（双 2/3 参与、双过半 同意）吗？我可以拒交上涨部分吗？",
    ),
]
NOTARY_ITEMS = ["委托", "继承", "学历", "亲属关系", "无犯罪记录", "出生", "声明", "赠与", "遗嘱", "保全证据", "驾驶证"]
NOTARY_OFFICES = ["贵州省贵阳市筑信公证处", "贵州省贵阳市黔中公证处", "贵州省遵义市公证处", "贵州省安顺市公证处"]
SLOTS = ["09:00-10:00", "10:00-11:00", "11:00-12:00", "14:00-15:00", "15:00-16:00", "16:00-17:00"]
AID_MATTERS = [
    "请求支付劳动报酬",
    "请求给予社会保险待遇或者社会救助",
    "请求给付赡养费、抚养费、扶养费",
    "请求确认劳动关系或者支付经济补偿",
    "请求认定公民无民事行为能力或者限制民事行为能力",
    "请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿",
]
MEDIATION_CASES = [
    "邻里纠纷：楼上住户 空调外机 冷凝水 长期 滴落 在我家 阳台（约 3 个月），多次 沟通 无果。",
    "相邻权 纠纷：邻居 在 两家 之间 通道 砌墙（宽 1.2m → 0.6m），影响 农用车 通行。",
    "婚恋 财物 纠纷：订婚时 给付 彩礼 8.8 万元，现 婚约 解除，对方 只愿 退还 3 万。",
    "宠物 伤人：被 邻居 未拴绳 的 犬只 咬伤 小腿，打狂犬疫苗 + 免疫球蛋白 共 2,380 元，对方 拒绝 赔偿。",
]


def lawyer_license(c: Corpus) -> str:
    """律师 执业证号: 17 digits (证 类别, 执业机构所在地 代码, 年份, 执业 类别, 性别, 序号)."""
    return f"1{c.pick(list(DISTRICTS))[:4]}{c.num(2008, 2026)}{c.pick('12')}{c.pick('01')}{c.digits(6)}"


@family("public-legal-service")
def public_legal_service(c: Corpus) -> None:
    f = "public-legal-service"
    ref = f"{SITE}/12348/zxzx/index.html"

    def hdr(ctype: str | None = None, mobile: float = 0.5, referer: str = ref) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)

    for _ in range(24):
        kind, text = c.pick(LAW_QUESTIONS)
        doc = {
            "zxlb": kind,
            "bt": text.split("？")[0][:30] + "？",
            "wtms": text,
            "dq": c.pick(list(DISTRICTS)),
            "zxr": c.person(),
            "lxdh": c.mobile(),
            "sfgk": c.pick(["0", "1"]),
            "ly": c.pick(["PC", "H5", "WX"]),
        }
        c.add(f, "consult-submit", "POST", "/12348/api/consult/submit", hdr(JSON_CT), js_json(doc))
    for _ in range(20):
        q = [
            (
                "keyword",
                c.pick(
                    [
                        "分居满两年 离婚",
                        "经济补偿 N+1",
                        "二倍工资",
                        "“月息2分” 利息",
                        "工伤 认定 时限",
                        "法定继承 顺序",
                        "彩礼 返还",
                        "民法典 第1079条",
                    ]
                ),
            ),
            ("category", c.pick(["", "婚姻家庭", "劳动争议", "合同纠纷"])),
            ("pageNo", c.num(1, 4)),
            ("pageSize", 10),
        ]
        c.add(f, "consult-search", "GET", "/12348/api/qa/search?" + qs(q, axios), hdr())
    for _ in range(20):
        d = c.day(1, 20)
        doc = {
            "gzsx": c.pick(NOTARY_ITEMS),
            "gzc": c.pick(NOTARY_OFFICES),
            "yyrq": f"{d:%Y-%m-%d}",
            "yysd": c.pick(SLOTS),
            "sqr": {"xm": c.person(), "zjlx": "居民身份证", "zjhm": c.idcard(), "sjh": c.mobile()},
            "yt": c.pick(["用于 出国 留学（美国）", "委托 亲属 办理 房产 过户", "继承 父亲 名下 存款", "赴港 就业"]),
            "fy": c.pick(["中文", "中译英", "中译日", "中译英 + 加注"]),
        }
        c.add(f, "notary-booking", "POST", "/12348/api/notary/booking", hdr(JSON_CT, 0.7), js_json(doc))
    for _ in range(20):
        b = c.browser(0.4)
        parts: list = [
            ("sqrxm", c.person()),
            ("sfzh", c.idcard()),
            ("lxdh", c.mobile()),
            ("sxlx", c.pick(AID_MATTERS)),
            ("ajqk", c.pick(LAW_QUESTIONS)[1]),
            ("jjkncn", "本人承诺 以上 经济困难 状况 属实，如有虚假 愿 承担 法律责任（《法律援助法》第四十一条）。"),
            ("dbzh", c.pick(["", f"黔低保字{c.digits(8)}"])),
        ]
        for name in c.sample(["身份证（正反面）", "低保证", "劳动合同", "欠条", "工资 流水"], c.num(1, 2)):
            if c.chance(0.5):
                parts.append(("files", (f"{name}.jpg", "image/jpeg", jpeg(c, c.num(500, 1000)))))
            else:
                parts.append(("files", (f"{name}.pdf", "application/pdf", pdf_head(c, c.num(500, 1000)))))
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/12348/flyz/apply.html")
        c.add(f, "legal-aid-apply", "POST", "/12348/api/legalaid/apply", h, body)
    for _ in range(16):
        q = [("sqbh", f"FY{c.when():%Y%m%d}{c.digits(5)}"), ("sfzh", c.idcard()), ("_t", c.ms())]
        c.add(f, "legal-aid-progress", "GET", "/12348/api/legalaid/progress?" + qs(q, axios), hdr())
    for _ in range(20):
        q = [
            ("zyzh", c.pick(["", lawyer_license(c)])),
            ("xm", c.pick(["", c.person()])),
            ("swsmc", c.pick(["", "贵州 XX 律师事务所", "（特殊的普通合伙）", "君合"])),
            ("zcly", c.pick(["", "婚姻家事", "劳动人事", "刑事辩护", "建设工程"])),
            ("page", c.num(1, 5)),
        ]
        h = c.headers(c.browser(0.3), accept=JQ_ACCEPT, referer=f"{SITE}/12348/lscx/", xrw=True)
        c.add(f, "lawyer-search", "GET", "/12348/lawyer/list.do?" + qs(q), h)
    for _ in range(18):
        doc = {
            "jflx": c.pick(["邻里纠纷", "相邻权纠纷", "婚恋纠纷", "损害赔偿纠纷"]),
            "jfms": c.pick(MEDIATION_CASES),
            "sqr": c.person(),
            "sqrdh": c.mobile(),
            "bsqr": c.person(),
            "bsqrdh": c.pick(["", c.mobile()]),
            "tjwyh": f"{c.pick(DISTRICT_NAMES)}{c.pick(['长岭', '金阳', '小河', '花溪'])}街道人民调解委员会",
            "qq": "依据《中华人民共和国人民调解法》第十七条，当事人 可以 向 人民调解委员会 申请 调解。",
        }
        c.add(f, "mediation-apply", "POST", "/12348/api/mediation/apply", hdr(JSON_CT, 0.8), js_json(doc))
    for _ in range(16):
        fields = [
            ("ywbh", f"ZX{c.when():%Y%m%d}{c.digits(6)}"),
            ("myd", c.pick(["5", "5", "4", "3", "1"])),
            (
                "pjnr",
                c.pick(
                    [
                        "",
                        "律师 解答 很专业，引用了 具体 法条，谢谢！",
                        "回复 太慢（> 3 个工作日）",
                        "建议 增加 “视频 咨询” 功能",
                    ]
                ),
            ),
        ]
        c.add(f, "service-evaluate", "POST", "/12348/api/evaluate", hdr(JQ_FORM), qs(fields, jq))


# --- agri-rural ------------------------------------------------------------------------------------------

SUBSIDIES = [
    ("耕地地力保护补贴", "元/亩", 86.5),
    ("实际种粮农民一次性补贴", "元/亩", 11.2),
    ("稻谷 目标价格 补贴", "元/亩", 25.0),
    ("生态公益林 补偿", "元/亩", 16.0),
    ("退耕还林 补助", "元/亩", 90.0),
]
PRODUCE = [
    ("大白菜", "元/公斤", 1.2, 2.4),
    ("辣椒（鲜）", "元/公斤", 6.0, 11.0),
    ("猪肉（白条）", "元/公斤", 21.0, 28.0),
    ("鸡蛋", "元/公斤", 8.0, 11.5),
    ("马铃薯", "元/公斤", 2.0, 3.6),
    ("刺梨（鲜果）", "元/公斤", 3.0, 6.0),
    ("猕猴桃（红心）", "元/公斤", 9.0, 18.0),
    ("香菇（干）", "元/公斤", 60.0, 110.0),
    ("生姜", "元/公斤", 5.0, 9.0),
]
MARKETS = ["贵阳农产品物流园", "遵义坪丰农产品批发市场", "六盘水大洋农贸市场", "毕节 百里杜鹃 农贸市场", "湄潭 茶城"]
MACHINES = [  # (品目, 分档, 型号, 生产企业, 中央补贴额)
    ("播种机", "4 行及以上 免耕 施肥 播种机", "2BFX-12", "XX 农业装备 股份有限公司", 6200),
    ("谷物联合收割机", "6 kg/s 及以上 自走 轮式 谷物 联合收割机", "4LZ-6.0", "XX 重工 股份有限公司", 21300),
    ("插秧机", "6 行 及以上 乘坐式 独立驱动 插秧机", "2ZGQ-6D", "XX 农业机械（常州）有限公司", 11500),
    ("旋耕机", "2m ≤ 幅宽 < 2.5m 旋耕机", "1GKN-200", "XX 农机 有限公司", 1200),
    ("植保无人驾驶航空器", "多旋翼 16L ≤ 药箱容量 < 25L", "3WWDZ-16A", "XX 创新科技 有限公司", 9800),
    ("微耕机", "4kW ≤ 功率 < 5kW 微耕机", "1WG4.0-100FC-Z", "重庆 XX 机械 有限公司", 900),
    ("茶叶 杀青机", "滚筒 直径 ≥ 60cm", "6CST-80", "XX 茶叶机械 有限公司", 2500),
]


@family("agri-rural")
def agri_rural(c: Corpus) -> None:
    f = "agri-rural"

    def hdr(ctype: str | None = None, mobile: float = 0.7, referer: str = "") -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer or f"{SITE}/nync/")

    for _ in range(20):
        q = [
            ("sfzh", c.idcard()),
            ("xm", c.person()),
            ("nd", c.pick([2025, 2026, 2027])),
            ("bzxm", c.pick(["", *[s for s, _, _ in SUBSIDIES]])),
            ("yzm", c.alnum(4)),
        ]
        c.add(f, "subsidy-query", "GET", "/nync/hnbt/api/query?" + qs(q, axios), hdr())
    for _ in range(18):
        name, unit, rate = c.pick(SUBSIDIES)
        area = round(c.num(5, 400) / 10, 1)
        doc = {
            "xzqh": c.pick(list(DISTRICTS)) + c.digits(6),
            "bzxm": name,
            "nd": 2027,
            "pageNum": c.num(1, 6),
            "pageSize": 20,
            "orderBy": "hh asc",
            "filter": {"hzxm": c.pick(["", c.person()]), "mjMin": area, "bzbz": f"{rate}{unit}"},
        }
        c.add(f, "subsidy-list", "POST", "/nync/hnbt/api/gs/list", hdr(JSON_CT, 0.3), js_json(doc))
    for _ in range(22):
        name, unit, _, _ = c.pick(PRODUCE)
        d = c.when()
        q = [
            ("pzmc", name),
            ("scmc", c.pick(MARKETS)),
            ("ksrq", f"{d - timedelta(days=c.pick([7, 30, 90])):%Y-%m-%d}"),
            ("jsrq", f"{d:%Y-%m-%d}"),
            ("dw", unit),
            ("type", c.pick(["day", "week", "month"])),
        ]
        c.add(f, "price-quote", "GET", "/nync/jghq/api/trend?" + qs(q, axios), hdr(mobile=0.5))
    for _ in range(18):
        items = []
        for name, unit, lo, hi in c.sample(PRODUCE, c.num(3, 5)):
            low = round(lo + (hi - lo) * c.num(0, 40) / 100, 2)
            high = round(low + (hi - lo) * c.num(5, 50) / 100, 2)
            items.append(
                {
                    "pzmc": name,
                    "dw": unit,
                    "zdj": low,
                    "zgj": high,
                    "pjj": round((low + high) / 2, 2),
                    "jyl": c.num(2, 300) * 100,
                    "bz": c.pick(["", "到货 偏少", "降雨 影响 采收", "节前 走货 快"]),
                }
            )
        doc = {"cjd": c.pick(MARKETS), "cjrq": f"{c.when():%Y-%m-%d}", "cjy": c.person(), "items": items}
        c.add(f, "price-report", "POST", "/nync/jghq/api/report", hdr(JSON_CT, 0.9), js_json(doc))
    for _ in range(20):
        pm, fd, model, _, _ = c.pick(MACHINES)
        q = [
            ("pmmc", pm),
            ("fdmc", c.pick(["", fd])),
            ("jjxh", c.pick(["", model, model.split("-")[0]])),
            ("sccj", ""),
            ("nd", "2027"),
            ("pageNo", c.num(1, 3)),
        ]
        c.add(f, "machine-catalog", "GET", "/njbt/api/jj/list?" + qs(q, axios), hdr(mobile=0.3))
    for _ in range(20):
        pm, fd, model, maker, subsidy = c.pick(MACHINES)
        n = c.pick([1, 1, 1, 2])
        price = subsidy * c.num(3, 6) + c.num(0, 99) * 100
        doc = {
            "gjz": {
                "xm": c.person(),
                "sfzh": c.idcard(),
                "sjh": c.mobile(),
                "zz": f"{c.pick(DISTRICT_NAMES)}"
                f"{c.pick(['久长', '百宜', '青岩', '麦坪'])}镇{c.pick(['新民', '红岩', '龙井'])}村{c.num(1, 12)}组",
            },
            "jj": {
                "pm": pm,
                "fd": fd,
                "xh": model,
                "sccj": maker,
                "ccbh": f"{model.split('-')[0]}{c.digits(8)}",
                "sl": n,
                "dj": price,
                "zj": price * n,
            },
            "bt": {"zybt": subsidy * n, "bzbz": subsidy},
            "fph": c.digits(20),
            "jxs": company(c),
            "yhkh": bank_card(c),
        }
        c.add(f, "machine-apply", "POST", "/njbt/api/sq/submit", hdr(JSON_CT, 0.6), js_json(doc))
    for _ in range(16):
        b = c.browser(0.9)
        parts: list = [
            ("sqbh", f"NJ{c.when():%Y}{c.pick(list(DISTRICTS))}{c.digits(6)}"),
            ("fp", (f"发票-{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(600, 1200)))),
            ("rjhy", (f"IMG_{c.when():%Y%m%d_%H%M%S}.jpg", "image/jpeg", jpeg(c, c.num(600, 1200)))),
            ("mp", ("铭牌.jpg", "image/jpeg", jpeg(c, c.num(400, 800)))),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/njbt/h5/upload.html")
        c.add(f, "machine-upload", "POST", "/njbt/api/sq/upload", h, body)
    for _ in range(16):
        fields = [
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("ykh", bank_card(c)),
            ("khh", c.pick(["贵州农信 花溪 支行", "农业银行 观山湖 支行", "邮储银行 清镇市 支行"])),
            ("bgyy", c.pick(["原 卡 丢失 已 挂失", "账户 长期 不动 被 冻结", "户主 变更（原户主 去世）"])),
            ("sjh", c.mobile()),
        ]
        c.add(f, "card-change", "POST", "/nync/hnbt/api/card/change", hdr(FORM, 0.8), qs(fields, form))


# --- road-transport --------------------------------------------------------------------------------------

TRANSPORT_CITIES = {"贵": "520100", "遵": "520300", "安": "520400", "毕": "520500", "铜": "520600"}
COMPLAINTS_12328 = [
    (
        "出租车",
        "绕路",
        "从 龙洞堡机场 到 {addr}，导航 显示 约 28 km，司机 绕行 二环（实际 41 km），多收 约 35 元。"
        "我当时提出“请按导航走”，司机回答“这条路堵，听我的”。",
    ),
    ("出租车", "拒载", "在 贵阳北站 出租车 候客区 排队，司机 询问 目的地 “{addr}” 后 说“太近了 不去”，拒载。"),
    ("出租车", "议价", "司机 不打表，开口 要 “一口价 60”，正常 打表 约 25 元；车内 监督卡 编号 已拍照。"),
    (
        "网约车",
        "乱收费",
        "网约车 订单 显示 “高速费 20 元 + 清洁费 50 元”，全程 未走高速，车内 也没有 弄脏（有 行车 记录 可查）。",
    ),
    ("网约车", "人车不符", "APP 显示 的 司机 与 实际 司机 不一致，车牌 {plate}（APP 显示 为 白色，实际 为 黑色）。"),
    ("客运", "超员", "{time} 从 贵阳 金阳 客车站 发往 {city} 的 班车（核载 19 人）实载 24 人，过道 加 小凳。"),
    ("公交", "甩站", "{time} 公交 {line} 路 在 “{addr}” 站 未停靠，站台 有 6 名 乘客 招手。"),
]
ROAD_EVENTS = [
    ("G60 沪昆高速", "施工", "K1850+300 至 K1856+100 路段 右幅 施工，封闭 行车道，车辆 借 超车道 通行，限速 60 km/h。"),
    ("G75 兰海高速", "交通事故", "K1203+500 处 两车 追尾，占用 第二 车道，已 处置 完毕，现 缓行 约 2 km。"),
    (
        "G76 厦蓉高速",
        "凝冻",
        "K1435~K1478 段 出现 凝冻（路面 温度 -2℃），实施 “限速 40 km/h + 禁止 危化品 车辆 上路”。",
    ),
    ("S30 贵阳绕城高速", "团雾", "K32+000 附近 团雾，能见度 < 50m，请 开启 雾灯、保持 车距。"),
    ("G210", "塌方", "K2450+200 处 山体 塌方（约 300 m³），半幅 通行，请 绕行 S102。"),
]
TRANSIT_LINES = ["1", "2", "B241", "K229", "48", "252"]


def transport_cert(c: Corpus) -> str:
    abbr = c.pick(list(TRANSPORT_CITIES))
    return f"黔交运管{abbr}字{TRANSPORT_CITIES[abbr]}{c.digits(6)}号"


@family("road-transport")
def road_transport(c: Corpus) -> None:
    f = "road-transport"
    ref = f"{SITE}/jtt/ysfw/cx.html"

    def hdr(ctype: str | None = None, mobile: float = 0.5, referer: str = ref) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)

    for _ in range(20):
        q = [
            ("cph", plate(c, "01")),
            ("cpys", c.pick(["黄色", "蓝色", "黄绿色"])),
            ("dlyszh", c.pick(["", transport_cert(c)])),
            ("yzm", c.alnum(4)),
        ]
        c.add(f, "vehicle-cert-query", "GET", "/jtt/api/yunshu/vehicle?" + qs(q, axios), hdr())
    for _ in range(20):
        id_no = c.idcard()
        doc = {
            "xm": c.person(),
            "sfzh": id_no,
            "cyzgzh": id_no,
            "zglb": c.pick(
                ["网络预约出租汽车驾驶员", "巡游出租汽车驾驶员", "道路旅客运输驾驶员", "道路危险货物运输驾驶员"]
            ),
            "captchaKey": c.uid(),
            "captchaCode": c.alnum(4),
        }
        c.add(f, "driver-qualification", "POST", "/jtt/api/yunshu/driver/query", hdr(JSON_CT), js_json(doc))
    for _ in range(16):
        q = [
            ("plateNo", plate(c, c.pick(["02", "52"]))),
            ("certNo", c.pick(["", f"520100{c.digits(6)}"])),
            ("companyName", c.pick(["", company(c)])),
        ]
        h = miniprogram(c)
        c.add(f, "ride-hailing-vehicle", "GET", "/wyc/api/vehicle/check?" + qs(q, axios), h)
    for _ in range(22):
        kind, issue, tpl = c.pick(COMPLAINTS_12328)
        t = c.when()
        text = tpl.format(
            addr=f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.pick(ESTATES)}",
            plate=plate(c, "02"),
            time=f"{t:%m月%d日 %H:%M}",
            city=c.pick(["开阳", "息烽", "修文", "瓮安"]),
            line=c.pick(TRANSIT_LINES),
        )
        doc = {
            "tslb": kind,
            "tsnr": issue,
            "cph": plate(c, "02") if kind != "客运" else plate(c, "01"),
            "fssj": f"{t:%Y-%m-%d %H:%M}",
            "qd": c.pick(["龙洞堡国际机场 T3", "贵阳北站 东广场", "喷水池", "观山湖公园 北门"]),
            "zd": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号",
            "xxms": text,
            "sq": c.pick(["退还 多收 费用", "依法 处理 该 司机", "给予 书面 答复", "加强 监管"]),
            "tsr": c.person(),
            "lxdh": c.mobile(),
            "hfsj": c.pick(["工作日 白天", "任何时间", "仅 短信"]),
        }
        c.add(f, "complaint-12328", "POST", "/12328/api/ts/submit", hdr(JSON_CT, 0.8, f"{SITE}/12328/"), js_json(doc))
    for _ in range(14):
        q = [("gdh", f"12328{c.when():%Y%m%d}{c.digits(5)}"), ("lxdh", c.mobile()), ("_", c.ms())]
        c.add(f, "complaint-progress", "GET", "/12328/api/ts/progress?" + qs(q, axios), hdr(mobile=0.8))
    for _ in range(20):
        road, kind, _ = c.pick(ROAD_EVENTS)
        q = [
            ("lx", road.split()[0]),
            ("sjlx", c.pick(["", kind])),
            ("fx", c.pick(["", "上行", "下行", "双向"])),
            ("zt", "0,1"),
            ("callback", f"jQuery{c.digits(20)}_{c.ms()}"),
            ("_", c.ms()),
        ]
        h = c.headers(
            c.browser(0.6),
            accept="text/javascript, application/javascript, */*; q=0.01",
            referer=f"{SITE}/jtt/lkcx/",
            xrw=True,
        )
        c.add(f, "road-condition", "GET", "/jtt/api/lk/events?" + qs(q), h)
    for _ in range(16):
        road, kind, desc = c.pick(ROAD_EVENTS)
        t = c.when()
        doc = {
            "lxbh": road.split()[0],
            "lxmc": road,
            "sjlx": kind,
            "ms": desc,
            "kssj": f"{t:%Y-%m-%d %H:%M:%S}",
            "yjjssj": f"{t + timedelta(hours=c.num(1, 72)):%Y-%m-%d %H:%M:%S}",
            "zh": desc.split()[0] if desc.startswith("K") else "",
            "lng": round(106 + c.num(0, 20000) / 10000, 6),
            "lat": round(26 + c.num(0, 12000) / 10000, 6),
            "sbdw": c.pick(["贵州高速 运营 中心", "XX 公路 管理局", "交警 高速 支队"]),
        }
        c.add(
            f, "road-event-report", "POST", "/jtt/api/lk/report", hdr(JSON_CT, 0.0, f"{SITE}/jtt/admin/"), js_json(doc)
        )
    for _ in range(16):
        b = c.browser(0.3)
        parts: list = [
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("kslb", c.pick(["网络预约出租汽车驾驶员", "道路货物运输驾驶员", "巡游出租汽车驾驶员"])),
            ("ksdd", c.pick(["贵阳 考点（观山湖）", "遵义 考点"])),
            ("zp", (f"{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(400, 900)))),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/jtt/cyzg/bm.html")
        c.add(f, "exam-register", "POST", "/jtt/api/cyzg/bm", h, body)


# --- market-inspection -----------------------------------------------------------------------------------

FOODS = [  # (食品, 不合格项目, 检验结果, 标准值, 依据)
    ("韭菜", "腐霉利", "0.58mg/kg", "≤0.2mg/kg", "GB 2763-2021"),
    ("芹菜", "毒死蜱", "0.12mg/kg", "≤0.05mg/kg", "GB 2763-2021"),
    ("大米", "镉（以Cd计）", "0.31mg/kg", "≤0.2mg/kg", "GB 2762-2022"),
    ("糕点", "菌落总数", "1.8×10⁵CFU/g", "n=5,c=2,m=10⁴,M=10⁵CFU/g", "GB 7099-2015"),
    ("酱腌菜", "苯甲酸及其钠盐（以苯甲酸计）", "1.36g/kg", "≤1.0g/kg", "GB 2760-2024"),
    ("米粉（湿）", "脱氢乙酸及其钠盐（以脱氢乙酸计）", "0.042g/kg", "不得使用", "GB 2760-2024"),
    ("辣椒面", "铅（以Pb计）", "1.2mg/kg", "≤0.8mg/kg", "GB 2762-2022"),
    ("鸡蛋", "恩诺沙星", "26.4μg/kg", "不得检出", "GB 31650-2019"),
]
ELEVATOR_KINDS = {
    "3110": "曳引驱动乘客电梯",
    "3120": "曳引驱动载货电梯",
    "3310": "自动扶梯",
    "3320": "自动人行道",
    "3210": "液压乘客电梯",
}
INSTRUMENTS = [  # (器具, 测量范围, 准确度/MPE, 规程)
    ("电子天平", "(0~220)g", "Ⅰ级, d=0.1mg", "JJG 1036-2022"),
    ("压力表", "(0~1.6)MPa", "1.6级", "JJG 52-2013"),
    ("数字温度计", "(-40~150)℃", "MPE: ±0.5℃", "JJF 1909-2021"),
    ("外径千分尺", "(0~25)mm", "MPE: ±4μm", "JJG 21-2008"),
    ("绝缘电阻表", "(0~2500)MΩ", "10级", "JJG 622-1997"),
    ("接地电阻表", "(0~2000)Ω", "±(2%+3d)", "JJG 366-2004"),
    ("燃油加油机", "(4~60)L/min", "MPE: ±0.3%", "JJG 443-2023"),
    ("电子计价秤", "(0.04~15)kg", "Ⅲ级, e=5g", "JJG 539-2016"),
    ("pH计", "(0~14)pH", "0.01级, U=0.02pH(k=2)", "JJG 119-2018"),
]


def elevator_code(c: Corpus) -> str:
    """电梯 注册代码 (TSG 08-2017 附件): 设备代码 4 + 行政区划 6 + 制造年份 4 + 流水号 6."""
    return f"{c.pick(list(ELEVATOR_KINDS))}{c.pick(list(DISTRICTS))}{c.num(2005, 2026)}{c.digits(6)}"


@family("market-inspection")
def market_inspection(c: Corpus) -> None:
    f = "market-inspection"
    ref = f"{SITE}/scjg/spcj/"

    def hdr(ctype: str | None = None, mobile: float = 0.3, referer: str = ref) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)

    for _ in range(22):
        food, item, _, _, _ = c.pick(FOODS)
        q = [
            ("spmc", c.pick([food, "", food[:1]])),
            ("bcydw", c.pick(["", company(c)])),
            ("jyjl", c.pick(["", "合格", "不合格"])),
            ("bhgxm", c.pick(["", item])),
            ("ggrq", f"{c.when():%Y-%m}"),
            ("page", c.num(1, 8)),
            ("rows", 15),
        ]
        c.add(f, "sampling-search", "GET", "/scjg/spcj/api/result/list?" + qs(q, axios), hdr())
    for _ in range(16):
        q = [("cybh", f"DBJ{c.when():%y}{c.pick(list(DISTRICTS))}{c.digits(9)}"), ("_t", c.ms())]
        c.add(f, "sampling-detail", "GET", "/scjg/spcj/api/result/detail?" + qs(q, axios), hdr())
    for _ in range(16):
        food, item, result, limit, std = c.pick(FOODS)
        b = c.browser(0.0)
        parts: list = [
            ("cybh", f"DBJ{c.when():%y}{c.pick(list(DISTRICTS))}{c.digits(9)}"),
            ("qymc", company(c)),
            ("tyxydm", uscc(c)),
            ("fjxm", item),
            (
                "fjly",
                f"对 {food} 的 “{item}” 检验结果 {result}（标准 {limit}，{std}）有 异议：我司 自检 及 第三方 "
                f"送检 结果 均 合格，申请 复检。",
            ),
            ("file", ("复检申请书.pdf", "application/pdf", pdf_head(c, c.num(600, 1200)))),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/scjg/spcj/fj.html")
        c.add(f, "recheck-apply", "POST", "/scjg/spcj/api/recheck/apply", h, body)
    for _ in range(18):
        q = [
            ("zcdm", c.pick(["", elevator_code(c)])),
            ("sydjzh", c.pick(["", f"梯11黔{c.pick('ABCDE')}{c.digits(5)}({c.num(15, 26)})"])),
            ("sydw", c.pick(["", company(c), f"{c.pick(ESTATES)} 物业服务中心"])),
            ("sblb", c.pick(["电梯", "锅炉", "压力容器", "起重机械", "场（厂）内专用机动车辆"])),
            ("pageNum", c.num(1, 4)),
        ]
        c.add(f, "equipment-search", "GET", "/scjg/tzsb/api/search?" + qs(q, axios), hdr())
    for _ in range(18):  # a passenger scans the 96333 code in the car
        code = elevator_code(c)
        doc = {
            "zcdm": code,
            "sblx": ELEVATOR_KINDS[code[:4]],
            "dz": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.pick(ESTATES)} {c.num(1, 20)}栋 {c.num(1, 3)}单元",
            "gzlx": c.pick(["困人", "异响", "门 关不上", "平层 不准（差 约 5cm）", "按钮 失灵"]),
            "ms": c.pick(["", "电梯 停在 12~13 楼 之间，里面 有 2 人，已 按 警铃 无人 应答！", "运行 时 抖动 明显"]),
            "lxdh": c.mobile(),
            "lng": round(106.6 + c.num(0, 1000) / 10000, 6),
            "lat": round(26.55 + c.num(0, 1000) / 10000, 6),
        }
        c.add(f, "elevator-report", "POST", "/96333/api/report", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(20):
        name, rng, acc, reg = c.pick(INSTRUMENTS)
        q = [
            ("zsbh", f"JD{c.when():%Y}-{c.pick(['R', 'L', 'D', 'W'])}{c.digits(6)}"),
            ("qjmc", c.pick(["", name])),
            ("ccbh", c.alnum(8, "0123456789ABCDEF")),
            ("sjdw", c.pick(["", company(c)])),
        ]
        c.add(f, "metrology-cert", "GET", "/scjg/jl/api/cert/verify?" + qs(q, axios), hdr())
    for _ in range(18):
        items = []
        for name, rng, acc, reg in c.sample(INSTRUMENTS, c.num(1, 4)):
            items.append(
                {
                    "qjmc": name,
                    "xhgg": c.pick(["", f"{c.alnum(2, 'ABCDEFGHJK')}-{c.num(100, 9999)}"]),
                    "clfw": rng,
                    "zqddj": acc,
                    "ccbh": c.alnum(8, "0123456789ABCDEF"),
                    "sl": c.num(1, 6),
                    "jdyj": reg,
                    "lx": c.pick(["强制检定", "校准"]),
                }
            )
        doc = {
            "sjdw": company(c),
            "tyxydm": uscc(c),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "sjfs": c.pick(["送检", "现场检定"]),
            "items": items,
            "bz": c.pick(["", "加油机 需 现场 检定，共 8 枪", "请 出具 校准 证书（含 不确定度）"]),
        }
        c.add(f, "metrology-apply", "POST", "/scjg/jl/api/apply", hdr(JSON_CT, 0.0), js_json(doc))
    for _ in range(16):
        food, item, result, limit, std = c.pick(FOODS)
        q = [("xm", item), ("spmc", food), ("bz", std)]
        h = c.headers(c.browser(0.2), accept=JQ_ACCEPT, referer=f"{SITE}/scjg/bzcx/", xrw=True)
        c.add(f, "limit-lookup", "GET", "/scjg/bzcx/limit.do?" + qs(q), h)


# --- eco-environment -------------------------------------------------------------------------------------

HJ212_GAS = {"a21026": ("SO2", 5, 80), "a21002": ("NOx", 10, 120), "a34013": ("烟尘", 1, 20), "a19001": ("O2", 6, 15)}
HJ212_WATER = {"w01018": ("COD", 8, 60), "w21003": ("氨氮", 0, 8), "w01001": ("pH", 6, 9), "w21011": ("总磷", 0, 2)}
INDUSTRIES = [
    "火力发电 4411",
    "水泥制造 3011",
    "酒的制造 151（白酒）",
    "农药制造 263",
    "磷肥制造 2624",
    "电池制造 384",
    "污水处理及其再生利用 4620",
]
EIA_COMMENTS = [
    "项目 位于 我村 上风向 约 800m，报告书 第 5.2 节 预测 SO2 小时 浓度 最大 贡献值 为 12.3μg/m³，"
    "是否 叠加 了 现状 背景值？请 补充 说明。",
    "锅炉 烟气 采用 “SCR 脱硝 + 石灰石-石膏法 脱硫（CaCO3 + SO2 + 1/2O2 + 2H2O → CaSO4·2H2O + CO2）”，"
    "请问 脱硫 石膏 去向？堆场 有无 防渗 措施（渗透系数 ≤ 1.0×10⁻⁷cm/s）？",
    "卫生防护距离 100m 内 有 12 户 居民，公示 中 说 “不涉及 搬迁”，与 实际 不符。",
    "NOx 排放 浓度 限值 按 50mg/m³ 还是 100mg/m³（GB 13223-2011 表 1 / 特别排放限值）？",
    "夜间 施工 噪声 > 55dB(A)，建议 22:00—6:00 禁止 施工。",
    "支持 项目 建设，希望 优先 招用 本地 村民；运输 车辆 请 绕开 小学（上学 时段 7:30—8:10）。",
    "废水 经 处理 后 排入 南明河 支流，COD、氨氮 执行 GB 8978-1996 一级 还是 GB 18918-2002 一级A？",
]


def hj212_crc(data: str) -> int:
    """HJ 212-2017 附录 A CRC16 (poly 0xA001, init 0xFFFF, high byte first in the shift)."""
    crc = 0xFFFF
    for byte in data.encode("ascii"):
        crc = (crc >> 8) ^ byte
        for _ in range(8):
            lsb = crc & 1
            crc >>= 1
            if lsb:
                crc ^= 0xA001
    return crc


def hj212_message(qn: str, st: str, cn: str, mn: str, cp: str, flag: int = 5) -> str:
    data = f"QN={qn};ST={st};CN={cn};PW=123456;MN={mn};Flag={flag};CP=&&{cp}&&"
    return f"##{len(data):04d}{data}{hj212_crc(data):04X}\r\n"


def permit_no(c: Corpus) -> str:
    return uscc(c) + f"{c.num(1, 3):03d}" + c.pick("PPPQR")


def hj212(c: Corpus) -> str:
    t = c.when().replace(second=0, microsecond=0)
    gas = c.chance(0.6)
    factors = HJ212_GAS if gas else HJ212_WATER
    cn = c.pick(["2011", "2051", "2061"])
    values = []
    for code, (_, lo, hi) in factors.items():
        v = lo + c.num(0, (hi - lo) * 100) / 100
        if cn == "2011":
            zs = f",{code}-ZsRtd={v * 1.12:.2f}" if gas and code != "a19001" else ""
            values.append(f"{code}-Rtd={v:.2f}{zs},{code}-Flag={c.pick('NNNNDM')}")
        else:
            low, high = v * 0.8, v * 1.2
            values.append(f"{code}-Min={low:.2f},{code}-Avg={v:.2f},{code}-Max={high:.2f},{code}-Flag=N")
    cp = f"DataTime={t:%Y%m%d%H%M%S};" + ";".join(values)
    qn = f"{t:%Y%m%d%H%M%S}{c.num(0, 999):03d}"
    return hj212_message(qn, "31" if gas else "32", cn, f"5201{c.digits(10)}", cp)


@family("eco-environment")
def eco_environment(c: Corpus) -> None:
    f = "eco-environment"
    ref = f"{SITE}/sthjt/pwxk/"

    def hdr(ctype: str | None = None, mobile: float = 0.2, referer: str = ref) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)

    for _ in range(20):
        q = [
            ("dwmc", c.pick(["", company(c), "水泥", "（贵州）"])),
            ("xkzbh", c.pick(["", permit_no(c)])),
            ("hylb", c.pick(["", *INDUSTRIES])),
            ("xzqh", c.pick(list(DISTRICTS))),
            ("glpj", c.pick(["", "重点管理", "简化管理", "登记管理"])),
            ("page", c.num(1, 9)),
        ]
        c.add(f, "permit-search", "GET", "/pwxk/api/permit/list?" + qs(q, axios), hdr())
    for _ in range(14):
        q = [("xkzbh", permit_no(c)), ("tab", c.pick(["jbxx", "dqpwk", "fspwk", "zxjc", "gtfw"]))]
        c.add(f, "permit-detail", "GET", "/pwxk/api/permit/detail?" + qs(q, axios), hdr())
    for _ in range(20):
        doc = {
            "xmmc": c.pick(
                [
                    "XX 电厂 2×660MW 超超临界 燃煤 机组 扩建 项目",
                    "年产 200 万吨 新型 干法 水泥 熟料 生产线 技改",
                    "XX 酒业 10000 吨/年 酱香型 白酒 技改 项目",
                    "XX 工业园区 污水处理厂（2 万 m³/d）提标 改造",
                ]
            ),
            "gsid": c.hexs(12),
            "xm": c.person(),
            "lxfs": c.mobile(),
            "zz": f"{c.pick(DISTRICT_NAMES)}{c.pick(['久长', '百宜', '青岩', '麦坪'])}镇",
            "yj": c.pick(EIA_COMMENTS),
            "sfgk": c.pick([True, False]),
            "gzlx": c.pick(["个人", "个人", "单位"]),
        }
        c.add(f, "eia-comment", "POST", "/hpgs/api/comment/submit", hdr(JSON_CT, 0.6, f"{SITE}/hpgs/"), js_json(doc))
    for _ in range(24):  # the 数采仪 HTTP gateway forwards HJ 212 packets as it received them
        h = tool_headers("HJ212-Forwarder/2.3 (Linux; ARM)", extra={"Content-Type": "text/plain; charset=US-ASCII"})
        c.add(f, "hj212-forward", "POST", f"/zxjk/api/hj212/receive?gw={c.digits(6)}", h, hj212(c))
    for _ in range(16):
        msgs = [hj212(c) for _ in range(c.num(1, 3))]
        doc = {"gatewayId": f"GW{c.digits(8)}", "recvTime": c.ms(), "packets": msgs}
        h = tool_headers(
            "Apache-HttpClient/4.5.14 (Java/11.0.21)",
            accept="application/json",
            extra={"Content-Type": "application/json;charset=UTF-8"},
        )
        c.add(f, "hj212-batch", "POST", "/zxjk/api/hj212/batch", h, js_json(doc))
    for _ in range(20):
        t = c.when()
        q = [
            ("stationCode", f"{c.num(1000, 3800)}A"),
            ("factors", c.pick(["SO2,NO2,PM2.5,PM10,O3,CO", "PM2.5", "SO2,NOx", "O3_8h"])),
            ("startTime", f"{t - timedelta(hours=24):%Y-%m-%d %H:00:00}"),
            ("endTime", f"{t:%Y-%m-%d %H:00:00}"),
            ("dataType", c.pick(["hour", "day", "realtime"])),
        ]
        c.add(f, "monitor-api", "GET", "/jcsj/api/air/data?" + qs(q, axios), hdr(referer=f"{SITE}/jcsj/"))
    for _ in range(16):
        t = c.when()
        doc = {
            "psCode": uscc(c),
            "outputCodes": [f"DA{c.num(1, 12):03d}" for _ in range(c.num(1, 3))],
            "pollutants": c.sample(["SO2", "NOx", "颗粒物", "CO", "HCl", "Hg及其化合物", "COD", "NH3-N"], 3),
            "timeRange": [f"{t - timedelta(days=7):%Y-%m-%d}", f"{t:%Y-%m-%d}"],
            "overStandardOnly": c.chance(0.3),
            "limit": {"SO2": "35mg/m³", "NOx": "50mg/m³", "颗粒物": "10mg/m³"},
        }
        c.add(f, "monitor-query", "POST", "/jcsj/api/ps/query", hdr(JSON_CT, 0.0, f"{SITE}/jcsj/"), js_json(doc))
    for _ in range(16):
        rows = ["监测日期,排口编号,监测项目,监测结果,单位,标准限值,是否达标"]
        for _ in range(c.num(4, 9)):
            item, unit, limit = c.pick(
                [
                    ("SO2", "mg/m³", 35),
                    ("NOx", "mg/m³", 50),
                    ("颗粒物", "mg/m³", 10),
                    ("CaCO3 纯度", "%", 90),
                    ("pH", "无量纲", 9),
                ]
            )
            v = round(limit * c.num(20, 110) / 100, 2)
            ok = "是" if (v >= limit if item.startswith("CaCO3") else v <= limit) else "否"
            rows.append(f"{c.day(-30, 0):%Y-%m-%d},DA{c.num(1, 9):03d},{item},{v},{unit},{limit},{ok}")
        csv = ("\r\n".join(rows) + "\r\n").encode("utf-8-sig")
        b = c.browser(0.0)
        ctype, body = c.multipart(b, [("xkzbh", permit_no(c)), ("file", ("自行监测数据.csv", "text/csv", csv))])
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/pwxk/qy/zxjc.html")
        c.add(f, "self-monitor-upload", "POST", "/pwxk/api/zxjc/import", h, body)


# --- health-commission -----------------------------------------------------------------------------------

HOSPITALS = [
    "贵州省人民医院",
    "贵州医科大学附属医院",
    "贵阳市第一人民医院",
    "遵义医科大学附属医院",
    "贵州中医药大学第一附属医院",
    "贵阳市妇幼保健院",
]
DEPARTMENTS = [
    "心血管内科",
    "呼吸与危重症医学科",
    "儿科（普通门诊）",
    "产科",
    "口腔科",
    "皮肤科",
    "中医科（针灸）",
    "骨科（脊柱外科）",
    "内分泌科",
    "耳鼻咽喉-头颈外科",
]
VACCINES = [
    "乙肝疫苗",
    "卡介苗",
    "脊灰灭活疫苗（IPV）",
    "百白破疫苗",
    "麻腮风疫苗",
    "乙脑减毒活疫苗",
    "A群流脑多糖疫苗",
    "13价肺炎球菌多糖结合疫苗",
    "流感疫苗（四价）",
    "9价HPV疫苗",
    "新冠病毒灭活疫苗（Vero细胞）",
]
PRACTICE_SCOPES = [
    "内科专业",
    "外科专业",
    "妇产科专业",
    "儿科专业",
    "中医专业",
    "口腔专业",
    "全科医学专业",
    "医学影像和放射治疗专业",
]


def physician_code(c: Corpus) -> str:
    """医师执业证书编码 (15 digits): 级别, 类别, 执业地 行政区划, 序号."""
    return f"{c.pick('12')}{c.pick('1234')}{c.pick(list(DISTRICTS))}{c.digits(7)}"


def birth_cert_no(c: Corpus) -> str:
    return c.pick("MNOPQRS") + "52" + c.digits(7)


@family("health-commission")
def health_commission(c: Corpus) -> None:
    f = "health-commission"
    ref = f"{SITE}/wjw/zwfw/"

    def hdr(ctype: str | None = None, mobile: float = 0.5, referer: str = ref) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)

    for _ in range(20):
        q = [
            ("xm", c.person()),
            ("zyzsbm", c.pick(["", physician_code(c)])),
            ("zydd", c.pick(["", *HOSPITALS])),
            ("zylb", c.pick(["", "临床", "中医", "口腔", "公共卫生"])),
            ("yzm", c.alnum(4)),
        ]
        c.add(f, "physician-search", "GET", "/wjw/api/ys/query?" + qs(q, axios), hdr())
    for _ in range(16):
        fields = [
            ("xm", c.person()),
            ("zsbh", f"{c.num(2008, 2026)}52{c.digits(6)}"),
            ("zydd", c.pick(HOSPITALS)),
            ("captcha", c.alnum(4)),
        ]
        h = c.headers(c.browser(0.4), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/wjw/hscx/", xrw=True)
        c.add(f, "nurse-search", "POST", "/wjw/hscx/query.do", h, qs(fields, jq))
    for _ in range(18):
        born = c.day(-60, -1)
        doc = {
            "xsexm": c.pick(["", c.person()]),
            "xb": c.pick(["男", "女"]),
            "cssj": f"{born:%Y-%m-%d %H:%M}",
            "csyz": c.num(28, 42),
            "cstz": c.num(2100, 4600),
            "cssc": c.num(46, 55),
            "csdd": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}",
            "fmjg": c.pick(HOSPITALS),
            "mq": {"xm": c.person(), "sfzh": c.idcard(), "mz": c.pick(["汉族", "苗族", "布依族", "侗族", "土家族"])},
            "fq": {"xm": c.person(), "sfzh": c.idcard(), "mz": c.pick(["汉族", "苗族", "彝族", "仡佬族"])},
            "lqfs": c.pick(["邮寄", "窗口领取"]),
            "yjdz": c.pick(["", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号{c.pick(ESTATES)}"]),
        }
        c.add(f, "birth-cert-apply", "POST", "/wjw/api/cszm/apply", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        q = [("bh", birth_cert_no(c)), ("xsexm", c.person()), ("cssj", f"{c.day(-900, -1):%Y-%m-%d}")]
        c.add(f, "birth-cert-verify", "GET", "/wjw/api/cszm/verify?" + qs(q, axios), hdr(mobile=0.3))
    for _ in range(18):
        q = [
            ("sfzh", c.idcard()),
            ("jzzh", c.pick(["", f"{c.pick(list(DISTRICTS))}{c.digits(14)}"])),
            ("ym", c.pick(["", *VACCINES])),
            ("lx", c.pick(["all", "mygh", "fmygh"])),
        ]
        c.add(f, "vaccine-record", "GET", "/wjw/api/ymjz/record?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        q = [
            ("zjhm", c.idcard()),
            ("ksrq", f"{c.day(-900, -300):%Y-%m-%d}"),
            ("jsrq", f"{c.day(-299, -200):%Y-%m-%d}"),
            ("jclx", "新型冠状病毒核酸检测"),
        ]
        c.add(f, "nucleic-history", "GET", "/wjw/api/hsjc/history?" + qs(q, axios), hdr(mobile=0.9))
    for _ in range(20):
        q = [
            ("yymc", c.pick(HOSPITALS)),
            ("ksmc", c.pick(DEPARTMENTS)),
            ("rq", f"{c.day(1, 7):%Y-%m-%d}"),
            ("hblx", c.pick(["普通号", "专家号", "特需号"])),
            ("sjd", c.pick(["AM", "PM", ""])),
        ]
        c.add(f, "slot-query", "GET", "/yygh/api/schedule?" + qs(q, axios), miniprogram(c))
    for _ in range(18):
        d = c.day(1, 7)
        doc = {
            "pbid": c.hexs(10),
            "yymc": c.pick(HOSPITALS),
            "ksmc": c.pick(DEPARTMENTS),
            "ysxm": c.person(),
            "jzrq": f"{d:%Y-%m-%d}",
            "jzsd": c.pick(["08:00-08:30", "09:30-10:00", "14:30-15:00", "15:30-16:00"]),
            "hx": c.num(1, 40),
            "jzr": {"xm": c.person(), "sfzh": c.idcard(), "sjh": c.mobile(), "gx": c.pick(["本人", "子女", "父母"])},
            "bqms": c.pick(["", "咳嗽 2 周，夜间 加重，体温 37.8℃", "复诊：HbA1c 7.9%，调整 用药", "孕 12+3 周 建档"]),
        }
        c.add(f, "appointment-book", "POST", "/yygh/api/order/create", miniprogram(c, "application/json"), js_json(doc))


# --- culture-tourism -------------------------------------------------------------------------------------

SCENIC = {
    "HGS001": "黄果树瀑布景区",
    "LBXQK": "荔波小七孔景区",
    "FJS520": "梵净山景区",
    "XJMZ": "西江千户苗寨",
    "QYGZ": "青岩古镇",
    "ZJD": "织金洞",
}
TIME_SLOTS = ["07:30-09:00", "09:00-10:30", "10:30-12:00", "12:00-13:30", "13:30-15:00", "15:00-16:30"]
TICKETS = {"全价票": 160, "半价票（6-18 周岁 / 60-64 周岁）": 80, "免票（65 周岁以上 / 现役军人 / 残疾人）": 0}
ICH_CATEGORIES = {
    "Ⅰ": "民间文学",
    "Ⅱ": "传统音乐",
    "Ⅲ": "传统舞蹈",
    "Ⅳ": "传统戏剧",
    "Ⅴ": "曲艺",
    "Ⅵ": "传统体育、游艺与杂技",
    "Ⅶ": "传统美术",
    "Ⅷ": "传统技艺",
    "Ⅸ": "传统医药",
    "Ⅹ": "民俗",
}
ICH_ITEMS = [
    ("苗族古歌", "Ⅰ"),
    ("侗族大歌", "Ⅱ"),
    ("苗族芦笙舞", "Ⅲ"),
    ("安顺地戏", "Ⅳ"),
    ("布依族八音坐唱", "Ⅴ"),
    ("苗族独木龙舟", "Ⅵ"),
    ("苗绣（雷山苗绣）", "Ⅶ"),
    ("茅台酒酿制技艺", "Ⅷ"),
    ("苗族蜡染技艺", "Ⅷ"),
    ("苗医药（骨伤蛇伤疗法）", "Ⅸ"),
    ("水书习俗", "Ⅹ"),
    ("侗族萨玛节", "Ⅹ"),
]
SHOWS = [
    ("《多彩贵州风》", [280, 380, 480, 680]),
    ("话剧《雷雨》（北京人艺 巡演）", [180, 280, 380, 580]),
    ("贵阳交响乐团 2027 新年音乐会", [100, 200, 300]),
    ("儿童剧《小红帽》", [80, 120]),
]


@family("culture-tourism")
def culture_tourism(c: Corpus) -> None:
    f = "culture-tourism"

    def hdr(ctype: str | None = None, mobile: float = 0.7, referer: str = "") -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer or f"{SITE}/wlt/")

    for _ in range(20):
        q = [("scenicCode", c.pick(list(SCENIC))), ("date", f"{c.day(0, 7):%Y-%m-%d}"), ("channel", "H5")]
        c.add(f, "scenic-stock", "GET", "/wlyy/api/stock/timeslots?" + qs(q, axios), c.pick([miniprogram(c), hdr()]))
    for _ in range(20):
        code = c.pick(list(SCENIC))
        visitors = []
        total = 0
        for _ in range(c.num(1, 5)):
            kind = c.pick(list(TICKETS))
            total += TICKETS[kind]
            visitors.append(
                {
                    "name": c.person(),
                    "idType": "ID_CARD",
                    "idNo": c.idcard(),
                    "ticketType": kind,
                    "price": TICKETS[kind],
                }
            )
        doc = {
            "scenicCode": code,
            "scenicName": SCENIC[code],
            "visitDate": f"{c.day(0, 7):%Y-%m-%d}",
            "timeSlot": c.pick(TIME_SLOTS),
            "visitors": visitors,
            "contactMobile": c.mobile(),
            "totalAmount": total,
            "remark": c.pick(["", "有 轮椅 需要", "带 婴儿车，是否 可 进入 观光车？"]),
        }
        c.add(f, "scenic-book", "POST", "/wlyy/api/order/create", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):  # the 闸机 pushes each check
        doc = {
            "deviceNo": f"ZJ-{c.pick(list(SCENIC))}-{c.num(1, 24):02d}",
            "orderNo": f"WL{c.ms()}{c.digits(3)}",
            "idNo": masked_id(c.idcard()),
            "checkTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "result": c.pick(["PASS", "PASS", "PASS", "NOT_IN_SLOT", "USED"]),
            "faceScore": round(0.8 + c.num(0, 19) / 100, 2),
        }
        h = tool_headers(
            "Dalvik/2.1.0 (Linux; U; Android 9; ZJ-T8 Build/PPR1.180610.011)",
            extra={"Content-Type": "application/json; charset=utf-8"},
        )
        c.add(f, "gate-check", "POST", "/wlyy/api/gate/check", h, js_json(doc))
    for _ in range(16):
        q = [
            ("whg", c.pick(["贵州省文化馆", "贵阳市群众艺术馆", "遵义市文化馆"])),
            ("lx", c.pick(["", "公益培训", "讲座", "展览", "演出"])),
            ("zt", c.pick(["报名中", "全部"])),
            ("pageNo", c.num(1, 4)),
        ]
        c.add(f, "activity-list", "GET", "/whg/api/activity/list?" + qs(q, axios), hdr())
    for _ in range(18):
        fields = [
            ("hdid", c.digits(6)),
            (
                "hdmc",
                c.pick(
                    [
                        "少儿 国画 公益 培训（第 3 期）",
                        "苗绣 体验 课 · 周末 班",
                        "“非遗 进 社区” 蜡染 工作坊",
                        "老年 合唱 班（春季）",
                    ]
                ),
            ),
            ("xm", c.person()),
            ("sjh", c.mobile()),
            ("nl", str(c.num(6, 72))),
            ("bz", c.pick(["", "孩子 7 岁，零 基础", "需 自带 画具 吗？"])),
        ]
        c.add(f, "activity-signup", "POST", "/whg/api/activity/signup", hdr(FORM), qs(fields, form))
    for _ in range(20):
        name, cat = c.pick(ICH_ITEMS)
        q = [
            ("keyword", c.pick([name, name[:2], ""])),
            ("lb", c.pick(["", ICH_CATEGORIES[cat]])),
            ("jb", c.pick(["", "国家级", "省级", "市级"])),
            ("bh", c.pick(["", f"{cat}-{c.num(1, 180)}"])),
            ("sbdq", c.pick(["", "黔东南苗族侗族自治州", "安顺市", "遵义市"])),
        ]
        c.add(f, "ich-search", "GET", "/fy/api/project/search?" + qs(q, axios), hdr(mobile=0.3))
    for _ in range(18):
        show, prices = c.pick(SHOWS)
        seats = []
        for _ in range(c.num(1, 4)):
            p = c.pick(prices)
            seats.append(
                {"area": c.pick(["1楼", "2楼"]), "row": c.num(1, 25), "col": c.num(1, 40), "price": p, "desc": ""}
            )
        for s in seats:
            s["desc"] = f"{s['area']} {s['row']}排 {s['col']}号"
        doc = {
            "showName": show,
            "sessionId": c.digits(8),
            "seats": seats,
            "amount": sum(s["price"] for s in seats),
            "buyer": {"name": c.person(), "mobile": c.mobile()},
            "deliver": c.pick(["电子票", "现场取票"]),
        }
        c.add(f, "show-ticket", "POST", "/jy/api/ticket/order", hdr(JSON_CT, 0.6, f"{SITE}/jy/show.html"), js_json(doc))
    for _ in range(16):
        doc = {
            "scenicCode": c.pick(list(SCENIC)),
            "score": c.num(1, 5),
            "content": c.pick(
                [
                    "瀑布 太壮观了！👍👍 建议 早上 第一 时段 去，人少。",
                    "排队 坐 观光车 等了 40 分钟 😓",
                    "分时 预约 很方便，刷身份证 就 进，点赞 ❤️",
                    "小七孔 的 水 真的 绿！！！（周末 人 多）",
                ]
            ),
            "images": [],
            "anonymous": c.chance(0.3),
        }
        c.add(f, "visitor-review", "POST", "/wlyy/api/review/add", miniprogram(c, "application/json"), js_json(doc))


# --- water-resources -------------------------------------------------------------------------------------

STATIONS = {  # 测站编码: (站名, 河流, 警戒水位 m)
    "60701200": ("花溪", "南明河", 1046.5),
    "60701400": ("贵阳", "南明河", 1047.8),
    "60703100": ("乌江渡", "乌江", 760.0),
    "60704500": ("思南", "乌江", 371.5),
    "80107600": ("都匀", "剑江", 776.2),
    "80302300": ("榕江", "都柳江", 250.0),
    "60110800": ("赤水", "赤水河", 234.5),
}
RESERVOIRS = {"60701005": ("阿哈水库", 1110.0), "60701008": ("花溪水库", 1139.0), "60703002": ("红枫湖", 1240.0)}
RIVERS = ["南明河（花溪段）", "小车河", "市西河", "贯城河", "鱼梁河", "麦架河"]
PATROL_ISSUES = [
    "河面 漂浮物（塑料瓶、泡沫）约 20m²",
    "岸边 倾倒 建筑垃圾",
    "疑似 排污口 出水 发黑、有 异味",
    "护栏 损坏 约 3m",
    "违规 垂钓（“禁钓区” 标牌 处）",
    "河道 内 违章 搭建",
]


def track(c: Corpus) -> list[tuple[float, float, float, datetime]]:
    """A 巡河 walk along a river: points a few metres apart, time increasing."""
    lat, lon, ele = 26.40 + c.num(0, 2000) / 10000, 106.60 + c.num(0, 2000) / 10000, 1050 + c.num(0, 80)
    t = c.when().astimezone(UTC).replace(microsecond=0)
    pts = []
    for _ in range(c.num(8, 20)):
        lat += c.num(-20, 40) / 100000
        lon += c.num(-20, 40) / 100000
        ele += c.num(-10, 10) / 10
        t += timedelta(seconds=c.num(5, 30))
        pts.append((round(lat, 6), round(lon, 6), round(ele, 1), t))
    return pts


def gpx(c: Corpus, river: str) -> bytes:
    pts = track(c)
    body = "".join(
        f'<trkpt lat="{la}" lon="{lo}"><ele>{el}</ele><time>{t:%Y-%m-%dT%H:%M:%SZ}</time></trkpt>'
        for la, lo, el, t in pts
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<gpx version="1.1" creator="河长通 {c.pick(["3.2.1", "3.4.0"])}" xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 '
        'http://www.topografix.com/GPX/1/1/gpx.xsd">\n'
        f"<metadata><name>{river} 巡河 {pts[0][3]:%Y-%m-%d}</name>"
        f"<time>{pts[0][3]:%Y-%m-%dT%H:%M:%SZ}</time></metadata>\n"
        f"<trk><name>{river}</name><type>巡河</type><trkseg>{body}</trkseg></trk>\n</gpx>\n"
    ).encode()


def kml(c: Corpus, river: str) -> bytes:
    pts = track(c)
    coords = " ".join(f"{lo},{la},{el}" for la, lo, el, _ in pts)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>'
        f"<name>{river} &amp; 支流 巡查</name><Placemark><name>巡河 轨迹 {pts[0][3]:%Y%m%d}</name>"
        "<Style><LineStyle><color>ff0000ff</color><width>3</width></LineStyle></Style>"
        f"<LineString><tessellate>1</tessellate><coordinates>{coords}</coordinates></LineString></Placemark>"
        "</Document>\n</kml>\n"
    ).encode()


@family("water-resources")
def water_resources(c: Corpus) -> None:
    f = "water-resources"
    ref = f"{SITE}/slt/sqxx/"

    def hdr(ctype: str | None = None, mobile: float = 0.3) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)

    for _ in range(22):
        t = c.when().replace(minute=0, second=0, microsecond=0)
        q = [
            ("stcd", c.pick(list(STATIONS))),
            ("sttp", "ZZ"),
            ("btm", f"{t - timedelta(hours=c.pick([6, 24, 72])):%Y-%m-%d %H:%M:%S}"),
            ("etm", f"{t:%Y-%m-%d %H:%M:%S}"),
            ("_", c.ms()),
        ]
        c.add(f, "river-level", "GET", "/sqxx/api/river/realtime?" + qs(q, axios), hdr())
    for _ in range(16):
        t = c.when().replace(minute=0, second=0, microsecond=0)
        q = [
            ("adcd", c.pick(list(DISTRICTS)) + "000000"),
            ("tm", f"{t:%Y%m%d%H}"),
            ("intv", c.pick(["1", "3", "24"])),
            ("minDrp", c.pick(["0", "10", "25", "50"])),
        ]
        c.add(f, "rain-station", "GET", "/sqxx/api/rain/list?" + qs(q, axios), hdr(mobile=0.5))
    for _ in range(16):
        code = c.pick(list(RESERVOIRS))
        name, flood_limit = RESERVOIRS[code]
        t = c.when().replace(minute=0, second=0, microsecond=0)
        rz = round(flood_limit - c.num(-150, 600) / 100, 2)
        doc = {
            "stcd": code,
            "stnm": name,
            "tm": f"{t:%Y-%m-%d %H:%M:%S}",
            "rz": rz,
            "fsltdz": flood_limit,
            "w": round(c.num(500, 60000) / 100, 2),
            "inq": round(c.num(50, 9000) / 100, 2),
            "otq": round(c.num(50, 9000) / 100, 2),
            "cxx": rz > flood_limit,
        }
        h = tool_headers(
            "Apache-HttpClient/4.5.13 (Java/1.8.0_332)",
            accept="application/json",
            extra={"Content-Type": "application/json;charset=UTF-8"},
        )
        c.add(f, "reservoir-push", "POST", "/sqxx/api/rsvr/push", h, js_json(doc))
    for _ in range(18):
        river = c.pick(RIVERS)
        b = c.browser(0.9)
        parts: list = [
            ("xhid", c.uid()),
            ("hdmc", river),
            ("hz", c.person()),
            ("file", (f"track_{c.when():%Y%m%d%H%M%S}.gpx", "application/gpx+xml", gpx(c, river))),
        ]
        ctype, body = c.multipart(b, parts)
        h = app_headers(c, "hzt", c.pick(["3.2.1", "3.4.0"]), ctype)
        c.add(f, "patrol-gpx-upload", "POST", "/hzz/api/xh/track/upload", h, body)
    for _ in range(14):
        river = c.pick(RIVERS)
        b = c.browser(0.0)
        ctype, body = c.multipart(
            b, [("hdmc", river), ("file", (f"{river}.kml", "application/vnd.google-earth.kml+xml", kml(c, river)))]
        )
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/hzz/admin/track.html")
        c.add(f, "patrol-kml-import", "POST", "/hzz/api/track/import", h, body)
    for _ in range(18):
        b = c.browser(0.9)
        lat, lon = 26.40 + c.num(0, 2000) / 10000, 106.60 + c.num(0, 2000) / 10000
        parts = [
            ("hdmc", c.pick(RIVERS)),
            ("wtlx", c.pick(PATROL_ISSUES)),
            ("wtms", c.pick(["", "已 现场 劝离，建议 加装 监控。", "请 城管 / 生态环境 部门 联合 处置！"])),
            ("lng", f"{lon:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("dz", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)} 附近"),
        ]
        for i in range(c.num(1, 3)):
            parts.append(("photos", (f"IMG_{c.when():%Y%m%d_%H%M%S}_{i}.jpg", "image/jpeg", jpeg(c, c.num(500, 1100)))))
        ctype, body = c.multipart(b, parts)
        h = app_headers(c, "hzt", c.pick(["3.2.1", "3.4.0"]), ctype)
        c.add(f, "patrol-issue", "POST", "/hzz/api/xh/issue", h, body)
    for _ in range(18):
        start = c.when()
        minutes = c.num(20, 150)
        doc = {
            "xhid": c.uid(),
            "hdmc": c.pick(RIVERS),
            "hzxm": c.person(),
            "hzjb": c.pick(["村级", "乡级", "县级"]),
            "kssj": f"{start:%Y-%m-%d %H:%M:%S}",
            "jssj": f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
            "xhsc": minutes,
            "xhlc": round(minutes * c.num(40, 80) / 1000, 2),
            "xhqk": c.pick(
                ["河面 清洁，无 异常。", "发现 问题 1 处，已 上报。", "水位 较 昨日 上涨 约 0.3m，水体 浑浊。"]
            ),
            "sfygwt": c.chance(0.3),
        }
        c.add(
            f, "patrol-log", "POST", "/hzz/api/xh/log", app_headers(c, "hzt", "3.4.0", "application/json"), js_json(doc)
        )
    for _ in range(14):
        stcd = c.pick(list(STATIONS))
        fields = [
            ("stcd", stcd),
            ("yjsw", str(STATIONS[stcd][2] - c.pick([0, 0.5, 1.0]))),
            ("tzfs", c.pick(["短信", "微信", "短信,微信"])),
            ("sjh", c.mobile()),
        ]
        c.add(f, "warning-subscribe", "POST", "/sqxx/api/warn/subscribe", hdr(FORM, 0.8), qs(fields, form))


# --- natural-resources -----------------------------------------------------------------------------------

MINERALS = ["煤", "磷矿", "铝土矿", "锰矿", "重晶石", "建筑石料用灰岩", "金矿", "萤石"]
LAND_USES = ["城镇住宅用地", "商务金融用地", "工业用地", "公路用地", "科教文卫用地", "物流仓储用地"]


def polygon(c: Corpus) -> tuple[int, list[tuple[float, float]]]:
    """(带号, 界址点 X/Y in CGCS2000 3° zones): a convex parcel some tens to hundreds of metres across."""
    zone = c.pick([35, 36])
    x0 = 2_760_000 + c.num(0, 460_000) + c.num(0, 999) / 1000
    y0 = zone * 1_000_000 + 500_000 + c.num(-140_000, 140_000)
    n = c.num(4, 9)
    angles = sorted(c.num(0, 3599) / 1800 * math.pi for _ in range(n))
    pts = []
    for a in angles:
        r = c.num(50, 300)
        pts.append((round(x0 + r * math.cos(a), 3), round(y0 + r * math.sin(a), 3)))
    return zone, pts


def shoelace_ha(pts: list[tuple[float, float]]) -> float:
    s = sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1] for i in range(len(pts)))
    return round(abs(s) / 2 / 10000, 4)


def boundary_txt(c: Corpus, zone: int, parcels: list[tuple[str, str, list[tuple[float, float]]]]) -> str:
    """自然资源部 建设用地 报批 界址点 坐标 交换 TXT: [属性描述] then one [地块坐标] block per parcel, rings closed."""
    head = [
        "[属性描述]",
        "格式版本号=1.01版本",
        f"数据产生单位={c.pick(['贵阳市自然资源和规划局', 'XX 测绘 有限公司'])}",
        f"数据产生日期={c.when():%Y-%m-%d}",
        "坐标系=2000国家大地坐标系",
        "几度分带=3",
        "投影类型=高斯克吕格",
        "计量单位=米",
        f"带号={zone}",
        "精度=0.001",
        "转换参数=,,,,,,",
        "[地块坐标]",
    ]
    lines = []
    for i, (name, use, pts) in enumerate(parcels, 1):
        ring = [*pts, pts[0]]
        lines.append(f"{len(ring)},{shoelace_ha(pts):.4f},{i},{name},面,H48G{c.digits(6)},{use},,@")
        lines += [f"J{(k % len(pts)) + 1},1,{x:.3f},{y:.3f}" for k, (x, y) in enumerate(ring)]
    return "\r\n".join(head + lines) + "\r\n"


def parcel_code(c: Corpus) -> str:
    """宗地代码: 县级区划 6 + 地籍区 3 + 地籍子区 3 + 特征码 2 + 顺序号 5."""
    return f"{c.pick(list(DISTRICTS))}{c.digits(3)}{c.digits(3)}{c.pick(['GB', 'GX', 'JA', 'JC'])}{c.digits(5)}"


def mining_license(c: Corpus) -> str:
    return f"C520000{c.num(2005, 2027)}{c.num(1, 12):02d}{c.digits(10)}"


@family("natural-resources")
def natural_resources(c: Corpus) -> None:
    f = "natural-resources"
    ref = f"{SITE}/zrzyt/kyq/"

    def hdr(ctype: str | None = None, mobile: float = 0.2, referer: str = ref) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)

    for _ in range(20):
        q = [
            ("kyqlx", c.pick(["采矿权", "探矿权"])),
            ("gslx", c.pick(["出让", "转让", "延续", "注销", "变更"])),
            ("kz", c.pick(["", *MINERALS])),
            ("xkzh", c.pick(["", mining_license(c), f"T52{c.digits(15)}"])),
            ("kssj", f"{c.day(-90, -30):%Y-%m-%d}"),
            ("jssj", f"{c.day(-29, 0):%Y-%m-%d}"),
            ("page", c.num(1, 6)),
        ]
        c.add(f, "mining-notice-search", "GET", "/zrzyt/api/kyq/gs/list?" + qs(q, axios), hdr())
    for _ in range(14):
        q = [("id", c.hexs(16)), ("xkzh", mining_license(c))]
        c.add(f, "mining-notice-detail", "GET", "/zrzyt/api/kyq/gs/detail?" + qs(q, axios), hdr())
    for _ in range(18):
        zone = c.pick([35, 36])
        parcels = []
        for k in range(c.num(1, 3)):
            z, pts = polygon(c)
            pts = [(x, y - z * 1_000_000 + zone * 1_000_000) for x, y in pts]
            parcels.append(
                (f"{c.pick(DISTRICT_NAMES)}{c.pick(['金华', '朱昌', '百花'])}地块{k + 1}", c.pick(LAND_USES), pts)
            )
        text = boundary_txt(c, zone, parcels)
        enc = c.pick(["utf-8", "gbk", "gbk"])
        b = c.browser(0.0)
        ctype, body = c.multipart(
            b,
            [
                ("xmmc", f"{c.pick(DISTRICT_NAMES)}{c.when():%Y}年度第{c.num(1, 20)}批次城镇建设用地"),
                ("encoding", enc.upper()),
                ("file", (f"界址点坐标_{c.digits(6)}.txt", "text/plain", text.encode(enc))),
            ],
        )
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/zrzyt/ydbp/zbcl.html")
        c.add(f, "boundary-upload", "POST", "/zrzyt/api/ydbp/coord/upload", h, body)
    for _ in range(18):
        zone, pts = polygon(c)
        doc = {
            "zbx": "CGCS2000",
            "dh": zone,
            "fd": 3,
            "points": [{"dh": f"J{i + 1}", "x": x, "y": y} for i, (x, y) in enumerate(pts)],
            "mj": shoelace_ha(pts),
            "mjdw": "公顷",
            "checks": c.sample(["永久基本农田", "生态保护红线", "城镇开发边界", "地质灾害 易发区", "压覆 矿产"], 3),
        }
        c.add(f, "boundary-check", "POST", "/zrzyt/api/coord/overlay-check", hdr(JSON_CT, 0.0), js_json(doc))
    for _ in range(20):
        q = [
            ("zddm", c.pick([parcel_code(c), parcel_code(c)[:12]])),
            ("qlr", c.pick(["", company(c), c.person()])),
            ("zl", c.pick(["", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}", c.pick(ESTATES)])),
            ("yt", c.pick(["", *LAND_USES])),
        ]
        c.add(f, "parcel-search", "GET", "/bdc/api/zd/query?" + qs(q, axios), hdr(referer=f"{SITE}/bdc/zdcx/"))
    for _ in range(16):
        q = [
            ("xzq", c.pick(list(DISTRICTS))),
            ("gdfs", c.pick(["", "挂牌出让", "拍卖出让", "划拨"])),
            ("tdyt", c.pick(["", *LAND_USES])),
            ("qsrq", f"{c.day(-180, -60):%Y-%m-%d}"),
            ("jzrq", f"{c.day(-59, 0):%Y-%m-%d}"),
            ("pageSize", 20),
        ]
        h = c.headers(c.browser(0.3), accept=JQ_ACCEPT, referer=f"{SITE}/zrzyt/tdgy/", xrw=True)
        c.add(f, "land-supply", "GET", "/zrzyt/tdgy/list.do?" + qs(q), h)
    for _ in range(16):
        zone, pts = polygon(c)
        corners = ";".join(f"{i + 1},{x:.2f},{y:.2f}" for i, (x, y) in enumerate(pts))
        doc = {
            "sqlx": c.pick(["采矿权 延续", "采矿权 变更（扩大 矿区 范围）", "探矿权 保留"]),
            "xkzh": mining_license(c),
            "ksmc": f"贵州 XX {c.pick(MINERALS)} 矿",
            "kz": c.pick(MINERALS),
            "kcfs": c.pick(["地下开采", "露天开采"]),
            "scgm": f"{c.pick([3, 9, 15, 30, 60])}万吨/年",
            "zbx": "2000国家大地坐标系",
            "dh": zone,
            "gdzb": corners,
            "gds": len(pts),
            "kqmj": f"{shoelace_ha(pts) / 100:.4f}km²",
            "kcbg": f"{c.num(700, 1400)}m 至 {c.num(300, 690)}m 标高",
            "sqr": company(c),
            "tyxydm": uscc(c),
        }
        c.add(f, "mining-apply", "POST", "/zrzyt/api/kyq/apply", hdr(JSON_CT, 0.0), js_json(doc))
    for _ in range(16):
        fields = [
            ("gsid", c.digits(8)),
            ("xm", c.person()),
            ("sjh", c.mobile()),
            (
                "yj",
                c.pick(
                    [
                        "规划 将 我村 的 一块 基本农田（约 12 亩）调整 为 “物流仓储用地”，请问 占补平衡 如何 落实？",
                        "建议 保留 原 规划 中的 社区 公园（0.8 公顷），不要 改为 商住。",
                        "容积率 由 2.5 调到 3.2，日照 间距 是否 满足 《城市居住区规划设计标准》GB 50180-2018？",
                        "同意 方案。",
                    ]
                ),
            ),
        ]
        c.add(
            f,
            "planning-comment",
            "POST",
            "/zrzyt/api/ghgs/comment",
            hdr(FORM, 0.7, f"{SITE}/zrzyt/ghgs/"),
            qs(fields, form),
        )


# --- cyber-report ----------------------------------------------------------------------------------------

PHISHING = [  # (类型, 被举报 网址, 原文) as reporters paste them from the SMS or chat
    (
        "仿冒网站",
        "http://etc-renzheng.cn-gov.icu/?c=8801",
        "【ETC服务】您的ETC已失效，为避免影响通行，请点击 http://etc-renzheng.cn-gov.icu/?c=8801 重新认证，退订回T",
    ),
    (
        "仿冒网站",
        "https://m.12123-gab.top/pay?id=5201",
        "【交管12123】您的车辆（贵A·****5）有一条违章记录未处理，逾期将影响年检，"
        "请登录 https://m.12123-gab.top/pay?id=5201 处理",
    ),
    (
        "网络诈骗",
        "http://gzrs-butie.com/apply.html",
        "【人社局】2027年个人劳动补贴申领通知：符合条件者可领取1800元，请于3月20日前扫码或访问 gzrs-butie.com 申领。",
    ),
    (
        "网络诈骗",
        "https://t.cn/A6xYz1Qb",
        "您好，我是抖音客服，您开通了“百万保障”会员，每月自动扣费800元，"
        "如需取消请点击 https://t.cn/A6xYz1Qb 联系人工。",
    ),
    (
        "网络诈骗",
        "https://www.gz-licai88.vip/reg?inviteCode=GZ8866",
        "内部 理财 群：“日收益 3%，稳赚不赔”，老师 让 下载 “XX 财富” APP，充值 5 万 后 无法 提现。",
    ),
    (
        "仿冒网站",
        "https://sso.zwfw-guizhou.com.cn.login-verify.cc/auth",
        "收到 邮件 说 “您的 政务服务网 账号 存在 异常，请 于 24 小时 内 验证”，链接 打开 是 仿冒 的 登录页。",
    ),
    (
        "网络谣言",
        "https://mp.weixin.qq.com/s/Xy3kLm9Qw2eR8tT1uV5aZg",
        "文章 称 “贵阳 3 月 25 日 起 全城 停水 3 天”，经 核实 水务 集团 并无 此 通知。",
    ),
    (
        "侵犯个人信息",
        "https://pan.baidu.com/s/1aBcD2eFgH3iJkLmN4oPqRs?pwd=8k2d",
        "网盘 里 公开 售卖 “2026 年 贵州 新生儿 家长 信息（姓名+电话+住址）”，标价 0.1 元/条。",
    ),
    (
        "网络暴力",
        "https://weibo.com/u/7712345678",
        "该 账号 连续 发布 帖子 辱骂 我 孩子 所在 学校 的 老师，并 公开 其 手机号 和 住址（“人肉”）。",
    ),
]
FRAUD_SMS = [
    ("10690123456789", "【XX银行】您的信用卡积分 12,680 分 即将清零，可兑换 现金 126.8 元，登录 gzbank-jf.cn 兑换。"),
    ("+8617012345678", "宝贝 我是 妈妈，手机 掉水里 了 这是 新号，急 需要 5000 元 交 培训费，先 转 到 这个 卡 上……"),
    ("10659876543210", "【快递理赔】您的包裹 丢失，我司 将 3 倍 赔偿，请 添加 客服 QQ 2871234567 办理。"),
    ("95xxx（改号）", "【国家医保】您的 医保卡 已 冻结，涉嫌 违规 刷卡 3.2 万元，请 回拨 并 配合 “公安” 调查。"),
]
APPS = [("XX 财富", "com.xxcaifu.app"), ("极速 贷", "com.jisudai.loan"), ("共享 屏幕 会议", "com.meet.screenshare.pro")]


def report_no(c: Corpus) -> str:
    return f"JB{c.when():%Y%m%d}{c.digits(8)}"


@family("cyber-report")
def cyber_report(c: Corpus) -> None:
    f = "cyber-report"
    ref = f"{SITE}/wxb/jubao/index.html"

    def hdr(ctype: str | None = None, mobile: float = 0.6) -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)

    for _ in range(26):
        kind, url, text = c.pick(PHISHING)
        doc = {
            "jblx": kind,
            "bjbwz": url,
            "bjbdx": c.pick(["网站", "微信 公众号 文章", "短信", "微博", "网盘"]),
            "jbnr": f"原文：“{text}”"
            + c.pick(["", "\n我 差点 就 点进去 填了 银行卡号，请 尽快 处理！", "\n已 截图，见 附件。"]),
            "fxsj": f"{c.day(-7, 0):%Y-%m-%d %H:%M}",
            "jbrsj": c.pick(["", c.mobile()]),
            "sfnm": c.pick([True, False]),
            "fjids": [c.hexs(12) for _ in range(c.num(0, 3))],
        }
        c.add(f, "report-submit", "POST", "/wxb/api/jubao/submit", hdr(JSON_CT), js_json(doc))
    for _ in range(18):
        kind, url, text = c.pick(PHISHING)
        fields = [
            ("type", kind),
            ("url", url),
            ("content", text),
            ("contact", c.pick(["", c.mobile()])),
            ("vcode", c.alnum(4)),
        ]
        h = c.headers(c.browser(0.9), kind="nav", ctype=FORM, referer=ref)
        c.add(f, "report-form", "POST", "/wxb/jubao/save.do", h, qs(fields, form))
    for _ in range(20):
        b = c.browser(0.8)
        parts: list = [("jbid", c.pick(["", report_no(c)]))]
        for i in range(c.num(1, 3)):
            if c.chance(0.6):
                parts.append(
                    ("file", (f"Screenshot_{c.when():%Y%m%d_%H%M%S}_{i}.jpg", "image/jpeg", jpeg(c, c.num(500, 1100))))
                )
            else:
                parts.append(("file", (f"微信图片_{c.when():%Y%m%d%H%M%S}.png", "image/png", png(c, c.num(500, 900)))))
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "screenshot-upload", "POST", "/wxb/api/jubao/upload", h, body)
    for _ in range(16):
        q = [("jbbh", report_no(c)), ("cxm", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), ("_", c.ms())]
        c.add(f, "report-query", "GET", "/wxb/api/jubao/query?" + qs(q, axios), hdr())
    for _ in range(20):
        sender, text = c.pick(FRAUD_SMS)
        doc = {
            "jblx": "诈骗短信",
            "fsfhm": sender,
            "jsfhm": c.masked_mobile(),
            "dxnr": text,
            "jssj": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "sfsp": c.chance(0.2),
            "ssje": c.pick([0, 0, 0, 5000, 12800]),
        }
        c.add(f, "fraud-sms", "POST", "/wxb/api/jubao/sms", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        name, pkg = c.pick(APPS)
        doc = {
            "appmc": name,
            "bm": pkg,
            "xzlj": c.pick(
                [
                    f"https://d.{pkg.split('.')[1]}.cn/{pkg}.apk",
                    f"http://app-down.{pkg.split('.')[1]}.top/v{c.num(1, 5)}.{c.num(0, 9)}/latest.apk",
                ]
            ),
            "wt": c.pick(["诱导 “刷单 返利”", "高额 利息（年化 > 36%）暴力 催收", "冒充 客服 要求 “共享 屏幕”"]),
            "md5": c.hexs(16),
        }
        c.add(f, "app-report", "POST", "/wxb/api/jubao/app", hdr(JSON_CT), js_json(doc))
    for _ in range(16):
        fields = [
            ("pt", c.pick(["微信", "QQ", "抖音", "快手", "微博"])),
            (
                "zh",
                c.pick(
                    [
                        f"wxid_{c.alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
                        str(c.num(10**8, 10**10)),
                        f"dy{c.digits(9)}",
                        "@" + c.alnum(8, "abcdefghijklmnopqrstuvwxyz_0123456789"),
                    ]
                ),
            ),
            ("nc", c.pick(["“公安 反诈 专员”", "兼职 刷单 导师🌸", "XX 政务 客服（官方）"])),
            ("wt", c.pick(["冒充 公检法", "冒充 政府 工作人员", "散布 谣言"])),
        ]
        c.add(f, "account-report", "POST", "/wxb/api/jubao/account", hdr(JQ_FORM), qs(fields, jq))
    for _ in range(12):
        c.add(f, "category-list", "GET", f"/wxb/api/jubao/types?v={c.ms()}", hdr())


# --- exit-entry-hukou ------------------------------------------------------------------------------------

EE_OFFICES = [
    "贵阳市公安局出入境管理支队（观山湖区 金阳南路）",
    "南明区 出入境 接待室",
    "遵义市公安局出入境管理支队",
    "贵阳龙洞堡国际机场 口岸 签证处",
]
EE_DOCS = {"101": "普通护照", "102": "往来港澳通行证", "104": "往来台湾通行证"}
EE_KINDS = ["首次申领", "换发", "补发", "失效重新申领"]
ENDORSEMENTS = ["团队旅游（G）", "个人旅游（G）", "探亲（T）", "商务（S）", "其他（Q）", "逗留（D）"]
MIGRATIONS = ["夫妻投靠", "子女投靠父母", "父母投靠子女", "购房入户", "人才引进", "大中专院校毕业生 回原籍"]


@family("exit-entry-hukou")
def exit_entry_hukou(c: Corpus) -> None:
    f = "exit-entry-hukou"

    def hdr(ctype: str | None = None, mobile: float = 0.7, referer: str = "") -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer or f"{SITE}/gat/crj/")

    for _ in range(18):
        q = [("slddm", f"5201{c.digits(2)}"), ("zjzl", c.pick(list(EE_DOCS))), ("rq", f"{c.day(1, 14):%Y-%m-%d}")]
        c.add(f, "entry-slots", "GET", "/crj/api/yy/sd?" + qs(q, axios), app_headers(c, "nia", "3.6.2"))
    for _ in range(20):
        doc_type = c.pick(list(EE_DOCS))
        doc = {
            "zjzl": doc_type,
            "zjmc": EE_DOCS[doc_type],
            "sqlb": c.pick(EE_KINDS),
            "sld": c.pick(EE_OFFICES),
            "yyrq": f"{c.day(1, 14):%Y-%m-%d}",
            "yysd": c.pick(SLOTS),
            "sqr": {"xm": c.person(), "sfzh": c.idcard(), "sjh": c.mobile(), "hjd": c.pick(DISTRICT_NAMES)},
            "txr": c.pick([[], [{"xm": c.person(), "gx": "子女"}]]),
        }
        c.add(f, "entry-booking", "POST", "/crj/api/yy/submit", app_headers(c, "nia", "3.6.2", JSON_CT), js_json(doc))
    for _ in range(16):
        doc = {
            "txzh": "C" + c.pick([c.digits(8), c.alnum(1, "ABCDEFGHJKLMNPQRSTUVWXY") + c.digits(7)]),
            "qzzl": c.pick(ENDORSEMENTS),
            "qwd": c.pick(["香港", "澳门", "香港,澳门"]),
            "cs": c.pick(["一次", "二次", "多次"]),
            "yxq": c.pick(["3个月", "1年"]),
            "zffs": "微信支付",
            "yjdz": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号{c.pick(ESTATES)}",
        }
        c.add(
            f, "endorsement-apply", "POST", "/crj/api/qz/apply", app_headers(c, "nia", "3.6.2", JSON_CT), js_json(doc)
        )
    for _ in range(16):
        q = [("slbh", f"5201{c.when():%Y%m%d}{c.digits(7)}"), ("sfzh", c.idcard())]
        c.add(f, "progress-query", "GET", "/crj/api/bz/progress?" + qs(q, axios), hdr())
    for _ in range(18):
        kind = c.pick(MIGRATIONS)
        doc = {
            "qylb": kind,
            "kslx": c.pick(["省内", "跨省通办"]),
            "qcd": c.pick(
                [
                    "四川省成都市武侯区",
                    "重庆市渝中区",
                    "湖南省长沙市岳麓区",
                    "贵州省毕节市七星关区",
                    "云南省昆明市五华区",
                ]
            ),
            "qrd": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}",
            "qrdz": f"{c.pick(ROADS)}{c.num(1, 300)}号{c.pick(ESTATES)}{c.num(1, 30)}栋{c.num(101, 3204)}",
            "sqr": {"xm": c.person(), "sfzh": c.idcard(), "sjh": c.mobile()},
            "sqyy": {
                "夫妻投靠": "与 配偶 结婚 满 2 年，随 配偶 落户",
                "购房入户": "在 迁入地 购买 商品房（不动产权证 已 取得）",
                "人才引进": "本科 学历，已 与 用人单位 签订 3 年 劳动合同",
            }.get(kind, kind),
            "yyrq": f"{c.day(1, 10):%Y-%m-%d}",
            "yypcs": f"{c.pick(DISTRICT_NAMES)}{c.pick(['长岭', '金阳', '小河'])}派出所",
        }
        c.add(
            f, "migration-booking", "POST", "/hjyw/api/qy/yuyue", hdr(JSON_CT, 0.8, f"{SITE}/gat/hjyw/"), js_json(doc)
        )
    for _ in range(18):
        b = c.browser(0.8)
        today = c.when()
        since = today - timedelta(days=c.num(185, 900))
        parts: list = [
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("hjdz", c.pick(["四川省达州市通川区", "云南省曲靖市麒麟区", "湖南省怀化市鹤城区"])),
            ("jzdz", f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"),
            ("jzqsrq", f"{since:%Y-%m-%d}"),
            ("sqrq", f"{today:%Y-%m-%d}"),
            ("jzzmlx", c.pick(["房屋租赁合同", "不动产权证书", "单位 住宿 证明"])),
            ("zp", (f"{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(400, 900)))),
            ("zm", ("租赁合同.pdf", "application/pdf", pdf_head(c, c.num(500, 1100)))),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/gat/jzz/sl.html")
        c.add(f, "residence-permit-apply", "POST", "/jzz/api/sl/apply", h, body)
    for _ in range(14):
        q = [("jzzh", c.idcard()), ("xm", c.person()), ("yzm", c.alnum(4))]
        c.add(f, "residence-permit-query", "GET", "/jzz/api/query?" + qs(q, axios), hdr())
    for _ in range(14):
        q = [
            ("ywlx", c.pick(["户口迁移", "居住证 签注", "出生 登记", "户口 注销", "变更 更正"])),
            ("xl", c.pick(["", *MIGRATIONS])),
        ]
        c.add(f, "material-list", "GET", "/hjyw/api/clqd?" + qs(q, axios), hdr(mobile=0.4))


# --- veterans-service ------------------------------------------------------------------------------------

TRAININGS = [
    "电工（低压电工作业）",
    "民用无人机 驾驶员（CAAC 多旋翼 视距内）",
    "健康管理师（三级）",
    "网约车 驾驶员 资格 培训",
    "中式 烹调师（四级）",
    "电子商务 直播 运营",
    "挖掘机 司机（含 特种作业 证）",
]
VET_QUESTIONS = [
    "我 2012 年 入伍、2017 年 退役（自主就业），请问 按 《中华人民共和国退役军人保障法》 规定，参加 公务员 考试 "
    "有 什么 优待？“退役 士兵 专项 岗位” 报名 条件 是 什么？",
    "优待证 申领 提示 “服役 信息 核验 不通过”，退伍证 上 的 入伍 时间 是 “2009.12”，系统 里 是 “2010-01”，怎么 处理？",
    "父亲 是 参战 退役 人员，每月 定期 抚恤 补助 是 多少？2027 年 标准 有无 调整（“三属” 与 “参战” 是否 同时 享受）？",
    "退役 后 一次性 经济 补助 发放 后，档案 转 到 哪里？社保 缴费 年限 （军龄 视同 缴费）如何 衔接？",
]


@family("veterans-service")
def veterans_service(c: Corpus) -> None:
    f = "veterans-service"

    def hdr(ctype: str | None = None, mobile: float = 0.6, referer: str = "") -> dict[str, str]:
        return c.headers(c.browser(mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer or f"{SITE}/tyjrswt/")

    for _ in range(20):
        enlist = c.when() - timedelta(days=c.num(365 * 4, 365 * 40))
        retire = enlist + timedelta(days=c.num(365 * 2, 365 * 16))
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "rwsj": f"{enlist:%Y-%m}",
            "twsj": f"{retire:%Y-%m}",
            "tyzjlx": c.pick(["退伍证", "复员证", "转业证", "退休证"]),
            "tyzjbh": f"{c.pick(['黔', '川', '滇'])}{c.digits(8)}",
            "rylb": c.pick(["退役军人", "退役军人", "其他优抚对象（烈士遗属）"]),
            "sbkh": f"520{c.digits(6)}",
            "lqfs": c.pick(["邮寄", "服务站 领取"]),
            "fwz": f"{c.pick(DISTRICT_NAMES)}退役军人服务站",
        }
        c.add(f, "card-apply", "POST", "/tyjr/api/ydz/apply", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        b = c.browser(0.9)
        ctype, body = c.multipart(
            b,
            [
                ("sfzh", c.idcard()),
                ("lx", "免冠 白底 证件照"),
                ("file", (f"{c.digits(10)}.jpg", "image/jpeg", jpeg(c, c.num(500, 1000)))),
            ],
        )
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/tyjrswt/ydz/photo.html")
        c.add(f, "card-photo", "POST", "/tyjr/api/ydz/photo", h, body)
    for _ in range(16):
        q = [("sfzh", c.idcard()), ("sqbh", f"YDZ{c.when():%Y%m%d}{c.digits(6)}")]
        c.add(f, "card-progress", "GET", "/tyjr/api/ydz/progress?" + qs(q, axios), miniprogram(c))
    for _ in range(16):
        q = [
            ("keyword", c.pick(["", "保安", "驾驶员", "退役军人 优先", "安防 技术", "物流"])),
            ("xzqh", c.pick(list(DISTRICTS))),
            ("xz", c.pick(["", "4000-6000", "6000-8000", "8000以上"])),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "job-list", "GET", "/tyjr/api/jy/jobs?" + qs(q, axios), hdr())
    for _ in range(18):
        doc = {
            "pxxm": c.pick(TRAININGS),
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "xl": c.pick(["高中", "中专", "大专", "本科"]),
            "tysj": f"{c.day(-3000, -30):%Y-%m}",
            "pxdd": c.pick(["贵阳 退役军人 培训 基地（白云区）", "遵义 职业 技术 学院", "线上 + 线下"]),
            "sfzs": c.chance(0.5),
            "bz": c.pick(["", "有 C1 驾照", "已有 低压 电工 证（复审）", "希望 周末 班"]),
        }
        c.add(f, "training-signup", "POST", "/tyjr/api/px/signup", hdr(JSON_CT), js_json(doc))
    for _ in range(16):
        fields = [
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("rwdq", c.pick(DISTRICT_NAMES)),
            ("fybd", c.pick(["陆军", "海军", "空军", "火箭军", "武警"]) + " 某部"),
            ("zgjb", c.pick(["", "上士", "中士", "下士", "上等兵", "二级军士长"])),
            ("jycn", c.pick(["待业", "已 就业", "自主 创业"])),
            ("sjh", c.mobile()),
        ]
        c.add(f, "info-collect", "POST", "/tyjr/api/xxcj/save", hdr(JQ_FORM, 0.4), qs(fields, jq))
    for _ in range(16):
        doc = {
            "zxlx": c.pick(["政策 咨询", "优待证", "就业 创业", "优抚 待遇"]),
            "nr": c.pick(VET_QUESTIONS),
            "xm": c.person(),
            "sjh": c.mobile(),
            "sfgk": c.chance(0.4),
        }
        c.add(f, "policy-consult", "POST", "/tyjr/api/zx/submit", hdr(JSON_CT, 0.5), js_json(doc))
    for _ in range(14):
        q = [
            ("sfzh", c.idcard()),
            ("nd", c.pick(["2026", "2027"])),
            ("dylb", c.pick(["定期抚恤金", "定期生活补助", "参战 补助", "带病回乡 补助"])),
        ]
        c.add(f, "benefit-query", "GET", "/tyjr/api/yf/dycx?" + qs(q, axios), hdr())


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
