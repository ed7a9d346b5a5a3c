"""Evasions: 22 notations x 3, rule stated before the run."""
import random
from common120 import *
import enc120

TYPES = [
 ("adtech_evasion_ssp_report_key", lambda r: rs(r, LHEX, 32), "SSP reporting key"),
 ("adtech_evasion_ad_server_password", lambda r: owner_password(r), "ad server admin password"),
 ("adtech_evasion_bidder_api_token", lambda r: rs(r, A62, 24), "bidder API token"),
]
WORDINGS = [
 ("ad_ops_slack_puzzle_aside", "@here puzzle for whoever is on call: the {what} is written {rule}:\n", "\nfirst one to log in with it buys coffee."),
 ("bidder_readme_decode_note", "## Local setup\nThe {what} below is stored {rule}:\n", "\nDecode it before running make dev."),
 ("trafficker_forum_cipher_post", "Posted by trafficker_88: sharing the {what}, encoded {rule}:\n", "\nmods, please delete after 24h."),
]

def generate(idgen):
    r = random.Random(12005)
    out = []
    for i, enc in enumerate(enc120.RULES):
        for j in range(3):
            typ, g, what = TYPES[(i + j) % 3]
            wname, pre, post = WORDINGS[j]
            p = g(r)
            run = enc120.e(enc, p, r)
            head = pre.replace("{what}", what).replace("{rule}", enc120.RULES[enc])
            text = head + run + post
            s = len(head)
            out.append({"id": idgen(), "type": typ, "container": enc + "__" + wname, "text": text,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": typ, "plain": p, "encoding": enc}],
                        "encoding": enc, "source": "evasion"})
    return out
