"""Shared helpers for privacy_nineteenth (p19). Standard library only."""
import base64, hashlib, re, string, uuid, zlib

S, SEP, E = "\x02", "\x04", "\x03"
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
SRC = "synthetic: privacy_nineteenth build.py (%s)"


def mk(value, typ, plain=None):
    """Mark a secret occurrence inside a template string."""
    p = "" if plain is None else "\x05" + plain
    return S + typ + p + SEP + value + E


def render(marked):
    """Strip markers; return (text, spans)."""
    out, spans, i, pos = [], [], 0, 0
    while True:
        j = marked.find(S, i)
        if j < 0:
            out.append(marked[i:]); break
        out.append(marked[i:j]); pos += j - i
        k = marked.index(SEP, j); m = marked.index(E, k)
        head = marked[j + 1:k]; val = marked[k + 1:m]
        plain = None
        if "\x05" in head:
            head, plain = head.split("\x05", 1)
        sp = {"value": val, "start": pos, "end": pos + len(val), "type": head}
        if plain is not None:
            sp["plain"] = plain
        spans.append(sp); out.append(val); pos += len(val); i = m + 1
    text = "".join(out)
    for ch in (S, SEP, E, "\x05"):
        assert ch not in text
    return text, spans


def gen(spec, rng):
    """Tiny generator language: 'L:lit a40 h32 u ...'."""
    out = []
    for part in spec.split(" "):
        if part.startswith("L:"):
            out.append(part[2:]); continue
        if part == "u":
            out.append(str(uuid.UUID(int=rng.getrandbits(128), version=4))); continue
        if part == "U4":
            out.append(str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()); continue
        c, n = part[0], int(part[1:])
        alpha = {"a": ALNUM, "h": "0123456789abcdef", "H": "0123456789ABCDEF",
                 "l": string.ascii_lowercase + string.digits, "U": string.ascii_uppercase + string.digits,
                 "d": string.digits, "b": ALNUM + "_-", "B": ALNUM + "+/", "w": string.ascii_lowercase,
                 "A": string.ascii_uppercase}[c]
        out.append("".join(rng.choice(alpha) for _ in range(n)))
    return "".join(out)


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62); s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix, rng):
    body = "".join(rng.choice(ALNUM) for _ in range(30))
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_valid(tok):
    m = re.fullmatch(r"(gh[pousr]_|npm_)([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and b62(zlib.crc32(m.group(2).encode()) & 0xFFFFFFFF, 6) == m.group(3)


def glsa_token(rng):
    body = "glsa_" + "".join(rng.choice(ALNUM) for _ in range(32))
    return body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def glsa_valid(tok):
    m = re.fullmatch(r"(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})", tok)
    return bool(m) and "%08x" % (zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF) == m.group(2)


def password(rng, n=None, sym=False):
    n = n or rng.randint(12, 20)
    alpha = ALNUM + ("._-" if not sym else "._-!#%+@^~")
    while True:
        s = "".join(rng.choice(alpha) for _ in range(n))
        if (any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s)
                and s[0].isalnum() and s[-1].isalnum()):
            return s


def word_password(rng):
    words = ["harbor", "maple", "quartz", "violet", "copper", "falcon", "meadow", "granite", "lantern", "orbit",
             "pepper", "walnut", "saffron", "tundra", "willow", "cobalt", "juniper", "marble", "nectar", "basalt"]
    return rng.choice(words).capitalize() + rng.choice(["-", ".", "_", ""]) + rng.choice(words) + str(rng.randint(10, 9999))


def deny_list(paths):
    names, langs = set(), set()
    for p in paths:
        t = open(p, encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            names.add(m.strip())
        for line in t.splitlines():
            if line.startswith("Prose languages"):
                langs.update(re.findall(r"`([a-z]{2,3})`", line))
    return names, langs
