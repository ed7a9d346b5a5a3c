"""Evasions: 22 encodings x 3, the text names the encoding before the encoded value."""
import random
from common import *
import gen_everyday
from gen_encodings import ENC, KEYED, MULTILINE, PHRASE

WORDINGS = {
 "helpdesk_macro_reply": "Hello, this is the service desk. The {label} you asked for is below, {phrase}:",
 "family_group_sms": "ok so the {label}, {phrase}, dont forward pls:",
 "password_manager_secure_note": "Secure note (Homelab). {label}, stored {phrase}:",
}
LAYOUTS = ["inline_after_colon", "own_line", "indented_block"]
LABEL = {t: t.replace("_", " ") for t in gen_everyday.TYPES}
KEYS = ["LANTERN", "HARBOUR", "QUILTED", "MARIGOLD", "COPPER", "THIMBLE", "ORCHARD", "BRAMBLE", "SPARROW"]


def build(positive_values):
    r = random.Random(33005)
    recs, used = [], set(positive_values)
    types = [t for t in gen_everyday.TYPES]
    wl = sorted(WORDINGS)
    n = 0
    for enc in sorted(ENC):
        for j in range(3):
            while True:
                t = types[(n * 7 + j) % len(types)]
                var, plain = gen_everyday.T(r)[t]
                if plain in used:
                    continue
                key = r.choice(KEYS) if enc in KEYED else None
                val = ENC[enc](plain, key)
                if val != val.strip() or plain in val or (enc in KEYED and val == plain):
                    continue
                if enc == "periodic_symbol_offset33" and any(ord(c) > 126 for c in plain):
                    continue
                break
            used.add(plain)
            w = wl[(n + j) % 3]
            lay = "own_line" if enc in MULTILINE and j == 0 else LAYOUTS[(n + j) % 3]
            if enc in MULTILINE and lay == "inline_after_colon":
                lay = "indented_block"
            phrase = PHRASE[enc].replace("{KEY}", key or "")
            head = WORDINGS[w].format(label=LABEL[t], phrase=phrase)
            if lay == "inline_after_colon":
                tpl = head + " ⟦0⟧\nThanks!"
            elif lay == "own_line":
                tpl = head + "\n⟦0⟧\n-- sent from my phone"
            else:
                tpl = head + "\n\n⟦0⟧\n\n(ticket auto-closes in 7 days)"
            text, spans = assemble(tpl, [(val, t)])
            spans[0]["plain"] = plain
            spans[0]["encoding"] = enc
            if key:
                spans[0]["encoding_key"] = key
            recs.append({"type": t, "container": enc + "__" + w, "text": text, "secrets": spans,
                         "source": "evasion", "encoding": enc, "_layout": lay})
        n += 1
    return recs
