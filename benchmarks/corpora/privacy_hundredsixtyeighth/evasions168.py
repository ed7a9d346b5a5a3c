"""Evasions: 22 notations x 3 secrets, each text states the rule, then ':' + newline, the run, a remark."""
import random

from common168 import ALNUM, owner_password, rhex, rs
import enc168

SEED = 16805

KINDS = [
    ("studio_evasion_pos_password", "the POS back-office password",
     lambda r: owner_password(r, joiners="-_.")),
    ("studio_evasion_booking_api_token", "the booking API token",
     lambda r: "bkt_" + rs(r, 24, ALNUM)),
    ("studio_evasion_autoclave_hmac_hex", "the autoclave logger HMAC key",
     lambda r: rhex(r, 32)),
]

WORDINGS = [
    ("flash_wall_puzzle_card",
     "Pinned next to the flash wall for whoever opens tomorrow: {what} is written {rule}:\n{run}\nSolve it in your head, not on the shared tablet.\n"),
    ("artist_group_chat_riddle",
     "[studio artists group] {who}: not pasting it in clear again, so here is {what}, written {rule}:\n{run}\nshout if you can't work it out\n"),
    ("aftercare_card_back_note",
     "Scribbled on the back of an aftercare card left at the piercing station — {what}, written {rule}:\n{run}\nBin the card once you've logged in.\n"),
]

WHO = ["mara", "kenji", "ilse", "dario", "priya", "tove", "rafa", "noor"]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    names = list(enc168.E)
    for i, name in enumerate(names):
        rule = enc168.E[name][0]
        for j in range(3):
            typ, what, gen = KINDS[j]
            wname, wt = WORDINGS[(i + j) % 3]
            for _ in range(100):
                plain = gen(rng)
                run = enc168.encode(name, plain, rng)
                if (plain not in run and run == run.strip() and reg.ok(plain) and reg.ok(run)
                        and "\n" not in run):
                    break
            else:
                raise RuntimeError("no usable plain for " + name)
            reg.add(plain)
            reg.add(run)
            text = wt.format(what=what, rule=rule, run=run, who=rng.choice(WHO))
            s = text.index(":\n" + run + "\n") + 2
            out.append({"type": typ, "container": name + "__" + wname, "encoding": name,
                        "text": text, "start": s, "end": s + len(run), "plain": plain})
    return out
