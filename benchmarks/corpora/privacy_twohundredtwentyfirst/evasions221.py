"""Evasion source: 22 encodings x 3 secret types = 66 records."""
import random
import re

import common221 as C
import enc221

TYPES = [
    ("bee_evasion_extraction_pc_password", "the password of the extraction-room PC",
     "owner-chosen password of the extraction-room PC (joiners - _ . only)"),
    ("bee_evasion_hive_lock_code", "the override code of the hive-lock on the out-apiary gate",
     "`hlc_` + 16 base62, override code of the out-apiary hive-lock (prefix invented)"),
    ("bee_evasion_smoker_shed_token", "the token that opens the smoker shed from the club app",
     "`sst-` + 20 lower-case alphanumerics, token that opens the club smoker shed (prefix invented)"),
]
PLAIN_RE = {
    "bee_evasion_extraction_pc_password": C.STRICT_PW_RE,
    "bee_evasion_hive_lock_code": re.compile(r"^hlc_[A-Za-z0-9]{16}$"),
    "bee_evasion_smoker_shed_token": re.compile(r"^sst-[a-z0-9]{20}$"),
}
WORDINGS = [
    ("bee_club_newsletter_corner", "Newsletter puzzle corner: {what} is written {rule}", "First member to send the decoded answer to the editor wins a jar of heather honey."),
    ("honey_show_puzzle_card", "Honey-show puzzle card: we wrote {what} {rule}", "Hand your answer to the steward at the candle table."),
    ("apiary_notice_board_riddle", "Pinned on the apiary notice board: {what}, written {rule}", "Nobody from outside the club should be able to read this, we hope."),
]


def plain_for(tname, rng):
    if tname == "bee_evasion_extraction_pc_password":
        return C.password(rng, strict=True)
    if tname == "bee_evasion_hive_lock_code":
        return "hlc_" + C.rs(rng, C.ALNUM, 16)
    return "sst-" + C.rs(rng, C.LOWALNUM, 20)


def generate(reg, seed=22105):
    rng = random.Random(seed)
    recs = []
    for i, (ename, family, rule) in enumerate(enc221.ENCODINGS):
        for j, (tname, what, _) in enumerate(TYPES):
            wname, head, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = plain_for(tname, rng)
                run = enc221.enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no plain for " + ename)
            intro = head.format(what=what, rule=rule)
            text = intro + ":\n" + run + "\n" + remark + "\n"
            start = len(intro) + 2
            recs.append({"type": tname, "container": ename + "__" + wname, "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": ename}],
                         "source": "evasion"})
    return recs
