"""Evasions: 22 encodings x 3; the naming phrase always precedes the encoded value."""
import random
from common import place
from gen_encodings import ENC
from gen_everyday import TYPES

SEED = 4105
EV_TYPES = ['database_password', 'smtp_password', 'twilio_auth_token', 'google_gemini_api_key', 'github_classic_pat',
            'gitlab_personal_access_token', 'huggingface_access_token', 'slack_bot_token', 'jwt_signing_secret',
            'stripe_live_secret_key', 'postgres_url_password', 'redis_url_password']
WORDINGS = [
 ('hpc_admin_ticket_reply', 'Hi {name}, as agreed on the ticket I am not pasting the {H} in clear. It is written {PH}'),
 ('postdoc_lab_chat_whisper', '{name} (DM): so the PI does not see it in the channel, the {H} is written {PH}'),
 ('field_station_radio_relay_note', 'RELAY NOTE {date} – for {name} at base camp: {H} follows, written {PH}'),
]
LAYOUTS = [('double_bracket_inline', ': [[', ']] – decode before use.\n'),
           ('arrow_prefixed_next_line', '.\n  → ', '\nDelete this message afterwards.\n'),
           ('trailing_after_semicolon', '; ', '\n')]


def build(pool):
    r = random.Random(SEED)
    from common import filler
    recs = []
    names = sorted(ENC)
    k = 0
    for enc in names:
        for j in range(3):
            t = EV_TYPES[k % len(EV_TYPES)]
            if enc.startswith('hill') and t not in ('database_password', 'smtp_password', 'github_classic_pat', 'jwt_signing_secret', 'twilio_auth_token'):
                t = ['database_password', 'smtp_password', 'jwt_signing_secret'][j]
            gen, key, hum, wrap = TYPES[t]
            ok = (lambda v: len(v) % 2 == 0) if enc.startswith('hill') else None
            plain = pool.take(lambda: gen(r), ok=ok)
            phrase, encoded = ENC[enc](plain, r)
            wname, wtpl = WORDINGS[k % 3]
            lname, mid, tail = LAYOUTS[(k // 3 + j) % 3]
            f = filler(r)
            head = wtpl.format(H=hum, PH=phrase, **f) + mid
            text, spans = place([head, (encoded, t), tail])
            spans[0]['plain'] = plain; spans[0]['encoding'] = enc
            recs.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                         'secrets': spans, 'source': 'evasion', '_layout': lname})
            k += 1
    return recs
