"""Evasion records: prefixed vendor tokens (self-identifying) encoded with 30 new encodings, 3 records each."""
import random, re
import gen_common as G
import gen_encodings as E
from gen_evasion_containers import EC
from gen_types import TYPES

SEED = 15006
QUOTE_OK = {"dvorak_layout_mistype", "uuid_byte_blocks", "css_backslash_hex_escape"}
KEYWORDS = ["lantern", "quokka", "meridian", "saffron", "obelisk", "tamarind", "zenith", "cobalt", "halcyon"]


def build():
    r = random.Random(SEED)
    pool = [t for t in TYPES if t[3] == "P" and not t[2].startswith("fn:")]
    out = []
    for enc in E.NAMES:
        for kind, tmpl in EC[enc]:
            for _ in range(500):
                typ, var, spec, _k = r.choice(pool)
                plain = G.expand(r, spec)
                if len(plain) > 72 or not re.fullmatch(E.ALLOWED[enc], plain):
                    continue
                key = r.choice(KEYWORDS) if enc in E.KEYED else None
                encoded = E.ENC[enc](plain, key)
                if enc not in QUOTE_OK and re.search(r"[\"'`\\]", encoded):
                    continue
                if plain in encoded:
                    continue
                break
            else:
                raise SystemExit("no plain for " + enc)
            text = tmpl.replace("{who}", r.choice(G.FIRST).capitalize())
            if key:
                text = text.replace("{key}", key)
            if "{end}" in text:
                n = len(plain.encode()) + (len(plain.encode()) % 2)
                text = text.replace("{end}", "%07o" % n)
            text = text.replace("{pn}", "".join(r.choice("0123456789") for _ in range(12)))
            text = text.replace("{len}", "%02X" % len(plain))
            rec = G.rec(kind, text, [(encoded, typ, plain)], "gen_evasions")
            sp = rec["secrets"][0]
            sp["encoding"] = enc
            if key:
                sp["encoding_key"] = key
            rec["encoding"] = enc
            out.append(rec)
    return out
