"""The CMS corpora A-L (gen_cms_corpus*.py) through the real tier: FP on each tuning part and
held-out part, per blocking profile (tests/waf/evaluate.py).

A tuning part must stay under the issue's 0.5 %. C's held-out part is the measurement, not something
tuned to: its test fails only when a change makes it WORSE than the figure recorded in its ceiling
(docs/waf.md has the history), so a regression on traffic nobody tuned for is caught. A's and B's
held-out parts were measurements until session 6; they are diagnostic material now, held to their
last figures like tuning parts.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.waf import evaluate
from tests.waf.conftest import Tier
from tests.waf.data import gen_cms_corpus as gen
from tests.waf.data import gen_cms_corpus_b as gen_b

pytestmark = pytest.mark.slow

# Measured in one run (docs/waf.md, session 6's last count). The tier is deterministic, so each ceiling is
# the measured figure: one more refused request breaks it. A's and B's held-out parts were retired as
# measurements in session 6 and opened for diagnosis (docs/waf.md, held-out discipline): A's is held to
# the goal like a tuning part; B's keeps UEditor's catchimage (11 requests: an off-domain image URL the
# server would fetch, refused on purpose at PL2+). B tuning: 6 ArcGIS where= clauses libinjection reads
# as SQL (kept until stop 24, when where= became a filter field: 0). C is the measurement: its held-out
# part is only counted (count C6, stop 22: 1/780 at
# every profile; 21/780 before text/plain was allowed and read, ADR 0019), its tuning part holds one
# letter libinjection refuses. D (stop 22) was counted once (D1) and then opened for diagnosis: both parts
# are held to their last figures (docs/waf.md, "Corpus D").
HELD_OUT_CEILING = {"strict": 0.0, "standard": 0.0}
B_TUNING_CEILING = {"strict": 0.0, "standard": 0.0}  # stop 24: where= is a filter field
B_HELD_OUT_CEILING = {"strict": 11 / 685, "standard": 0.0}
C_TUNING_CEILING = {"strict": 1 / 1140, "standard": 1 / 1140, "high-value": 2 / 1140}
C_HELD_OUT_CEILING = {"strict": 1 / 780, "standard": 1 / 780, "high-value": 1 / 780}
D_TUNING_CEILING = {"strict": 3 / 904, "standard": 3 / 904, "high-value": 7 / 904}
D_HELD_OUT_CEILING = {"strict": 40 / 520, "standard": 28 / 520, "high-value": 42 / 520}  # stop 34: stack traces
# E (stop 22) counted before any E tuning (E1), after one round (E2) and after stop 23's round (E4/E5).
E_TUNING_CEILING = {"strict": 3 / 834, "standard": 2 / 834, "high-value": 8 / 834}  # stop 27: English prose
E_HELD_OUT_CEILING = {"strict": 27 / 562, "standard": 0 / 562, "high-value": 27 / 562}  # counted only (stop 34)
# F (stop 23): counted before any F tuning (F1), after one round (F2), and after stop 24 (F4, F5).
F_TUNING_CEILING = {"strict": 4 / 934, "standard": 0.0, "high-value": 5 / 934}  # stop 34: one fewer
F_HELD_OUT_CEILING = {"strict": 21 / 562, "standard": 18 / 562, "high-value": 28 / 562}  # F5 (stop 24)
# G (stop 24) was counted before any G tuning (G1) and after one round (G2); its three whole held-out families
# (SOAP exchange, Swagger try-it, OData) were most of what its held-out part refused. Stop 27 opened it for
# diagnosis (rule 2, as A, B and D) after G's last count (205 / 142 / 112 of 650): packages odata and soap-ws, and
# gov-im's DingTalk robot, came from it; it is diagnostic material now, held to its figures like a tuning part.
G_TUNING_CEILING = {"strict": 2 / 758, "standard": 1 / 758, "high-value": 2 / 758}
# Stop 25: 200013 (+xml types parsed and allowed, made for I's tuning part) moved G's held-out part; not clean.
G_HELD_OUT_CEILING = {"strict": 44 / 650, "standard": 32 / 650, "high-value": 57 / 650}  # opened (stop 27); SLD 33
# H (stop 25) is the newest measurement: counted before any H tuning (H1: 76 / 10 / 92 of 761 held-out at
# strict / standard / high-value) and after one round (H2, below). Its tuning part keeps config-registry
# (Nacos/Eureka control-plane calls, 60 at high-value): not tuned by decision (docs/waf.md, "Stop 25").
H_TUNING_CEILING = {"strict": 62 / 809, "standard": 9 / 809, "high-value": 68 / 809}
H_HELD_OUT_CEILING = {"strict": 41 / 761, "standard": 10 / 761, "high-value": 57 / 761}  # opened (33); stacks 34
# I (stop 25): its held-out families were never named to the lead, so I1 (before any I tuning: 103 / 73 / 103 of
# 728) is blind; I2 is after one round. Its tuning part keeps log shipping and ETL job definitions (logs and jobs
# carry SQL and attack strings as data) and config/registry calls: not tuned, by decision (docs/waf.md).
I_TUNING_CEILING = {"strict": 147 / 892, "standard": 117 / 892, "high-value": 147 / 892}  # stop 26
# Opened for diagnosis in stop 32 (after its last count, 98 / 98 / 65, at cf35f5a; X and Y measure now): CAP 1.2
# alerts' "  Update" line (10360: \A for ^), Markdown tables and code fences in a chat assistant's answers (10440,
# 10260): 80 / 67 / 47 (what is left: the cloud's log shipping and ETL registry calls, CAP XML inside JSON).
I_HELD_OUT_CEILING = {"strict": 67 / 728, "standard": 47 / 728, "high-value": 80 / 728}  # opened, stop 32
# J (stop 26), a helper's, blind like I: J1 before any J tuning (70 / 49 / 15 of 694 held-out at high-value / strict /
# standard; tuning 227 / 183 / 58 of 896); J2 after one round (below). Its tuning part keeps message-bus and DevOps
# webhook traffic (service-to-service, not tuned by decision, as log shipping in I).
J_TUNING_CEILING = {"strict": 62 / 896, "standard": 13 / 896, "high-value": 82 / 896}  # stop 27
J_HELD_OUT_CEILING = {"strict": 48 / 694, "standard": 11 / 694, "high-value": 53 / 694}  # only internal traffic left
# K and L (stop 27), two helpers', blind like I and J. K1 and L1 were counted before any K tuning (K held-out 62 / 60 /
# 30 of 690 at high-value / strict / standard; L held-out 60 / 60 / 0 of 812); K2 is after K's round. L is never
# tuned on: its figures after the round (L2) measure the round on traffic nobody looked at.
K_TUNING_CEILING = {"strict": 10 / 944, "standard": 7 / 944, "high-value": 10 / 944}
K_HELD_OUT_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}
L_TUNING_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}
L_HELD_OUT_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}  # opened in stop 28: wxb-jubao
M_TUNING_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}
M_HELD_OUT_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}
N_TUNING_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}
N_HELD_OUT_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 0.0}
O_TUNING_CEILING = {"strict": 6 / 843, "standard": 1 / 843, "high-value": 6 / 843}
# Stop 36: a significance level "p < 0.05" in a reviewer's comment is no tautology to 10660 (10 at PL2/PL3).
O_HELD_OUT_CEILING = {"strict": 90 / 768, "standard": 23 / 768, "high-value": 116 / 768}  # opened (28); p-values 36
P_TUNING_CEILING = {"strict": 62 / 835, "standard": 18 / 835, "high-value": 78 / 835}
# P opened for diagnosis in stop 32, after its last count (60 / 54 / 43, unchanged since P1): not tuned on yet.
P_HELD_OUT_CEILING = {"strict": 54 / 737, "standard": 43 / 737, "high-value": 60 / 737}  # P1, stop 28
Q_TUNING_CEILING = {"strict": 16 / 784, "standard": 11 / 784, "high-value": 16 / 784}
# Q2 18/15/0 (Q1 31/15/0); then opened for diagnosis in stop 29: 5/5/0
Q_HELD_OUT_CEILING = {"strict": 5 / 752, "standard": 0 / 752, "high-value": 5 / 752}
R_TUNING_CEILING = {"strict": 0 / 923, "standard": 0 / 923, "high-value": 0 / 923}  # R1 14/14/14, round 1: 0
R_HELD_OUT_CEILING = {"strict": 0 / 637, "standard": 0 / 637, "high-value": 0 / 637}  # R1 and R2, stop 29
S_TUNING_CEILING = {"strict": 0 / 768, "standard": 0 / 768, "high-value": 0 / 768}  # S1 16/16/0, round 1: 0
S_HELD_OUT_CEILING = {"strict": 0 / 768, "standard": 0 / 768, "high-value": 0 / 768}  # S1 and S2, stop 30
# T1 84/77/56; after round 1 (stop 30) the 数字人 script store and the platform's 审校 service, site-specific HTML
T_TUNING_CEILING = {"strict": 35 / 742, "standard": 28 / 742, "high-value": 42 / 742}
# T1 175/161/70, T2 161/147/56; then opened for diagnosis in stop 30: 117/103/56
# Stop 35 (T's held-out part, opened): trs-wcm's 稿件 save (an HTML field) and kb-qa (a Markdown text field and a
# boolean-expression filter field) took it from 103 / 56 / 117.
T_HELD_OUT_CEILING = {"strict": 75 / 770, "standard": 31 / 770, "high-value": 89 / 770}
U_TUNING_CEILING = {"strict": 0 / 952, "standard": 0 / 952, "high-value": 0 / 952}  # U1 5/5/0, round 1: 0
# U1 and U2, stop 30; opened for diagnosis in stop 31 (a site's own formula: a filter field, not a platform change)
U_HELD_OUT_CEILING = {"strict": 14 / 686, "standard": 14 / 686, "high-value": 14 / 686}
V_TUNING_CEILING = {"strict": 0 / 896, "standard": 0 / 896, "high-value": 0 / 896}  # V1 5/5/0, round 1: 0
V_HELD_OUT_CEILING = {"strict": 0 / 616, "standard": 0 / 616, "high-value": 0 / 616}  # V1 5/5/0, V2 0, stop 31
W_TUNING_CEILING = {"strict": 0 / 882, "standard": 0 / 882, "high-value": 0 / 882}  # W1 9/9/0, round 1: 0
W_HELD_OUT_CEILING = {"strict": 4 / 770, "standard": 0 / 770, "high-value": 4 / 770}  # W1 and W2 4/4/0, stop 31
# Corpus X (stop 32, a province's health system: 互联网 医院 处方, 检验 报告, 家庭 医生 随访, 接种 预约…):
# X1 tuning 3/3/0 (孕产妇 高危 因素 "BMI>28", 10660), round 1: 0; held-out X1 and X2 20/20/0 of 702, not read.
X_TUNING_CEILING = {"strict": 0 / 884, "standard": 0 / 884, "high-value": 0 / 884}  # X1 3/3/0, round 1: 0
X_HELD_OUT_CEILING = {"strict": 20 / 702, "standard": 0 / 702, "high-value": 20 / 702}  # X1 and X2 20/20/0, stop 32
# Corpus Y (stop 32, social affairs and mass organisations: 托育, 收养, 妇联, 福彩/体彩, 民族宗教, 人防, 信用…):
# Y1 0 / 0 / 0 in both parts, first day.
Y_TUNING_CEILING = {"strict": 0 / 910, "standard": 0 / 910, "high-value": 0 / 910}  # Y1, stop 32
Y_HELD_OUT_CEILING = {"strict": 0 / 650, "standard": 0 / 650, "high-value": 0 / 650}  # Y1, stop 32
# Corpus Z (stop 32, development, energy and commerce: 价格 监测, 分布式 光伏, 预付卡, 成品油, 二手车, 供热, 供水…):
# Z1 0 / 0 / 0 in both parts, first day.
Z_TUNING_CEILING = {"strict": 0 / 793, "standard": 0 / 793, "high-value": 0 / 793}  # Z1, stop 32
Z_HELD_OUT_CEILING = {"strict": 0 / 767, "standard": 0 / 767, "high-value": 0 / 767}  # Z1, stop 32
AA_TUNING_CEILING = {"strict": 0 / 910, "standard": 0 / 910, "high-value": 0 / 910}  # AA1, stop 33
AA_HELD_OUT_CEILING = {"strict": 0 / 650, "standard": 0 / 650, "high-value": 0 / 650}  # AA1, stop 33
AB_TUNING_CEILING = {"strict": 13 / 897, "standard": 0 / 897, "high-value": 13 / 897}  # AB2 (10510), stop 33
AB_HELD_OUT_CEILING = {"strict": 0 / 663, "standard": 0 / 663, "high-value": 0 / 663}  # AB1 = AB2, stop 33
# Corpus AC (stop 34, agriculture, veterinary, fisheries and forestry production: 兽药 追溯, 兽医 处方, 植物 检疫, 测土
# 配方, 虫情 测报, 渔捞 日志, 品种 登记, 农业 保险, 森林 防火, 湿地 监测, 农残 快检, 农技 问答): AC1 held-out 0 / 0 / 0
# (stock 3.32 / 0.52 / 70.45 % at strict / standard / high-value), tuning 1 / 0 / 1 (a face photo's base64,
# 10640); AC2 after 10640's base64 guard.
AC_TUNING_CEILING = {"strict": 0 / 988, "standard": 0 / 988, "high-value": 0 / 988}  # AC2, stop 34
AC_HELD_OUT_CEILING = {"strict": 0 / 572, "standard": 0 / 572, "high-value": 0 / 572}  # AC1 = AC2, stop 34
# Corpus AD (stop 34, foreign affairs, 侨务, 台港澳 and foreign trade: work permits with passport MRZs, APEC cards,
# apostille and 领事 认证, 华侨 身份, 寻根 and 侨批, 台胞 and 港澳 居住证, foreign experts, international students,
# translation orders, foreigners' lodging, letters of credit): AD1 held-out 83 / 0 / 83 of 572 (stock 23.60 / 5.24 /
# 56.29 % at strict / standard / high-value), tuning 56 / 2 / 56 of 988. AD's round, on the tuning part: MRZs
# (wordify.MRZ_GUARD), SWIFT text blocks (SWIFT_GUARD) and language pairs (10660). AD2 below; left in the tuning
# part: English abstracts with LaTeX and statistics (14, a text field of the site's) and inch marks (3).
AD_TUNING_CEILING = {"strict": 11 / 988, "standard": 2 / 988, "high-value": 17 / 988}  # AD2, stop 34; p-values 36
AD_HELD_OUT_CEILING = {"strict": 5 / 572, "standard": 0 / 572, "high-value": 5 / 572}  # AD2, stop 34
# Corpus AE (stop 35, the government's own collaborative office platform: CalDAV invites and free-busy, vCard and
# LDIF directories, 督查 督办, formulas in shared sheets, Markdown and OT documents, chat, webmail and .eml, approval
# flows, attendance punches, survey logic, EDIFACT and X12 desks, the platform's admin console): AE1 held-out 149 /
# 92 / 185 of 806 (stock 32.75 / 17.37 / 63.77 % at strict / standard / high-value), tuning 78 / 39 / 91 of 767.
# AE's round, on the tuning part: iCalendar and vCard objects (wordify.CARD_GUARD) and a signature's "-- " line
# (10440). AE2 below; left in the tuning part: X12 bodies (application/EDI-X12, 26) and CalDAV free-busy posts
# (text/calendar, 13) at every profile, types only a site that runs those desks declares (waf.content_types); a
# Markdown page (13, a text field of the site's) and an invite's .ics read by 10340 (12) at PL2/PL3.
AE_TUNING_CEILING = {"strict": 64 / 767, "standard": 39 / 767, "high-value": 64 / 767}  # AE2, stop 35
# AE's held-out part was then opened for diagnosis (stop 35): 942190's copy 10195 leaves a quoted sheet name's '!'
# before a cell reference ('汇总表'!C5), 92 -> 72 at standard; 10275 a pasted TSV's percentage after JSON's \t, 185
# -> 172 at high-value. Left: EDIFACT, iCalendar (iMIP), vCard, LDIF and message/rfc822 bodies of types the profiles
# do not list (65 at every profile; a site declares its own, waf.content_types); spreadsheet formulas (a site's
# sheet-formula filter field) and survey logic read as SQL by the PL2/PL3 heuristics. Stop 36: 浙政钉's interactive
# cards are gov-im's (evaluate.FAMILY_PACKAGE; the card's markdown variable an HTML field), 13 at high-value, and a
# cron expression as a whole value is not read by 10200/10440/10460/10490 (wordify.CRON_GUARD), 3 at PL2/PL3: AE4.
AE_HELD_OUT_CEILING = {"strict": 146 / 806, "standard": 72 / 806, "high-value": 156 / 806}  # AE4, stop 36
# Corpus AF (stop 36, the province's earth-science and early-warning data services: OPeNDAP/THREDDS, ERDDAP,
# SensorThings, WMO bulletins, station observation files, GRIB/NetCDF, radar and satellite WMS-T, typhoon and marine
# forecasts, climate data requests, NWP model operations, SOS/WaterML hydrology, a STAC catalogue): AF1 held-out
# 114 / 46 / 139 of 780 (stock 23.59 / 15.26 / 49.36 % at strict / standard / high-value), tuning 204 / 152 / 219 of
# 845 (stock 38.22 / 20.59 / 61.18 %).
# AF's round, on the tuning part: packages sensorthings (OData $filter/$expand with st_within, $select; the odata
# language now leaves 932100 too: a nested ";$expand"), erddap (constraint names time>= and griddap subsets, graph
# colours) and thredds (DAP4 dap4.ce); 10110 leaves a value that is wholly one double-quoted code ("QF305"); 10130
# leaves OGC's and STAC's definition and schema hosts. AF2 below; left in the tuning part: a data request's derived
# quantity (formula-check, a site's formula field), ncdump output pasted into a question and a WPS namelist posted
# as text (932115). Stop 37: a GrADS .ctl's "OPTIONS big_endian" line in an upload no longer meets 921110 (10052,
# 10053: an upload's raw body is read for whole request lines), 48 / 48 / 50 -> 35 / 35 / 37.
AF_TUNING_CEILING = {"strict": 35 / 845, "standard": 35 / 845, "high-value": 37 / 845}  # stop 37
AF_HELD_OUT_CEILING = {"strict": 75 / 780, "standard": 33 / 780, "high-value": 100 / 780}  # AF2, stop 36
# Corpus AG (stop 36, the legacy e-government application stacks still running on the cloud: ASP.NET WebForms and
# ASP.NET AJAX, Struts 2, Struts 1 / Spring MVC with jQuery 1.x, JSF (RichFaces, PrimeFaces), DWR, GWT-RPC, ExtJS
# and Ext.Direct, Flex/BlazeDS, Oracle APEX, classic ASP and JSP, report viewers): AG1 held-out 78 / 78 / 119 of 728
# (stock 12.50 / 12.50 / 42.72 % at strict / standard / high-value), tuning 91 / 91 / 91 of 962 (stock 18.30 / 10.40
# / 61.43 %).
# AG's round, on the tuning part: ASP.NET's WebResource.axd and ScriptResource.axd leave 920440 (10048); a GWT-RPC
# call (the exact type and the X-GWT-Permutation header) is read whole as a text body, the '|'-command rules leave
# it and 10051 reads it with 944130's Java classes less java.lang.String and java.lang.Integer (10049). AG2 below.
AG_TUNING_CEILING = {"strict": 0 / 962, "standard": 0 / 962, "high-value": 0 / 962}  # AG2, stop 36
AG_HELD_OUT_CEILING = {"strict": 39 / 728, "standard": 39 / 728, "high-value": 80 / 728}  # AG2, stop 36
# Corpus AH (stop 37, the modern web application stacks and low-code platforms of the newer systems: RuoYi-Vue and
# JeecgBoot admin back ends, Next.js App Router, Nuxt 3, tRPC, htmx and Hotwire Turbo, Livewire and Inertia, Blazor
# Server circuits, gRPC-Web and Connect, SvelteKit, Remix and Phoenix LiveView, PostgREST/Supabase and Hasura, Baidu
# amis and low-code form platforms): AH1 held-out 95 / 91 / 95 of 676 (stock 37.28 / 16.27 / 67.01 % at strict /
# standard / high-value), tuning 85 / 54 / 85 of 884 (stock 23.87 / 8.94 / 54.75 %); counted blind, with 10052/10053
# (an upload's raw body, from AF's tuning part) already in.
# AH's round, on the tuning part: gRPC-Web text calls under the protocol's own markers (10054/10055); packages
# pg-data-api (PostgREST's select/columns/order/or/and as filter fields of language postgrest, Hasura's query as
# graphql) and blazor-server (the hub methods' JSON-string argument). AH2 below; left in the tuning part: a PostgREST
# column filter `status=in.(active,pending)` (a parameter named after the column: the site declares it).
AH_TUNING_CEILING = {"strict": 2 / 884, "standard": 0 / 884, "high-value": 2 / 884}  # AH2, stop 37
AH_HELD_OUT_CEILING = {"strict": 69 / 676, "standard": 65 / 676, "high-value": 69 / 676}  # AH2, stop 37
# Corpus AI (stop 37, the data analysis, BI and dashboard tools of the 大数据局 and statistics bureaus: Superset
# (chart data, SQL Lab), Metabase (MBQL, native questions), Grafana SQL panels, DataEase, Kibana/OpenSearch
# Dashboards, Redash, Zeppelin/Jupyter, GoView/JimuReport big screens, Trino's client protocol, ClickHouse's HTTP
# interface, Druid/Kylin/Doris SQL, exports and subscriptions): AI1 held-out 259 / 199 / 283 of 624 (stock 44.39 /
# 32.21 / 77.56 % at strict / standard / high-value), tuning 315 / 237 / 341 of 936 (stock 43.06 / 26.92 / 71.79 %).
# Most of it is SQL written by analysts, which these tools send by design; no round yet (docs/waf.md, stop 37).
AI_TUNING_CEILING = {"strict": 315 / 936, "standard": 237 / 936, "high-value": 341 / 936}  # AI1, stop 37
AI_HELD_OUT_CEILING = {"strict": 259 / 624, "standard": 199 / 624, "high-value": 283 / 624}  # AI1, stop 37
# Corpus AJ (stop 38, the government large-model and AI application platforms: OpenAI-compatible gateways, Dify,
# FastGPT/MaxKB, RAGFlow, chat front ends, portal widgets, vector databases, MCP servers, prompt and workflow ops,
# speech and OCR serving, labelling and fine-tuning tools, 12345 and 公文 assistants), the first corpus that marks its
# consoles' requests client: office (ADR 0040; 480 of 1,744): AJ1 held-out 225 / 74 / 238 of 864 (stock 377 / 212 /
# 631 at strict / standard / high-value), tuning 114 / 34 / 114 of 880 (stock 420 / 244 / 635); AJ2, after 10738 (a
# prompt template's {{variables}}) and the llm-chat-api package: held-out 148 / 64 / 177, tuning 80 / 32 / 80.
# AJ3 (stop 39), after package vector-db-api (argument limits for one embedding, Milvus's filter language, Weaviate's
# GraphQL; decided on AJ's tuning part): held-out 139 / 55 / 168, tuning 16 / 0 / 17 (MaxKB's split regexes).
AJ_TUNING_CEILING = {"strict": 16 / 880, "standard": 0.0, "high-value": 17 / 880}  # AJ3, stop 39
# AJ4 (stop 40), after 10020 (JSON members' names, decided on corpus AM's tuning part): held-out 123 / 39 / 152.
AJ_HELD_OUT_CEILING = {"strict": 123 / 864, "standard": 39 / 864, "high-value": 152 / 864}  # AJ4, stop 40
# Corpus AK (stop 39, the province's 政法 online services: 公安 户政 and 出入境, 12123-style traffic
# management, a court's 诉讼 服务 网, 裁判 文书 and statute search, 检察 12309, 12348 法网, 公证 and 仲裁,
# 监狱 remote visits, 普法 quizzes, 律师 执业 services, 网上 报警 and fraud reports; 256 of 1,568 requests
# from consoles, client: office): AK1 held-out 36 / 0 / 36 of 640 (stock 134 / 126 / 436 at strict /
# standard / high-value), tuning 9 / 9 / 25 of 928 (stock 149 / 131 / 704). Its tuning part holds no
# platform change: a judgment search's boolean query ("工伤认定" OR "逾期", libinjection, 9 at every profile)
# is a site's filter field (boolean-expression), a 监狱 legacy JSP form posting GB18030 (10273, 16 at PL3)
# a site's exception by tag (docs/waf.md); AK1 is its figure.
AK_TUNING_CEILING = {"strict": 9 / 928, "standard": 9 / 928, "high-value": 25 / 928}  # AK1, stop 39
AK_HELD_OUT_CEILING = {"strict": 36 / 640, "standard": 0.0, "high-value": 36 / 640}  # AK1, stop 39
# Corpus AL (stop 40, the province's local finance, state-asset and property-rights market services: 地方 金融 组织
# 报送, 信易贷, 产权 and 农村 产权 交易, 排污权 / 碳 交易, 引导 基金, 上市 后备 库, 非法 集资 举报, 惠民保, 合同 / 应收
# 账款 融资, 国资 在线 监管 and the 金融 监管 workbench; 240 of 1,536 requests from consoles, client: office): AL1
# held-out 0 / 0 / 16 of 688 (stock 24 / 24 / 490 at strict / standard / high-value), tuning 32 / 16 / 32 of 848
# (stock 54 / 53 / 520). Its tuning part holds no platform change: a 信易贷 CMS's article body saved from the office
# (941160 and the XSS copies, 16 at every profile) is the site's HTML field, which burn-in now proposes (stop 40), and
# a 非法 集资 report quoting the scheme's download link (10130, 931130's copy, 16 at PL2/PL3) the site's exception.
AL_TUNING_CEILING = {"strict": 32 / 848, "standard": 16 / 848, "high-value": 32 / 848}  # AL1, stop 40
AL_HELD_OUT_CEILING = {"strict": 0.0, "standard": 0.0, "high-value": 16 / 688}  # AL1, stop 40
# Corpus AM (stop 40, the province's taxation, fees and public finance services: 电子 税务局, 数电票 and 乐企,
# 个税 汇算, 社保费, 非税 缴款, 财政 电子 票据, 出口 退税, 税收 优惠, 纳税 信用, 12366, 预算 一体化 and the 风险 应对
# workbench; 256 of 1,552 requests from consoles, client: office): AM1 held-out 96 / 80 / 96 of 704 (stock 97 / 96 /
# 448 at strict / standard / high-value), tuning 151 / 151 / 160 of 848 (stock 199 / 194 / 554). Nearly all of it
# was 930120 reading the JSON processor's dot before a member's name as a dot file: json.nsrsbh (纳税人识别号) holds
# ".nsr". AM2, after 10020 (crs-tuning-zh.conf: JSON members' names read with dot files counted only after '/' or
# the key's own dot; decided on AM's tuning part): held-out 16 / 0 / 16, tuning 7 / 7 / 16 (a legacy 代理 出口 证明
# form posting GB18030: 10310 and 10273, the site's exception by tag, as AK's).
AM_TUNING_CEILING = {"strict": 7 / 848, "standard": 7 / 848, "high-value": 16 / 848}  # AM2, stop 40
AM_HELD_OUT_CEILING = {"strict": 16 / 704, "standard": 0.0, "high-value": 16 / 704}  # AM2, stop 40


def test_the_split_is_the_committed_one_and_large_enough() -> None:
    """Regenerating gives the committed files (the split is made once, deterministically)."""
    reqs = gen.gen()
    tuning = [r for r in reqs if not gen.held_out(r["family"], r["shape"])]
    held = [r for r in reqs if gen.held_out(r["family"], r["shape"])]
    committed = [json.loads(line) for line in evaluate.TUNING.read_text(encoding="utf-8").splitlines()]
    committed_held = [json.loads(line) for line in evaluate.HELD_OUT.read_text(encoding="utf-8").splitlines()]
    assert (committed, committed_held) == (tuning, held)
    assert len(reqs) >= 1500 and len({r["family"] for r in reqs}) >= 8
    assert all(r["source"] and r["family"] and r["shape"] for r in reqs)
    families = Counter(r["family"] for r in held)
    assert set(gen.HELD_OUT_FAMILIES) <= set(families)  # whole families no tuning saw
    assert not {r["label"] for r in held} & {r["label"] for r in tuning}  # no group on both sides


@pytest.mark.parametrize("profile", ["strict", "standard"])
def test_cms_corpus_false_positives(tier: Tier, profile: str) -> None:
    tuning = evaluate.false_positives(tier.port, profile, evaluate.load(evaluate.TUNING))
    held = evaluate.false_positives(tier.port, profile, evaluate.load(evaluate.HELD_OUT))
    print(f"\nCMS corpus FP {profile}: tuning {tuning.rate:.2%}, held-out {held.rate:.2%}")
    assert tuning.rate < evaluate.GOAL, f"{profile}: tuning part {tuning.rate:.2%}: {dict(tuning.refused)}"
    assert held.rate <= HELD_OUT_CEILING[profile] + 1e-9, f"{profile}: A held-out (diagnostic): {held.refused}"


def test_corpus_b_split_is_the_committed_one_and_large_enough() -> None:
    """B is regenerated byte for byte from its generator; whole families and (family, shape) groups
    are on one side only; the split rule is the one written down before any WAF result."""
    tuning, held = gen_b.split(gen_b.gen())
    assert [json.loads(x) for x in evaluate.B_TUNING.read_text(encoding="utf-8").splitlines()] == tuning
    assert [json.loads(x) for x in evaluate.B_HELD_OUT.read_text(encoding="utf-8").splitlines()] == held
    reqs = tuning + held
    assert len(reqs) >= 1500 and len({r["family"] for r in reqs}) >= 8
    assert all(r["source"] and r["family"] and r["shape"] for r in reqs)
    assert gen_b.HELD_OUT_FAMILIES == ("xxgk-catalogue", "site-stats", "dedecms")
    assert not {r["family"] for r in tuning} & set(gen_b.HELD_OUT_FAMILIES)
    assert not {r["label"] for r in held} & {r["label"] for r in tuning}
    # B shares no family with A: it is new evidence, not more of the same.
    assert not {r["family"] for r in reqs} & {r["family"] for r in gen.gen()}


# corpus: (tuning ceiling, held-out ceiling, whether its held-out part is open for diagnosis). A measurement's
# held-out failure names only the rate (held-out discipline: nobody breaks it down); a diagnostic one lists
# what was refused.
CEILINGS = {
    "B": (B_TUNING_CEILING, B_HELD_OUT_CEILING, True),
    "C": (C_TUNING_CEILING, C_HELD_OUT_CEILING, False),
    "D": (D_TUNING_CEILING, D_HELD_OUT_CEILING, True),
    "E": (E_TUNING_CEILING, E_HELD_OUT_CEILING, False),
    "F": (F_TUNING_CEILING, F_HELD_OUT_CEILING, False),
    "G": (G_TUNING_CEILING, G_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 27
    "H": (H_TUNING_CEILING, H_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 33
    "I": (I_TUNING_CEILING, I_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 32
    "J": (J_TUNING_CEILING, J_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 28
    "K": (K_TUNING_CEILING, K_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 28
    "L": (L_TUNING_CEILING, L_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 28
    "M": (M_TUNING_CEILING, M_HELD_OUT_CEILING, False),
    "N": (N_TUNING_CEILING, N_HELD_OUT_CEILING, False),
    "O": (O_TUNING_CEILING, O_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 28
    "P": (P_TUNING_CEILING, P_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 32
    "Q": (Q_TUNING_CEILING, Q_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 29
    "R": (R_TUNING_CEILING, R_HELD_OUT_CEILING, False),
    "S": (S_TUNING_CEILING, S_HELD_OUT_CEILING, False),
    "T": (T_TUNING_CEILING, T_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 30
    "U": (U_TUNING_CEILING, U_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 31
    "V": (V_TUNING_CEILING, V_HELD_OUT_CEILING, False),
    "W": (W_TUNING_CEILING, W_HELD_OUT_CEILING, False),
    "X": (X_TUNING_CEILING, X_HELD_OUT_CEILING, False),
    "Y": (Y_TUNING_CEILING, Y_HELD_OUT_CEILING, False),
    "Z": (Z_TUNING_CEILING, Z_HELD_OUT_CEILING, False),
    "AA": (AA_TUNING_CEILING, AA_HELD_OUT_CEILING, False),
    "AB": (AB_TUNING_CEILING, AB_HELD_OUT_CEILING, False),
    "AC": (AC_TUNING_CEILING, AC_HELD_OUT_CEILING, False),
    "AD": (AD_TUNING_CEILING, AD_HELD_OUT_CEILING, False),
    "AE": (AE_TUNING_CEILING, AE_HELD_OUT_CEILING, True),  # opened for diagnosis in stop 35
    "AF": (AF_TUNING_CEILING, AF_HELD_OUT_CEILING, False),
    "AG": (AG_TUNING_CEILING, AG_HELD_OUT_CEILING, False),
    "AH": (AH_TUNING_CEILING, AH_HELD_OUT_CEILING, False),
    "AI": (AI_TUNING_CEILING, AI_HELD_OUT_CEILING, False),
    "AJ": (AJ_TUNING_CEILING, AJ_HELD_OUT_CEILING, False),
    "AK": (AK_TUNING_CEILING, AK_HELD_OUT_CEILING, False),
    "AL": (AL_TUNING_CEILING, AL_HELD_OUT_CEILING, False),
    "AM": (AM_TUNING_CEILING, AM_HELD_OUT_CEILING, False),
}


@pytest.mark.parametrize(("corpus", "profile"), [(c, p) for c, (tuning, _, _) in CEILINGS.items() for p in tuning])
def test_cms_corpus_false_positives_stay_at_their_figures(tier: Tier, corpus: str, profile: str) -> None:
    """Corpora B-Z and AA-AM (gen_cms_corpus_{b..z,aa,...,am}.py): both parts held to their last recorded figures
    (docs/waf.md). C, E, F, M, N, R, S, V, W, X, Y, Z, AA-AD and AF-AM are measurements: their held-out
    parts are only counted; B's, D's, G's, H's, I's, J's, K's, L's, O's, P's, Q's, T's, U's and AE's were opened
    for diagnosis."""
    tuning_ceiling, held_ceiling, diagnostic = CEILINGS[corpus]
    tuning = evaluate.false_positives(tier.port, profile, evaluate.load(evaluate.TUNING_PARTS[corpus]))
    held = evaluate.false_positives(tier.port, profile, evaluate.load(evaluate.PARTS[f"{corpus} held-out"]))
    print(f"\nCMS corpus {corpus} FP {profile}: tuning {tuning.rate:.2%}, held-out {held.rate:.2%}")
    assert tuning.rate <= tuning_ceiling[profile] + 1e-9, f"{corpus} tuning {tuning.rate:.2%}: {tuning.refused}"
    shown = f": {held.refused}" if diagnostic else ""
    assert held.rate <= held_ceiling[profile] + 1e-9, f"{corpus} held-out got worse: {held.rate:.2%}{shown}"
