import random
from common import *
from gen_encodings import ENC, PARAMS
ETYPES = {'database_password': lambda r: rs(r, ALNUM + '-_', r.randint(14, 20)),
 'datadog_api_key': lambda r: rs(r, HEX, 32), 'github_personal_access_token': lambda r: 'ghp_' + rs(r, ALNUM, 36),
 'jwt_signing_secret': lambda r: rs(r, B64URL, 32), 'smtp_password': lambda r: rs(r, ALNUM + '-_', 16),
 'twilio_auth_token': lambda r: rs(r, HEX, 32)}
WORDINGS = [
 ('code_review_nit', lambda ph, t: 'nit: don\'t leave the ' + t.replace('_', ' ') + ' in the PR description. I\'ve put it here ' + ph + ':\n', '\n\n(resolve this thread once it is in the vault)'),
 ('standup_chat_aside', lambda ph, t: '[09:31] Oskar: re the blocked deploy — the ' + t.replace('_', ' ') + ' is below, ' + ph + ': ', '\n[09:32] Oskar: decode it yourself, the scanner yells otherwise'),
 ('ci_log_debug_echo', lambda ph, t: '##[debug] step "seed" prints the ' + t.replace('_', ' ') + ' ' + ph + ' ->\n', '\n##[debug] step "seed" finished'),
]

def build(seed=4805):
    r = random.Random(seed)
    recs = []
    types = sorted(ETYPES)
    k = 0
    for enc in sorted(ENC):
        for j in range(3):
            t = types[k % len(types)]; k += 1
            plain = ETYPES[t](r)
            p = PARAMS.get(enc, [0, 0, 0])[j]
            ph, run = ENC[enc](plain, p)
            wname, pre, post = WORDINGS[j]
            before = pre(ph, t)
            text = before + run + post
            s = len(before)
            recs.append({'type': t, 'container': enc + '__' + wname, 'encoding': enc, 'text': text,
                         'secrets': [{'value': run, 'start': s, 'end': s + len(run), 'type': t, 'plain': plain, 'encoding': enc}],
                         'source': 'evasion'})
    return recs, [w[0] for w in WORDINGS]
