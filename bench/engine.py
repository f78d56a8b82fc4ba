"""The real engine's speed: `sitegroup up` of an environment from empty, a no-change preview, adding one site, and
the same plan applied with `kubectl apply --server-side` as the anchor a user might pick instead.

    .venv/bin/python bench/engine.py [--sizes 30,200] [--bin DIR]

Goals (issue 11): a no-change preview of a 200-site shard under 60 s; adding one site under 30 s; the per-site
cost of the sites layer flat from 30 to 200 sites. Both the full runs (every object through the engine, the
provider's diff and the policy pack) and `--changed` (only the sites whose desired state changed since the last
recorded `up`, program/incremental.py) are measured. Each size runs on a fresh control plane (etcd + kube-apiserver
+ kube-controller-manager on 127.0.0.1, no kubelet) with a generated inventory (bench/gen_inventory.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gen_inventory import generate
from sitegroup.engines import build
from sitegroup.engines.controlplane import ControlPlane
from tests.realengine.project import prepare, up

ENV = "bench"
UP_ARGS: list[str] = []  # extra `sitegroup up` arguments of this run (--no-policy)


def seconds(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def add_department(inventory: Path, sid: str = "zz-new", number: int = 9999) -> str:
    """One more provincial department, the entry an operator adds to onboard a site."""
    src = next((inventory / "sites").rglob("*.yaml"))
    text = src.read_text(encoding="utf-8")
    import yaml

    doc = yaml.safe_load(text)
    doc.update(id=sid, name=f"新增测试局{number}网站", organizer=f"新增测试局{number}", level="department",
               type="department",
               region_code="680000", site_code=f"680000{number:04d}", parent="sheng", domains=[f"{sid}.sheng.gov.cn"],
               icp=f"青ICP备6899{number:04d}号-1", psb=f"青公网安备6800000099{number:04d}号",
               owners=[f"sg:{sid}-editors"], template="department", status="live")
    doc = {k: v for k, v in doc.items() if v is not None and k != "legacy"}
    (src.parent / f"{sid}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    return sid


def pulumi_run(bin_dir: Path, n: int, work: Path) -> dict:
    inventory = generate(n, work / "inventory")
    with ControlPlane(bin_dir, work / "cp") as cp:
        project = prepare(work, cp, ENV, inventory=inventory, bin_dir=bin_dir)
        row = {"sites": n}
        for layer in ("crds", "platform", "sites"):
            row[f"up {layer}"] = seconds(lambda layer=layer: up(project, ENV, "--stack", f"{ENV}-{layer}", *UP_ARGS))
        # The preview an operator runs (`sitegroup up --preview`): the state is not re-serialised after every
        # step (a raw `pulumi preview` does that, O(n^2): see ADR 0009).
        t = time.perf_counter()
        preview = up(project, ENV, "--stack", f"{ENV}-sites", "--preview", *UP_ARGS)
        row["no-change preview (sites)"] = time.perf_counter() - t
        changes = {op: n for op, n in preview[0]["changes"].items() if op != "same"}
        assert changes == {}, changes
        t = time.perf_counter()
        preview = up(project, ENV, "--stack", f"{ENV}-sites", "--preview", "--changed", *UP_ARGS)
        row["no-change preview --changed"] = time.perf_counter() - t
        assert preview[0]["changed_sites"] == [], preview[0]
        add_department(project.root / "inventories" / ENV, "zz-new", 9999)
        t = time.perf_counter()
        added = up(project, ENV, "--stack", f"{ENV}-platform", "--stack", f"{ENV}-sites", "--changed", *UP_ARGS)
        row["add one site --changed"] = time.perf_counter() - t
        assert added[-1]["changed_sites"] == ["zz-new"], added[-1]
        add_department(project.root / "inventories" / ENV, "zz-full", 9998)
        row["add one site (platform+sites)"] = seconds(
            lambda: up(project, ENV, "--stack", f"{ENV}-platform", "--stack", f"{ENV}-sites", *UP_ARGS))
        # The anchor gets exactly the CRDs the crds layer installed (charts' templates are not plain YAML).
        crds = project.kube_json("get", "customresourcedefinitions")
        for item in crds["items"]:
            item.pop("status", None)
            item["metadata"] = {k: v for k, v in item["metadata"].items() if k in ("name", "labels", "annotations")}
        (work / "crds.json").write_text(json.dumps(crds), encoding="utf-8")
    return row


def kubectl_run(bin_dir: Path, n: int, work: Path, crds: Path) -> dict:
    """The anchor: the same plan as YAML, `kubectl apply --server-side` (the same CRDs, no charts)."""
    inventory = generate(n, work / "inventory-k")
    plan = work / "plan"
    subprocess.run([sys.executable, "-m", "sitegroup", "plan", "--inventory", str(inventory), "--out", str(plan)],
                   check=True, capture_output=True)
    with ControlPlane(bin_dir, work / "cp-k") as cp:
        def apply(path: Path) -> None:
            subprocess.run([str(bin_dir / "kubectl"), "--kubeconfig", str(cp.admin_kubeconfig), "apply",
                            "--server-side", "--field-manager", "bench", "-f", str(path), "-R"],
                           check=True, capture_output=True)

        apply(crds)
        time.sleep(2)  # CRDs become Established
        row = {"sites": n, "apply platform": seconds(lambda: apply(plan / "platform"))}
        row["apply sites"] = seconds(lambda: apply(plan / "sites"))
        row["re-apply sites (no change)"] = seconds(lambda: apply(plan / "sites"))
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,200")
    parser.add_argument("--bin", type=Path, default=None, help="engines directory (default: sitegroup engines build)")
    parser.add_argument("--no-policy", action="store_true", help="without the CrossGuard pack (its cost alone)")
    parser.add_argument("--checkpoints", action="store_true",
                        help="sitegroup up --checkpoints: the state saved after every step (Pulumi's default)")
    parser.add_argument("--no-anchor", action="store_true", help="skip the kubectl apply anchor")
    args = parser.parse_args()
    UP_ARGS.extend(["--policy-pack", "none"] if args.no_policy else [])
    UP_ARGS.extend(["--checkpoints"] if args.checkpoints else [])
    bin_dir = args.bin or build.ensure()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-engine-") as tmp:
        for n in sizes:
            p = pulumi_run(bin_dir, n, Path(tmp) / f"p{n}")
            print(f"{n} sites, pulumi: " + ", ".join(f"{key} {v:.1f} s" for key, v in p.items()
                                                      if isinstance(v, float)), flush=True)
            k = None
            if not args.no_anchor:
                k = kubectl_run(bin_dir, n, Path(tmp) / f"k{n}", Path(tmp) / f"p{n}" / "crds.json")
                print(f"{n} sites, kubectl: " + ", ".join(f"{key} {v:.1f} s" for key, v in k.items()
                                                           if isinstance(v, float)), flush=True)
            rows.append((p, k))
    print("\n| sites | up crds | up platform | up sites | s/site | no-change preview | --changed | add one site "
          "| --changed | kubectl apply sites | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for p, k in rows:
        n = p["sites"]
        anchor = f"{k['apply sites']:.1f} | {p['up sites'] / k['apply sites']:.1f}x" if k else "- | -"
        print(f"| {n} | {p['up crds']:.1f} | {p['up platform']:.1f} | {p['up sites']:.1f} | {p['up sites'] / n:.2f} "
              f"| {p['no-change preview (sites)']:.1f} | {p['no-change preview --changed']:.1f} "
              f"| {p['add one site (platform+sites)']:.1f} | {p['add one site --changed']:.1f} | {anchor} |")
    big = max(rows, key=lambda r: r[0]["sites"])[0]
    print(f"\ngoal: no-change preview of {big['sites']} sites < 60 s: full {big['no-change preview (sites)']:.1f} s,"
          f" --changed {big['no-change preview --changed']:.1f} s; adding one site < 30 s: full"
          f" {big['add one site (platform+sites)']:.1f} s, --changed {big['add one site --changed']:.1f} s")
    if len(rows) > 1:
        small, large = rows[0][0], rows[-1][0]
        ratio = (large["up sites"] / large["sites"]) / (small["up sites"] / small["sites"])
        print(f"per-site cost {small['sites']} -> {large['sites']} sites: x{ratio:.2f} (flat = 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
