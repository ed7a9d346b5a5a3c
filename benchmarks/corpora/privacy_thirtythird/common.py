"""Shared helpers: random shapes and span assembly (stdlib only)."""
import re, string, zlib, base64, json

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AN = UP + LO + DI
HEXL = "0123456789abcdef"
B62 = DI + UP + LO


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(n):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out


def gh_token(r, prefix):
    body = rs(r, AN, 30)
    c = b62(zlib.crc32(body.encode())).rjust(6, "0")
    return prefix + body + c


def gh_crc_ok(tok):
    m = re.fullmatch(r"(ghp_|gho_|ghu_|ghs_|ghr_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    if not m:
        return False
    return b62(zlib.crc32(m.group(2).encode())).rjust(6, "0") == m.group(3)


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_like(r, payload):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + rs(r, AN + "-_", 43)


def password(r, n=None):
    """[A-Za-z0-9._-], starts/ends alnum, upper+lower+digit, no adjacent punctuation."""
    n = n or r.randint(12, 20)
    while True:
        chars = [r.choice(AN)]
        while len(chars) < n - 1:
            if chars[-1] in "._-" or r.random() > 0.12:
                chars.append(r.choice(AN))
            else:
                chars.append(r.choice("._-"))
        chars.append(r.choice(AN))
        s = "".join(chars)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DI for c in s):
            return s


MARK = re.compile(r"⟦(\d+)⟧")


def assemble(template, vals):
    """template with ⟦i⟧ markers; vals list of (value, type). Returns text, spans."""
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        v, t = vals[int(m.group(1))]
        spans.append({"value": v, "start": pos, "end": pos + len(v), "type": t})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(template[last:])
    return "".join(out), spans


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, sort_keys=False)
