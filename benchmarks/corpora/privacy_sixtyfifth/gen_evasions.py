"""Evasions: 22 encodings x 3 wordings; the naming phrase precedes the encoded run."""
import random
from common import *
import gen_encodings, gen_everyday

SEED = 6505
ETYPES = ["database_password", "github_personal_access_token", "ntrip_caster_password", "hil_bench_admin_password",
          "robot_fleet_api_token", "smtp_password"]
WORDINGS = {
    "flight_test_debrief_chat": ("[debrief FT-{N}] {U}: the uploader credential ({t}) is below, {P}:\n", "\n[debrief FT-{N}] {U}: decode it yourself, not pasting it plain here."),
    "hil_bench_shift_log_entry": ("SHIFT LOG rig-3 #{N} / {U}\nNight shift needs the {t}; I wrote it {P}:\n", "\nDo not copy it into the ALM ticket."),
    "supplier_8d_report_comment": ("8D report D{N}, containment step (comment by {U}):\nTo reach the line PC the supplier needs the {t}, given {P}:\n", "\nPlease rotate after the audit."),
}


def build(pool):
    rng = random.Random(SEED)
    out = []
    wl = list(WORDINGS)
    k = 0
    for name in gen_encodings.NAMES:
        for j in range(3):
            w = wl[j]
            t = ETYPES[k % len(ETYPES)]; k += 1
            gen = gen_everyday.TYPES[t][0]
            for _ in range(100):
                plain = pool.draw(rng, gen)
                phrase, run = gen_encodings.enc(name, plain, rng)
                f = fill(rng)
                head = WORDINGS[w][0].format(N=f["N"], U=f["U"], t=t.replace("_", " "), P=phrase)
                tail = WORDINGS[w][1].format(N=f["N"], U=f["U"])
                text = head + run + tail
                if run == run.strip() and plain not in text and count_overlapping(text, run) == 1 \
                        and all(c in AN + "_.-" for c in plain):
                    break
                pool.vals.remove(plain)
            else:
                raise RuntimeError(name)
            out.append(dict(type=t, container=name + "__" + w, text=text, value=run, source="evasion",
                            plain=plain, encoding=name, start=len(head)))
    return out
