"""Evasions: 22 encodings x 3 secret types."""
import random

from common205 import ALNUM, LOWER_ALNUM, owner_password, rs, record
import enc205

SEED = 20505
TYPES = [
    ("farmshop_evasion_counter_pc_password",
     "owner-chosen password of the shop's counter PC (joiners - _ . only)", "the counter PC password"),
    ("farmshop_evasion_cold_room_alarm_code",
     "`cra_` + 16 base62, disarm code of the cold-room door alarm's service mode (prefix invented)",
     "the cold-room alarm service code"),
    ("farmshop_evasion_scale_service_pin_token",
     "`ssp-` + 20 lower-case alphanumerics, service-menu token of the counter scales (prefix invented)",
     "the scale service-menu token"),
]
WORDINGS = {
    "butchers_newsletter_puzzle": ("Puzzle corner in this week's butchers' newsletter: {what}, written {rule}",
                                   "First correct answer at the counter wins a pound of sausages."),
    "farm_shop_chalkboard_riddle": ("Chalked on the back-room board for the Saturday team – {what}, written {rule}",
                                    "Rub it off once you've logged in."),
    "fish_market_quiz_slip": ("Quiz slip pinned by the ice table: {what}, written {rule}",
                              "Answers to the market manager, not the group chat."),
}
WORDING_NAMES = list(WORDINGS)


def plain_for(tidx, rng):
    if tidx == 0:
        return owner_password(rng, strict=True)
    if tidx == 1:
        return "cra_" + rs(rng, ALNUM, 16)
    return "ssp-" + rs(rng, LOWER_ALNUM, 20)


def generate(reg, next_id):
    rng = random.Random(SEED)
    out = []
    for ei, name in enumerate(enc205.ORDER):
        rule = enc205.RULES[name][1]
        for tidx, (tname, _desc, what) in enumerate(TYPES):
            wording = WORDING_NAMES[(ei + tidx) % 3]
            for _ in range(200):
                plain = plain_for(tidx, rng)
                run = enc205.enc(name, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run:
                    continue
                if not reg.ok(plain) or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            else:
                raise RuntimeError("no evasion plain for " + name)
            intro, remark = WORDINGS[wording]
            head = intro.format(what=what, rule=rule)
            text = f"{head}:\n{run}\n{remark}"
            start = len(head) + 2
            rec = record(next_id(), tname, f"{name}__{wording}", text, start, start + len(run), run, "evasion",
                         plain=plain, encoding=name)
            rec = {"id": rec["id"], "type": tname, "container": rec["container"], "encoding": name,
                   "text": text, "secrets": rec["secrets"], "source": "evasion"}
            out.append(rec)
    return out
