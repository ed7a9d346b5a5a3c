"""Shared helpers for p71 (stdlib only, deterministic)."""
import random, string, base64, json, uuid

MARK = "\ue000"
LOW = string.ascii_lowercase + string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
MED_WORDS = ["triage", "formulary", "radiology", "pharmacy", "oncology", "cardio", "pathlab", "dialysis",
             "infusion", "pediatric", "ward", "clinic", "dispense", "vaccine", "specimen", "telemetry",
             "biopsy", "stat", "anesthesia", "imaging", "hematology", "serology", "pharmacist", "nursing",
             "discharge", "admission", "ambulance", "sterile", "scrubs", "pulse"]


class Pool:
    """Global uniqueness pool: no value reused, no value (>=6) inside another."""
    def __init__(self):
        self.vals = []
        self.set = set()

    def ok(self, v):
        if v in self.set:
            return False
        for o in self.vals:
            if (len(v) >= 6 and v in o) or (len(o) >= 6 and o in v):
                return False
        return True

    def add(self, v):
        self.vals.append(v)
        self.set.add(v)

    def draw(self, fn):
        for _ in range(200):
            v = fn()
            if self.ok(v):
                self.add(v)
                return v
        raise RuntimeError("pool exhausted")


def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def owner_pw(r):
    return r.choice(MED_WORDS) + r.choice("-_.") + rs(r, LOW, r.randint(4, 7)) + "%02d" % r.randint(10, 99)


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, payload):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    s = b64url(bytes(r.getrandbits(8) for _ in range(32)))
    return h + "." + p + "." + s


def shape(r, spec):
    """spec: ('hex',n) ('alnum',n) ('low',n) ('up',n) ('uuid',) ('b64',n) ('b64u',n) ('pw',)
    ('pre',prefix,alph_key,n[,suffix]) ('jwt',payload) ('cat', spec, sep, spec...)"""
    k = spec[0]
    A = {"hex": HEX, "HEX": HEX.upper(), "alnum": ALNUM, "low": LOW, "up": string.ascii_uppercase + string.digits,
         "b64": B64, "b64u": B64U, "digits": string.digits}
    if k in A:
        return rs(r, A[k], spec[1])
    if k == "uuid":
        return ruuid(r)
    if k == "pw":
        return owner_pw(r)
    if k == "pre":
        return spec[1] + rs(r, A[spec[2]], spec[3]) + (spec[4] if len(spec) > 4 else "")
    if k == "jwt":
        return jwt(r, spec[1])
    if k == "cat":
        return "".join(shape(r, s) if isinstance(s, tuple) else s for s in spec[1:])
    raise ValueError(spec)


def place(template, value):
    """template contains MARK exactly once; returns text, start, end."""
    assert template.count(MARK) == 1, template
    start = template.index(MARK)
    text = template.replace(MARK, value)
    return text, start, start + len(value)


def host(r, tag):
    return "%s%02d.%s.example" % (tag, r.randint(1, 40), r.choice(["mercyhealth", "stlukes-lab", "northgate-clinic", "pharmacorp", "regional-imaging", "cedarvale-hosp"]))


def user(r):
    return r.choice(["svc_", "int_", "hl7_", "lis_", "rx_", "pacs_", "edc_"]) + rs(r, string.ascii_lowercase, 5)


def rec_pos(rid, ctype, container, text, spans, source, extra=None):
    d = {"id": rid, "type": ctype, "container": container, "text": text,
         "secrets": spans, "source": source}
    if extra:
        d.update(extra)
    return d
