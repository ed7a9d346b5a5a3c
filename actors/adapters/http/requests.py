"""Reading a request's JSON body so that no input crashes a door: too large is 413, not JSON (or
nested past reason, or holding a lone surrogate) is 400, each naming what is wrong."""
from __future__ import annotations

from typing import Any

import msgspec

from .guard import BodyTooLarge


class DoorError(Exception):
    """An HTTP answer other than success: the door renders it in its own error shape."""

    def __init__(self, status: int, code: str, message: str, *, param: str | None = None,
                 retry_after_s: float | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param
        self.retry_after_s = retry_after_s


async def read_json(request) -> Any:
    try:
        raw = await request.body()
    except BodyTooLarge as e:
        raise DoorError(413, "request_too_large", str(e)) from None
    try:
        return msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError) as e:
        # msgspec refuses lone surrogates and nesting past its limit here too
        raise DoorError(400, "invalid_json", f"the body is not valid JSON ({_short(e)})") from None


def _short(e: Exception) -> str:
    return "nested too deeply" if isinstance(e, RecursionError) else str(e)[:120]
