"""Evasions: 33 new encodings x 3 wordings, one span each with plain / encoding (/ encoding_key)."""
import random
from common import Gen, render
from gen_encodings import ENC
import gen_everyday

SEED = 27005

WORDINGS = {
    "pastebin_note_to_self": "note to self, do not paste raw: the «ctype» for the staging box, «phrase»:\n«lead»«enc»\n(decode before use)\n",
    "shift_handover_email": "Subject: night shift handover\n\nHi Sam,\n\nthe «ctype» for the nightly import is below, «phrase}, so the repo scanner leaves it alone:\n\n«lead»«enc»\n\nCheers,\nLee\n",
    "matrix_dm_quick_reply": "[09:14] lee: here is the «ctype» «phrase}: «lead»«enc»\n[09:15] sam: got it, decoding now 👍\n",
}
KEYWORDS = ["lantern", "harbour", "copper", "juniper", "falcon", "meridian", "orchid", "tundra", "quartz", "saffron"]
HEX_TYPES = ["datadog_api_key", "twilio_auth_token"]


def build(used):
    rng = random.Random(SEED)
    g = Gen(rng, used)
    tys = [t for t in gen_everyday.types() if not t[0].endswith("_url_password") and t[0] not in
           ("mongodb_srv_uri_password", "slack_incoming_webhook_url", "openai_project_api_key", "anthropic_api_key",
            "stripe_live_secret_key", "stripe_restricted_key", "azure_storage_account_key")]
    recs = []
    tcount = {t[0]: 0 for t in tys}
    for enc in sorted(ENC):
        fn, phrase, keyed = ENC[enc]
        for w in sorted(WORDINGS):
            cands = [t for t in tys if t[0] in HEX_TYPES] if enc == "morse_code_itu" else tys
            m = min(tcount[t[0]] for t in cands)
            name, _, vf = rng.choice([t for t in cands if tcount[t[0]] == m])
            tcount[name] += 1
            plain = vf(g)[0][0]
            key = None
            if keyed:
                if enc == "rail_fence_zigzag_keyed":
                    key = str(rng.randint(3, 5))
                elif enc == "beaufort_letters_keyed":
                    key = rng.choice(KEYWORDS).upper()
                elif enc == "rc4_hex_keyed":
                    key = rng.choice(KEYWORDS) + "-" + rng.choice(KEYWORDS) + str(rng.randint(10, 99))
                else:
                    key = rng.choice(KEYWORDS) + str(rng.randint(10, 99))
            if enc == "decoy_char_after_each":
                encoded = fn(plain, key, rng=rng)
            else:
                encoded = fn(plain, key)
            ph = phrase.replace("{key}", key) if keyed else phrase
            lead = "🙂" if enc == "variation_selector_byte_smuggling" else ""
            tpl = WORDINGS[w].replace("«phrase}", "«phrase»")
            text, spans = render(tpl, {"ctype": name.replace("_", " "), "phrase": ph, "lead": lead, "enc": [(encoded, name)]})
            sp = spans[0]
            sp["plain"] = plain
            sp["encoding"] = enc
            if keyed:
                sp["encoding_key"] = key
            recs.append(("evasion", enc + "__" + w, text, spans, enc))
    return recs
