"""Shared helpers for p88: value shapes, slot filling, record assembly."""
import base64, binascii, json, string, zlib

SLOT = "@@"
AL = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"

BI_WORDS = ["extract", "cohort", "pivot", "histogram", "quantile", "boxplot", "drilldown", "slicer",
            "measure", "dimension", "regress", "anova", "kpi", "heatmap", "sparkline", "dataset",
            "crosstab", "tibble", "ggplot", "dplyr", "lookml", "superset", "qvd", "datamart",
            "starschema", "forecast", "bootstrap", "median", "varimax", "logit", "probit", "scatter",
            "treemap", "gauge", "rollup", "cube", "olap", "powerquery", "refresh", "snapshot"]


def owner_password(r):
    w = r.choice(BI_WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + "".join(r.choice(LOW) for _ in range(r.randint(4, 7))) + "%02d" % r.randint(0, 99)


def rs(r, n, alpha=AL):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r, upper=False):
    h = rs(r, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64bytes(r, n, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return s if pad else s.rstrip("=")


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = (string.digits + string.ascii_letters)[d] + out  # not used for ghp
    return out.rjust(width, "0")


def gh_token(r, prefix):
    body = rs(r, 30)
    crc = zlib.crc32(body.encode()) & 0xffffffff
    alpha = string.digits + string.ascii_uppercase + string.ascii_lowercase
    c = ""
    n = crc
    while n:
        n, d = divmod(n, 62)
        c = alpha[d] + c
    return prefix + body + c.rjust(6, "0")


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r, payload, alg="HS256"):
    return b64url_json({"alg": alg, "typ": "JWT"}) + "." + b64url_json(payload) + "." + b64bytes(r, 32 if alg.startswith("HS") else 256, url=True, pad=False)


def expand(r, pat):
    """Tiny shape language: {h:N} hex, {H:N} HEX, {a:N} alnum, {l:N} lower alnum, {U:N} upper alnum,
    {d:N} digits, {s:N} base64 chars, {b:N} base64url chars, {z:N} base32 lower, {uuid}, {UUID}."""
    out, i = [], 0
    while i < len(pat):
        if pat[i] == "{":
            j = pat.index("}", i)
            spec = pat[i + 1:j]
            if spec == "uuid":
                out.append(uuid4(r))
            elif spec == "UUID":
                out.append(uuid4(r, True))
            else:
                k, n = spec.split(":")
                n = int(n)
                alpha = {"h": HEXL, "H": HEXL.upper(), "a": AL, "l": LOW, "U": string.ascii_uppercase + string.digits,
                         "d": string.digits, "s": B64[:-2] + "+/", "b": B64U, "z": B32L, "L": string.ascii_lowercase}[k]
                out.append(rs(r, n, alpha))
            i = j + 1
        else:
            out.append(pat[i]); i += 1
    return "".join(out)


USERS = ["akovacs", "mlindqvist", "tnakamura", "oadeyemi", "rfernandes", "bi_svc", "svc_tableau", "report_bot",
         "jpetrov", "lmorales", "stats_ro", "qlik_reader", "ewang", "hkaur", "dmuller"]
HOSTS = ["dwh01.analytics.example", "pg-reporting.corp.example", "mssql-bi.corp.example", "tableau.corp.example",
         "metabase.corp.example", "snow-proxy.analytics.example", "oracle-fin.corp.example", "superset.corp.example",
         "redash.corp.example", "qlik.corp.example", "sas-grid.corp.example", "looker.corp.example"]
DBS = ["finance_mart", "sales_dw", "hr_analytics", "ops_reporting", "survey2025", "claims_stage", "kpi_core", "marketing_dm"]


def fill(r, tpl, extra=None):
    d = {"{user}": r.choice(USERS), "{host}": r.choice(HOSTS), "{db}": r.choice(DBS),
         "{port}": r.choice(["5432", "1433", "3306", "1521", "443", "8443", "50000"]),
         "{n}": str(r.randint(2, 97)), "{day}": "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))}
    if extra:
        d.update(extra)
    for k, v in d.items():
        tpl = tpl.replace(k, v)
    return tpl


def make_rec(tpl, value, typ):
    assert tpl.count(SLOT) == 1, tpl
    start = tpl.index(SLOT)
    text = tpl.replace(SLOT, value)
    return text, {"value": value, "start": start, "end": start + len(value), "type": typ}


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, sort_keys=False)
