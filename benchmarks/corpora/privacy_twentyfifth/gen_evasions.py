"""Evasions: 33 new encodings x 3 wordings; each span has plain / encoding (/ encoding_key)."""
import random
from common import *
from gen_encodings import ENC
import gen_everyday

SEED = 25005
ETYPES = ['aws_secret_access_key', 'cloudflare_api_token', 'datadog_api_key', 'digitalocean_personal_access_token',
          'dockerhub_personal_access_token', 'github_classic_pat', 'github_fine_grained_pat', 'gitlab_personal_access_token',
          'google_gemini_api_key', 'huggingface_access_token', 'jwt_signing_secret', 'npm_access_token', 'sendgrid_api_key',
          'sentry_user_auth_token', 'slack_bot_token', 'stripe_live_secret_key', 'stripe_restricted_key',
          'telegram_bot_token', 'twilio_auth_token', 'database_password', 'smtp_password']
LABEL = {t: t.replace('_', ' ') for t in ETYPES}
KEYWORDS = ['LANTERN', 'QUIVER', 'MARBLE', 'HARVEST', 'PLANET', 'ORCHID', 'FALCON', 'TIMBER', 'CASTLE']
PASSPH = ['blue-otter-42', 'kettle and moon', 'rhubarb!season', 'tango-velvet-9', 'quiet harbour 77', 'saffron-lamp']

W = {
 'code_review_nit_comment': "nit: please don't keep the ⟨L⟩ in the fixture, not even ⟨PH⟩:\n\n    ⟨PRE⟩⟨E⟩\n\nanyone can undo that in a minute. Move it to the CI secret store.\n",
 'standup_notes_bullet': "- Blocked on the staging deploy until someone rotates the ⟨L⟩. Current value, ⟨PH⟩:\n  ⟨PRE⟩⟨E⟩\n- Next: finish the retry middleware\n",
 'helpdesk_ticket_reply': "Hi Priya,\n\nas requested, here is the ⟨L⟩ ⟨PH⟩ so the mail filter does not strip it:\n\n⟨PRE⟩⟨E⟩\n\nPlease decode it locally and delete this mail afterwards.\n\nRegards,\nIT Service Desk\n",
}


def build():
    r = random.Random(SEED)
    recs = []
    ti = 0
    types = ETYPES[:]
    r.shuffle(types)
    for enc in sorted(ENC):
        f, phrase, keyed = ENC[enc]
        for w in sorted(W):
            t = types[ti % len(types)]; ti += 1
            plain = gen_everyday.TYPES[t][1](r, t)[0][0]
            key = None
            if keyed:
                if enc.startswith('gronsfeld'):
                    key = rs(r, '123456789', r.randint(5, 7))
                elif enc.startswith('columnar'):
                    key = r.choice(KEYWORDS)
                elif enc.startswith('chacha'):
                    key = r.choice(PASSPH)
                else:
                    key = r.choice(PASSPH).replace(' ', '-')
            e = f(plain, key)
            span = {'value': e, 'start': 0, 'end': 0, 'type': t, 'plain': plain, 'encoding': enc}
            if keyed:
                span['encoding_key'] = key
            text, spans = render(W[w], L=LABEL[t], PH=phrase.format(key=key), PRE='🔑' if enc == 'unicode_tag_chars_smuggling' else '', E=[(e, t)])
            sp = dict(spans[0]); span['start'], span['end'] = sp['start'], sp['end']
            recs.append({'type': t, 'container': enc + '__' + w, 'text': text, 'secrets': [span], 'source': 'evasion', 'encoding': enc})
    return recs
