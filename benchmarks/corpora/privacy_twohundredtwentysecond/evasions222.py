"""Evasion source: 22 encodings x 3 secret types."""
import random

from common222 import owner_password, rand
import enc222

SEED = 22205
TYPES = [
    ("lock_evasion_workshop_pc_password", "workshop PC password",
     "owner-chosen password of the workshop PC (joiners - _ . only)"),
    ("safe_evasion_timelock_override_code", "timelock override code for the safe bench",
     "`tlo_` + 16 base62; code that overrides the time lock on the safe-bench test rig (prefix invented)"),
    ("key_evasion_cabinet_master_token", "key-cabinet master token",
     "`kcm-` + 20 lower-case alphanumerics; token that opens every hook of the electronic key cabinet (prefix invented)"),
]
WORDINGS = ["key_counter_puzzle_card", "safe_course_quiz_sheet", "van_radio_riddle"]


def plain_for(ti, rng):
    if ti == 0:
        return owner_password(rng, strict=True)
    if ti == 1:
        return "tlo_" + rand(rng, "an", 16)
    return "kcm-" + rand(rng, "lan", 20)


def frame(wording, desc, rule, run):
    if wording == "key_counter_puzzle_card":
        return ("Puzzle card left on the key counter for whoever opens tomorrow. The " + desc + " is written "
                + rule + ":\n" + run + "\nWork it out, then put the card through the shredder.\n")
    if wording == "safe_course_quiz_sheet":
        return ("Safe-engineering course, quiz sheet 3, question 7. The " + desc + " below is given " + rule
                + ":\n" + run + "\nWrite the answer in the box; sheets are collected at the end.\n")
    if wording == "van_radio_riddle":
        return ("Van radio, channel 2, 16:40 - not saying it straight over the air, so the " + desc + " comes "
                + rule + ":\n" + run + "\nShout when you're in, over.\n")
    raise ValueError(wording)


def make_records(registry, ids):
    rng = random.Random(SEED)
    recs = []
    for i, encname in enumerate(enc222.ENCODINGS):
        rule = enc222.RULES[encname][0]
        for ti, (typ, desc, _) in enumerate(TYPES):
            wording = WORDINGS[(i + ti) % 3]
            for _ in range(500):
                plain = plain_for(ti, rng)
                run = enc222.enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not registry.ok(plain) or not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("no plain for " + encname)
            text = frame(wording, desc, rule, run)
            start = text.index(":\n" + run + "\n") + 2
            recs.append({
                "id": ids(), "type": typ, "container": encname + "__" + wording, "encoding": encname,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                             "plain": plain, "encoding": encname}],
                "source": "evasion",
            })
    return recs
