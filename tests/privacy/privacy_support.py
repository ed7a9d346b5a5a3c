"""Shared helpers of the privacy tests: the real config file, one engine for property tests."""
from __future__ import annotations

import copy
import json
import random
import string
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # so `pytest tests/privacy` works without an installed package
    sys.path.insert(0, str(ROOT))

from actors.privacy.engine import PrivacyEngine  # noqa: E402

USER = "jdoe"


@lru_cache(maxsize=1)
def _config_rules() -> dict:
    return json.loads((ROOT / "configs" / "privacy.json").read_text())["privacy_rules"]


def config_rules() -> dict:
    """``privacy_rules`` from configs/privacy.json — the defaults the project ships."""
    return copy.deepcopy(_config_rules())


@lru_cache(maxsize=1)
def shared_engine() -> PrivacyEngine:
    """One engine for property tests (hypothesis runs many examples per test function)."""
    return PrivacyEngine(config_rules(), audit_dir=None, home=f"/home/{USER}", user=USER)


def gone(text: str, *values: str) -> str:
    """``text`` sanitized for the context store; every value must be gone from it."""
    out = shared_engine().sanitize(text, source="t", destination="context_store").text
    for v in values:
        assert v not in out, (text, out)
    return out


def flagged(text: str, piece: str) -> bool:
    """Whether a secret finding covers any of ``piece`` (its first place in ``text``)."""
    at = text.index(piece)
    return any(f.label == "secret" and f.start < at + len(piece) and at < f.end for f in shared_engine().scan(text))


def secret_spans(text: str) -> list[str]:
    """What scan flags as secrets in ``text``, in order."""
    return [text[f.start:f.end] for f in shared_engine().scan(text) if f.label == "secret"]


def found(text: str, value: str) -> None:
    """A secret finding covers ``value``: read by scan, not sanitize, where the context store's catch-alls
    (which mask any long random run) would hide that no detector read it."""
    assert flagged(text, value), text


def kept(text: str) -> None:
    """Nothing in ``text`` is a secret finding (identities may be)."""
    found = [f for f in shared_engine().scan(text) if f.label == "secret"]
    assert not found, (text, [(f.type, text[f.start:f.end]) for f in found])


def decoding_peak_bytes(encoding: str, run: str) -> int:
    """The most memory Python held while ``hidden`` decoded ``run`` (a decompression bomb's bound)."""
    import tracemalloc

    from actors.privacy.engine import hidden
    tracemalloc.start()
    try:
        hidden.decode(encoding, run)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


B62 = string.ascii_letters + string.digits


def random_text(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def sample_tokens(rng: random.Random) -> list[str]:
    """Four made-up tokens of formats that name themselves (no checksum to get right): Hugging Face,
    Stripe, GitLab, Slack — the values the encoding tests hide."""
    return ["hf_" + random_text(rng, string.ascii_letters, 34), "sk_live_" + random_text(rng, B62, 24),
            "glpat-" + random_text(rng, B62, 20),
            "xoxb-" + random_text(rng, string.digits, 12) + "-" + random_text(rng, string.digits, 13) + "-"
            + random_text(rng, B62, 24)]


def made_password(rng: random.Random, joiners: str = "_") -> str:
    """A password as a person or a manager makes one (``ab12CDeFgh_I3jk``): the case changing where
    no word's would, digits in two places, a joiner (one of ``joiners``) — the shape a message's
    password rule reads."""
    low, up, dig = string.ascii_lowercase, string.ascii_uppercase, string.digits
    joiner = joiners if len(joiners) == 1 else rng.choice(joiners)
    return "".join(random_text(rng, alphabet, n) for alphabet, n in
                   ((low, 2), (dig, 2), (up, 2), (low, 1), (up, 1), (low, 2))) + joiner + \
        random_text(rng, up, 1) + random_text(rng, dig, 1) + random_text(rng, low, 2)


WORDS = ("harbor", "quartz", "meadow", "lantern", "copper", "willow", "falcon", "ember", "cobalt", "juniper")


def word_password(rng: random.Random, capitalized: bool = True) -> str:
    """A word, a joiner, then letters and digits mixed (``Pixel-p8g18z52``, ``harbor.k3x9q2m17``): how
    a person or an admin tool makes one that a policy accepts."""
    word = rng.choice(WORDS)
    body = random_text(rng, string.ascii_lowercase + string.digits, 7)
    return (word.capitalize() if capitalized else word) + rng.choice("._-") + body[:3] + str(rng.randrange(10, 99)) + body[3:]


def owner_password(rng: random.Random, word: str | None = None, joiners: str = "._-") -> str:
    """A capitalized word, a joiner, a few letters, then digits (``Banns.izhdj56``): what the corpora's owners chose
    where a password stands by its place — no token's shape, nothing a rule for random values reads."""
    return (word or rng.choice(WORDS).capitalize()) + rng.choice(joiners) + random_text(rng, "abcdefghkmnpqrstuvwxyz", 4) + \
        random_text(rng, string.digits, 2)


def pairs_swapped(value: str) -> str:
    """Each pair of characters swapped (``aBcD`` is ``BaDc``): a stated form's rewriting no decoder reads."""
    return "".join(value[i + 1:i + 2] + value[i] for i in range(0, len(value), 2))


def in_base(token: str, alphabet: str) -> str:
    """The token's bytes as one big-endian number, written in the alphabet's base (base36, base58)."""
    n, out = int.from_bytes(token.encode(), "big"), ""
    while n:
        n, r = divmod(n, len(alphabet))
        out = alphabet[r] + out
    return out
