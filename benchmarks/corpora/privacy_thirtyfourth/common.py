"""Shared helpers: character sets, value generators, span assembly."""
import string, zlib

UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
AN = UP + LO + DG; HEX = "0123456789abcdef"; B64 = AN + "+/"; B64U = AN + "-_"
B62 = DG + UP + LO


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def password(rng, n=None):
    n = n or rng.randint(12, 20)
    while True:
        core = [rng.choice(AN + "._-" if 0 < i < n - 1 else AN) for i in range(n)]
        p = "".join(core)
        if any(c in UP for c in p) and any(c in LO for c in p) and any(c in DG for c in p) \
                and not any(a in "._-" and b in "._-" for a, b in zip(p, p[1:])):
            return p


def b62_crc(body):
    n = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while n:
        n, r = divmod(n, 62); out = B62[r] + out
    return out.rjust(6, "0")


def gh_token(rng, prefix):
    body = rs(rng, AN, 30)
    return prefix + body + b62_crc(body)


def b64url_nopad(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, payload):
    import json
    h = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{rs(rng, B64U, 43)}"


class Builder:
    """Assemble a text from literal pieces and labelled values."""
    def __init__(self):
        self.parts = []; self.spans = []; self.pos = 0

    def lit(self, s):
        self.parts.append(s); self.pos += len(s); return self

    def val(self, v, typ, **extra):
        d = {"value": v, "start": self.pos, "end": self.pos + len(v), "type": typ}
        d.update(extra); self.spans.append(d)
        self.parts.append(v); self.pos += len(v); return self

    def text(self):
        return "".join(self.parts)

