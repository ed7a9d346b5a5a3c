"""Evasion records: 22 notations x 3; the rule is stated before the run."""
import random, string
from gen159 import *
from enc159 import E

TYPES = ["photo_evasion_gallery_password", "photo_evasion_lab_api_key", "photo_evasion_stock_hex_token"]
WORDINGS = [
 ("darkroom_door_chalkboard_puzzle", "Darkroom door puzzle: the {WHAT} is written {RULE}:\n{RUN}\nWipe the board after the shift."),
 ("studio_newsletter_hidden_message", "Newsletter easter egg - the {WHAT}, written {RULE}:\n{RUN}\nFirst to decode it buys coffee."),
 ("second_shooter_chat_riddle", "ok riddle time, the {WHAT}, written {RULE}:\n{RUN}\ndon't paste the decoded one here"),
]
WHAT = ["client gallery password", "lab API key", "stock upload hex token"]

def plain(rng, t):
    if t == 0: return password(rng, "-_.")
    if t == 1: return "lbk_" + rs(rng, ALNUM, 24)
    return hexs(rng, 32)

def build(seed, reg):
    rng = random.Random(seed)
    recs = []
    for k, (enc, (rule, f)) in enumerate(E.items()):
        for j in range(3):
            t = (k + j) % 3
            wname, wt = WORDINGS[(k + 2 * j) % 3]
            while True:
                p = reg.take(plain, rng, t)
                run = f(p)
                if p not in run and run not in p and reg.ok(run):
                    break
            text = wt.replace("{WHAT}", WHAT[t]).replace("{RULE}", rule)
            pre, post = text.split("{RUN}")
            text = pre + run + post
            recs.append({"type": TYPES[t], "container": enc + "__" + wname, "encoding": enc, "text": text,
                         "secrets": [{"value": run, "start": len(pre), "end": len(pre) + len(run), "type": TYPES[t],
                                      "plain": p, "encoding": enc}], "source": "evasion"})
    return recs
