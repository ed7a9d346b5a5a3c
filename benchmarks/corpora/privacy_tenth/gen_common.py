"""Shared helpers for the privacy_tenth corpus builder (stdlib only)."""
import base64
import binascii
import random
import re
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = string.ascii_uppercase + "234567"

MARK = re.compile(r"@@(\d+)@@")


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, body_len=30):
    """GitHub/npm style: random base62 body + base62(CRC32(body)) padded to 6."""
    body = rs(rng, ALNUM, body_len)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_token_ok(tok, prefix):
    if not tok.startswith(prefix):
        return False
    rest = tok[len(prefix):]
    body, chk = rest[:-6], rest[-6:]
    return b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6) == chk


# --- bech32 (BIP-173) for age secret keys ---
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def bech32_encode(hrp, data_bytes):
    data = _convertbits(data_bytes, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], s[pos + 1:]
    try:
        vals = [_CH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def age_secret_key(rng):
    return bech32_encode("age-secret-key-", bytes(rng.randrange(256) for _ in range(32))).upper()


def b64(bs):
    return base64.b64encode(bs).decode()


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def jwt(rng, payload_json, sig_bytes=32, alg="HS256"):
    h = base64.urlsafe_b64encode(('{"alg":"%s","typ":"JWT"}' % alg).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload_json.encode()).decode().rstrip("=")
    s = base64.urlsafe_b64encode(rbytes(rng, sig_bytes)).decode().rstrip("=")
    return h + "." + p + "." + s


def mk(container, template, secrets, source, rtype=None, extra=None):
    """Fill @@i@@ markers with secrets[i] = (value, type[, plain]); compute spans."""
    out = []
    spans = []
    pos = 0
    cur = 0
    for m in MARK.finditer(template):
        out.append(template[pos:m.start()])
        cur += len(template[pos:m.start()])
        sec = secrets[int(m.group(1))]
        val = sec[0]
        sp = {"value": val, "start": cur, "end": cur + len(val), "type": sec[1]}
        if len(sec) > 2 and sec[2] is not None:
            sp["plain"] = sec[2]
        spans.append(sp)
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    spans.sort(key=lambda s: s["start"])
    rec = {"id": None, "type": spans[0]["type"] if spans else rtype, "container": container,
           "text": text, "secrets": spans, "source": source}
    if extra:
        rec.update(extra)
    return rec


# --- fillers (public neighbours) ---
HOSTS = ["db-eu1.internal.example.net", "10.40.7.12", "mq.ops.example.org", "build-07.corp.example.com",
         "nas.home.arpa", "172.20.1.5", "edge-fra-2.example.io", "vpn.example.dev", "srv3.lan",
         "metrics.example.com", "git.example.org", "backup01.example.net"]
USERS = ["deploy", "svc_backup", "monitor", "admin", "jenkins", "app", "ops", "root", "grafana", "mqtt",
         "relay", "ci-runner", "postgres", "nagios", "kasia", "jdoe", "mfernandez", "tanaka"]

WORDS = ["maple", "harbor", "violet", "canyon", "pepper", "otter", "lantern", "cobalt", "meadow", "thunder",
         "biscuit", "falcon", "walnut", "saffron", "glacier", "pickle", "marble", "tundra", "ember", "willow",
         "quartz", "noodle", "badger", "juniper", "velvet", "rocket", "zebra", "mango", "copper", "island",
         "sonne", "schnee", "gato", "luna", "fuego", "kirsche", "sakura", "neko", "zorro", "vento", "kaffee",
         "pingwin", "ruzha", "ciel", "berg", "tulpe", "ananas", "banjo", "doodle", "frost"]
SYMS = "!@#$%&*?-_.+="


def human_password(rng):
    k = rng.randrange(6)
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    yr = str(rng.choice([rng.randrange(1970, 2026), rng.randrange(10, 100), rng.randrange(100, 1000)]))
    if k == 0:
        return w1.capitalize() + yr + rng.choice(SYMS)
    if k == 1:
        return w1.capitalize() + rng.choice(SYMS) + w2.capitalize() + yr
    if k == 2:
        return "".join(c.upper() if rng.random() < .3 else c for c in w1 + w2) + yr
    if k == 3:
        t = w1.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return t.capitalize() + rng.choice(SYMS) + yr
    if k == 4:
        return rs(rng, ALNUM + "!#%+", rng.randrange(14, 22))
    return w1 + rng.choice(SYMS) + w2 + rng.choice(SYMS) + yr


def passphrase(rng, n=4, sep=None):
    sep = sep if sep is not None else rng.choice(["-", " ", ".", "_"])
    return sep.join(rng.choice(WORDS) for _ in range(n)) + (sep + str(rng.randrange(10, 99)))
