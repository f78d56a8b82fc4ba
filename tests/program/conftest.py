"""Fixtures for the program tests: the dev inventory, small model-built environments, one mocked run."""

from __future__ import annotations

import pytest

from sitegroup.inventory import load_environment
from sitegroup.k8s import render
from tests.program import factory
from tests.program.harness import run_program

DEV_CONFIG = {"environment": "dev", "layer": "all", "kubeContext": "sitegroup-dev",
              "backupPruneUsername": "prune", "backupPrunePassword": "prune-secret",
              "secretSeed": "0123456789abcdef" * 4}


@pytest.fixture(scope="session")
def dev_env():
    return load_environment("dev")


@pytest.fixture(scope="session")
def dev_rendered(dev_env):
    return render(dev_env)


@pytest.fixture(scope="session")
def small_env():
    return factory.environment(acme=True)


@pytest.fixture(scope="session")
def dev_program():
    """The whole program (all layers) for the dev inventory, under mocks: ~800 registrations, ~6 s."""
    return run_program(DEV_CONFIG)
