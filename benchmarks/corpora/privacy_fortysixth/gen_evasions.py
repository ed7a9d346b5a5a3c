"""Evasions: 22 encodings x 3, wording names the encoding before the value."""
import random
from common import MARK as V, rs, ALNUM, HEXL, B64URL, record
from gen_encodings import ENC

SEED = 4605
PL = ALNUM + "_-"
TYPES = [
 ("database_password", "password of the HR database service account", lambda r: rs(r, ALNUM, 10) + r.choice("_-") + rs(r, ALNUM, 4)),
 ("smtp_password", "SMTP relay password for the scanners", lambda r: rs(r, ALNUM, 8) + "-" + rs(r, ALNUM, 6)),
 ("jwt_signing_secret", "JWT signing secret of the intranet portal", lambda r: rs(r, PL, 24)),
 ("twilio_auth_token", "Twilio auth token for the MFA fallback", lambda r: rs(r, HEXL, 32)),
 ("datadog_api_key", "Datadog API key of the AD monitoring agent", lambda r: rs(r, HEXL, 32)),
 ("github_personal_access_token", "GitHub token of the provisioning pipeline", lambda r: "ghp_" + rs(r, ALNUM, 36)),
]
WORDINGS = [
 ("helpdesk_ticket_internal_note", "Internal note on RITM%07d: the {what} is given {phrase}"),
 ("sysadmin_chat_aside", "[%d] sorry, can't paste it plain here - the {what}, written {phrase}"),
 ("runbook_appendix_footnote", "Appendix B, footnote %d. For break-glass use, the {what} is recorded {phrase}"),
]
LAYOUTS = ["phrase_then_next_line", "phrase_colon_inline"]


def build(ids):
    rng = random.Random(SEED)
    out = []
    k = 0
    for enc in sorted(ENC):
        for j in range(3):
            t, what, gen = TYPES[k % len(TYPES)]
            wname, wtpl = WORDINGS[j]
            layout = LAYOUTS[k % 2]
            k += 1
            plain = ids.pool.take(lambda: gen(rng))
            phrase, run = ENC[enc](plain, rng)
            head = (wtpl % rng.randrange(10**5)).replace("{what}", what).replace("{phrase}", phrase)
            if layout == "phrase_then_next_line":
                tpl = head + ":\n" + V + "\nPlease rotate after use.\n"
            else:
                tpl = head + ": " + V + " (decode before entering it).\n"
            rec = record(ids.next("e"), "%s__%s" % (enc, wname), tpl, [run], [t], "evasion", encoding=enc)
            rec["secrets"][0]["plain"] = plain
            rec["secrets"][0]["encoding"] = enc
            rec["_layout"] = layout
            out.append(rec)
    return out
