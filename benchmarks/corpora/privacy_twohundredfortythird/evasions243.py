"""Evasions: 22 encodings x 3 secret types = 66 records."""
import random
import re

from common243 import MARK, ALNUM, LOWER_ALNUM, rs, owner_password
import enc243

SEED = 24305
TYPES = [
    ("woolshed_evasion_office_password", "owner-chosen password of the woolshed office PC (joiners - _ . only)",
     "the woolshed office PC password"),
    ("scour_evasion_service_code", "`scx_` + 16 base62; service code that unlocks the engineer menu of the wool-scour line controller (prefix invented)",
     "the scour line service code"),
    ("yarn_shop_evasion_api_token", "`yst-` + 20 lower-case alphanumerics; API token of the yarn shop's stock-sync service (prefix invented)",
     "the yarn shop stock-sync token"),
]
WORDINGS = [
    ("shearing_shed_quiz_card", "Smoko quiz card pinned up in the shearing shed: {what}, {rule}",
     "First one to crack it shouts the smoko scones."),
    ("mill_canteen_puzzle_note", "Note left on the mill canteen table - {what}, {rule}",
     "Leave it on the table when you are done, please."),
    ("yarn_club_newsletter_riddle", "Riddle corner of the yarn club newsletter. This month: {what}, {rule}",
     "Answers by the next knit night."),
]
PLAIN_RE = {
    "woolshed_evasion_office_password": re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$"),
    "scour_evasion_service_code": re.compile(r"^scx_[A-Za-z0-9]{16}$"),
    "yarn_shop_evasion_api_token": re.compile(r"^yst-[a-z0-9]{20}$"),
}


def gen_plain(typ, rng):
    if typ == "woolshed_evasion_office_password":
        return owner_password(rng, "-_.")
    if typ == "scour_evasion_service_code":
        return "scx_" + rs(rng, ALNUM, 16)
    return "yst-" + rs(rng, LOWER_ALNUM, 20)


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    idx = start_index
    for i, name in enumerate(enc243.NAMES):
        for j, (typ, _desc, what) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(500):
                plain = gen_plain(typ, rng)
                run = enc243.enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run) or plain in run:
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("evasion draw failed")
            head = intro.format(what=what, rule=enc243.RULES[name][1]) + ":\n"
            text = head + run + "\n" + remark
            s = len(head)
            recs.append({"id": "p243-e-%04d" % idx, "type": typ, "container": name + "__" + wname,
                         "encoding": name, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": typ,
                                      "plain": plain, "encoding": name}],
                         "source": "evasion"})
            idx += 1
    return recs
