"""Shared helpers for the p23 corpus (standard library only)."""
import base64, binascii, hashlib, json, re, zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64C = ALNUM + "+/"
B64U = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def alnum(rng, n):
    return pick(rng, ALNUM, n)


def hexs(rng, n, upper=False):
    s = pick(rng, HEX, n)
    return s.upper() if upper else s


def digits(rng, n, lead_nonzero=True):
    s = pick(rng, "0123456789", n)
    if lead_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(rng, nbytes, url=False, pad=True):
    raw = rbytes(rng, nbytes)
    s = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


def password(rng, n=None):
    """[A-Za-z0-9._-], alnum at both ends, has upper, lower and digit."""
    n = n or rng.randrange(12, 21)
    while True:
        mid = pick(rng, ALNUM + "._-", n - 2)
        s = rng.choice(ALNUM) + mid + rng.choice(ALNUM)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s) \
                and ".." not in s and "--" not in s:
            return s


# ---------- base62 CRC32 (GitHub / npm style) ----------
def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(rng, prefix, body_len=30):
    body = alnum(rng, body_len)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def crc_token_valid(tok, prefix):
    if not tok.startswith(prefix):
        return False
    rest = tok[len(prefix):]
    if len(rest) != 36:
        return False
    return b62(zlib.crc32(rest[:30].encode()), 6) == rest[30:]


# ---------- base58check ----------
def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def b58check_valid(s):
    raw = b58decode(s)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


# ---------- bech32 (BIP-173) ----------
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = convertbits(data8, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_valid(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    return _polymod(_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


# ---------- JWT-shaped ----------
def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":"), sort_keys=True).encode()).decode().rstrip("=")


def jwt_like(rng, header, payload, sig_bytes=32):
    sig = base64.urlsafe_b64encode(rbytes(rng, sig_bytes)).decode().rstrip("=")
    return b64url_json(header) + "." + b64url_json(payload) + "." + sig


def jwt_valid(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        return True
    except Exception:
        return False


# ---------- text assembly ----------
def assemble(parts):
    """parts: str or (value, type) tuples -> (text, spans)."""
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p[0], p[1]
            sp = {"value": v, "start": len(text), "end": len(text) + len(v), "type": t}
            if len(p) > 2:
                sp.update(p[2])
            spans.append(sp)
            text += v
        else:
            text += p
    return text, spans


def fill(template, rng_vals):
    for k, v in rng_vals.items():
        template = template.replace("{" + k + "}", v)
    return template


def fillers(rng):
    first = ["ana", "bo", "chidi", "dara", "emil", "fen", "gus", "hana", "ivo", "jun", "kofi", "lena",
             "milo", "nia", "oren", "pia", "quin", "rui", "sana", "teo", "uma", "vik", "wen", "yara", "zed"]
    hosts = ["db-prod-2.internal", "pg.core.lan", "mysql-a.eu-west.svc", "cache01.ops.lan", "mq.backend.lan",
             "10.20.3.14", "172.16.8.22", "srv-ledger.corp.lan", "data.acme-int.net", "store3.staging.lan"]
    u = rng.choice(first)
    return {
        "USER": u,
        "USER2": rng.choice(first),
        "HOST": rng.choice(hosts),
        "PORT": str(rng.choice([5432, 3306, 6379, 5672, 8080, 8443, 9000, 27017])),
        "N": str(rng.randrange(2, 9999)),
        "N2": str(rng.randrange(100, 99999)),
        "TS": "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24),
                                                 rng.randrange(60), rng.randrange(60)),
        "DATE": "2024-%02d-%02d" % (rng.randrange(1, 13), rng.randrange(1, 29)),
        "TIME": "%02d:%02d" % (rng.randrange(24), rng.randrange(60)),
        "EPOCH": str(1700000000 + rng.randrange(30000000)),
        "HEX8": hexs(rng, 8),
        "HEX12": hexs(rng, 12),
        "UUID": uuid4(rng),
        "PROJ": rng.choice(["ledger", "atlas", "hummingbird", "kiosk", "payroll", "tessera", "orbit", "quarry"]),
        "EMAIL": u + "@" + rng.choice(["example.org", "acme-int.net", "corp.example"]),
    }


def dump_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
