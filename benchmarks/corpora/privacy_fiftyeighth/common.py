"""Shared helpers for the p58 corpus (stdlib only, deterministic)."""
import re, string, base64, json, uuid

M0, M1 = "\ue000", "\ue001"
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWDIG = string.ascii_lowercase + string.digits
UPDIG = string.ascii_uppercase + string.digits


def mark(v):
    return M0 + v + M1


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_TOK = re.compile(r"\{([hHasbdluU])(\d*)\}")
_ALPH = {"h": HEX, "H": HEX.upper(), "a": ALNUM, "s": B64, "b": B64URL,
         "d": string.digits, "l": LOWDIG, "u": UPDIG}


def shape(rng, spec):
    """{h32} hex, {H8} upper hex, {a40} alnum, {s44} base64, {b43} base64url,
    {d10} digits, {l20} lower+digits, {u20} upper+digits, {U} uuid."""
    def rep(m):
        k, n = m.group(1), m.group(2)
        if k == "U":
            return ruuid(rng)
        return rs(rng, int(n), _ALPH[k])
    return _TOK.sub(rep, spec)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt_like(rng, payload, alg="HS256", siglen=43):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(rng, siglen, B64URL)


def fill(template, d):
    out = re.sub(r"<<(\w+)>>", lambda m: d[m.group(1)], template)
    assert not re.search(r"<<\w+>>", out), template[:80]
    return out


def unmark(text_marked, typ):
    """Remove markers; return (text, spans)."""
    spans, out, i = [], [], 0
    pos = 0
    while True:
        a = text_marked.find(M0, i)
        if a < 0:
            out.append(text_marked[i:])
            break
        b = text_marked.find(M1, a)
        out.append(text_marked[i:a])
        pos = sum(len(x) for x in out)
        val = text_marked[a + 1:b]
        spans.append({"value": val, "start": pos, "end": pos + len(val), "type": typ})
        out.append(val)
        i = b + 1
    text = "".join(out)
    assert M0 not in text and M1 not in text
    return text, spans


FIRST = ["Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas",
         "Kofi", "Leila", "Mateus", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomasz",
         "Ulla", "Viktor", "Wanjiru", "Ximena", "Yusuf", "Zofia"]
LAST = ["Achterberg", "Bianchi", "Castellanos", "Dubois", "Eriksen", "Fonseca", "Grimaldi", "Haddad",
        "Ivanova", "Jansen", "Kowalczyk", "Lindqvist", "Moreau", "Nakagawa", "Okafor", "Pereira",
        "Quist", "Rahman", "Schulte", "Tanaka", "Uribe", "Varga", "Whitfield", "Yilmaz", "Zeller"]
AGENCY = ["Department of Labour Relations", "County Records Office", "Office of the Public Defender",
          "Municipal Procurement Unit", "State Pension Board", "City Legal Services",
          "Regional Planning Authority", "Benefits Administration Division", "Court Services Agency",
          "Human Resources Shared Services"]
WORDS = ("the committee noted that records retention schedules apply to all correspondence "
         "relating to the matter and that counsel will review the draft before circulation "
         "members agreed to defer the item pending the auditor report while staff confirmed "
         "the payroll calendar for the next quarter and the procurement timetable remains "
         "subject to board approval the chair thanked officers for the briefing on accessibility "
         "obligations and on the grievance procedure amendments no objections were raised").split()


def person(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


def sentence(rng, n=None):
    n = n or rng.randint(12, 24)
    w = [rng.choice(WORDS) for _ in range(n)]
    s = " ".join(w)
    return s[0].upper() + s[1:] + "."


def paragraphs(rng, count, prefix=""):
    out = []
    for i in range(count):
        out.append(prefix.format(i=i + 1) + " ".join(sentence(rng) for _ in range(rng.randint(2, 4))))
    return "\n\n".join(out)


def fillers(rng):
    return {
        "person": person(rng), "person2": person(rng), "agency": rng.choice(AGENCY),
        "case": "%d-%s-%05d" % (rng.choice([2024, 2025, 2026]), rng.choice(["CV", "EMP", "PR", "AD", "FO"]), rng.randint(1, 99999)),
        "date": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "time": "%02d:%02d" % (rng.randint(7, 18), rng.randint(0, 59)),
        "emp": "E%06d" % rng.randint(1, 999999),
        "num": str(rng.randint(100, 9999)),
        "host": rng.choice(["hr", "cases", "payroll", "dms", "esign", "proc", "records"]) + "-" + rng.choice(["db", "app", "sftp", "api"]) + "%d.agency.example" % rng.randint(1, 9),
        "user": rng.choice(["svc", "int", "batch", "sync"]) + "_" + rng.choice(["payroll", "cases", "records", "benefits", "tender", "minutes"]),
        "amount": "%d.%02d" % (rng.randint(100, 90000), rng.randint(0, 99)),
    }
