"""Shared helpers for the p52 corpus (stdlib only, deterministic)."""
import re, string, base64, uuid

PFX = "p52"
MARK = re.compile("\u27e6([0-9A-Z])\u27e7")  # ⟦S⟧, ⟦0⟧ ...
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEXL = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits


def s(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(rng, n):
    return s(rng, n, HEXL)


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64json(obj_text):
    return base64.urlsafe_b64encode(obj_text.encode()).decode().rstrip("=")


def password(rng, n=None):
    n = n or rng.randint(12, 18)
    while True:
        body = [rng.choice(ALNUM) for _ in range(n)]
        for _ in range(2):
            body[rng.randrange(n)] = rng.choice("._-!*")
        p = "".join(body)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p)
                and any(c.islower() for c in p) and p[0].isalnum() and p[-1].isalnum()):
            return p


def fill(template, vals):
    """vals: marker char -> (value, type). Returns text, spans."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(template):
        out.append(template[last:m.start()])
        pos += m.start() - last
        v, t = vals[m.group(1)]
        spans.append({"value": v, "start": pos, "end": pos + len(v), "type": t})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["value"]
    return text, spans


class Filler:
    """Public, unlabelled neighbours (hosts, users, ids, times)."""
    FIRST = ["amara", "bjorn", "chidi", "dana", "elif", "farid", "greta", "hiro", "ines", "jonas",
             "kemal", "lena", "mateo", "nadia", "oskar", "priya", "quinn", "rosa", "sami", "tomas"]
    HOSTS = ["ws-fin-0", "srv-app-", "dc0", "jump-", "vpn-gw-", "build-", "edr-mgr-", "hr-lt-"]

    def __init__(self, rng):
        self.r = rng

    def user(self):
        return self.r.choice(self.FIRST) + "." + self.r.choice("abcdefghklmnprstw")

    def host(self):
        return self.r.choice(self.HOSTS) + str(self.r.randint(1, 99)) + ".acme-sec.example"

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randint(0, 40), self.r.randint(0, 254), self.r.randint(2, 254))

    def ts(self):
        return "2026-%02d-%02dT%02d:%02d:%02dZ" % (self.r.randint(1, 12), self.r.randint(1, 28),
                                                    self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))

    def num(self, a=1000, b=99999):
        return str(self.r.randint(a, b))

    def case(self):
        return "CASE-%d-%04d" % (self.r.randint(2025, 2026), self.r.randint(1, 9999))
