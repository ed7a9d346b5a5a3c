"""Evasions: 22 notations x 3 evasion types; the rule is stated before the run."""
import random
from common131 import owner_pw, rs, hx, ALNUM
from enc131 import E

ETYPES = [
    ('bev_evasion_cellar_admin_password', lambda r: owner_pw(r)),
    ('bev_evasion_pos_api_key', lambda r: 'tpk_' + rs(r, 24)),
    ('bev_evasion_sensor_hex_token', lambda r: hx(r, 32)),
]
WORDINGS = [
    ('brewhouse_chalkboard_riddle', 'Chalkboard by the mash tun, for whoever opens the controller tomorrow. Here is the {what}, {rule}:\n', '\nWipe the board after you log in.'),
    ('cellar_wiki_decode_hint', 'Cellar wiki, access section. So it does not show up in search, the {what} below is given {rule}:\n', '\nDecode it by hand; do not paste the result here.'),
    ('taproom_chat_puzzle', 'taproom-dev chat: puzzle time - the {what} for staging, {rule}:\n', '\nfirst one to decode it buys the next round'),
]
WHAT = {'bev_evasion_cellar_admin_password': 'cellar controller admin password',
        'bev_evasion_pos_api_key': 'POS API key', 'bev_evasion_sensor_hex_token': 'fermentation sensor token'}

def build(seed, uniq):
    r = random.Random(seed)
    out = []
    for i, (name, (rule, enc)) in enumerate(E.items()):
        for j in range(3):
            t, gen = ETYPES[(i + j) % 3]
            wname, pre, post = WORDINGS[j]
            plain = uniq.take(lambda: gen(r))
            run = enc(plain)
            head = pre.replace('{what}', WHAT[t]).replace('{rule}', rule)
            text = head + run + post
            a = len(head)
            out.append(dict(type=t, container=name + '__' + wname, encoding=name, text=text,
                            secrets=[dict(value=run, start=a, end=a + len(run), type=t, plain=plain, encoding=name)],
                            source='evasion'))
    return out
