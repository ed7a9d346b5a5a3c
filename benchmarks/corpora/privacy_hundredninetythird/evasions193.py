"""Evasion source: 22 encodings x 3 records."""
import random

from common193 import B62, HEXL, owner_password, rs, SLOT, fill, record
from enc193 import ENCODINGS

SEED = 19305

PLAINS = [
    ("bookshop_evasion_backroom_pc_password", lambda r: owner_password(r, strict=True),
     "owner-chosen password of the back-room PC (joiners - _ . only)",
     "the back-room PC password"),
    ("bookshop_evasion_till_drawer_token", lambda r: "tdk_" + rs(r, B62, 16),
     "`tdk_` + 16 base62, token of the cash-drawer controller under the till (prefix invented)",
     "the till-drawer token"),
    ("bookshop_evasion_label_printer_key_hex", lambda r: rs(r, HEXL, 24),
     "24 lower-case hex characters, pairing key of the shelf-label printer",
     "the label printer key"),
]

WORDINGS = [
    ("bookshop_quiz_night_handout", "Quiz night, round 6 (staff only). {what} is hidden below, {rule}",
     "Bring the answer to the counter for a free tote bag."),
    ("comic_shop_newsletter_puzzle", "Newsletter puzzle corner: {what} for the stockroom crew, written {rule}",
     "First to crack it picks the next staff recommendation."),
    ("book_club_flyer_riddle", "Book-club flyer riddle (back page): {what}, given {rule}",
     "Answers at the next meeting, no spoilers."),
]

ENC_NAMES = list(ENCODINGS)


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, enc in enumerate(ENC_NAMES):
        fn, family, rule = ENCODINGS[enc]
        for j in range(3):
            ptype, gen, _desc, what = PLAINS[j]
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = fn(plain, rng)
                if plain in run or run != run.strip() or "\n" in run:
                    continue
                if reg.clash(plain) or reg.clash(run):
                    continue
                break
            else:
                raise RuntimeError("no usable plain for " + enc)
            reg.add(plain)
            reg.add(run)
            head = intro.format(what=what, rule=rule)
            tpl = head + ":\n" + SLOT + "\n" + remark + "\n"
            text, s, e = fill(tpl, run)
            recs.append(record("p193-e-%04d" % n, ptype, enc + "__" + wname, text, s, e, "evasion",
                               extra_span={"plain": plain, "encoding": enc}, extra_rec={"encoding": enc}))
            n += 1
    return recs
