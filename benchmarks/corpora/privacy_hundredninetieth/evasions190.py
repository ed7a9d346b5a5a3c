"""Evasions: 22 notations x 3 records; the span is the whole encoded run."""
import random

from common190 import B62, HEX, SLOT, fill, password, rs
from enc190 import ENCODINGS

SEED = 19005
TYPES = [
    ("garden_evasion_potting_shed_pc_password", "owner-chosen password of the potting-shed PC (joiners - _ . only)",
     lambda r: password(r, True), "the potting-shed PC password"),
    ("garden_evasion_climate_bridge_token", "`gcb_` + 16 base62, token of the glasshouse climate bridge (prefix invented)",
     lambda r: "gcb_" + rs(r, B62, 16), "the climate bridge token"),
    ("garden_evasion_valve_uplink_key_hex", "24 lower-case hex characters, uplink key of the irrigation valve nodes",
     lambda r: rs(r, HEX, 24), "the valve uplink key"),
]
WORDINGS = [
    ("potting_shed_crossword_corner",
     "Potting-shed crossword corner, bonus clue. ", "First one to type it into the till wins a tray of plug plants."),
    ("nursery_newsletter_puzzle_page",
     "Nursery newsletter – puzzle page. ", "Answers on the staff-room door next Friday."),
    ("cafe_noticeboard_teaser",
     "Café noticeboard teaser (staff only). ", "No looking it up on the office PC!"),
]


def build(reg):
    rng = random.Random(SEED)
    out = []
    k = 0
    for enc, (fn, _fam, rule) in ENCODINGS.items():
        for j in range(3):
            typ, _d, gen, what = TYPES[(j + k) % 3]
            wname, intro, remark = WORDINGS[j]
            for _ in range(100):
                plain = gen(rng)
                run = fn(plain, rng)
                if plain in run or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    break
            else:
                raise RuntimeError("no evasion drawn for " + enc)
            reg.add(plain)
            reg.add(run)
            t = intro + "Here is " + what + " written " + rule + ":\n" + SLOT + "\n" + remark
            text, s, e = fill(t, run)
            out.append(dict(type=typ, container=enc + "__" + wname, text=text, start=s, end=e, source="evasion",
                            encoding=enc, plain=plain))
        k += 1
    return out
