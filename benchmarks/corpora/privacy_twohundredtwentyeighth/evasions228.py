"""Evasion source: 22 encodings x 3 secret types, rule in words, ':' + newline, run, newline, remark."""
import random
import re

import common228 as C
import enc228

TYPES = [
    ("tuner_evasion_workshop_pc_password", "owner-chosen password of the workshop PC (joiners - _ . only)",
     lambda rng: C.strict_password(rng), C.PW_STRICT),
    ("organ_evasion_console_unlock_code", "`ocu_` + 16 base62; unlock code of the organ combination-action console (prefix invented)",
     lambda rng: "ocu_" + C.rs(rng, C.ALNUM, 16), re.compile(r"^ocu_[A-Za-z0-9]{16}$")),
    ("player_evasion_service_token", "`pps-` + 20 lower-case alphanumerics; service-mode token of the player-piano system (prefix invented)",
     lambda rng: "pps-" + C.rs(rng, C.LOWER_ALNUM, 20), re.compile(r"^pps-[a-z0-9]{20}$")),
]
WORDINGS = ["tuning_guild_puzzle_corner", "workshop_whiteboard_riddle", "organ_loft_quiz_card"]
WHAT = {
    "tuner_evasion_workshop_pc_password": "the workshop PC password",
    "organ_evasion_console_unlock_code": "the unlock code for the combination-action console",
    "player_evasion_service_token": "the service token for the player system in showroom 2",
}
INTRO = {
    "tuning_guild_puzzle_corner": "Guild newsletter puzzle corner. This month: {what}, written {rule}:\n{run}\nFirst correct answer wins a tuning hammer – and please don't post it in the forum.",
    "workshop_whiteboard_riddle": "Whiteboard (photo from Monday): {what} – written {rule}:\n{run}\nWipe this before the customers come in.",
    "organ_loft_quiz_card": "Quiz card left in the organ loft – {what}, written {rule}:\n{run}\nIf you can read this, you're allowed to use it. Put the card back behind the swell box.",
}


def build(registry):
    rng = random.Random(C.SEEDS["evasions"])
    out = []
    for i, encname in enumerate(enc228.ENCODINGS):
        for j, (tname, _, gen, _) in enumerate(TYPES):
            wording = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = enc228.enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not registry.ok(plain) or not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("no plain for " + encname)
            text = INTRO[wording].format(what=WHAT[tname], rule=enc228.RULES[encname], run=run)
            out.append((tname, encname + "__" + wording, encname, text, run, plain))
    return out
