"""Evasions: 22 encodings x 3 wordings."""
import random, re
from common import shape, place, SLOT
from gen_encodings import ENC

ETYPES = {"database_password": "{pw}", "gpu_node_root_password": "{pw}", "vector_store_admin_password": "{pw}",
          "jupyter_server_token": "{h48}", "github_personal_access_token": "ghp_{a36}", "openai_project_api_key": "sk-proj-{b40}"}
DESC = {"database_password": "feature-store database password", "gpu_node_root_password": "root password of the rented GPU node",
        "vector_store_admin_password": "vector DB admin password", "jupyter_server_token": "Jupyter server token",
        "github_personal_access_token": "GitHub token for the eval repo", "openai_project_api_key": "OpenAI key of the eval project"}
WORDINGS = [
 ("experiment_tracker_run_note", "Run note («run», «user»): the «D» is written «P»:\n«V»\nDecode locally, the tracker is visible to contractors."),
 ("annotation_vendor_handoff_email", "Hi team,\nfor the annotation hand-off next week the «D» is attached «P»:\n«V»\nPlease do not forward this mail outside the vendor project."),
 ("gpu_rental_support_chat", "[support chat] «user»: they asked me to send the «D» «P»:\n«V»\n[support chat] agent: thanks, received."),
]

def gen(seed=6905, pool=None):
    rng = random.Random(seed)
    recs = []
    tnames = sorted(ETYPES)
    i = 0
    for enc, (phrase, f) in ENC.items():
        for wname, tpl in WORDINGS:
            typ = tnames[i % len(tnames)]; i += 1
            while True:
                plain = shape(rng, ETYPES[typ])
                if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain):
                    continue
                run = f(plain)
                if plain in run or run == plain:
                    continue
                if pool.add(plain) and pool.add(run):
                    break
            t = tpl.replace("«D»", DESC[typ]).replace("«P»", phrase)
            text, s, e = place(rng, t, run)
            assert plain not in text
            recs.append({"type": typ, "container": enc + "__" + wname, "text": text, "encoding": enc,
                         "secrets": [{"value": run, "start": s, "end": e, "type": typ, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    return recs
