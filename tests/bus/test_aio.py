"""The asyncio face: many requests and streams in flight on one socket from many coroutines."""
import asyncio

import pytest

from bus.aio import AsyncClient
from protocol import Code, ProtocolError


def test_concurrent_requests_and_streams(rig):
    rig.worker("aio", capacity=4, credit=64)

    async def main():
        c = AsyncClient(rig.endpoints.internal)
        try:
            answers = await asyncio.gather(*(c.request("sys.echo", {"data": i}, target="aio") for i in range(50)))
            assert [a["data"] for a in answers] == list(range(50))
            parts = [r async for r in c.stream("sys.echo", {"data": "s", "repeat": 5}, target="aio")]
            assert [p.final for p in parts] == [False] * 5 + [True]
            with pytest.raises(ProtocolError) as e:
                await c.request("sys.echo", {"delay_ms": 5000}, target="aio", timeout=0.2)
            assert e.value.code == Code.TIMEOUT
        finally:
            c.close()

    asyncio.run(main())
