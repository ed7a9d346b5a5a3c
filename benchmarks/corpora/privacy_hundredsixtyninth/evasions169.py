"""Evasions: a secret written in a reversible notation, the rule stated in words."""
import random

import enc169
from common169 import ALNUM, password, rhex, rs

SEED = 16905
ENCODINGS = list(enc169.RULES)
TYPES = ["golf_evasion_tee_sheet_password", "golf_evasion_pro_shop_api_key", "golf_evasion_turf_gateway_hex"]
WHAT = {
    "golf_evasion_tee_sheet_password": "tee-sheet admin password",
    "golf_evasion_pro_shop_api_key": "pro shop POS API key",
    "golf_evasion_turf_gateway_hex": "turf sensor gateway key",
}
WORDINGS = ["starter_hut_riddle_card", "greenkeeper_whiteboard_hint", "members_newsletter_puzzle_corner"]


def plain_for(rng, t):
    if t == TYPES[0]:
        return password(rng, "-_.")
    if t == TYPES[1]:
        return "pos_live_" + rs(rng, ALNUM, 18)
    return rhex(rng, 32)


def text_for(wording, what, rule):
    if wording == "starter_hut_riddle_card":
        return (f"Riddle card taped inside the starter hut: the {what}, written {rule}:\n", "\u00abV\u00bb",
                "\nFirst group to decode it gets the 6:50 tee time.\n")
    if wording == "greenkeeper_whiteboard_hint":
        return (f"Whiteboard in the greenkeeper shed (photo transcribed). The {what} again, {rule}:\n", "\u00abV\u00bb",
                "\nWipe this before the members' walk-through on Friday.\n")
    return (f"Puzzle corner, members' newsletter draft (IT please check). Our {what}, {rule}:\n", "\u00abV\u00bb",
            "\nAnswers at the halfway house, not by e-mail.\n")


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for e, name in enumerate(ENCODINGS):
        for j in range(3):
            t = TYPES[(e + j) % 3]
            wording = WORDINGS[j]
            for _ in range(200):
                p = plain_for(rng, t)
                run = enc169.enc(name, p)
                if p in run or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(p) and reg.ok(run) and not (p in run or run in p):
                    reg.add(p)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no plain for " + name)
            head, mark, tail = text_for(wording, WHAT[t], enc169.RULES[name])
            out.append((t, f"{name}__{wording}", name, head + mark + tail, run, p))
    return out
