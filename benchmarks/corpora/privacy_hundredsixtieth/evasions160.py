"""Evasions: 22 encodings x 3 (p160)."""
import random
from common160 import *
from enc160 import E, RULES
TYPES = [('vend_evasion_kiosk_pin_phrase', 'the kiosk back-office password', lambda r: pw(r)),
         ('vend_evasion_reader_api_key', 'the card-reader API key', lambda r: 'rdk_' + s(r, 22)),
         ('vend_evasion_telemetry_hex_key', 'the telemetry signing key', lambda r: hexs(r, 32))]
WORDINGS = [('route_van_dashboard_riddle', "Note taped to the route van dashboard: {WHAT} is written {RULE}:\n{RUN}\nDecode it at the first stop, then tear this up.\n"),
            ('micro_market_breakroom_quiz', "Breakroom quiz, prize is a free coffee: {WHAT} is written {RULE}:\n{RUN}\nFirst one to log in wins.\n"),
            ('dex_audit_printout_margin_note', "Handwritten on the margin of the DEX audit printout: {WHAT} is written {RULE}:\n{RUN}\n(so nobody reading over the shoulder gets it)\n")]
def build(reg):
    r = random.Random(16005)
    out = []
    for ei, enc in enumerate(sorted(E)):
        for j in range(3):
            t, what, fn = TYPES[(ei + j) % 3]
            wname, wt = WORDINGS[j]
            while True:
                plain = reg.add(lambda: fn(r))
                run = E[enc](plain)
                if plain not in run: break
            run = reg.add(lambda: run)
            text = wt.replace('{WHAT}', what).replace('{RULE}', RULES[enc]).replace('{RUN}', run)
            sp = place(text, run); sp['type'] = t; sp['plain'] = plain; sp['encoding'] = enc
            out.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text, 'secrets': [sp], 'source': 'evasion'})
    return out
