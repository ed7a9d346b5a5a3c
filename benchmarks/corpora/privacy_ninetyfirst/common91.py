"""Shared helpers for corpus p91 (stdlib only, no clock, no network)."""
import os, re, json, zlib, string, hashlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))

def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")

def crc_b62(body):
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

def gh_token(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + crc_b62(body)

def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

import base64
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt(rng, payload):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(bytes(rng.randrange(256) for _ in range(32)))
    return f"{head}.{body}.{sig}"

WORDS = ["devcontainer", "codespace", "gitpod", "bastion", "jumphost", "tmux", "mosh",
         "tailnet", "wireguard", "vagrant", "nixshell", "gateway", "tunnel", "portfwd",
         "remotessh", "zerotier", "coder", "workspace", "prebuild", "devbox", "sshd",
         "proxyjump", "flake", "devshell", "hostkey", "forward", "preview", "tailscale",
         "netbird", "headscale", "lima", "multipass", "distrobox", "toolbox", "vscode",
         "fleet", "gateway", "socat", "autossh", "screen", "zellij", "rdp", "vnc", "sftp"]

class PwGen:
    """Owner-chosen passwords: focus word + separator + 4-7 [a-z0-9] + 2 digits."""
    def __init__(self, rng, used):
        self.rng, self.used = rng, used
    def __call__(self):
        while True:
            r = self.rng
            w = r.choice(WORDS)
            if r.random() < 0.4:
                w = w.capitalize()
            v = w + r.choice("-_.") + rs(r, LOWER_ALNUM, r.randint(4, 7)) + rs(r, string.digits, 2)
            if v not in self.used:
                self.used.add(v)
                return v

# ---------------------------------------------------------------- deny-list
BRIEF_DIR = "/tmp/brief91"
# languages named in the two READMEs (codes and English names), hand-listed from their prose
HAND_LANG_WORDS = """french spanish portuguese dutch swedish danish finnish polish czech hungarian romanian
croatian slovenian serbian bulgarian ukrainian russian greek turkish estonian latvian lithuanian icelandic
irish welsh catalan basque malay vietnamese tagalog swahili japanese korean chinese thai hebrew arabic persian
bengali tamil slovak indonesian urdu albanian macedonian esperanto afrikaans maltese galician luxembourgish
sorbian sicilian zulu yoruba hausa amharic sepedi telugu marathi sinhala khmer mongolian kazakh uzbek tetum
faroese english latin cyrillic ethiopic devanagari hangul kana han""".split()

def extract_denylist(dirpath=BRIEF_DIR):
    names, words, codes = set(), set(), set()
    for fn in sorted(os.listdir(dirpath)):
        t = open(os.path.join(dirpath, fn), encoding="utf-8").read()
        for m in re.findall(r"`([^`\n]+)`", t):
            m = m.strip().lower()
            names.add(m)
            for part in m.split("__"):
                names.add(part)
        for m in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", t.lower()):
            names.add(m)
            for part in m.split("__"):
                names.add(part)
        for w in re.findall(r"[a-z]+", t.lower()):
            words.add(w)
        # `xx` (Name) pairs
        for c, _n in re.findall(r"`([a-z]{2,3})` \(([A-Z][a-z]+)\)", t):
            codes.add(c)
    codes |= {"sk", "id", "ur", "sq", "mk", "eo", "af", "mt", "ben", "ukr", "fin", "fo"}
    langwords = set(HAND_LANG_WORDS)
    return names, words, codes, langwords

def name_overlaps(name, names):
    n = name.lower()
    parts = [n] + n.split("__")
    return [p for p in parts if p in names]

FROZEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "brief_names.json")

def load_denylist():
    """Frozen deny-list; re-extracted and compared when the brief READMEs are present."""
    with open(FROZEN, encoding="utf-8") as f:
        d = json.load(f)
    frozen = (set(d["names"]), set(d["words"]), set(d["codes"]), set(d["langwords"]))
    if os.path.isdir(BRIEF_DIR):
        if extract_denylist() != frozen:
            raise SystemExit("deny-list in brief_names.json differs from /tmp/brief91 READMEs")
    return frozen

if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--freeze"]:
        n, w, c, l = extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump({"names": sorted(n), "words": sorted(w), "codes": sorted(c), "langwords": sorted(l)}, f, indent=0, ensure_ascii=False)
            f.write("\n")
