import random
from common import owner_pw, shape
import enc78

TYPES = [('database_password', owner_pw), ('replication_user_password', owner_pw),
         ('db_superuser_password', owner_pw), ('backup_encryption_passphrase', owner_pw),
         ('twilio_auth_token', lambda r: shape(r, '{H32}')), ('github_personal_access_token', lambda r: 'ghp_' + shape(r, '{A36}'))]
WORDINGS = [
 ('dba_pager_handoff_note', "Pager handoff for {host}: the {t} was rotated during the night shift and, to keep it out of the pager history, I wrote it {phrase}:\n", "\nDecode it locally, please, and do not forward this note."),
 ('replication_lag_incident_timeline', "03:12 replication lag on {host} above 900 s; 03:40 slot recreated. The new {t} is recorded here {phrase}:\n", "\n04:05 lag back to zero, incident closed."),
 ('schema_migration_review_comment', "Review note on the migration for {host}: the pipeline needs the {t}; so the scanner does not bounce the merge request I pasted it {phrase}:\n", "\nPlease move it to the secret store before merging."),
]


def build(seed=7805):
    rng = random.Random(seed)
    names = sorted(enc78.ENC)
    out = []
    for i in range(66):
        enc = names[i // 3]
        wname, pre, post = WORDINGS[i % 3]
        t, gen = TYPES[i % 6]
        if enc == 'morse_code_slash_separated' and gen is not owner_pw:
            t, gen = TYPES[0]
        host = rng.choice(['pg-primary-07', 'mysql-replica-11', 'mongo-cfg-2', 'ch-keeper-3', 'ora-dg-stby']) + '.db.example'
        while True:
            plain = gen(rng)
            run = enc78.ENC[enc](plain)
            if plain not in run:
                break
        head = pre.format(host=host, t=t.replace('_', ' '), phrase=enc78.PHRASE[enc])
        text = head + run + post
        s = len(head)
        out.append(dict(type=t, container=enc + '__' + wname, encoding=enc, text=text,
                        secrets=[dict(value=run, start=s, end=s + len(run), type=t, plain=plain, encoding=enc)], source='evasion'))
    return out
