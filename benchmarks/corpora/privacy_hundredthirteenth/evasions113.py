"""Evasions: 22 notations x 3; the rule is stated before the run."""
import random
from common113 import *
import enc113

TYPES = ["shipops_evasion_tos_api_key", "shipops_evasion_pcs_login_password", "shipops_evasion_ais_feed_token"]
WORDINGS = ["bridge_watch_handover_riddle", "port_it_chat_aside", "chartering_desk_margin_note"]
PLAIN_ALPHA = string.ascii_letters + string.digits + "_.-"


def plain_for(rng, t):
    if "password" in t:
        return sea_password(rng)
    if "token" in t:
        return "tk" + rs(rng, ALNUM, 22)
    return rs(rng, HEXL, 8) + rs(rng, ALNUM, 12)


def build():
    rng = random.Random(11305)
    out = []
    for name, rule in enc113.RULES.items():
        for j in range(3):
            t = TYPES[j]
            w = WORDINGS[j]
            while True:
                p = plain_for(rng, t)
                run = enc113.e(name, p)
                if p not in run and run.strip() == run:
                    break
            head = {0: "Handover note for the next watch: the TOS API key is written %s:\n",
                    1: "(don't paste this in clear) the PCS login password is given %s:\n",
                    2: "Margin note: the AIS feed token, %s:\n"}[j] % rule
            text = head + run + "\n" + ["Decode it yourself, do not forward.", "Ping me when you are in.", "Rotate after the voyage."][j]
            st = text.index(run, len(head) - 1)
            r = rec("", t, name + "__" + w, text, st, run, "evasion")
            r["encoding"] = name
            r["secrets"][0]["plain"] = p
            r["secrets"][0]["encoding"] = name
            out.append(r)
    return out
