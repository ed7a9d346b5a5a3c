"""Evasions: 22 encodings x 3 types; each text states its rule, then ':' + newline, the run, a remark."""
import random

from common252 import owner_password, rstr
import enc252
import dec252

SEED = 25205

TYPES = [
    ("refill_room_pc_evasion_password", "owner-chosen password of the refill-room PC (joiners - _ . only)",
     "refill-room PC password"),
    ("cold_store_alarm_evasion_engineer_code", "`csa_` + 16 base62; engineer code that opens the service menu of "
     "the cold-store alarm panel (prefix invented)", "engineer code for the cold-store alarm panel"),
    ("box_route_evasion_api_token", "`brt-` + 24 lower-case alphanumerics; API token of the box-route planner "
     "(prefix invented)", "API token for the box-route planner"),
]
WORDINGS = [
    ("packing_shed_chalkboard_riddle", "Chalkboard riddle in the packing shed - whoever cracks it gets the {thing}, "
     "given {rule}", "Wipe the board once you are in."),
    ("coop_newsletter_puzzle_corner", "Puzzle corner (tech volunteers only): this month's prize is the {thing}, given "
     "{rule}", "Answers to the office, please, not the WhatsApp group."),
    ("refill_till_receipt_back", "Back of a till receipt, for whoever covers Saturday: the {thing}, given {rule}",
     "- Ifeoma (shred this after)"),
]


def gen_plain(ti, rng):
    if ti == 0:
        return owner_password(rng, strict=True)
    if ti == 1:
        return "csa_" + rstr(rng, "an", 16)
    return "brt-" + rstr(rng, "lan", 24)


def wording_index(ei, ti):
    return (2 * ei + ti) % 3


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for ti, (tname, _d, thing) in enumerate(TYPES):
        for ei, name in enumerate(enc252.ENCODINGS):
            wname, lead, remark = WORDINGS[wording_index(ei, ti)]
            for _ in range(200):
                plain = gen_plain(ti, rng)
                run = enc252.enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if dec252.decode(name, run) != plain:
                    continue
                if reg.ok(plain) and reg.ok(run):
                    break
            else:
                raise RuntimeError("no evasion draw for %s/%s" % (tname, name))
            reg.add(plain)
            reg.add(run)
            head = lead.format(thing=thing, rule=enc252.RULES[name])
            text = head + ":\n" + run + "\n" + remark
            start = len(head) + 2
            recs.append({"id": None, "type": tname, "container": "%s__%s" % (name, wname), "encoding": name,
                         "text": text,
                         "secrets": [{"value": run, "start": start, "end": start + len(run), "type": tname,
                                      "plain": plain, "encoding": name}],
                         "source": "evasion"})
    # order: encoding-major, like the rule table
    recs.sort(key=lambda r: (enc252.ENCODINGS.index(r["encoding"]), [t[0] for t in TYPES].index(r["type"])))
    return recs
