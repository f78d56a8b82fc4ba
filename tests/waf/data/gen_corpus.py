# ruff: noqa: E501  (real User-Agent strings and URL shapes are long; wrapping them hides the data)
"""Generate tests/waf/data/zh_legit.jsonl: ordinary traffic of a Chinese government site.

Deterministic (fixed seed): re-running writes the same file. Run from the repo root:
    python tests/waf/data/gen_corpus.py

Shapes come from real 站群 sites (URL patterns of TRS/大汉 JCMS/政府信息公开 platforms, 政民互动 letter
forms, open-data APIs) and real browsers' headers. Nothing here is an attack: every request is
one a citizen, a journalist or a search engine sends every day.
"""

from __future__ import annotations

import json
import random
import urllib.parse
from pathlib import Path

OUT = Path(__file__).with_name("zh_legit.jsonl")
rnd = random.Random(20261127)

Q = urllib.parse.quote

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MicroMessenger/8.0.49.2600(0x2800315A) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Safari/537.36 QIHU 360SE",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.25 Safari/537.36 Core/1.70.3880.400 QQBrowser/10.8.4554.400",
    "Mozilla/5.0 (Linux; U; Android 12; zh-CN; M2012K11AC Build/SKQ1.211006.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/15.5.2.1232 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; PGBM10 Build/TP1A.220905.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 Mobile Safari/537.36 baiduboxapp/13.56.0.10 (Baidu; P1 13)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.95 Safari/537.36 SE 2.X MetaSr 1.0",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
]

QUERIES = [
    "《政府工作报告》全文", "关于“放管服”改革的实施意见", "社保、医保、公积金查询", "2024年（第一批）项目公示",
    "营商环境 优化 措施", "退休金调整 2025年", "新生儿落户需要什么材料？", "公租房申请条件（济南市）",
    "“十四五”规划纲要", "义务教育阶段入学政策解读", "不动产登记：办理流程、所需材料", "医保异地就医备案",
    "住房公积金提取——租房", "居住证办理", "惠企政策 兑现 申报入口", "《中华人民共和国政府信息公开条例》",
    "政府采购 中标公告 2024", "人才引进 补贴 硕士", "“一网通办”APP下载", "老旧小区改造名单（第三批）",
    "城乡居民基本养老保险缴费标准", "机动车限行 规定", "招聘公告：事业单位（综合类）", "企业开办一日办结",
    "垃圾分类 投放时间", "12345热线 工单 查询", "防汛 应急 预案", "疫苗接种点 地址、电话",
    "“双减”政策落实情况", "残疾人两项补贴标准", "个体工商户 注册", "高龄津贴 80周岁以上",
    "政府信息公开年度报告（2023年）", "拆迁补偿标准，征收公告", "食品安全抽检结果。", "中考成绩查询！",
    "户口迁移：投靠子女", "电动自行车 上牌 地点", "环境影响评价 公示", "市长信箱 回复",
    "税务 发票 申领", "人大代表建议 答复", "政协提案办理", "营业执照 年报",
    "出租车 投诉 电话", "学区划分 2024", "采暖费 缴纳 时间", "燃气 安全 检查",
]

COLUMNS = ["tzgg", "zwdt", "bmdt", "zcjd", "zfxxgk", "gsgg", "rsxx", "xwfb", "jrtt", "qxdt"]

LETTER_TITLES = [
    "关于小区物业乱收费的问题", "咨询公租房申请进度", "建议增加公交线路（K52路）", "反映施工噪音扰民",
    "孩子入学学区划分咨询", "对“一网通办”系统的建议", "医保报销比例疑问", "道路积水严重，请尽快处理！",
    "关于《住房公积金管理办法》第十二条的咨询", "感谢12345热线工作人员", "企业补贴何时发放？",
    "老旧小区加装电梯的问题", "路灯不亮已经一个月了", "关于垃圾分类投放点设置的建议",
]

PLACES = ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区"]
ESTATES = ["阳光花园", "幸福里小区", "锦绣城", "龙湖时代天街", "鲁能领秀城", "山大南路宿舍", "舜华园"]

SENTENCES = [
    "我是{place}{estate}的业主，{year}年入住至今。",
    "物业公司自{month}月起将物业费从每平方米1.2元上调至1.8元，但服务质量并没有提高，电梯经常停运、楼道卫生无人打扫。",
    "我们多次向物业反映，对方只说“这是公司规定”，让我们“有意见去找开发商”。",
    "根据《物业管理条例》第七条，收费标准调整应当经业主大会同意，但我们从未参加过任何表决。",
    "请问相关部门能否核实情况，并依法处理？",
    "小区门口的道路（{place}经十路与舜耕路交叉口往南200米）每逢下雨就积水，深度超过30厘米，行人、车辆通行十分困难。",
    "孩子今年6周岁，户籍在{place}，房产证登记时间为{year}年{month}月，想咨询一下应当划入哪所小学？",
    "我在网上看到“济南市2024年义务教育招生入学政策”，但没有找到具体的学区划分表，能否提供链接？",
    "联系电话：0531-{tel}，手机：1{mobile}，邮箱：citizen{num}@163.com。",
    "相关通知见 http://www.jinan.gov.cn/art/{year}/{month}/12/art_1861_{num}.html ，请工作人员查看。",
    "上次的办理结果（工单号：JN{year}{num}）显示“已办结”，但问题实际上并未解决。",
    "我们希望：一、尽快公开收费依据；二、召开业主大会；三、退还多收的费用。",
    "另外，12345热线的工作人员态度很好，耐心解答了我的问题，在此表示感谢！",
    "附件中是现场照片（共3张）和物业出具的收费通知单，请查收。",
    "这个问题已经持续了将近半年……希望领导重视，谢谢！",
    "我单位（{place}某科技有限公司，统一社会信用代码91370100MA3{num}）于{year}年申报了“高新技术企业认定奖励”，至今未到账。",
    "请问：1. 申请公租房需要哪些材料？2. 审核需要多长时间？3. 在哪里可以查询进度？",
    "据新闻报道：“全市将新增公共停车泊位5000个”，但我们小区周边依然一位难求。",
    "电梯（编号：3701{num}）自{month}月{day}日起停运，老人上下楼非常不便，物业称“配件要等厂家”。",
    "以上情况属实，如有不实之处，本人愿意承担相应责任。",
    "她说'明天再来'，可是第二天还是没人处理。",
    "施工单位每天晚上22:00以后还在作业，噪音超过60分贝，严重影响居民休息。",
]


def sentence() -> str:
    return rnd.choice(SENTENCES).format(
        place=rnd.choice(PLACES), estate=rnd.choice(ESTATES), year=rnd.choice([2019, 2021, 2023, 2024]),
        month=rnd.randint(1, 12), day=rnd.randint(1, 28), tel=rnd.randint(80000000, 89999999),
        mobile=rnd.randint(3000000000, 9999999999), num=rnd.randint(100000, 999999),
    )


def letter_text(n: int) -> str:
    return "".join(sentence() for _ in range(n))


def letter(i: int) -> str:
    """A 政民互动 letter: mostly 3-9 sentences, some long ones (20-60), a few pasting a link with a
    query string (政务服务 pages are JSP/ASP with parameters)."""
    n = rnd.randint(20, 60) if rnd.random() < 0.15 else rnd.randint(3, 9)
    text = letter_text(n)
    if i % 20 == 7:  # one letter in twenty
        link = (f"http://zwfw.jinan.gov.cn/jnzwdt/epointzwmhwz/pages/default/index?"
                f"areacode=370100&itemid={rnd.randint(10000, 99999)}")
        text += f"办事页面链接：{link} 打不开。"
    return text


def browser_headers(referer: str | None = None, cookie: bool = True) -> dict[str, str]:
    ua = rnd.choice(UAS)
    h = {
        "User-Agent": ua,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
        "Accept-Language": rnd.choice(["zh-CN,zh;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8",
                                       "zh-CN,zh-TW;q=0.9,zh;q=0.8,en-US;q=0.7,en;q=0.6"]),
        "Accept-Encoding": "gzip, deflate",
    }
    if "spider" not in ua.lower():
        h["Upgrade-Insecure-Requests"] = "1"
        if "Chrome" in ua:
            h["Sec-Fetch-Dest"] = "document"
            h["Sec-Fetch-Mode"] = "navigate"
            h["Sec-Fetch-Site"] = rnd.choice(["none", "same-origin", "cross-site"])
    if referer:
        h["Referer"] = referer
    if cookie and rnd.random() < 0.7:
        parts = [
            f"JSESSIONID={rnd.randbytes(16).hex().upper()}",
            f"Hm_lvt_{rnd.randbytes(16).hex()}={rnd.randint(1700000000, 1730000000)}",
            f"Hm_lpvt_{rnd.randbytes(16).hex()}={rnd.randint(1700000000, 1730000000)}",
            f"_gscu_{rnd.randint(100000000, 999999999)}={rnd.randbytes(10).hex()}t{rnd.randint(10, 99)}",
            "zh_choose=s",
            f"wzws_cid={rnd.randbytes(24).hex()}",
            f"_trs_uv=l{rnd.randbytes(4).hex()}_{rnd.randint(100, 999)}_{rnd.randbytes(4).hex()}",
        ]
        h["Cookie"] = "; ".join(rnd.sample(parts, rnd.randint(2, 5)))
    return h


def search_referer() -> str:
    q = rnd.choice(QUERIES)
    return rnd.choice([
        f"https://www.baidu.com/s?wd={Q(q)}&rsv_spt=1&rsv_iqid=0x{rnd.randbytes(6).hex()}&ie=utf-8",
        f"https://www.so.com/s?q={Q(q)}&src=srp&fr=none",
        f"https://cn.bing.com/search?q={Q(q)}&form=QBLH",
        f"https://www.sogou.com/web?query={Q(q)}",
    ])


def gen() -> list[dict]:
    out: list[dict] = []

    def add(label: str, method: str, path: str, headers: dict, body: str | None = None) -> None:
        d = {"label": label, "method": method, "path": path, "headers": headers}
        if body is not None:
            d["body"] = body
        out.append(d)

    # Site search with Chinese punctuation (several search engines' parameter styles).
    for q in QUERIES:
        style = rnd.randint(0, 3)
        if style == 0:
            path = f"/search?q={Q(q)}&page={rnd.randint(1, 5)}"
        elif style == 1:
            path = f"/was5/web/search?channelid={rnd.randint(100000, 299999)}&searchword={Q(q)}&perpage=15"
        elif style == 2:
            path = f"/jsearchfront/search.do?websiteid=370100000000000&searchid=12&pg=&p={rnd.randint(1, 3)}&tpl=2&q={Q(q)}&pos=title,content&sortType=1"
        else:
            path = f"/s?wd={Q(q)}&sort=time&timeRange=1y"
        add("search", "GET", path, browser_headers(referer="https://www.jinan.gov.cn/"))
    for q in rnd.sample(QUERIES, 24):
        q2 = q + "，" + rnd.choice(QUERIES)
        add("search", "GET", f"/search?q={Q(q2)}&type=all&page=1", browser_headers())

    # Column pages, articles and 政府信息公开 pages, with pagination.
    for _ in range(70):
        kind = rnd.randint(0, 5)
        if kind == 0:
            path = f"/col/col{rnd.randint(1000, 99999)}/index.html?uid={rnd.randint(10000, 99999)}&pageNum={rnd.randint(1, 40)}"
        elif kind == 1:
            path = f"/art/{rnd.choice([2023, 2024, 2025])}/{rnd.randint(1, 12)}/{rnd.randint(1, 28)}/art_{rnd.randint(100, 9999)}_{rnd.randint(100000, 9999999)}.html"
        elif kind == 2:
            path = f"/gkmlpt/content/{rnd.randint(0, 9)}/{rnd.randint(100, 999)}/post_{rnd.randint(100000, 9999999)}.html"
        elif kind == 3:
            path = f"/{rnd.choice(COLUMNS)}/index_{rnd.randint(1, 30)}.html"
        elif kind == 4:
            path = f"/info/{rnd.randint(1000, 9999)}/{rnd.randint(1000, 99999)}.htm"
        else:
            y, m = rnd.choice([2023, 2024, 2025]), rnd.randint(1, 12)
            path = f"/{rnd.choice(COLUMNS)}/{y}{m:02d}/t{y}{m:02d}{rnd.randint(1, 28):02d}_{rnd.randint(1000000, 9999999)}.shtml"
        ref = search_referer() if rnd.random() < 0.4 else "https://www.jinan.gov.cn/"
        add("column", "GET", path, browser_headers(referer=ref))

    # Attachment downloads: Chinese file names, several URL styles.
    names = ["附件1：申请表", "公示名单（第二批）", "《实施细则》全文", "2024年度预算公开表", "政府信息公开申请表",
             "企业补贴申报指南", "承诺书（模板）", "项目汇总表-最终版", "关于印发“十四五”规划的通知"]
    for _ in range(50):
        name = rnd.choice(names) + rnd.choice([".pdf", ".docx", ".xlsx", ".doc", ".xls", ".zip"])
        style = rnd.randint(0, 3)
        if style == 0:
            path = f"/attach/{rnd.randint(2023, 2025)}/{rnd.randint(1, 12):02d}/{Q(name)}"
        elif style == 1:
            path = f"/module/download/downfile.jsp?classid=0&filename={rnd.randbytes(8).hex()}{name[name.rindex('.'):]}&showname={Q(name)}"
        elif style == 2:
            path = f"/uploads/{rnd.randint(20230101, 20251231)}/{rnd.randbytes(10).hex()}{name[name.rindex('.'):]}"
        else:
            path = f"/picture/0/{rnd.randbytes(16).hex()}.{rnd.choice(['jpg', 'png'])}"
        h = browser_headers(referer=f"https://www.jinan.gov.cn/art/2024/6/12/art_1861_{rnd.randint(100000, 999999)}.html")
        h["Accept"] = "*/*"
        add("download", "GET", path, h)

    # Open-data JSON APIs: GET with Chinese filters, POST JSON queries.
    catalogs = ["交通出行", "教育科研", "医疗卫生", "社会保障", "生态环境", "企业登记", "文化旅游"]
    for _ in range(35):
        h = {"User-Agent": rnd.choice(UAS), "Accept": "application/json, text/plain, */*",
             "Accept-Language": "zh-CN,zh;q=0.9", "X-Requested-With": "XMLHttpRequest",
             "Referer": "https://data.jinan.gov.cn/odweb/catalog/index.htm"}
        if rnd.random() < 0.5:
            path = (f"/api/open/dataset?catalog={Q(rnd.choice(catalogs))}&keyword={Q(rnd.choice(QUERIES))}"
                    f"&page={rnd.randint(1, 20)}&size={rnd.choice([10, 20, 50])}&sort=updateTime,desc")
            add("api", "GET", path, h)
        else:
            body = json.dumps({
                "keyword": rnd.choice(QUERIES), "catalog": rnd.choice(catalogs),
                "filters": {"区县": rnd.choice(PLACES), "更新频率": rnd.choice(["每日", "每月", "每季度"])},
                "page": rnd.randint(1, 10), "size": 20, "fields": ["名称", "地址", "联系电话（工作日）"],
            }, ensure_ascii=False)
            h["Content-Type"] = "application/json;charset=UTF-8"
            h["Origin"] = "https://data.jinan.gov.cn"
            add("api", "POST", "/api/open/query", h, body)

    # 政民互动: citizen letters, long Chinese text with quotes, phone numbers and links.
    for i in range(70):
        fields = {
            "title": rnd.choice(LETTER_TITLES),
            "content": letter(i),
            "name": rnd.choice(["张先生", "李女士", "王**", "刘", "匿名"]),
            "phone": f"1{rnd.randint(3000000000, 9999999999)}",
            "email": f"citizen{rnd.randint(1, 9999)}@{rnd.choice(['163.com', 'qq.com', 'sina.com'])}",
            "type": rnd.choice(["咨询", "投诉", "建议", "求助", "表扬"]),
            "isPublic": rnd.choice(["1", "0"]),
            "captcha": f"{rnd.randint(1000, 9999)}",
        }
        h = browser_headers(referer="https://www.jinan.gov.cn/hudong/letter/write.html")
        h["Origin"] = "https://www.jinan.gov.cn"
        if i % 5 == 4:
            boundary = f"----WebKitFormBoundary{rnd.randbytes(8).hex()}"
            parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                     for k, v in fields.items()]
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="attach"; '
                         f'filename="现场照片{rnd.randint(1, 9)}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
                         f"JFIF-placeholder-{rnd.randbytes(24).hex()}\r\n")
            body = "".join(parts) + f"--{boundary}--\r\n"
            h["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        else:
            body = urllib.parse.urlencode(fields)
            h["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        add("letter", "POST", rnd.choice(["/hudong/letter/submit", "/zmhd/xxgk/save.do", "/interact/mailbox/add"]), h, body)

    # Satisfaction ratings and comment boxes (JSON), survey answers (form).
    for _ in range(25):
        body = json.dumps({"articleId": rnd.randint(100000, 999999), "score": rnd.randint(1, 5),
                           "comment": letter_text(1), "contact": f"0531-{rnd.randint(80000000, 89999999)}"},
                          ensure_ascii=False)
        h = {"User-Agent": rnd.choice(UAS), "Accept": "application/json", "Content-Type": "application/json",
             "Referer": "https://www.jinan.gov.cn/art/2024/6/12/art_1861_1.html"}
        add("feedback", "POST", "/api/feedback", h, body)
    for _ in range(20):
        answers = {f"q{i}": rnd.choice(["满意", "基本满意", "不满意", "非常满意（办理迅速）"]) for i in range(1, 8)}
        answers["suggest"] = letter_text(1)
        h = browser_headers(referer="https://www.jinan.gov.cn/survey/2024.html")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        add("survey", "POST", "/survey/submit", h, urllib.parse.urlencode(answers))

    # 政务服务 pages of the service platform (JSP, many parameters).
    for _ in range(20):
        path = (f"/epointzwmhwz/pages/legal/legalwork_detail?taskguid={rnd.randbytes(16).hex()}"
                f"&ouguid={rnd.randbytes(8).hex()}&areacode=370100&name={Q(rnd.choice(QUERIES))}")
        add("service", "GET", path, browser_headers())
    return out


def main() -> None:
    rows = gen()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} requests -> {OUT}")


if __name__ == "__main__":
    main()
