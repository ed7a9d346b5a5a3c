"""Evasion records: 22 encodings x 3 secret types."""
import random
import re

import common244 as C
import enc244

TYPES = [
    ("clubhouse_office_evasion_password", "owner-chosen password of the clubhouse office PC (joiners - _ . only)",
     "The clubhouse office PC password"),
    ("scoreboard_firmware_evasion_unlock_code", "`sbu_` + 16 base62; unlock code of the scoreboard controller's engineer menu (prefix invented)",
     "The scoreboard engineer unlock code"),
    ("league_portal_evasion_api_token", "`lgp-` + 20 lower-case alphanumerics; API token of the county league results portal (prefix invented)",
     "The league portal API token"),
]
WORDINGS = [
    ("scorebook_margin_riddle", "written {rule}", "(Pencilled in the scorebook margin – work it out yourself.)"),
    ("locker_room_quiz_card", "is hidden {rule}", "Quiz card from the locker room: first to decode it buys the teas."),
    ("pavilion_noticeboard_puzzle", "appears below {rule}", "Pinned to the pavilion noticeboard; don't write the answer underneath."),
]


def gen_plain(rng, ti):
    if ti == 0:
        return C.make_password(rng, strict=True)
    if ti == 1:
        return "sbu_" + C.rs(rng, C.ALNUM, 16)
    return "lgp-" + C.rs(rng, C.LALNUM, 20)


PLAIN_RE = [C.PW_STRICT_RE, re.compile(r"^sbu_[A-Za-z0-9]{16}$"), re.compile(r"^lgp-[a-z0-9]{20}$")]


def build(reg, seed=24405):
    rng = random.Random(seed)
    recs = []
    for ei, name in enumerate(enc244.ENCODINGS):
        for ti, (tname, tdesc, lead) in enumerate(TYPES):
            wname, verb, remark = WORDINGS[(ei + ti) % 3]
            for _ in range(100):
                plain = gen_plain(rng, ti)
                run = enc244.enc(name, plain, rng)
                if plain not in run and reg.ok(plain) and reg.ok(run):
                    break
            else:
                raise RuntimeError("no plain for " + name)
            reg.add(plain)
            reg.add(run)
            rule = enc244.RULES[name]
            tpl = "%s %s:\n%s\n%s" % (lead, verb.format(rule=rule), C.SENT, remark)
            rec = C.positive(tname, "%s__%s" % (name, wname), tpl, run, "evasion")
            rec["encoding"] = name
            rec["secrets"][0]["plain"] = plain
            rec["secrets"][0]["encoding"] = name
            # field order: id, type, container, encoding, text, secrets, source
            recs.append({"id": None, "type": tname, "container": rec["container"], "encoding": name,
                         "text": rec["text"], "secrets": rec["secrets"], "source": "evasion"})
    return recs
