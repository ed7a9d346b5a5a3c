"""Evasions: 22 encodings x 3; the rule is stated before the run."""
import random
from gen148 import *
from enc148 import E

TYPES = [('cn_evasion_kiosk_admin_password', lambda r: owner_pw(r)),
         ('cn_evasion_kdm_vault_hex_key', lambda r: hx(r, 24)),
         ('cn_evasion_ticketing_partner_token', lambda r: 'tkp' + s(r, 17))]
WORDINGS = [
 ('projection_booth_door_note_puzzle', 'Note taped inside the booth door: so the cleaners cannot read it, the login secret for tonight is written {R}:\n{RUN}\nWork it out before the 19:30 show.'),
 ('usher_group_chat_riddle', 'Usher group chat, Fri 18:02 — Sam: not pasting it in clear again. The secret is written {R}:\n{RUN}\nSam: decode it yourselves, it is the same rule as on the wiki.'),
 ('distributor_call_sheet_scribble', 'Call sheet margin (distribution liaison): access code for the screener portal, written {R}:\n{RUN}\n(do not copy this sheet)'),
]

def build(reg):
    r = random.Random(14805)
    out = []
    for i, (enc, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            t, g = TYPES[(i + j) % 3]
            wname, wt = WORDINGS[j]
            for _ in range(200):
                p = fresh(reg, r, g)
                run = f(p)
                if p not in run and run == run.strip(): break
            tpl = wt.replace('{R}', rule)
            a = tpl.index('{RUN}')
            text = tpl[:a] + run + tpl[a + 5:]
            out.append(dict(type=t, container=wname + '__' + enc, encoding=enc, text=text,
                            secrets=[dict(value=run, start=a, end=a + len(run), type=t, plain=p, encoding=enc)],
                            source='evasion', _rule=rule))
    return out
