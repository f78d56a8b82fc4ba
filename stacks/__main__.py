"""Pulumi entry point (Pulumi.yaml: main: stacks/). Everything lives in sitegroup.program.main."""

from pathlib import Path

from sitegroup.program.main import run

run(Path(__file__).resolve().parent.parent)
