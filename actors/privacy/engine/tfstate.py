"""The generated value of a secret-named resource in a Terraform state, for ``pairs``: a resource's
``"result"`` (what ``random_password`` made), found by its ``name`` or by a ``type`` that makes secrets. Each
``"result"`` looks back at most 2,000 characters for its resource; at most ``MAX_ROWS`` are read."""
from __future__ import annotations

from .cells import MAX_ROWS

Span = tuple[int, int, str]
SECRET_RESOURCES = ("random_password", "random_string", "tls_private_key", "random_id")


def terraform_state(text: str, family_of, valid) -> list[Span]:
    """A resource's ``"result"`` (what a random_password generated), when the resource's ``name``
    is secret-named or its ``type`` is one that generates secrets."""
    out: list[Span] = []
    pos = 0
    for _ in range(MAX_ROWS):
        r = text.find('"result"', pos)
        if r < 0:
            break
        pos = r + 8
        head = text[max(0, r - 2000):r]
        name = _last_string_of(head, '"name"')
        rtype = _last_string_of(head, '"type"')
        family = family_of(name) if name else None
        if family is None and rtype in SECRET_RESOURCES:
            family = "password"
        if family is None:
            continue
        q = text.find('"', text.find(":", pos) + 1)
        if q < 0 or q - pos > 8:
            continue
        e = text.find('"', q + 1)
        if e > q + 1 and valid(text[q + 1:e], family):
            out.append((q + 1, e, family))
    return out


def _last_string_of(head: str, key: str) -> str | None:
    k = head.rfind(key)
    if k < 0:
        return None
    q = head.find('"', head.find(":", k + len(key)) + 1)
    e = head.find('"', q + 1)
    return head[q + 1:e] if 0 <= q < e else None
