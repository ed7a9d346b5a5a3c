import random
from common124 import owner_pw, hx, an
from enc124 import E, RULE
TYPES = [('ccdev_evasion_pbx_admin_password', lambda r: owner_pw(r)),
         ('ccdev_evasion_speech_api_key', lambda r: hx(r, 32)),
         ('ccdev_evasion_sms_gateway_token', lambda r: an(r, 28))]
WORDINGS = [('agent_floor_riddle_post', 'Puzzle for the floor: the new PBX admin value is written {rule}:\n', '\nFirst one to decode it gets the good headset.'),
            ('telephony_rota_scribble', 'Rota scribble - key written {rule}:\n', '\n(ask before using it)'),
            ('ivr_release_checklist_aside', 'Release checklist aside: credential written {rule}:\n', '\nDecode at deploy time, then delete this line.')]
def gen(seed=12405):
    r = random.Random(seed); out = []
    for i, enc in enumerate(E):
        for j in range(3):
            t, g = TYPES[(i + j) % 3]
            p = g(r); run = E[enc](p)
            w, a, b = WORDINGS[j]
            pre = a.format(rule=RULE[enc]); text = pre + run + b
            out.append({'type': t, 'container': enc + '__' + w, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': len(pre), 'end': len(pre) + len(run), 'type': t, 'plain': p, 'encoding': enc}],
                        'source': 'evasion'})
    return out
