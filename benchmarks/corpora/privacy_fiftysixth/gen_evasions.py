"""Evasions: 22 encodings x 3 wordings (seed 5605)."""
import random
from common import *
from gen_encodings import ENC

TYPES = {
 'database_password': lambda r: tok(r, ALNUM, 10) + '-' + tok(r, ALNUM, 6),
 'smtp_password': lambda r: tok(r, ALNUM, 14) + '_' + tok(r, DIG, 2),
 'twilio_auth_token': lambda r: tok(r, HEXL, 32),
 'jwt_signing_secret': lambda r: tok(r, ALNUM + '-_', 28),
 'datadog_api_key': lambda r: tok(r, HEXL, 32),
 'github_personal_access_token': lambda r: 'ghp_' + tok(r, ALNUM, 36),
}
WORDINGS = [
 ('stream_mod_whisper_note', 'whisper from @{U} (mod): bot creds for the overlay, {what}, {phrase}:\n', '\nclear your whisper history after 🙏'),
 ('build_farm_ticket_comment', 'FARM-{N} comment by {U}: the cook agent {what} is below {phrase}:\n', '\nrotate after the milestone build, pls.'),
 ('sponsor_email_footnote', '— P.S. from {U}: as agreed, our {what} follows {phrase}:\n', '\nKind regards, partnerships team ✉️'),
]
WHAT = {'database_password': 'database password', 'smtp_password': 'SMTP password', 'twilio_auth_token': 'Twilio auth token',
        'jwt_signing_secret': 'JWT signing secret', 'datadog_api_key': 'Datadog API key', 'github_personal_access_token': 'GitHub token'}

def build():
    rng = random.Random(5605)
    tnames = sorted(TYPES)
    out = []; i = 0
    for enc in ENC:
        for wname, pre, post in WORDINGS:
            t = tnames[i % 6]; i += 1
            plain = TYPES[t](rng)
            phrase, run = ENC[enc](plain, rng)
            head = pre.replace('{U}', rng.choice(['kiri', 'dmitri_ops', 'saoirse', 'tomasz'])).replace('{N}', str(rng.randrange(100, 9999))).replace('{what}', WHAT[t]).replace('{phrase}', phrase)
            text = head + run + post
            span = {'value': run, 'start': len(head), 'end': len(head) + len(run), 'type': t, 'plain': plain, 'encoding': enc}
            out.append(dict(type=t, container=enc + '__' + wname, encoding=enc, text=text, secrets=[span], source='evasion'))
    return out
