"""Shared helpers: random shapes, span assembly (standard library only)."""
import base64, json, string, uuid as _uuid

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
URLSAFE = ALNUM + "-_"
HEXL = "0123456789abcdef"
B32 = UP + "234567"

def pick(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))

def hexs(r, n, upper=False):
    s = pick(r, HEXL, n)
    return s.upper() if upper else s

def alnum(r, n): return pick(r, ALNUM, n)
def lowdig(r, n): return pick(r, LOW + DIG, n)
def updig(r, n): return pick(r, UP + DIG, n)
def digits(r, n): return r.choice("123456789") + pick(r, DIG, n - 1)

def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()

def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")

def uuid4(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))

def jwt(r, payload, sig_bytes=32, alg="HS256"):
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": alg, "typ": "JWT"}) + "." + enc(payload) + "." + b64url(r, sig_bytes)

PW_WORDS = ["Uplink", "Backbone", "Trunk", "Fiber", "Lambda", "Peering", "Spine", "Leaf", "Core", "Edge",
            "Transit", "Circuit", "Splice", "Tower", "Sector", "Carrier", "Handoff", "Ringback", "Dialtone",
            "Bearer", "Jitter", "Latency", "Failover", "Redund", "Optic", "Patch", "Rack", "Pedestal",
            "Headend", "Multiplex", "Backhaul", "Microwave", "Antenna", "Feeder", "Gateway", "Router"]

def password(r):
    return r.choice(PW_WORDS) + r.choice("-_.") + lowdig(r, r.randint(4, 7)) + pick(r, DIG, 2)

def host(r):
    return r.choice(["core", "edge", "agg", "pe", "ce", "bras", "olt", "sbc", "fw", "dist"]) + \
        str(r.randint(1, 9)) + "." + r.choice(["ams", "fra", "nyc", "sjc", "sin", "lon", "par", "waw", "mad", "osl"]) + \
        str(r.randint(1, 4)) + ".netops.example"

def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

def site(r):
    return r.choice(["POP-AMS2", "POP-FRA1", "CO-114", "HUB-NORTH", "TWR-0831", "CAB-2217", "DC-EAST", "MSC-03", "HE-WEST", "POP-SIN1"])

def user(r):
    return r.choice(["netops", "nocadmin", "svc_poller", "fieldtech", "rancid", "oxidized", "tacuser", "backup", "provision", "librenms"])

def ticket(r):
    return r.choice(["NOC", "CHG", "INC", "TT"]) + "-" + str(r.randint(10000, 99999))

def date(r):
    return "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))

M0, M1 = "\ue000", "\ue001"

def assemble(template_text, spans):
    """template_text contains M0 + key + M1 markers; spans maps key->(value,type). Returns text, secrets."""
    out, secrets, i = [], [], 0
    pos = 0
    while True:
        a = template_text.find(M0, i)
        if a < 0:
            out.append(template_text[i:]); break
        b = template_text.find(M1, a)
        key = template_text[a + 1:b]
        out.append(template_text[i:a]); pos += a - i
        val, typ = spans[key]
        secrets.append({"value": val, "start": pos, "end": pos + len(val), "type": typ})
        out.append(val); pos += len(val)
        i = b + 1
    return "".join(out), secrets

def slot(key="V"):
    return M0 + key + M1

def fill(tpl, r, **kw):
    """Fill {host} {ip} {site} {user} {ticket} {date} {n} and kw; {V} becomes a span slot."""
    d = dict(host=host(r), ip=ip(r), ip2=ip(r), site=site(r), user=user(r), ticket=ticket(r), date=date(r),
             n=r.randint(2, 99), V=slot("V"))
    d.update(kw)
    return tpl.format(**d)

def record(text_tpl, value, typ, container, source):
    text, secrets = assemble(text_tpl, {"V": (value, typ)})
    return {"type": typ, "container": container, "text": text, "secrets": secrets, "source": source}
