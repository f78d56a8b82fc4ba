"""Generate corpus J: a TENTH set of ordinary requests to Chinese government sites, independent of A-I.

    python tests/waf/data/gen_cms_corpus_j.py   # writes cms_j_tuning.jsonl and cms_j_heldout.jsonl next to it

Why a tenth corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
J measures the WAF's false positives on traffic no tuning round has seen. A-I cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, 国密
forms, gateways, reports, probes, registries, assistants, workflow, ETL, mirrors, logs, alerts and devices.
Corpus J covers what a provincial government cloud also carries and none of them has: WebRTC signalling of
政务 直播 and 视频帮办/网上听证 rooms (SRS /rtc/v1 play and publish with SDP offers in JSON, WHIP/WHEP with
application/sdp bodies, SRS HTTP hooks and API, OpenVidu sessions); 电子签章 platforms (e签宝 V3 callbacks
signed HMAC-SHA256, 法大大 FASC callbacks, 验章 uploads, 签署 links, OA 用印申请); message buses of the 数据
共享 exchange (Kafka REST Proxy v2/v3, EMQX publish, webhooks and HTTP auth, RabbitMQ management publish);
DevOps webhooks of the cloud's own GitLab/Gitea/Jenkins/SonarQube (commit messages, pipeline payloads,
HMAC signatures); 统计 联网直报 (enterprises' 报表 with 指标 codes, 审核 formulas and 说明 prose);
投资项目在线审批监管 and 工程建设项目审批 (项目代码, 备案, 月报, 施工许可); OCR services of the 政务 中台
(PaddleOCR/PaddleX serving with base64 images, 百度-style forms, PP-Structure tables); SMS delivery
reports and replies pushed by 阿里云, 腾讯云, 华为云 and 短信网关; 政府采购 电子卖场 (goods with
specification strings, carts, orders, 询价, 验收); OpenStack APIs of the 政务云 tenants (Keystone, Nova with
cloud-init user_data, Neutron rules, Cinder, Glance, Gnocchi aggregates); and 12315 consumer complaints
(投诉, 举报, ODR 和解, evidence uploads). ``SOURCES`` names the public material each family's URLs,
parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces. Where a protocol signs or has check digits (e签宝 and 法大大
signatures, Gitea/SonarQube HMACs, GitLab tokens, SRS hook tokens, Basic credentials, 身份证/统一社会信用代码
check characters, order totals) the generator does it for real with the fixed test keys below, so the fast
tests can check the requests the way the receiving servers would.

Each request is one JSONL record as in corpora A-I (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-j/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on J was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-j/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-j/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_i as corpus_i
from tests.waf.data.corpus_kit import (
    HOST,
    SITE,
    HashSplit,
    SourceTagged,
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
    uri,
)
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and helpers
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
from tests.waf.data.gen_cms_corpus_h import md5_hex
from tests.waf.data.gen_cms_corpus_i import basic

TUNING_FILE, HELD_OUT_FILE = part_files("j")
SEED = 20280321
SALT = "corpus-j/"

SOURCES = {
    "webrtc-signaling": "SRS (Simple Realtime Server) 5/6 WebRTC API (POST /rtc/v1/play/ and /rtc/v1/publish/ with "
    "{api, tid, streamurl webrtc://, clientip, sdp} from srs.sdk.js), WHIP (RFC 9725) and WHEP ingest/egress "
    "(POST application/sdp, Bearer token; SRS /rtc/v1/whip/?app=&stream=, OBS Studio 30 WHIP output), SDP as "
    "RFC 8866/JSEP offers of Chrome and Firefox (BUNDLE, ice-ufrag/pwd, sha-256 fingerprint, extmap, rtpmap, "
    "fmtp, ssrc), SRS HTTP callbacks (http_hooks on_publish/on_play/on_stop/on_dvr JSON with param tokens), SRS "
    "HTTP API /api/v1/streams and clients, OpenVidu 2 REST API (sessions, connection with role and data) as 政务 "
    "直播, 视频帮办 and 网上听证 rooms use them",
    "e-signature": "e签宝 开放平台 V3 签署回调通知 (X-Tsign-Open-App-Id, X-Tsign-Open-TIMESTAMP, "
    "X-Tsign-Open-SIGNATURE = HMAC-SHA256(timestamp + sorted query values + body), actions SIGN_MISSON_COMPLETE, "
    "SIGN_FLOW_COMPLETE, SIGN_SEAL_EXAMINE_REJECTED, FILE_ASYNC_VERIFY_RESULT with signInfos/cert), 法大大 FASC "
    "5.0 回调 (X-FASC-App-Id, X-FASC-Sign-Type, X-FASC-Sign, X-FASC-Timestamp, X-FASC-Nonce, X-FASC-Event, "
    "bizContent form field), GB/T 38540-2020 安全电子签章 验章 pages (PDF/OFD uploads), 签署 H5 links with "
    "redirectUrl, 机关 OA 用印申请 (印章名称, 用印事由, 份数, 附件)",
    "message-bus": "Confluent Kafka REST Proxy API v2 (POST /topics/{t} with application/vnd.kafka.json.v2+json and "
    "vnd.kafka.binary.v2+json records {key, value, partition}, consumer instances, records with Accept) and v3 "
    "(/v3/clusters/{id}/topics/{t}/records), EMQX 5 HTTP API (POST /api/v5/publish and publish/bulk with "
    "topic, qos, payload, payload_encoding, retain; API key Basic auth), EMQX webhook data bridge events "
    "(message.publish, client.connected) and HTTP authentication requests, RabbitMQ management HTTP API "
    "(POST /api/exchanges/{vhost}/{exchange}/publish with properties, routing_key, payload, payload_encoding) as "
    "省 数据共享交换 and 城市运行 事件总线 carry 政务 events",
    "devops-webhook": "GitLab webhook events (Push Hook, Merge Request Hook, Pipeline Hook; X-Gitlab-Event, "
    "X-Gitlab-Token, X-Gitlab-Instance, X-Gitlab-Event-UUID; object_kind, before/after/checkout_sha, commits with "
    "message, added/modified/removed, total_commits_count), Gitea webhooks (X-Gitea-Event, X-Gitea-Delivery, "
    "X-Gitea-Signature and X-Hub-Signature-256 = HMAC-SHA256 of the body), Jenkins Generic Webhook Trigger "
    "(/generic-webhook-trigger/invoke?token=) and buildWithParameters with Jenkins-Crumb, SonarQube webhooks "
    "(X-Sonar-Webhook-HMAC-SHA256, qualityGate conditions) of the 政务云's own code hosting and CI",
    "stats-direct-report": "国家统计局 联网直报平台 (一套表) 企业填报: 报表目录 by 报告期, 101-1表 法人单位基本情况, "
    "B204-1表 工业产销总值及主要产品产量, B103-1 财务状况, E204-1 建筑业, F204-1 批发零售业 商品销售 指标 "
    "codes and 计量单位 (千元, 吨, 平方米), 审核 (强制性/核实性 审核公式 such as [01]>=[02], 与上年同期比 "
    "增速 beyond ±30%), 审核说明 prose, Excel 导入 uploads, 数据上报 with 单位负责人, 统计负责人, 填表人 "
    "and 报出日期; 《统计法》 and 《统计调查项目管理办法》",
    "project-approval": "全国投资项目在线审批监管平台 (项目代码 YYYY-XXXXXX-XX-XX-XXXXXX: 赋码年份, 行政区划, "
    "国民经济行业, 项目类型 01 审批 02 核准 03 备案, 流水号; 《固定资产投资项目代码管理规范》 and GB/T 40058-2021), "
    "企业投资项目备案 (项目名称, 建设地点, 建设规模及内容, 总投资 万元 and 资金来源, 项目法人 统一社会信用代码), "
    "项目建设 月报 (完成投资, 形象进度), 项目公示 search, 工程建设项目审批管理系统 施工许可 申请 (建设工程规划许可证 "
    "建字第…号, 施工图审查合格书, 合同价, 建筑面积), 部门 审查意见, PDF 附件",
    "ocr-recognition": "PaddleOCR PaddleHub Serving (POST /predict/ocr_system and /predict/structure_table with "
    "{images: [base64]}), PaddleX basic serving (/ocr with file base64, fileType, useDocOrientationClassify), 百度 "
    "AI 开放平台 OCR API forms (image=base64 urlencoded, id_card_side=front|back, detect_risk; business_license, "
    "vat_invoice) as 政务 中台 OCR services expose them, browsers' multipart photo uploads, and users' confirmed "
    "fields (姓名, 公民身份号码, 住址, 有效期限) after 证照 recognition",
    "sms-report": "阿里云 短信服务 SmsReport and SmsUp HTTP 批量推送 (JSON arrays: phone_number, send_time, "
    "report_time, "
    "success, err_code DELIVERED, err_msg, sms_size, biz_id, out_id; content, sign_name, dest_code, sequence_id), "
    "腾讯云 短信 回调 (状态回执 user_receive_time, nationcode, mobile, report_status, errmsg, description, sid; "
    "短信回复 text, sign, extend, time), 华为云 消息&短信 状态报告 (form: smsMsgId, status, updateTime, "
    "orgCode, total, sequence), CMPP 短信网关 HTTP 状态报告 (msgid, mobile, stat DELIVRD/UNDELIV, donetime) as "
    "政务 短信平台 receive them",
    "gov-mall": "政府采购 电子卖场 / 网上超市 (协议供货, 框架协议 采购 under 《政府采购框架协议采购方式管理暂行办法》; "
    "政府采购品目分类目录 A02010104 台式计算机 etc.): 商品搜索 with specification strings (i5-1335U/16G/512G SSD/"
    '14"), 商品详情, 购物车, 采购单 with 预算项目编号 and 单位 统一社会信用代码, 比价, 在线询价/竞价 requirement '
    "prose (≥, ≤, %), 履约验收单, 发票 uploads",
    "openstack-api": "OpenStack APIs as 政务云 tenants and their automation call them (华为云Stack, 浪潮云 "
    "and other OpenStack-based 政务云): Keystone v3 /auth/tokens (password and application_credential), Nova "
    "2.1 (servers/detail filters, POST servers with user_data base64 cloud-init, server actions os-start, reboot, "
    "createImage, os-getConsoleOutput; X-OpenStack-Nova-API-Version), Neutron security-group-rules and ports, "
    "Cinder v3 volumes, Glance v2 images filters (in:, sort), Gnocchi aggregates with operations expressions; "
    "openstacksdk/keystoneauth1 and python-openstackclient User-Agents, Fernet X-Auth-Token",
    "consumer-complaint": "全国12315平台 (消费者 投诉 and 举报: 被投诉方 名称/统一社会信用代码/地址, 购买时间, "
    "商品或服务 "
    "名称, 金额, 订单号, 投诉 问题 and 诉求 prose, 证据 photo uploads, 处理进度 查询 by 登记号, 在线消费纠纷解决 "
    "ODR 企业 和解 replies), 《市场监督管理投诉举报处理暂行办法》 and 《消费者权益保护法》 (七日无理由退货, 三倍 "
    "赔偿), 放心消费 承诺 单位 search",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: I's (and so H's, G's and F's), recording J's sources ---------------------------------


class Corpus(SourceTagged, corpus_i.Corpus):
    """I's corpus (values, browsers, header order); requests are tagged with J's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)


def hmac_hex(secret: str, text: str) -> str:
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


# --- webrtc-signaling -----------------------------------------------------------------------------------

SRS_HOOK_KEY = "srs-hook-2027-key"
WHIP_TOKENS = ["zb-ob5Qk2Lp8Vx3Rt7Nm", "hy-Wd4Gs9Jc1Fz6Kq2Tb"]
OPENVIDU_SECRET = "OV-gz-2027-secret"
STREAMS = ["zfcwh-2027", "xwfbh", "rdzx-hy", "tingzheng-01", "spbb-room", "zhengce-jiedu", "rmzx-live"]
RTC_ROOMS = ["视频帮办-社保", "网上听证会（第3场）", "远程评标-2027-015", "领导接访 视频", "不动产 视频核验"]


def sdp_offer(c: Corpus, direction: str, video: bool = True, firefox: bool = False) -> str:
    """An offer as RTCPeerConnection.createOffer writes it: CRLF lines, BUNDLE, ICE and DTLS attributes."""
    mids = ["0", "1"] if video else ["0"]
    ufrag = c.alnum(4 if not firefox else 8)
    pwd = c.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    fingerprint = ":".join(c.hexs(1).upper() for _ in range(32))
    stream, track = c.uid(), c.uid()
    origin = "mozilla...THIS_IS_SDPARTA-99.0" if firefox else "-"
    lines = [
        "v=0",
        f"o={origin} {c.num(10**17, 9 * 10**18)} {2 if not firefox else 0} IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        f"a=group:BUNDLE {' '.join(mids)}",
        "a=extmap-allow-mixed",
        "a=msid-semantic: WMS" + (f" {stream}" if direction != "recvonly" else ""),
    ]
    media = [("audio", "111 63 9 0 8 13 110 126")]
    if video:
        media.append(("video", "96 97 102 103 104 105 106 107 108 109 127 125 39 40 45 46"))
    for mid, (kind, pts) in enumerate(media):
        lines += [
            f"m={kind} 9 UDP/TLS/RTP/SAVPF {pts}",
            "c=IN IP4 0.0.0.0",
            "a=rtcp:9 IN IP4 0.0.0.0",
            f"a=ice-ufrag:{ufrag}",
            f"a=ice-pwd:{pwd}",
            "a=ice-options:trickle",
            f"a=fingerprint:sha-256 {fingerprint}",
            "a=setup:actpass",
            f"a=mid:{mid}",
            "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level"
            if kind == "audio"
            else "a=extmap:14 urn:ietf:params:rtp-hdrext:toffset",
            "a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time",
            "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
            "a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid",
            f"a={direction}",
        ]
        if direction != "recvonly":
            lines.append(f"a=msid:{stream} {track if kind == 'video' else c.uid()}")
        lines += ["a=rtcp-mux", "a=rtcp-rsize"]
        if kind == "audio":
            lines += [
                "a=rtpmap:111 opus/48000/2",
                "a=rtcp-fb:111 transport-cc",
                "a=fmtp:111 minptime=10;useinbandfec=1",
                "a=rtpmap:63 red/48000/2",
                "a=fmtp:63 111/111",
                "a=rtpmap:9 G722/8000",
                "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:8 PCMA/8000",
                "a=rtpmap:13 CN/8000",
                "a=rtpmap:110 telephone-event/48000",
                "a=rtpmap:126 telephone-event/8000",
            ]
        else:
            lines += [
                "a=rtpmap:96 VP8/90000",
                "a=rtcp-fb:96 goog-remb",
                "a=rtcp-fb:96 transport-cc",
                "a=rtcp-fb:96 ccm fir",
                "a=rtcp-fb:96 nack",
                "a=rtcp-fb:96 nack pli",
                "a=rtpmap:97 rtx/90000",
                "a=fmtp:97 apt=96",
                "a=rtpmap:102 H264/90000",
                "a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f",
                "a=rtpmap:103 rtx/90000",
                "a=fmtp:103 apt=102",
                "a=rtpmap:127 H264/90000",
                "a=fmtp:127 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f",
                "a=rtpmap:39 AV1/90000",
                "a=fmtp:39 level-idx=5;profile=0;tier=0",
            ]
        if direction != "recvonly":
            ssrc = c.num(10**8, 4 * 10**9)
            lines.append(f"a=ssrc:{ssrc} cname:{c.alnum(16)}")
    return "\r\n".join(lines) + "\r\n"


def srs_token(app: str, stream: str, expire: int) -> str:
    return md5_hex(f"{app}/{stream}-{expire}-{SRS_HOOK_KEY}")


@family("webrtc-signaling")
def webrtc_signaling(c: Corpus) -> None:
    f = "webrtc-signaling"
    player = f"{SITE}/zhibo/index.html"
    for _ in range(26):  # srs.sdk.js SrsRtcPlayerAsync: the live page plays a stream
        b = c.browser(0.5)
        stream = c.pick(STREAMS)
        api = f"{SITE}/rtc/v1/play/"
        doc = {
            "api": api,
            "tid": c.hexs(4)[:7],
            "streamurl": f"webrtc://{HOST}/live/{stream}" + c.pick(["", "?vhost=zb", f"?token={c.hexs(8)}"]),
            "clientip": None,
            "sdp": sdp_offer(c, "recvonly", video=True, firefox=b.engine == "firefox"),
        }
        h = c.headers(b, accept="*/*", ctype="application/json", referer=player)
        c.add(f, "srs-play", "POST", "/rtc/v1/play/", h, js_json(doc))
    for _ in range(16):  # the 导播 console publishes the camera (sendonly)
        b = c.browser(0.0)
        stream = c.pick(STREAMS)
        expire = c.ts() + 7200
        doc = {
            "api": f"{SITE}/rtc/v1/publish/",
            "tid": c.hexs(4)[:7],
            "streamurl": f"webrtc://{HOST}/live/{stream}?expire={expire}&token={srs_token('live', stream, expire)}",
            "clientip": None,
            "sdp": sdp_offer(c, "sendonly", video=True, firefox=b.engine == "firefox"),
        }
        h = c.headers(b, accept="*/*", ctype="application/json", referer=f"{SITE}/zhibo/admin/push.html")
        c.add(f, "srs-publish", "POST", "/rtc/v1/publish/", h, js_json(doc))
    for _ in range(16):  # OBS Studio's WHIP output
        stream = c.pick(STREAMS)
        h = {
            "User-Agent": f"Mozilla/5.0 (OBS-Studio/{c.pick(['30.1.2', '30.2.3', '31.0.0'])}; Windows x86_64; zh-CN)",
            "Accept": "*/*",
            "Content-Type": "application/sdp",
            "Authorization": "Bearer " + c.pick(WHIP_TOKENS),
        }
        c.add(f, "whip-publish", "POST", f"/rtc/v1/whip/?app=live&stream={stream}", h, sdp_offer(c, "sendonly"))
    for _ in range(22):  # WHEP players (srs-player, the 大屏 pages)
        b = c.browser(0.3)
        stream = c.pick(STREAMS)
        h = c.headers(b, accept="application/sdp", ctype="application/sdp", referer=player)
        path = f"/rtc/v1/whep/?app=live&stream={stream}" + c.pick(["", "&eip=" + c.pick(["10.20.1.15", "172.16.8.3"])])
        c.add(f, "whep-play", "POST", path, h, sdp_offer(c, "recvonly", video=c.chance(0.85)))
    for _ in range(26):  # SRS http_hooks to the business back end
        stream, action = c.pick(STREAMS), c.pick(["on_publish", "on_play", "on_stop", "on_unpublish", "on_dvr"])
        expire = c.ts() + 3600
        doc = {
            "server_id": f"vid-{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
            "service_id": c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "action": action,
            "client_id": c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "ip": c.pick(["10.20.3.", "172.16.9.", "192.168.10."]) + str(c.num(2, 250)),
            "vhost": "__defaultVhost__",
            "app": "live",
            "tcUrl": f"webrtc://{HOST}/live",
            "stream": stream,
            "param": f"?expire={expire}&token={srs_token('live', stream, expire)}",
            "stream_url": f"/live/{stream}",
            "stream_id": f"vid-{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
        }
        if action == "on_play":
            doc["pageUrl"] = player + "?id=" + str(c.num(100, 999))
        if action == "on_dvr":
            doc["cwd"] = "/usr/local/srs"
            doc["file"] = f"./objs/nginx/html/live/{stream}.{c.when():%Y%m%d%H%M%S}.flv"
        h = tool_headers(f"SRS/{c.pick(['5.0.213(Bee)', '6.0.155(Hang)'])}", extra={"Content-Type": "application/json"})
        c.add(f, "srs-hook", "POST", f"/api/live/hooks/{action}", h, js_json(doc))
    for _ in range(18):  # the srs-console polls the HTTP API
        path = c.pick(
            [
                f"/api/v1/streams/?start=0&count={c.pick([10, 20, 100])}",
                f"/api/v1/clients/?start={c.pick([0, 10])}&count=10",
                "/api/v1/summaries",
                f"/api/v1/streams/vid-{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
                "/api/v1/vhosts/",
            ]
        )
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, referer=f"{SITE}/console/ng_index.html", cookie=False)
        h["Authorization"] = basic("admin", "Srs@console2027")
        c.add(f, "srs-api", "GET", path, h)
    for _ in range(20):  # OpenVidu: the room server creates sessions and connections
        room = c.pick(RTC_ROOMS)
        sid = f"hy{c.when():%Y%m%d}{c.num(1000, 9999)}"
        h = tool_headers("Java-http-client/17.0.10", accept="application/json")
        h["Authorization"] = basic("OPENVIDUAPP", OPENVIDU_SECRET)
        h["Content-Type"] = "application/json"
        if c.chance(0.4):
            doc = {"customSessionId": sid, "mediaMode": "ROUTED", "recordingMode": "MANUAL", "forcedVideoCodec": "VP8"}
            c.add(f, "openvidu-session", "POST", "/openvidu/api/sessions", h, js_json(doc))
        else:
            data = {"name": c.person(), "room": room, "role": c.pick(["主持人", "申请人", "听证员", "旁听"])}
            doc = {
                "type": "WEBRTC",
                "data": js_json(data),
                "record": c.chance(0.5),
                "role": c.pick(["PUBLISHER", "SUBSCRIBER", "MODERATOR"]),
                "kurentoOptions": {"allowedFilters": ["GStreamerFilter", "FaceOverlayFilter"]},
            }
            c.add(f, "openvidu-session", "POST", f"/openvidu/api/sessions/{sid}/connection", h, js_json(doc))


# --- e-signature ----------------------------------------------------------------------------------------

ESIGN_APPS = {"7439012658": "a3f9c2e17b5d4068b2c4e6f8a0d1c3e5", "7439015521": "5e7c9a1b3d2f40686a8c0e2b4d6f8a1c"}
FASC_APP = ("80001356", "Fa9cK2mQ7xP4tR8w")
SEALS = [
    "贵州省人民政府办公厅（公章）",
    "XX市大数据发展管理局合同专用章",
    "法定代表人名章",
    "财务专用章",
    "XX县行政审批局业务专用章",
]
REJECT_REASONS = [
    "用印文件与审批单不一致：合同第 3.2 条“付款比例 30%”与OA审批稿（40%）不符，请核实后重新发起。",
    "附件《保密协议》未加盖骑缝章位置，请调整签章位置后再提交。",
    "经办人未上传“三重一大”集体决策会议纪要（2027年第5次），按《印章管理办法》第十二条暂不予用印。",
    "合同金额 > 50 万元，须经分管领导审批；当前流程缺少分管领导节点。",
]
SEAL_REASONS = [
    "与贵州XX科技有限公司签订《政务云资源服务合同（2027-2029年）》，合同金额 1,286,000.00 元",
    "报送《关于2027年第一季度“一网通办”工作情况的报告》（黔数发〔2027〕18号）",
    "出具《政府信息公开申请答复书》（依申请公开〔2027〕第0315号）",
    "开具在职证明（用于办理 住房公积金 贷款）",
    "签订《数据共享交换协议》及附件“数据目录清单（V2.1）”",
]


def esign_sign(secret: str, ts: str, query: dict[str, str], body: str) -> str:
    return hmac_hex(secret, ts + "".join(v for _, v in sorted(query.items())) + body)


def fasc_sign(secret: str, params: dict[str, str]) -> str:
    sign_text = sha256_text("&".join(f"{k}={v}" for k, v in sorted(params.items())))
    signing_key = hmac_hex(secret, params["X-FASC-Timestamp"])
    return hmac_hex(signing_key, sign_text)


@family("e-signature")
def e_signature(c: Corpus) -> None:
    f = "e-signature"

    def esign_push(shape: str, doc: dict) -> None:
        app = c.pick(list(ESIGN_APPS))
        ts = str(c.ms())
        query = {} if c.chance(0.5) else {"bizType": c.pick(["contract", "yysq", "zwfw"]), "orgCode": "520000"}
        body = js_json(doc)
        h = {
            "X-Tsign-Open-App-Id": app,
            "X-Tsign-Open-SIGNATURE": esign_sign(ESIGN_APPS[app], ts, query, body),
            "X-Tsign-Open-TIMESTAMP": ts,
            "X-Tsign-Open-SIGNATURE-ALGORITHM": "hmac-sha256",
            "Content-Type": "application/json;charset=UTF-8",
            "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_332)",
            "Accept-Encoding": "gzip,deflate",
        }
        path = "/esign/notify/v3" + (("?" + urllib.parse.urlencode(query)) if query else "")
        c.add(f, shape, "POST", path, h, body)

    def operator() -> dict:
        return {"psnId": c.hexs(16), "psnAccount": {"accountMobile": c.masked_mobile()}}

    for _ in range(22):
        esign_push(
            "esign-sign-complete",
            {
                "action": "SIGN_MISSON_COMPLETE",
                "timestamp": c.ms(),
                "signFlowId": c.hexs(16),
                "customBizNum": f"HT{c.when():%Y%m%d}{c.digits(4)}",
                "signOrder": c.num(1, 3),
                "operateTime": c.ms(),
                "signResult": c.pick([2, 2, 2, 4]),
                "resultDescription": c.pick(["签署完成", "拒签：合同第5条有误，请修改后重新发起"]),
                "operator": operator(),
                "organization": {"orgId": c.hexs(16), "orgName": company(c)},
            },
        )
    for _ in range(18):
        status = c.pick([2, 2, 3, 5, 7])
        esign_push(
            "esign-flow-finish",
            {
                "action": "SIGN_FLOW_COMPLETE",
                "timestamp": c.ms(),
                "signFlowId": c.hexs(16),
                "signFlowTitle": c.pick(
                    ["政务云资源服务合同（2027-2029年）", "数据共享交换协议", "“一网通办”运维服务合同", "劳动合同-张三"]
                ),
                "signFlowStatus": status,
                "statusDescription": {2: "完成", 3: "撤销", 5: "过期", 7: "拒签"}[status],
                "signFlowCreateTime": c.ms(),
                "signFlowFinishTime": c.ms(),
            },
        )
    for _ in range(16):
        esign_push(
            "esign-seal-reject",
            {
                "action": "SIGN_SEAL_EXAMINE_REJECTED",
                "timestamp": c.ms(),
                "signFlowId": c.hexs(16),
                "signOrder": 1,
                "rejectTime": c.ms(),
                "rejectDescription": c.pick(REJECT_REASONS),
                "rejecter": operator(),
                "operator": operator(),
                "organization": {"orgId": c.hexs(16), "orgName": c.pick(DEPTS)},
            },
        )
    for _ in range(14):
        ok = c.chance(0.8)
        infos = [
            {
                "cert": {
                    "certOwner": c.pick([company(c), "贵州省" + c.pick(DEPTS)]),
                    "certSN": c.digits(18),
                    "effectiveTime": f"{c.when() - timedelta(days=400):%Y-%m-%d %H:%M:%S}",
                    "expireTime": f"{c.when() + timedelta(days=700):%Y-%m-%d %H:%M:%S}",
                    "issuerCN": c.pick(["GZCA SM2 CA", "eSign OCA", "CFCA SM2 OCA1"]),
                },
                "signature": {"modify": not ok, "signTimeSource": "tsa", "signTime": f"{c.when():%Y-%m-%d %H:%M:%S}"},
            }
            for _ in range(c.num(1, 3))
        ]
        doc = {
            "action": "FILE_ASYNC_VERIFY_RESULT",
            "timestamp": c.ms(),
            "fileId": c.hexs(16),
            "verifyTaskId": c.hexs(15),
            "status": 2 if ok else 1,
            "signInfos": infos,
        }
        if not ok:
            doc["failReason"] = "文件内容或签名已被篡改（签名值与摘要不匹配）"
        esign_push("esign-verify-result", doc)
    for _ in range(18):  # 法大大 FASC: bizContent as a form field, signed headers
        ts, nonce = str(c.ms()), c.hexs(16)
        event = c.pick(["sign-task-signed", "sign-task-finished", "sign-task-canceled", "personal-authorize"])
        biz = {
            "signTaskId": c.digits(19),
            "transReferenceId": f"GZ-{c.when():%Y%m%d}-{c.digits(5)}",
            "signTaskStatus": c.pick(["task_finished", "sign_progress", "task_terminated"]),
            "actorId": c.pick(["甲方", "乙方", "丙方（担保人）"]),
            "eventTime": ts,
        }
        content = js_json(biz)
        params = {
            "X-FASC-App-Id": FASC_APP[0],
            "X-FASC-Sign-Type": "HMAC-SHA256",
            "X-FASC-Timestamp": ts,
            "X-FASC-Nonce": nonce,
            "X-FASC-Event": event,
            "bizContent": content,
        }
        h = {k: v for k, v in params.items() if k != "bizContent"}
        h["X-FASC-Sign"] = fasc_sign(FASC_APP[1], params)
        h["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        h["User-Agent"] = "okhttp/4.9.3"
        c.add(f, "fasc-callback", "POST", "/esign/fasc/callback", h, "bizContent=" + form(content))
    for _ in range(18):  # 验章: a citizen uploads a signed PDF or OFD
        b = c.browser(0.3)
        is_pdf = c.chance(0.7)
        name = c.pick(["营业执照（电子）", "不动产权证书", "行政许可决定书 黔审批〔2027〕88号", "合同-盖章版"])
        fname, ftype = (f"{name}.pdf", "application/pdf") if is_pdf else (f"{name}.ofd", "application/ofd")
        content = pdf_head(c, c.num(600, 1400)) if is_pdf else b"PK\x03\x04" + c.rnd.randbytes(c.num(600, 1200))
        ctype, body = c.multipart(b, [("file", (fname, ftype, content)), ("verifyType", c.pick(["1", "2"]))])
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/dzqz/verify.html")
        c.add(f, "verify-upload", "POST", "/dzqz/api/verify/upload", h, body)
    for _ in range(20):  # the 签署 link a signer opens from the SMS
        b = c.browser(0.8)
        back = f"{SITE}/zwfw/contract/result.html?bizNo=HT{c.when():%Y%m%d}{c.digits(4)}&from=esign"
        q = [
            ("flowId", c.hexs(16)),
            ("psnAccount", c.masked_mobile()),
            ("redirectUrl", back),
            ("clientType", c.pick(["H5", "PC", "ALL"])),
            ("lang", "zh-CN"),
        ]
        h = c.headers(b, kind="nav", referer=None, site="cross-site")
        c.add(f, "sign-link", "GET", "/esign/h5/sign?" + qs(q, uri), h)
    for _ in range(20):  # OA 用印申请
        b = c.browser(0.1)
        doc = {
            "sealName": c.pick(SEALS),
            "useType": c.pick(["物理用印", "电子签章"]),
            "reason": c.pick(SEAL_REASONS),
            "copies": c.num(1, 8),
            "applicant": c.person(),
            "dept": c.pick(DEPTS),
            "useDate": f"{c.when():%Y-%m-%d}",
            "attachments": [
                {"name": c.pick(["合同正文.docx", "审批单.pdf", "会议纪要（第5次）.pdf"]), "fileId": c.hexs(12)}
                for _ in range(c.num(1, 3))
            ],
            "remark": c.pick(["", "骑缝章", "需加盖骑缝章；第 2、5 页签字处盖章", "急件！"]),
        }
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/oa/seal/apply")
        h["Authorization"] = "Bearer " + c.b64(24, urlsafe=True)
        c.add(f, "seal-apply", "POST", "/oa/api/seal/apply", h, js_json(doc))


# --- message-bus ----------------------------------------------------------------------------------------

KAFKA_TOPICS = ["zwfw.bjxx", "hotline.workorder", "sjgx.table-sync", "cityops.event", "hcp.evaluation"]
EMQX_KEYS = {"a1b2c3d4e5f60718": "Jq7Lm2Xv9Pz4Rt8Wk3Nd6Bc1Fy5Hg0Ts"}
RABBIT_USER = ("sjgx_pub", "Rb#2027@sjgx")
EVENT_TEXTS = [
    "市民反映：观山湖区长岭北路与林城西路交叉口信号灯故障（黄灯常亮），存在安全隐患。",
    "事项“居住证办理”已办结；办理结果：准予许可；证件编号：520115<2027>000123。",
    "窨井盖缺失 @ 中华北路 88 号（靠近 B 出口），已派单至 南明区城管局。",
    "数据同步完成：table=t_zwfw_sxml, rows=12,345, cost=3.2s, mode=increment (updated_at > '2027-03-14 00:00:00')",
    "评价：非常满意；留言：“窗口工作人员态度好，一次办好！”",
]


@family("message-bus")
def message_bus(c: Corpus) -> None:
    f = "message-bus"

    def event() -> dict:
        return {
            "eventId": c.uid(),
            "eventType": c.pick(["BJ_FINISH", "GD_CREATE", "GD_TRANSFER", "TABLE_SYNC", "HCP_SUBMIT"]),
            "areaCode": c.pick(list(DISTRICTS)),
            "occurTime": f"{c.when():%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "+08:00",
            "content": c.pick(EVENT_TEXTS),
            "source": c.pick(["zwfw-gateway", "12345-rx", "datax-sync", "hcp-service"]),
        }

    kafka_h = tool_headers("python-requests/2.31.0", accept="application/vnd.kafka.v2+json, application/json")
    for _ in range(26):
        doc = {
            "records": [
                {"key": str(c.num(10**9, 10**10)), "value": event()}
                | ({"partition": c.num(0, 5)} if c.chance(0.3) else {})
                for _ in range(c.num(1, 3))
            ]
        }
        h = {**kafka_h, "Content-Type": "application/vnd.kafka.json.v2+json"}
        c.add(f, "kafka-json", "POST", f"/kafka/topics/{c.pick(KAFKA_TOPICS)}", h, js_json(doc))
    for _ in range(18):
        doc = {"records": [{"value": b64(js_json(event()).encode())} for _ in range(c.num(1, 2))]}
        if c.chance(0.5):
            doc["records"][0]["key"] = b64(c.uid().encode())
        h = {**kafka_h, "Content-Type": "application/vnd.kafka.binary.v2+json"}
        c.add(f, "kafka-binary", "POST", f"/kafka/topics/{c.pick(KAFKA_TOPICS)}", h, js_json(doc))
    for _ in range(16):
        doc = {
            "partition_id": c.pick([0, 1, 2]),
            "headers": [{"name": "traceparent", "value": b64(f"00-{c.hexs(16)}-{c.hexs(8)}-01".encode())}],
            "key": {"type": "STRING", "data": c.uid()},
            "value": {"type": "JSON", "data": event()},
        }
        h = tool_headers("Go-http-client/1.1", accept="application/json", extra={"Content-Type": "application/json"})
        path = f"/kafka/v3/clusters/{c.alnum(22)}/topics/{c.pick(KAFKA_TOPICS)}/records"
        c.add(f, "kafka-v3", "POST", path, h, js_json(doc))
    for _ in range(14):
        group, inst = c.pick(["sjgx-consumer", "hotline-bi"]), f"rest-{c.hexs(4)}"
        h = tool_headers("python-requests/2.31.0", accept="application/vnd.kafka.json.v2+json")
        path = f"/kafka/consumers/{group}/instances/{inst}/records?timeout=3000&max_bytes=300000"
        c.add(f, "kafka-consume", "GET", path, h)
    key = next(iter(EMQX_KEYS))
    for _ in range(22):
        dev = f"{c.pick(['jcz', 'znsb', 'ygtz'])}{c.digits(6)}"
        payload = js_json(
            {"deviceId": dev, "ts": c.ms(), "data": {"pm25": c.num(5, 180), "noise_db": c.num(35, 92) + 0.5}}
        )
        doc: dict = {"topic": f"gz/cityops/{dev}/up", "qos": c.pick([0, 1]), "payload": payload, "retain": False}
        if c.chance(0.3):
            doc["payload"] = b64(payload.encode())
            doc["payload_encoding"] = "base64"
        h = tool_headers("axios/1.6.8", accept="application/json, text/plain, */*")
        h["Content-Type"] = "application/json"
        h["Authorization"] = basic(key, EMQX_KEYS[key])
        c.add(f, "emqx-publish", "POST", "/emqx/api/v5/publish", h, js_json(doc))
    for _ in range(20):  # EMQX webhook data bridge to the business system
        kind = c.pick(["message.publish", "message.publish", "client.connected", "client.disconnected"])
        client = f"{c.pick(['jcz', 'znsb'])}{c.digits(6)}"
        doc = {"event": kind, "clientid": client, "username": client, "timestamp": c.ms(), "node": "emqx@10.20.5.11"}
        if kind == "message.publish":
            doc |= {
                "id": c.hexs(16).upper(),
                "topic": f"gz/cityops/{client}/up",
                "payload": js_json({"alarm": c.pick(["井盖位移", "水位超限 > 1.5m", "烟感报警"]), "lv": c.num(1, 3)}),
                "qos": 1,
                "flags": {"retain": False, "dup": False},
                "pub_props": {"User-Property": {}},
            }
        else:
            doc |= {"peername": f"10.20.{c.num(1, 9)}.{c.num(2, 250)}:{c.num(30000, 60000)}", "proto_ver": 5}
            if kind == "client.disconnected":
                doc["reason"] = c.pick(["normal", "keepalive_timeout", "tcp_closed"])
        h = {"content-type": "application/json", "user-agent": "hackney/1.20.1"}
        c.add(f, "emqx-webhook", "POST", "/iot/api/emqx/webhook", h, js_json(doc))
    for _ in range(14):  # EMQX HTTP authentication: the broker asks the back end
        client = f"{c.pick(['jcz', 'znsb'])}{c.digits(6)}"
        fields = [("clientid", client), ("username", client), ("password", c.alnum(16) + c.pick(["", "=", "@#"]))]
        fields.append(("peerhost", f"10.20.{c.num(1, 9)}.{c.num(2, 250)}"))
        h = {"content-type": FORM, "user-agent": "hackney/1.20.1"}
        c.add(f, "emqx-auth", "POST", "/iot/api/emqx/auth", h, qs(fields, form))
    for _ in range(20):  # RabbitMQ management API publish (test and replay from scripts)
        encoding = c.pick(["string", "string", "base64"])
        payload = js_json(event())
        doc = {
            "properties": {
                "delivery_mode": 2,
                "content_type": "application/json",
                "headers": {"x-retry": c.num(0, 3)},
            },
            "routing_key": c.pick(["zwfw.bj.finish", "hotline.gd.#", "sjgx.sync.*"]),
            "payload": b64(payload.encode()) if encoding == "base64" else payload,
            "payload_encoding": encoding,
        }
        h = tool_headers("python-requests/2.31.0", accept="application/json")
        h["Authorization"] = basic(*RABBIT_USER)
        h["Content-Type"] = "application/json"
        exchange = c.pick(["amq.topic", "zwfw.events", "sjgx.exchange"])
        c.add(f, "rabbitmq-publish", "POST", f"/rabbitmq/api/exchanges/%2Fzwfw/{exchange}/publish", h, js_json(doc))


# --- devops-webhook -------------------------------------------------------------------------------------

GITLAB_TOKEN = "glwh-zwy-2027-8f3c"
GITEA_SECRET = "gitea-hook-secret-2027"
SONAR_SECRET = "sonar-hook-2027"
REPOS = ["zwfw/portal-web", "zwfw/zwfw-gateway", "sitegroup/cms-api", "sjgx/datax-jobs", "hdjl/hotline-service"]
COMMITS = [
    "fix: 修复 IE11 下 <select> 下拉框无法选中的问题 (#1234)",
    "feat(search): 支持 “事项名称 OR 事项编码” 组合检索",
    "refactor(sql): replace `SELECT *` with explicit columns in ZwfwMapper.xml",
    "chore: bump axios from 1.6.7 to 1.6.8",
    "fix(xss): 对留言内容做 HTML 转义，&lt;script&gt; 不再原样输出",
    "docs: 更新 README 中 nginx 配置示例 (location ~* \\.(js|css)$ { expires 7d; })",
    "Merge branch 'feature/12345-gd' into 'develop'",
    "fix: WHERE status = 1 AND area_code LIKE '5201%' 缺少索引，加 idx_area_status",
    'revert: "feat: 首页 banner 轮播改为 5s"\n\nThis reverts commit 3f9a2c7e.',
    "feat(hcp): 好差评 接口对接 GB/T 39735-2020；差评 回访 时限 <= 3 个工作日",
    "ci: .gitlab-ci.yml 增加 sonar 扫描 stage; only: [develop, /^release\\/.*$/]",
]
FILES = ["src/views/Home.vue", "src/main/resources/mapper/ZwfwMapper.xml", "nginx/conf.d/portal.conf", "README.md"]
AUTHORS = [("zhangwei", "张伟"), ("lina", "李娜"), ("wangqiang", "王强"), ("ci-bot", "CI Bot")]


def _commit(c: Corpus, repo: str) -> dict:
    user, name = c.pick(AUTHORS)
    sha = c.hexs(20)
    return {
        "id": sha,
        "message": c.pick(COMMITS) + "\n",
        "title": "",
        "timestamp": f"{c.when():%Y-%m-%dT%H:%M:%S}+08:00",
        "url": f"https://git.example.gov.cn/{repo}/-/commit/{sha}",
        "author": {"name": name, "email": f"{user}@example.gov.cn"},
        "added": c.sample(FILES, c.num(0, 1)),
        "modified": c.sample(FILES, c.num(1, 3)),
        "removed": [],
    }


@family("devops-webhook")
def devops_webhook(c: Corpus) -> None:
    f = "devops-webhook"

    def gitlab(event: str) -> dict[str, str]:
        return {
            "Content-Type": "application/json",
            "User-Agent": f"GitLab/{c.pick(['16.11.6', '17.3.2', '17.8.1'])}",
            "Idempotency-Key": c.uid(),
            "X-Gitlab-Event": event,
            "X-Gitlab-Webhook-UUID": c.uid(),
            "X-Gitlab-Instance": "https://git.example.gov.cn",
            "X-Gitlab-Token": GITLAB_TOKEN,
            "X-Gitlab-Event-UUID": c.uid(),
        }

    def project(repo: str) -> dict:
        return {
            "id": c.num(10, 400),
            "name": repo.split("/")[1],
            "path_with_namespace": repo,
            "default_branch": "develop",
            "web_url": f"https://git.example.gov.cn/{repo}",
            "git_http_url": f"https://git.example.gov.cn/{repo}.git",
        }

    for _ in range(26):
        repo = c.pick(REPOS)
        commits = [_commit(c, repo) for _ in range(c.num(1, 4))]
        for cm in commits:
            cm["title"] = cm["message"].split("\n")[0]
        after = commits[-1]["id"]
        user, name = c.pick(AUTHORS)
        doc = {
            "object_kind": "push",
            "event_name": "push",
            "before": c.hexs(20),
            "after": after,
            "ref": f"refs/heads/{c.pick(['develop', 'main', 'feature/12345-gd', 'hotfix/xss-escape'])}",
            "checkout_sha": after,
            "user_name": name,
            "user_username": user,
            "project": project(repo),
            "commits": commits,
            "total_commits_count": len(commits),
        }
        c.add(f, "gitlab-push", "POST", "/jenkins/project/" + repo.replace("/", "-"), gitlab("Push Hook"), js_json(doc))
    for _ in range(18):
        repo = c.pick(REPOS)
        title = c.pick(COMMITS).split("\n")[0]
        doc = {
            "object_kind": "merge_request",
            "event_type": "merge_request",
            "user": {"name": c.pick(AUTHORS)[1], "username": c.pick(AUTHORS)[0]},
            "project": project(repo),
            "object_attributes": {
                "iid": c.num(1, 900),
                "title": title,
                "description": c.pick(
                    [
                        "## 变更说明\n- 修复 `ZwfwMapper.xml` 中的 N+1 查询\n- 增加单元测试\n\nCloses #"
                        + str(c.num(10, 999)),
                        "",
                        "关联工单：GD-2027-0315；**需运维同步修改 nginx 配置**（见 MR 附件）",
                    ]
                ),
                "source_branch": c.pick(["feature/12345-gd", "fix/select-ie11", "hotfix/xss-escape"]),
                "target_branch": "develop",
                "state": c.pick(["opened", "merged"]),
                "action": c.pick(["open", "update", "merge", "approved"]),
                "merge_status": "can_be_merged",
                "url": f"https://git.example.gov.cn/{repo}/-/merge_requests/{c.num(1, 900)}",
            },
            "labels": [{"title": c.pick(["安全", "bug", "等保整改"])}],
        }
        c.add(f, "gitlab-mr", "POST", "/ci/webhook/gitlab", gitlab("Merge Request Hook"), js_json(doc))
    for _ in range(16):
        repo = c.pick(REPOS)
        status = c.pick(["success", "failed", "running"])
        doc = {
            "object_kind": "pipeline",
            "object_attributes": {
                "id": c.num(10000, 99999),
                "ref": "develop",
                "sha": c.hexs(20),
                "status": status,
                "stages": ["build", "test", "sonar", "deploy"],
                "duration": c.num(60, 1800),
                "variables": [{"key": "DEPLOY_ENV", "value": c.pick(["staging", "prod"])}],
            },
            "project": project(repo),
            "builds": [
                {
                    "stage": st,
                    "name": f"{st}-job",
                    "status": status if st == "deploy" else "success",
                    "failure_reason": "script_failure" if status == "failed" and st == "deploy" else None,
                }
                for st in ("build", "test", "sonar", "deploy")
            ],
        }
        c.add(f, "gitlab-pipeline", "POST", "/ci/webhook/gitlab", gitlab("Pipeline Hook"), js_json(doc))
    for _ in range(22):  # Gitea (the 内网 mirror of the CMS templates)
        repo = c.pick(REPOS)
        commits = [
            {
                "id": c.hexs(20),
                "message": c.pick(COMMITS) + "\n",
                "url": f"https://gitea.example.gov.cn/{repo}/commit/{c.hexs(20)}",
                "author": {"name": c.pick(AUTHORS)[1], "email": "dev@example.gov.cn", "username": c.pick(AUTHORS)[0]},
                "timestamp": f"{c.when():%Y-%m-%dT%H:%M:%S}+08:00",
                "added": [],
                "removed": [],
                "modified": c.sample(FILES, 2),
            }
            for _ in range(c.num(1, 3))
        ]
        doc = {
            "ref": "refs/heads/main",
            "before": c.hexs(20),
            "after": commits[-1]["id"],
            "compare_url": f"https://gitea.example.gov.cn/{repo}/compare/{c.hexs(5)}...{c.hexs(5)}",
            "commits": commits,
            "total_commits": len(commits),
            "repository": {"full_name": repo, "private": True},
            "pusher": {"login": c.pick(AUTHORS)[0]},
        }
        body = json.dumps(doc, ensure_ascii=False, indent=2)  # Gitea indents its payloads
        sig = hmac_hex(GITEA_SECRET, body)
        h = {
            "Content-Type": "application/json",
            "User-Agent": "Go-http-client/1.1",
            "X-Gitea-Delivery": c.uid(),
            "X-Gitea-Event": "push",
            "X-Gitea-Event-Type": "push",
            "X-Gitea-Signature": sig,
            "X-Hub-Signature-256": "sha256=" + sig,
        }
        c.add(f, "gitea-push", "POST", "/jenkins/gitea-webhook/post", h, body)
    for _ in range(20):  # Jenkins Generic Webhook Trigger from scripts and other systems
        token = c.pick(["portal-web-deploy", "cms-api-build", "datax-jobs"])
        doc = {
            "ref": "refs/heads/develop",
            "repository": {"name": c.pick(REPOS)},
            "env": c.pick(["staging", "prod"]),
            "operator": c.pick(AUTHORS)[1],
            "changelog": c.pick(COMMITS),
        }
        h = tool_headers("curl/7.76.1", extra={"Content-Type": "application/json"})
        c.add(f, "jenkins-generic", "POST", f"/jenkins/generic-webhook-trigger/invoke?token={token}", h, js_json(doc))
    for _ in range(16):  # buildWithParameters from the release page (crumb and session)
        b = c.browser(0.0)
        fields = [
            ("BRANCH", c.pick(["develop", "release/2027.03", "hotfix/xss-escape"])),
            ("DEPLOY_ENV", c.pick(["staging", "prod"])),
            ("CHANGE_NOTE", c.pick(COMMITS).split("\n")[0]),
            ("SKIP_TESTS", c.pick(["false", "true"])),
            ("Jenkins-Crumb", c.hexs(32)),
        ]
        h = c.headers(b, kind="nav", ctype=FORM, referer=f"{SITE}/jenkins/job/portal-web/build?delay=0sec")
        h["Cookie"] = f"JSESSIONID.{c.hexs(4)}=node0{c.alnum(26).lower()}.node0"
        c.add(f, "jenkins-build", "POST", "/jenkins/job/portal-web/buildWithParameters", h, qs(fields, form))
    for _ in range(16):  # SonarQube quality gate webhook
        status = c.pick(["OK", "ERROR"])
        doc = {
            "serverUrl": "https://sonar.example.gov.cn",
            "taskId": c.alnum(20),
            "status": "SUCCESS",
            "analysedAt": f"{c.when():%Y-%m-%dT%H:%M:%S}+0800",
            "revision": c.hexs(20),
            "project": {"key": c.pick(REPOS).replace("/", ":"), "name": c.pick(REPOS)},
            "branch": {"name": "develop", "type": "BRANCH", "isMain": False},
            "qualityGate": {
                "name": "政务云 Sonar way",
                "status": status,
                "conditions": [
                    {
                        "metric": "new_coverage",
                        "operator": "LESS_THAN",
                        "value": f"{c.num(40, 95)}.2",
                        "status": status,
                        "errorThreshold": "80",
                    },
                    {
                        "metric": "new_security_hotspots_reviewed",
                        "operator": "LESS_THAN",
                        "value": "100.0",
                        "status": "OK",
                        "errorThreshold": "100",
                    },
                ],
            },
            "properties": {"sonar.analysis.buildUrl": "https://jenkins.example.gov.cn/job/portal-web/812/"},
        }
        body = js_json(doc)
        h = {
            "Content-Type": "application/json",
            "User-Agent": "SonarQube/9.9.4.87374",
            "X-SonarQube-Project": doc["project"]["key"],
            "X-Sonar-Webhook-HMAC-SHA256": hmac_hex(SONAR_SECRET, body),
        }
        c.add(f, "sonar-webhook", "POST", "/ci/webhook/sonar", h, body)


# --- stats-direct-report --------------------------------------------------------------------------------

STATS_TABLES = {  # 表号: (表名, [(指标代码, 指标名称, 计量单位)])
    "B204-1": (
        "工业产销总值及主要产品产量",
        [("01", "工业总产值（当年价格）", "千元"), ("02", "工业销售产值", "千元"), ("03", "出口交货值", "千元")],
    ),
    "B103-1": (
        "财务状况",
        [("301", "营业收入", "千元"), ("302", "营业成本", "千元"), ("325", "利润总额", "千元")],
    ),
    "E204-1": ("建筑业企业生产情况", [("01", "建筑业总产值", "千元"), ("05", "房屋施工面积", "平方米")]),
    "F204-1": ("批发和零售业商品销售", [("01", "商品销售额", "千元"), ("05", "零售额", "千元")]),
}
CHECK_RULES = [
    ("[02]<=[01]*1.2", "工业销售产值不应大于工业总产值的 1.2 倍"),
    ("[03]<=[02]", "出口交货值 <= 工业销售产值"),
    ("abs([301]/[301上年同期]-1)<=0.3", "营业收入与上年同期比增减幅度超过 30%，请核实"),
    ("[325]<=[301]", "利润总额不应大于营业收入"),
    ("[05]>=0 and [05]<=[01]", "零售额应在 0 与 商品销售额 之间"),
]
EXPLAINS = [
    "本期营业收入较上年同期下降 35.2%，主要原因是：1. 主要客户（贵州XX建设有限公司）订单减少；"
    "2. 3 月份停产检修 12 天。",
    "出口交货值为 0：本企业产品全部内销，无出口业务。",
    "增速 > 30% 的原因：新生产线（年产 5 万吨）于 2027 年 1 月投产，产量同比增加 48.6%。",
    "利润总额为负（-1,235 千元），系计提资产减值损失 2,100 千元所致，数据无误。",
    "“房屋施工面积”含跨年续建项目（观山湖区 XX 小区 二期 1#~8# 楼），经核实无误。",
]


@family("stats-direct-report")
def stats_direct_report(c: Corpus) -> None:
    f = "stats-direct-report"
    ref = f"{SITE}/lwzb/qyyth/index.html"

    def hdr(ctype: str | None = None) -> dict[str, str]:
        h = c.headers(c.browser(0.05), accept=JQ_ACCEPT, ctype=ctype, referer=ref, xrw=True)
        h["Cookie"] = f"LWZB_SESSION={c.hexs(16)}; tableCode={c.pick(list(STATS_TABLES))}"
        return h

    def period() -> str:
        return f"2027{c.num(1, 12):02d}"

    for _ in range(18):
        q = [("period", period()), ("unitCode", uscc(c)), ("frequency", c.pick(["M", "Q", "Y"])), ("_", c.ms())]
        c.add(f, "table-list", "GET", "/lwzb/api/task/tables?" + qs(q), hdr())
    for _ in range(18):
        code = c.pick(list(STATS_TABLES))
        q = [("tableCode", code), ("period", period()), ("unitCode", uscc(c)), ("taskId", c.digits(8))]
        c.add(f, "form-load", "GET", "/lwzb/api/form/load?" + qs(q), hdr())
    for _ in range(26):
        code = c.pick(list(STATS_TABLES))
        _, items = STATS_TABLES[code]
        base = c.num(10_000, 9_000_000)
        data = {}
        for i, (ind, _, unit) in enumerate(items):
            data[ind] = str(base if i == 0 else (c.num(0, base) if unit == "千元" else c.num(100, 90_000)))
        doc = {
            "unitCode": uscc(c),
            "tableCode": code,
            "period": period(),
            "data": data,
            "remark": c.pick(["", "本期无出口业务", "数据已与财务报表核对一致"]),
        }
        c.add(f, "form-save", "POST", "/lwzb/api/form/save", hdr(JSON_CT), js_json(doc))
    for _ in range(20):
        rule, msg = c.pick(CHECK_RULES)
        doc = {
            "unitCode": uscc(c),
            "tableCode": c.pick(list(STATS_TABLES)),
            "period": period(),
            "rules": [{"formula": rule, "message": msg, "type": c.pick(["强制性", "核实性"])}],
        }
        c.add(f, "form-check", "POST", "/lwzb/api/form/check", hdr(JSON_CT), js_json(doc))
    for _ in range(22):
        rule, msg = c.pick(CHECK_RULES)
        fields = [
            ("unitCode", uscc(c)),
            ("period", period()),
            ("formula", rule),
            ("message", msg),
            ("explain", c.pick(EXPLAINS)),
        ]
        c.add(f, "check-explain", "POST", "/lwzb/api/form/explain", hdr(JQ_FORM), qs(fields, jq))
    for _ in range(14):
        b = c.browser(0.0)
        xlsx = b"PK\x03\x04\x14\x00\x06\x00" + c.rnd.randbytes(c.num(500, 1200))
        name = f"{c.pick(list(STATS_TABLES))}表-{period()}（{c.pick(['导入模板', '财务导出'])}）.xlsx"
        ctype, body = c.multipart(
            b,
            [
                ("file", (name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)),
                ("period", period()),
            ],
        )
        h = c.headers(b, accept=JQ_ACCEPT, ctype=ctype, referer=ref, xrw=True)
        c.add(f, "excel-import", "POST", "/lwzb/api/form/import", h, body)
    for _ in range(20):
        fields = [
            ("unitCode", uscc(c)),
            ("period", period()),
            ("tableCodes", ",".join(c.sample(list(STATS_TABLES), 2))),
            ("dwfzr", c.person()),
            ("tjfzr", c.person()),
            ("tbr", c.person()),
            ("lxdh", c.pick([c.mobile(), f"0851-{c.digits(8)}", f"0851-{c.digits(8)}-{c.digits(3)}"])),
            ("bcrq", f"{c.when():%Y-%m-%d}"),
        ]
        c.add(f, "submit", "POST", "/lwzb/api/task/submit", hdr(JQ_FORM), qs(fields, jq))


# --- project-approval -----------------------------------------------------------------------------------

INDUSTRY_CODES = {
    "44": "电力、热力生产和供应业",
    "47": "房屋建筑业",
    "48": "土木工程建筑业",
    "65": "软件和信息技术服务业",
    "78": "公共设施管理业",
    "13": "农副食品加工业",
}
PROJECT_NAMES = [
    "贵阳市观山湖区 XX 小学（36 班）新建项目",
    "年产 5 万吨 绿色食品 精深加工 项目（一期）",
    "“东数西算” 贵安 数据中心 二期 工程",
    "南明区 老旧小区 改造（含 加装电梯 12 部）项目",
    "XX 县 城乡供水 一体化 工程（PPP）",
    "10MW 分布式 光伏 发电 项目",
]
SCALES = [
    "总建筑面积 25,680 m²，其中：教学楼 12,000 m²、综合楼 6,500 m²；设置 36 个教学班，新增学位 1,620 个。",
    "新建标准厂房 3 栋（1#~3#），购置生产设备 86 台（套），达产后年产值约 3.2 亿元。",
    "建设机柜 3,000 架（单机柜功率 ≥ 8kW），PUE ≤ 1.25；配套 110kV 变电站 1 座。",
    "改造小区 18 个、楼栋 126 栋、惠及居民 4,562 户；内容包括：管网改造、屋面防水、加装电梯等。",
]


def project_code(c: Corpus) -> str:
    kind = c.pick(["01", "02", "03", "03"])
    return f"{c.num(2023, 2027)}-{c.pick(list(DISTRICTS))}-{c.pick(list(INDUSTRY_CODES))}-{kind}-{c.digits(6)}"


@family("project-approval")
def project_approval(c: Corpus) -> None:
    f = "project-approval"
    ref = f"{SITE}/tzxm/index.html"

    def hdr(ctype: str | None = None, accept: str = AXIOS_ACCEPT) -> dict[str, str]:
        h = c.headers(c.browser(0.1), accept=accept, ctype=ctype, referer=ref)
        h["Authorization"] = "Bearer " + c.b64(32, urlsafe=True)
        return h

    for _ in range(22):
        q = [("projectCode", project_code(c)), ("_t", c.ms())]
        c.add(f, "code-query", "GET", "/tzxm/api/project/code?" + qs(q, axios), hdr())
    for _ in range(24):
        total = c.num(200, 90000) * 10
        own = c.num(0, total // 10) * 10
        loan = c.num(0, (total - own) // 10) * 10
        doc = {
            "projectName": c.pick(PROJECT_NAMES),
            "projectType": "备案",
            "industryCode": c.pick(list(INDUSTRY_CODES)),
            "location": {
                "areaCode": c.pick(list(DISTRICTS)),
                "detail": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号（{c.pick(ESTATES)}东侧）",
            },
            "scale": c.pick(SCALES),
            "totalInvestment": total,
            "funding": {"自有资金": own, "银行贷款": loan, "其他": total - own - loan},
            "startYear": 2027,
            "endYear": c.num(2028, 2030),
            "legalPerson": {"name": company(c), "uscc": uscc(c), "contact": c.person(), "tel": c.mobile()},
            "promise": "本单位承诺：所填报信息真实、合法、完整，并承担相应法律责任。",
        }
        c.add(f, "filing-submit", "POST", "/tzxm/api/project/filing", hdr(JSON_CT), js_json(doc))
    for _ in range(22):
        total = c.num(1000, 90000)
        done = c.num(0, total)
        doc = {
            "projectCode": project_code(c),
            "reportMonth": f"2027-{c.num(1, 12):02d}",
            "completedInvestment": done,
            "totalInvestment": total,
            "progressPercent": round(done * 100 / total, 1),
            "status": c.pick(["未开工", "在建", "竣工"]),
            "imageProgress": c.pick(
                ["主体结构施工至 12/18 层；", "完成桩基 86%，土石方 100%", "设备安装调试中（约 60%）", "已竣工验收"]
            ),
            "problems": c.pick(["", "征地拆迁 尚有 3 户 未签约", "资金到位率 < 50%，请协调"]),
        }
        c.add(f, "progress-report", "POST", "/tzxm/api/project/progress", hdr(JSON_CT), js_json(doc))
    for _ in range(20):
        q = [
            ("keyword", c.pick(["光伏", "小学", "数据中心", "老旧小区 改造", "PPP", "（一期）"])),
            ("areaCode", c.pick(list(DISTRICTS))),
            ("projectType", c.pick(["", "01", "02", "03"])),
            ("pageNo", c.num(1, 5)),
            ("pageSize", 15),
        ]
        h = c.headers(c.browser(0.4), accept=JQ_ACCEPT, referer=f"{SITE}/tzxm/gs/list.html", xrw=True)
        c.add(f, "public-list", "GET", "/tzxm/api/public/list?" + qs(q), h)
    for _ in range(22):  # 工程建设项目审批管理系统: 施工许可
        area = c.pick(list(DISTRICTS))
        doc = {
            "projectCode": project_code(c),
            "gcmc": c.pick(PROJECT_NAMES) + c.pick(["", "（1#、2# 楼）", "一标段"]),
            "ghxkzh": f"建字第{area}2027{c.digits(5)}号",
            "sthgsbh": f"黔施审（{c.pick(['建', '市'])}）字〔2027〕第{c.num(100, 999)}号",
            "htjg": f"{c.num(100, 90000)}.{c.digits(2)}",
            "jzmj": f"{c.num(1000, 90000)}.{c.digits(2)}",
            "sgdw": {"name": company(c), "uscc": uscc(c)},
            "jldw": {"name": company(c), "uscc": uscc(c)},
            "xmjl": {"name": c.person(), "zsbh": f"黔{c.digits(3)}{c.digits(9)}"},
        }
        c.add(f, "construction-permit", "POST", "/gcjs/api/sgxk/apply", hdr(JSON_CT), js_json(doc))
    for _ in range(16):
        b = c.browser(0.0)
        name = c.pick(["可行性研究报告（报批稿）.pdf", "节能审查意见.pdf", "用地预审与选址意见书.pdf", "环评批复.pdf"])
        ctype, body = c.multipart(
            b,
            [
                ("projectCode", project_code(c)),
                ("materialCode", f"CL{c.digits(4)}"),
                ("file", (name, "application/pdf", pdf_head(c, c.num(600, 1400)))),
            ],
        )
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "material-upload", "POST", "/tzxm/api/material/upload", h, body)
    for _ in range(18):  # 部门 审查意见
        fields = [
            ("projectCode", project_code(c)),
            ("dept", "贵州省" + c.pick(DEPTS)),
            ("result", c.pick(["同意", "不同意", "补正"])),
            (
                "opinion",
                c.pick(
                    [
                        "经审查，该项目符合《产业结构调整指导目录（2024年本）》鼓励类第 X 条，同意备案。",
                        "请补充：1. 项目用地 红线图（CGCS2000 坐标）；2. 资金来源证明（银行贷款 意向函）。",
                        "节能审查：综合能源消费量 < 1000 吨标准煤/年，不单独进行节能审查。",
                    ]
                ),
            ),
            ("handler", c.person()),
        ]
        h = c.headers(c.browser(0.0), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/tzxm/bm/", xrw=True)
        c.add(f, "dept-opinion", "POST", "/tzxm/api/approval/opinion", h, qs(fields, jq))


# --- ocr-recognition ------------------------------------------------------------------------------------

OCR_KEYS = ["ocr-zt-7Hq2Lm9Pz4", "ocr-zt-Nb5Fj0Hs7A"]


def _photo(c: Corpus) -> bytes:
    return jpeg(c, c.num(400, 1100)) if c.chance(0.75) else png(c, c.num(400, 1000))


@family("ocr-recognition")
def ocr_recognition(c: Corpus) -> None:
    f = "ocr-recognition"

    def svc(ctype: str = "application/json") -> dict[str, str]:
        h = tool_headers(c.pick(["python-requests/2.31.0", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "okhttp/4.12.0"]))
        h["Content-Type"] = ctype
        h["X-Api-Key"] = c.pick(OCR_KEYS)
        return h

    for _ in range(22):
        doc = {"images": [b64(_photo(c)) for _ in range(c.num(1, 2))]}
        c.add(f, "paddle-hub", "POST", "/ocr/predict/ocr_system", svc(), js_json(doc))
    for _ in range(18):
        doc = {
            "file": b64(_photo(c)),
            "fileType": 1,
            "useDocOrientationClassify": c.chance(0.5),
            "useDocUnwarping": False,
            "useTextlineOrientation": c.chance(0.5),
            "textDetThresh": 0.3,
        }
        c.add(f, "paddlex-ocr", "POST", "/ocr/paddlex/ocr", svc(), js_json(doc))
    for _ in range(12):
        doc = {"images": [b64(_photo(c))]}
        c.add(f, "table-structure", "POST", "/ocr/predict/structure_table", svc(), js_json(doc))
    for _ in range(24):  # 百度-style form to the 中台
        fields = [
            ("image", b64(_photo(c))),
            ("id_card_side", c.pick(["front", "back"])),
            ("detect_risk", c.pick(["false", "true"])),
            ("detect_quality", "true"),
        ]
        path = f"/ocr/rest/2.0/ocr/v1/idcard?access_token=24.{c.hexs(16)}.2592000.{c.ts()}.282335-{c.digits(8)}"
        c.add(f, "idcard-form", "POST", path, svc(FORM), qs(fields, form))
    for _ in range(18):
        kind = c.pick(["business_license", "vat_invoice", "household_register", "accurate_basic"])
        fields = [("image", b64(_photo(c)))]
        if kind == "accurate_basic":
            fields += [("language_type", "CHN_ENG"), ("detect_direction", "true"), ("paragraph", "false")]
        path = f"/ocr/rest/2.0/ocr/v1/{kind}?access_token=24.{c.hexs(16)}.2592000.{c.ts()}.282335-{c.digits(8)}"
        c.add(f, "license-form", "POST", path, svc(FORM), qs(fields, form))
    for _ in range(22):  # a browser uploads a photo to the 办事 page's recognise button
        b = c.browser(0.7)
        is_jpg = c.chance(0.8)
        fname = c.pick(["IMG_20270315_093012", "mmexport1741999999123", "身份证正面", "营业执照（副本）"])
        part = (fname + (".jpg" if is_jpg else ".png"), "image/jpeg" if is_jpg else "image/png")
        content = jpeg(c, c.num(500, 1200)) if is_jpg else png(c, c.num(500, 1000))
        ctype, body = c.multipart(b, [("file", (*part, content)), ("type", c.pick(["idcard", "bizlicense", "hkb"]))])
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/zwfw/bs/apply.html")
        c.add(f, "photo-upload", "POST", "/zwfw/api/ocr/recognize", h, body)
    for _ in range(24):  # the fields the user confirmed (or corrected) after recognition
        b = c.browser(0.7)
        start = c.when() - timedelta(days=c.num(100, 3000))
        doc = {
            "name": c.person(),
            "sex": c.pick(["男", "女"]),
            "nation": c.pick(["汉", "苗", "布依", "侗", "土家", "彝"]),
            "idNum": c.idcard(),
            "address": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"
            f"{c.pick(ESTATES)}{c.num(1, 30)}栋{c.num(1, 3)}单元{c.num(1, 33)}{c.num(1, 8):02d}号",
            "validity": f"{start:%Y.%m.%d}-" + c.pick([f"{start.year + 20}{start:.%m.%d}", "长期"]),
            "corrected": c.sample(["name", "address", "validity"], c.num(0, 2)),
            "ocrRequestId": c.uid(),
        }
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/zwfw/bs/apply.html")
        c.add(f, "result-confirm", "POST", "/zwfw/api/ocr/confirm", h, js_json(doc))


# --- sms-report -----------------------------------------------------------------------------------------

SMS_REPLIES = [
    "TD",
    "1",
    "满意",
    "不满意",
    "收到，谢谢！",
    "请问材料要带原件吗？",
    "退订",
    "2",
    "已办好了，点赞👍",
    "R",
]
SIGNS = ["贵州政务服务", "贵阳12345", "黔程无忧"]


@family("sms-report")
def sms_report(c: Corpus) -> None:
    f = "sms-report"

    def when_pair() -> tuple[str, str]:
        t = c.when()
        return f"{t:%Y-%m-%d %H:%M:%S}", f"{t + timedelta(seconds=c.num(1, 90)):%Y-%m-%d %H:%M:%S}"

    ali_h = {"Content-Type": "application/json", "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_312)"}
    for _ in range(26):
        items = []
        for _ in range(c.num(1, 4)):
            sent, rep = when_pair()
            ok = c.chance(0.85)
            items.append(
                {
                    "phone_number": c.mobile(),
                    "send_time": sent,
                    "report_time": rep,
                    "success": ok,
                    "err_code": "DELIVERED" if ok else c.pick(["MK:0001", "UNDELIV", "IC:0055"]),
                    "err_msg": "用户接收成功" if ok else c.pick(["空号", "关机", "停机", "黑名单"]),
                    "sms_size": str(c.num(1, 3)),
                    "biz_id": f"{c.digits(6)}^{c.digits(10)}",
                    "out_id": c.pick(["", f"BJ{c.digits(10)}"]),
                }
            )
        c.add(f, "aliyun-report", "POST", "/sms/callback/aliyun/report", ali_h, json.dumps(items, ensure_ascii=False))
    for _ in range(20):
        sent, _ = when_pair()
        items = [
            {
                "phone_number": c.mobile(),
                "send_time": sent,
                "content": c.pick(SMS_REPLIES),
                "sign_name": c.pick(SIGNS),
                "dest_code": c.digits(4),
                "sequence_id": c.num(10**8, 10**9),
            }
        ]
        c.add(f, "aliyun-up", "POST", "/sms/callback/aliyun/up", ali_h, json.dumps(items, ensure_ascii=False))
    tc_h = {"Content-Type": "application/json", "User-Agent": "Go-http-client/1.1", "Accept-Encoding": "gzip"}
    for _ in range(22):
        ok = c.chance(0.85)
        items = [
            {
                "user_receive_time": when_pair()[1],
                "nationcode": "86",
                "mobile": c.mobile(),
                "report_status": "SUCCESS" if ok else "FAIL",
                "errmsg": "DELIVRD" if ok else c.pick(["UNDELIV", "MK:100D", "DB:0141"]),
                "description": "用户短信送达成功" if ok else "用户短信未送达",
                "sid": f"{c.digits(4)}:{c.hexs(16)}",
                "ext": {},
            }
            for _ in range(c.num(1, 3))
        ]
        c.add(f, "tencent-report", "POST", "/sms/callback/tencent/status", tc_h, js_json(items))
    for _ in range(18):
        doc = {
            "extend": c.pick(["", "01", "888"]),
            "mobile": c.mobile(),
            "nationcode": "86",
            "sign": c.pick(SIGNS),
            "text": c.pick(SMS_REPLIES),
            "time": c.ts(),
        }
        c.add(f, "tencent-reply", "POST", "/sms/callback/tencent/reply", tc_h, js_json(doc))
    for _ in range(22):  # 华为云: a form
        ok = c.chance(0.85)
        fields = [
            ("sequence", "1"),
            ("total", "1"),
            ("updateTime", f"{c.when():%Y-%m-%dT%H:%M:%SZ}"),
            ("source", "2"),
            ("smsMsgId", f"{c.uid()}_{c.num(1000000, 9999999)}"),
            ("status", "DELIVRD" if ok else c.pick(["E200015", "UNDELIV", "EXPIRED"])),
        ]
        if not ok:
            fields.append(("orgCode", c.pick(["MK:0001", "E:UNKNOWN", "IB:0008"])))
        if c.chance(0.3):
            fields.append(("extend", f"bj={c.digits(8)}&type=notice"))
        h = {"Content-Type": FORM, "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_242)"}
        c.add(f, "huawei-report", "POST", "/sms/callback/huawei/status", h, qs(fields, form))
    for _ in range(22):  # the 短信网关's HTTP status reports
        ok = c.chance(0.85)
        q = [
            ("msgid", c.digits(19)),
            ("mobile", c.mobile()),
            ("stat", "DELIVRD" if ok else c.pick(["UNDELIV", "EXPIRED", "MI:0024"])),
            ("submittime", f"{c.when():%y%m%d%H%M}"),
            ("donetime", f"{c.when():%y%m%d%H%M}"),
            ("spno", "106575" + c.digits(6)),
        ]
        c.add(f, "gateway-report", "GET", "/sms/callback/gateway?" + qs(q, form), tool_headers("Java/1.8.0_181"))
    for _ in range(20):  # 回执 batches from the 移动云 MAS (JSON with a nested list)
        doc = {
            "ecName": "贵州省大数据发展管理局",
            "apId": "zwfw_notice",
            "reports": [
                {
                    "mobile": c.mobile(),
                    "msgGroup": c.hexs(8),
                    "reportStatus": c.pick(["CM:0000", "DELIVRD", "CM:0001"]),
                    "submitDate": f"{c.when():%Y%m%d%H%M%S}",
                    "receiveDate": f"{c.when():%Y%m%d%H%M%S}",
                    "errorCode": c.pick(["DELIVRD", "MK:0001", ""]),
                }
                for _ in range(c.num(1, 4))
            ],
        }
        h = {"Content-Type": "application/json;charset=utf-8", "User-Agent": "Apache-HttpClient/4.5.6 (Java/1.8.0_201)"}
        c.add(f, "mas-report", "POST", "/sms/callback/mas/report", h, js_json(doc))


# --- gov-mall -------------------------------------------------------------------------------------------

GOODS = [  # (品目, 商品名称, 单价)
    ("A02010105", '联想 ThinkPad E14 Gen 5 i5-1335U/16G/512G SSD/14" 2.2K/集显/Win11', 5499.00),
    ("A02010104", "华为 擎云 B730E 台式机 i7-12700/16GB/1TB SSD/23.8英寸显示器", 6899.00),
    ("A02010104", "长城 世恒 DF720 (飞腾 D2000/8核 2.3GHz/16G/512G SSD/统信UOS V20)", 5980.00),
    ("A02021003", "奔图 (Pantum) P3305DN A4 黑白激光打印机 双面/网络 33页/分", 1599.00),
    ("A02061504", "格力 (GREE) KFR-72LW/NhZbB1W 3匹 新一级能效 立柜式空调", 7299.00),
    ("A05010201", "办公桌 1.4m*0.7m*0.75m（E1级 三聚氰胺板，含 3 抽活动柜）", 860.00),
    ("A02010901", "海康威视 DS-2CD3T46WDV3-I3 400万 星光级 网络摄像机 4mm", 459.00),
    ("A09010101", "A4 复印纸 70g 500张/包 5包/箱", 135.00),
]
INQUIRY_REQS = [
    "1. CPU ≥ 8 核，主频 ≥ 2.3GHz；2. 内存 ≥ 16GB DDR4；3. 须预装国产操作系统（统信 UOS 或 麒麟 V10）；"
    "4. 质保 ≥ 3 年（上门）。",
    "打印速度 ≥ 30 页/分；支持 自动双面；首页输出时间 ≤ 8.5 秒；耗材 单页成本 < 0.05 元。",
    "空调 能效等级：新一级；制冷量 ≥ 7200W；含 安装 及 5 米 铜管（超出部分按 ≤ 80 元/米 计）。",
    "含税含运费，送货至 观山湖区 林城西路 XX 号 行政中心 2 号楼 B 座 5 楼（有电梯）。",
]


@family("gov-mall")
def gov_mall(c: Corpus) -> None:
    f = "gov-mall"
    ref = f"{SITE}/mall/index.html"

    def hdr(ctype: str | None = None, referer: str = ref) -> dict[str, str]:
        h = c.headers(c.browser(0.1), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer)
        h["X-Auth-Token"] = c.hexs(16)
        return h

    def budget_no() -> str:
        return f"{c.pick(list(DISTRICTS))}2027{c.digits(6)}"

    for _ in range(26):
        code, name, _ = c.pick(GOODS)
        kw = c.pick([name.split(" ")[0], " ".join(name.split(" ")[:3]), name[:20], "i5-1335U/16G", '14"', "统信UOS"])
        q = [
            ("keyword", kw),
            ("catalogCode", c.pick([code, ""])),
            ("priceMin", c.pick(["", "1000"])),
            ("priceMax", c.pick(["", "6000", "8000"])),
            ("sort", c.pick(["price_asc", "sales_desc", "default"])),
            ("pageNum", c.num(1, 4)),
            ("pageSize", 20),
        ]
        c.add(f, "goods-search", "GET", "/mall/api/goods/search?" + qs(q, axios), hdr())
    for _ in range(18):
        q = [("skuId", c.digits(12)), ("areaCode", c.pick(list(DISTRICTS))), ("t", c.ms())]
        c.add(f, "goods-detail", "GET", "/mall/api/goods/detail?" + qs(q, axios), hdr())
    for _ in range(20):
        code, name, price = c.pick(GOODS)
        doc = {"skuId": c.digits(12), "catalogCode": code, "goodsName": name, "price": price, "num": c.num(1, 20)}
        c.add(f, "cart-add", "POST", "/mall/api/cart/add", hdr(JSON_CT), js_json(doc))
    for _ in range(24):
        items = []
        for code, name, price in c.sample(GOODS, c.num(1, 3)):
            num = c.num(1, 30)
            items.append(
                {"catalogCode": code, "goodsName": name, "price": price, "num": num, "amount": round(price * num, 2)}
            )
        doc = {
            "orgName": "贵州省" + c.pick(DEPTS),
            "orgUscc": uscc(c),
            "budgetProjectNo": budget_no(),
            "budgetProjectName": c.pick(["2027年办公设备购置", "信息化运维（一般公共预算）", "“一网通办”窗口设备更新"]),
            "supplier": {"name": company(c), "uscc": uscc(c)},
            "items": items,
            "totalAmount": round(sum(i["amount"] for i in items), 2),
            "deliveryAddress": f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"
            f" 行政中心 {c.num(1, 5)}号楼",
            "contact": c.person(),
            "tel": c.mobile(),
        }
        c.add(f, "order-submit", "POST", "/mall/api/order/submit", hdr(JSON_CT), js_json(doc))
    for _ in range(20):
        code, name, price = c.pick(GOODS)
        doc = {
            "title": f"{name.split(' ')[0]} 等 采购 询价（{c.when():%Y%m%d}）",
            "catalogCode": code,
            "budgetAmount": round(price * c.num(2, 40), 2),
            "requirement": c.pick(INQUIRY_REQS),
            "deadline": f"{c.when() + timedelta(days=3):%Y-%m-%d} 17:00:00",
            "evalMethod": c.pick(["最低价成交", "综合评分"]),
        }
        c.add(f, "inquiry", "POST", "/mall/api/inquiry/publish", hdr(JSON_CT), js_json(doc))
    for _ in range(18):
        fields = [
            ("orderNo", f"DD{c.when():%Y%m%d}{c.digits(6)}"),
            ("result", c.pick(["合格", "合格", "不合格"])),
            (
                "opinion",
                c.pick(
                    [
                        "货物 数量、型号 与合同一致，外观完好，开机正常；序列号 已登记 固定资产 台账。",
                        "到货 3 台中 1 台 屏幕 坏点 > 3 个，要求 7 日内 更换。",
                        "空调 已安装调试，铜管 实际 6.5m（超出 1.5m × 80 元 = 120 元）。",
                    ]
                ),
            ),
            ("members", ",".join(c.person() for _ in range(3))),
        ]
        h = hdr(FORM)
        c.add(f, "acceptance", "POST", "/mall/api/order/acceptance", h, qs(fields, form))
    for _ in range(14):
        b = c.browser(0.0)
        is_pdf = c.chance(0.6)
        fname = f"发票-{c.digits(20)}" + (".pdf" if is_pdf else ".ofd")
        content = pdf_head(c, c.num(500, 1200)) if is_pdf else b"PK\x03\x04" + c.rnd.randbytes(c.num(500, 1000))
        ctype, body = c.multipart(
            b,
            [
                ("orderNo", f"DD{c.when():%Y%m%d}{c.digits(6)}"),
                ("file", (fname, "application/pdf" if is_pdf else "application/ofd", content)),
            ],
        )
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "invoice-upload", "POST", "/mall/api/order/invoice", h, body)
    for _ in range(12):
        q = [("skuIds", ",".join(c.digits(12) for _ in range(c.num(2, 4)))), ("compareType", "price,params")]
        c.add(f, "goods-compare", "GET", "/mall/api/goods/compare?" + qs(q, axios), hdr())


# --- openstack-api --------------------------------------------------------------------------------------

OS_UA = [
    "openstacksdk/1.0.1 keystoneauth1/5.1.2 python-requests/2.31.0 CPython/3.10.12",
    "python-openstackclient keystoneauth1/5.1.2 python-requests/2.28.2 CPython/3.9.16",
    "gophercloud/v1.11.0",
    "HashiCorp Terraform/1.5.7 (+https://www.terraform.io) Terraform Plugin SDK/2.10.1 "
    "terraform-provider-openstack/1.54.1",
]
CLOUD_INIT = [
    "#cloud-config\nhostname: {name}\ntimezone: Asia/Shanghai\npackages:\n  - nginx\n  - chrony\nruncmd:\n"
    '  - [ systemctl, enable, --now, nginx ]\n  - echo "10.20.0.5 harbor.gzzwy.local" >> /etc/hosts\n',
    "#!/bin/bash\nset -euo pipefail\nsed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config\n"
    "systemctl restart sshd\nmkdir -p /data && mkfs.xfs /dev/vdb\n"
    "echo '/dev/vdb /data xfs defaults 0 0' >> /etc/fstab\n"
    "mount -a\ncurl -fsSL http://10.20.0.8/agent/install.sh | bash -s -- --server 10.20.0.8:8443\n",
]
SERVER_NAMES = ["zwfw-web-{:02d}", "cms-api-{:02d}", "hotline-db-{:02d}", "sjgx-etl-{:02d}"]


def fernet_token(c: Corpus) -> str:
    return "gAAAAAB" + c.b64(c.num(130, 170), urlsafe=True)


@family("openstack-api")
def openstack_api(c: Corpus) -> None:
    f = "openstack-api"

    def hdr(extra: dict[str, str] | None = None, body: bool = False) -> dict[str, str]:
        h = {"User-Agent": c.pick(OS_UA), "Accept-Encoding": "gzip, deflate", "Accept": "application/json"}
        if body:
            h["Content-Type"] = "application/json"
        h["X-Auth-Token"] = fernet_token(c)
        h.update(extra or {})
        return h

    project_id = [c.hexs(16) for _ in range(3)]
    for _ in range(22):
        if c.chance(0.6):
            ident = {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": c.pick(["zwfw_ops", "sjgx_deploy", "cms-terraform"]),
                        "domain": {"name": c.pick(["Default", "gz-zwy"])},
                        "password": c.pick(["Gz@2027#zwy!", "P@ssw0rd-2027", "Zwy&Ops*0315", "x7$Kq2!mN9"]),
                    }
                },
            }
        else:
            ident = {
                "methods": ["application_credential"],
                "application_credential": {"id": c.hexs(16), "secret": c.b64(32, urlsafe=True)},
            }
        doc = {"auth": {"identity": ident, "scope": {"project": {"id": c.pick(project_id)}}}}
        h = {
            "User-Agent": c.pick(OS_UA),
            "Accept-Encoding": "gzip, deflate",
            "Accept": "application/json",
            "Content-Type": "application/json",
        }
        c.add(f, "keystone-auth", "POST", "/identity/v3/auth/tokens", h, js_json(doc))
    for _ in range(20):
        q = [
            ("name", c.pick(["^zwfw-web", "cms-api-0", "hotline"])),
            ("status", c.pick(["ACTIVE", "SHUTOFF", "ERROR"])),
            ("limit", c.pick([50, 100])),
            ("sort_key", "created_at"),
            ("sort_dir", "desc"),
        ]
        if c.chance(0.3):
            q.append(("changes-since", f"{c.when():%Y-%m-%dT%H:%M:%S}Z"))
        c.add(f, "nova-list", "GET", "/compute/v2.1/servers/detail?" + qs(q, form), hdr())
    for _ in range(20):
        name = c.pick(SERVER_NAMES).format(c.num(1, 20))
        script = c.pick(CLOUD_INIT).replace("{name}", name)
        doc = {
            "server": {
                "name": name,
                "imageRef": c.uid(),
                "flavorRef": c.pick(["c6.large.2", "s3.xlarge.4", "m6.2xlarge.8"]),
                "availability_zone": c.pick(["gz-az1", "gz-az2"]),
                "key_name": "ops-2027",
                "networks": [{"uuid": c.uid()}],
                "security_groups": [{"name": c.pick(["default", "web-sg", "db-sg"])}],
                "user_data": b64(script.encode()),
                "metadata": {"系统": c.pick(["政务服务网", "12345 热线", "站群 CMS"]), "owner": "zwfw-ops"},
                "block_device_mapping_v2": [
                    {
                        "boot_index": 0,
                        "uuid": c.uid(),
                        "source_type": "image",
                        "destination_type": "volume",
                        "volume_size": c.pick([40, 100]),
                        "delete_on_termination": True,
                    }
                ],
            }
        }
        h = hdr({"X-OpenStack-Nova-API-Version": c.pick(["2.67", "2.79", "2.90"])}, body=True)
        c.add(f, "nova-create", "POST", "/compute/v2.1/servers", h, js_json(doc))
    for _ in range(20):
        action = c.pick(
            [
                {"os-start": None},
                {"os-stop": None},
                {"reboot": {"type": c.pick(["SOFT", "HARD"])}},
                {"createImage": {"name": f"backup-{c.when():%Y%m%d}", "metadata": {"reason": "变更前备份"}}},
                {"os-getConsoleOutput": {"length": 50}},
            ]
        )
        c.add(f, "nova-action", "POST", f"/compute/v2.1/servers/{c.uid()}/action", hdr(body=True), js_json(action))
    for _ in range(20):
        port = c.pick([22, 80, 443, 3306, 6379, 8080])
        doc = {
            "security_group_rule": {
                "direction": "ingress",
                "ethertype": "IPv4",
                "protocol": "tcp",
                "port_range_min": port,
                "port_range_max": port if c.chance(0.8) else port + 10,
                "remote_ip_prefix": c.pick(["10.20.0.0/16", "172.16.8.0/24", "0.0.0.0/0", "192.168.10.15/32"]),
                "security_group_id": c.uid(),
                "description": c.pick(
                    ["允许 SLB 访问 443", "运维堡垒机 SSH", "应用 -> Redis", "临时开放（工单 GD-0315）"]
                ),
            }
        }
        c.add(f, "neutron-rule", "POST", "/network/v2.0/security-group-rules", hdr(body=True), js_json(doc))
    for _ in range(16):
        doc = {
            "volume": {
                "size": c.pick([100, 200, 500, 1024]),
                "name": f"{c.pick(SERVER_NAMES).format(c.num(1, 20))}-data",
                "volume_type": c.pick(["SSD", "SAS", "GPSSD"]),
                "availability_zone": c.pick(["gz-az1", "gz-az2"]),
                "description": "数据盘（等保三级 系统，需开启 加密）",
                "metadata": {"__system__encrypted": "1"},
            }
        }
        c.add(f, "cinder-volume", "POST", f"/volume/v3/{c.pick(project_id)}/volumes", hdr(body=True), js_json(doc))
    for _ in range(16):
        q = [
            ("visibility", c.pick(["shared", "public", "private"])),
            ("os_distro", c.pick(["in:kylin,openEuler", "uos", "centos"])),
            ("sort", "created_at:desc,name:asc"),
            ("limit", 25),
        ]
        c.add(f, "glance-images", "GET", "/image/v2/images?" + qs(q, form), hdr())
    for _ in range(16):
        op = c.pick(
            [
                "(aggregate mean (metric cpu_util mean))",
                "(/ (* 100 (metric memory.usage mean)) (metric memory mean))",
                "(rolling mean 3 (metric disk.device.read.bytes.rate mean))",
            ]
        )
        doc = {
            "operations": op,
            "search": {
                "and": [
                    {"=": {"project_id": c.pick(project_id)}},
                    {">=": {"started_at": f"{c.when():%Y-%m-%dT%H:%M:%S}"}},
                ]
            },
        }
        q = f"?details=false&granularity=300&start={c.when():%Y-%m-%dT%H:%M:%S}&groupby=id"
        c.add(f, "gnocchi-aggregates", "POST", "/metric/v1/aggregates" + q, hdr(body=True), js_json(doc))


# --- consumer-complaint ---------------------------------------------------------------------------------

GOODS_ISSUES = [
    ("网购 羽绒服（含绒量 90%）", "收到后发现含绒量标签为 50%，与页面宣传“90% 白鸭绒”不符，涉嫌虚假宣传。"),
    ("健身卡（年卡 3,680 元）", "健身房于 2027 年 2 月 突然闭店，剩余 9 个月 未使用，商家拒绝退款。"),
    ("二手车 一辆（2019 款）", "购车时商家承诺“无事故、无泡水”，第三方检测报告显示 左前纵梁 有切割焊接痕迹。"),
    ("预付费 美容 套餐", "办卡时口头承诺“随时可退”，现要求退卡被告知须扣除 30% 手续费。"),
    ("外卖 餐品", "餐品中发现异物（头发），联系商家 拒不处理；订单截图、照片 已上传。"),
    ("手机 一部（官方 旗舰店）", "七日内 申请“七天无理由退货”被拒，理由是“已激活”。"),
]
DEMANDS = [
    "退货退款",
    "退一赔三",
    "更换同款 商品",
    "赔偿 损失 500 元",
    "依法处理，并公开道歉",
    "按《消费者权益保护法》第五十五条 赔偿",
]


def reg_no(c: Corpus) -> str:
    return f"{c.pick(list(DISTRICTS))}{c.when():%Y%m%d}{c.digits(6)}"


@family("consumer-complaint")
def consumer_complaint(c: Corpus) -> None:
    f = "consumer-complaint"
    ref = f"{SITE}/12315/tsjb/index.html"

    def hdr(ctype: str | None = None, b_mobile: float = 0.6) -> dict[str, str]:
        h = c.headers(c.browser(b_mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        h["token"] = c.hexs(16)
        return h

    for _ in range(28):
        goods, issue = c.pick(GOODS_ISSUES)
        amount = f"{c.num(30, 90000)}.{c.pick(['00', '50', '90'])}"
        doc = {
            "tslx": "投诉",
            "tsr": {"name": c.person(), "idType": "居民身份证", "idNum": c.idcard(), "mobile": c.mobile()},
            "btsr": {
                "name": company(c),
                "uscc": uscc(c),
                "address": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号（{c.pick(ESTATES)}）",
            },
            "spmc": goods,
            "gmsj": f"{c.when() - timedelta(days=c.num(3, 90)):%Y-%m-%d}",
            "je": amount,
            "ddh": c.pick(["", c.digits(18), f"E{c.digits(16)}"]),
            "gmqd": c.pick(["线下实体店", "电商平台", "直播带货", "电话购物"]),
            "wtms": issue,
            "sq": c.pick(DEMANDS),
            "tyjstm": c.chance(0.7),
        }
        c.add(f, "complaint-submit", "POST", "/12315/api/complaint/submit", hdr(JSON_CT), js_json(doc))
    for _ in range(18):
        fields = [
            ("jblx", c.pick(["无照经营", "虚假宣传", "价格违法", "食品安全", "计量作弊"])),
            ("bjbr", company(c)),
            ("bjbrdz", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号 {c.num(1, 3)}F-{c.num(1, 30)}#"),
            (
                "jbnr",
                c.pick(
                    [
                        "该店 电子秤 显示 1.2 斤，回家复称 只有 0.9 斤（少 25%），怀疑 计量作弊。",
                        "超市 标价签 写 9.9 元，结账 收 12.8 元（价签与收银价不一致）。",
                        "直播间 宣称“国家级 专利 治愈 糖尿病”，涉嫌 违法 广告。",
                    ]
                ),
            ),
            ("sfnm", c.pick(["1", "0"])),
            ("lxdh", c.mobile()),
        ]
        c.add(f, "report-submit", "POST", "/12315/api/report/submit", hdr(FORM), qs(fields, form))
    for _ in range(22):
        q = [("djh", reg_no(c)), ("lxdh", c.mobile()), ("yzm", c.alnum(4)), ("_", c.ms())]
        c.add(f, "progress-query", "GET", "/12315/api/complaint/progress?" + qs(q, axios), hdr())
    for _ in range(20):
        b = c.browser(0.8)
        is_jpg = c.chance(0.8)
        parts: list = [("djh", reg_no(c))]
        for _ in range(c.num(1, 2)):
            name = c.pick(["订单截图", "商品照片", "聊天记录", "检测报告", "mmexport17420011"]) + c.pick(
                ["", "(1)", "（2）"]
            )
            if is_jpg:
                parts.append(("files", (name + ".jpg", "image/jpeg", jpeg(c, c.num(500, 1100)))))
            else:
                parts.append(("files", (name + ".png", "image/png", png(c, c.num(500, 900)))))
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "evidence-upload", "POST", "/12315/api/complaint/evidence", h, body)
    for _ in range(20):  # ODR: the enterprise answers in its 在线纠纷解决 console
        doc = {
            "djh": reg_no(c),
            "qymc": company(c),
            "uscc": uscc(c),
            "clfs": c.pick(["同意和解", "部分同意", "不同意"]),
            "hjfa": c.pick(
                [
                    "同意 退货退款，消费者 寄回 商品（运费 由我方 承担），收到后 3 个工作日内 原路退款。",
                    "商品 已激活 不适用 七日无理由；可提供 免费 检测，如属 质量问题 予以 换新。",
                    "退还 剩余 课时费 2,760 元（3,680 × 9/12），不收取 手续费。",
                ]
            ),
            "lxr": c.person(),
            "lxdh": c.pick([c.mobile(), f"0851-{c.digits(8)}"]),
        }
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/12315/odr/console.html")
        c.add(f, "odr-reply", "POST", "/12315/api/odr/reply", h, js_json(doc))
    for _ in range(18):
        q = [
            ("keyword", c.pick(["超市", "4S店", "药房", "（连锁）", "XX 家电 · 旗舰店"])),
            ("areaCode", c.pick(list(DISTRICTS))),
            ("cnlx", c.pick(["放心消费承诺", "线下无理由退货承诺"])),
            ("page", c.num(1, 5)),
        ]
        h = c.headers(c.browser(0.7), accept=JQ_ACCEPT, referer=f"{SITE}/12315/fxxf/", xrw=True)
        c.add(f, "store-search", "GET", "/12315/api/fxxf/search?" + qs(q), h)
    for _ in range(16):  # 撤回 or 评价 of a finished complaint
        fields = [
            ("djh", reg_no(c)),
            ("czlx", c.pick(["撤回", "评价"])),
            ("myd", c.pick(["非常满意", "满意", "基本满意", "不满意"])),
            (
                "yj",
                c.pick(
                    ["", "处理 及时，商家 已退款。谢谢！", "调解员 态度好，但 等待 时间 > 15 天", "已与商家 自行和解"]
                ),
            ),
        ]
        c.add(f, "complaint-close", "POST", "/12315/api/complaint/close", hdr(JQ_FORM), qs(fields, jq))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
