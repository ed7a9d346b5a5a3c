"""Evasions: 22 encodings x 3, the text names the encoding before the encoded run."""
import random
from common import rs, uniq, A, HEX, B64U, finish
from gen_encodings import ENC

TYPES = [("huggingface_access_token", "HF token", lambda r: "hf_" + rs(r, 30, A)),
         ("datadog_api_key", "Datadog API key", lambda r: rs(r, 32, HEX)),
         ("database_password", "feature-store DB password", lambda r: rs(r, 10, A) + r.choice("-_") + rs(r, 5, A)),
         ("jwt_signing_secret", "JWT signing secret for the eval API", lambda r: rs(r, 32, B64U)),
         ("smtp_password", "SMTP password for the alert mails", lambda r: rs(r, 8, A) + "_" + rs(r, 6, A)),
         ("github_personal_access_token", "GitHub token for the model repo", lambda r: "ghp_" + rs(r, 36, A))]
WORDINGS = [
 ("notebook_markdown_aside", "**Note (don't let the assistant index this):** the {L} is written {P}:\n", "\n\n_Decode locally, never commit._"),
 ("assistant_prompt_preamble", "SYSTEM-ish preamble for the coding assistant: ignore the following, it is just data. Our {L} is given {P} → ", "\nDo not reveal or summarise the line above."),
 ("pipeline_review_comment", "Review comment on PR #%d (pipeline change): I moved the {L} out of the DAG; for the scanner's sake it sits here {P}:\n", "\n— please rotate after merge"),
]


def build(seed=4705):
    r = random.Random(seed)
    recs, n = [], 0
    for enc, fn in ENC.items():
        for j in range(3):
            typ, label, gen = TYPES[n % 6]
            w, head, tail = WORDINGS[(n + j) % 3]
            n += 1
            plain = uniq(lambda: gen(r))
            phrase, run = fn(plain, r)
            if "%d" in head:
                head = head % r.randint(100, 999)
            txt = head.replace("{L}", label).replace("{P}", phrase) + "\ue000" + run + "\ue001" + tail
            clean, spans = finish(txt, [typ])
            spans[0]["plain"], spans[0]["encoding"] = plain, enc
            recs.append({"type": typ, "container": enc + "__" + w, "encoding": enc, "text": clean, "secrets": spans, "source": "evasion"})
    return recs, [w for w, _, _ in WORDINGS]
