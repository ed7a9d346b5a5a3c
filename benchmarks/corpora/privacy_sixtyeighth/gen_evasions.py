"""Evasions: 22 encodings x 3, three hospitality wordings."""
import random
from common import *
from gen_encodings import ENC, NAMES

TYPES = {
 'database_password': ('the database password', pw),
 'github_personal_access_token': ('the GitHub token', lambda r: 'ghp_' + an(r, 36)),
 'gds_terminal_sign_in_password': ('the GDS sign-in password', pw),
 'pms_interface_password': ('the PMS interface password', pw),
 'channel_manager_api_key': ('the channel manager API key', lambda r: an(r, 28)),
 'event_checkin_scanner_token': ('the check-in scanner token', lambda r: 'ecs_' + an(r, 20)),
}
WORDINGS = {
 'night_audit_handover_memo': "Night audit handover, shift {n}.\nFor tonight's interface restart, {what} is written {phrase}:\n{run}\nShred this memo after the morning team has read it.\n",
 'tour_partner_onboarding_mail': "Hello partner team,\nas agreed on the call, here is {what} {phrase}:\n{run}\nPlease decode it only on the booking workstation. Regards, partner desk {n}\n",
 'festival_gate_ops_chat_recap': "Gate ops recap (channel {n}): scanners back online at 18:40.\nFor the re-sync use {what}, {phrase}:\n{run}\nDo not read it out on the radio.\n",
}

def build(pool):
    r = random.Random(6805)
    types = list(TYPES); words = list(WORDINGS)
    out = []
    i = 0
    for enc in NAMES:
        for j in range(3):
            t = types[i % len(types)]; w = words[(i + j) % len(words)]; i += 1
            what, gen = TYPES[t]
            while True:
                plain = gen(r)
                phrase, run = ENC[enc](plain, r)
                shown = '[' + run + ']' if enc == 'unicode_tag_characters_invisible' else run
                text = WORDINGS[w].format(n=r.randint(2, 99), what=what, phrase=phrase, run='\ue000').replace('\ue000', shown)
                if plain not in text and text.count(run) == 1 and pool.ok(plain):
                    pool.vals.append(plain); break
            sp = span(text, run, t); sp['plain'] = plain; sp['encoding'] = enc
            out.append({'type': t, 'container': enc + '__' + w, 'text': text, 'secrets': [sp], 'source': 'evasion', 'encoding': enc})
    return out
