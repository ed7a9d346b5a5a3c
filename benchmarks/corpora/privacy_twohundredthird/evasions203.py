"""Evasion records: 22 encodings x 3 secret types."""
import random

from common203 import SEEDS, B62, LOWALNUM, owner_password, rs, PREFIX
from enc203 import ENCODINGS, enc

TYPES = [
    ("studio_evasion_kiln_room_pc_password", "the kiln-room PC password",
     "owner-chosen password of the kiln-room PC (joiners - _ . only)", lambda r: owner_password(r, True)),
    ("studio_evasion_gas_valve_override_code", "the gas-furnace valve override code",
     "`gvo_` + 16 base62, override code of the glass furnace's gas valve controller (prefix invented)",
     lambda r: "gvo_" + rs(r, B62, 16)),
    ("studio_evasion_door_panel_master_token", "the door panel master token",
     "`dpm-` + 20 lower-case alphanumerics, master token of the open-access door panel (prefix invented)",
     lambda r: "dpm-" + rs(r, LOWALNUM, 20)),
]
WORDINGS = [
    ("pottery_guild_newsletter_puzzle", "Guild newsletter puzzle corner – {what}, written {rule}",
     "First correct answer to the studio desk wins a bag of grog."),
    ("glass_studio_quiz_night_card", "Quiz night, card 7: here is {what}, {rule}",
     "Shout it out, then the card goes back in the box."),
    ("forge_open_day_treasure_clue", "Open-day treasure clue for the smiths: {what} is hidden below, {rule}",
     "Decode it at the anvil and show it to whoever is on the door."),
]


def generate(reg):
    rng = random.Random(SEEDS["evasions"])
    recs = []
    n = 1
    for ei, (ename, family, rule) in enumerate(ENCODINGS):
        for ti, (tname, what, desc, gen) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(ei + ti) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if reg.ok(plain) and reg.ok(run) and plain != run:
                    reg.add(plain)
                    reg.add(run)
                    break
            else:
                raise RuntimeError("no evasion plain for " + ename)
            head = intro.format(what=what, rule=rule) + ":\n"
            text = head + run + "\n" + remark + "\n"
            s = len(head)
            recs.append({"id": "%s-e-%04d" % (PREFIX, n), "type": tname, "container": ename + "__" + wname,
                         "encoding": ename, "text": text,
                         "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                      "plain": plain, "encoding": ename}],
                         "source": "evasion"})
            n += 1
    return recs
