"""Evasions: 22 notations x 3; the rule is stated before the run."""
import random, string
from gen162 import *
from enc162 import E, RULES

TYPES = [
    ('care_evasion_portal_password', 'the family-portal admin password', lambda r: pw(r, '-_.')),
    ('care_evasion_billing_api_key', 'the clearinghouse billing API key', lambda r: 'hcb_' + s(r, 24)),
    ('care_evasion_device_hex_token', 'the pendant gateway device token', lambda r: hx(r, 24)),
]
WORDINGS = [
    ('nurse_station_whiteboard_puzzle', 'Whiteboard at the nurse station, Friday puzzle: {WHAT} is written {RULE}:\n{RUN}\nFirst one to decode it buys the coffee.'),
    ('caregiver_newsletter_brain_teaser', 'Newsletter brain teaser (do not actually use this!) - {WHAT}, written {RULE}:\n{RUN}\nAnswers in next month\'s issue.'),
    ('scheduler_chat_riddle', 'so I did not paste it in clear: {WHAT}, written {RULE}:\n{RUN}\nping me if it does not work'),
]


def build(seed, reg, start_id):
    r = random.Random(seed)
    out = []
    n = start_id
    for ei, name in enumerate(E):
        for j in range(3):
            typ, what, gen = TYPES[(ei + j) % 3]
            wname, wt = WORDINGS[(ei + 2 * j) % 3]
            while True:
                plain = gen(r)
                run = E[name](plain)
                if plain not in run and reg.ok(plain) and reg.ok(run):
                    break
            reg.vals.append(plain)
            reg.vals.append(run)
            pre = wt.split('{RUN}')[0].replace('{WHAT}', what).replace('{RULE}', RULES[name])
            post = wt.split('{RUN}')[1]
            text = pre + run + post
            n += 1
            out.append({'id': f'p162-e-{n:04d}', 'type': typ, 'container': f'{name}__{wname}', 'encoding': name,
                        'text': text,
                        'secrets': [{'value': run, 'start': len(pre), 'end': len(pre) + len(run), 'type': typ,
                                     'plain': plain, 'encoding': name}],
                        'source': 'evasion'})
    return out
