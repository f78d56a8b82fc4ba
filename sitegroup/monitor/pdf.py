"""The weekly report as PDF: headless chromium prints the self-contained HTML report (Debian's chromium; the
CJK font is fonts-wqy-microhei, both in ./run's engine list). No PDF library: the browser already lays out
Chinese text and tables, and the tests need it anyway for the dashboard.

Chromium never touches the network: the page is opened as file://, the report's own Content-Security-Policy
forbids every fetch, background networking is off, and every host name resolves to nothing."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         "--disable-extensions", "--disable-sync", "--no-default-browser-check", "--no-pdf-header-footer",
         "--host-resolver-rules=MAP * ~NOTFOUND")
TIMEOUT = 120  # seconds: a cold chromium on a busy 2-core machine takes ~5


class PdfError(Exception):
    pass


def find_browser() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


def html_to_pdf(html_file: Path, pdf_file: Path, browser: str | None = None) -> Path:
    """Print html_file (a local file) to pdf_file; raises PdfError with chromium's own words when it fails."""
    browser = browser or find_browser()
    if not browser:
        raise PdfError("PDF needs Debian's chromium (apt-get install chromium fonts-wqy-microhei)")
    pdf_file = pdf_file.resolve()
    pdf_file.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="sitegroup-pdf-") as profile:
        cmd = [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf_file}",
               html_file.resolve().as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False,
                                  env={"HOME": profile, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        except subprocess.TimeoutExpired:
            raise PdfError(f"chromium did not print {html_file} within {TIMEOUT} s") from None
    if not pdf_file.is_file() or not pdf_file.read_bytes().startswith(b"%PDF-"):
        tail = "\n".join((done.stderr or "").strip().splitlines()[-5:])
        raise PdfError(f"chromium (exit {done.returncode}) wrote no PDF for {html_file}: {tail}")
    return pdf_file
