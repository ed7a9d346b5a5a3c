"""Evasions: 22 encodings x 3 records; the text states the rule, then ':' + newline, the run, newline, a remark."""
import random

from common186 import owner_password, rs, B62, B32, fill, record, MARK
from enc186 import ENCODINGS

SEED = 18605
TYPES = [
    ("range_evasion_front_desk_password", "the range front-desk PC password",
     "owner-chosen password of the range front-desk PC (joiners - _ . only)"),
    ("range_evasion_gateway_key", "the armoury gateway key",
     "`rgk_` + 16 base62, armoury gateway key (prefix invented)"),
    ("range_evasion_safe_otp_seed", "the gun-safe OTP seed",
     "24 RFC 4648 Base32 characters (A-Z 2-7), TOTP seed of the armoury gun-safe controller"),
]
WORDINGS = [
    ("gun_club_newsletter_puzzle", "Newsletter puzzle corner: %s, %s",
     "First member to log in with it wins a box of .22 — then we change it."),
    ("range_bulletin_board_note", "Note pinned by the lane-3 bulletin board: %s, %s",
     "Do not copy this note into the group chat."),
    ("archery_club_quiz_sheet", "Quiz sheet, question 7 — %s, %s",
     "Answers go to the club secretary, not to the notice board."),
]


def _plain(kind, rng):
    if kind == 0:
        return owner_password(rng, strict=True)
    if kind == 1:
        return "rgk_" + rs(rng, B62, 16)
    return rs(rng, B32, 24)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    n = 1
    for ei, (enc, (fn, rule, fam)) in enumerate(ENCODINGS.items()):
        for j in range(3):
            ti = (ei + j) % 3
            typ, what, _ = TYPES[ti]
            wname, intro, remark = WORDINGS[j]
            while True:
                plain = _plain(ti, rng)
                run = fn(plain)
                if plain in run or run != run.strip() or run == plain:
                    continue
                if not reg.ok(plain) or not reg.ok(run) or plain in run or run in plain:
                    continue
                reg.add(plain)
                reg.add(run)
                break
            tmpl = (intro % (what, rule)) + ":\n" + MARK + "\n" + remark + "\n"
            text, s, e = fill(tmpl, run)
            rec = record("p186-e-%04d" % n, typ, "%s__%s" % (enc, wname), text, s, e, "evasion",
                         extra={"plain": plain, "encoding": enc})
            rec = {"id": rec["id"], "type": typ, "container": rec["container"], "encoding": enc, "text": text,
                   "secrets": rec["secrets"], "source": "evasion"}
            recs.append(rec)
            n += 1
    return recs
