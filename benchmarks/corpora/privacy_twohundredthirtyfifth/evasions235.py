"""Evasion source: 22 encodings x 3 secret types = 66 records."""
import random

import common235 as C
import enc235

SEED = 23505
ENCODINGS = list(enc235.RULES)

TYPES = [
    ("surf_evasion_office_pc_password", "the lesson office PC password",
     lambda rng: C.password(rng, strict=True),
     "owner-chosen password of the lesson office PC (joiners - _ . only)"),
    ("tower_evasion_console_code", "the tower console code",
     lambda rng: "ltc_" + C.rs(rng, C.ALNUM, 16),
     "`ltc_` + 16 base62; code that unlocks the engineering menu of the lifeguard-tower radio console (prefix invented)"),
    ("shaper_evasion_cnc_licence_token", "the CNC licence token",
     lambda rng: "cnc-" + C.rs(rng, C.LOWER_ALNUM, 20),
     "`cnc-` + 20 lower-case alphanumerics; licence token of the shaping-bay CNC software (prefix invented)"),
]
PLAIN_RES = {
    "surf_evasion_office_pc_password": C.STRICT_PW_RE,
    "tower_evasion_console_code": __import__("re").compile(r"^ltc_[A-Za-z0-9]{16}$"),
    "shaper_evasion_cnc_licence_token": __import__("re").compile(r"^cnc-[a-z0-9]{20}$"),
}

WORDINGS = {
    "surf_shop_counter_quiz_card": ("Counter quiz for the new shop staff – {what} is written {rule}:\n", "\nFirst one to log in gets a free block of wax."),
    "lifeguard_tower_riddle_card": ("Tower riddle (T2): you will need {what}; it is written {rule}:\n", "\nDo not leave this card in the tower."),
    "shaping_bay_chalkboard_puzzle": ("Chalkboard, shaping bay: {what}, written {rule}:\n", "\nWipe the board when you are done."),
}
WORDING_NAMES = list(WORDINGS)


def generate(registry):
    rng = random.Random(SEED)
    assert len(ENCODINGS) == 22
    out = []
    for i, encname in enumerate(ENCODINGS):
        for j, (tname, what, gen, _) in enumerate(TYPES):
            wording = WORDING_NAMES[(i + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = enc235.enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not registry.ok(plain) or not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("could not draw evasion")
            head, tail = WORDINGS[wording]
            text = head.format(what=what, rule=enc235.RULES[encname]) + run + tail
            out.append((tname, encname + "__" + wording, encname, text, run, plain))
    return out
