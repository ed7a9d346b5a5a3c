"""Evasions: 22 encodings x 3 records; the text names the encoding before the run."""
import random
from shared import shape, owner_password, V, place
from codec_encode import ENC

SEED = 7205

WORDINGS = {
    "psa_ticket_private_reply": "Private reply on ticket #{t} (not visible to the client)\nSo the scanner bot does not pick it up, here is the {label} {phrase}:\n" + V + "\nDecode it yourself and delete this reply after.\n",
    "remote_session_chat_aside": "[session {t}] tech aside to colleague\nUser is watching the screen, so the {label} {phrase}:\n" + V + "\nType it in when they look away.\n",
    "rmm_script_comment_block": "<#\n  Maintenance script, job {t}\n  The {label} is stored {phrase}:\n" + V + "\n  (decode before running)\n#>\n",
}

CRED = [
    ("database_password", "database password", owner_password),
    ("github_personal_access_token", "GitHub token", lambda r: shape("'ghp_'+A36", r)),
    ("ad_service_account_password", "AD service account password", owner_password),
    ("laps_local_administrator_password", "LAPS admin password", lambda r: shape("A16", r)),
    ("remote_support_unattended_password", "unattended access password", owner_password),
    ("psa_integration_api_key", "PSA integration key", lambda r: shape("'psa_'+H40", r)),
]


def build():
    rng = random.Random(SEED)
    wl = list(WORDINGS)
    recs = []
    i = 0
    for enc, (phrase, fn) in ENC.items():
        for j in range(3):
            typ, label, gen = CRED[i % len(CRED)]
            wording = wl[j]
            while True:
                plain = gen(rng)
                k = rng.randint(3, 9)
                run = fn(plain, k)
                ph = phrase.replace("{k}", str(k))
                tpl = WORDINGS[wording].replace("{t}", str(rng.randint(100000, 999999))).replace("{label}", label).replace("{phrase}", ph)
                text, s, e = place(tpl, run)
                if plain not in text and run[0] != " " and run[-1] != " ":
                    break
            recs.append((typ, enc + "__" + wording, text, s, e, plain, enc, ph))
            i += 1
    return recs
