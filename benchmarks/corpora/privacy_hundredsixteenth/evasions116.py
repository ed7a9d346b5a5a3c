"""Evasions: 22 notations x 3; the rule is stated before the run."""
from common116 import G
import enc116

TYPES = [("autoflt_evasion_dms_login_password", "the DMS login password", lambda g: g.pw()),
         ("autoflt_evasion_telematics_api_key", "the telematics API key", lambda g: g.an(32)),
         ("autoflt_evasion_unlock_hmac_hex", "the scooter unlock HMAC key", lambda g: g.hex(40))]
WORDINGS = [
    ("dealer_forum_puzzle_post", "Posted in #dealer-dev-offtopic: bet nobody decodes this. {W} is written {R}:\n{RUN}\nFirst one to log in buys coffee."),
    ("fleet_ops_sticky_note", "Sticky note on monitor 3 (fleet ops): {W}, written {R}:\n{RUN}\n(don't ask me to read it out loud)"),
    ("rental_desk_handover_whisper", "Handover for the rental desk night shift. So it doesn't show up in search, {W} is written {R}:\n{RUN}\nDelete this after reading."),
]


def build():
    g = G(11605)
    out = []
    names = list(enc116.E)
    for ei, enc in enumerate(names):
        for j in range(3):
            typ, what, gen = TYPES[j]
            wname, wtpl = WORDINGS[(ei + j) % 3]
            plain = gen(g)
            run = enc116.E[enc](plain)
            head = wtpl.split("{RUN}")[0].replace("{W}", what).replace("{R}", enc116.RULES[enc])
            head = head.replace(". the ", ". The ").replace(": the ", ": The ")
            tail = wtpl.split("{RUN}")[1]
            text = head + run + tail
            a = len(head)
            out.append({"id": None, "type": typ, "container": enc + "__" + wname, "text": text,
                        "secrets": [{"value": run, "start": a, "end": a + len(run), "type": typ, "plain": plain, "encoding": enc}],
                        "source": "evasion", "encoding": enc})
    return out
