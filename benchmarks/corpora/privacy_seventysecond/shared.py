"""Shared helpers for the p72 corpus builder (standard library only)."""
import base64, json, string

CORPUS = "p72"
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

IT_WORDS = ["Helpdesk", "Tenant", "Printer", "Copier", "Laptop", "Domain", "Ticket", "Kiosk",
            "Backup", "Switch", "Rack", "Toner", "Badge", "Intune", "Scanner", "Docking",
            "Firewall", "Server", "Monitor", "Desk", "Router", "Patch", "Onsite", "Reception"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def owner_password(rng):
    """IT word + separator + 4-7 lower-case letters/digits + 2 digits."""
    return (rng.choice(IT_WORDS) + rng.choice("-_.") + rs(rng, LOWALNUM, rng.randint(4, 7))
            + rs(rng, string.digits, 2))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def b64json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, sub=None):
    hdr = b64json({"alg": "HS256", "typ": "JWT"})
    pay = b64json({"sub": sub or uuid4(rng), "iat": 1700000000 + rng.randint(0, 9999999),
                   "jti": rs(rng, LOWALNUM, 12)})
    return hdr + "." + pay + "." + rs(rng, B64URL, 43)


def shape(spec, rng):
    """Tiny shape language: parts joined by '+'. 'lit' literal; Hn hex; Xn upper hex; An alnum;
    Ln lower alnum; Un upper alnum; Dn digits; Bn base64 chars; Rn base64url; UUID; JWT; PW."""
    out = []
    for part in spec.split("+"):
        if part.startswith("'"):
            out.append(part[1:-1])
        elif part == "UUID":
            out.append(uuid4(rng))
        elif part == "JWT":
            out.append(jwt(rng))
        elif part == "PW":
            out.append(owner_password(rng))
        else:
            k, n = part[0], int(part[1:])
            alpha = {"H": HEX, "X": HEX.upper(), "A": ALNUM, "L": LOWALNUM, "U": UPALNUM,
                     "D": string.digits, "B": B64, "R": B64URL}[k]
            out.append(rs(rng, alpha, n))
    return "".join(out)


V = "\ue000"  # slot marker for the labelled value


def fill(tpl, rng, **extra):
    """Replace public filler markers; leave the value marker."""
    fills = {
        "@HOST@": lambda: rng.choice(["dc01", "fs02", "rmm", "psa", "mdm", "print01", "bkp", "vpn"]) + "." + rng.choice(["contoso-dental", "northwind-law", "fabrikam-clinic", "tailspin-ae", "adatum-cpa"]) + ".example",
        "@USER@": lambda: rng.choice(["jsmith", "mgarcia", "akhan", "lnguyen", "tbrown", "svc-scan", "svc-backup", "itadmin", "rpatel", "ocohen"]),
        "@CLIENT@": lambda: rng.choice(["Contoso Dental", "Northwind Law", "Fabrikam Clinic", "Tailspin A&E", "Adatum CPA", "Litware Realty", "Proseware Labs"]),
        "@TICKET@": lambda: str(rng.randint(100000, 999999)),
        "@TECH@": lambda: rng.choice(["Priya", "Marco", "Dana", "Kwame", "Lena", "Tomas", "Aiko"]),
        "@IP@": lambda: "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 254), rng.randint(2, 250)),
    }
    for k, v in extra.items():
        tpl = tpl.replace(k, v)
    for k, f in fills.items():
        while k in tpl:
            tpl = tpl.replace(k, f(), 1)
    return tpl


def place(tpl, value):
    """tpl contains exactly one V marker; return text, start, end."""
    assert tpl.count(V) == 1, tpl
    start = tpl.index(V)
    text = tpl.replace(V, value)
    return text, start, start + len(value)


def positive(rid, typ, container, text, start, end, source, **extra):
    span = {"value": text[start:end], "start": start, "end": end, "type": typ}
    span.update(extra)
    rec = {"id": rid, "type": typ, "container": container, "text": text, "secrets": [span], "source": source}
    return rec


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)
