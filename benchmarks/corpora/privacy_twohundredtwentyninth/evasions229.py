"""Evasions: 22 encodings x 3 secret types."""
import random
import re

from common229 import BASE62, LOWALNUM, make_span_record, owner_password, rs
from enc229 import ENCODINGS, ENC_RULE, enc

SEED = 22905
TYPES = [
    ("sweep_evasion_office_pc_password", "owner-chosen password of the sweep office PC (joiners - _ . only)",
     re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$")),
    ("stove_evasion_service_unlock_code", "`suc_` + 16 base62; service-mode unlock code of a smart stove controller (prefix invented)",
     re.compile(r"^suc_[0-9A-Za-z]{16}$")),
    ("flue_evasion_camera_admin_token", "`fct-` + 20 lower-case alphanumerics; admin token of the flue inspection camera (prefix invented)",
     re.compile(r"^fct-[a-z0-9]{20}$")),
]
WORDINGS = [
    ("sweep_guild_newsletter_teaser",
     "Guild newsletter teaser: the sweep office PC code for the competition week is hidden here, written {rule}",
     "First correct entry wins a new set of rods."),
    ("stove_showroom_quiz_card",
     "Showroom quiz card no. {n}: decode the line below – it is written {rule}",
     "Bring the answer to the till for a free stove-glass cleaner."),
    ("installer_van_logbook_riddle",
     "Van logbook, back page: the code for the job is written {rule}",
     "Don't write it out in plain on the dashboard again."),
]


def gen_plain(rng, j):
    if j == 0:
        return owner_password(rng, strict=True)
    if j == 1:
        return "suc_" + rs(rng, BASE62, 16)
    return "fct-" + rs(rng, LOWALNUM, 20)


def build(registry):
    rng = random.Random(SEED)
    out = []
    for i, (ename, fam, rule) in enumerate(ENCODINGS):
        for j, (tname, tdesc, _) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen_plain(rng, j)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not registry.ok(plain):
                    continue
                if not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("no plain for " + ename)
            text = intro.format(rule=rule, n=rng.randint(3, 40)) + ":\n" + run + "\n" + remark
            rec = make_span_record(text, run, tname, ename + "__" + wname, "evasion",
                                   extra_span={"plain": plain, "encoding": ename})
            rec = {"type": rec["type"], "container": rec["container"], "encoding": ename, "text": rec["text"],
                   "secrets": rec["secrets"], "source": "evasion"}
            out.append(rec)
    return out
