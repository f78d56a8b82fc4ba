#!/usr/bin/env python3
"""Onboarding benchmark: a generated 10,000-page legacy site moved by playbooks/onboard.yml between two
local containers (--network none, docker connection), against a plain `tar | tar` copy of the same tree
over the same path (legacy container -> controller -> target container) in the same run.

    PYTHONPATH=. .venv/bin/python bench/onboard.py [--pages 10000]

Prints the whole onboarding's time, each role's time (ansible.posix.profile_roles), files/s, the ratio to
tar | tar, and the time of a second (no-change) run. Needs docker and the test image (tests/containers.py).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.onboard import lab

_ROLE_LINE = re.compile(r"^(onboard_\w+|include_role|include_tasks|\S+)\s+-+\s+([0-9.]+)s$", re.M)


def tar_copy(docroot: str) -> float:
    """tar | tar from the legacy container to the target container, through this machine, like the playbook."""
    lab.sh(lab.Container(lab.TARGET), "rm -rf /tmp/tarcopy && mkdir -p /tmp/tarcopy")
    t0 = time.monotonic()
    src = subprocess.Popen(["docker", "exec", lab.LEGACY, "tar", "-C", docroot, "-cf", "-", "."],
                           stdout=subprocess.PIPE)
    subprocess.run(["docker", "exec", "-i", lab.TARGET, "tar", "-C", "/tmp/tarcopy", "-xf", "-"],
                   stdin=src.stdout, check=True)
    src.wait()
    elapsed = time.monotonic() - t0
    lab.sh(lab.Container(lab.TARGET), "rm -rf /tmp/tarcopy")
    return elapsed


def roles(output: str) -> dict[str, float]:
    recap = output[output.rfind("ROLES RECAP"):] if "ROLES RECAP" in output else output
    return {m.group(1): float(m.group(2)) for m in _ROLE_LINE.finditer(recap)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    args = ap.parse_args()
    t0 = time.monotonic()
    env = lab.start_lab(pages=args.pages, dept_pages=10)
    s = env["summaries"]["qingshan"]
    files = s["pages"] + s["attachments"]
    size = int(lab.sh(env["legacy"], "du -s -B1 --apparent-size /var/www/qingshan").split()[0])
    print(f"legacy site: {s['pages']} pages + {s['attachments']} attachments = {files} files, "
          f"{size / 1e6:.1f} MB ({s['gbk_pages']} GBK pages, {s['jsp']} .jsp); lab up in {time.monotonic() - t0:.0f} s")
    try:
        tar_s = tar_copy("/var/www/qingshan")
        print(f"tar | tar copy: {tar_s:.1f} s, {files / tar_s:.0f} files/s")
        cb = {"ANSIBLE_CALLBACKS_ENABLED": "ansible.posix.profile_roles,ansible.posix.profile_tasks",
              "PROFILE_TASKS_TASK_OUTPUT_LIMIT": "8"}
        run = lab.play("qingshan", timeout=3600, **cb)
        if run.rc != 0:
            print(run.output[-5000:])
            return 1
        per_role = roles(run.output)
        print(f"onboarding (all steps): {run.seconds:.1f} s, {files / run.seconds:.0f} files/s, "
              f"{run.seconds / tar_s:.1f}x the tar | tar time; changed={run.changed}")
        for name, secs in sorted(per_role.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<24} {secs:7.1f} s")
        tasks = [line for line in run.output.splitlines() if re.match(r"^onboard_\w+ : .* -+ +[0-9.]+s$", line)]
        print("slowest tasks:\n" + "\n".join("  " + line for line in tasks[:8]))
        transfer = per_role.get("onboard_transfer")
        if transfer:
            print(f"transfer step alone: {files / transfer:.0f} files/s, {transfer / tar_s:.1f}x the tar | tar time")
        again = lab.play("qingshan", timeout=3600, **cb)
        print(f"second run (nothing to do): {again.seconds:.1f} s, changed={again.changed}, rc={again.rc}")
    finally:
        lab.stop_lab()
    return 0


if __name__ == "__main__":
    sys.exit(main())
