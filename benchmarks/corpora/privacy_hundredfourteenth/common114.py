"""Shared helpers for corpus p114 (sports-betting, lottery and casino-gaming developers)."""
import base64
import binascii
import json
import random
import string
import uuid as _uuid

SLOT = "\ue000"  # slot marker replaced by the value
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
B62 = DIG + UP + LOW

# owner-chosen password words from the betting / lottery / casino world
PW_WORDS = [
    "parlay", "accumulator", "moneyline", "handicap", "overround", "jackpot",
    "croupier", "roulette", "blackjack", "baccarat", "scatter", "freespin",
    "payline", "wildcard", "drawday", "powerball", "scratchcard", "keno",
    "bingo", "longshot", "favourite", "outsider", "eachway", "treble",
    "bankroll", "cashout", "stakeholder", "odds", "spread", "teaser",
    "dealer", "pitboss", "chipstack", "megaways", "lucky", "tombola",
    "sweepstake", "furlong", "photofinish", "bullseye", "tipster", "punter",
]


def rnd(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n):
    return rnd(rng, n, HEXL)


def uuid4(rng):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(rng, nbytes, url=False, strip=False):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s.rstrip("=") if strip else s


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, payload, alg="HS256"):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    return head + "." + b64url_json(payload) + "." + b64(rng, 32, url=True, strip=True)


def owner_pw(rng):
    w = rng.choice(PW_WORDS)
    if rng.random() < 0.42:
        w = w.capitalize()
    return w + rng.choice("-_.") + rnd(rng, rng.randint(3, 6), LOW + DIG) + rnd(rng, 2, DIG)


def base62_crc(body):
    n = binascii.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_record(text_with_slot, value, typ, container, source, rid):
    assert text_with_slot.count(SLOT) == 1, (container, text_with_slot)
    start = text_with_slot.index(SLOT)
    text = text_with_slot.replace(SLOT, value)
    return {
        "id": rid,
        "type": typ,
        "container": container,
        "text": text,
        "secrets": [{"value": value, "start": start, "end": start + len(value), "type": typ}],
        "source": source,
    }
