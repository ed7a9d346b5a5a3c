"""Evasions: 22 notations x 3, rule stated before the run."""
from common118 import Gen, rec, LOW, DIG, ALNUM
import enc118
TYPES = [("wxdev_evasion_radar_feed_key", "radar feed key", lambda g: g.hex(32)),
         ("wxdev_evasion_hpc_login_password", "HPC login password", lambda g: g.pw()),
         ("wxdev_evasion_gauge_api_token", "gauge API token", lambda g: g.s(26))]
WORDINGS = [
 ("forecast_desk_puzzle_aside", "Little puzzle for the night shift: the {what} for {h} is written {rule}:\n", "\nSolve it before 06Z, the model run needs it."),
 ("hydrology_wiki_decoding_note", "Note (hydrology wiki, restricted page). So it does not show up in plain text, the {what} is given {rule}:\n", "\nDecode by hand; do not paste the result back here."),
 ("storm_chaser_forum_cipher_post", "Re: ingest box access. Sent you the {what} {rule}:\n", "\nYou know the trick, reply when you are in."),
]

def build(rng):
    g = Gen(rng)
    out = []
    for i, enc in enumerate(enc118.RULES):
        for j in range(3):
            tname, what, mk = TYPES[(i + j) % 3]
            wname, lead, tail = WORDINGS[j]
            plain = mk(g)
            run = enc118.e(enc, plain)
            head = lead.format(what=what, h=g.host(), rule=enc118.RULES[enc])
            text = head + run + tail
            r = rec("", tname, enc + "__" + wname, text, len(head), len(head) + len(run), "evasion",
                    plain=plain, encoding=enc)
            r["encoding"] = enc
            r["secrets"][0]["encoding"] = enc
            r = {k: r[k] for k in ("id", "type", "container", "encoding", "text", "secrets", "source")}
            out.append(r)
    return out, [t for t, _, _ in TYPES], [w for w, _, _ in WORDINGS]
