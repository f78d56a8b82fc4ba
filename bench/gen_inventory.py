"""Generate a valid inventory of N sites (a province, its cities, counties and departments) for benchmarks.

    python bench/gen_inventory.py 5000 /tmp/inv-5000

Shapes follow the real hierarchy, so every validator rule runs on realistic data. Capacity is set
so that the generated sites fit.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ENV = """name: bench
description: 生成的基准测试清单
capacity: {{cpu: "{cpu}", memory: {mem}Gi, storage: {st}Gi}}
platform:
  kubernetes_version: "1.36"
  gateway_cidrs: [10.244.0.0/16]
  waf_replicas: 4
  cert_issuer: sitegroup-bench
  acme_server: null
  backup_repository: rest:https://backup.bench.sitegroup.internal:8000
  offsite_repository: s3:https://offsite.sitegroup.internal/bench
  dns_cidrs: [10.96.0.10/32]
"""


def entry(i: int, sid: str, name: str, org: str, level: str, stype: str, rc: str, serial: int, parent: str | None,
          domain: str, template: str) -> str:
    lines = [
        f"id: {sid}", f"name: {name}", f"organizer: {org}", f"level: {level}", f"type: {stype}",
        f'region_code: "{rc}"', f'site_code: "{rc}{serial:04d}"',
    ]
    if parent:
        lines.append(f"parent: {parent}")
    lines += [
        f"domains: [{domain}]", f"icp: 青ICP备{10000000 + i:08d}号-1", f"psb: 青公网安备{int(rc) * 10**8 + i:014d}号",
        f"owners: [sg:{sid}-editors]", f"template: {template}", "status: live",
    ]
    return "\n".join(lines) + "\n"


def generate(n: int, out: Path) -> Path:
    if out.exists():
        shutil.rmtree(out)
    sites = out / "sites"
    files: list[tuple[str, str, str]] = []  # (prefecture, id, text)

    def add(pref, sid, *args):
        files.append((pref, sid, entry(len(files) + 1, sid, *args)))

    add("province", "sheng", "青川省人民政府门户网站", "青川省人民政府办公厅", "province", "portal", "680000", 1, None,
        "www.sheng.gov.cn", "province-portal")
    cities = max(3, min(90, n // 120))
    per_city = max(1, (n - 1 - cities) // cities)
    dept_serial = {"680000": 1}
    c = 0
    while len(files) < n and c < cities:
        c += 1
        cid, crc = f"c{c}", f"68{c:02d}00"
        add(cid, cid, f"第{c}市人民政府门户网站", f"第{c}市人民政府办公室", "city", "portal", crc, 1, "sheng",
            f"www.{cid}.gov.cn", "city-portal")
        for k in range(1, per_city + 1):
            if len(files) >= n:
                break
            if k % 2 == 1 and k // 2 + 1 <= 99:  # a county
                j = k // 2 + 1
                sid = f"c{c}x{j}"
                add(cid, sid, f"第{c}市第{j}县人民政府门户网站", f"第{c}市第{j}县人民政府办公室", "county", "portal",
                    f"68{c:02d}{j:02d}", 1, cid, f"www.{sid}.gov.cn", "county-portal")
            else:  # a city department
                dept_serial[crc] = dept_serial.get(crc, 1) + 1
                d = dept_serial[crc]
                sid = f"c{c}d{d}"
                add(cid, sid, f"第{c}市第{d}局网站", f"第{c}市第{d}局", "department", "department", crc, d, cid,
                    f"d{d}.{cid}.gov.cn", "department")
    while len(files) < n:  # provincial departments fill the rest
        dept_serial["680000"] += 1
        d = dept_serial["680000"]
        add("province", f"sd{d}", f"青川省第{d}厅网站", f"青川省第{d}厅", "department", "department", "680000", d,
            "sheng", f"d{d}.sheng.gov.cn", "department")
    for pref, sid, text in files:
        path = sites / pref / f"{sid}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (out / "environment.yaml").write_text(ENV.format(cpu=n * 4, mem=n * 8, st=n * 200), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
