import random
from common import *
from gen_encodings import ENC
ETYPES = [('database_password', '{pw}'), ('cms_admin_password', '{pw}'), ('slack_bot_token', 'xoxb-{d:11}-{d:12}-{a:20}'),
          ('github_personal_access_token', 'ghp_{a:36}'), ('stripe_live_secret_key', 'sk_live_51{a:30}'), ('twilio_auth_token', '{h:32}')]
WORDINGS = {
 'client_sheet_comment_cell': 'Comment on cell D{I} ({C} access sheet), by {N}:\nSo it is not readable at a glance, the {L} is {PH}:\n{RUN}\nResolve this comment once you have copied it.',
 'agency_voicemail_transcript': 'Voicemail transcript – {N} for the {C} team, {t}\n"Hi, it is {N}. I typed the {L} into the notes {PH}:\n{RUN}\nCall me back if it does not work."',
 'storefront_order_note_field': 'Order #{I} – internal note (not visible to customer)\nStaff {N}: the {L} for the {C} integration, {PH}:\n{RUN}\nDelete this note after use.',
}
LABEL = {'database_password': 'database password', 'cms_admin_password': 'shop admin password', 'slack_bot_token': 'Slack bot token',
         'github_personal_access_token': 'GitHub token', 'stripe_live_secret_key': 'Stripe live key', 'twilio_auth_token': 'Twilio auth token'}

def gen(pool):
    r = random.Random(6305)
    out = []; i = 0; wl = list(WORDINGS)
    for enc, fn in ENC.items():
        for j in range(3):
            t, spec = ETYPES[i % 6]
            if enc.startswith('morse'): t, spec = ETYPES[i % 2]
            i += 1
            while True:
                plain = pool.fresh(lambda: shape(r, spec))
                ph, run = fn(plain, r)
                c, d = client(r)
                tpl = fill(WORDINGS[wl[j]], PH=ph, L=LABEL[t], C=c, N=r.choice(FIRST), I=r.randint(100, 99999), t='%02d:%02d' % (r.randint(8, 18), r.randint(0, 59)))
                text, s, e = make(tpl.replace('{RUN}', '{V}'), run)
                if plain not in text: break
            out.append({'type': t, 'container': enc + '__' + wl[j], 'text': text, 'encoding': enc,
                        'secrets': [{'value': run, 'start': s, 'end': e, 'type': t, 'plain': plain, 'encoding': enc}], 'source': 'evasion'})
    return out
