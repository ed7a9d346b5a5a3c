"""Shared helpers for privacy_twelfth: value generators, record assembly, wrappers."""
import base64
import hashlib
import json
import random
import string
import struct
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM_L = string.ascii_lowercase + string.digits
ALNUM_U = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class G:
    """Value generator bound to one random stream."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b62(self, n):
        # make sure there is at least one digit, one upper, one lower
        while True:
            v = self.s(B62, n)
            if n < 8 or (any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v)):
                return v

    def hex(self, n):
        while True:
            v = self.s(HEXL, n)
            if n < 8 or (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)):
                return v

    def HEX(self, n):
        return self.hex(n).upper()

    def lan(self, n):
        while True:
            v = self.s(ALNUM_L, n)
            if n < 8 or (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)):
                return v

    def uan(self, n):
        while True:
            v = self.s(ALNUM_U, n)
            if n < 8 or (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)):
                return v

    def b64u(self, n):
        return self.b62(n - 2) + self.s(B64U, 2) if n > 4 else self.s(B64U, n)

    def raw(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64bytes(self, n, urlsafe=False, pad=True):
        v = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(self.raw(n)).decode()
        return v if pad else v.rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def b58(self, n):
        return self.s(B58, n)

    def jwt(self, header, payload, siglen=43):
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(header) + "." + enc(payload) + "." + self.b64bytes(siglen * 3 // 4, True, False)[:siglen]

    def choice(self, xs):
        return self.r.choice(xs)

    def pick(self, xs, k):
        return self.r.sample(xs, k)


WORDS = ("amber anchor apple arrow aspen autumn badger bamboo banjo beacon birch bison blossom bolt bramble breeze "
         "bronze cactus canyon cedar cherry cinder cobalt comet copper coral cosmos cricket crimson crystal cypress "
         "dahlia delta denim dingo dolphin dragon drift dune eagle ember falcon fennel fern fjord flint forest fossil "
         "galaxy garnet ginger glacier granite gravel harbor hazel heron hickory indigo iris ivory jasper juniper kayak "
         "kelp kestrel lagoon lantern lemon lilac linen lotus lynx magnet mango maple marble meadow mercury mint "
         "monsoon moss nectar nickel nimbus nutmeg oasis obsidian olive onyx orbit orchid otter oyster paprika pebble "
         "pepper pine plum polar poppy prairie puffin quartz quill raven reef river rocket saffron sage salmon sequoia "
         "shadow sierra silver sparrow spruce summit tango thistle thunder tiger timber topaz tulip tundra umber velvet "
         "violet walnut willow wombat yarrow zephyr zinc").split()


def human_password(g, style=None):
    r = g.r
    style = style if style is not None else r.randrange(5)
    if style == 0:
        w = r.sample(WORDS, 2)
        return w[0].capitalize() + r.choice("!@#$%&*-_.") + w[1].capitalize() + str(r.randrange(10, 99))
    if style == 1:
        w = r.choice(WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0")
        return leet.capitalize() + str(r.randrange(1970, 2026)) + r.choice("!?#$")
    if style == 2:
        return "-".join(r.sample(WORDS, 3)) + "-" + str(r.randrange(10, 999))
    if style == 3:
        return g.s(string.ascii_letters + string.digits + "!#%*+-=?@^_", r.randrange(14, 22))
    w = r.sample(WORDS, 2)
    return w[0] + str(r.randrange(100, 9999)) + w[1].upper()[:3] + r.choice("!$%")


def b62_encode(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(g, prefix):
    body = g.b62(30)
    return prefix + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, d = divmod(n, 58)
        out = B58[d] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload):
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


# ---------------------------------------------------------------- records
def S(value, typ, plain=None):
    """A labelled span part."""
    return ("S", value, typ, plain)


def assemble(parts):
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            _, v, t, plain = p
            sp = {"value": v, "start": len(text), "end": len(text) + len(v), "type": t}
            if plain is not None:
                sp["plain"] = plain
            spans.append(sp)
            text += v
        else:
            text += p
    return text, spans


def pos(container, parts, source):
    text, spans = assemble(parts)
    return {"type": spans[0]["type"], "container": container, "text": text, "secrets": spans, "source": source}


WRAPPERS = {
    "__in_phabricator_inline": ("Phabricator D{n} inline comment by @{u}:\n> pasted while debugging, ignore formatting\n\n", "\n\n[Reply] [Done] [Edit]"),
    "__in_webex_space_message": ("{u} · Webex space \"infra-oncall\" · 09:{m:02d}\n", "\n(edited)"),
    "__in_zoom_chat_save": ("{m:02d}:14:02 From {u} to Everyone:\n\t", "\n{m:02d}:14:40 From host to Everyone:\n\tthanks, got it"),
    "__in_gemini_cli_prompt": ("> why does this fail? here is the file:\n\n", "\n\n✦ I'll take a look at the configuration you shared."),
    "__in_obsidian_callout": ("> [!bug] repro from {u}\n> ```\n", "\n> ```\n"),
    "__in_basecamp_message_board": ("Posted by {u} to Message Board — Ops handover\n\nHi all, current config below:\n\n", "\n\nBoost · Applause 2"),
}


def wrap(rec, key, g):
    pre, post = WRAPPERS[key]
    ctx = {"n": g.r.randrange(1000, 99999), "u": g.choice(["mlindqvist", "t.okafor", "rbaptiste", "kzhou", "ana.p", "dvoss"]),
           "m": g.r.randrange(0, 59)}
    pre = pre.format(**ctx)
    post = post.format(**ctx)
    off = len(pre)
    out = dict(rec)
    out["text"] = pre + rec["text"] + post
    out["container"] = rec["container"] + key
    out["secrets"] = [dict(s, start=s["start"] + off, end=s["end"] + off) for s in rec["secrets"]]
    return out


HOSTS = ["db-prod-2.internal", "pg.eu-west.corp", "10.20.4.17", "mysql01.lan", "core-db.svc.cluster.local", "172.16.9.40",
         "data.acme-ops.net", "sql-replica-b", "warehouse.int.example.org"]
USERS = ["svc_billing", "deploy", "admin", "app_rw", "etl", "grafana", "ops", "reporting", "jenkins", "backup"]
