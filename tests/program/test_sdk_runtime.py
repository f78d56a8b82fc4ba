"""The program's replacement of the SDK's wait for outstanding Outputs (sitegroup/program/sdk_runtime.py): it waits
for every Output (also those created while waiting), re-raises a failure, and costs one callback per Output where
the SDK's own loop costs one per pending Output per completion."""

from __future__ import annotations

import asyncio

import pulumi.log
import pytest
from pulumi.runtime import settings, stack

from sitegroup.program import sdk_runtime

# Taken at collection, before any program test has run sdk_runtime.apply().
UPSTREAM_WAIT = stack.wait_for_rpcs
SDK_DEBUG = pulumi.log.debug


class CountingFuture(asyncio.Future):
    calls = 0

    def add_done_callback(self, fn, *, context=None):
        CountingFuture.calls += 1
        return super().add_done_callback(fn, context=context)


@pytest.fixture
def outputs():
    """The SDK's global set of outstanding Outputs, empty before and after the test."""
    saved = set(settings.SETTINGS.outputs)
    settings.SETTINGS.outputs.clear()
    CountingFuture.calls = 0
    yield settings.SETTINGS.outputs
    settings.SETTINGS.outputs.clear()
    settings.SETTINGS.outputs.update(saved)


def run(coro):
    """Run on a loop of its own: asyncio.run would unset the thread's loop that the mock-runtime tests use."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()


async def drain(wait, n: int) -> int:
    """n pending Outputs completing one after another while `wait` runs; the callbacks it added."""
    loop = asyncio.get_running_loop()
    futures = [CountingFuture(loop=loop) for _ in range(n)]
    settings.SETTINGS.outputs.update(futures)

    async def complete():
        for f in futures:
            await asyncio.sleep(0)
            f.set_result(None)

    finisher = asyncio.ensure_future(complete())
    await wait()
    await finisher
    assert all(f.done() for f in futures)
    return CountingFuture.calls


def test_callbacks_grow_linearly_where_the_sdk_loop_grows_quadratically(outputs):
    n = 600
    ours = run(drain(sdk_runtime.wait_for_rpcs, n))
    CountingFuture.calls = 0
    upstream = run(drain(UPSTREAM_WAIT, n))
    assert ours <= 2 * n
    assert upstream > 20 * n, upstream  # the reason for the replacement; if the SDK fixes it, drop the patch


def test_outputs_created_while_waiting_are_waited_for(outputs):
    async def scenario():
        loop = asyncio.get_running_loop()
        late = loop.create_future()
        first = loop.create_future()

        def spawn(_):
            settings.SETTINGS.outputs.add(late)  # an apply that makes another Output once the first resolves
            loop.call_later(0.01, late.set_result, "late")

        first.add_done_callback(spawn)
        settings.SETTINGS.outputs.add(first)
        loop.call_soon(first.set_result, "first")
        await sdk_runtime.wait_for_rpcs()
        return late.done()

    assert run(scenario())


def test_a_failed_output_is_raised(outputs):
    async def scenario():
        loop = asyncio.get_running_loop()
        ok, bad = loop.create_future(), loop.create_future()
        settings.SETTINGS.outputs.update({ok, bad})
        loop.call_soon(bad.set_exception, ValueError("stack config says no"))
        loop.call_later(0.01, ok.set_result, 1)
        await sdk_runtime.wait_for_rpcs()

    with pytest.raises(ValueError, match="stack config says no"):
        run(scenario())


def test_apply_replaces_the_wait_and_silences_debug_unless_asked(monkeypatch):
    monkeypatch.setattr(stack, "wait_for_rpcs", UPSTREAM_WAIT)
    monkeypatch.setattr(pulumi.log, "debug", SDK_DEBUG)
    original_debug = SDK_DEBUG
    monkeypatch.setenv(sdk_runtime.DEBUG_ENV, "1")
    sdk_runtime.apply()
    assert stack.wait_for_rpcs is sdk_runtime.wait_for_rpcs
    assert pulumi.log.debug is original_debug
    monkeypatch.delenv(sdk_runtime.DEBUG_ENV)
    sdk_runtime.apply()
    assert pulumi.log.debug is not original_debug
