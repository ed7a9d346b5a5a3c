"""Evasions: 22 encodings x 3 secret types."""
import random

from common242 import ALNUM, LOWER_ALNUM, rs, world_password
import enc242

SEED = 24205

TYPES = [
    ("parlour_office_evasion_password", "the parlour office PC password",
     "owner-chosen password of the parlour office PC (joiners - _ . only)"),
    ("blast_freezer_evasion_service_code", "the blast freezer's engineer code",
     "`bfs_` + 16 base62; service code that unlocks the engineer menu of the blast freezer (prefix invented)"),
    ("pint_shop_evasion_api_token", "the pint shop's API token",
     "`pst-` + 20 lower-case alphanumerics; API token of the pint-delivery shop (prefix invented)"),
]
WORDINGS = [
    ("cone_sleeve_riddle", "Riddle printed inside a cone sleeve for the staff: {what} is written {rule}",
     "First one to crack it gets a free double scoop."),
    ("freezer_door_puzzle_card", "Card taped inside the freezer door: {what} is written {rule}",
     "Only for whoever opens the lab on Sunday."),
    ("van_menu_board_quiz", "Quiz on the back of the van's menu board: {what} is written {rule}",
     "Drivers only, do not read it out at the hatch."),
]


def gen_plain(j, rng):
    if j == 0:
        return world_password(rng, strict=True)
    if j == 1:
        return "bfs_" + rs(rng, ALNUM, 16)
    return "pst-" + rs(rng, LOWER_ALNUM, 20)


def build(registry, next_id):
    rng = random.Random(SEED)
    recs = []
    for i, enc in enumerate(enc242.NAMES):
        for j, (typ, what, _) in enumerate(TYPES):
            wname, lead, remark = WORDINGS[(i + j) % 3]
            while True:
                plain = gen_plain(j, rng)
                run = enc242.enc(enc, plain, rng)
                if (plain in run or run == plain or run != run.strip() or "\n" in run
                        or not registry.ok(plain)):
                    continue
                if not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            text = lead.format(what=what, rule=enc242.RULES[enc]) + ":\n" + run + "\n" + remark + "\n"
            start = text.index(run)
            recs.append({
                "id": next_id(),
                "type": typ,
                "container": enc + "__" + wname,
                "encoding": enc,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                             "plain": plain, "encoding": enc}],
                "source": "evasion",
            })
    return recs
