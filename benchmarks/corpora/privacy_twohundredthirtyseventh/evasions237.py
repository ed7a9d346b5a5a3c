"""Evasion records: 22 encodings x 3 secret types."""
import random
import re

from common237 import ALNUM, LALNUM, MARK, owner_password, place, rstr
from enc237 import ENCODINGS, RULES, enc

SEED = 23705
TYPES = [
    ("reception_evasion_front_desk_pc_password", "the front-desk PC password",
     "owner-chosen password of the practice's front-desk PC (joiners - _ . only)"),
    ("xray_evasion_sensor_service_code", "the service code of the X-ray sensor bridge",
     "`xsc_` + 16 base62; code that unlocks the service menu of the intraoral X-ray sensor bridge (prefix invented)"),
    ("lab_evasion_portal_api_token", "the lab portal API token",
     "`dlp-` + 20 lower-case alphanumerics; API token of the dental lab's case portal (prefix invented)"),
]
PLAIN_RE = {
    "reception_evasion_front_desk_pc_password": re.compile(r"^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$"),
    "xray_evasion_sensor_service_code": re.compile(r"^xsc_[A-Za-z0-9]{16}$"),
    "lab_evasion_portal_api_token": re.compile(r"^dlp-[a-z0-9]{20}$"),
}
WORDINGS = [
    ("waiting_room_puzzle_card", "Puzzle card pinned in the waiting room – {what}, written {rule}",
     "First patient to crack it wins a whitening voucher (the card was meant for staff only)."),
    ("staff_room_whiteboard_riddle", "Staff-room whiteboard, Friday riddle: {what}, written {rule}",
     "Wipe it off before the practice inspection on Monday."),
    ("lab_bench_quiz_slip", "Slip taped under the lab bench: {what}, written {rule}",
     "Ask Tom if you get stuck; do not photograph this slip."),
]


def gen_plain(tname, rng):
    if tname == "reception_evasion_front_desk_pc_password":
        return owner_password(rng, strict=True)
    if tname == "xray_evasion_sensor_service_code":
        return "xsc_" + rstr(rng, ALNUM, 16)
    return "dlp-" + rstr(rng, LALNUM, 20)


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, encname in enumerate(ENCODINGS):
        for j, (tname, what, _desc) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            while True:
                plain = gen_plain(tname, rng)
                run = enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            head = intro.format(what=what, rule=RULES[encname])
            tpl = head + ":\n" + MARK + "\n" + remark + "\n"
            text, s, e = place(tpl, run)
            recs.append({"type": tname, "container": encname + "__" + wname, "encoding": encname, "text": text,
                         "secrets": [{"value": run, "start": s, "end": e, "type": tname, "plain": plain,
                                      "encoding": encname}], "source": "evasion"})
    return recs
