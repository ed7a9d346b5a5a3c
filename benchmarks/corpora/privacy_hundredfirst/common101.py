"""Shared helpers for corpus p101 (game modding and private game-server hosts)."""
import base64, binascii, json, os, re, string, uuid

BRIEF_DIR = "/tmp/brief101"
HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")
SLOT = "\ue000"

ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def extract_denylist(texts):
    names, langwords, codes = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            if m:
                names.add(m)
                for p in m.split("__"):
                    if p:
                        names.add(p)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for p in m.split("__"):
                if p:
                    names.add(p)
        for code, name in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            codes.add(code)
            for w in re.findall(r"[A-Za-z]+", name):
                langwords.add(w.lower())
        # language / script words used in the prose paragraphs
        for para in re.findall(r"(?:Prose languages|Scripts:|Confidence is)[^\n]*", t):
            for w in re.findall(r"[A-Z][a-z]+", para):
                langwords.add(w.lower())
    for extra in ["luxembourgish", "sundanese", "tsonga", "sami", "ossetian", "tigrinya",
                  "icelandic", "bengali", "assamese", "english"]:
        langwords.add(extra)
    return {"names": sorted(names), "codes": sorted(codes), "langwords": sorted(langwords)}


def load_denylist():
    paths = sorted(os.path.join(BRIEF_DIR, f) for f in os.listdir(BRIEF_DIR)) if os.path.isdir(BRIEF_DIR) else []
    if paths:
        texts = [open(p, encoding="utf-8").read() for p in paths]
        fresh = extract_denylist(texts)
        if os.path.exists(FROZEN):
            frozen = json.load(open(FROZEN, encoding="utf-8"))
            if frozen != fresh:
                raise SystemExit("deny-list differs from frozen brief_names.json")
        return fresh, True
    return json.load(open(FROZEN, encoding="utf-8")), False


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n, upper=False):
    s = rs(r, HEXL, n)
    return s.upper() if upper else s


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, header, payload, siglen=43):
    return b64u(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + rs(r, B64URL, siglen)


BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62_crc(body):
    c = binascii.crc32(body.encode()) & 0xffffffff
    out = ""
    while c:
        c, d = divmod(c, 62)
        out = BASE62[d] + out
    return out.rjust(6, "0")


def gh_token(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + base62_crc(body)


def gh_check(tok):
    body, tail = tok[4:34], tok[34:]
    return len(tok) == 40 and base62_crc(body) == tail


GAME_WORDS = ["creeper", "enderman", "netherite", "redstone", "lodestone", "valheim", "mjolnir",
              "yggdrasil", "ragnarok", "blaze", "ghast", "wither", "obsidian", "spawnpoint",
              "respawn", "modpack", "bedrock", "pickaxe", "trollhunter", "palbox", "anubis",
              "rexsaddle", "argentavis", "scrapheap", "hazmat", "outpost", "elytra", "beacon",
              "shulker", "axolotl", "ironforge", "lootcrate", "boss_raid", "dungeon"]
COMMON = ["river", "castle", "pepper", "mango", "falcon", "winter", "copper", "tiger", "maple",
          "ocean", "rocket", "cactus", "velvet", "harbor", "lemon", "silver", "thunder", "orbit",
          "garden", "pixel", "candle", "meadow", "puzzle", "walnut", "comet", "saddle"]


def owner_password(r, seps="-_.!@", digits=(2, 4)):
    w = r.choice(GAME_WORDS).replace("_", "")
    if r.random() < 0.5:
        w = w.capitalize()
    return w + r.choice(seps) + r.choice(COMMON) + "".join(r.choice(string.digits) for _ in range(r.randint(*digits)))


def discord_bot_token(r):
    snow = str(r.randint(10 ** 17, 10 ** 18 - 1))
    first = base64.b64encode(snow.encode()).decode().rstrip("=")
    return first + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def fill(template, value, **kw):
    """Render template with {V} as the slot; return text, start, end."""
    t = template
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    assert t.count("{V}") == 1, template
    pre, post = t.split("{V}")
    return pre + value + post, len(pre), len(pre) + len(value)


def rec_pos(rid, typ, container, text, start, end, source):
    value = text[start:end]
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": start, "end": end, "type": typ}], "source": source}


USERS = ["steve_ops", "blockwarden", "mod_kira", "valk_admin", "rustlord", "palkeeper", "ark_tamer",
         "noobslayer", "jenna.h", "tomasz", "ingrid", "diego_m", "akira", "olu", "marta"]
HOSTS = ["mc.blockhaven.example.net", "valheim.vikinghall.example.org", "ark.dinocove.example.com",
         "rust.scrapyard.example.net", "pal.palisade.example.org", "panel.craftnest.example.com",
         "node2.craftnest.example.com", "play.emberlands.example.net", "srv1.lootlake.example.org"]
