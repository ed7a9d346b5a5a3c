"""Evasion source: 22 encodings x 3 secret types = 66 records."""
import random
import re

from common224 import ALNUM_LOW, B62, PW_STRICT_RE, SEEDS, SLOT, password, rs
import enc224

TYPES = [
    ("fd_evasion_arrangement_pc_password", "the arrangement-room PC password",
     "owner-chosen password of the arrangement-room PC (joiners - _ . only)",
     lambda g: password(g, strict=True), PW_STRICT_RE),
    ("crem_evasion_cremator_override_code", "the cremator override code",
     "`cco_` + 16 base62; code that overrides the cremator door interlock on the test panel (prefix invented)",
     lambda g: "cco_" + rs(g, B62, 16), re.compile(r"^cco_[0-9A-Za-z]{16}$")),
    ("mason_evasion_yard_gate_token", "the masonry-yard gate token",
     "`myg-` + 20 lower-case alphanumerics; token that opens the memorial-mason yard gate (prefix invented)",
     lambda g: "myg-" + rs(g, ALNUM_LOW, 20), re.compile(r"^myg-[0-9a-z]{20}$")),
]

WORDINGS = [
    ("funeral_staff_newsletter_puzzle", "Staff newsletter puzzle corner: this month it is %s, written %s",
     "First correct answer to the office wins the biscuit tin; please don't post the answer in the group."),
    ("crematorium_quiz_night_card", "Crematorium quiz night, card 7 – here is %s, written %s",
     "Answers are on the back of the card, not on the whiteboard."),
    ("mason_yard_noticeboard_riddle", "Pinned on the yard noticeboard: %s, written %s",
     "Ask Dave if you get stuck, and take this sheet down after Friday."),
]


def build(reg):
    rng = random.Random(SEEDS["evasions"])
    recs = []
    n = 1
    for i, name in enumerate(enc224.ENCODINGS):
        for j, (typ, what, _desc, gen, _rx) in enumerate(TYPES):
            wid, lead, remark = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = enc224.enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for %s" % name)
            head = (lead % (what, enc224.RULES[name])) + ":\n"
            text = head + run + "\n" + remark + "\n"
            start = len(head)
            recs.append({
                "id": "p224-e-%04d" % n,
                "type": typ,
                "container": name + "__" + wid,
                "encoding": name,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                             "plain": plain, "encoding": name}],
                "source": "evasion",
            })
            n += 1
    return recs
