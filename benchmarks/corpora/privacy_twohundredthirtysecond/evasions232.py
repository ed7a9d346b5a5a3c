"""Evasion source: 22 encodings x 3 secret types."""
import random
import re

from common232 import BASE62, LALNUM, rs, owner_password
import enc232

SEED = 23205
TYPES = [
    ("gm_evasion_office_pc_password", "owner-chosen password of the GM office PC (joiners - _ . only)",
     lambda r: owner_password(r, strict=True), r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$"),
    ("maglock_evasion_override_code", "`mov_` + 16 base62; override code that opens every maglock from the GM console (prefix invented)",
     lambda r: "mov_" + rs(r, BASE62, 16), r"^mov_[0-9A-Za-z]{16}$"),
    ("hunt_evasion_answer_checker_token", "`act-` + 20 lower-case alphanumerics; admin token of the puzzle-hunt answer checker (prefix invented)",
     lambda r: "act-" + rs(r, LALNUM, 20), r"^act-[a-z0-9]{20}$"),
]
WORDINGS = {
    "escape_room_lobby_puzzle_card": ("Lobby puzzle card for the staff: the {what} is written {rule}", "Solve it before the first group arrives, then shred the card."),
    "gm_break_room_riddle": ("Riddle pinned in the break room – the {what}, {rule}", "Whoever decodes it first buys the coffees."),
    "hunt_hq_discord_teaser": ("HQ channel only (not for teams): today's {what} {rule}", "Please don't paste the decoded value in here."),
}
WHAT = {"gm_evasion_office_pc_password": "GM office PC password",
        "maglock_evasion_override_code": "maglock override code",
        "hunt_evasion_answer_checker_token": "answer-checker admin token"}


def build(reg):
    r = random.Random(SEED)
    wkeys = list(WORDINGS)
    recs = []
    for i, e in enumerate(enc232.ENCODINGS):
        for j, (t, _d, gen, _re) in enumerate(TYPES):
            w = wkeys[(i + j) % 3]
            for _ in range(200):
                plain = gen(r)
                run = enc232.enc(e, plain, r)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("evasion draw")
            head, remark = WORDINGS[w]
            pre = head.format(what=WHAT[t], rule=enc232.RULES[e]) + ":\n"
            text = pre + run + "\n" + remark
            s = len(pre)
            recs.append({"type": t, "container": "%s__%s" % (e, w), "encoding": e, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t,
                                      "plain": plain, "encoding": e}], "source": "evasion"})
    return recs
