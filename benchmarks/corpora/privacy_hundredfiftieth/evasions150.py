"""Evasions: 22 notations x 3 (one per evasion type / wording)."""
import random, string
from gen150 import G, LOWER_D, WORDS
from enc150 import E

TYPES = [
    ('opt_evasion_pms_admin_password', 'optical_lab_bench_note_puzzle',
     'Note taped under the lab bench: the PMS admin password is written {RULE}:\n{RUN}\nDecode it yourself, I am not typing it in chat.'),
    ('opt_evasion_lab_hex_key', 'front_desk_chat_riddle',
     'Front desk chat: for the lab order gateway, the hex key is given {RULE}:\n{RUN}\nSolve it before the 9 am pickup.'),
    ('opt_evasion_tryon_token', 'trunk_show_flyer_footnote',
     'Footnote on the trunk-show flyer draft: the try-on kiosk token, {RULE}:\n{RUN}\n(remove before printing)'),
]


def build(seed, used):
    r = random.Random(seed)
    g = G(r, used)
    recs = []
    for enc, (rule, fn) in E.items():
        for typ, wording, tpl in TYPES:
            for _ in range(100):
                if typ.endswith('password'):
                    p = g.fresh(lambda: g.password())
                elif typ.endswith('hex_key'):
                    p = g.fresh(lambda: g.hex(32))
                else:
                    p = g.fresh(lambda: 'vto_' + g.alnum(20))
                run = fn(p, r)
                if p not in run and run.strip() == run:
                    break
                used.remove(p)
            i = tpl.index('{RULE}')
            text = tpl.replace('{RULE}', rule)
            s = text.index('{RUN}')
            text = text.replace('{RUN}', run)
            recs.append({'type': typ, 'container': wording + '__' + enc, 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': typ,
                                      'plain': p, 'encoding': enc}], 'source': 'evasion'})
    return recs
