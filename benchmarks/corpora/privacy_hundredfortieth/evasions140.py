"""Evasions: 22 notations x 3; the rule is stated before the run."""
from common140 import Gen, HEXL
from enc140 import E

ETYPES = [
    ('el_evasion_lift_gateway_admin_password', 'lift gateway admin password', lambda g: g.pw('-_.')),
    ('el_evasion_remote_monitoring_hex_key', 'remote-monitoring API key', lambda g: g.hx(32)),
    ('el_evasion_dispatch_service_token', 'dispatch service token', lambda g: 'dsp_' + g.s(24)),
]
WORDINGS = [
    ('machine_room_door_note_puzzle', 'Taped inside the machine-room door: "The {L} is written {R}:\n{RUN}\nwork it out, then bin this note."'),
    ('lift_tech_group_chat_riddle', 'lift-techs group chat, 06:58 — so nobody greps it: the {L} is written {R}:\n{RUN}\ndecode it yourself, do not paste the clear form here.'),
    ('bms_commissioning_sheet_margin', 'Commissioning sheet, plant room 2, margin note: {L} written {R}:\n{RUN}\n(ask Jonas if it does not decode)'),
]


def build(used, seed=14005):
    g = Gen(seed, used)
    out = []
    n = 0
    for ei, (enc, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            typ, label, fn = ETYPES[(ei + j) % 3]
            wname, w = WORDINGS[(ei * 3 + j) % 3]
            for _ in range(50):
                plain = fn(g)
                run = f(plain)
                if plain not in run and plain not in used and not run.startswith(' ') and not run.endswith(' '):
                    break
            used.add(plain)
            t1 = w.replace('{L}', label).replace('{R}', rule)
            i = t1.index('{RUN}')
            text = t1.replace('{RUN}', run)
            n += 1
            out.append({'id': 'X%04d' % n, 'type': typ, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                        'secrets': [{'value': run, 'start': i, 'end': i + len(run), 'type': typ, 'plain': plain, 'encoding': enc}],
                        'source': 'evasion'})
    return out
