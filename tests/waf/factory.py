"""Model objects for WAF tests and the benchmark, built directly (no inventory on disk needed).

Profiles come from policies/waf/*.yaml, read by the loader's own catalogue, so the tests exercise the real
policy values; the admin ranges are kept as written (10.20.0.0/16 etc.), which never include the loopback
test clients.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import date
from pathlib import Path

from sitegroup.catalogue import Catalogue, load_catalogue
from sitegroup.model import (
    ContentType,
    Environment,
    FilterField,
    HtmlField,
    MethodGrant,
    RateLimit,
    Site,
    SiteWaf,
    TextField,
    WafException,
    WafProfile,
    cms_packages,
)
from sitegroup.waf import cms
from tests import modelkit as kit

REPO = Path(__file__).resolve().parents[2]
GATEWAY = "127.0.0.2"  # the test's "gateway": a second loopback address


@functools.cache
def _catalogue() -> Catalogue:
    cat, issues = load_catalogue(REPO / "site_templates", REPO / "policies", str)
    assert not issues, issues
    return cat


def load_profile(name: str) -> WafProfile:
    return _catalogue().waf_profiles[name]


PROFILES = ("high-value", "strict", "standard", "legacy-cms", "burn-in")
BLOCKING = ("high-value", "strict", "standard", "legacy-cms")  # engine On, inbound threshold 5

# The WAF reads a site's id, name, domains, profile and status; the rest is the kit's.
_TEMPLATE = kit.template("department", site_type="department", waf="standard", tier="bronze")
_BACKUP = kit.backup_tier("bronze", 1)


def site(site_id: str, domains: tuple[str, ...], profile: WafProfile,
         exceptions: tuple[WafException, ...] = (), name: str = "测试网站", status: str = "live",
         cms: str | tuple[str, ...] | None = None, html_fields: tuple[HtmlField, ...] = (),
         text_fields: tuple[TextField, ...] = ()) -> Site:
    waf = SiteWaf(profile, exceptions, cms_packages(cms), html_fields, text_fields=text_fields)
    return kit.site(site_id, template=_TEMPLATE, waf=waf,
                    backup=_BACKUP, domains=domains, name=name, status=status)


def environment(sites: list[Site], gateway_cidrs: tuple[str, ...] = (f"{GATEWAY}/32",)) -> Environment:
    return kit.environment(sites, platform=kit.platform(gateway_cidrs=gateway_cidrs))


def profile_site_id(profile: str) -> str:
    return f"p-{profile}"


def profile_host(profile: str) -> str:
    return f"{profile}.test.gov.cn"


def cms_host(profile: str, package: str) -> str:
    return f"{profile}.{package}.test.gov.cn"


RATE_HOST = "rate.test.gov.cn"  # profile "rate-test": standard with 2 r/s, burst 10
EXCEPTION_PATH = "/hudong/letter/"
EXCEPTION_RULE = 942100  # libinjection SQLi on the letter's "content" field, for the exception test


HTML_FIELD = HtmlField(paths=("/hdjl/comment/submit", "/zhengwen/"), targets=("ARGS:content", "ARGS:json.body"),
                       sanitiser="jsoup Safelist.relaxed()", reason="投稿正文为富文本编辑器生成的 HTML")


# A CAP 1.2 alert relayed inside JSON (markup cap, stop 36), on the same h-<profile> sites.
CAP_FIELD = HtmlField(paths=("/yjxx/api/relay",), targets=("ARGS:json.content",),
                      sanitiser="预警信息发布系统 CAP 1.2 解析器 (XML Schema 校验)",
                      reason="预警信息以 CAP 1.2 XML 转发", markup="cap")


# A site's own text field (waf.text_fields, ADR 0029), on the same h-<profile> sites: a 运维工单's description,
# form and JSON, under its own paths.
TEXT_FIELD = TextField(paths=("/gongdan/submit", "/api/ticket/"), targets=("ARGS:description", "ARGS:json.description"),
                       stored="MyBatis #{} 绑定参数", shown="Thymeleaf th:text 转义输出",
                       reason="运维工单问题描述，常粘贴日志、SQL 与命令输出")


# One site running four products (waf.cms: a list): each package's exclusions, none lost to another's.
MULTI_PACKAGES = ("coremail", "geoserver", "headless-cms", "library-opac")


def multi_host(profile: str) -> str:
    return f"multi-{profile}.test.gov.cn"


# A site's own declarations (waf.filter_fields, waf.content_types) on a site of each profile.
SITE_FILTER = FilterField(paths=("/gis/query",), targets=("ARGS:where",), language="filter-sql",
                          reason="本站地图服务的查询条件 (ArcGIS where)")
# Stop 31: a knowledge base's conditions and a policy calculator's formula, the site's own services.
SITE_RULES = FilterField(paths=("/rules/save",), targets=("ARGS:json.expr",), language="boolean-expression",
                         reason="本站知识库情形引导的条件表达式")
SITE_FORMULA = FilterField(paths=("/calc/evaluate",), targets=("ARGS:json.formula",), language="formula",
                           reason="本站惠企政策计算器的补贴公式")
# Stop 35: an online sheet's cell formulas, the site's own service.
SITE_SHEET = FilterField(paths=("/sheet/api/cell",), targets=("ARGS:json.formula",), language="sheet-formula",
                         reason="本站在线表格的单元格公式")
SITE_CONDITION = FilterField(paths=("/survey/api/logic",), targets=("ARGS:json.when",), language="condition",
                             reason="本站问卷的跳题逻辑")
# Stop 35: an iMIP bridge posting invitations to the site's CalDAV scheduling service as text/calendar (RFC 6047).
SITE_CALENDAR_TYPE = ContentType(paths=("/caldav/",), type="text/calendar", parameters=("charset", "method"),
                                 body="text", reason="本站 CalDAV 日程服务接收 iMIP 邀请 (text/calendar)")
SITE_DAV_METHODS = MethodGrant(paths=("/caldav/",), methods=("PROPFIND", "REPORT", "PUT", "DELETE"),
                               reason="本站 CalDAV 日程服务 (Thunderbird、iOS、DAVx5 同步日历)")
SITE_BODY_TYPE = ContentType(paths=("/api/site/",), type="application/x-site-json", parameters=("charset",),
                             body="json", reason="本站移动端以自定义类型提交 JSON")


def declared_host(profile: str) -> str:
    return f"declared-{profile}.test.gov.cn"


def html_host(profile: str) -> str:
    return f"html-{profile}.test.gov.cn"


def letter_exception() -> WafException:
    return WafException(rule_id=EXCEPTION_RULE, rule_tag=None, path=EXCEPTION_PATH,
                        target="ARGS:content", reason="信件正文常引用SQL语句片段 (ticket 42)",
                        expires=date(2099, 12, 31))


def test_environment(extra: list[Site] | None = None) -> Environment:
    """One site per profile, plus 'p-exc' (standard with one live and one expired exception) and
    'p-rate' (standard with a slow rate limit)."""
    sites = [site(profile_site_id(p), (profile_host(p),), load_profile(p)) for p in PROFILES]
    exc = letter_exception()
    expired = dataclasses.replace(exc, rule_id=941100, target=None, expires=date(2000, 1, 1))
    sites.append(site("p-exc", ("exc.test.gov.cn",), load_profile("standard"), (exc, expired)))
    # A slow rate limit, so the 429 tests do not depend on how fast the machine is.
    slow = dataclasses.replace(load_profile("standard"), name="rate-test", rate_limit=RateLimit(2, 10))
    sites.append(site("p-rate", (RATE_HOST,), slow))
    # A site's own HTML field (waf.html_fields, ADR 0020) on a site of each profile.
    sites += [site(f"h-{p}", (html_host(p),), load_profile(p), html_fields=(HTML_FIELD, CAP_FIELD),
                  text_fields=(TEXT_FIELD,)) for p in PROFILES]
    # Each CMS package (policies/waf/cms/) on a site of each profile.
    sites += [site(f"c-{p}-{pkg}", (cms_host(p, pkg),), load_profile(p), cms=pkg)
              for p in PROFILES for pkg in sorted(cms.packages())]
    sites += [site(f"m-{p}", (multi_host(p),), load_profile(p), cms=MULTI_PACKAGES) for p in PROFILES]
    declared = (SITE_FILTER, SITE_RULES, SITE_FORMULA, SITE_SHEET, SITE_CONDITION)
    sites += [dataclasses.replace(s, waf=dataclasses.replace(s.waf, filter_fields=declared,
                                                              content_types=(SITE_BODY_TYPE, SITE_CALENDAR_TYPE),
                                                              methods=(SITE_DAV_METHODS,)))
              for s in (site(f"d-{p}", (declared_host(p),), load_profile(p)) for p in PROFILES)]
    return environment(sites + (extra or []))


def disguised(path: str) -> list[str]:
    """Paths that start like ``path`` (a directory "/a/" or a file "/a/f") but reach another resource
    on some backend: Tomcat drops ";params" per segment (/a/..;/x is /x), IIS reads '\\' as '/', a
    double-encoded dot segment, a control character; plus a ";jsessionid=" URL (no exclusion either:
    fail closed). None of them may carry an exclusion, exception or carve-out of ``path``."""
    base = path if path.endswith("/") else path + "/"
    return [base + "..;/x", base + "y/..;/..;/x", base + "..%5cx", base + "%252e%252e/x", base + "..%01/x",
            base + "y;jsessionid=1"]
