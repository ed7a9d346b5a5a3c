"""Evasion source: 22 encodings x 3 secret types; the span is the whole encoded run."""
import random

from common218 import MARK as M, B62, LOWER_ALNUM, rs, owner_password, place
from enc218 import ENCODINGS, enc

SEED = 21805

TYPES = [
    ("dogclub_evasion_hall_pc_password", "the training-hall PC password",
     "owner-chosen password of the training-hall PC (joiners - _ . only)", lambda r: owner_password(r, strict=True)),
    ("dogclub_evasion_pool_hoist_code", "the pool hoist override code",
     "`hsc_` + 16 base62, override code of the hydrotherapy pool hoist controller (prefix invented)",
     lambda r: "hsc_" + rs(r, B62, 16)),
    ("dogclub_evasion_kennel_door_token", "the kennel-block door token",
     "`kdt-` + 20 lower-case alphanumerics, token that opens the kennel-block door from the desk app (prefix invented)",
     lambda r: "kdt-" + rs(r, LOWER_ALNUM, 20)),
]

WORDINGS = [
    ("club_newsletter_teaser", "Newsletter teaser: here is {what}, written {rule}",
     "First correct answer handed in at the desk wins a tug toy."),
    ("hydro_waiting_room_puzzle", "Waiting-room puzzle \u2013 can you work out {what}? It is written {rule}",
     "Answers to the reception team, not on the whiteboard please."),
    ("agility_show_quiz_sheet", "Show quiz, round 4: {what} is written {rule}",
     "Scribes may not help their handlers with this one."),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, what, _desc, gen) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no fresh evasion plain for " + ename)
            tpl = intro.format(what=what, rule=rule) + ":\n" + M + "\n" + remark + "\n"
            text, s, e = place(tpl, run)
            recs.append({"id": None, "type": tname, "container": ename + "__" + wname, "encoding": ename,
                         "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                      "encoding": ename}],
                         "source": "evasion"})
    return recs
