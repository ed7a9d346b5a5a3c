"""Hard negatives of the range / firearms-retail world: no secret, but look-alikes."""
import base64
import hashlib
import random

from common186 import (rs, rbytes, uuid4, luhn_digit, gtin_check, HEXL, HEXU, DIG, UPPER, ALNUM, UALNUM, B62,
                       B64URL)

SEED = 18606

NAMES = ["Dana Kowalski", "Luis Ortega", "Mei Chen", "Tom Hadley", "Priya Shah", "Walt Brennan", "Ana Souza"]
MFRS = [("Glock", "G19 Gen5", "9mm", "Pistol"), ("Ruger", "10/22", ".22 LR", "Rifle"), ("Smith & Wesson", "M&P15", "5.56 NATO", "Rifle"),
        ("Sig Sauer", "P365", "9mm", "Pistol"), ("Benelli", "M2 Field", "12 GA", "Shotgun"), ("Ruger", "GP100", ".357 Mag", "Revolver"),
        ("Springfield Armory", "Hellcat", "9mm", "Pistol"), ("Savage", "110 Tactical", "6.5 Creedmoor", "Rifle"),
        ("Beretta", "A300 Ultima", "12 GA", "Shotgun"), ("Henry", "H001", ".22 LR", "Rifle")]


def ffl(r):
    return "%d-%02d-%03d-%s-%d%s-%05d" % (r.randint(1, 9), r.randint(1, 99), r.randint(1, 999), r.choice(["01", "02", "07", "08"]),
                                          r.randint(4, 9), r.choice("ABCDEFGHJKLM"), r.randint(1, 99999))


def serial(r):
    return r.choice([lambda: rs(r, UPPER, 3) + rs(r, DIG, 3), lambda: rs(r, UPPER, 2) + rs(r, DIG, 6),
                     lambda: rs(r, DIG, 4) + "-" + rs(r, UPPER, 2) + rs(r, DIG, 3), lambda: rs(r, UALNUM, 9),
                     lambda: "SN" + rs(r, DIG, 8)])()


def sha_hex(r, algo, n=64):
    return hashlib.new(algo, rbytes(r, n)).hexdigest()


def b64(b):
    return base64.b64encode(b).decode()


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def sgtin96(r):
    company = r.randint(1000000, 9999999)   # 7 digits, partition 5 -> 24 bits
    item = r.randint(0, 999999)             # 6 digits incl. indicator -> 20 bits
    ser = r.randint(1, 2 ** 38 - 1)
    bits = (0x30 << 88) | (1 << 85) | (5 << 82) | (company << 58) | (item << 38) | ser
    epc = "%024X" % bits
    item_s = "%06d" % item
    g13 = item_s[0] + "%07d" % company + item_s[1:]
    return epc, g13 + gtin_check(g13), ser


# ---------------------------------------------------------------- base kinds
def k_ffl_ez(r):
    n = ffl(r)
    return ("FFL eZ Check — result\nLicense Number: %s\nLicense Name: %s OUTFITTERS LLC\nPremises: %d MAIN ST, %s\n"
            "Expiration: 20%d-%02d-01\nStatus: VALID (verified %s)\n" % (n, r.choice(["OAK BARREL", "RIDGELINE", "NORTHFIELD"]),
                                                                   r.randint(10, 9999), r.choice(["BOISE ID", "DULUTH MN", "ABILENE TX"]),
                                                                   r.randint(26, 29), r.randint(1, 12), "2024-0%d-1%d" % (r.randint(1, 9), r.randint(0, 9))))


def k_ffl_csv(r):
    rows = ["distributor,ffl_number,expires,copy_on_file"]
    for d in ["RSR Group", "Sports South", "Lipsey's", "Davidson's", "Zanders"][:r.randint(3, 5)]:
        rows.append("%s,%s,20%d-%02d,yes" % (d, ffl(r), r.randint(26, 29), r.randint(1, 12)))
    return "\n".join(rows) + "\n"


def k_ad_rows(r):
    rows = ["acq_date,manufacturer,model,serial,type,caliber,source"]
    for _ in range(r.randint(3, 5)):
        m = r.choice(MFRS)
        rows.append("2024-%02d-%02d,%s,%s,%s,%s,%s,%s" % (r.randint(1, 12), r.randint(1, 28), m[0], m[1], serial(r),
                                                       m[3], m[2], ffl(r)))
    return "\n".join(rows) + "\n"


def k_gunsmith_intake(r):
    return ("GUNSMITH INTAKE LOG\nWO-%05d  %s %s  S/N %s  in: cleaning + trigger job\nWO-%05d  %s %s  S/N %s  in: scope mount\n"
            % (r.randint(1000, 99999), *r.choice(MFRS)[:2], serial(r), r.randint(1000, 99999), *r.choice(MFRS)[:2], serial(r)))


def ntn(r):
    return rs(r, UALNUM, 9)


def k_nics_export(r):
    rows = ["ntn,date,status,form_4473_serial"]
    for _ in range(r.randint(3, 5)):
        rows.append("%s,2024-%02d-%02d,%s,%d-%04d" % (ntn(r), r.randint(1, 12), r.randint(1, 28), r.choice(["PROCEED", "DELAYED", "PROCEED", "CANCELLED"]),
                                                     r.randint(2023, 2024), r.randint(1, 9999)))
    return "\n".join(rows) + "\n"


def k_4473_ocr(r):
    return ("ATF FORM 4473 (5300.9)  Transferor's Transaction Serial Number: %d-%04d\nSection C  NICS Transaction Number (NTN): %s\n"
            "Response: Delayed   Date: 06/%02d/2024   Missing Disposition Information date: 06/%02d/2024\n" % (
                r.randint(2023, 2024), r.randint(1, 9999), ntn(r), r.randint(1, 9), r.randint(10, 28)))


def upc(r):
    d = "0" + rs(r, DIG, 10)
    return d + gtin_check(d)


def ean13(r):
    d = r.choice(["40", "50", "80", "87"]) + rs(r, DIG, 10)
    return d + gtin_check(d)


def k_item_master(r):
    rows = ["sku,upc,description,qty"]
    for desc in r.sample(["9mm 115gr FMJ 50rd", ".22 LR 40gr 500rd brick", "12GA #8 target 25rd", "5.56 55gr FMJ 20rd",
                          "6.5 CM 140gr ELD 20rd", "Carbon arrows 6-pack", "Ear plugs 200ct"], 4):
        rows.append("%s,%s,%s,%d" % ("AM-" + rs(r, DIG, 5), r.choice([upc, ean13])(r), desc, r.randint(0, 400)))
    return "\n".join(rows) + "\n"


def k_scanner_log(r):
    return "".join("[scanner] %02d:%02d:%02d decode ok symbology=%s data=%s\n" % (r.randint(8, 20), r.randint(0, 59), r.randint(0, 59),
                                                                                r.choice(["UPC-A", "EAN-13"]), r.choice([upc, ean13])(r)) for _ in range(4))


def k_shot_csv(r):
    rows = ["shot,x_mm,y_mm,score,time"]
    for i in range(1, r.randint(6, 9)):
        x, y = round(r.uniform(-12, 12), 2), round(r.uniform(-12, 12), 2)
        rows.append("%d,%.2f,%.2f,%.1f,10:%02d:%02d" % (i, x, y, r.choice([10.9, 10.4, 9.8, 10.1, 9.6, 10.6]), r.randint(0, 59), r.randint(0, 59)))
    return "\n".join(rows) + "\n"


def k_shot_ws(r):
    return "".join('{"type":"shot","id":"%s","fp":%d,"discipline":"AR60","score":%.1f,"x":%.1f,"y":%.1f}\n' % (
        uuid4(r), r.randint(1, 40), r.choice([10.3, 9.9, 10.7, 10.0]), r.uniform(-5, 5), r.uniform(-5, 5)) for _ in range(3))


def k_ianseo(r):
    rows = ["Bib  Target  Athlete            WA-ID     Club  Class"]
    for _ in range(4):
        rows.append("%04d  %02d%s    %-18s %s  %s   %s" % (r.randint(1, 9999), r.randint(1, 40), r.choice("ABCD"), r.choice(NAMES),
                                                         rs(r, DIG, 7) if r.random() < 0.5 else "USA" + rs(r, DIG, 6),
                                                         rs(r, UPPER, 3), r.choice(["RM", "RW", "CM", "CW", "BM"])))
    return "\n".join(rows) + "\n"


def k_entry_email(r):
    return ("Subject: Entry confirmed — Spring Indoor 18m\n\nHi %s,\nyour entry is confirmed. Bib %04d, target %02d%s, session %d.\n"
            "Athlete licence: %s. Payment reference: SI18-%s.\n" % (r.choice(NAMES), r.randint(1, 9999), r.randint(1, 40), r.choice("ABCD"),
                                                                   r.randint(1, 3), "AGB-" + rs(r, DIG, 6), rs(r, UALNUM, 8)))


def booking_code(r):
    body = rs(r, DIG, 12)
    return "RB-%s-%s-%s" % (body[:4], body[4:], luhn_digit(body))


def k_booking_sms(r):
    return ("Northfield Range: Lane %d booked %s %02d:00-%02d:00. Code %s. Show this at the desk.\n" % (
        r.randint(1, 24), r.choice(["Sat", "Sun", "Fri"]), r.randint(9, 18), r.randint(10, 20), booking_code(r)))


def k_booking_csv(r):
    rows = ["code,lane,date,party_size,waiver_ok"]
    for _ in range(4):
        rows.append("%s,%d,2024-%02d-%02d,%d,%s" % (booking_code(r), r.randint(1, 24), r.randint(1, 12), r.randint(1, 28), r.randint(1, 4), r.choice(["y", "n"])))
    return "\n".join(rows) + "\n"


def k_waiver_audit(r):
    return ("Waiver audit trail\nEnvelope: %s\nSigned: 2024-%02d-%02dT%02d:%02d:11Z from kiosk-lobby-%d\nDocument SHA-384: %s\n" % (
        uuid4(r), r.randint(1, 12), r.randint(1, 28), r.randint(8, 20), r.randint(0, 59), r.randint(1, 3), sha_hex(r, "sha384")))


def k_waiver_manifest(r):
    return "".join("%s  waivers/2024/%s.pdf\n" % (sha_hex(r, "sha384"), uuid4(r)) for _ in range(3))


def k_storefront_head(r):
    return ("<head>\n  <script src=\"https://js.stripe.com/v3/\"></script>\n  <script>window.RANGE_PUBLIC = {stripeKey: \"pk_live_%s\", "
            "recaptchaSiteKey: \"6L%s\", gaId: \"G-%s\"};</script>\n  <div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n</head>\n" % (
                rs(r, ALNUM, 99), rs(r, B64URL, 38), rs(r, UALNUM, 10), rs(r, B64URL, 12)))


def k_public_runtime(r):
    return ("{\n  \"sentryDsn\": \"https://%s@o%s.ingest.sentry.io/%s\",\n  \"posthogProjectKey\": \"phc_%s\",\n  \"mapboxToken\": \"pk.%s.%s\"\n}\n" % (
        rs(r, HEXL, 32), rs(r, DIG, 6), rs(r, DIG, 7), rs(r, ALNUM, 43),
        base64.urlsafe_b64encode(('{"u":"northfieldrange","a":"%s"}' % rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 25)).encode()).decode().rstrip("="),
        rs(r, B64URL, 22)))


def k_quickstart_md(r):
    return ("## Quickstart\n\n```bash\nexport FASTBOUND_API_KEY=<your-api-key>\nexport SHOPIFY_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "curl -H \"Authorization: Bearer $FASTBOUND_API_KEY\" https://api.example.com/v1/items\n```\n"
            "Replace `YOUR_SMARTWAIVER_KEY` with the key from Settings → API. Never commit real keys.\n")


def k_env_example(r):
    return ("# .env.example — copy to .env and fill in\nLANE_KIOSK_ADMIN_PASSWORD=\nBOUND_BOOK_DB_PASSWORD=changeme\n"
            "NICS_ECHECK_PASSWORD=${NICS_ECHECK_PASSWORD:?set in vault}\nBOOKING_WEBHOOK_SECRET=lbwh_<generate-with-openssl-rand>\n"
            "EXPORT_AES_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")


def k_support_bundle(r):
    return ("# support bundle env (values masked by collector v%d.%d)\nRFID_GATEWAY_KEY=armr_%s…\nBOOKING_WEBHOOK_SECRET=lbwh_••••••••••••%s\n"
            "POS_MANAGER_PASSWORD=********\nSTRIPE_SECRET_KEY=sk_live_…%s\nWAIVER_DEVICE_SECRET=[REDACTED %d chars]\n" % (
                r.randint(1, 4), r.randint(0, 9), "*" * 12, rs(r, HEXL, 4), rs(r, ALNUM, 4), r.randint(40, 48)))


def k_ci_masked(r):
    return ("Run ./deploy.sh\n  env:\n    LANE_KIOSK_ADMIN_PASSWORD: ***\n    RSO_ROSTER_PASSWORD: ***\n"
            "deploy: using credentials from secrets (masked)\ndeploy: uploaded build %s to lanes%02d\n" % (rs(r, HEXL, 7), r.randint(1, 9)))


def k_external_secrets(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: pos-backoffice\nspec:\n  data:\n"
            "    - secretKey: POS_MANAGER_PASSWORD\n      remoteRef:\n        key: range/prod/pos/manager\n"
            "    - secretKey: FASTBOUND_API_KEY\n      remoteRef:\n        key: arn:aws:secretsmanager:us-east-2:%s:secret:range/fastbound-%s\n" % (
                rs(r, DIG, 12), rs(r, ALNUM, 6)))


def k_keyvault_refs(r):
    return ("BOUND_BOOK_DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://range-kv-%02d.vault.azure.net/secrets/boundbook-db/)\n"
            "NICS_RELAY_KEY=projects/range-prod-%d/secrets/nics-relay/versions/latest\nLANE_KIOSK_ADMIN_PASSWORD=op://Range Ops/Lane Kiosk/password\n"
            "ARMOURY_DOOR_PASSWORD=${{ secrets.ARMOURY_DOOR_PASSWORD }}\n" % (r.randint(1, 20), r.randint(100, 999)))


def _wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def k_age_armor(r):
    inner = (b"age-encryption.org/v1\n-> X25519 " + base64.b64encode(rbytes(r, 32)).rstrip(b"=") + b"\n" +
             base64.b64encode(rbytes(r, 32)).rstrip(b"=") + b"\n--- " + base64.b64encode(rbytes(r, 32)).rstrip(b"=") + b"\n" + rbytes(r, r.randint(60, 120)))
    return "ad_book_export_2024Q%d.csv.age\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % (r.randint(1, 4), _wrap64(b64(inner)))


def k_pgp_message(r):
    data = bytes([0x85, 0x01, 0x0C]) + rbytes(r, r.randint(120, 220))
    c = crc24(data)
    return ("Hi, encrypted roster attached inline as requested:\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (
        _wrap64(b64(data)), b64(bytes([c >> 16, (c >> 8) & 0xFF, c & 0xFF]))))


BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def k_bcrypt(r):
    rows = ["member_id|email|password"]
    for _ in range(3):
        rows.append("%d|%s@example.org|$2b$12$%s" % (r.randint(10000, 99999), r.choice(["dana", "luis", "mei", "tom", "priya"]) + str(r.randint(1, 99)), rs(r, BCRYPT_ALPHA, 53)))
    return "\n".join(rows) + "\n"


def k_argon2(r):
    return "".join("kiosk_admin_%d: $argon2id$v=19$m=65536,t=3,p=4$%s$%s\n" % (
        i, base64.b64encode(rbytes(r, 16)).decode().rstrip("="), base64.b64encode(rbytes(r, 32)).decode().rstrip("=")) for i in range(1, 3))


PROSE_A = ["Lane kiosk passwords are rotated on the first Monday of every month.",
           "Never write the armoury door code or any password on the lane whiteboard.",
           "If you forget your roster-portal password, ask the chief RSO to reset it; do not share accounts.",
           "The POS manager override must be typed by a manager, never read out over the radio.",
           "Passwords for the bound-book database live in the password manager, not in e-mail.",
           "When a staff member leaves, change every shared password they knew the same day."]
PROSE_B = ["Shift notes: kiosk 2 asked for the admin password again — told them to call the duty manager.",
           "Reminder: the new waiver tablets need a password set during first boot; IT will do it Tuesday.",
           "Audit finding 4: shared password on the scoring server. Action: individual accounts by Q3.",
           "Someone asked for the Wi-Fi password for the lane tablets — it is on the sealed card in the safe.",
           "The FFL compliance training covered password hygiene and phishing; 11 of 12 staff passed."]


def k_handbook(r):
    return "RSO HANDBOOK — IT & PASSWORDS\n" + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(r.sample(PROSE_A, 4))) + "\n"


def k_shift_notes(r):
    return "Front-desk shift notes %s\n" % r.choice(["Fri", "Sat", "Sun"]) + "\n".join("- " + s for s in r.sample(PROSE_B, 3)) + "\n"


def k_eforms_receipt(r):
    return ("ATF eForms — Submission received\nForm: %s\nControl Number: %d%06d\nSubmitted: 2024-%02d-%02d\nStatus: %s\n" % (
        r.choice(["Form 4 (5320.4)", "Form 3 (5320.3)", "Form 1 (5320.1)"]), r.randint(2023, 2024), r.randint(0, 999999),
        r.randint(1, 12), r.randint(1, 28), r.choice(["Pending", "Approved", "In review"])))


def k_nfa_sheet(r):
    rows = ["item,serial,form,control_number,stamp_serial"]
    for _ in range(3):
        rows.append("%s,%s,%s,%d%06d,%s" % (r.choice(["suppressor", "SBR", "SBS"]), serial(r), r.choice(["F4", "F3"]), r.randint(2022, 2024),
                                           r.randint(0, 999999), rs(r, DIG, 7)))
    return "\n".join(rows) + "\n"


def k_rfid_json(r):
    out = []
    for _ in range(3):
        epc, _, _ = sgtin96(r)
        out.append('{"epc":"%s","antenna":%d,"rssi":%d,"reader":"armoury-portal-%d"}' % (epc, r.randint(1, 4), -r.randint(40, 75), r.randint(1, 2)))
    return "\n".join(out) + "\n"


def k_cycle_count(r):
    rows = ["epc,gtin,serial,rack"]
    for _ in range(4):
        epc, g, ser = sgtin96(r)
        rows.append("%s,%s,%d,R%d-%d" % (epc, g, ser, r.randint(1, 9), r.randint(1, 20)))
    return "\n".join(rows) + "\n"


def k_certutil(r):
    return ("================ Certificate %d ================\nSerial Number: %s\nIssuer: CN=Range POS Issuing CA\nSubject: CN=pos%02d.range.lan\n"
            "Cert Hash(sha1): %s\n" % (r.randint(0, 5), rs(r, HEXL, 32), r.randint(1, 20), sha_hex(r, "sha1")))


def k_openssl_fp(r):
    h = sha_hex(r, "sha256").upper()
    return "$ openssl x509 -in terminal-%02d.pem -noout -fingerprint -sha256\nsha256 Fingerprint=%s\n" % (r.randint(1, 20), ":".join(h[i:i + 2] for i in range(0, 64, 2)))


def k_kubectl_images(r):
    return ("Containers:\n  lanes:\n    Image:      registry.range.lan/lanes:%d.%d\n    Image ID:   registry.range.lan/lanes@sha256:%s\n"
            "  sidecar:\n    Image ID:   docker.io/library/nginx@sha256:%s\n" % (r.randint(1, 5), r.randint(0, 20), sha_hex(r, "sha256"), sha_hex(r, "sha256")))


def k_lfs_pointer(r):
    return "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha_hex(r, "sha256"), r.randint(10000, 90000000))


def k_stripe_export(r):
    rows = ["id,amount,currency,customer,charge,status"]
    for _ in range(3):
        rows.append("pi_3P%s,%d,usd,cus_%s,ch_3P%s,succeeded" % (rs(r, ALNUM, 22), r.randint(1500, 90000), rs(r, ALNUM, 14), rs(r, ALNUM, 22)))
    return "\n".join(rows) + "\n"


def k_stripe_events(r):
    return "".join("%s evt_1P%s %s req_%s\n" % (r.choice(["200 POST", "200 POST", "400 POST"]), rs(r, ALNUM, 22),
                                              r.choice(["payment_intent.succeeded", "charge.refunded", "customer.created"]), rs(r, ALNUM, 14)) for _ in range(4))


CLASSES = [
    ("ffl_licence_numbers_and_ez_check_lookups", "FFL licence numbers (region-district-county-type-expiry-sequence) in eZ Check results and distributor files", [("ffl_ez_check_result_page", k_ffl_ez), ("distributor_ffl_on_file_csv", k_ffl_csv)]),
    ("firearm_serials_in_acquisition_disposition_rows", "firearm serial numbers in A&D book rows and gunsmith intake logs (letter/digit runs that look like codes)", [("ad_book_acquisition_rows_csv", k_ad_rows), ("gunsmith_intake_serial_log", k_gunsmith_intake)]),
    ("nics_transaction_numbers_and_delay_statuses", "9-character NICS transaction numbers, Form 4473 transaction serials, statuses", [("nics_echeck_status_export", k_nics_export), ("form_4473_section_c_ocr", k_4473_ocr)]),
    ("ammunition_gtin_barcodes_with_check_digits", "UPC-A / EAN-13 barcodes with real GS1 check digits", [("pos_item_master_csv", k_item_master), ("barcode_scanner_debug_log", k_scanner_log)]),
    ("issf_electronic_target_shot_logs", "shot coordinates, decimal scores, shot UUIDv4s from electronic targets", [("etarget_shot_export_csv", k_shot_csv), ("scoring_websocket_frames_jsonl", k_shot_ws)]),
    ("archery_bib_and_athlete_licence_ids", "bib numbers, target assignments, World Archery ids, licence numbers, payment references", [("ianseo_participant_list", k_ianseo), ("tournament_entry_confirmation_email", k_entry_email)]),
    ("lane_booking_codes_with_luhn_digit", "lane-booking codes whose last digit is a real Luhn check digit", [("lane_booking_confirmation_sms", k_booking_sms), ("lane_booking_export_csv", k_booking_csv)]),
    ("waiver_pdf_sha384_digests", "real SHA-384 digests of random bytes, envelope UUIDv4s", [("signed_waiver_audit_trail", k_waiver_audit), ("waiver_archive_sha384_manifest", k_waiver_manifest)]),
    ("public_client_keys_on_range_storefronts", "Stripe `pk_live_`, reCAPTCHA site key, GA id, Turnstile site key, Sentry DSN, PostHog `phc_` project key, Mapbox `pk.` token", [("storefront_checkout_html_head", k_storefront_head), ("mobile_app_public_runtime_json", k_public_runtime)]),
    ("placeholder_tokens_in_range_vendor_docs", "`<your-api-key>`, `shpat_xxxx…`, `YOUR_…`, empty values, `changeme`, `${…:?…}`, an all-zero Base64 key", [("vendor_api_quickstart_markdown", k_quickstart_md), ("range_env_example_file", k_env_example)]),
    ("masked_keys_in_pos_support_bundles", "invented prefixes kept with the body masked, bullets with a 4-character tail, `********`, `***`, `[REDACTED n chars]`", [("pos_support_bundle_env_dump", k_support_bundle), ("ci_deploy_log_masked_env", k_ci_masked)]),
    ("secret_manager_pointers_in_range_infra", "ExternalSecret remote refs, Secrets Manager ARNs, Key Vault references, GCP secret paths, `op://` and `${{ secrets.… }}`", [("external_secret_manifest_yaml", k_external_secrets), ("app_settings_secret_references", k_keyvault_refs)]),
    ("age_and_pgp_armoured_ciphertext", "age armoured files (real age header layout, random keys and payload) and PGP messages with a real CRC-24 armour checksum", [("age_armoured_export_file", k_age_armor), ("pgp_message_in_email_body", k_pgp_message)]),
    ("bcrypt_and_argon2id_member_hashes", "`$2b$12$…` bcrypt strings and `$argon2id$…` PHC strings (random in frame; one-way)", [("member_table_bcrypt_dump", k_bcrypt), ("kiosk_admin_argon2_rows", k_argon2)]),
    ("range_safety_policy_password_prose", "handbook and shift-note text about passwords with no password in it", [("rso_handbook_it_section", k_handbook), ("front_desk_shift_notes", k_shift_notes)]),
    ("atf_eform_and_nfa_stamp_control_numbers", "eForms control numbers, NFA tax-stamp serials, item serials", [("atf_eforms_submission_receipt", k_eforms_receipt), ("nfa_item_tracking_sheet_csv", k_nfa_sheet)]),
    ("sgtin96_rfid_epc_reads_in_armoury", "SGTIN-96 EPCs (valid header, filter, partition, company prefix, item reference, serial) and the GTIN-14 with real check digit they encode", [("rfid_reader_tag_report_jsonl", k_rfid_json), ("armoury_cycle_count_csv", k_cycle_count)]),
    ("x509_thumbprints_of_pos_terminal_certs", "real SHA-1 / SHA-256 digests of random bytes as certificate thumbprints, 16-byte serials", [("certutil_store_listing", k_certutil), ("openssl_x509_fingerprint_output", k_openssl_fp)]),
    ("oci_image_and_lfs_object_digests", "OCI image digests and Git LFS pointer oids (real SHA-256 of random bytes)", [("kubectl_describe_image_ids", k_kubectl_images), ("git_lfs_pointer_file", k_lfs_pointer)]),
    ("stripe_object_ids_on_range_receipts", "Stripe object ids (`pi_`, `ch_`, `cus_`, `evt_`, `req_`) that are identifiers, not keys", [("stripe_payment_export_csv", k_stripe_export), ("stripe_webhook_delivery_log", k_stripe_events)]),
]

WRAPPERS = ["in_range_ops_slack_thread", "in_pos_vendor_support_ticket", "in_compliance_officer_email", "in_armoury_github_issue"]


def wrap(w, body, r):
    if w == "in_range_ops_slack_thread":
        return "#range-ops  %s: can someone sanity-check this before I file it?\n```\n%s```\n%s: looks fine to me\n" % (r.choice(NAMES), body, r.choice(NAMES))
    if w == "in_pos_vendor_support_ticket":
        return "Ticket #%d — POS vendor support\nCustomer attached the following output:\n---\n%s---\nAgent note: forwarded to tier 2.\n" % (r.randint(10000, 99999), body)
    if w == "in_compliance_officer_email":
        return "From: compliance@%s.example\nSubject: records for the inspection binder\n\nHi all,\n\n%s\nThanks,\nCompliance\n" % (r.choice(["northfieldrange", "oakbarrel"]), body)
    if w == "in_armoury_github_issue":
        return "### #%d: unexpected output in nightly job\n\n```text\n%s```\n\n_labels: bug, armoury_\n" % (r.randint(10, 900), body)
    raise ValueError(w)


def build(reg_items):
    rng = random.Random(SEED)
    recs = []
    n = 1
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    text = body if w is None else wrap(w, body, rng)
                    if text in seen or any(v in text for v in reg_items):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not avoid registered values")
                seen.add(text)
                recs.append({"id": "p186-n-%04d" % n, "class": cname, "container": kname if w is None else "%s__%s" % (kname, w),
                             "text": text, "source": "negative"})
                n += 1
    return recs
