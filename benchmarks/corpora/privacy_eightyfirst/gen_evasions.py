"""Evasions: 22 encodings x 3, each text names the encoding before the run."""
import random
from common import spec, owner_pw, place, positive
from enc81 import ENC, NAMING

CRED = {
    'database_password': ('the staging database password', '%w'),
    'workshop_sandbox_admin_password': ('the workshop sandbox admin password', '%w'),
    'github_personal_access_token': ('the docs bot GitHub token', 'ghp_%a36'),
    'package_registry_publish_token': ('the npm publish token for the SDK', 'npm_%a36'),
    'sample_app_oauth_client_secret': ('the sample app OAuth client secret', '%u32'),
    'webhook_endpoint_signing_secret': ('the webhook signing secret from the demo', 'whsec_%a30'),
}

WORDINGS = {
 'devrel_livestream_chat_aside': "[19:{n}] {user}: off-stream aside for the co-host, {label} {naming}:\n{V}\n[19:{n}] {user}: decode it locally, it must not show on the stream.\n",
 'docs_pr_suggested_change_thread': "Review thread on docs/guides/auth.mdx\n{user}: so the linter stops flagging it, here is {label} {naming}:\n{V}\nPlease keep it out of the rendered page.\n",
 'sdk_issue_triage_reply': "Triage note (issue #{n}): to reproduce, use {label}, which I wrote {naming}:\n{V}\nClose the issue once the repro is done.\n",
}


def build(prefix, used_values):
    rng = random.Random(8105)
    types = sorted(CRED)
    wordings = list(WORDINGS)
    recs, k = [], 0
    for ei, enc in enumerate(ENC):
        for j in range(3):
            typ = types[(ei * 3 + j) % len(types)]
            label, shape = CRED[typ]
            wording = wordings[j]
            while True:
                plain = spec(rng, shape)
                if enc == 'z85_zeromq_alphabet':
                    plain = plain[:len(plain) - len(plain) % 4]
                if plain in used_values:
                    continue
                run = ENC[enc](plain)
                text, a, b = place(WORDINGS[wording], run, label=label, naming=NAMING[enc],
                                   user=rng.choice(['maya', 'kofi', 'lena', 'ravi']), n=str(rng.randint(10, 59)))
                if plain not in text and text.count(run) == 1:
                    break
            used_values.add(plain)
            k += 1
            r = positive('%s-e-%04d' % (prefix, k), typ, enc + '__' + wording, text, a, b, 'evasion')
            r['encoding'] = enc
            r['secrets'][0]['plain'] = plain
            r['secrets'][0]['encoding'] = enc
            recs.append(r)
    return recs
