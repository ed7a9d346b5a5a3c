import random
from common import *
import enc80

ETYPES = {
 'database_password': ('database password', owner_pw),
 'seeded_test_user_password': ('seeded test user password', owner_pw),
 'staging_basic_auth_password': ('staging basic-auth password', owner_pw),
 'github_personal_access_token': ('GitHub token', lambda r: 'ghp_' + rs(r, AN, 36)),
 'twilio_auth_token': ('Twilio auth token', lambda r: rs(r, HEX, 32)),
 'device_cloud_access_key': ('device-cloud access key', lambda r: rs(r, AN, 20)),
}
WORDINGS = {
 'flaky_test_triage_comment': 'Triage comment on FLAKE-{n}: the runner could not log in, so I leave the {desc} here, {how}:\n{run}\nDecode it locally, never paste the clear value.',
 'load_test_postmortem_note': 'Load-test post-mortem, item {n}: the soak job used this {desc}, written {how}:\n{run}\nRotate it after the next soak run.',
 'qa_release_signoff_mail': 'Hi all, release sign-off for build {n}. For the smoke rerun the {desc} is below, {how}:\n{run}\nThanks, QA',
}

def generate(seed=8005, avoid=()):
    r = random.Random(seed)
    types = list(ETYPES); wl = list(WORDINGS)
    recs, seen = [], set(avoid)
    k = 0
    for enc, (fn, how) in enc80.ENC.items():
        for j in range(3):
            t = types[k % len(types)]; w = wl[(k + j) % 3]; k += 1
            desc, gen = ETYPES[t]
            while True:
                p = gen(r)
                if enc == 'z85_zeromq' and len(p) % 4:
                    continue
                run = fn(p)
                if p in seen or run != run.strip():
                    continue
                tpl = WORDINGS[w].replace('{n}', str(r.randint(1000, 9999))).replace('{desc}', desc).replace('{how}', how)
                s = tpl.index('{run}'); text = tpl.replace('{run}', run)
                if p in text:
                    continue
                break
            seen.add(p)
            recs.append(dict(type=t, container=enc + '__' + w, encoding=enc, text=text,
                             secrets=[dict(value=run, start=s, end=s + len(run), type=t, plain=p, encoding=enc)], source='evasion'))
    return recs
