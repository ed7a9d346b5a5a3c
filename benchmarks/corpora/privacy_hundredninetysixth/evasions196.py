"""Evasions: 22 encodings x 3 records."""
import random

from common196 import MARK, SEEDS, BASE62, LOWALNUM, rs, password, place, span
from enc196 import ENCODINGS, RULES

TYPES = [
    ("cowork_evasion_reception_pc_password", "owner-chosen password of the reception PC (joiners - _ . only)",
     lambda r: password(r, strict=True), "the reception PC password"),
    ("cowork_evasion_door_api_key", "`dak_` + 16 base62, key of the door-access bridge API (prefix invented)",
     lambda r: "dak_" + rs(r, BASE62, 16), "the door bridge key"),
    ("cowork_evasion_wifi_admin_token", "`gwa-` + 20 lower-case alphanumerics, admin token of the guest Wi-Fi portal (prefix invented)",
     lambda r: "gwa-" + rs(r, LOWALNUM, 20), "the guest Wi-Fi admin token"),
]
WORDINGS = [
    ("member_newsletter_brain_teaser", "Brain teaser of the month – {what} is written {rule}", "First member to log in with it wins a free day pass."),
    ("community_board_riddle_card", "Pinned on the community board: {what}, {rule}", "Don't tell the night manager we left this up."),
    ("onboarding_escape_room_clue", "Escape-room clue #{n} for the new hosts: {what} appears {rule}", "Decode it, then shred this card."),
]


def generate(reg):
    rng = random.Random(SEEDS["evasions"])
    recs = []
    n = 0
    for enc in sorted(ENCODINGS):
        fn = ENCODINGS[enc]
        for j in range(3):
            typ, _d, gen, what = TYPES[j]
            wname, intro, remark = WORDINGS[j]
            for _ in range(200):
                plain = gen(rng)
                run = fn(plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("evasion draw failed for " + enc)
            n += 1
            head = intro.format(what=what, rule=RULES[enc], n=n)
            tpl = head + ":\n" + MARK + "\n" + remark
            text, s, e = place(tpl, run)
            recs.append({"type": typ, "container": "%s__%s" % (enc, wname), "encoding": enc, "text": text,
                         "secrets": [span(text, s, e, typ, plain=plain, encoding=enc)], "source": "evasion"})
    return recs
