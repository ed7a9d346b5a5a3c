"""66 evasions: 22 encodings x 3, each naming its encoding before the run."""
import random
from common import *
import gen_encodings

ETYPES = [('hpc_login_password', password), ('jupyter_server_token', jupyter_token),
          ('github_personal_access_token', gh_pat), ('database_password', password),
          ('huggingface_user_access_token', hf_token), ('lims_service_account_password', password)]
WORDINGS = {
 'eln_comment_thread_reply': 'Comment on ELN entry @@N@@ (@@U@@): I wrote the credential %s:\n@@V@@\nDelete this comment once the import job has run.\n',
 'hpc_support_ticket_update': 'HPC support, ticket #@@N@@, update from @@U@@\nThe value our job uses is given %s:\n@@V@@\nPlease check why the scheduler rejects it.\n',
 'lab_meeting_minutes_item': 'Lab meeting @@D@@, item 4 (data pipeline)\n@@U@@ wrote the service value on the board %s:\n@@V@@\nAction: move it into the vault before the audit.\n',
}

def build(ids):
    rng = random.Random(6205)
    pool = ids['pool']
    recs = []
    wl = list(WORDINGS)
    i = 0
    for e in gen_encodings.ENC:
        for j in range(3):
            t, gen = ETYPES[i % len(ETYPES)]
            w = wl[(i + j) % 3]
            i += 1
            while True:
                p = gen(rng)
                key = rng.randint(0x11, 0x7E)
                run, phrase = gen_encodings.enc(e, p, key)
                if not pool.ok(p):
                    continue
                text, a, b = fill(WORDINGS[w].replace('%s', phrase), rng, run)
                if p not in text and run.strip() == run:
                    break
            pool.add(p)
            rec = pos_record(None, t, e + '__' + w, text, a, b, 'evasion')
            rec['encoding'] = e
            rec['secrets'][0]['plain'] = p
            rec['secrets'][0]['encoding'] = e
            recs.append(rec)
    return recs
