"""Builds password records from gen_passwords_a.P and gen_passwords_b.P."""
import json, random, re
import gen_common as G
import gen_passwords_a, gen_passwords_b

SEED = 15002
STYLE = re.compile(r"fernet|dj|jwt|lv|[sahbx]\d*")
SYM = "!#%*+?@^~._-"


def slot_value(r, st):
    if st == "s":
        return G.password(r, True)
    if st == "a":
        return G.password(r, False)
    if st == "fernet":
        return G.base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    if st == "lv":
        return "base64:" + G.b64(bytes(r.getrandbits(8) for _ in range(32)))
    if st == "dj":
        return "django-insecure-" + G.rs(r, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)", 50)
    if st == "jwt":
        body = {"nbf": 1700000000 + r.randint(0, 9999999)}
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + G.b64u(json.dumps(body, separators=(",", ":")).encode()) + "." + G.rs(r, G.B64U, 43)
    k, n = st[0], int(st[1:])
    if k == "h":
        return G.rs(r, G.HEX, n)
    if k == "b":
        return G.b64(bytes(r.getrandbits(8) for _ in range(n)))
    if k == "x":
        return G.rs(r, G.B62, n)
    if k == "a":
        return G.rs(r, G.B62, 1) + G.rs(r, G.B62 + "+/", n - 1)
    raise ValueError(st)


def fillers(r, t):
    first = r.choice(G.FIRST)
    rep = {"{user}": G.user(r), "{host}": G.host(r), "{ip}": G.ip(r), "{dom}": r.choice(G.DOMAINS),
           "{ssid}": r.choice(G.WORDS).capitalize() + "-" + r.choice(["5G", "Guest", "Home", "Lab", "IoT"]),
           "{ts}": G.ts(r, " "), "{d4}": str(r.randint(1000, 9999)), "{mon}": r.choice(["Jan", "Feb", "Mar", "Apr"]),
           "{hosts}": r.choice(G.WORDS) + "-" + str(r.randint(1, 9)), "{First}": first.capitalize(),
           "{dd}": "%02d" % r.randint(1, 28), "{uuid}": G.uuid4(r), "{h40}": G.rs(r, G.HEX, 40)}
    for k, v in rep.items():
        t = t.replace(k, v)
    return t


def build():
    r = random.Random(SEED)
    recs = []
    for kind, types, tmpl, styles in gen_passwords_a.P + gen_passwords_b.P:
        sts = STYLE.findall(styles)
        assert len(sts) == len(types), kind
        vals = [(slot_value(r, s), t) for s, t in zip(sts, types)]
        recs.append(G.rec(kind, fillers(r, tmpl), vals, "gen_passwords"))
    return recs
