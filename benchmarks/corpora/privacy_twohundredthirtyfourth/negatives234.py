"""Hard negatives of the laundrette world: no secret, but things that look like one."""
import base64
import hashlib
import json
import random

from common234 import (SEEDS, DIGITS, ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEXL, HEXU, B64URL, rstr, rbytes, uuid4,
                       luhn_digit, gs1_check, uk_vat_number, crc24_openpgp, b64u_nopad, WORLD_PW_FORM_RE,
                       UUID_RE, UUID4_RE)

BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _d(r, n):
    return rstr(r, DIGITS, n)


def sgtin96(r):
    company = r.randint(5000000, 5099999)
    item = r.randint(0, 999999)
    serial = r.getrandbits(38)
    bits = (0x30 << 88) | (1 << 85) | (5 << 82) | (company << 58) | (item << 38) | serial
    hexs = "%024X" % bits
    return hexs, "urn:epc:id:sgtin:%07d.%06d.%d" % (company, item, serial)


def sscc18(r):
    body = str(r.randint(0, 9)) + "50%05d" % r.randint(0, 99999) + _d(r, 9)
    return body + gs1_check(body)


def card16(r):
    body = "6033" + _d(r, 11)
    return body + luhn_digit(body)


def b64lines(data, width=64):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------- class generators
def ticket_printout(r):
    tkt = _d(r, 6)
    tags = ", ".join("HS-" + _d(r, 7) for _ in range(r.randint(2, 4)))
    return ("PRESSMARK CLEANERS - Morningside\nTicket: %s   Rail: R%d-%03d\nItems: %d x %s\nHeat-seal tags: %s\n"
            "Ready: Thu 14 Mar after 4pm\nBarcode: %s\n" % (tkt, r.randint(1, 6), r.randint(1, 600), r.randint(1, 6),
                                                            r.choice(["shirt", "suit 2pc", "duvet king", "dress"]), tags, _d(r, 12)))


def heat_seal_log(r):
    lines = []
    for _ in range(4):
        lines.append("2024-03-12 08:%02d:%02d printed HS-%s ticket %s item %s colour %s" % (
            r.randint(0, 59), r.randint(0, 59), _d(r, 7), _d(r, 6), r.choice(["SHIRT", "TROUSER", "JACKET", "DRESS"]),
            r.choice(["WHT", "BLK", "NVY", "GRY"])))
    return "\n".join(lines) + "\n"


def rfid_csv(r):
    lines = ["timestamp,antenna,epc,rssi"]
    for _ in range(5):
        h, _u = sgtin96(r)
        lines.append("2024-03-12T06:%02d:%02dZ,%d,%s,-%d" % (r.randint(0, 59), r.randint(0, 59), r.randint(1, 4), h, r.randint(40, 75)))
    return "\n".join(lines) + "\n"


def cage_report(r):
    lines = ["Cage C-%d (Royal Mercia Hotel) - 4 of %d tags shown" % (r.randint(100, 999), r.randint(150, 260))]
    for _ in range(4):
        h, u = sgtin96(r)
        lines.append("%s  %s" % (h, u))
    return "\n".join(lines) + "\n"


def machine_tsv(r):
    lines = ["machine\tmodel\tserial\tfirmware\tlast_fault"]
    for m in range(4):
        lines.append("%s%02d\t%s\t%s\t%d.%d.%d\tE:%d" % (r.choice("WD"), m + 1, r.choice(["SC20", "SC35", "DR30", "TD-50"]),
                                                    r.choice(["21H", "23K", "19B"]) + _d(r, 7), r.randint(1, 9),
                                                    r.randint(0, 20), r.randint(0, 99), r.randint(10, 99)))
    return "\n".join(lines) + "\n"


def fault_report(r):
    return ("Engineer visit %s - Leith\nDryer D%02d (serial 23K%s) showing fault E:%d (exhaust temp). Cleaned lint duct, "
            "replaced thermistor part 804%s. Washer W%02d serial 21H%s: door lock code %d cleared, firmware updated "
            "to %d.%d.%d.\nNext visit: %s weeks.\n" % (_d(r, 6), r.randint(1, 8), _d(r, 7), r.randint(10, 99), _d(r, 4),
                                                     r.randint(1, 12), _d(r, 7), r.randint(100, 999), r.randint(1, 9),
                                                     r.randint(0, 20), r.randint(0, 99), r.choice(["six", "eight", "twelve"])))


def card_export(r):
    lines = ["card_number,balance,last_used"]
    for _ in range(5):
        lines.append("%s,£%d.%02d,2024-03-%02d" % (card16(r), r.randint(0, 60), r.randint(0, 99), r.randint(1, 28)))
    return "\n".join(lines) + "\n"


def card_email(r):
    c = card16(r)
    old = card16(r)
    return ("Hi,\nyour replacement laundry card %s has been loaded with your old balance of £%d.%02d. "
            "The old card %s is now blocked, so please cut it up.\nSuds & Co\n" % (c, r.randint(1, 60), r.randint(0, 99), old))


def care_label(r):
    return ("RN %s  CA %s\n%d%% POLYESTER %d%% COTTON\nMACHINE WASH 40 / DO NOT TUMBLE DRY / IRON LOW\nSTYLE %s-%s LOT %s\n"
            % ("5" + _d(r, 4), "2" + _d(r, 4), 65, 35, "4" + _d(r, 4), rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), _d(r, 6)))


def spec_sheet(r):
    return ("Article: PC%s flat sheet 200TC, %d x %d cm\nGSM: %d\nShrinkage max 3%%\nOeko-Tex certificate: 21.HUK.%s\n"
            "Supplier item code: %s\nWash test: 100 cycles at 75C, tunnel washer\n" % (_d(r, 4), r.choice([180, 230, 275]),
                                                                                   r.choice([260, 290]), r.randint(120, 150),
                                                                                   _d(r, 5), rstr(r, UPPER_ALNUM, 10)))


def invoice_footer(r):
    v = uk_vat_number(r)
    return ("Suds & Co Laundrettes Ltd - Registered in Scotland SC%s - VAT GB %s %s %s\nPayment terms 30 days. "
            "Thank you for your custom.\n" % (_d(r, 6), v[:3], v[3:7], v[7:]))


def onboarding_form(r):
    v = uk_vat_number(r)
    return ("Supplier onboarding - Bright Linen Hire\nCompany number: %s\nVAT registration: GB%s\nEORI: GB%s000\n"
            "DUNS: %s\nContact: accounts@brightlinen-hire.example\n" % (_d(r, 8), v, v, _d(r, 9)))


def route_manifest(r):
    lines = ["Route %d - Thursday" % r.randint(1, 20)]
    for stop in range(1, 5):
        lines.append("Stop %d  %s  cages %d  SSCC (00)%s" % (stop, r.choice(["Royal Mercia Hotel", "Harbour Spa", "St Anne's Care Home",
                                                                           "Castle View B&B", "Northgate Clinic"]), r.randint(1, 6), sscc18(r)))
    return "\n".join(lines) + "\n"


def dispatch_log(r):
    lines = []
    for _ in range(4):
        lines.append("06:%02d:%02d SCAN 00%s cage C-%d door %d OK" % (r.randint(0, 59), r.randint(0, 59), sscc18(r),
                                                                     r.randint(100, 999), r.randint(1, 6)))
    return "\n".join(lines) + "\n"


def checkout_snippet(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe(\'pk_live_51%s\');\n'
            "  const square = { applicationId: 'sq0idp-%s', locationId: 'L%s' };\n</script>\n"
            % (rstr(r, ALNUM, 97), rstr(r, B64URL, 22), rstr(r, UPPER_ALNUM, 12)))


def public_config(r):
    mb = "pk." + b64u_nopad(json.dumps({"u": "sudsco", "a": "cl" + rstr(r, LOWER_ALNUM, 23)}, separators=(",", ":")).encode()) \
        + "." + rstr(r, ALNUM, 22)
    doc = {"googleMapsBrowserKey": "AIza" + rstr(r, B64URL, 35), "adyenClientKey": "live_" + rstr(r, UPPER_ALNUM, 32),
           "mapboxPublicToken": mb, "paypalClientId": "A" + rstr(r, B64URL, 79)}
    return "// public, shipped in the app bundle\n" + json.dumps(doc, indent=2) + "\n"


PLACEHOLDER_LINES = [
    "export CLEANCLOUD_API_TOKEN=<your-cleancloud-token>",
    "export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "TWILIO_AUTH_TOKEN=your_auth_token_here",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "POS_ADMIN_PASSWORD=changeme",
    "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
    "OPENAI_API_KEY=sk-proj-...",
    "MAILGUN_API_KEY=key-<32 hex chars>",
    "TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
    "APP_KEY=",
    "DATADOG_API_KEY=${DD_API_KEY:?set me}",
    "GOCARDLESS_ACCESS_TOKEN=live_REPLACE_ME",
    "NOTION_TOKEN=ntn_**********",
    "AWS_SECRET_ACCESS_KEY=<from the IAM console>",
]


def quickstart_md(r):
    lines = r.sample(PLACEHOLDER_LINES, 4)
    return ("## Quick start (step %d)\n\n```bash\n%s\n```\nReplace the placeholders with the values from your dashboard - "
            "never commit the real ones.\n" % (r.randint(1, 9), "\n".join(lines)))


def env_example(r):
    lines = r.sample(PLACEHOLDER_LINES, 5)
    return "# .env.example - copy to .env and fill in (rev %d)\n%s\n" % (r.randint(1, 99), "\n".join(lines))


def settings_ocr(r):
    return ("CARD READER SETTINGS\nMerchant ID   %s\nAPI key       ************%s\nWebhook secret   [hidden]   Reveal\n"
            "Admin PIN     ****\nLast sync     12/03/2024 %02d:%02d\n" % (_d(r, 8), rstr(r, HEXL, 4), r.randint(0, 23), r.randint(0, 59)))


def support_redacted(r):
    return ("Customer: our key is sk_live_51...%s and the reader still says unauthorised\nAgent: thanks - please never paste "
            "full keys here; I've replaced the rest with [REDACTED]. Could you roll the key ending %s in the dashboard?\n"
            % (rstr(r, ALNUM, 4), rstr(r, ALNUM, 4)))


def external_secret_yaml(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: booking-%d\nspec:\n"
            "  secretStoreRef:\n    name: aws-secrets\n    kind: ClusterSecretStore\n  data:\n  - secretKey: stripe-secret\n"
            "    remoteRef:\n      key: prod/booking/stripe\n      property: secret_key\n" % r.randint(1, 99))


def laravel_refs(r):
    return ("STRIPE_SECRET=${STRIPE_SECRET}\nDB_PASSWORD=op://Laundrette/booking-db/password\n"
            "TWILIO_AUTH_TOKEN=arn:aws:secretsmanager:eu-west-2:%s:secret:prod/twilio-%s\n"
            "MAIL_PASSWORD=projects/suds-prod/secrets/mail-password/versions/%d\n" % (_d(r, 12), rstr(r, ALNUM, 6), r.randint(1, 30)))


def bcrypt_dump(r):
    rows = []
    for _ in range(3):
        h = "$2y$12$" + rstr(r, BCRYPT_ALPHA, 53)
        rows.append("(%d, '%s@suds-and-co.example', '%s', '2024-03-%02d 09:%02d:44')" % (
            r.randint(1, 999), r.choice(["dee", "mo", "ray", "sam", "priya"]), h, r.randint(1, 28), r.randint(0, 59)))
    return "INSERT INTO users (id, email, password, created_at) VALUES\n" + ",\n".join(rows) + ";\n"


def ldif_ssha(r):
    salt = rbytes(r, 4)
    digest = hashlib.sha1(rbytes(r, 12) + salt).digest()
    ssha = "{SSHA}" + base64.b64encode(digest + salt).decode()
    uid = r.choice(["moahmed", "deeleith", "priyak", "samw"])
    return ("dn: uid=%s,ou=staff,dc=pressmark,dc=lan\nobjectClass: inetOrgPerson\nuid: %s\ncn: %s\nuserPassword: %s\n"
            % (uid, uid, uid.capitalize(), ssha))


def pgp_message(r):
    data = bytes([0x85, 0x01, 0x0C]) + rbytes(r, r.randint(150, 260))
    crc = crc24_openpgp(data)
    return ("Subject: March payroll\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n"
            % (b64lines(data), base64.b64encode(crc.to_bytes(3, "big")).decode()))


def age_armor(r):
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (b64u_nopad(rbytes(r, 32)).replace("-", "+").replace("_", "/"),
                                                              base64.b64encode(rbytes(r, 32)).decode().rstrip("="),
                                                              base64.b64encode(rbytes(r, 32)).decode().rstrip("="))).encode()
    data = hdr + rbytes(r, r.randint(80, 160))
    return ("Nightly backup of the till database, encrypted to the owner's age key:\n-----BEGIN AGE ENCRYPTED FILE-----\n"
            "%s\n-----END AGE ENCRYPTED FILE-----\n" % b64lines(data))


def package_lock(r):
    pkg = r.choice(["dayjs", "zod", "luxon", "nanoid", "qrcode", "pdfkit"])
    ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30))
    integ = base64.b64encode(hashlib.sha512(rbytes(r, 64)).digest()).decode()
    return ('"node_modules/%s": {\n  "version": "%s",\n  "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n'
            '  "integrity": "sha512-%s"\n}\n' % (pkg, ver, pkg, pkg, ver, integ))


def git_log(r):
    out = []
    for msg in r.sample(["booking: fix double-charge on dryer top-ups", "kiosk: larger coin-acceptor timeout",
                         "routes: show cage counts per stop", "pos: print heat-seal tag on re-issue",
                         "deps: bump pdfkit"], 2):
        out.append("commit %s\nAuthor: Ray <ray@suds-and-co.example>\nDate:   Tue Mar %d 22:%02d:03 2024 +0000\n\n    %s\n"
                   % (hashlib.sha1(rbytes(r, 32)).hexdigest(), r.randint(1, 28), r.randint(0, 59), msg))
    return "\n".join(out)


HANDBOOK = [
    "Every member of staff has their own till login; never share it, even on a busy Saturday.",
    "Passwords for the back-office PC are changed every quarter by the owner and are never written on the noticeboard.",
    "If a customer asks for the Wi-Fi details, point them to the sign by the folding tables.",
    "Use the password manager on the shop phone rather than sticky notes on the dryers.",
    "Engineers get a temporary service code from the owner on the day of the visit, which is changed after they leave.",
    "A good passphrase is long: four unrelated words beat a short word with symbols.",
    "Report any message asking for a login - the bank, the card-reader company and the linen supplier will never ask for one.",
    "When someone leaves, their account on the route portal is disabled the same day.",
]


def handbook(r):
    return "Section %d - Logins and passwords\n\n%s\n" % (r.randint(3, 9), " ".join(r.sample(HANDBOOK, 4)))


def policy_memo(r):
    return ("MEMO to all franchisees (ref IT-%s)\n\n%s\n\nQuestions to the support desk.\n"
            % (_d(r, 3), "\n".join("- " + s for s in r.sample(HANDBOOK, 3))))


def takings_sheet(r):
    parts = ["W%02d £%d.%02d" % (m, r.randint(20, 90), r.choice([0, 20, 40, 50, 60, 80])) for m in range(1, 7)]
    return ("Leith - Z report 12/03\n%s\nCoin box total £%d.%02d; card £%d.%02d\nChange machine float: £200.00\n"
            % ("  ".join(parts), r.randint(200, 500), r.randint(0, 99), r.randint(100, 400), r.randint(0, 99)))


def meter_log(r):
    return ("Meter readings 12/03\nWater meter %s: %d.%03d m3\nGas meter M%s: %d\nElectricity MPAN %s: %d kWh\n"
            % (_d(r, 8), r.randint(1000, 9999), r.randint(0, 999), _d(r, 7), r.randint(10000, 99999), _d(r, 13),
               r.randint(10000, 99999)))


def _ed25519_blob(r):
    return b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)


def authorized_keys(r):
    lines = []
    for who in r.sample(["ray@owner-mac", "deploy@ci", "dee@leith-laptop", "engineer@jensen-support"], 3):
        lines.append("ssh-ed25519 %s %s" % (base64.b64encode(_ed25519_blob(r)).decode(), who))
    return "\n".join(lines) + "\n"


def ssh_prompt(r):
    fp = base64.b64encode(hashlib.sha256(_ed25519_blob(r)).digest()).decode().rstrip("=")
    return ("The authenticity of host 'nas01.pressmark.lan (10.40.0.%d)' can't be established.\nED25519 key fingerprint is "
            "SHA256:%s.\nThis key is not known by any other names.\nAre you sure you want to continue connecting "
            "(yes/no/[fingerprint])? yes\n" % (r.randint(2, 250), fp))


def google_client(r):
    return ("OAuth 2.0 Client IDs\nName: Booking site (web)\nClient ID: %s-%s.apps.googleusercontent.com\n"
            "Authorised redirect URIs: https://book.suds-and-co.example/auth/google/callback\nCreation date: %d March 2024\n"
            % (_d(r, 12), rstr(r, LOWER_ALNUM, 32), r.randint(1, 28)))


def entra_export(r):
    doc = {"appId": uuid4(r), "displayName": "Linen ERP SSO %d" % r.randint(1, 9), "tenantId": uuid4(r),
           "replyUrls": ["https://erp.brightlinen-hire.example/signin-oidc"], "signInAudience": "AzureADMyOrg"}
    return json.dumps(doc, indent=2) + "\n"


def cert_csv(r):
    lines = ["host,issuer,serial,not_after,sha1_thumbprint"]
    for h in r.sample(["book.suds-and-co.example", "api.suds-and-co.example", "routes.brightlinen-hire.example",
                       "erp.brightlinen-hire.example"], 3):
        lines.append("%s,R11,%s,2024-%02d-%02d,%s" % (h, rstr(r, HEXL, 36), r.randint(4, 12), r.randint(1, 28),
                                                     hashlib.sha1(rbytes(r, 40)).hexdigest().upper()))
    return "\n".join(lines) + "\n"


def x509_text(r):
    serial = ":".join("%02x" % b for b in rbytes(r, 18))
    fp = ":".join("%02X" % b for b in hashlib.sha256(rbytes(r, 64)).digest())
    return ("Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            %s\n"
            "        Issuer: C=US, O=Let's Encrypt, CN=R11\n        Subject: CN=book.suds-and-co.example\n"
            "sha256 Fingerprint=%s\n" % (serial, fp))


CLASSES = [
    ("garment_ticket_and_heat_seal_numbers", "dry-cleaning ticket, rail and heat-seal tag numbers, Code 128 barcodes",
     [("dry_clean_ticket_printout", ticket_printout), ("heat_seal_label_batch_log", heat_seal_log)]),
    ("linen_rfid_sgtin96_reads", "linen RFID reads: SGTIN-96 EPCs as 24 upper-case hex with their real URN decoding",
     [("rfid_tunnel_reader_csv", rfid_csv), ("linen_cage_count_report", cage_report)]),
    ("washer_dryer_serials_and_fault_codes", "washer / dryer serials, models, firmware versions, fault and part codes",
     [("machine_service_history_tsv", machine_tsv), ("engineer_fault_report", fault_report)]),
    ("laundry_card_numbers_with_luhn", "closed-loop laundry card numbers (16 digits, real Luhn check digit) and balances",
     [("card_system_balance_export", card_export), ("customer_card_reissue_email", card_email)]),
    ("care_label_rn_and_fibre_codes", "care-label RN / CA numbers, fibre content, style and lot codes, Oeko-Tex numbers",
     [("garment_care_label_ocr", care_label), ("textile_supplier_spec_sheet", spec_sheet)]),
    ("uk_vat_and_companies_house_numbers", "UK VAT numbers with a real mod-97 check, company, EORI and DUNS numbers",
     [("invoice_footer_text", invoice_footer), ("supplier_onboarding_form", onboarding_form)]),
    ("sscc18_cage_and_route_labels", "SSCC-18 cage labels with real GS1 check digits on route manifests and scan logs",
     [("route_manifest_printout", route_manifest), ("depot_dispatch_scan_log", dispatch_log)]),
    ("client_side_publishable_identifiers", "Stripe pk_live_51, Square application id, Maps browser key (AIza), Adyen client key, Mapbox pk. token, PayPal client id (public by design)",
     [("booking_page_checkout_snippet", checkout_snippet), ("pickup_app_public_config", public_config)]),
    ("docs_placeholder_and_example_tokens", "placeholders and documentation examples: <your-…>, xxxx runs, changeme, ${…:?}, the classic Telegram docs token",
     [("vendor_quickstart_markdown", quickstart_md), ("env_example_template", env_example)]),
    ("masked_and_last_four_displays", "stars, [hidden], ellipsis-truncated keys, last-four displays, [REDACTED]",
     [("pos_settings_screen_ocr", settings_ocr), ("support_chat_redacted", support_redacted)]),
    ("secret_manager_pointer_strings", "ExternalSecret remoteRef, ${VAR}, op://, Secrets Manager ARN, GCP secret version path",
     [("k8s_external_secret_yaml", external_secret_yaml), ("laravel_env_secret_refs", laravel_refs)]),
    ("bcrypt_and_ldap_ssha_hashes", "Laravel bcrypt $2y$12$ hashes in a column called password; LDAP {SSHA} (real SHA-1 of random bytes + salt)",
     [("booking_users_table_dump", bcrypt_dump), ("ldap_staff_ldif_export", ldif_ssha)]),
    ("pgp_armored_and_age_encrypted_blocks", "OpenPGP armored messages with a real CRC-24 line; age armored files (random in frame)",
     [("pgp_encrypted_email_body", pgp_message), ("age_encrypted_backup_note", age_armor)]),
    ("lockfile_integrity_and_commit_shas", "npm lockfile sha512 integrity values and git commit SHA-1s (real digests of random bytes)",
     [("package_lock_excerpt", package_lock), ("deploy_changelog_git_log", git_log)]),
    ("staff_password_rotation_prose", "handbook and memo prose about passwords and codes with no value in it",
     [("laundrette_staff_handbook_section", handbook), ("franchise_it_policy_memo", policy_memo)]),
    ("coin_meter_and_takings_readings", "machine takings, coin-box totals, water / gas meter serials and readings, MPANs",
     [("end_of_day_takings_sheet", takings_sheet), ("utility_meter_reading_log", meter_log)]),
    ("ssh_public_keys_and_host_fingerprints", "ssh-ed25519 public keys (real wire format) and SHA256 host-key fingerprints",
     [("authorized_keys_file", authorized_keys), ("ssh_first_connect_prompt", ssh_prompt)]),
    ("oauth_client_ids_and_redirect_uris", "Google OAuth client ids, Entra app and tenant ids (UUIDv4), redirect URIs",
     [("google_oauth_client_listing", google_client), ("entra_app_registration_export", entra_export)]),
    ("tls_certificate_serials_and_thumbprints", "TLS certificate serials, SHA-1 thumbprints and SHA-256 fingerprints",
     [("certificate_inventory_csv", cert_csv), ("openssl_x509_text_excerpt", x509_text)]),
]

WRAPPERS = ["in_laundrette_owners_whatsapp", "in_linen_hire_service_desk", "in_dry_cleaner_email_thread",
            "in_launderette_trade_forum"]


def wrap(w, body, r):
    if w == "in_laundrette_owners_whatsapp":
        mm = r.randint(10, 58)
        return ("[14/03/2024, 21:%d] Sam (Portobello): can someone sanity-check this before I send it?\n%s"
                "[14/03/2024, 21:%d] Ray: looks normal to me\n" % (mm, body, mm + 1))
    if w == "in_linen_hire_service_desk":
        return ("Ticket #%d - customer pasted the following\n---\n%s---\nAgent: nothing sensitive in there, closing.\n"
                % (r.randint(10000, 99999), body))
    if w == "in_dry_cleaner_email_thread":
        quoted = "\n".join("> " + line for line in body.rstrip("\n").split("\n"))
        return "From: Priya <priya@pressmark-cleaners.example>\nSubject: Re: quick question\n\nSee below.\n\n%s\n" % quoted
    if w == "in_launderette_trade_forum":
        return ("Posted in Equipment & Software by washday_wendy:\nAnyone else seeing this on theirs?\n\n%s\nThanks in advance!\n"
                % body)
    raise KeyError(w)


def negative_problems(text, registry_items):
    probs = []
    for s in registry_items:
        if len(s) >= 6 and s in text:
            probs.append("registered string inside")
            break
    if WORLD_PW_FORM_RE.search(text):
        probs.append("world-word password form")
    for m in UUID_RE.finditer(text):
        if not UUID4_RE.match(m.group(0)):
            probs.append("non-v4 uuid")
    return probs


def generate(registry, next_id):
    rng = random.Random(SEEDS["negatives"])
    recs = []
    seen = set()
    for cls, _desc, kinds in CLASSES:
        for kind, fn in kinds:
            for pres in [None] + WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    text = body if pres is None else wrap(pres, body, rng)
                    if text in seen or negative_problems(text, registry.items):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn: " + kind)
                seen.add(text)
                container = kind if pres is None else "%s__%s" % (kind, pres)
                recs.append({"id": next_id(), "class": cls, "container": container, "text": text, "source": "negative"})
    return recs
