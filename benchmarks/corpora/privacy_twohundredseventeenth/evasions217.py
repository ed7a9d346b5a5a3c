"""Evasion source: 22 encodings x 3 secret types."""
import random
import re

from common217 import ALNUM, LALNUM, owner_password, rs
from enc217 import ENCODINGS, enc

SEED = 21705

TYPES = [
    ("rowing_evasion_boathouse_office_pc_password", "the boathouse office PC password",
     "owner-chosen password of the boathouse office PC (joiners - _ . only)",
     lambda r: owner_password(r, strict=True), re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")),
    ("rowing_evasion_lock_gate_override_code", "the lock-gate override code",
     "`lgo_` + 16 base62; override code of the lock-gate controller (prefix invented)",
     lambda r: "lgo_" + rs(r, ALNUM, 16), re.compile(r"^lgo_[A-Za-z0-9]{16}$")),
    ("rowing_evasion_safety_board_unlock_token", "the safety-board unlock token",
     "`sbu-` + 21 lower-case alphanumerics; token that unlocks manual override of the safety-flag board (prefix invented)",
     lambda r: "sbu-" + rs(r, LALNUM, 21), re.compile(r"^sbu-[a-z0-9]{21}$")),
]

WORDINGS = [
    ("club_newsletter_brainteaser", "Brainteaser for the spring newsletter: %s is hidden below, written %s",
     "First correct answer to the captain wins a club hoodie."),
    ("boathouse_whiteboard_puzzle", "Whiteboard puzzle by the boat racks – %s, written %s",
     "Wipe this off before the juniors arrive."),
    ("instructor_induction_quiz", "Induction quiz, question 7: decode %s. It is written %s",
     "Write the answer on your quiz sheet, not in the group chat."),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, phrase, _desc, gen, _rx) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                if ename == "decimation_step_three" and len(plain) % 3 == 0:
                    continue
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not (reg.ok(plain) and reg.ok(run)) or run in plain:
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + ename)
            head = (intro % (phrase, rule)) + ":\n"
            text = head + run + "\n" + remark + "\n"
            s = len(head)
            recs.append((tname, ename + "__" + wname, text, s, s + len(run), ename, plain))
    return recs
