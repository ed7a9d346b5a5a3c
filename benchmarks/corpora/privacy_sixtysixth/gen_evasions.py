"""Evasions: 22 new encodings x 3 new wordings; each text names the encoding before the run."""
import random
from common import PFX, password, pick, ALNUM, LOWER, DIG
from gen_encodings import enc

TYPES = ["rtmp_ingest_stream_key", "srt_caller_passphrase", "database_password",
         "newsroom_cms_service_password", "github_personal_access_token", "wire_feed_ftp_password"]


def plain_for(t, rng):
    if t == "rtmp_ingest_stream_key":
        return "-".join(pick(rng, LOWER + DIG, 4) for _ in range(5))
    if t == "srt_caller_passphrase":
        return pick(rng, ALNUM, 20)
    if t == "github_personal_access_token":
        return "ghp_" + pick(rng, ALNUM, 36)
    return password(rng)


WORDINGS = {
    "mcr_engineer_handover_note": ("MCR handover, {t} shift. Backup encoder is configured; the {what} is below, {phrase}:\n",
                                   "\nDecode it on the box, not in the shared log."),
    "freelancer_voice_note_transcript": ("Transcript of voice note from the freelance shooter: \"So the {what} — I put it {phrase}:\n",
                                         "\n— okay, ring me if the upload still fails.\""),
    "wire_desk_correction_memo": ("CORRECTION MEMO (wire desk). The {what} in yesterday's memo was wrong; the right one follows {phrase}:\n",
                                  "\nPlease destroy the earlier printout."),
}
WHAT = {"rtmp_ingest_stream_key": "RTMP stream key for the backup ingest", "srt_caller_passphrase": "SRT caller passphrase",
        "database_password": "database password for the rundown server", "newsroom_cms_service_password": "CMS service-account password",
        "github_personal_access_token": "GitHub token for the graphics repo", "wire_feed_ftp_password": "wire-feed FTP password"}


def generate(taken, seed=6605):
    rng = random.Random(seed)
    out = []
    n = 0
    wl = list(WORDINGS)
    for ei, name in enumerate(enc):
        for wi, w in enumerate(wl):
            t = TYPES[n % len(TYPES)]
            while True:
                plain = plain_for(t, rng)
                if any(plain in x or x in plain for x in taken):
                    continue
                run, phrase = enc[name](plain, rng)
                head, tail = WORDINGS[w]
                pre = head.format(t="%02d:00" % rng.choice([6, 14, 22]), what=WHAT[t], phrase=phrase)
                text = pre + run + tail
                if plain in text or run != run.strip() or text.count(run) != 1:
                    continue
                break
            taken.add(plain)
            n += 1
            s = len(pre)
            out.append({"id": "%s-e-%04d" % (PFX, n), "type": t, "container": "%s__%s" % (name, w), "text": text,
                        "encoding": name,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": name}],
                        "source": "evasion"})
    return out
