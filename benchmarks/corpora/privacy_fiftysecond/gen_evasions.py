"""Evasions: 22 encodings x 3 insider wordings; each text names the encoding before the value."""
import random
from common import s, hx, fill, Filler, ALNUM
from gen_encodings import ENC, PHRASE, HOMO, B45

SEED = 5205
A = "\u27e6S\u27e7"
PLAIN_ALPHA = ALNUM + "_-"
TYPES = [
 ("database_password", "the prod DB password", lambda r: s(r, 7) + r.choice("_-") + s(r, 7)),
 ("datadog_api_key", "the Datadog API key", lambda r: hx(r, 32)),
 ("github_personal_access_token", "my GitHub token", lambda r: "ghp_" + s(r, 36)),
 ("jwt_signing_secret", "the JWT signing secret", lambda r: s(r, 40, PLAIN_ALPHA)),
 ("smtp_password", "the SMTP relay password", lambda r: s(r, 6) + "-" + s(r, 8)),
 ("twilio_auth_token", "the Twilio auth token", lambda r: hx(r, 32)),
]
WORDINGS = {
 "insider_dm_to_contractor": lambda f, d, ph, run: "DM to @%s (personal): here is %s %s \u2192 %s  (delete after use, the filter only looks for the normal form)" % (f.user(), d, ph, run),
 "red_team_engagement_log": lambda f, d, ph, run: "[%s] exfil test %s: staged %s %s, see below.\n\n    %s\n\nDLP did not fire." % (f.ts(), f.case(), d, ph, run),
 "bug_bounty_triage_comment": lambda f, d, ph, run: "Triage note #%s: reporter shows an employee smuggled %s out of the chat %s: `%s` \u2013 confirmed valid, P2." % (f.num(), d, ph, run),
}
LAYOUT = {"insider_dm_to_contractor": "arrow_inline_run", "red_team_engagement_log": "indented_block_below",
          "bug_bounty_triage_comment": "backtick_inline_run"}
VIG_KEYS = ["ROGUE", "BEACON", "PIVOT", "LOOT", "SHADOW", "RELAY", "IMPLANT", "TOKEN"]


def param(r, enc, plain):
    if enc == "vigenere_keyword_shift":
        return r.choice(VIG_KEYS)
    if enc == "caesar_alnum_ring_shift":
        return r.choice([k for k in range(3, 60) if k != 31])
    if enc == "interleaved_decoy_characters":
        return s(r, len(plain))
    return None


def ok(enc, plain, run):
    if plain in run:
        return False
    if enc == "cyrillic_homoglyph_swap" and not any(c in HOMO for c in plain):
        return False
    if run != run.strip():
        return False
    return True


def generate():
    r = random.Random(SEED)
    f = Filler(r)
    recs = []
    i = 0
    for enc in sorted(ENC):
        for w in WORDINGS:
            t, desc, gen = TYPES[i % len(TYPES)]; i += 1
            while True:
                plain = gen(r)
                k = param(r, enc, plain)
                run = ENC[enc](plain, k)
                if ok(enc, plain, run):
                    break
            shown = A
            if enc in ("unicode_tag_characters", "zero_width_bit_string"):
                shown = "[" + A + "]"
            tpl = WORDINGS[w](f, desc, PHRASE[enc](k), shown)
            text, spans = fill(tpl, {"S": (run, t)})
            for sp in spans:
                sp["plain"] = plain; sp["encoding"] = enc
            recs.append({"type": t, "container": enc + "__" + w, "encoding": enc, "text": text,
                         "secrets": spans, "source": "evasion", "_layout": LAYOUT[w]})
    return recs
