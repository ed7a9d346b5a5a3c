"""Evasions: 22 notations x 3; the text states the rule before the run."""
import random
from gen157 import *
import enc157

ETYPES = ['closing_evasion_escrow_password', 'closing_evasion_wire_verify_key', 'closing_evasion_ledger_hex_token']
WORDINGS = [
 ('escrow_breakroom_whiteboard_puzzle', 'Whiteboard in the escrow break room: the new {WHAT} is written {RULE}:\n{RUN}\nFirst closer to decode it buys the coffee.\n'),
 ('title_plant_newsletter_brain_teaser', 'Plant newsletter brain teaser - this month the {WHAT} itself, spelled out {RULE}:\n{RUN}\n(answer goes live on Monday)\n'),
 ('closing_team_chat_riddle', 'Riddle for the closing team: the {WHAT} you need for tonight, encoded {RULE}:\n{RUN}\nDecode it, don\'t paste it anywhere.\n'),
]
WHAT = {'closing_evasion_escrow_password': 'escrow ledger password',
        'closing_evasion_wire_verify_key': 'wire-verification key',
        'closing_evasion_ledger_hex_token': 'ledger sync token'}


def plain_for(r, t):
    if t == ETYPES[0]: return password(r, seps='-_.')
    if t == ETYPES[1]: return 'wvx_' + rs(r, ALNUM, 24)
    return rs(r, HEX, 32)


def generate(reg, seed=15705):
    r = random.Random(seed)
    recs = []
    for ei, enc in enumerate(sorted(enc157.E)):
        for j in range(3):
            t = ETYPES[(ei + j) % 3]
            wname, tmpl = WORDINGS[j]
            while True:
                p = plain_for(r, t)
                run = enc157.E[enc](p)
                if p not in run and reg.ok(p) and reg.ok(run):
                    reg.add(p); reg.add(run); break
            recs.append((t, enc, wname, p, run))
    out = []
    for (t, enc, wname, p, run) in recs:
        tmpl = dict(WORDINGS)[wname]
        head, tail = tmpl.split('{RUN}')
        head = head.replace('{WHAT}', WHAT[t]).replace('{RULE}', enc157.RULES[enc])
        text = head + run + tail
        s = len(head)
        out.append({'type': t, 'container': enc + '__' + wname, 'text': text, 'encoding': enc,
                    'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': t, 'plain': p, 'encoding': enc}],
                    'source': 'evasion'})
    return out
