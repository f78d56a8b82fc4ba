"""check_served against a throwaway HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitegroup.migrate.verify import check_served

PAGES = {
    "/good.html": (200, "text/html; charset=utf-8", '<meta charset="utf-8"><meta name="SiteIDCode" content="1">中'),
    "/gbk.html": (200, "text/html", '<meta charset="gbk"><meta name="SiteIDCode" content="1">'),
    "/noid.html": (200, "text/html; charset=utf-8", '<meta charset="utf-8">x'),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        path, _, query = self.path.partition("?")
        if path == "/a.jsp":
            self.send_response(301)
            self.send_header("Location", "http://x/a.html" + ("?" + query if query else ""))
            self.end_headers()
            return
        if path == "/drops-query.jsp":
            self.send_response(301)
            self.send_header("Location", "http://x/drops-query.html")
            self.end_headers()
            return
        status, ctype, body = PAGES.get(path, (404, "text/html", "nope"))
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_good_pages_and_redirects_pass(server):
    assert check_served(server, "x", ["/good.html"], [{"old": "/a.jsp", "new": "/a.html"}]) == []


def test_problems_are_reported(server):
    problems = check_served(server, "x", ["/gbk.html", "/noid.html", "/missing.html"],
                            [{"old": "/good.html", "new": "/good2.html"},
                             {"old": "/drops-query.jsp", "new": "/drops-query.html"}])
    text = "\n".join(problems)
    assert "/gbk.html: declares charset gbk" in text
    assert "/noid.html: no SiteIDCode" in text
    assert "/missing.html: HTTP 404" in text
    assert "/good.html?sg-verify=1: HTTP 200" in text
    # A redirect that loses the query string breaks old links with parameters (?id=...).
    assert "/drops-query.jsp?sg-verify=1: HTTP 301 to 'http://x/drops-query.html'" in text
