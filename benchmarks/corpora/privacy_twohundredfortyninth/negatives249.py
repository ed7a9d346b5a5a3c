"""Negatives: 20 classes x 2 base kinds x 5 presentations.  No negative
contains a secret."""
import base64
import hashlib
import random

import common249 as C

SEED = 24906

RD, TD, SD, DD = C.DOMAINS["roof"], C.DOMAINS["thatch"], C.DOMAINS["scaff"], C.DOMAINS["dev"]


def _date(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def _digest(r, algo="sha256"):
    return hashlib.new(algo, C.rbytes(r, 64)).hexdigest()


# ---------------------------------------------------------------- 1 --
def container_register(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        owner = r.choice(["CSFU", "GRYU", "TRHU", "MSCU", "TGHU"])
        serial = C.rs(r, 6, C.DIGITS)
        rows.append("%s %s %s | %s | %s" % (owner, serial, C.iso6346_check(owner + serial),
                                            r.choice(["20ft site store", "10ft tool vault", "20ft welfare unit"]),
                                            r.choice(["Castleford yard", "Job 4411 Wakefield", "Job 3920 Pontefract"])))
    return "Site container register (ISO 6346 numbers)\n" + "\n".join(rows) + "\n"


def container_delivery(r):
    owner = r.choice(["CSFU", "GRYU", "TGHU"])
    serial = C.rs(r, 6, C.DIGITS)
    code = owner + serial + C.iso6346_check(owner + serial)
    return ("DELIVERY NOTE %d\nContainer: %s\nSeal no.: %s\nDelivered to: Castleford Access Scaffolding, yard gate 2\n"
            "Driver signature: ______   Date: %s\n" % (r.randint(10000, 99999), code, C.rs(r, 7, C.DIGITS), _date(r)))


# ---------------------------------------------------------------- 2 --
_VIN_ALPH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(r):
    while True:
        body = r.choice(["WF0", "VF1", "WDB", "SAL", "ZFA"]) + C.rs(r, 5, _VIN_ALPH) + "0" + C.rs(r, 8, _VIN_ALPH)
        v = body[:8] + C.vin_check(body) + body[9:]
        if C.vin_check(v) == v[8]:
            return v


def _plate(r):
    return C.rs(r, 2, "ABDEFGHKLMNOPRSVWY") + "%02d " % r.choice([21, 22, 23, 24, 71, 72, 73]) + C.rs(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ")


def fleet_register(r):
    rows = ["reg,vin,make,driver"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,%s,%s,%s" % (_plate(r), _vin(r), r.choice(["Transit", "Master", "Sprinter", "Daily"]),
                                      r.choice(["R. Evans", "K. Mensah", "T. Kowalczyk", "O. Reed"])))
    return "\n".join(rows) + "\n"


def telematics_list(r):
    items = []
    for _ in range(r.randint(2, 3)):
        items.append("  {\"vehicle\": \"%s\", \"vin\": \"%s\", \"odometer_km\": %d}" % (_plate(r), _vin(r), r.randint(10000, 180000)))
    return "{\"vehicles\": [\n" + ",\n".join(items) + "\n]}\n"


# ---------------------------------------------------------------- 3 --
def _imei(r):
    body = r.choice(["35", "86", "01"]) + C.rs(r, 12, C.DIGITS)
    return body + C.luhn_digit(body)


def mdm_export(r):
    rows = ["device_name,imei,serial,assigned_to"]
    for _ in range(r.randint(3, 5)):
        rows.append("CSF-TAB-%02d,%s,R%s,%s" % (r.randint(1, 60), _imei(r), C.rs(r, 9, C.UPALNUM),
                                                r.choice(["inspector pool", "K. Mensah", "yard office"])))
    return "\n".join(rows) + "\n"


def tablet_handover(r):
    return ("Tablet handover sheet\nIMEI: %s\nSIM ICCID: 8944%s\nCase: rugged, orange\nIssued to: %s on %s\n"
            % (_imei(r), C.rs(r, 15, C.DIGITS), r.choice(["Kwame Mensah", "Rhys Evans"]), _date(r)))


# ---------------------------------------------------------------- 4 --
def invoice_footer(r):
    vat = C.uk_vat_make(r)
    return ("Thank you for your business.\nGreyslate Roofing Ltd · Registered in England and Wales No. %s\n"
            "VAT Reg. No. GB %s %s %s · UTR %s\nPayment terms 30 days.\n"
            % (C.rs(r, 8, C.DIGITS), vat[:3], vat[3:7], vat[7:], C.rs(r, 10, C.DIGITS)))


def cis_statement(r):
    vat = C.uk_vat_make(r)
    return ("CIS payment and deduction statement\nContractor: Castleford Access Scaffolding (VAT GB%s)\n"
            "Subcontractor: Hollins & Reed Thatching  UTR %s\nVerification number: V%s/%s\n"
            "Gross amount paid: £%d.%02d   CIS deducted (20%%): £%d.%02d\n"
            % (vat, C.rs(r, 10, C.DIGITS), C.rs(r, 10, C.DIGITS), C.rs(r, 2, C.UPPER),
               r.randint(500, 9000), r.randint(0, 99), r.randint(100, 1800), r.randint(0, 99)))


# ---------------------------------------------------------------- 5 --
def survey_manifest(r):
    lines = ["%s  DJI_%04d.JPG" % (_digest(r), r.randint(1, 9999)) for _ in range(r.randint(3, 5))]
    return "# sha256sum of roof survey upload, job %d\n" % r.randint(3000, 4999) + "\n".join(lines) + "\n"


def exif_dump(r):
    return ("File Name : DJI_%04d.JPG\nImage Unique ID : %s\nCamera Model Name : M3E\n"
            "GPS Position : 53 deg 43' %d.%d\" N, 1 deg 21' %d.%d\" W\nMD5 : %s\n"
            % (r.randint(1, 9999), C.rs(r, 32, C.HEX), r.randint(10, 59), r.randint(0, 9), r.randint(10, 59),
               r.randint(0, 9), _digest(r, "md5")))


# ---------------------------------------------------------------- 6 --
def argon_table(r):
    rows = [" id | login | login_hash", "----+-------+-----------"]
    for i in range(r.randint(2, 4)):
        salt = base64.b64encode(C.rbytes(r, 16)).decode().rstrip("=")
        h = base64.b64encode(C.rbytes(r, 32)).decode().rstrip("=")
        rows.append(" %2d | %s | $argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (
            i + 1, r.choice(["rhys.e", "kmensah", "tomasz.k", "jodie"]), salt, h))
    return "\n".join(rows) + "\n"


def django_users(r):
    rows = ["username,password"]
    for _ in range(r.randint(2, 3)):
        salt = C.rs(r, 22, C.ALNUM)
        h = base64.b64encode(C.rbytes(r, 32)).decode()
        rows.append("%s,pbkdf2_sha256$870000$%s$%s" % (r.choice(["dele", "sbyrne", "estimator2"]), salt, h))
    salt = C.rs(r, 16, C.ALNUM + "./")
    rows.append("yardops,$6$%s$%s" % (salt, C.rs(r, 86, C.ALNUM + "./")))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 7 --
def age_recipients(r):
    keys = [C.bech32_encode("age", C.convertbits(list(C.rbytes(r, 32)), 8, 5)) for _ in range(r.randint(2, 3))]
    names = ["# martha (barn laptop)", "# gareth (ops)", "# offsite NAS"]
    return "# backup recipients – public keys only\n" + "".join("%s\n%s\n" % (names[i], k) for i, k in enumerate(keys))


def minisign_pub(r):
    keyid = C.rbytes(r, 8)
    blob = base64.b64encode(b"Ed" + keyid + C.rbytes(r, 32)).decode()
    return ("Verify YardDesk releases with:\n\nuntrusted comment: minisign public key %s\n%s\n"
            % (keyid[::-1].hex().upper(), blob))


# ---------------------------------------------------------------- 8 --
def quote_form_page(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n"
            "<script>const stripe = Stripe('pk_live_%s');</script>\n"
            "<div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n"
            "<script>const search = algoliasearch('%s', '%s'); // search-only key</script>\n"
            % (C.rs(r, 99, C.ALNUM), C.uuid4(r), C.rs(r, 10, C.UPALNUM), C.rs(r, 32, C.HEX)))


def widget_config(r):
    return ("{\n  \"trustpilotBusinessUnitId\": \"%s\",\n  \"calEmbedNamespace\": \"roof-survey\",\n"
            "  \"mapsBrowserKey\": \"AIzaSy%s\",\n  \"stripePublishableKey\": \"pk_live_%s\"\n}\n"
            % (C.rs(r, 24, C.HEX), C.rs(r, 33, C.B64U), C.rs(r, 99, C.ALNUM)))


# ---------------------------------------------------------------- 9 --
def env_example(r):
    return ("# .env.example – copy to .env and fill in\nTAG_SYNC_KEY=\nQUOTE_API_TOKEN=<your-quote-api-token>\n"
            "ESTIMATING_WORKSTATION_PASSWORD=changeme\nDJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:?set in vault}\n"
            "BACKUP_AGE_IDENTITY=<set-in-vault>\nWEIGHBRIDGE_SUPERVISOR_PASSWORD=\"\"\n")


def vendor_readme(r):
    return ("## Quick start\n\n1. Ask Ridgeline for a key.\n2. Export it:\n\n    export ROOFR_API_KEY=YOUR_API_KEY_HERE\n"
            "    export NEARMAP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n3. Run `make quotes`.\n")


# --------------------------------------------------------------- 10 --
def settings_ocr(r):
    return ("[screenshot OCR – Integrations page]\nQuote API token   rqa_••••••••••••••••••••••••%s\n"
            "Tag sync key      ************************ (hidden)\nLast rotated      %s\n"
            % (C.rs(r, 4, C.HEX), _date(r)))


def ci_masked(r):
    return ("$ ./scripts/deploy.sh\n+ export TAG_SYNC_KEY=[MASKED]\n+ export QUOTE_API_TOKEN=****\n"
            "+ curl -fsS -H 'Authorization: Bearer [MASKED]' https://quote.%s/api/deploy/%d\nJob succeeded\n"
            % (RD, r.randint(1000, 9999)))


# --------------------------------------------------------------- 11 --
def vault_refs(r):
    return ("services:\n  quote-api:\n    environment:\n      QUOTE_API_TOKEN: op://Greyslate/quote-api/token\n"
            "      DJANGO_SECRET_KEY: ${VAULT_KV:-kv/quoteloft#django_secret_key}\n"
            "      AGE_IDENTITY_FILE: /run/secrets/age_identity\n    secrets: [age_identity]\n")


def ssm_refs(r):
    return ("TagSyncKey: '{{resolve:ssm-secure:/tagyard/prod/tag-sync-key:%d}}'\n"
            "QuoteToken: '@Microsoft.KeyVault(SecretUri=https://greyslate-kv.vault.azure.net/secrets/quote-token/)'\n"
            "AlarmCode: arn:aws:secretsmanager:eu-west-2:%s:secret:scaffold-alarm-%s\n"
            % (r.randint(1, 9), C.rs(r, 12, C.DIGITS), C.rs(r, 6, C.ALNUM)))


# --------------------------------------------------------------- 12 --
def sops_yaml(r):
    def enc_field():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(C.rbytes(r, r.randint(12, 40))).decode(), base64.b64encode(C.rbytes(r, 32)).decode(),
            base64.b64encode(C.rbytes(r, 16)).decode())
    rec = C.bech32_encode("age", C.convertbits(list(C.rbytes(r, 32)), 8, 5))
    return ("tag_sync_key: %s\nquote_api_token: %s\nsops:\n  age:\n    - recipient: %s\n"
            "  lastmodified: \"%sT10:%02d:00Z\"\n  version: 3.8.1\n" % (enc_field(), enc_field(), rec, _date(r), r.randint(0, 59)))


def jasypt_props(r):
    return ("# application-prod.properties (values encrypted with Jasypt)\nyard.db.url=jdbc:postgresql://10.30.0.51/yard\n"
            "yard.db.secret=ENC(%s)\nweighbridge.api.secret=ENC(%s)\n"
            % (base64.b64encode(C.rbytes(r, 48)).decode(), base64.b64encode(C.rbytes(r, 32)).decode()))


# --------------------------------------------------------------- 13 --
def api_doc(r):
    return ("### GET /api/v2/tags/{tagId}\n\nRequest\n\n    curl https://tagyard.%s/api/v2/tags/%d \\\n"
            "      -H \"Authorization: Bearer <token>\"\n\nResponse\n\n    {\"requestId\": \"%s\", \"tag\": %d, \"status\": \"green\"}\n"
            % (SD, r.randint(10000, 99999), C.uuid4(r), r.randint(10000, 99999)))


def sdk_readme(r):
    return ("```python\nfrom quoteloft import Client\n\nclient = Client(token=os.environ[\"QUOTE_API_TOKEN\"])  # never paste the token here\n"
            "quote = client.quotes.get(%d)\nprint(quote.total)\n```\n" % r.randint(1000, 9999))


# --------------------------------------------------------------- 14 --
def handbook(r):
    return r.choice([
        "IT basics for crews: never write the tablet password on the van dashboard or on the inside of a hard hat. "
        "If you forget it, ring the office and Siobhán will reset it after checking your CSCS card.\n",
        "Passwords: at least three random words, different for every system (tag app, estimating box, Teams). "
        "Nobody from the office will ever ask you for yours by text.\n",
        "Shared logins for the weighbridge are being retired. From Monday each supervisor gets their own account; "
        "the old shared one stops working at 6pm Friday.\n",
    ])


def toolbox_talk(r):
    return r.choice([
        "Toolbox talk, week %d: phishing. A fake 'SIG trade account locked' e-mail went round – do not click, forward it to IT.\n",
        "Toolbox talk, week %d: if a tablet goes missing on site, report it the same day so we can wipe it remotely.\n",
        "Toolbox talk, week %d: keys and tokens live in the password manager only – not in WhatsApp, not in the diary.\n",
    ]) % r.randint(1, 52)


# --------------------------------------------------------------- 15 --
def _bad_sts(r):
    num = C.rs(r, 1, "123456789") + C.rs(r, 11, C.DIGITS)
    good = C.verhoeff_check(num)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    return "sts_" + num + bad + "_" + C.rs(r, 24, C.ALNUM)


def _bad_rqa(r):
    body = C.rs(r, 30, C.ALNUM)
    return "rqa_" + body + "." + "%08x" % ((C.adler32(body.encode()) + r.randint(1, 9999)) & 0xFFFFFFFF)


def _bad_age(r):
    s = C.bech32_encode("age-secret-key-", C.convertbits(list(C.rbytes(r, 32)), 8, 5)).upper()
    last = s[-1]
    repl = r.choice([c for c in "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" if c != last])
    return s[:-1] + repl


def unit_test_fixtures(r):
    return ("# tests/test_validators.py – every value here must be REJECTED\n"
            "BAD_TAG_KEY = \"%s\"    # wrong Verhoeff digit\n"
            "BAD_QUOTE_TOKEN = \"%s\"  # checksum does not match\n"
            "BAD_AGE_IDENTITY = \"%s\"  # broken Bech32 checksum\n\n"
            "def test_rejects():\n    assert not is_valid(BAD_TAG_KEY)\n" % (_bad_sts(r), _bad_rqa(r), _bad_age(r)))


def validator_log(r):
    return ("%s WARN token-guard rejected %s (check digit mismatch)\n%s WARN token-guard rejected %s (adler32 mismatch)\n"
            % (_date(r), _bad_sts(r), _date(r), _bad_rqa(r)))


# --------------------------------------------------------------- 16 --
def quote_footer(r):
    return ("Quote GR-Q-%d-%04d · Job %d · Valid 30 days\nYour ref: PO %s\nRoof area 142 m² · Welsh slate 500x250 · 65 mm headlap\n"
            % (r.randint(2023, 2025), r.randint(1, 9999), r.randint(3000, 4999), C.rs(r, 7, C.DIGITS)))


def merchant_order(r):
    return ("SIG Roofing – order confirmation %s\nAccount %s · Branch Wakefield\n"
            "3 x Marley Eternit Birkdale slate (pallet) · 12 x batten 25x50 4.8m · 1 x lead code 4 roll\nDelivery slot: %s AM\n"
            % (C.rs(r, 9, C.DIGITS), C.rs(r, 8, C.DIGITS), _date(r)))


# --------------------------------------------------------------- 17 --
def planning_letter(r):
    return ("Application %d/%05d/LBC – listed building consent for rethatching in combed wheat reed\n"
            "Site: Rose Cottage, UPRN %s, grid ref SY %03d %03d\nList entry number: 1%06d\n"
            % (r.randint(20, 25), r.randint(1, 99999), C.rs(r, 12, C.DIGITS), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999999)))


def title_summary(r):
    return ("HM Land Registry – official copy summary\nTitle number: DT%06d\nProperty: Rose Cottage, Church Lane\n"
            "Edition date: %s\n" % (r.randint(100000, 999999), _date(r)))


# --------------------------------------------------------------- 18 --
def changelog(r):
    return ("## YardDesk %d.%d.%d\n- fix weighbridge ticket rounding (%s)\n- tag export: add depot column (%s)\n"
            "Build %d · commit %s\n" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), C.rs(r, 7, C.HEX),
                                        C.rs(r, 7, C.HEX), r.randint(1000, 9999), _digest(r, "sha1")))


def artifact_listing(r):
    return ("Artifacts for pipeline #%d\n  quoteloft-%d.%d.apk   sha256:%s\n  yarddesk-setup.msi   sha256:%s\n"
            % (r.randint(1000, 9999), r.randint(1, 3), r.randint(0, 30), _digest(r), _digest(r)))


# --------------------------------------------------------------- 19 --
def tag_register(r):
    rows = ["tag_no,site,load_class,inspected,inspector_cisrs"]
    for _ in range(r.randint(3, 5)):
        rows.append("ST-%06d,Job %d,%d,%s,%s" % (r.randint(0, 999999), r.randint(3000, 4999), r.randint(1, 6), _date(r), C.rs(r, 8, C.DIGITS)))
    return "\n".join(rows) + "\n"


def handover_cert(r):
    return ("SCAFFOLD HANDOVER CERTIFICATE No. %d\nLoad class %d (%s kN/m²) · Bays 1-%d · Lifts %d\n"
            "Tag numbers ST-%06d to ST-%06d\nInspected by K. Mensah (CISRS %s) on %s\n"
            % (r.randint(1000, 9999), r.randint(2, 4), r.choice(["1.5", "2.0", "3.0"]), r.randint(4, 12), r.randint(2, 6),
               r.randint(0, 499999), r.randint(500000, 999999), C.rs(r, 8, C.DIGITS), _date(r)))


# --------------------------------------------------------------- 20 --
def _colon_hex(b):
    return ":".join("%02X" % x for x in b)


def x509_text(r):
    return ("Certificate:\n    Data:\n        Serial Number:\n            %s\n        Subject: CN=tagyard.%s\n"
            "SHA256 Fingerprint=%s\n" % (_colon_hex(C.rbytes(r, 16)).lower(), SD, _colon_hex(hashlib.sha256(C.rbytes(r, 40)).digest())))


def cert_alert(r):
    return ("Certificate for quote.%s expires in %d days.\nSHA-1 fingerprint: %s\nIssuer: R11\n"
            % (RD, r.randint(3, 29), _colon_hex(hashlib.sha1(C.rbytes(r, 40)).digest())))


CLASSES = [
    ("site_container_iso6346_codes", "ISO 6346 container numbers with real check digits, seal numbers",
     [("site_store_container_register", container_register), ("container_hire_delivery_note", container_delivery)]),
    ("plant_vehicle_vin_numbers", "VINs with real position-9 check digits, UK number plates",
     [("van_fleet_register_csv", fleet_register), ("telematics_vehicle_list_json", telematics_list)]),
    ("site_tablet_imei_inventory", "IMEIs with real Luhn digits, serials, ICCIDs",
     [("mdm_device_export_csv", mdm_export), ("tablet_handover_sheet", tablet_handover)]),
    ("uk_vat_and_company_numbers", "UK VAT numbers with real mod 97 (9755) check, company numbers, UTRs, CIS verification numbers",
     [("subcontractor_invoice_footer", invoice_footer), ("cis_deduction_statement", cis_statement)]),
    ("drone_image_digest_manifests", "sha256 / md5 digests of random bytes, EXIF image ids",
     [("survey_upload_sha256sum", survey_manifest), ("drone_photo_exif_dump", exif_dump)]),
    ("stored_login_hash_strings", "argon2id, Django pbkdf2_sha256 and sha512-crypt strings (random in frame)",
     [("portal_user_argon2_table", argon_table), ("estimating_user_export_csv", django_users)]),
    ("age_and_minisign_public_keys", "age X25519 recipients (real Bech32 checksums) and minisign public keys",
     [("backup_recipients_file", age_recipients), ("release_verification_note", minisign_pub)]),
    ("quote_widget_public_keys", "public by design: Stripe pk_live, hCaptcha site key (UUIDv4), Algolia search-only key, Maps browser key, Trustpilot unit id",
     [("quote_form_page_source", quote_form_page), ("booking_widget_config_json", widget_config)]),
    ("config_template_placeholders", "empty values, <your-…>, changeme, ${VAR:?}, YOUR_API_KEY_HERE, xxxx",
     [("quoteloft_env_example_template", env_example), ("integration_readme_quickstart", vendor_readme)]),
    ("masked_values_in_screens", "bullets, *** and [MASKED] with at most four visible characters",
     [("integrations_page_screenshot_ocr", settings_ocr), ("deploy_job_log_masked", ci_masked)]),
    ("secret_store_references", "op://, vault paths, ssm-secure, Key Vault and Secrets Manager references",
     [("compose_file_with_store_refs", vault_refs), ("cloudformation_parameter_refs", ssm_refs)]),
    ("sops_and_jasypt_ciphertexts", "SOPS ENC[AES256_GCM,…] fields with an age recipient, Jasypt ENC(…) values (random in frame)",
     [("sops_encrypted_values_yaml", sops_yaml), ("jasypt_encrypted_properties", jasypt_props)]),
    ("api_documentation_examples", "documentation snippets with <token> placeholders, request ids (UUIDv4)",
     [("tag_api_reference_page", api_doc), ("quote_sdk_readme_snippet", sdk_readme)]),
    ("crew_security_policy_prose", "handbook and toolbox-talk prose about passwords with no value",
     [("crew_handbook_it_section", handbook), ("toolbox_talk_notes", toolbox_talk)]),
    ("rejected_key_test_fixtures", "look-alikes of this corpus's own shapes that fail their check (wrong Verhoeff digit, wrong Adler-32, broken Bech32)",
     [("validator_unit_test_file", unit_test_fixtures), ("token_guard_reject_log", validator_log)]),
    ("quote_job_and_order_references", "quote, job, PO, order and account numbers",
     [("roof_quote_pdf_footer", quote_footer), ("merchant_order_confirmation", merchant_order)]),
    ("planning_and_land_references", "planning application refs, UPRNs, grid refs, list entry and title numbers",
     [("listed_building_consent_letter", planning_letter), ("land_registry_title_summary", title_summary)]),
    ("release_commit_and_build_ids", "commit SHAs, build numbers, artifact sha256 digests",
     [("yarddesk_changelog", changelog), ("ci_artifact_listing", artifact_listing)]),
    ("scaffold_tag_inspection_records", "scaffold tag serials, load classes, CISRS card numbers, certificate numbers",
     [("scaffold_tag_register_csv", tag_register), ("scaffold_handover_certificate", handover_cert)]),
    ("tls_certificate_fingerprints", "certificate serial numbers and SHA-1 / SHA-256 fingerprints",
     [("openssl_x509_text_excerpt", x509_text), ("certificate_expiry_alert", cert_alert)]),
]

WRAPPERS = [
    ("", None),
    ("__in_site_teams_thread", "[%02d:%02d] Rhys Evans: pasting this so we all look at the same thing\n{body}[%02d:%02d] Dele Adeyemi: ta, nothing secret in there"),
    ("__in_ridgeline_support_ticket", "Ticket RT-%d (Ridgeline support)\nCustomer attached the following, for reference only:\n\n{body}\nStatus: waiting on customer"),
    ("__in_roofers_forum_reply", "Re: how do you lot keep your paperwork straight?\nHere's an anonymised example of ours:\n\n{body}\n-- posted by slater_dave"),
    ("__in_office_email_forward", "---------- Forwarded message ---------\nFrom: Siobhán Byrne <sbyrne@" + RD + ">\nSubject: FYI\n\n{body}\n"),
]


def wrap(rng, wrapper_fmt, body):
    if wrapper_fmt is None:
        return body
    fmt = wrapper_fmt.replace("{body}", "\x01")
    n = fmt.count("%")
    if n == 4:
        fmt = fmt % (rng.randint(6, 18), rng.randint(0, 59), rng.randint(6, 18), rng.randint(0, 59))
    elif n == 1:
        fmt = fmt % rng.randint(1000, 9999)
    return fmt.replace("\x01", body)


def build(positive_values, password_form_re):
    rng = random.Random(SEED)
    recs = []
    seen = set()
    long_values = [v for v in positive_values if len(v) >= 6]

    def clean(text):
        if text in seen:
            return False
        if any(v in text for v in long_values):
            return False
        if password_form_re.search(text):
            return False
        if C.text_shape_problems(text):
            return False
        if C.JWT_SHAPE.search(text):
            return False
        return True

    for cls, _desc, bases in CLASSES:
        for base_name, fn in bases:
            for suffix, fmt in WRAPPERS:
                for _ in range(200):
                    text = wrap(rng, fmt, fn(rng))
                    if clean(text):
                        break
                else:
                    raise RuntimeError("negative could not be drawn: " + base_name)
                seen.add(text)
                recs.append({"class": cls, "container": base_name + suffix, "text": text, "source": "negative"})
    return recs
