"""Evasions: 22 encodings x 3 wordings; span = the encoded run; plain = clean secret."""
import random
from common import AN, HEX, rs, MARK, spans_from_marked
from gen_encodings import ENC

SEED = 5005

CRED = {
    "database_password": ("LIS database password", lambda r: rs(r, AN, 1) + rs(r, AN + "-_", r.choice([14, 18])) + rs(r, AN, 1)),
    "ldap_bind_password": ("LDAP bind password", lambda r: rs(r, AN, 1) + rs(r, AN + "-_", r.choice([14, 18])) + rs(r, AN, 1)),
    "smtp_password": ("alert relay SMTP password", lambda r: rs(r, AN, 1) + rs(r, AN + "-_", 14) + rs(r, AN, 1)),
    "twilio_auth_token": ("Twilio auth token for the pager SMS", lambda r: rs(r, HEX, 32)),
    "datadog_api_key": ("Datadog API key", lambda r: rs(r, HEX, 32)),
    "github_personal_access_token": ("GitHub token for the runbook repo", lambda r: "ghp_" + rs(r, AN, 36)),
}

WORDINGS = {
    "pager_alert_annotation": "[PAGE #<<N>>] LisFeedAuthFailure - annotation from <<U>>: the fallback <<H>>, <<PHRASE>>:\n<<RUN>>\n(ack the page before using it)",
    "postmortem_appendix_note": "Appendix C - credentials touched during the incident.\nThe <<H>> we used at <<T>> is given here <<PHRASE>>:\n<<RUN>>\nRotate after review.",
    "lis_interface_ticket_comment": "Comment by <<U>> on LISIFC-<<N>>: vendor needs the <<H>> for the re-bind; sending it <<PHRASE>>:\n<<RUN>>\nPlease confirm once the interface is green.",
}


def build(pool, fill):
    rng = random.Random(SEED)
    encs = sorted(ENC)
    creds = sorted(CRED)
    wl = list(WORDINGS)
    recs = []
    k = 0
    for e in encs:
        for w in wl:
            t = creds[k % len(creds)]
            k += 1
            human, gen = CRED[t]
            for _ in range(200):
                plain = gen(rng)
                if plain in pool.seen:
                    continue
                phrase, run = ENC[e](plain, rng)
                if run != run.strip():
                    continue
                txt = fill(rng, WORDINGS[w], {"H": human, "PHRASE": phrase, "RUN": MARK})
                text, spans = spans_from_marked(txt, [run], [t])
                if plain in text or text.count(run) != 1:
                    continue
                break
            else:
                raise RuntimeError("no evasion plain for " + e)
            pool.seen.add(plain)
            spans[0]["plain"] = plain
            spans[0]["encoding"] = e
            recs.append({"type": t, "container": e + "__" + w, "text": text, "secrets": spans,
                         "source": "evasion", "encoding": e})
    return recs
