"""Evasion records: 22 notations x 3 types; the rule is stated before the run."""
import random
from common143 import *
from enc143 import E

TYPES = [
 ('court_evasion_efiling_admin_password', 'the e-filing review-queue admin password', lambda r: owner_pw(r, '-_.')),
 ('court_evasion_jury_api_hex_key', 'the jury-management API key', lambda r: hexs(r, 32)),
 ('court_evasion_recording_service_token', 'the courtroom-recording service token', lambda r: 'rec_' + rs(r, AN + '-_', 22)),
]
WORDINGS = [
 ('bailiff_desk_note_puzzle', 'Note taped under the bailiff desk: {what}, {rule}:', '(so the cleaners cannot read it)'),
 ('clerk_group_chat_riddle', 'clerk-team chat: ok, riddle time, {what} is written {rule}:', 'decode it yourself, not posting it in clear'),
 ('court_it_change_ticket_obfuscated', 'Change ticket CHG-{n}, step 4. For the cut-over use {what}, given {rule}:', 'Rotate after the cut-over window.'),
]

def build(seed=14305, reg=None):
    r = random.Random(seed); out = []
    for ei, (enc, (f, rule)) in enumerate(E.items()):
        for ti, (typ, what, g) in enumerate(TYPES):
            wname, head, tail = WORDINGS[(ei + ti) % 3]
            while True:
                plain = reg.take(lambda: g(r))
                run = f(plain)
                if plain not in run: break
            text_head = head.format(what=what, rule=rule, n=4000 + 3 * ei + ti)
            text = text_head + '\n' + run + '\n' + tail
            s = len(text_head) + 1
            out.append({'id': None, 'type': typ, 'container': f'{wname}__{enc}', 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': typ, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion', '_rule': rule})
    return out
