"""Evasions: 22 encodings x 3, each text names the encoding before the encoded run."""
import random
from common import *
from gen_encodings import ENC, PHRASE

WORDINGS = {
 "paralegal_case_note_aside": ("Case note <<case>> (paralegal <<person>>, <<date>>)\nThe court-portal <<what>> is below, <<phrase>>:\n", "\nDo not copy it into the pleading bundle.\n"),
 "hr_helpdesk_callback_memo": ("HR helpdesk \u2013 callback memo for <<person2>>\nCaller <<person>> gave the <<what>> for the benefits upload <<phrase>>:\n", "\nCaller asked us to destroy this memo after use.\n"),
 "procurement_clarification_reply": ("Re: Clarification <<num>> on tender <<case>>\nFor the sandbox you will need the <<what>>; we send it <<phrase>>:\n", "\nPlease confirm once you have decoded it. \u2013 <<agency>>\n"),
}
WHAT = {"database_password": "database password", "smtp_password": "mail relay password",
        "twilio_auth_token": "Twilio auth token", "datadog_api_key": "Datadog API key",
        "github_personal_access_token": "GitHub token", "jwt_signing_secret": "JWT signing secret"}
TYPES = sorted(WHAT)
KEYS = ["LEDGER", "TREMOR", "JUSTICE", "WRIT", "DOCKET", "PROBITY", "ROSTER", "VERDICT"]
PREFIXES = ["HRD", "LIT", "PROC", "CASE", "EXH", "DEF"]


def plain_for(rng, t):
    if t == "database_password":
        return rng.choice(["Quorum", "Annex", "Bylaw"]) + "-" + rs(rng, 10, ALNUM) + rs(rng, 2, "0123456789")
    if t == "smtp_password":
        return rs(rng, 4, "BCDFGHJKLMNPQRSTVWXZ") + "_" + rs(rng, 12, ALNUM)
    if t in ("twilio_auth_token", "datadog_api_key"):
        return rs(rng, 32, HEX)
    if t == "github_personal_access_token":
        return "ghp_" + rs(rng, 36, ALNUM)
    return rs(rng, 40, HEX)


def generate(pool):
    rng = random.Random(5805)
    out, wn = [], list(WORDINGS)
    n = 0
    for enc in ENC:
        for j in range(3):
            if enc == "morse_code_dots_dashes":
                t = ["twilio_auth_token", "datadog_api_key", "jwt_signing_secret"][j]
            else:
                t = TYPES[n % len(TYPES)]; n += 1
            while True:
                p = plain_for(rng, t)
                if p not in pool:
                    break
            pool.add(p)
            a = {"key": rng.choice(KEYS), "prefix": rng.choice(PREFIXES)}
            run = ENC[enc](p, a)
            w = wn[(len(out)) % 3]
            d = fillers(rng)
            d.update({"what": WHAT[t], "phrase": PHRASE[enc].format(**a)})
            head, tail = WORDINGS[w]
            text = fill(head, d) + run + fill(tail, d)
            s = len(fill(head, d))
            out.append({"type": t, "container": enc + "__" + w, "encoding": enc, "text": text,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": p, "encoding": enc}],
                        "source": "evasion"})
    return out
