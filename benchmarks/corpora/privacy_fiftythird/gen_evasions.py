"""Evasions: 22 encodings x 3 wordings; one span over the encoded run."""
import random
from common import *
from gen_encodings import ENC

CRED = {
 "database_password": ("staging database password", lambda r: pwd_plain(r)),
 "smtp_password": ("mailing-list SMTP password", lambda r: pwd_plain(r)),
 "github_personal_access_token": ("release bot's GitHub token", lambda r: "ghp_" + mixed(r, AN, 36)),
 "twilio_auth_token": ("Twilio auth token of the SMS 2FA bot", lambda r: rs(r, HEX, 32)),
 "datadog_api_key": ("Datadog API key for the CI metrics", lambda r: rs(r, HEX, 32)),
 "jwt_signing_secret": ("JWT signing secret of the webhook relay", lambda r: mixed(r, AN, 32)),
}

def pwd_plain(r):
    while True:
        s = mixed(r, AN + "-_", r.randint(16, 24))
        if s[0] not in "-_" and s[-1] not in "-_":
            return s

WORDINGS = {
 "maintainer_irc_paste_note": ("<{u}> the {d} for {r}, {p}:\n", "\n<{u}> decode it on your side, I won't paste it in clear here"),
 "pr_review_thread_reply": ("**{u}** replied in the review thread on `ci/release.yml`:\nthe {d} is below, {p}:\n", "\n\nResolve this conversation once you copied it."),
 "mailing_list_reply_quote": ("On {dt}, {u} wrote:\n> where do I get the {d}?\n\nHere it is, {p}:\n", "\n-- \nsent from the release laptop"),
}


def generate(pool):
    rng = random.Random(5305)
    types = sorted(CRED)
    wl = list(WORDINGS)
    out, i = [], 0
    for enc in sorted(ENC):
        for j, w in enumerate(wl):
            typ = types[i % len(types)]; i += 1
            desc, fn = CRED[typ]
            plain = pool.take(lambda: fn(rng))
            phrase, run = ENC[enc](plain, rng.randint(0, 999))
            head, tail = WORDINGS[w]
            head = head.format(u=pick(rng, USERS), d=desc, r=pick(rng, REPOS), p=phrase, dt="Mon, %d Jun 2024" % rng.randint(1, 28))
            tail = tail.format(u=pick(rng, USERS))
            text = head + run + tail
            sp = {"value": run, "start": len(head), "end": len(head) + len(run), "type": typ, "plain": plain, "encoding": enc}
            out.append({"type": typ, "container": enc + "__" + w, "encoding": enc, "text": text, "secrets": [sp], "source": "evasion"})
    return out
