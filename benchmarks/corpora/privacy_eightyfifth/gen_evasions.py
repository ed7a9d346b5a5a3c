"""Evasions: 22 encodings x 3 wordings."""
import random
from common import *
from enc85 import ENC, PHRASE
import gen_everyday

WORDINGS = {
 "gis_desk_ticket_reply": ("Ticket GIS-%d (GeoServer layer auth). So the scanner on the docs repo stays quiet, here is the %s %s:\n", "\nDecode it locally and delete this comment afterwards."),
 "field_survey_radio_log": ("Radio log, crew %d, base on pillar 7. Office read back the %s %s:\n", "\nCrew confirmed, over."),
 "map_tile_pipeline_pr_note": ("PR #%d tile pipeline: reviewer asked where the %s came from, so it is pasted %s:\n", "\nRotate after merge."),
}
TYPES = ["postgis_role_password", "survey_sftp_password", "geocoder_backend_api_key", "drone_fleet_api_token",
         "osm_oauth2_bearer_token", "gis_ci_github_token"]
LOWER_SAFE = {"postgis_role_password", "survey_sftp_password", "geocoder_backend_api_key"}


def build(reg, seed=8505):
    r = random.Random(seed)
    out = []
    i = 0
    for enc in sorted(ENC):
        for w in sorted(WORDINGS):
            t = TYPES[i % len(TYPES)]
            i += 1
            if enc == "morse_code_dots_dashes" and t not in LOWER_SAFE:
                t = "geocoder_backend_api_key"
            fn = gen_everyday.TYPES[t][0]
            for _ in range(50):
                plain = fn(r)
                if enc == "morse_code_dots_dashes":
                    plain = plain.lower()
                if plain in reg.seen or plain == plain[::-1]:
                    continue
                head, tail = WORDINGS[w]
                run = ENC[enc](plain)
                pre = head % (r.randint(100, 999), t.replace("_", " "), PHRASE[enc])
                text = pre + run + tail
                if plain in text:
                    continue
                reg.seen.add(plain)
                break
            else:
                raise RuntimeError("no plain")
            out.append({"encoding": enc, "type": t, "container": enc + "__" + w, "text": text,
                        "start": len(pre), "end": len(pre) + len(run), "plain": plain, "run": run})
    return out
