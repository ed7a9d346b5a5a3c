"""Hard negatives of the farrier / vet / livery world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import hmac
import json
import random

from common225 import (ALNUM, B64URL, DIGITS, HEX, LOWALNUM, UPALNUM, UPPER, PW_FORM_IN_TEXT, b64url_nopad,
                       make_jwt, rbytes, rstr, uuid4)

SEED = 22506
HORSES = ["Bramble", "Moss", "Juniper", "Captain", "Willow", "Biscuit", "Rosie", "Duke", "Hazel", "Pip"]


def ean13(body12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def ean13_ok(code):
    return len(code) == 13 and code.isdigit() and ean13(code[:12]) == code


def gb_vat(rng):
    while True:
        d = rstr(rng, DIGITS, 7)
        s = sum(int(x) * w for x, w in zip(d, range(8, 1, -1)))
        chk = (-s) % 97
        if d[0] != "0":
            return d + "%02d" % chk


def gb_vat_ok(v):
    s = sum(int(x) * w for x, w in zip(v[:7], range(8, 1, -1)))
    return (s + int(v[7:])) % 97 == 0


def b64(b):
    return base64.b64encode(b).decode()


# ------------------------------------------------------------------ base kinds
def k_microchip_scan_log(rng):
    lines = ["# chip reader export – Oakvet equine clinic"]
    for _ in range(3):
        chip = rng.choice(["826", "985", "981"]) + rstr(rng, DIGITS, 12)
        lines.append(f"2024-06-{rng.randint(10, 28)} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d} SCAN OK {chip} ({rng.choice(HORSES)}, FDX-B)")
    return "\n".join(lines) + "\n"


def k_vaccination_card_entry(rng):
    chip = "826" + rstr(rng, DIGITS, 12)
    return (f"Horse: {rng.choice(HORSES)}  Microchip: {chip}\nEquine influenza booster – Proteq Flu-Te\n"
            f"Batch {rstr(rng, UPPER, 2)}{rstr(rng, DIGITS, 4)}  Date 2024-06-{rng.randint(10, 28)}  Vet stamp: RCVS {rstr(rng, DIGITS, 7)}\n")


def _ueln(rng):
    return "826" + "0" + rstr(rng, DIGITS, 2) + rstr(rng, UPALNUM, 9)


def k_passport_page_ocr(rng):
    return (f"SECTION I – IDENTIFICATION\nUELN {_ueln(rng)}\nName {rng.choice(HORSES)}   Sex M   Colour BAY\n"
            f"Transponder 826{rstr(rng, DIGITS, 12)}\nIssuing body: Weatherbys (PIO 826012)\n")


def k_ced_lookup_json(rng):
    return json.dumps({"ueln": _ueln(rng), "name": rng.choice(HORSES), "species": "horse",
                       "transponder": "826" + rstr(rng, DIGITS, 12), "pio": "826012",
                       "status": "alive", "lookup_ref": uuid4(rng)}, indent=2) + "\n"


def k_frc_register_extract(rng):
    return (f"Farriers Registration Council – register extract\nName: T. Ashby   Registration no.: {rstr(rng, DIGITS, 5)}\n"
            f"Qualification: DipWCF   Status: Registered Farrier   Renewal ref: FRC-{rstr(rng, DIGITS, 4)}-{rstr(rng, UPPER, 3)}\n")


def k_rcvs_register_card(rng):
    return (f"Dr P. Shah BVetMed MRCVS\nRCVS membership no. {rstr(rng, DIGITS, 7)}\nPractice premises ref. PSS-{rstr(rng, DIGITS, 5)}\n"
            f"Controlled drugs register book {rstr(rng, DIGITS, 3)}/{rstr(rng, DIGITS, 2)}\n")


def _dicom_uid(rng):
    return "1.2.826.0.1.3680043.8.498." + rstr(rng, DIGITS, 20) + "." + str(rng.randint(1, 99))


def k_pacs_study_list_csv(rng):
    rows = ["StudyInstanceUID,AccessionNumber,Patient,Modality,Views"]
    for _ in range(3):
        rows.append(f"{_dicom_uid(rng)},ACC{rstr(rng, DIGITS, 8)},{rng.choice(HORSES)},DX,LF-lat;LF-DP;RF-lat")
    return "\n".join(rows) + "\n"


def k_dicom_header_dump(rng):
    return (f"(0008,0018) UI [{_dicom_uid(rng)}]   # SOPInstanceUID\n(0020,000D) UI [{_dicom_uid(rng)}]   # StudyInstanceUID\n"
            f"(0010,0020) LO [H-{rstr(rng, DIGITS, 5)}]   # PatientID\n(0018,1000) LO [{rstr(rng, UPALNUM, 10)}]   # DeviceSerialNumber\n")


def k_shoe_supplier_invoice_lines(rng):
    rows = ["Item                         EAN            Qty  Price"]
    for item in ["Fronts 5x0 concave 10 pr", "Hinds 6 x 0 steel 10 pr", "E-head nails City 5 250", "Wedge pads 2deg 10"]:
        rows.append(f"{item:<28} {ean13('50' + rstr(rng, DIGITS, 10))}  {rng.randint(1, 6):>3}  £{rng.randint(8, 90)}.{rng.randint(0, 99):02d}")
    return "\n".join(rows) + "\n"


def k_stock_scanner_log(rng):
    return "\n".join(f"[{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}] scanned {ean13('50' + rstr(rng, DIGITS, 10))} -> van stock +{rng.randint(1, 4)}"
                     for _ in range(4)) + "\n"


def k_farrier_invoice_footer(rng):
    return (f"Brookside Farrier Services Ltd · Company no. {rstr(rng, DIGITS, 8)} · VAT reg. GB {gb_vat(rng)}\n"
            f"Sort code and account on request · Invoice FAR-{rstr(rng, DIGITS, 5)} · Terms 14 days\n")


def k_supplier_vat_check_csv(rng):
    rows = ["supplier,vat_number,checked_on,result"]
    for s in ["Forge Supplies UK", "Hoofcare Direct", "Equine Pharmacy Ltd"]:
        rows.append(f"{s},GB{gb_vat(rng)},2024-06-{rng.randint(10, 28)},valid")
    return "\n".join(rows) + "\n"


def k_booking_page_html_head(rng):
    return (f"<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>\n"
            f"<div class=\"g-recaptcha\" data-sitekey=\"6L{rstr(rng, B64URL, 38)}\"></div>\n"
            f"<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{rstr(rng, B64URL, 12)}\"></div>\n"
            f"<script>window.SQUARE_APP_ID = 'sq0idp-{rstr(rng, B64URL, 22)}';</script>\n")


def k_livery_app_public_env(rng):
    anon = make_jwt(rng, {"iss": "supabase", "ref": rstr(rng, "abcdefghijklmnopqrstuvwxyz", 20), "role": "anon",
                          "iat": 1717000000, "exp": 2032576000}, "HS256")
    return (f"# public – shipped in the browser bundle\nNEXT_PUBLIC_SUPABASE_URL=https://{rstr(rng, 'abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co\n"
            f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\nNEXT_PUBLIC_PAYPAL_CLIENT_ID=A{rstr(rng, B64URL, 79)}\n")


def k_env_sample_file(rng):
    return ("# .env.sample – copy to .env and fill in\nROUND_PLANNER_PASSWORD=changeme\nVET_HL7_GATEWAY_KEY=vhg_<practice-no><check>_<32 chars>\n"
            "HORSE_PASSPORT_SYNC_TOKEN=hps_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nAPP_KEY=\nDJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:?set me}\n"
            "STRIPE_WEBHOOK_SECRET=whsec_...\n")


def k_readme_setup_block(rng):
    return ("## Setup\n\n1. `cp .env.sample .env`\n2. Generate the app key: `php artisan key:generate` (writes `APP_KEY=base64:...`)\n"
            "3. Ask the practice manager for `PMS_DB_PASSWORD` – never commit it.\n4. Set `ROUND_PLANNER_WEBHOOK_SECRET=rpw_<from the planner admin page>`\n")


def k_pms_api_masked_log(rng):
    return (f"2024-06-12T09:1{rng.randint(0, 9)}:04Z INFO hl7-gateway connected key=vhg_**********_****\n"
            f"2024-06-12T09:1{rng.randint(0, 9)}:05Z INFO auth header=Bearer eyJhbGciOiJIUzUxMiJ9.****.****\n"
            "2024-06-12T09:15:44Z WARN db password=[REDACTED] retry=1\n")


def k_ci_job_masked_output(rng):
    return (f"$ ./deploy.sh\nUsing STRIPE_RESTRICTED_KEY=rk_live_****{rstr(rng, ALNUM, 4)}\nUsing YARD_GATE_CONTROLLER_PASSWORD=***\n"
            "Using DJANGO_SECRET_KEY=[MASKED]\nJob succeeded\n")


def k_app_service_keyvault_refs(rng):
    return ("PMS_DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://oakvet-kv.vault.azure.net/secrets/pms-db-password/)\n"
            "HL7_GATEWAY_KEY=@Microsoft.KeyVault(VaultName=oakvet-kv;SecretName=hl7-gateway-key)\n"
            f"SENDGRID_API_KEY=op://Practice/SendGrid/credential\nXRAY_ARCHIVE_PASSWORD=vault:secret/data/xray#password  # rev {rng.randint(2, 40)}\n")


def k_sops_and_ssm_pointer_yaml(rng):
    return ("env:\n  - name: LIVERY_PORTAL_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: livery-portal, key: password }\n"
            f"  - name: PASSPORT_SYNC_TOKEN\n    value: \"{{{{resolve:ssm-secure:/livery/prod/passport-sync-token:{rng.randint(1, 9)}}}}}\"\n"
            "  - name: ROUND_PLANNER_WEBHOOK_SECRET\n    value: \"${{ secrets.ROUND_PLANNER_WEBHOOK_SECRET }}\"\n")


def k_sops_encrypted_yaml(rng):
    def encv(n):
        return f"ENC[AES256_GCM,data:{b64(rbytes(rng, n))},iv:{b64(rbytes(rng, 32))},tag:{b64(rbytes(rng, 16))},type:str]"
    return (f"pms_db_password: {encv(18)}\nhl7_gateway_key: {encv(47)}\nsops:\n    age:\n        - recipient: age1{rstr(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n"
            f"    lastmodified: \"2024-06-12T09:15:44Z\"\n    mac: ENC[AES256_GCM,data:{b64(rbytes(rng, 32))},iv:{b64(rbytes(rng, 32))},tag:{b64(rbytes(rng, 16))},type:str]\n    version: 3.9.1\n")


def k_age_armored_message(rng):
    hdr = ("age-encryption.org/v1\n-> X25519 " + b64url_nopad(rbytes(rng, 32)).replace("-", "+").replace("_", "/") + "\n"
           + b64url_nopad(rbytes(rng, 32)).replace("-", "+").replace("_", "/") + "\n--- "
           + b64url_nopad(rbytes(rng, 32)).replace("-", "+").replace("_", "/") + "\n").encode() + rbytes(rng, 96)
    body = b64(hdr)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n"


def k_auth_user_table_dump(rng):
    rows = ["id | username    | password"]
    for i, u in enumerate(["sarah.k", "yardadmin", "groom2"], 1):
        h = b64(hashlib.sha256(rbytes(rng, 16)).digest())
        rows.append(f"{i:>2} | {u:<11} | pbkdf2_sha256$870000${rstr(rng, ALNUM, 22)}${h}")
    return "\n".join(rows) + "\n"


def k_shadow_entries_excerpt(rng):
    a = "./" + DIGITS + UPPER + "abcdefghijklmnopqrstuvwxyz"
    return "\n".join(f"{u}:$6${rstr(rng, a, 16)}${rstr(rng, a, 86)}:19886:0:99999:7:::" for u in ["tom", "yardcam", "xrayexport"]) + "\n"


def k_livery_handbook_it_page(rng):
    return ("IT and passwords (livery staff handbook, p. 14)\nUse a long passphrase for the yard portal and never reuse the one from your e-mail. "
            "Do not write passwords on the tack-room whiteboard. If you think a password has leaked, tell the yard manager the same day "
            f"and it will be changed. The office PC locks after {rng.randint(3, 10)} minutes.\n")


def k_practice_reset_notice_email(rng):
    return ("Subject: Password reset for the practice-management system\n\nHi all,\nover the weekend every PMS password was reset. "
            "You will be asked to choose a new one at your next login – at least 14 characters, no horse names please. "
            f"The reset link is valid for {rng.randint(12, 48)} hours. Nobody from IT will ever ask you for your password.\n\nPriya (practice manager)\n")


def k_deploy_manifest_yaml(rng):
    return (f"image: ghcr.io/brooksidefarrier/rounds@sha256:{hashlib.sha256(rbytes(rng, 40)).hexdigest()}\n"
            f"sidecar: docker.io/library/redis@sha256:{hashlib.sha256(rbytes(rng, 40)).hexdigest()}\n"
            f"revision: {hashlib.sha1(rbytes(rng, 40)).hexdigest()}\n")


def k_git_log_oneline_excerpt(rng):
    msgs = ["fix: bar-shoe pricing", "feat: reminder e-mails for 6-week rounds", "chore: bump django", "fix: x-ray upload retries"]
    return "\n".join(f"{hashlib.sha1(rbytes(rng, 20)).hexdigest()} {m}" for m in msgs) + "\n"


def _fpr(rng):
    return hashlib.sha1(rbytes(rng, 32)).hexdigest().upper()


def k_gpg_list_keys_output(rng):
    f = _fpr(rng)
    return (f"pub   ed25519 2023-03-02 [SC] [expires: 2026-03-01]\n      {f}\nuid           [ultimate] Oakvet Equine Labs <labs@oakvet.example>\n"
            f"sub   cv25519 2023-03-02 [E] [expires: 2026-03-01]\n      key id {f[-16:]}\n")


def k_wkd_contact_page(rng):
    f = _fpr(rng)
    grouped = " ".join(f[i:i + 4] for i in range(0, 40, 4))
    return f"Send lab results encrypted to labs@oakvet.example.\nOpenPGP fingerprint: {grouped}\nKey published via WKD and keys.openpgp.org.\n"


def k_jwks_json_endpoint(rng):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rstr(rng, B64URL, 16),
             "n": b64url_nopad(b"\xc1" + rbytes(rng, 255)), "e": "AQAB"} for _ in range(2)]
    return json.dumps({"keys": keys}, indent=2) + "\n"


def k_oidc_discovery_excerpt(rng):
    return json.dumps({"issuer": "https://id.hollowfieldlivery.example", "jwks_uri": "https://id.hollowfieldlivery.example/.well-known/jwks.json",
                       "id_token_signing_alg_values_supported": ["RS256"],
                       "x5t#S256": b64url_nopad(hashlib.sha256(rbytes(rng, 64)).digest())}, indent=2) + "\n"


def k_mobile_app_oauth_config(rng):
    return (f"<key>GIDClientID</key>\n<string>{rstr(rng, DIGITS, 12)}-{rstr(rng, LOWALNUM, 32)}.apps.googleusercontent.com</string>\n"
            f"<key>RedirectScheme</key>\n<string>com.googleusercontent.apps.{rstr(rng, DIGITS, 12)}</string>\n")


def k_azure_app_registration_summary(rng):
    return (f"Display name: oakvet-pms-sync\nApplication (client) ID: {uuid4(rng)}\nDirectory (tenant) ID: {uuid4(rng)}\n"
            f"Object ID: {uuid4(rng)}\nSupported account types: single tenant\n")


def k_drug_register_entry(rng):
    return (f"Date 2024-06-{rng.randint(10, 28)} | Ketamine 100 mg/ml | Vm {rstr(rng, DIGITS, 5)}/{rstr(rng, DIGITS, 4)} | Batch {rstr(rng, UPALNUM, 7)} | "
            f"Exp 2026-0{rng.randint(1, 9)} | Qty 2 ml | Horse {rng.choice(HORSES)} | Vet RCVS {rstr(rng, DIGITS, 7)}\n")


def k_vmd_product_lookup(rng):
    return json.dumps({"product": "Equip WNV", "authorisation_number": f"EU/2/08/{rstr(rng, DIGITS, 3)}/001",
                       "vm_number": f"Vm {rstr(rng, DIGITS, 5)}/{rstr(rng, DIGITS, 4)}", "gtin": ean13("50" + rstr(rng, DIGITS, 10)),
                       "batch": rstr(rng, UPALNUM, 8)}, indent=2) + "\n"


def k_stripe_webhook_request_log(rng):
    t = 1718180000 + rng.randint(0, 99999)
    body = rbytes(rng, 64)
    sig = hmac.new(rbytes(rng, 32), body, hashlib.sha256).hexdigest()
    return (f"POST /webhooks/stripe 200\nStripe-Signature: t={t},v1={sig}\nevent=payment_intent.succeeded id=evt_{rstr(rng, ALNUM, 24)}\n")


def k_github_webhook_delivery_headers(rng):
    body = rbytes(rng, 64)
    return (f"X-GitHub-Delivery: {uuid4(rng)}\nX-GitHub-Event: push\n"
            f"X-Hub-Signature-256: sha256={hmac.new(rbytes(rng, 32), body, hashlib.sha256).hexdigest()}\n")


def k_stripe_event_json(rng):
    return json.dumps({"id": "evt_" + rstr(rng, ALNUM, 24), "type": "charge.succeeded",
                       "data": {"object": {"id": "ch_" + rstr(rng, ALNUM, 24), "payment_intent": "pi_" + rstr(rng, ALNUM, 24),
                                           "customer": "cus_" + rstr(rng, ALNUM, 14), "amount": 6500, "currency": "gbp",
                                           "description": "Full set, fronts + hinds"}}}, indent=2) + "\n"


def k_gocardless_payout_csv(rng):
    rows = ["payment_id,mandate_id,payout_id,amount_gbp,reference"]
    for _ in range(3):
        rows.append(f"PM{rstr(rng, UPALNUM, 12)},MD{rstr(rng, UPALNUM, 12)},PO{rstr(rng, UPALNUM, 12)},{rng.randint(150, 650)}.00,LIVERY-JUNE")
    return "\n".join(rows) + "\n"


CLASSES = [
    ("equine_microchip_transponder_codes", [k_microchip_scan_log, k_vaccination_card_entry],
     "15-digit ISO 11784 / FDX-B microchip numbers (826, 985, 981), vaccination batch and RCVS numbers"),
    ("horse_passport_ueln_identifiers", [k_passport_page_ocr, k_ced_lookup_json],
     "15-character UELNs, passport-issuing-body codes, transponder numbers"),
    ("farrier_and_vet_register_numbers", [k_frc_register_extract, k_rcvs_register_card],
     "Farriers Registration Council and RCVS register numbers, premises and renewal refs"),
    ("dicom_study_instance_uids", [k_pacs_study_list_csv, k_dicom_header_dump],
     "DICOM study / SOP instance UIDs, accession numbers and device serials of hoof radiographs"),
    ("horseshoe_ean13_barcodes", [k_shoe_supplier_invoice_lines, k_stock_scanner_log],
     "EAN-13 barcodes of shoes, nails and pads with real GS1 check digits"),
    ("uk_vat_registration_numbers", [k_farrier_invoice_footer, k_supplier_vat_check_csv],
     "GB VAT numbers with the real mod-97 check pair, company numbers, invoice refs"),
    ("browser_embed_site_keys", [k_booking_page_html_head, k_livery_app_public_env],
     "reCAPTCHA and Turnstile site keys, Square application id, Supabase anon JWT, PayPal client id (public by design)"),
    ("dotenv_sample_dummy_values", [k_env_sample_file, k_readme_setup_block],
     "`.env.sample` and setup-guide placeholders with the real everyday key names"),
    ("asterisked_and_truncated_secrets", [k_pms_api_masked_log, k_ci_job_masked_output],
     "`****`, `[REDACTED]`, `[MASKED]`, `rk_live_****` + 4, truncated JWT headers"),
    ("key_vault_reference_strings", [k_app_service_keyvault_refs, k_sops_and_ssm_pointer_yaml],
     "Azure Key Vault references, `op://`, `vault:` paths, `{{resolve:ssm-secure:…}}`, `secretKeyRef`, `${{ secrets.* }}`"),
    ("sops_and_age_ciphertext", [k_sops_encrypted_yaml, k_age_armored_message],
     "SOPS `ENC[AES256_GCM,…]` values and armored age files (random bytes in the right frame), age recipients"),
    ("django_pbkdf2_and_sha512crypt_hashes", [k_auth_user_table_dump, k_shadow_entries_excerpt],
     "Django `pbkdf2_sha256$870000$…` and `$6$` sha512crypt password hashes (column / file say password)"),
    ("yard_staff_login_advice_prose", [k_livery_handbook_it_page, k_practice_reset_notice_email],
     "handbook and reset-notice prose about passwords, none given"),
    ("container_image_digests_and_commit_shas", [k_deploy_manifest_yaml, k_git_log_oneline_excerpt],
     "`sha256:` image digests and 40-hex commit ids (real digests of random bytes)"),
    ("openpgp_fingerprints_and_key_ids", [k_gpg_list_keys_output, k_wkd_contact_page],
     "40-hex OpenPGP fingerprints and 16-hex key ids"),
    ("jwks_public_key_sets", [k_jwks_json_endpoint, k_oidc_discovery_excerpt],
     "JWKS RSA public moduli (base64url of 256 bytes), key ids, certificate thumbprints"),
    ("public_oauth_client_identifiers", [k_mobile_app_oauth_config, k_azure_app_registration_summary],
     "Google OAuth client ids, Entra application / tenant / object ids (UUIDv4)"),
    ("veterinary_medicine_batch_numbers", [k_drug_register_entry, k_vmd_product_lookup],
     "Vm authorisation numbers, EU numbers, batch codes, GTINs of veterinary medicines"),
    ("webhook_signature_headers", [k_stripe_webhook_request_log, k_github_webhook_delivery_headers],
     "`Stripe-Signature` and `X-Hub-Signature-256` HMAC values (derived signatures, not keys)"),
    ("payment_object_ids", [k_stripe_event_json, k_gocardless_payout_csv],
     "Stripe `evt_` / `ch_` / `pi_` / `cus_` ids and GoCardless `PM` / `MD` / `PO` ids"),
]

WRAPPERS = [
    ("", None),
    ("__in_livery_group_chat", "Hollowfield Livery – group chat\nSarah: is it ok to paste this here?\nTom: yes, nothing secret in it:\n{t}Sarah: 👍\n"),
    ("__in_vet_practice_ticket", "Ticket OV-{n} (IT helpdesk)\nCustomer wrote: please check the following, I've removed anything sensitive.\n---\n{t}---\n"),
    ("__in_farrier_email_chain", "From: tom@brooksidefarrier.example\nTo: office@hollowfieldlivery.example\nSubject: Re: your query\n\nHi Sarah, here is what you asked for (safe to share):\n\n{t}\nCheers, Tom\n"),
    ("__in_equine_forum_post", "Posted in Equine Tech Help › Yard software\nDoes anyone know what this is? Nothing private in it as far as I can tell:\n\n{t}\n"),
]


def generate(registry_items, start_id):
    rng = random.Random(SEED)
    long_items = [s for s in registry_items if len(s) >= 6]
    recs = []
    n = start_id
    seen = set()
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(50):
                    t = kind(rng)
                    if wtpl:
                        t = wtpl.replace("{n}", str(rng.randint(1000, 9999))).replace("{t}", t)
                    if t in seen or PW_FORM_IN_TEXT.search(t) or any(s in t for s in long_items):
                        continue
                    break
                else:
                    raise RuntimeError("could not draw negative " + cname)
                seen.add(t)
                recs.append({"id": f"p225-n-{n:04d}", "class": cname, "container": kind.__name__[2:] + wname,
                             "text": t, "source": "negative"})
                n += 1
    return recs
