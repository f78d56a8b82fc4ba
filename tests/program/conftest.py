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
# The central logs' secrets (sitegroup.k8s.logging.CONFIG_KEYS; `sitegroup up` generates them once).
LOG_CONFIG = {"logStorePassword": "log-store-password-0123456789", "logStoreInternalKey": "log-internal-0123456789",
              "logTokenSeed": "fedcba9876543210" * 4, "logEvidenceKey": "-----BEGIN PRIVATE KEY-----\ntest\n",
              "logExportRestPassword": "log-export-rest-0123456789", "logExportRepositoryPassword": "log-export-r01"}
DEV_CONFIG |= LOG_CONFIG


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
