"""Evasions: 22 notations x 3 credential types, rule stated before the run (seed 10905)."""
import random
from common109 import rs, owner_password, ALNUM, B64URL
from enc109 import ENC, RULE

TYPES = [
 ('pos_evasion_kds_admin_password', 'the KDS admin password', owner_password),
 ('pos_evasion_toast_client_secret', 'the Toast client secret', lambda r: rs(r, 32, ALNUM)),
 ('pos_evasion_doordash_signing_secret', 'the DoorDash Drive signing secret', lambda r: rs(r, 43, B64URL)),
]
WORDINGS = [
 ('franchise_forum_puzzle_post', 'Puzzle for the franchise IT forum: {N} is written {R}:\n{X}\nFirst one to log in buys the fries.'),
 ('pos_migration_wiki_footnote', '[3] During the POS migration {N} was noted {R}:\n{X}\n(kept here until the vault import is done)'),
 ('kitchen_chat_brainteaser', 'brain teaser for the night crew - {N}, {R}:\n{X}\ndecode it yourselves, no copy-paste please'),
]

def build():
    r = random.Random(10905)
    out = []
    for ei, name in enumerate(ENC):
        for ti, (t, phrase, gen) in enumerate(TYPES):
            wk, wt = WORDINGS[(ei + ti) % 3]
            while True:
                plain = gen(r)
                run = ENC[name](plain)
                text = wt.replace('{N}', phrase).replace('{R}', RULE[name])
                s = text.index('{X}')
                text = text.replace('{X}', run)
                if plain not in text:
                    break
            out.append(dict(type=t, container=name + '__' + wk, text=text, encoding=name,
                            secrets=[dict(value=run, start=s, end=s + len(run), type=t, plain=plain, encoding=name)],
                            source='evasion'))
    return out
