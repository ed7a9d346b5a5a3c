"""Evasion records: the rule is stated before the encoded run."""
import random
from common134 import *
from enc134 import E, CASELESS

ETYPES = [
    ("dnt_evasion_mill_admin_password", "mill controller admin password", lambda r: owner_password(r)),
    ("dnt_evasion_clearinghouse_api_key", "clearinghouse API key", lambda r: rs(r, 24)),
    ("dnt_evasion_steri_hex_token", "sterilizer logger token", lambda r: hexs(r, 32)),
]
WORDINGS = [
    ("operatory_sticky_note_puzzle", "Sticky note on the operatory 4 monitor: the {what} is written {rule}:\n{run}\nDecode it yourself, I'm not typing it in the clear."),
    ("lab_wiki_decode_hint", "Lab wiki, mill room page. The {what}, {rule}:\n{run}\n(ask Marco if the decode trips you up)"),
    ("front_desk_chat_riddle", "[front desk chat] ok riddle time — {what} {rule}:\n{run}\nfirst one to log in gets coffee"),
]


def build(start_id=1):
    rng = random.Random(13405)
    out = []
    for name, (rule, f) in E.items():
        for j in range(3):
            typ, what, gen = ETYPES[j]
            plain = gen(rng)
            if name in CASELESS:
                plain = plain.lower()
            run = f(plain)
            tpl = WORDINGS[j][1].replace("{what}", what).replace("{rule}", rule)
            text, s, e = place(tpl.replace("{run}", "{v}"), run)
            r = {"id": "p134-e-%04d" % (start_id + len(out)), "type": typ,
                 "container": WORDINGS[j][0] + "__" + name, "encoding": name, "text": text,
                 "secrets": [{"value": run, "start": s, "end": e, "type": typ, "plain": plain, "encoding": name}],
                 "source": "evasion"}
            out.append(r)
    return out
