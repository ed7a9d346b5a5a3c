"""Evasions: one encoded secret per record (seed 13005).  ENC[name] = (encoder, decoder);
DECODERS[name](value, span) is exactly what build.py's checks run."""
import base64
import html
import json
import quopri
import random
import re
import urllib.parse
import zlib

from gen_common import human_pw, render, rs, spec
from gen_evasion_containers import CONT

SEED = 13005
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
         "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν"}
GREEK_R = {v: k for k, v in GREEK.items()}
SPELL = {"-": "dash", "_": "underscore", ".": "dot"}
SPELL.update({str(d): "digit " + w for d, w in enumerate("zero one two three four five six seven eight nine".split())})
SPELL_R = {v: k for k, v in SPELL.items()}
T9 = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
T9_R = {c: k * (i + 1) for k, cs in T9.items() for i, c in enumerate(cs)}


def _rot18(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        elif c.isdigit():
            out.append(str((int(c) + 5) % 10))
        else:
            out.append(c)
    return "".join(out)


def _halves(s):
    h = len(s) // 2
    return s[:h][::-1] + s[h:][::-1]


def _spell_enc(s):
    return ", ".join(("capital " + c) if c.isupper() else ("small " + c) if c.isalpha() else SPELL[c] for c in s)


def _spell_dec(v):
    out = []
    for w in v.split(", "):
        if w.startswith("capital ") or w.startswith("small "):
            out.append(w.split(" ")[1])
        else:
            out.append(SPELL_R[w])
    return "".join(out)


def _t9_dec(v):
    return "".join(t[1] if t.startswith("#") else T9[t[0]][len(t) - 1] for t in v.split(" "))


def _split_enc(s, rng, joiner):
    n = rng.randrange(3, 5)
    cut = sorted(rng.sample(range(2, len(s) - 1), n - 1))
    parts = [s[i:j] for i, j in zip([0] + cut, cut + [len(s)])]
    return joiner.join('"%s"' % p for p in parts)


def _b64u_dec(v):
    return base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)).decode()


ENC = {
    "split_concat_lines": (None, lambda v, s: "".join(re.findall(r'"([^"]*)"', v))),
    "reversed_halves": (lambda p, r, k: _halves(p), lambda v, s: _halves(v)),
    "middle_dot_separated": (lambda p, r, k: "\u00b7".join(p), lambda v, s: v.replace("\u00b7", "")),
    "greek_homoglyph": (lambda p, r, k: "".join(GREEK.get(c, c) for c in p), lambda v, s: "".join(GREEK_R.get(c, c) for c in v)),
    "fullwidth_ascii": (lambda p, r, k: "".join(chr(ord(c) + 0xFEE0) for c in p),
                        lambda v, s: "".join(chr(ord(c) - 0xFEE0) for c in v)),
    "quoted_printable_all": (lambda p, r, k: "".join("=%02X" % b for b in p.encode()),
                             lambda v, s: quopri.decodestring(v.encode()).decode()),
    "punycode_label": (lambda p, r, k: "xn--" + p.encode("punycode").decode(), lambda v, s: v[4:].encode().decode("punycode")),
    "utf16be_hex_units": (lambda p, r, k: " ".join("%04x" % ord(c) for c in p),
                          lambda v, s: bytes.fromhex(v.replace(" ", "")).decode("utf-16-be")),
    "octal_byte_list": (lambda p, r, k: " ".join("%03o" % b for b in p.encode()), lambda v, s: bytes(int(x, 8) for x in v.split()).decode()),
    "percent_encode_all": (lambda p, r, k: "".join("%%%02X" % b for b in p.encode()), lambda v, s: urllib.parse.unquote(v)),
    "base64url_nopad_in_url": (lambda p, r, k: base64.urlsafe_b64encode(p.encode()).decode().rstrip("="), lambda v, s: _b64u_dec(v)),
    "xor_key_decimal_list": (lambda p, r, k: "[" + ", ".join(str(b ^ k) for b in p.encode()) + "]",
                             lambda v, s: bytes(int(x) ^ s["encoding_key"] for x in json.loads(v)).decode()),
    "zlib_base85": (lambda p, r, k: base64.b85encode(zlib.compress(p.encode(), 9)).decode(),
                    lambda v, s: zlib.decompress(base64.b85decode(v)).decode()),
    "json_char_codes": (lambda p, r, k: json.dumps([ord(c) for c in p]), lambda v, s: "".join(map(chr, json.loads(v)))),
    "spelled_characters": (lambda p, r, k: _spell_enc(p), lambda v, s: _spell_dec(v)),
    "base32_standard": (lambda p, r, k: base64.b32encode(p.encode()).decode(), lambda v, s: base64.b32decode(v).decode()),
    "colon_hex_bytes": (lambda p, r, k: ":".join("%02X" % b for b in p.encode()), lambda v, s: bytes.fromhex(v.replace(":", "")).decode()),
    "html_decimal_entities": (lambda p, r, k: "".join("&#%d;" % ord(c) for c in p), lambda v, s: html.unescape(v)),
    "js_unicode_escape": (lambda p, r, k: "".join("\\u%04x" % ord(c) for c in p),
                          lambda v, s: re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), v)),
    "rot18": (lambda p, r, k: _rot18(p), lambda v, s: _rot18(v)),
    "double_base64": (lambda p, r, k: base64.b64encode(base64.b64encode(p.encode())).decode(),
                      lambda v, s: base64.b64decode(base64.b64decode(v)).decode()),
    "chr_call_concat": (lambda p, r, k: "+".join("chr(%d)" % ord(c) for c in p), lambda v, s: "".join(chr(int(x)) for x in re.findall(r"chr\((\d+)\)", v))),
    "t9_multitap": (lambda p, r, k: " ".join(("#" + c) if c.isdigit() else T9_R[c] for c in p), lambda v, s: _t9_dec(v)),
    "ebcdic_cp500_hex": (lambda p, r, k: p.encode("cp500").hex().upper(), lambda v, s: bytes.fromhex(v).decode("cp500")),
    "data_uri_base64": (lambda p, r, k: "data:text/plain;base64," + base64.b64encode(p.encode()).decode(),
                        lambda v, s: base64.b64decode(v.split(",", 1)[1]).decode()),
}
DECODERS = {k: v[1] for k, v in ENC.items()}
POOL = [("groq_api_key", "gsk_{a52}"), ("replicate_api_token", "r8_{a37}"), ("linear_api_key", "lin_api_{a40}"),
        ("netlify_pat", "nfp_{a36}"), ("supabase_pat", "sbp_{h40}"), ("postman_api_key", "PMAK-{h24}-{h34}"),
        ("pulumi_access_token", "pul-{h40}"), ("shopify_admin_access_token", "shpat_{h32}"),
        ("planetscale_service_token", "pscale_tkn_{w43}"), ("doppler_service_token", "dp.st.prd.{a43}"),
        ("perplexity_api_key", "pplx-{a48}"), ("new_relic_user_api_key", "NRAK-{u27}"),
        ("dynatrace_api_token", "dt0c01.{u24}.{u64}"), ("honeybadger_api_key", "hbp_{a36}")]
LOWER_POOL = [("databricks_pat", "dapi{h32}"), ("twilio_auth_token", "{h32}"), ("datadog_api_key", "{h32}"),
              ("kaggle_api_key", "{h32}"), ("linode_api_token", "{h64}")]
UML = "äöüßéñåø"


def _plain(rng, enc, n):
    if enc == "t9_multitap":
        t, shp = LOWER_POOL[n % len(LOWER_POOL)]
        return t, spec(rng, shp)
    if enc == "punycode_label":
        p = human_pw(rng)
        i = rng.randrange(1, len(p))
        return ["wifi_psk", "smb_share_password", "web_login_password", "database_password"][n % 4], p[:i] + rng.choice(UML) + p[i:]
    if enc == "greek_homoglyph":
        t, shp = [("new_relic_user_api_key", "NRAK-{u27}"), ("dynatrace_api_token", "dt0c01.{u24}.{u64}"),
                  ("vultr_api_key", "{u36}"), ("solaredge_api_key", "{u32}")][n % 4]
        return t, spec(rng, shp)
    if n % 5 == 4 and enc not in ("spelled_characters", "middle_dot_separated"):
        return ["ssh_password", "database_password", "vpn_password", "smtp_password"][n % 4], human_pw(rng)
    t, shp = POOL[(n * 7 + len(enc)) % len(POOL)]
    if enc == "spelled_characters":
        shp = shp.replace("{w43}", "{a43}")
    return t, spec(rng, shp)


def records():
    rng = random.Random(SEED)
    out = []
    for enc in sorted(CONT):
        for n, (cont, tpl) in enumerate(CONT[enc]):
            t, plain = _plain(rng, enc, n)
            key = rng.randrange(1, 256) if enc == "xor_key_decimal_list" else None
            if enc == "split_concat_lines":
                joiner = {"py": "\n    ", "js": " +\n    ", "java": " +\n        ", "sh": ""}[cont.split("_")[0]] \
                    if cont.split("_")[0] in ("py", "js", "java", "sh") else " +\n  "
                value = _split_enc(plain, rng, joiner)
            else:
                value = ENC[enc][0](plain, rng, key)
            body = tpl.replace("§KEY", str(key)) if key is not None else tpl
            text, spans = render(body, [(value, t, plain)])
            for s in spans:
                s["encoding"] = enc
                if key is not None:
                    s["encoding_key"] = key
            out.append({"type": t, "container": cont, "encoding": enc, "text": text, "secrets": spans,
                        "source": "gen_evasions"})
    return out
