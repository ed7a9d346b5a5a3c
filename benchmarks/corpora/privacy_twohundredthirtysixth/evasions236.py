"""Evasion records: 22 encodings x 3 secret types."""
import random

import common236 as C
import enc236

TYPES = [
    ("taproom_office_pc_evasion_password", "owner-chosen password of the taproom office PC (joiners - _ . only)",
     lambda rng: C.password(rng, safe=True)),
    ("tap_wall_evasion_service_code", "`twc_` + 16 base62; service code that unlocks the engineer menu of the self-pour tap wall (prefix invented)",
     lambda rng: "twc_" + C.rstr(rng, "alnum", 16)),
    ("keg_portal_evasion_api_token", "`kgp-` + 20 lower-case alphanumerics; API token of the keg-returns portal (prefix invented)",
     lambda rng: "kgp-" + C.rstr(rng, "lowalnum", 20)),
]
WORDINGS = ["taproom_beer_mat_riddle", "brewhouse_quiz_card", "cellar_door_puzzle_note"]
INTRO = {
    "taproom_beer_mat_riddle": "Scribbled on a beer mat behind the bar – the {what} is written {rule}",
    "brewhouse_quiz_card": "Brewhouse Friday quiz, card 7: the {what} below is written {rule}",
    "cellar_door_puzzle_note": "Note taped to the cellar door: the {what}, written {rule}",
}
WHAT = {
    "taproom_office_pc_evasion_password": "taproom office PC password",
    "tap_wall_evasion_service_code": "tap-wall service code",
    "keg_portal_evasion_api_token": "keg-portal API token",
}
REMARK = {
    "taproom_beer_mat_riddle": "Work it out yourself, don't ask me at the bar.",
    "brewhouse_quiz_card": "First to decode it gets a pint on the house.",
    "cellar_door_puzzle_note": "Rip this up once you have it.",
}


def build(reg):
    rng = random.Random(C.SEEDS["evasions"])
    out = []
    for i, encname in enumerate(enc236.ENCODINGS):
        for j, (tname, _desc, gen) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            plain = reg.draw(gen, rng)
            run = enc236.enc(encname, plain, rng)
            if not reg.add(run):
                raise RuntimeError("run collides")
            head = C.fill(INTRO[wording], {"what": WHAT[tname], "rule": enc236.RULES[encname]})
            tmpl = head + ":\n" + C.MARK + "\n" + REMARK[wording] + "\n"
            text, s, e = C.make_record(tmpl, run)
            out.append({"type": tname, "container": encname + "__" + wording, "encoding": encname, "text": text,
                        "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                     "encoding": encname}], "source": "evasion"})
    return out
