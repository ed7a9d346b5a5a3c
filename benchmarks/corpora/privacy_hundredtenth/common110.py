"""Shared helpers for corpus p110 (airline and airport operations). Standard library only."""
import re, zlib, base64, json, string, uuid

SLOT = "\ue000"
A62 = string.digits + string.ascii_letters
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"

AV_WORDS = ["runway", "taxiway", "apron", "jetway", "hangar", "cockpit", "aileron", "rudder",
            "fuselage", "nacelle", "winglet", "airstair", "pushback", "gatehouse", "layover",
            "crosswind", "tailwind", "holdshort", "glideslope", "altimeter", "propwash",
            "flaperon", "stabilizer", "contrail", "airfield", "deicing", "turnaround", "redeye",
            "stopover", "approach", "waypoint", "beacon", "tarmac", "cargohold", "bagdrop",
            "boarding", "checkin", "concourse", "aerodrome", "skybridge", "autopilot", "windsock"]


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def owner_password(r):
    w = r.choice(AV_WORDS)
    if r.random() < 0.45:
        w = w.capitalize()
    return w + r.choice("-_.") + rs(r, LOWNUM, r.randint(3, 6)) + rs(r, string.digits, 2)


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b62(n, width):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = A62[d] + s
    return s.rjust(width, "0")


def crc_token(r, prefix, body_len):
    """prefix + body + 6-char base62 CRC32 of body (GitHub / npm style)."""
    body = rs(r, ALNUM, body_len)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def crc_ok(tok, prefix, body_len):
    body = tok[len(prefix):len(prefix) + body_len]
    return b62(zlib.crc32(body.encode()), 6) == tok[len(prefix) + body_len:]


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, header, payload, sig_bytes=32):
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." +
            b64url(bytes(r.getrandbits(8) for _ in range(sig_bytes))))


def b64bytes(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def fill(template, value):
    """Put value at the single SLOT; return (text, start, end)."""
    assert template.count(SLOT) == 1, template
    start = template.index(SLOT)
    text = template.replace(SLOT, value)
    return text, start, start + len(value)


def mod10_gs1(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def crc24_modes(hex112_without_parity):
    """Mode S CRC-24 (generator 0xFFF409) over the first 88 bits."""
    data = bytes.fromhex(hex112_without_parity)
    crc = 0
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1FFF409
    return crc & 0xFFFFFF


# ---------------------------------------------------------------- deny-list
LANG_HAND = ["german", "chinese", "english", "finnish", "hungarian", "akan", "swati",
             "luxembourgish", "icelandic", "indonesian", "latin", "arabic", "bengali", "isl",
             "manx", "tsonga", "chichewa", "kurdish", "pashto", "devanagari", "cyrillic",
             "georgian", "armenian", "ethiopic", "hebrew", "hangul", "greek", "kana", "kanji",
             "telugu", "sinhala", "khmer"]


def extract_denylist(texts):
    names, langs, words = set(), set(), set()
    for t in texts:
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
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
            langs.add(code)
            langs.add(name.lower())
            for w in re.findall(r"[A-Za-z]+", name):
                langs.add(w.lower())
        for w in re.findall(r"[A-Za-z]+", t):
            words.add(w.lower())
    langs.update(LANG_HAND)
    return {"names": sorted(names), "langs": sorted(langs), "words": sorted(words)}
