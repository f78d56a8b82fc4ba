"""Two changes to the Pulumi Python SDK's runtime that a 5,000-resource sites stack needs (bench/engine.py).

1. ``wait_for_rpcs`` drains the program's outstanding Outputs with ``asyncio.wait(FIRST_COMPLETED)`` over all of
   them, again after every completion (pulumi/pulumi#22411, in the SDK pinned in pyproject.toml): each round adds
   and removes a callback on every pending task, so the drain is quadratic in the number of Outputs. A 200-site
   shard has ~25,000 of them; cProfile of a no-change preview put 13 million ``add_done_callback`` calls and most
   of the program's CPU there. Here the same loop waits on them with ``asyncio.gather``: one callback per task,
   the first failure still re-raised as soon as it happens, Outputs created while waiting picked up by the next
   round, RPCs drained first exactly as upstream does.
2. ``pulumi.log.debug`` sends every SDK debug line to the engine as a synchronous gRPC call (about ten per
   resource); the engine turns each into an event that the display then drops unless run with ``--debug``. They
   are kept only when SITEGROUP_PULUMI_SDK_DEBUG is set (non-empty).

Applied by sitegroup.program.main.run: in a real Pulumi run and in the mock-runtime tests, which run the same
stacks/__main__.py. tests/program/test_sdk_runtime.py pins the behaviour the replacement must keep.
"""

from __future__ import annotations

import asyncio
import os

import pulumi.log
from pulumi.runtime import settings, stack

DEBUG_ENV = "SITEGROUP_PULUMI_SDK_DEBUG"


async def wait_for_rpcs(await_all_outstanding_tasks: bool = True) -> None:
    rpc_manager = settings._get_rpc_manager()
    while True:
        while rpc_manager.rpcs:
            await asyncio.sleep(0)
            try:
                await rpc_manager.rpcs.pop()
            except Exception as exn:
                if rpc_manager.unhandled_exception is not None:
                    raise exn from rpc_manager.unhandled_exception.with_traceback(rpc_manager.exception_traceback)
                raise
        if rpc_manager.unhandled_exception is not None:
            raise rpc_manager.unhandled_exception.with_traceback(rpc_manager.exception_traceback)
        if await_all_outstanding_tasks:
            while True:
                with settings.SETTINGS.lock:
                    if not settings.SETTINGS.outputs:
                        break
                    pending = list(settings.SETTINGS.outputs)
                    settings.SETTINGS.outputs.clear()
                await asyncio.gather(*pending)
        if not rpc_manager.rpcs:
            break


def _no_debug(*_args, **_kwargs) -> None:
    return None


def apply() -> None:
    """Install both changes (idempotent). run_pulumi_func looks wait_for_rpcs up in its module at call time."""
    stack.wait_for_rpcs = wait_for_rpcs
    if not os.environ.get(DEBUG_ENV):
        pulumi.log.debug = _no_debug
