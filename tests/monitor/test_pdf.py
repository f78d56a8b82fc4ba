"""The weekly report as PDF, printed by real headless chromium (no network: file:// and the flags of
sitegroup.monitor.pdf); its text read back with poppler's pdftotext."""

from __future__ import annotations

import re
import subprocess

import pytest

from sitegroup.cli import main
from sitegroup.monitor.store import open_store
from tests.conftest import require
from tests.monitor.test_store import NOW, _result


@pytest.mark.slow
def test_report_pdf_has_pages_and_the_chinese_report(tmp_path, capsys):
    require("chromium", "pdftotext", "pdfinfo")
    store = open_store(tmp_path / "history.sqlite")
    # Enough failing sites that the 不合格 table runs over more than one A4 page.
    results = [_result(f"county{k:03d}", "不合格" if k % 2 else "合格", NOW) for k in range(120)]
    store.add_run(NOW, "dev", "default", results)
    store.close()
    out = tmp_path / "out"
    assert main(["monitor", "report", "--env", "dev", "--store", str(tmp_path / "history.sqlite"), "--out", str(out),
                 "--pdf"]) == 0
    pdf = out / "weekly-2026-W47.pdf"
    assert f"wrote {pdf}" in capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert pages >= 2, info
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "政府网站监测周报 2026 年第 47 周（dev）" in text
    # The last failing site is there: the long table was printed whole (a narrow cell wraps 县名/人民政府).
    assert "county119" in text and "county119办公室" in text.replace("\n", "") and "合格 60 个，不合格 60 个" in text


def test_a_missing_browser_is_a_clear_error(tmp_path):
    from sitegroup.monitor.pdf import PdfError, html_to_pdf

    page = tmp_path / "r.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(PdfError, match=r"chromium \(exit 1\) wrote no PDF"):
        html_to_pdf(page, tmp_path / "r.pdf", browser="/bin/false")
    assert not (tmp_path / "r.pdf").exists()
