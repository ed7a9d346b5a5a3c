"""Evasions: 22 encodings x 3 secret types; the span is the whole encoded run."""
import random

from common204 import B62, LOWER_ALNUM, MARK, password, record, rs
from enc204 import ENCODINGS, enc

SEED = 20405
TYPES = [
    ("ferry_evasion_bridge_laptop_password", "owner-chosen password of the bridge laptop (joiners - _ . only)",
     lambda r: password(r, strict=True), "the bridge laptop password"),
    ("ferry_evasion_gangway_gate_key", "`ggk_` + 20 base62, key that opens the passenger gangway gate controller (prefix invented)",
     lambda r: "ggk_" + rs(r, B62, 20), "the gangway gate key"),
    ("ferry_evasion_pilot_ladder_code", "`plc-` + 16 lower-case alphanumerics, code of the pilot-ladder winch panel (prefix invented)",
     lambda r: "plc-" + rs(r, LOWER_ALNUM, 16), "the pilot-ladder panel code"),
]
WORDINGS = [
    ("ferry_crew_newsletter_puzzle", "Crew newsletter puzzle corner: {what} is written below {rule}",
     "First deckhand to type it in correctly gets the galley's last bacon roll."),
    ("harbour_quiz_night_sheet", "Harbour quiz night, round 6 – decode {what}, given {rule}",
     "Answers to the harbourmaster's office by Friday."),
    ("pilot_station_riddle_board", "Pilot station riddle board: {what}, noted {rule}",
     "Wipe the board before the port inspection."),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for ei, (ename, _fam, rule) in enumerate(ENCODINGS):
        for ti, (tname, _desc, gen, what) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(ei + ti) % 3]
            for _ in range(500):
                plain = gen(rng)
                run = enc(ename, plain, rng)
                if (run != plain and plain not in run and run == run.strip()
                        and reg.ok(plain) and reg.ok(run)):
                    break
            else:
                raise RuntimeError("no evasion plain for " + ename)
            reg.add(plain)
            if run != plain:
                reg.add(run)
            tpl = intro.format(what=what, rule=rule) + ":\n" + MARK + "\n" + remark + "\n"
            rec = record(None, tname, ename + "__" + wname, tpl, run, "evasion",
                         encoding=ename, span_extra={"plain": plain, "encoding": ename})
            recs.append(rec)
    return recs
