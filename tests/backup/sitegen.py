"""Generate a government site's content tree: Chinese names, nested columns, binary attachments, odd modes.

Used by the restic tests and by bench/backup.py. Deterministic for a seed.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

COLUMNS = [
    "政务公开",
    "通知公告",
    "政策文件",
    "政策解读",
    "办事服务",
    "互动交流",
    "机构设置",
    "专题专栏",
    "人事信息",
    "统计数据",
]
SUBS = ["2024年", "2025年", "2026年", "市政府文件", "部门文件", "规范性文件", "工作动态", "乡镇动态"]
WORDS = [
    "关于",
    "印发",
    "通知",
    "实施",
    "意见",
    "办法",
    "工作",
    "方案",
    "公告",
    "年度",
    "报告",
    "政府",
    "信息",
    "公开",
    "的",
    "市",
    "县",
    "区",
    "规划",
    "建设",
    "管理",
    "服务",
]
ATTACH = [".pdf", ".docx", ".xlsx", ".jpg", ".png", ".zip"]


def _title(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))


def generate(root: Path, files: int = 1200, total_bytes: int = 16 << 20, seed: int = 7) -> dict[str, int]:
    """Write about ``files`` files totalling about ``total_bytes`` under ``root`` (created)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.html").write_text(
        "<!doctype html><html lang=zh-CN><meta charset=utf-8><title>衡山市人民政府</title>"
        "<h1>衡山市人民政府门户网站</h1><p>政府网站标识码：4301000001</p></html>\n",
        encoding="utf-8",
    )
    dirs = []
    for col in COLUMNS:
        for sub in rng.sample(SUBS, 4):
            d = root / col / sub
            if rng.random() < 0.5:
                d = d / f"{rng.randint(1, 12):02d}月"
            d.mkdir(parents=True, exist_ok=True)
            dirs.append(d)
    (root / "static" / "css").mkdir(parents=True)
    (root / "static" / "css" / "site.css").write_text("body{font-family:sans-serif}\n")
    (root / "cgi-bin").mkdir()
    script = root / "cgi-bin" / "search.sh"
    script.write_text("#!/bin/sh\necho search\n")
    script.chmod(0o755)
    (root / "内部资料").mkdir(mode=0o750)
    (root / "内部资料").chmod(0o750)
    (root / "空栏目").mkdir()  # an empty column: must come back empty, not missing
    os.symlink("政务公开", root / "zwgk")  # legacy short URL kept as a symlink

    n_attach = max(1, files // 10)
    attach_size = max(1, (total_bytes * 7 // 10) // n_attach)
    html_size = max(200, (total_bytes * 3 // 10) // max(1, files - n_attach))
    written = 7
    size = 0
    i = 0
    while written < files:
        i += 1
        d = rng.choice(dirs)
        if written % 10 == 0:
            p = d / f"附件{i:06d}_{_title(rng)}{rng.choice(ATTACH)}"
            data = rng.randbytes(rng.randint(attach_size // 2, attach_size * 3 // 2))
            p.write_bytes(data)
            if rng.random() < 0.05:
                p.chmod(0o600)
        else:
            p = d / f"t{i:06d}_{_title(rng)}.html"
            body = f"<html><meta charset=utf-8><h1>{_title(rng)}</h1><p>发布时间：2026-{i % 12 + 1:02d}-01</p>"
            pad = rng.randbytes(html_size // 2).hex()[: max(0, html_size - len(body.encode()))]
            data = (body + pad + "</html>\n").encode("utf-8")
            p.write_bytes(data)
        written += 1
        size += len(data)
    (root / "内部资料" / "值班表.xlsx").write_bytes(rng.randbytes(4096))
    return {"files": written + 1, "bytes": size}
