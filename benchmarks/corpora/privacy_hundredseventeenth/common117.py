"""Shared helpers for corpus p117 (visual effects, animation and render-farm developers)."""
import base64, json, re, string, zlib

SLOT = "\ue000"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

VFX_WORDS = ["keyframe", "rotoscope", "matte", "greenscreen", "voxel", "shader", "bokeh",
             "texel", "gizmo", "rigging", "tessellate", "subsurface", "raytrace", "dailies",
             "lightrig", "motionblur", "flipbook", "camtrack", "plate", "slapcomp", "turntable",
             "lookdev", "redshift", "groom", "pyro", "ocean", "crowd", "vellum", "gobo", "lidar"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, HEX, n)


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64(rng, nbytes, urlsafe=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def owner_pw(rng):
    w = rng.choice(VFX_WORDS)
    if rng.random() < 0.45:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, LOWER_ALNUM, rng.randint(3, 6)) + rs(rng, string.digits, 2)


def jwt(rng, claims):
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(claims) + "." + b64(rng, 32, True, False)


def base62_crc32(data):
    n = zlib.crc32(data.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def gh_style(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + base62_crc32(body)


def user(rng):
    return rng.choice(["artie", "comp_lead", "fxtd", "wrangler", "pipe_bot", "render", "lighting01",
                       "roto_ops", "td_mira", "dailies", "anim_sup", "farmadmin", "edit_bay",
                       "lookdev_jo", "asset_sync", "mo_cap"])


def host(rng):
    return rng.choice(["farm", "nas", "review", "licence", "tracker", "cache", "edit", "ingest",
                       "stor", "queue", "lic", "db", "wrangle"]) + str(rng.randint(1, 40)).zfill(2) + "." + \
        rng.choice(["studio.example.com", "vfx.example.net", "anim.example.org", "farm.example.com"])


def ip(rng):
    return f"10.{rng.randint(1,250)}.{rng.randint(1,250)}.{rng.randint(2,250)}"


def shot(rng):
    return f"{rng.choice(['SQ', 'sq'])}{rng.randint(10,90)}0_sh{rng.randint(1,99):03d}0"


def place(template, value):
    """template has exactly one SLOT; returns (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def record(rid, typ, container, template, value, source):
    text, s, e = place(template, value)
    return {"id": rid, "type": typ, "container": container, "text": text,
            "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": source}


# ---------------- deny-list extraction ----------------
WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def extract_denylist(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                names.add(part)
        for m in re.findall(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b", t):
            m = m.lower()
            names.add(m)
            for part in m.split("__"):
                if part:
                    names.add(part)
        for code, nm in re.findall(r"`([a-z]{3})` \(([^)]+)\)", t):
            langs.add(code.lower())
            langs.add(nm.lower())
            for w in WORD_RE.findall(nm):
                langs.add(w.lower())
        for para in t.split("\n"):
            if "languages" in para.lower() or "Scripts:" in para:
                for w in WORD_RE.findall(para):
                    if w[0].isupper():
                        langs.add(w.lower())
        for w in WORD_RE.findall(t):
            words.add(w.lower())
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}


def overlap(name, deny):
    """True if name (or any __ part) is deny-listed (case-insensitive)."""
    n = name.lower()
    parts = [n] + [p for p in n.split("__") if p]
    ds = deny["_names_set"]
    return [p for p in parts if p in ds]
