"""Evasions: 22 new encodings x 3, three new wordings."""
import random, re
from enc79 import ENC, PHRASE
from gen_everyday import gen_value

SEED = 7905
TYPES = ["database_password", "github_personal_access_token", "vault_approle_secret_id", "argocd_admin_password",
         "container_registry_password", "jwt_signing_secret"]
WORDINGS = {
 "helm_chart_pr_review_comment": ("**Review on charts/{app}/values.yaml (PR #{pr})** Please don't inline the {what}, even {phrase} like here `", "` - move it to an ExternalSecret before merging."),
 "sre_incident_bridge_scribble": ("bridge notes {hh} / {cl} degraded / {user} pasted the {what} {phrase} => ", " <= rotate after the incident, ticket to follow"),
 "cluster_upgrade_changelog_note": ("| {day} | {cl} | {what} re-entered, stored {phrase} | ", " | delete once the Vault path is live |"),
}
WHAT = {"database_password": "database password", "github_personal_access_token": "GitHub token",
        "vault_approle_secret_id": "AppRole secret_id", "argocd_admin_password": "Argo CD admin password",
        "container_registry_password": "registry password", "jwt_signing_secret": "JWT signing secret"}
OKPLAIN = re.compile(r"[A-Za-z0-9_.-]+")


def generate(pool, fill):
    rng = random.Random(SEED)
    recs = []
    wnames = sorted(WORDINGS)
    i = 0
    for enc in sorted(ENC):
        for j in range(3):
            t = TYPES[i % len(TYPES)]
            w = wnames[(i + j) % 3]
            f = fill(rng)
            while True:
                plain = pool.take(lambda: gen_value(rng, t))
                assert OKPLAIN.fullmatch(plain)
                run = ENC[enc](plain)
                if plain not in run:
                    break
            head, tail = WORDINGS[w]
            pre = head.format(what=WHAT[t], phrase=PHRASE[enc], **f)
            text = pre + run + tail.format(**f) + "\n"
            s = len(pre)
            recs.append({"type": t, "container": f"{enc}__{w}", "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain,
                                      "encoding": enc}], "source": "evasion"})
            i += 1
    return recs
