"""Shared helpers for p53 (standard library only)."""
import random, string, uuid as _uuid

M = "\uE000"  # span marker
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
PWD = AN + "-_."


def rs(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def mixed(rng, alpha, n):
    """random string that contains at least one upper, lower and digit when alphabet allows"""
    while True:
        s = rs(rng, alpha, n)
        if (not any(c in UP for c in alpha) or any(c in UP for c in s)) and \
           (not any(c in LO for c in alpha) or any(c in LO for c in s)) and \
           (not any(c in DG for c in alpha) or any(c in DG for c in s)):
            return s


def uid(rng):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def pwd(rng, n=None):
    n = n or rng.randint(14, 22)
    while True:
        s = mixed(rng, PWD, n)
        if s[0] not in "-_." and s[-1] not in "-_." and any(c in "-_." for c in s):
            return s


def render(template, values, types):
    """template contains M once per value (in order). Returns text, spans."""
    parts = template.split(M)
    assert len(parts) == len(values) + 1, (template, values)
    out, spans, pos = [], [], 0
    for i, p in enumerate(parts):
        out.append(p); pos += len(p)
        if i < len(values):
            v = values[i]
            spans.append({"value": v, "start": pos, "end": pos + len(v), "type": types[i]})
            out.append(v); pos += len(v)
    return "".join(out), spans


class Pool:
    """uniqueness pool shared across all generators"""
    def __init__(self):
        self.seen = set()

    def take(self, fn):
        for _ in range(100):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("pool exhausted")


USERS = ["mira-k", "tobias", "release-bot", "ci-runner", "aiko", "farid", "lena.w", "oss-maint", "dependabot-fan", "kwame", "yusuf", "hana"]
REPOS = ["libquill", "tinyparse", "ferrox", "pyglean", "nodemark", "gopherpipe", "rustle-db", "zigzap", "lumen-ui", "okra-cli"]
HOSTS = ["build.oss.example", "ci.libquill.example", "runner-07.ci.example", "mirror.pkgs.example", "staging.docs.example"]


def pick(rng, seq):
    return rng.choice(seq)


def ts(rng):
    return "2024-%02d-%02dT%02d:%02d:%02d.%07dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 9999999))


def ver(rng):
    return "%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 40))
