"""Evasion records: 22 encodings x 3 secret types."""
import random
import re

import common230 as C
import enc230

SEED = 23005

TYPES = [
    ("tasting_evasion_office_pc_password", "owner-chosen password of the cellar-door office PC (joiners - _ . only)",
     C.PW_STRICT_RE),
    ("cellar_evasion_press_service_code", "`psc_` + 16 base62; service code that unlocks the engineering menu of the pneumatic press (prefix invented)",
     re.compile(r"^psc_[0-9A-Za-z]{16}$")),
    ("vineyard_evasion_gate_token", "`vgt-` + 20 lower-case alphanumerics; token that opens the automatic vineyard gate from the crew app (prefix invented)",
     re.compile(r"^vgt-[a-z0-9]{20}$")),
]

WORDINGS = ["cellar_door_quiz_card", "harvest_crew_puzzle_note", "winemaker_riddle_postit"]

INTRO = {
    "cellar_door_quiz_card": ("Cellar door quiz card, back side. The {what} is written {rule}",
                              "First to decode it gets the last bottle of the museum release."),
    "harvest_crew_puzzle_note": ("Note pinned in the crew shed for the night pick. The {what} is given {rule}",
                                 "Solve it before the bins arrive and keep it off the group chat."),
    "winemaker_riddle_postit": ("Post-it on the lab fridge from the winemaker. Today the {what} comes {rule}",
                                "Do not write the decoded version anywhere, just use it."),
}
WHAT = {
    "tasting_evasion_office_pc_password": "office PC password",
    "cellar_evasion_press_service_code": "press service code",
    "vineyard_evasion_gate_token": "gate token",
}


def gen_plain(tname, rng):
    if tname == "tasting_evasion_office_pc_password":
        return C.password(rng, strict=True)
    if tname == "cellar_evasion_press_service_code":
        return "psc_" + C.rs(rng, C.B62, 16)
    return "vgt-" + C.rs(rng, C.LALNUM, 20)


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, encname in enumerate(enc230.ORDER):
        for j, (tname, desc, rx) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen_plain(tname, rng)
                run = enc230.enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion drawn")
            head, tail = INTRO[wording]
            intro = head.format(what=WHAT[tname], rule=enc230.RULES[encname])
            tpl = f"{intro}:\n{C.MARK}\n{tail}"
            text, s, e = C.place(tpl, run)
            out.append((tname, f"{encname}__{wording}", encname, text, s, e, plain))
    return out
