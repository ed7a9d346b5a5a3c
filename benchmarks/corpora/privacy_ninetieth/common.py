"""Shared helpers for p90 (serverless / edge). Standard library only."""
import base64, json, string, zlib

B62 = string.digits + string.ascii_letters
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
PW_WORDS = ["coldstart", "isolate", "wrangler", "durable", "edgecache", "miniflare", "hyperdrive",
            "lambdalayer", "stepfn", "cronjob", "warmup", "flyctl", "machine", "branchdb", "pooler",
            "pgbouncer", "upstash", "qstash", "libsql", "embedded", "replica", "netlifyio", "vercelkv",
            "denokv", "deployctl", "compute", "viceroy", "samcli", "funcapp", "cloudrun", "buildpack",
            "invocation", "handler", "runtime", "tail", "smartplace", "anycast", "popsite", "regionless"]


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def owner_pw(r):
    w = r.choice(PW_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, string.ascii_lowercase + string.digits, r.randint(4, 7)) + rs(r, string.digits, 2)


def b64(bs):
    return base64.b64encode(bs).decode()


def b64u(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def jwt(r, header, payload):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(bytes(r.getrandbits(8) for _ in range(32 if header.get("alg") == "HS256" else 64)))


def crc_b62(body, n=6):
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while c:
        c, d = divmod(c, 62)
        out = B62[d] + out
    return out.rjust(n, "0")


def gh_style(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + crc_b62(body)


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def rand_bytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def mk(text_parts, typ):
    """text_parts: list of str or (value,) tuple; returns text, spans."""
    text, spans = "", []
    for p in text_parts:
        if isinstance(p, tuple):
            spans.append({"value": p[0], "start": len(text), "end": len(text) + len(p[0]), "type": typ})
            text += p[0]
        else:
            text += p
    return text, spans


def fill(template, value, typ):
    """template has exactly one {V}; other braces are literal."""
    assert template.count("{V}") == 1, template
    a, b = template.split("{V}")
    return mk([a, (value,), b], typ)
