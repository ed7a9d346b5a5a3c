"""Evasion source: 22 encodings x 3 secret types."""
import random

from common227 import ALNUM, LALNUM, owner_password, rs
from enc227 import ENCODINGS, enc

SEED = 22705
TYPES = [
    ("sign_evasion_shop_pc_password", "owner-chosen password of the sign-shop office PC (joiners - _ . only)",
     lambda rng: owner_password(rng, strict=True)),
    ("led_evasion_panel_service_code", "`lsc_` + 16 base62; service code that unlocks the LED panel's engineering "
     "menu (prefix invented)", lambda rng: "lsc_" + rs(rng, ALNUM, 16)),
    ("engraver_evasion_interlock_token", "`eit-` + 20 lower-case alphanumerics; token that bypasses the laser "
     "engraver's lid interlock on the test bench (prefix invented)", lambda rng: "eit-" + rs(rng, LALNUM, 20)),
]
WORDINGS = [
    ("sign_shop_tea_break_puzzle", "Tea-break puzzle for the workshop – here is the {what}, {rule}",
     "First one to log in buys the biscuits."),
    ("vinyl_supplier_quiz_card", "Quiz card from the vinyl rep's visit – the {what}, {rule}",
     "Keep the card in the drawer, not on the noticeboard."),
    ("install_van_riddle_note", "Note left on the van dashboard – the {what}, {rule}",
     "Ask Dean if you get stuck."),
]
WHAT = {
    "sign_evasion_shop_pc_password": "office PC password",
    "led_evasion_panel_service_code": "LED panel service code",
    "engraver_evasion_interlock_token": "engraver interlock token",
}


def build(registry, next_id, hidden_plains):
    rng = random.Random(SEED)
    recs = []
    for i, (encname, family, rule) in enumerate(ENCODINGS):
        for j, (typ, desc, gen) in enumerate(TYPES):
            wname, intro, remark = WORDINGS[(i + j) % 3]
            for _ in range(200):
                plain = gen(rng)
                run = enc(encname, plain, rng)
                if plain in run or run == plain or run != run.strip():
                    continue
                if not registry.ok(plain) or not registry.ok(run):
                    continue
                registry.add(plain)
                registry.add(run)
                break
            else:
                raise RuntimeError("no evasion plain for %s" % encname)
            hidden_plains.append(plain)
            head = intro.format(what=WHAT[typ], rule=rule)
            text = head + ":\n" + run + "\n" + remark
            start = len(head) + 2
            recs.append({
                "id": next_id(),
                "type": typ,
                "container": "%s__%s" % (encname, wname),
                "encoding": encname,
                "text": text,
                "secrets": [{"value": run, "start": start, "end": start + len(run), "type": typ,
                             "plain": plain, "encoding": encname}],
                "source": "evasion",
            })
    return recs
