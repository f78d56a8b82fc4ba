"""What a long multi-line text costs the WAF: one request per size and profile, tuned tier vs stock CRS.

    PYTHONPATH=. python bench/waf_long_text.py [--sizes 10,100,500] [--repeat 3]

A letter, a report or a pasted log is sent as one form field of N KB of English lines (the worst case for the
platform's guarded counters: libmodsecurity compiles @rx multi-line, so a pattern anchored with ^ is tried at
every line start). Before stop 27 the guarded PL2/PL3 rules scanned the rest of the value from every line
start, quadratic in the number of lines: 104 KB of prose took 14.4 s of worker time at strict and high-value.
They now commit to their first scan ((*COMMIT) after the guards; docs/waf.md, "Stop 27"), so a failed scan is
not retried from the next line. Prints the median wall time per request (the worker does all the work on
127.0.0.1) through each profile of the tuned tier and through stock CRS at paranoia 1-3, and the status.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.waf import evaluate
from tests.waf.factory import GATEWAY, profile_host
from tests.waf.harness import Backend, Req, send

LINE = "Thanks for the quick reply -- it helped a lot! Can I pay the fee by card, or only by WeChat Pay/Alipay?\n"
HEADERS = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*", "User-Agent": "Mozilla/5.0"}
PROFILES = ("high-value", "strict", "standard")
STOCK = {"high-value": 3, "strict": 2, "standard": 1}


def letter(kb: int) -> Req:
    body = "message=" + urllib.parse.quote(LINE * max(1, kb * 1024 // len(LINE)))
    return Req("POST", "/en/contact/submit", HEADERS, body, f"{kb} KB")


def timed(port: int, host: str, req: Req, repeat: int) -> tuple[float, int]:
    times, status = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        status = send(port, host, req, source=GATEWAY).status
        times.append(time.perf_counter() - t0)
    return statistics.median(times), status


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,100,500", help="KB per request")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitegroup-long-text-"))
    work.chmod(0o755)
    print(f"{'size':>7} " + " ".join(f"{p + ' (tuned)':>22}" for p in PROFILES)
          + " " + " ".join(f"{'stock PL' + str(STOCK[p]):>22}" for p in PROFILES))
    with Backend() as b, evaluate.Tier(work, b.url, True) as tuned, evaluate.Tier(work, b.url, False) as stock:
        for kb in (int(s) for s in args.sizes.split(",")):
            req = letter(kb)
            cells = [timed(tuned.port, profile_host(p), req, args.repeat) for p in PROFILES]
            # the stock tier renders the same sites without the platform tuning: stock CRS at each level
            cells += [timed(stock.port, profile_host(p), req, args.repeat) for p in PROFILES]
            print(f"{kb:>4} KB " + " ".join(f"{dt * 1000:>14.0f} ms {st:>4}" for dt, st in cells))
    print("(median wall time per request, worker-bound on 127.0.0.1; a 403 is the text refused, not an error: "
          "English prose over 4,000 bytes is counted by the PL3 counters as before)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
