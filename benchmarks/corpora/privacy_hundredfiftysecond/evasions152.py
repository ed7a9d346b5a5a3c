"""Evasion records: 22 notations x 3, the rule stated before the run."""
import random
from gen152 import rs, hexs, WORDS, LOWER, DIG, ALNUM
import enc152

TYPES = [
    ('lndry_evasion_counter_password', lambda r: (lambda w: (w.capitalize() if r.random() < 0.45 else w))(r.choice(WORDS)) + r.choice('-_.') + rs(r, r.randint(3, 6), LOWER + DIG) + rs(r, 2, DIG)),
    ('lndry_evasion_locker_hex_key', lambda r: hexs(r, 32)),
    ('lndry_evasion_pickup_token', lambda r: 'pkt_' + rs(r, 24, ALNUM)),
]
WORDINGS = [
    ('route_driver_group_puzzle', 'Route group chat. Driver lead: the tablet unlock for van 7, encoded so the chat bot does not echo it. It is written {RULE}:\n{RUN}\nDecode it on your own phone, not here.'),
    ('counter_staff_break_room_riddle', 'Printed on the break-room board at the dry-cleaning counter: "Puzzle of the week" - the {WHAT} is written {RULE}:\n{RUN}\nFirst to log in with it gets a free shirt press.'),
    ('plant_ops_ticket_obfuscated_note', 'Ticket PLT-{N} (linen plant ops), internal note: pasting the {WHAT} obfuscated as agreed. It is written {RULE}:\n{RUN}\nPlease rotate after the RFID tunnel migration.'),
]
WHAT = {'lndry_evasion_counter_password': 'counter PC password',
        'lndry_evasion_locker_hex_key': 'locker bank AES key',
        'lndry_evasion_pickup_token': 'pickup API token'}


def build(seed, values):
    rng = random.Random(seed)
    recs = []
    for ei, enc in enumerate(sorted(enc152.E)):
        for j in range(3):
            t, gen = TYPES[(ei + j) % 3]
            wname, tmpl = WORDINGS[(ei + 2 * j) % 3]
            while True:
                p = values.take(lambda: gen(rng))
                run = enc152.E[enc](p)
                if p not in run:
                    break
            rule = enc152.RULES[enc]
            head = tmpl.split('{RUN}')[0].replace('{RULE}', rule).replace('{WHAT}', WHAT[t]).replace('{N}', str(4000 + rng.randrange(5000)))
            tail = tmpl.split('{RUN}')[1]
            text = head + run + tail
            s = len(head)
            recs.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': t, 'plain': p, 'encoding': enc}],
                         'source': 'evasion'})
    return recs
