"""Shared helpers for the p60 corpus (stdlib only, deterministic)."""
import base64, json, random, string, uuid

ALNUM = string.ascii_letters + string.digits
LOWER_DIG = string.ascii_lowercase + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
MARK = "\ue000"  # value slot in templates

WORDS = ["Ledger", "Coupon", "Accrual", "Margin", "Tenor", "Basis", "Vostro", "Nostro",
         "Settle", "Clearing", "Ticker", "Spread", "Hedge", "Escrow", "Audit", "Bond",
         "Swap", "Forward", "Yield", "Custody", "Payable", "Invoice", "Treasury", "Dividend"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n):
        return self.s(n, HEX)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def digits(self, n):
        return self.s(n, string.digits)

    def pw(self):
        return self.r.choice(WORDS) + self.r.choice("-_.") + self.s(self.r.randint(4, 7), LOWER_DIG) + self.digits(2)

    def jwt(self, payload):
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return h + "." + p + "." + self.b64url(32)

    def pick(self, seq):
        return self.r.choice(seq)

    def host(self):
        return self.pick(["pay", "ledger", "fx", "recon", "risk", "oms", "md", "treasury"]) + "-" + self.s(3, LOWER_DIG) + ".corp.example"

    def user(self):
        return self.pick(["svc_recon", "svc_ledger", "fxdesk", "treasury_ops", "mdfeed", "ap_batch", "oms_rw", "risk_ro"])


def fill(t, **kw):
    for k, v in kw.items():
        t = t.replace("@@" + k + "@@", str(v))
    return t


def make(template, values, types):
    """template contains MARK once per value (in order). Returns text, spans."""
    parts = template.split(MARK)
    assert len(parts) == len(values) + 1, (template[:80], len(parts), len(values))
    text, spans = parts[0], []
    for v, t, rest in zip(values, types, parts[1:]):
        s = len(text)
        text += v
        spans.append({"value": v, "start": s, "end": s + len(v), "type": t})
        text += rest
    return text, spans


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)
