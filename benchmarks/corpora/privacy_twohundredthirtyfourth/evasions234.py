"""Evasion source: 22 encodings x 3 secret types."""
import random

from common234 import SEEDS, ALNUM, LOWER_ALNUM, rstr, owner_password, MARK, place, span_record
from enc234 import ENCODINGS, enc

TYPES = [
    ("laundrette_evasion_back_office_pc_password", "the back-office PC password",
     "owner-chosen password of the laundrette's back-office PC (joiners - _ . only)"),
    ("change_machine_evasion_service_code", "the change-machine service code",
     "`cmx_` + 16 base62; service-menu code of the coin change machine (prefix invented)"),
    ("linen_portal_evasion_api_token", "the linen-portal API token",
     "`lnp-` + 20 lower-case alphanumerics; API token of the linen-hire customer portal (prefix invented)"),
]
WORDINGS = [
    ("laundrette_noticeboard_puzzle", "Noticeboard puzzle for the Leith crew:",
     "Whoever decodes it first gets the good mop."),
    ("dry_cleaner_staff_quiz_sheet", "Staff quiz, question 4:",
     "Answers to the counter supervisor, not the group chat."),
    ("linen_depot_tea_room_riddle", "Tea-room riddle from the depot office:",
     "Solve it before the 6 a.m. cage run."),
]


def plain_for(j, rng):
    if j == 0:
        return owner_password(rng, strict=True)
    if j == 1:
        return "cmx_" + rstr(rng, ALNUM, 16)
    return "lnp-" + rstr(rng, LOWER_ALNUM, 20)


def generate(registry, next_id):
    rng = random.Random(SEEDS["evasions"])
    recs = []
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (typ, phrase, _desc) in enumerate(TYPES):
            w = (i + j) % 3
            wname, intro, remark = WORDINGS[w]
            for _ in range(200):
                plain = plain_for(j, rng)
                run = enc(ename, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not registry.ok(plain) or not registry.ok(run)):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("could not draw an evasion for " + ename)
            tmpl = "%s %s is written %s:\n%s\n%s" % (intro, phrase, rule, MARK, remark)
            text, s, e = place(tmpl, run)
            rec = span_record(next_id(), typ, "%s__%s" % (ename, wname), text, s, e, "evasion",
                              extra={"plain": plain, "encoding": ename})
            rec = {"id": rec["id"], "type": rec["type"], "container": rec["container"], "encoding": ename,
                   "text": rec["text"], "secrets": rec["secrets"], "source": "evasion"}
            recs.append(rec)
    return recs
