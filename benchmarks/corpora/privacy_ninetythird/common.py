import base64, json, random, string, zlib
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
AN = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64U = AN + "-_"
WORDS = ["popup", "omnibox", "sidepanel", "manifest", "userscript", "bookmarklet", "devtools",
         "webstore", "greasyfork", "sideload", "unpacked", "gecko", "contextmenu", "hotkey",
         "tabgroup", "offscreen", "declarative", "permissions", "hostperm", "badge", "toolbar",
         "xpinstall", "crxpack", "webext", "violet", "tamper", "bgpage", "csp", "i18n", "iconset"]

def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))

def owner_pw(r):
    w = r.choice(WORDS)
    if r.random() < 0.4:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, r.randint(4, 7), LAN) + rs(r, 2, string.digits)

def b62_crc(body):
    n = zlib.crc32(body.encode()) & 0xffffffff
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(6, "0")

def gh_token(r, prefix):
    body = rs(r, 30)
    return prefix + body + b62_crc(body)

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt(r, header, payload, siglen=43):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(r, siglen, B64U)

def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def fill(tpl, vals, value):
    """Replace {NAME} fillers from vals, then the single {V} slot with value; return text, start."""
    t = tpl
    for k, v in vals.items():
        t = t.replace("{" + k + "}", v)
    assert t.count("{V}") == 1, tpl
    start = t.index("{V}")
    return t[:start] + value + t[start + 3:], start

def env_name(s):
    return s.upper()

def camel(s):
    p = s.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])

USERS = ["mara.k", "devon", "ilse_w", "tobiasr", "noor", "quentin", "aiko", "rafa", "lenka", "obi", "sven", "priya"]
HOSTS = ["ext.dev.example", "addons.corp.example", "sync.tabtools.example", "api.clipsy.example",
         "store.webext.example", "relay.userscript.example", "hub.sidebar.example"]
EXTS = ["tab-tamer", "clipsy", "darkreader-lite", "focus-fox", "pricepeek", "readlater-plus", "gm-helper",
        "cookie-crumbs", "sidebar-notes", "linkhound"]

def filler(r):
    return {"U": r.choice(USERS), "H": r.choice(HOSTS), "E": r.choice(EXTS),
            "N": str(r.randint(2, 9)) + "." + str(r.randint(0, 30)) + "." + str(r.randint(0, 9)),
            "ID": rs(r, 32, "abcdefghijklmnop")}
