"""Values the user has declared not secret, kept only as salted hashes — never the value itself."""
from __future__ import annotations

import hashlib
import hmac


def allowlist_entry(value: str, salt: str) -> str:
    """The hash to put in ``privacy_rules.allowlist.hashes`` for ``value``."""
    return hmac.new(salt.encode(), value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


class Allowlist:
    __slots__ = ("_salt", "_hashes")

    def __init__(self, salt: str, hashes: frozenset[str]):
        self._salt = salt
        self._hashes = hashes

    def __contains__(self, value: str) -> bool:
        return bool(self._hashes) and allowlist_entry(value, self._salt) in self._hashes

    def __len__(self) -> int:
        return len(self._hashes)
