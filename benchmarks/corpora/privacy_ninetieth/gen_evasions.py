import random, string
from common import owner_pw, rs, ALNUM, HEXL
from enc90 import ENC, RULE

WORDINGS = {
 "edge_incident_bridge_chat": ("Bridge note — the value we rolled back to, written {R}:\n", "\nDecode it yourself, I won't paste it in clear here.\n"),
 "function_handover_readme_section": ("## Handover\nThe staging credential is given {R}:\n", "\nRotate it once the migration to the secret store is done.\n"),
 "preview_deploy_review_comment": ("Review comment: please stop committing this; for the record it is {R}:\n", "\n(found in the diff of the preview branch)\n"),
}
TYPES = {
 "edge_app_postgres_role_password": lambda r: owner_pw(r),
 "preview_deploy_basic_auth_password": lambda r: owner_pw(r),
 "migration_superuser_password": lambda r: owner_pw(r),
 "scheduled_trigger_shared_secret": lambda r: rs(r, HEXL, 32),
 "internal_gateway_api_key": lambda r: rs(r, ALNUM, 32),
 "csrf_double_submit_secret": lambda r: rs(r, ALNUM + "-_", 32),
}


def gen(seed=9005):
    r = random.Random(seed)
    recs = []
    tnames = sorted(TYPES)
    ti = 0
    for enc in ENC:
        for w, (pre, post) in WORDINGS.items():
            t = tnames[ti % len(tnames)]; ti += 1
            while True:
                plain = TYPES[t](r)
                if enc == "z85_zeromq_base85":
                    plain = plain[: len(plain) - len(plain) % 4]
                run = ENC[enc](plain)
                if plain not in run and run == run.strip():
                    break
            a = pre.replace("{R}", RULE[enc])
            text = a + run + post
            span = {"value": run, "start": len(a), "end": len(a) + len(run), "type": t, "plain": plain, "encoding": enc}
            recs.append({"type": t, "container": enc + "__" + w, "encoding": enc, "text": text, "secrets": [span], "source": "evasion"})
    return recs
