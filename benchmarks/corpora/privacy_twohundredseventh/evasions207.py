"""Evasion records: 22 encodings x 3 secret types of the hire/workshop world."""
import random

from common207 import SLOT, AN, ANL, owner_password, rstr
import enc207

SEED = 20705

TYPES = [
    ("hireshop_evasion_workshop_pc_password", "the workshop PC password",
     "owner-chosen password of the workshop PC (joiners - _ . only)", lambda r: owner_password(r, strict=True)),
    ("hireshop_evasion_dock_override_code", "the dock override code",
     "`dko_` + 16 base62, override code that releases every bike in a docking station (prefix invented)", lambda r: "dko_" + rstr(r, AN, 16)),
    ("hireshop_evasion_battery_service_token", "the battery service token",
     "`bst-` + 20 lower-case alphanumerics, service-mode token of the e-bike battery chargers (prefix invented)", lambda r: "bst-" + rstr(r, ANL, 20)),
]

WORDINGS = [
    ("bike_club_newsletter_puzzle", "Club newsletter, puzzle corner: %s is written %s",
     "First correct answer at Thursday's club night gets a free inner tube."),
    ("hire_desk_quiz_card", "Hire desk quiz card: %s is hidden below, written %s",
     "Write your answer on the back and hand it to the shift lead."),
    ("workshop_whiteboard_riddle", "Workshop whiteboard riddle (please don't wipe): %s, written %s",
     "Solve it before Saturday's open day."),
]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    n = 1
    for i, name in enumerate(enc207.ENC_NAMES):
        for j, (typ, what, desc, gen) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc207.enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no evasion plain for " + name)
            tpl = (intro % (what, enc207.RULES[name])) + ":\n" + SLOT + "\n" + remark
            text = tpl.replace(SLOT, run)
            start = tpl.index(SLOT)
            span = {"value": run, "start": start, "end": start + len(run), "type": typ,
                    "plain": plain, "encoding": name}
            out.append({"id": "p207-e-%04d" % n, "type": typ, "container": name + "__" + wname,
                        "encoding": name, "text": text, "secrets": [span], "source": "evasion"})
            n += 1
    return out
