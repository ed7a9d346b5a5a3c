"""66 evasions: 22 encodings x 3, encoding named before the value."""
import random
from common import *
from gen_encodings import ENC, ALNUM_ONLY
from gen_everyday import TYPES

WORDINGS = [
    ("drone_club_discord_dm", "hey, so the field laptop's {L} is below, {P}"),
    ("firmware_team_standup_note", "Standup note: rotated the {L} for the bench rig; per our rule it is written {P}"),
    ("printer_farm_shift_handover", "Shift handover (print farm): the {L} for the slicer box, {P}"),
]
LAYOUTS = ["after_double_colon_same_line", "blank_line_then_block", "backtick_wrapped_inline"]
ETYPES = ["database_password", "smtp_password", "wifi_network_passphrase", "twilio_auth_token", "datadog_api_key", "jwt_signing_secret"]


def build(pool, idx):
    rng = random.Random(4205)
    recs, layouts = [], {}
    for ename in sorted(ENC):
        for j in range(3):
            t = ETYPES[(len(recs) + j) % len(ETYPES)]
            gen = TYPES[t][3]
            if ename in ALNUM_ONLY or t in ("database_password", "smtp_password", "wifi_network_passphrase"):
                gen = lambda r: alnum_password(r)
            plain = pool.take(rng, gen)
            phrase, enc = ENC[ename](plain, rng)
            wname, wt = WORDINGS[j]
            lay = LAYOUTS[(len(recs) // 3 + j) % 3]
            layouts[lay] = layouts.get(lay, 0) + 1
            head = sub(wt, L=TYPES[t][1], P=phrase)
            if lay == "after_double_colon_same_line":
                tpl = head + " :: " + MARK + "\n"
            elif lay == "blank_line_then_block":
                tpl = head + ".\n\n" + MARK + "\n\n(ask me if it doesn't work)\n"
            else:
                tpl = head + ": `" + MARK + "` thanks!\n"
            rec = positive("p42-e-%04d" % idx[0], t, ename + "__" + wname, tpl, enc, "evasion")
            rec["encoding"] = ename
            rec["secrets"][0]["plain"] = plain
            rec["secrets"][0]["encoding"] = ename
            recs.append(rec)
            idx[0] += 1
    return recs, layouts
