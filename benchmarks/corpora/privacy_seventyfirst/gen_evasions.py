"""66 evasions: 22 encodings x 3 wordings."""
import random
from common import owner_pw, shape
from encodings71 import ENC

TYPES = {
    "database_password": ("pw",),
    "github_personal_access_token": ("pre", "ghp_", "alnum", 36),
    "hl7_interface_engine_password": ("pw",),
    "pacs_dicom_node_admin_password": ("pw",),
    "ehr_fhir_client_secret": ("b64u", 32),
    "edc_study_api_token": ("HEX", 32),
}
LABEL = {"database_password": "the reporting database password", "github_personal_access_token": "the GitHub token for the interface repo",
         "hl7_interface_engine_password": "the interface engine admin password", "pacs_dicom_node_admin_password": "the PACS node admin password",
         "ehr_fhir_client_secret": "the FHIR client secret", "edc_study_api_token": "the EDC study API token"}
WORDINGS = {
    "pharmacy_night_shift_handover_note": ("Night shift handover – pharmacy informatics\nVendor call at 03:10 went fine. {what} is written {phrase}:\n", "\nDo not paste it into the shift log again."),
    "lis_vendor_support_mail_reply": ("Hello,\nas requested, here is {what}, sent {phrase}:\n", "\nPlease confirm once the analyzer link is green. Regards, LIS support"),
    "trial_site_coordinator_chat_recap": ("Recap from the site coordinators chat (study CT-{n}): {what}, shared {phrase}:\n", "\nRotate it after the monitoring visit."),
}


def generate(pool, seed=7105):
    r = random.Random(seed)
    out = []
    types = sorted(TYPES)
    i = 0
    for enc in sorted(ENC):
        for w in sorted(WORDINGS):
            t = types[i % len(types)]; i += 1
            for _ in range(50):
                plain = pool.draw(lambda: shape(r, TYPES[t]))
                phrase, run = ENC[enc](plain)
                pre, post = WORDINGS[w]
                pre = pre.format(what=LABEL[t], phrase=phrase, n=r.randint(100, 999))
                text = pre + run + post
                if plain not in text:
                    break
            s = len(pre)
            out.append(("evasion", t, enc + "__" + w, text,
                        [{"value": run, "start": s, "end": s + len(run), "type": t, "plain": plain, "encoding": enc}], enc))
    return out
