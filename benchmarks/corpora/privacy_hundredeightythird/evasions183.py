"""Evasion source: 22 encodings x 3, each a secret written in a reversible disguise."""
from common183 import B62, HEX, owner_password, rs
from enc183 import ENCODINGS, encode

EV_TYPES = [
    ("astro_evasion_dome_pc_password", "owner-chosen password of the planetarium dome PC (joiners - _ . only)",
     lambda r: owner_password(r, strict=True), "the dome PC password"),
    ("astro_evasion_allsky_upload_key", "`asu_` + 16 base62 all-sky upload key (prefix invented)",
     lambda r: "asu_" + rs(r, B62, 16), "the all-sky upload key"),
    ("astro_evasion_mount_hmac_hex", "24 lower-case hex characters of the telescope-mount controller's HMAC key",
     lambda r: rs(r, HEX, 24), "the mount controller HMAC key"),
]
WORDINGS = [
    ("planetarium_quiz_night_card",
     "Quiz-night bonus card, table 4. Crack it and you have {what}, written {rule}",
     "First table to log in wins the meteorite fudge."),
    ("star_party_flyer_puzzle",
     "Star-party flyer, back page puzzle: {what} for tonight is hidden {rule}",
     "Bring a red torch and please keep this off the public noticeboard."),
    ("observatory_logbook_riddle",
     "Logbook, night shift note: so the cleaners cannot read it, {what} is written {rule}",
     "Decode it at the desk, not over the radio."),
]


def build(rng, reg, next_id):
    recs = []
    for name in ENCODINGS:
        family, rule, _fn = ENCODINGS[name]
        for j in range(3):
            tname, _desc, gen, what = EV_TYPES[j]
            wname, intro, remark = WORDINGS[j]
            for _ in range(200):
                plain = gen(rng)
                run = encode(name, plain)
                if (plain not in run and run == run.strip() and reg.ok(plain) and reg.ok(run)
                        and plain != run):
                    break
            else:
                raise RuntimeError("no usable plain for " + name)
            reg.add(plain)
            reg.add(run)
            head = intro.format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + remark
            s = len(head)
            rid = next_id()
            recs.append({"id": rid, "type": tname, "container": name + "__" + wname, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": name}],
                         "source": "evasion", "encoding": name})
    return recs
