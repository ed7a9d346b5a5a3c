"""Hard negatives: texts of this world with no secret in them (20 classes x 2 base kinds x 5 presentations)."""
import base64
import hashlib
import json
import random
import re

from common224 import (ALNUM_LOW, ALNUM_UP, B62, B64STD, B64URL, DIG, HEXL, HEXU, SEEDS, UP, UUID4_RE, UUID_RE,
                       b64u, b64u_json, gs1_digit, iban, luhn_digit, nhs_check, rbytes, rs, uuid4)

WRAPPERS = ["in_arrangement_team_chat", "in_funeral_software_support_ticket", "in_mason_email_thread",
            "in_crematorium_intranet_post"]
STRICT_SEARCH = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}(?![A-Za-z0-9])")
SURN = ["Rowe", "Hale", "Okafor", "Nguyen", "Price", "Lindqvist", "Murphy", "Shah", "Evans", "Kowalski", "Begum", "Taylor"]


def d(g, n):
    return rs(g, DIG, n)


# ------------------------------------------------------------------ 1
def crem_register_ledger_csv(g):
    rows = ["register_no,date,form_cr1_ref,medical_referee_ref,applicant,chapel"]
    for _ in range(3):
        rows.append("NF/2026/%05d,2026-0%d-%02d,CR1-%s,MR-%s-%s,%s family,%s" % (
            g.randint(100, 2000), g.randint(1, 9), g.randint(1, 28), d(g, 6), rs(g, UP, 2), d(g, 4),
            g.choice(SURN), g.choice(["East", "West"])))
    return "\n".join(rows) + "\n"


def cremation_form_cover_sheet(g):
    return ("NORTHFIELD CREMATORIUM – APPLICATION COVER SHEET\nRegister number: NF/2026/%05d\nForm Cremation 1 received: yes (ref CR1-%s)\n"
            "Form Cremation 4 (attending practitioner): GMC %s\nForm Cremation 10 authorised by medical referee ref MR-%s-%s\n"
            "Disposal certificate (green form) serial: %s\n" % (
                g.randint(100, 2000), d(g, 6), d(g, 7), rs(g, UP, 2), d(g, 4), d(g, 6)))


# ------------------------------------------------------------------ 2
def cemetery_plot_register_csv(g):
    rows = ["section,row,plot,grave_deed,depth_ft,interments,grid_ref"]
    for _ in range(3):
        rows.append("%s,%d,%d,ERB-%d-%04d,%d,%d,SK %s %s" % (g.choice("ABCDEFGH"), g.randint(1, 40), g.randint(1, 60),
                                                         g.randint(1950, 2026), g.randint(1, 9999), g.choice([6, 8, 9]),
                                                         g.randint(0, 3), d(g, 5), d(g, 5)))
    return "\n".join(rows) + "\n"


def exclusive_right_of_burial_deed(g):
    return ("GRANT OF EXCLUSIVE RIGHT OF BURIAL\nDeed No. ERB-%d-%04d\nGrave: Section %s, Row %d, Plot %d (Lawn section, double depth)\n"
            "Term: 75 years from %d-0%d-%02d\nRegistered in book %d, folio %d\n" % (
                g.randint(1990, 2026), g.randint(1, 9999), g.choice("ABCDEFGH"), g.randint(1, 40), g.randint(1, 60),
                g.randint(1990, 2026), g.randint(1, 9), g.randint(1, 28), g.randint(10, 99), g.randint(1, 400)))


# ------------------------------------------------------------------ 3
def registrar_green_form_summary(g):
    return ("Registration summary\nDistrict: %s (code %s)\nEntry number: %d\nCertificate of burial or cremation (green form) serial: %s %s\n"
            "Certified copies issued: %d (serial QDX %s to QDX %s)\n" % (
                g.choice(["Northfield", "Eastgate", "Lea Valley"]), d(g, 4), g.randint(1, 600), rs(g, UP, 1), d(g, 6),
                g.randint(1, 5), d(g, 6), d(g, 6)))


def tell_us_once_reference_note(g):
    return ("Family told us the registrar gave them a Tell Us Once reference: %s %s %s. Bereavement payment claim ref BSP-%s.\n"
            "Council tax account %s updated; pension ref %s%s%s%s.\n" % (
                d(g, 4), d(g, 4), d(g, 4), d(g, 8), d(g, 9), rs(g, UP, 2), d(g, 6), rs(g, UP, 1), ""))


# ------------------------------------------------------------------ 4
def nhs_number(g):
    while True:
        nine = "999" + d(g, 6)
        c = nhs_check(nine)
        if c is not None:
            n = nine + c
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def hospital_release_form(g):
    return ("RELEASE OF DECEASED – Northfield General (test data)\nNHS number: %s\nHospital number: NG%s\nWard: %s\n"
            "Released to: Eastgate Funeral Service, collection vehicle HX71 KDE\nCheck: NHS number verified against wristband.\n" % (
                nhs_number(g), d(g, 7), g.choice(["Beech", "Oak", "Rowan"])))


def mortuary_transfer_log(g):
    rows = ["time,nhs_number,from,to,fridge_slot"]
    for _ in range(3):
        rows.append("%02d:%02d,%s,%s,Eastgate,C2-%02d" % (g.randint(7, 20), g.randint(0, 59), nhs_number(g).replace(" ", ""),
                                                     g.choice(["NGH", "St Anne's Hospice", "Community"]), g.randint(1, 12)))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ 5
def ean13(g):
    body = "50" + d(g, 10)
    return body + gs1_digit(body)


def supplier_catalogue_csv(g):
    rows = ["sku,description,ean13,unit"]
    for _ in range(3):
        rows.append("%s-%s,%s,%s,each" % (rs(g, UP, 3), d(g, 4), g.choice(["Oak veneer coffin 6ft2", "Willow casket", "Scatter tube (oak print)",
                                                                           "Biodegradable urn", "Bronze keepsake urn"]), ean13(g)))
    return "\n".join(rows) + "\n"


def delivery_note_text(g):
    return ("DELIVERY NOTE DN-%s\nTo: Eastgate Funeral Service\n2 x Coffin, solid oak, EAN %s\n4 x Urn, walnut, EAN %s\n"
            "1 x Nameplate set, EAN %s\nReceived by: ________\n" % (d(g, 6), ean13(g), ean13(g), ean13(g)))


# ------------------------------------------------------------------ 6
def gb_iban(g):
    return iban("GB", g.choice(["NWBK", "MIDL", "BARC", "LOYD"]) + d(g, 6) + d(g, 8))


def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def funeral_invoice_footer(g):
    ib = gb_iban(g)
    return ("Payment within 28 days please.\nBank: account name Eastgate Funeral Service Ltd, sort code %s-%s-%s, account %s\n"
            "IBAN %s  BIC %sGB2L\nVAT reg. GB %s %s %s\n" % (d(g, 2), d(g, 2), d(g, 2), d(g, 8), spaced(ib), ib[4:8], d(g, 3), d(g, 4), d(g, 2)))


def supplier_remittance_advice(g):
    return ("REMITTANCE ADVICE\nPaid to: Hollins Memorials\nIBAN: %s\nInvoice HM-%s  £%d.%02d\nPayment ref: EFS%s\n" % (
        gb_iban(g), d(g, 5), g.randint(300, 4000), g.randint(0, 99), d(g, 8)))


# ------------------------------------------------------------------ 7
def plan_no(g):
    body = d(g, 11)
    return body + luhn_digit(body)


def plan_provider_claim_letter(g):
    p = plan_no(g)
    return ("Dear Eastgate Funeral Service,\nWe confirm the pre-paid funeral plan %s %s %s is active. Claim reference CLM-%s.\n"
            "Plan holder reference (not a password): PH%s. Please quote the plan number on your invoice.\n" % (
                p[:4], p[4:8], p[8:], d(g, 7), d(g, 6)))


def plan_redemption_csv(g):
    rows = ["plan_number,provider,claim_ref,amount_gbp"]
    for _ in range(3):
        rows.append("%s,%s,CLM-%s,%d.00" % (plan_no(g), g.choice(["Golden Charter", "Avalon", "Dignity"]), d(g, 7), g.randint(2000, 5000)))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ 8
def tribute_site_html_head(g):
    return ("<head>\n  <script src=\"https://js.stripe.com/v3/\"></script>\n  <script>const stripe = Stripe('pk_live_51%s');</script>\n"
            "  <script async src=\"https://www.googletagmanager.com/gtag/js?id=G-%s\"></script>\n"
            "  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n</head>\n" % (rs(g, B62, 97), rs(g, ALNUM_UP, 10), rs(g, B64URL, 38)))


def booking_widget_embed_js(g):
    return ("// public embed (browser key restricted to https://www.eastgate-funerals.example/*)\nconst MAPS_BROWSER_KEY = 'AIza%s';\n"
            "const HCAPTCHA_SITEKEY = '%s';\nmapboxgl.accessToken = 'pk.%s.%s';\n" % (
                rs(g, B64URL, 35), uuid4(g), b64u_json({"u": "eastgate", "a": rs(g, ALNUM_LOW, 25)}), rs(g, B64URL, 22)))


# ------------------------------------------------------------------ 9
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def api_docs_markdown_snippet(g):
    return ("### Quick start (from the vendor docs)\n```\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\n```\n"
            "Example bearer token from jwt.io: `%s`\nStep %d: replace these with your own values.\n" % (AWS_DOC_ID, AWS_DOC_SECRET, JWT_IO, g.randint(2, 6)))


def sdk_readme_example(g):
    return ("## Usage\n```python\nclient = Client(account_sid=\"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\", auth_token=\"your_auth_token\")\n"
            "stripe.api_key = \"sk_test_...\"\n```\nSee section %d.%d for webhooks.\n" % (g.randint(1, 9), g.randint(1, 9)))


# ------------------------------------------------------------------ 10
PLACEHOLDERS = ["changeme", "<your-key-here>", "", "xxxxxxxxxxxxxxxx", "${{ secrets.%s }}", "TODO", "<ask Helen>", "replace-me"]
REAL_KEYS = ["ARRANGEMENT_CRM_ADMIN_PASSWORD", "GRAVE_REGISTER_API_KEY", "CREMATOR_TELEMETRY_TOKEN", "DJANGO_SECRET_KEY",
             "OBITUARY_WEBHOOK_SIGNING_SECRET", "FAMILY_PORTAL_JWT", "STRIPE_RESTRICTED_LIVE_KEY", "SENDGRID_API_KEY",
             "TWILIO_API_KEY_SECRET", "DECEASED_RECORDS_FERNET_KEY", "YOUTUBE_LIVE_STREAM_KEY", "NAFD_MEMBER_PORTAL_PASSWORD"]


def env_example_file(g):
    keys = g.sample(REAL_KEYS, 4)
    lines = ["# .env.example – copy to .env and fill in; never commit real values"]
    for k in keys:
        ph = g.choice(PLACEHOLDERS)
        if "%s" in ph:
            ph = ph % k
        lines.append("%s=%s" % (k, ph))
    lines.append("GRAVE_REGISTER_API_KEY_FORMAT=grk_<11-digit account><luhn>_<30 chars>")
    return "\n".join(lines) + "\n"


def contributor_setup_guide(g):
    k = g.choice(REAL_KEYS)
    return ("## Local setup\n1. Ask Helen for the `%s` – it is kept in the office vault, never in git.\n"
            "2. Put it in `.env` as `%s=` followed by the value.\n3. Run `make dev`. The telemetry token looks like `cti_XXXXXXXX…_<adler32>`.\n" % (k, k))


# ------------------------------------------------------------------ 11
def crm_audit_log_excerpt(g):
    return ("2026-01-%02dT%02d:%02d:11Z user=%s action=update_integration field=twilio_api_key_secret old=******** new=********\n"
            "2026-01-%02dT%02d:%02d:40Z user=%s action=view_secret field=stripe_restricted_live_key shown=rk_live_…%s\n"
            "2026-01-%02dT%02d:%02d:02Z user=%s action=export payload=[FILTERED]\n" % (
                g.randint(1, 28), g.randint(8, 18), g.randint(0, 59), g.choice(["helen", "tom"]),
                g.randint(1, 28), g.randint(8, 18), g.randint(0, 59), g.choice(["helen", "tom"]), rs(g, B62, 4),
                g.randint(1, 28), g.randint(8, 18), g.randint(0, 59), g.choice(["helen", "tom"])))


def deploy_output_masked(g):
    return ("Run ./deploy.sh\n  env:\n    GRAVE_REGISTER_API_KEY: ***\n    SENDGRID_API_KEY: ***\n"
            "Using key grk_•••••••%s for cemetery %s\nDeploy finished in %d s\n" % (d(g, 4), rs(g, UP, 3), g.randint(20, 90)))


# ------------------------------------------------------------------ 12
def sops_config_and_refs(g):
    return ("# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml\n    kms: arn:aws:kms:eu-west-2:%s:key/%s\n"
            "# app reads: vault:kv/data/crem/bookings#db_password and op://Office/Bookings DB/credential\n" % (d(g, 12), uuid4(g)))


def terraform_secret_data_sources(g):
    return ("data \"aws_secretsmanager_secret_version\" \"crm\" {\n  secret_id = \"arn:aws:secretsmanager:eu-west-2:%s:secret:arrangement/crm-%s\"\n}\n"
            "data \"google_secret_manager_secret_version\" \"portal\" {\n  secret = \"projects/eastgate-%d/secrets/family-portal-jwt/versions/%d\"\n}\n" % (
                d(g, 12), rs(g, B62, 6), g.randint(1000, 9999), g.randint(1, 9)))


# ------------------------------------------------------------------ 13
def django_auth_user_dump(g):
    rows = ["COPY auth_user (id, username, password, is_staff) FROM stdin;"]
    for i in range(3):
        rows.append("%d\t%s\tpbkdf2_sha256$600000$%s$%s\tt" % (i + 1, g.choice(["helen", "tom", "priya", "mara"]) + str(i),
                                                          rs(g, B62, 22), base64.b64encode(rbytes(g, 32)).decode()))
    rows.append("\\.")
    return "\n".join(rows) + "\n"


def portal_users_export_csv(g):
    rows = ["email,password_hash,created"]
    for _ in range(3):
        rows.append("family%d@example.org,$argon2id$v=19$m=65536,t=3,p=4$%s$%s,2026-01-%02d" % (
            g.randint(100, 999), base64.b64encode(rbytes(g, 16)).decode().rstrip("="),
            base64.b64encode(rbytes(g, 32)).decode().rstrip("="), g.randint(1, 28)))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------------ 14
def sops_enc(g, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(rbytes(g, n)).decode(), base64.b64encode(rbytes(g, 32)).decode(), base64.b64encode(rbytes(g, 16)).decode())


def sops_encrypted_yaml(g):
    return ("grave_register_api_key: %s\nsendgrid_api_key: %s\nsops:\n    lastmodified: \"2026-01-%02dT10:00:00Z\"\n    version: 3.9.1\n" % (
        sops_enc(g, 47), sops_enc(g, 69), g.randint(1, 28)))


def aws_kms_ciphertext_json(g):
    blob = base64.b64encode(b"\x01\x02\x02\x00" + rbytes(g, 180)).decode()
    return json.dumps({"CiphertextBlob": blob, "KeyId": "arn:aws:kms:eu-west-2:%s:key/%s" % (d(g, 12), uuid4(g)),
                       "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"}, indent=2) + "\n"


# ------------------------------------------------------------------ 15
def deploy_manifest_lock(g):
    return ("images:\n  arrangement-crm: registry.eastgate-funerals.example/crm@sha256:%s\n  crem-bookings: registry.eastgate-funerals.example/bookings@sha256:%s\n"
            "source_commit: %s\n" % (hashlib.sha256(rbytes(g, 16)).hexdigest(), hashlib.sha256(rbytes(g, 16)).hexdigest(),
                                     hashlib.sha1(rbytes(g, 16)).hexdigest()))


def release_changelog_md(g):
    return ("## 4.2.%d\n- fix slot overlap on double chapels (%s)\n- tribute moderation queue (%s)\n- merge commit %s\n" % (
        g.randint(0, 9), rs(g, HEXL, 7), rs(g, HEXL, 7), hashlib.sha1(rbytes(g, 8)).hexdigest()))


# ------------------------------------------------------------------ 16
def jwks_endpoint_response(g):
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(g, HEXL, 16),
                                 "n": b64u(b"\xc1" + rbytes(g, 255)), "e": "AQAB"},
                                {"kty": "EC", "use": "sig", "crv": "P-256", "kid": rs(g, HEXL, 16),
                                 "x": b64u(rbytes(g, 32)), "y": b64u(rbytes(g, 32))}]}, indent=1) + "\n"


def oidc_discovery_excerpt(g):
    return ("{\n  \"issuer\": \"https://login.eastgate-funerals.example/realms/family\",\n"
            "  \"jwks_uri\": \"https://login.eastgate-funerals.example/realms/family/protocol/openid-connect/certs\",\n"
            "  \"id_token_signing_alg_values_supported\": [\"RS256\", \"ES256\"],\n  \"x5t#S256\": \"%s\"\n}\n" % b64u(rbytes(g, 32)))


# ------------------------------------------------------------------ 17
def staff_handbook_it_page(g):
    return ("IT and passwords (section %d)\nEvery arrangement-room PC has its own password, changed when staff leave. "
            "Never write a password on the diary, a sticky note or the whiteboard. If a family member asks for the Wi-Fi, "
            "give them the guest card at reception. Use the office password manager; if you forget yours, Tom resets it.\n" % g.randint(3, 9))


def password_reset_notice(g):
    return ("Subject: Crematorium booking portal – password reset on %s\n\nAll users will be asked to choose a new password at next login. "
            "It must be at least 12 characters and must not be a word you have used before. We will never send your password by e-mail or text.\n" % (
                g.choice(["Monday", "Tuesday", "Wednesday", "Thursday"])))


# ------------------------------------------------------------------ 18
def order_of_service_print_proof(g):
    return ("ORDER OF SERVICE – PROOF %d\nEntrance: Hymn %d\nReading: Psalm %d\nHymn %d\nCommittal\nExit music: track %d\n"
            "Print: %d copies, job OS-%s\n" % (g.randint(1, 4), g.randint(1, 700), g.randint(1, 150), g.randint(1, 700),
                                              g.randint(1, 20), g.randint(40, 250), d(g, 5)))


def ccli_and_music_licence_note(g):
    return ("Northfield chapels are covered by CCLI licence %s and a PPL PRS music licence (account %s). Streaming limited licence LL%s.\n" % (
        d(g, 7), d(g, 8), d(g, 6)))


# ------------------------------------------------------------------ 19
def headstone_permit_application(g):
    return ("MEMORIAL PERMIT APPLICATION\nPermit no.: MP-%d-%04d\nFixer: BRAMM registered fixer no. %s\nStone: %s, batch %s, quarry code %s\n"
            "Fixing to BS 8415, ground anchor system %s\n" % (g.randint(2024, 2026), g.randint(1, 9999), d(g, 5),
                                                              g.choice(["black granite", "Portland stone", "Welsh slate"]),
                                                              rs(g, ALNUM_UP, 8), rs(g, UP, 3) + d(g, 3), rs(g, UP, 2) + "-" + d(g, 3)))


def bramm_fixer_certificate(g):
    return ("This certifies that the holder is a registered memorial fixer. Certificate %s%s, valid to 2027-0%d-%02d. "
            "NAMM member %s.\n" % (rs(g, UP, 2), d(g, 6), g.randint(1, 9), g.randint(1, 28), d(g, 5)))


# ------------------------------------------------------------------ 20
def azure_resource_ids_listing(g):
    sub = uuid4(g)
    return ("/subscriptions/%s/resourceGroups/rg-crem-prod/providers/Microsoft.Web/sites/crem-bookings\n"
            "/subscriptions/%s/resourceGroups/rg-crem-prod/providers/Microsoft.KeyVault/vaults/kv-crem-%s\n"
            "tenantId: %s\n" % (sub, sub, rs(g, ALNUM_LOW, 5), uuid4(g)))


def aws_cli_describe_output(g):
    return json.dumps({"Reservations": [{"OwnerId": d(g, 12), "Instances": [{
        "InstanceId": "i-0" + rs(g, HEXL, 16), "ImageId": "ami-0" + rs(g, HEXL, 16), "VpcId": "vpc-0" + rs(g, HEXL, 16),
        "IamInstanceProfile": {"Arn": "arn:aws:iam::%s:instance-profile/crem-bookings" % d(g, 12)}}]}]}, indent=1) + "\n"


CLASSES = [
    ("cremation_register_and_form_numbers", [crem_register_ledger_csv, cremation_form_cover_sheet],
     "crematorium register numbers, Form Cremation 1/4/10 references, GMC numbers, green-form serials"),
    ("grave_deed_and_plot_identifiers", [cemetery_plot_register_csv, exclusive_right_of_burial_deed],
     "exclusive-right-of-burial deed numbers, section/row/plot, grid references, register folios"),
    ("death_registration_entry_references", [registrar_green_form_summary, tell_us_once_reference_note],
     "registration district codes, entry numbers, certificate serials, Tell Us Once and benefit references"),
    ("nhs_numbers_in_transfer_paperwork", [hospital_release_form, mortuary_transfer_log],
     "NHS numbers from the 999 test range with real modulus-11 check digits, hospital numbers, fridge slots"),
    ("ean13_coffin_and_urn_catalogue_codes", [supplier_catalogue_csv, delivery_note_text],
     "EAN-13 codes with real GS1 check digits on coffin, urn and nameplate lines"),
    ("iban_and_sort_code_remittance_lines", [funeral_invoice_footer, supplier_remittance_advice],
     "GB IBANs with real ISO 13616 mod-97 check digits, sort codes, account and VAT numbers"),
    ("funeral_plan_and_claim_numbers", [plan_provider_claim_letter, plan_redemption_csv],
     "12-digit funeral-plan numbers with real Luhn digits, claim and holder references"),
    ("browser_side_booking_widget_keys", [tribute_site_html_head, booking_widget_embed_js],
     "Stripe `pk_live_51`, GA4 measurement ids, reCAPTCHA and hCaptcha site keys, referrer-restricted `AIza` browser key, Mapbox `pk.` token"),
    ("vendor_quickstart_sample_values", [api_docs_markdown_snippet, sdk_readme_example],
     "AWS documentation example key pair, the jwt.io sample token, `ACXXXX…` and `sk_test_...` placeholders of SDK readmes"),
    ("funeral_app_config_placeholders", [env_example_file, contributor_setup_guide],
     "`.env.example` lines with the real key names of this corpus and `changeme`, `<your-key-here>`, empty, `${{ secrets.X }}`, format descriptions"),
    ("masked_secrets_in_crm_audit_logs", [crm_audit_log_excerpt, deploy_output_masked],
     "`********`, `rk_live_…` + 4, `[FILTERED]`, `***`, `grk_•••` + 4 in audit and CI logs"),
    ("kms_and_vault_reference_strings", [sops_config_and_refs, terraform_secret_data_sources],
     "KMS key ARNs, `vault:` and `op://` references, Secrets Manager ARNs with their 6-character suffix, GCP secret version paths"),
    ("argon2_and_pbkdf2_password_hashes", [django_auth_user_dump, portal_users_export_csv],
     "Django `pbkdf2_sha256$600000$…` and `$argon2id$v=19$…` hashes (random bytes in the real frame; the column is called password)"),
    ("sops_and_kms_ciphertext_blobs", [sops_encrypted_yaml, aws_kms_ciphertext_json],
     "SOPS `ENC[AES256_GCM,data:…,iv:…,tag:…]` values under real key names and KMS `CiphertextBlob` Base64 (random bytes)"),
    ("image_digests_and_commit_ids", [deploy_manifest_lock, release_changelog_md],
     "`sha256:` image digests (real SHA-256 of random bytes), 40-hex commits, 7-hex short ids"),
    ("jwks_and_oidc_public_keys", [jwks_endpoint_response, oidc_discovery_excerpt],
     "JWKS RSA moduli and EC points, key ids, `x5t#S256` thumbprints (public by design)"),
    ("arrangement_staff_password_guidance_prose", [staff_handbook_it_page, password_reset_notice],
     "handbook and reset-notice prose about passwords with no password in it"),
    ("order_of_service_and_licence_numbers", [order_of_service_print_proof, ccli_and_music_licence_note],
     "hymn and psalm numbers, print job numbers, CCLI and music licence numbers"),
    ("memorial_permit_and_fixer_numbers", [headstone_permit_application, bramm_fixer_certificate],
     "memorial permit numbers, registered fixer and member numbers, stone batch and quarry codes, BS 8415 references"),
    ("cloud_resource_identifiers_and_arns", [azure_resource_ids_listing, aws_cli_describe_output],
     "Azure subscription, tenant and resource ids (UUIDv4), AWS instance, AMI and VPC ids, account ids, instance-profile ARNs"),
]


def wrap(w, body, g):
    if w == "in_arrangement_team_chat":
        return "[%02d:%02d] Tom: pasting this so you can check it, nothing secret in it:\n%s[%02d:%02d] Priya: thanks\n" % (
            g.randint(8, 17), g.randint(0, 59), body, g.randint(8, 17), g.randint(0, 59))
    if w == "in_funeral_software_support_ticket":
        return "Ticket #%d – question from Eastgate Funeral Service\nCustomer wrote:\n%s\nAgent note: no credentials in this ticket.\n" % (
            g.randint(10000, 99999), body)
    if w == "in_mason_email_thread":
        return "From: yard@hollins-memorials.example\nSubject: Re: paperwork\n\nSee below, copied from the file.\n\n> " + body.replace("\n", "\n> ").rstrip("> ") + "\n"
    if w == "in_crematorium_intranet_post":
        return "Intranet – Northfield Crematorium staff news\nPosted by the office:\n\n%s\nComments are closed.\n" % body
    raise ValueError(w)


def clean(text, registered, strict_exempt=()):
    for m in STRICT_SEARCH.finditer(text):
        if m.group(0) not in strict_exempt:
            return False
    for u in UUID_RE.findall(text):
        if not UUID4_RE.match(u):
            return False
    for s in registered:
        if len(s) >= 6 and s in text:
            return False
    return True


def build(registered):
    g = random.Random(SEEDS["negatives"])
    recs = []
    n = 1
    seen = set()
    for cls, kinds, _desc in CLASSES:
        for kind in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(200):
                    body = kind(g)
                    text = body if w is None else wrap(w, body, g)
                    if text not in seen and clean(text, registered):
                        break
                else:
                    raise RuntimeError("negative could not be drawn: %s" % kind.__name__)
                seen.add(text)
                recs.append({"id": "p224-n-%04d" % n, "class": cls,
                             "container": kind.__name__ if w is None else kind.__name__ + "__" + w,
                             "text": text, "source": "negative"})
                n += 1
    return recs
