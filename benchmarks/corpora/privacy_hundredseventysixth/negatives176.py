"""Hard negatives of the instrument repair / rental / tuning world: no secret inside."""
import base64
import binascii
import hashlib
import json
import random
import struct

from common176 import (B62, B64URL, HEX, DIG, LOWER, UPPER, rs, rbytes, uuid4, luhn_digit, gs1_check, b64,
                       b64url_nopad)

SEED = 17606
UPALNUM = UPPER + DIG


def _ean13(r, prefix):
    body = prefix + rs(r, DIG, 12 - len(prefix))
    return body + gs1_check(body)


def _upca(r):
    body = "0" + rs(r, DIG, 10)
    return body + gs1_check(body)


# ---------------------------------------------------------------- base kinds (rng -> text)
def luthier_serial_ledger_rows(r):
    rows = ["serial      | model               | finished   | top / back"]
    for _ in range(4):
        year = r.choice([2021, 2022, 2023, 2024])
        rows.append("LW-%d-%04d | %-20s | %d-%02d-%02d | %s" % (year, r.randrange(1, 9999),
                    r.choice(["OM cutaway", "Archtop 17in", "Mandolin A5", "Violin Strad pattern", "Viola 16.5in"]),
                    year, r.randrange(1, 13), r.randrange(1, 29),
                    r.choice(["spruce / maple", "cedar / rosewood", "spruce / walnut"])))
    return "\n".join(rows)


def rental_fleet_serial_csv(r):
    rows = ["asset_id,instrument,make,model,serial,condition"]
    for _ in range(4):
        rows.append("RF%06d,%s,%s,%s,%s,%s" % (r.randrange(10 ** 6), r.choice(["clarinet", "flute", "trumpet", "alto sax", "trombone"]),
                    r.choice(["Yamaha", "Buffet", "Jupiter", "Selmer", "Bach"]), r.choice(["YCL-255", "E11", "JTR700", "AS42", "TB301"]),
                    r.choice(["", "J", "C", "Y"]) + rs(r, DIG, r.choice([6, 7])), r.choice(["A", "B", "B-", "C"])))
    return "\n".join(rows)


def rent_to_own_statement_header(r):
    return ("RENT-TO-OWN STATEMENT\nContract no.: RTO-%s-%05d\nAccount: %s-%s\nInstrument: %s, serial %s\n"
            "Payment reference: %s\nEquity to date: $%d.%02d of $%d.00\nNext debit: 2024-%02d-15") % (
        r.choice(["HSB", "MSB", "ESB"]), r.randrange(100000), rs(r, DIG, 4), rs(r, DIG, 6),
        r.choice(["Student clarinet", "Student flute", "Cornet"]), rs(r, DIG, 7), rs(r, UPALNUM, 10),
        r.randrange(50, 900), r.randrange(100), r.choice([1200, 1450, 980]), r.randrange(1, 13))


def school_rental_roster_export(r):
    rows = ["student_id\tgrade\tinstrument\tcontract\tmonthly"]
    for _ in range(4):
        rows.append("S%08d\t%d\t%s\tRC-%s\t%d.%02d" % (r.randrange(10 ** 8), r.randrange(5, 13), r.choice(["Flute", "Oboe", "Trumpet", "Snare kit"]),
                                                   rs(r, UPALNUM, 8), r.randrange(19, 49), r.choice([0, 50, 99])))
    return "\n".join(rows)


def repair_ticket_print_view(r):
    return ("REPAIR TICKET #%d\nIntake: 2024-%02d-%02d  Tech: T%03d\nInstrument: %s (serial %s)\nParts: %s x%d, %s x1\n"
            "Labour code: LAB-%s  Est. $%d\nCustomer ref: %s") % (
        r.randrange(10000, 99999), r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 60),
        r.choice(["Alto sax", "Bb clarinet", "Flute", "Trumpet"]), rs(r, DIG, 6),
        r.choice(["PAD-SAX-ALTO-42MM", "CORK-TENON-CL-1.6", "SPRING-NEEDLE-FL-03"]), r.randrange(1, 9),
        r.choice(["FELT-KEY-GUARD", "VALVE-GUIDE-TR-2", "SCREW-PIVOT-M2"]), rs(r, UPALNUM, 4), r.randrange(40, 400),
        rs(r, UPALNUM, 12))


def parts_reorder_list_rows(r):
    rows = ["sku;supplier;supplier_part_no;qty;bin"]
    for _ in range(5):
        rows.append("%s-%s;%s;%s;%d;%s" % (r.choice(["PAD", "CORK", "SPR", "FELT", "STR"]), rs(r, UPALNUM, 6), r.choice(["Ferree", "MusicMedic", "Allied"]),
                                          rs(r, UPALNUM, 3) + "-" + rs(r, DIG, 5), r.randrange(1, 50), "B%02d-%d" % (r.randrange(1, 40), r.randrange(1, 6))))
    return "\n".join(rows)


def tuning_session_log_text(r):
    lines = ["Tuning log - %s %s, serial %s" % (r.choice(["Steinway", "Yamaha", "Kawai", "Baldwin"]), r.choice(["Model B", "U1", "K-300", "Hamilton"]), rs(r, DIG, 6)),
             "A4 reference %.1f Hz; pitch raise: %s" % (r.choice([440.0, 441.0, 442.0]), r.choice(["no", "yes, +18 c"]))]
    for note in ("A0", "C2", "A3", "A4", "C6", "C8"):
        lines.append("%s %+.1f c  (stretch %+.1f)" % (note, r.uniform(-25, 25), r.uniform(-5, 35)))
    lines.append("Visit id %s, next visit 2025-%02d" % (uuid4(r), r.randrange(1, 13)))
    return "\n".join(lines)


def route_stop_schedule_export(r):
    rows = ["stop,piano_id,window,lat,lon,customer_no"]
    for i in range(4):
        rows.append("%d,PN-%s,%02d:00-%02d:30,%.5f,%.5f,C%07d" % (i + 1, rs(r, UPALNUM, 6), 8 + 2 * i, 9 + 2 * i,
                                                               r.uniform(51.3, 51.7), r.uniform(-0.4, 0.2), r.randrange(10 ** 7)))
    return "\n".join(rows)


def string_shop_inventory_scan(r):
    rows = []
    for _ in range(5):
        rows.append("%s  %s  qty %d" % (_ean13(r, r.choice(["401", "501", "0019954", "0196288"])),
                                       r.choice(["EXL110 10-46", "XL Bass 45-100", "Helicore violin set", "Cello A string", "Phosphor bronze 12-53"]),
                                       r.randrange(1, 40)))
    return "SCAN SESSION strings wall\n" + "\n".join(rows)


def accessory_invoice_lines(r):
    rows = ["Invoice %s" % ("INV-" + rs(r, DIG, 7))]
    for _ in range(4):
        rows.append("UPC %s  %-22s %3d x %6.2f" % (_upca(r), r.choice(["Rosin dark", "Valve oil 60ml", "Reed box 2.5", "Capo spring", "Cork grease"]),
                                                   r.randrange(1, 24), r.uniform(2, 30)))
    return "\n".join(rows)


def sysex_identity_reply_hexdump(r):
    body = ["F0", "7E", "7F", "06", "02", "%02X" % r.randrange(0x40, 0x44), "%02X" % r.randrange(0, 0x7F),
            "%02X" % r.randrange(0, 0x7F), "%02X" % r.randrange(0, 0x7F)] + ["%02X" % r.randrange(0, 0x7F) for _ in range(5)] + ["F7"]
    return "MIDI-OX monitor, identity reply from port 2:\n" + " ".join(body) + "\ndevice family %s, firmware %d.%d.%d" % (
        rs(r, HEX, 4).upper(), r.randrange(1, 4), r.randrange(0, 20), r.randrange(0, 99))


def firmware_updater_device_probe_log(r):
    return ("[probe] usb %s:%s at bus %d addr %d\n[probe] board serial DPM%s\n[probe] bootloader v%d.%d, app v%d.%d.%d\n"
            "[probe] build id %s\n[probe] flash 0x%08X-0x%08X") % (
        rs(r, HEX, 4), rs(r, HEX, 4), r.randrange(1, 4), r.randrange(2, 30), rs(r, UPALNUM, 10), r.randrange(1, 3),
        r.randrange(0, 9), r.randrange(1, 5), r.randrange(0, 30), r.randrange(0, 99), rs(r, HEX, 40), 0x08000000,
        0x08000000 + r.randrange(0x20000, 0x100000))


def firmware_release_sha256sums(r):
    rows = []
    for name in ("dp-mainboard-3.%d.%d.bin" % (r.randrange(20), r.randrange(99)), "midi-bridge-%d.%d.uf2" % (r.randrange(5), r.randrange(40)),
                 "fwupdater-win-x64.zip"):
        rows.append("%s  %s" % (hashlib.sha256(rbytes(r, 48)).hexdigest(), name))
    return "\n".join(rows)


def bootloader_crc32_table(r):
    rows = ["segment  start       length   crc32"]
    addr = 0x08000000
    for seg in ("boot", "app", "voices", "samples"):
        ln = r.randrange(0x4000, 0x80000)
        rows.append("%-8s 0x%08X  %7d  0x%08X" % (seg, addr, ln, binascii.crc32(rbytes(r, 64)) & 0xFFFFFFFF))
        addr += ln
    return "\n".join(rows)


def minisign_public_key_file(r):
    keyid = rbytes(r, 8)
    raw = b"Ed" + keyid + rbytes(r, 32)
    return "untrusted comment: minisign public key %s\n%s\n\n# verify: minisign -Vm dp-mainboard.bin -p fwupdate.pub" % (
        keyid[::-1].hex().upper(), b64(raw))


def ssh_ed25519_deploy_public_keys(r):
    rows = ["# authorized_keys on the firmware build host"]
    for who in ("fwbuild@ci", "%s@bench-%d" % (r.choice(["ana", "jo", "sam"]), r.randrange(1, 9))):
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
        rows.append("ssh-ed25519 %s %s" % (b64(blob), who))
    return "\n".join(rows)


def strings_shop_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>const stripe = Stripe('pk_live_51%s');</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n"
            "<script src=\"https://www.paypal.com/sdk/js?client-id=A%s&currency=USD\"></script>") % (
        rs(r, B62, 97), rs(r, B64URL, 38), rs(r, B64URL, 14), rs(r, B64URL, 79))


def rental_app_public_config_js(r):
    mid = b64url_nopad(json.dumps({"u": "bandrental" + rs(r, DIG, 2), "a": rs(r, LOWER + DIG, 25)}, separators=(",", ":")).encode())
    return ("// public web config, shipped to every browser\nexport const firebaseConfig = {\n  apiKey: 'AIza%s',\n  authDomain: 'band-rental-%s.firebaseapp.com',\n"
            "  projectId: 'band-rental-%s',\n  appId: '1:%s:web:%s',\n};\nexport const MAPBOX_PUBLIC_TOKEN = 'pk.%s.%s';\n"
            "export const SENTRY_DSN = 'https://%s@o%s.ingest.sentry.io/%s';\nexport const ALGOLIA_SEARCH_ONLY_KEY = '%s';") % (
        rs(r, B64URL, 35), rs(r, LOWER, 4), rs(r, LOWER, 4), rs(r, DIG, 12), rs(r, HEX, 22), mid, rs(r, B64URL, 22),
        rs(r, HEX, 32), rs(r, DIG, 6), rs(r, DIG, 7), rs(r, HEX, 32))


def ticket_settings_screenshot_ocr(r):
    return ("Integrations  >  Rent-to-own payments\nAccess token   rtoat_••••••••••••%s   [Reveal] [Rotate]\n"
            "Webhook secret  ****************%s\nValuation key   ivk_live_…%s (last rotated 2024-%02d-%02d)") % (
        rs(r, B62, 4), rs(r, B62, 4), rs(r, B62, 4), r.randrange(1, 13), r.randrange(1, 29))


def repair_api_diagnostics_env_dump(r):
    return ("== environment (sanitised) ==\nNODE_ENV=production\nTICKETS_DB_HOST=db%02d.repairshop.lan\nREPAIR_TICKETS_DB_PASSWORD=[REDACTED]\n"
            "PARTS_INVENTORY_CLIENT_SECRET=<hidden %d chars>\nSTRINGS_SHOP_WEBHOOK_SECRET=sswh_****\nRTO_PAYMENTS_ACCESS_TOKEN=***") % (
        r.randrange(1, 20), r.choice([40, 44, 48]))


def rental_env_example_file(r):
    return ("# copy to .env and fill in\nRENTAL_PORTAL_ADMIN_PASSWORD=\nVALUATION_API_KEY=ivk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "STRINGS_SHOP_WEBHOOK_SECRET=<your-webhook-secret>\nTUNING_LOG_SYNC_TOKEN=${TUNING_LOG_SYNC_TOKEN:?set me}\n"
            "REVERB_MARKETPLACE_PERSONAL_TOKEN=CHANGE_ME_%d\n# see docs/setup.md section %d") % (r.randrange(1, 9), r.randrange(2, 9))


def vendor_readme_curl_snippet(r):
    return ("```bash\ncurl https://api.%s.example/v%d/contracts \\\n  -H \"Authorization: Bearer $RENTAL_API_TOKEN\" \\\n"
            "  -H \"X-Store-Id: YOUR_STORE_ID\"\n```\nReplace `YOUR_API_KEY` with the key from the dashboard; never paste it here.") % (
        r.choice(["rentalhub", "bandfleet", "tuneroute"]), r.randrange(1, 4))


def external_secrets_and_vault_paths(r):
    return ("remoteRef:\n  key: secret/data/rentals/%s\n  property: db_password\n---\nop://Repair Shop/Parts DB/credential\n"
            "arn:aws:secretsmanager:eu-west-2:%s:secret:rentals/rto-token-%s\nvault kv get -field=hmac_key kv/firmware/signing") % (
        r.choice(["prod", "staging"]), rs(r, DIG, 12), rs(r, B62, 6))


def ci_secret_context_expressions(r):
    return ("env:\n  VALUATION_API_KEY: ${{ secrets.VALUATION_API_KEY }}\n  FW_SIGNING_KEY: $(FW_SIGNING_KEY)\n"
            "  RTO_TOKEN: {{ .Values.rto.tokenSecretRef }}\n  DB_PASS: '%%env(resolve:REPAIR_DB_PASSWORD)%%'\n  # run %d") % r.randrange(100, 9999)


def sops_encrypted_yaml(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return ("rental_portal_admin_password: %s\nvaluation_api_key: %s\nsops:\n  age:\n    - recipient: age1%s\n"
            "  lastmodified: \"2024-%02d-%02dT10:00:00Z\"\n  mac: %s\n  version: 3.8.1") % (
        enc(18), enc(41), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), r.randrange(1, 13), r.randrange(1, 29), enc(32))


def sealed_secret_manifest(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: parts-inventory\n  namespace: repair\nspec:\n"
            "  encryptedData:\n    client_secret: %s\n    db_password: %s") % (b64(b"\x01\x00" + rbytes(r, 300)), b64(b"\x01\x00" + rbytes(r, 280)))


def django_auth_user_dump(r):
    rows = ["id,username,password,is_staff"]
    for i in range(3):
        salt = rs(r, B62, 22)
        rows.append("%d,%s,pbkdf2_sha256$720000$%s$%s,%s" % (i + 1, r.choice(["director_kim", "bench_tech", "parts_clerk", "tuner_ops"]) + str(i),
                                                           salt, b64(hashlib.sha256(rbytes(r, 16)).digest()), r.choice(["t", "f"])))
    return "\n".join(rows)


def scrypt_and_werkzeug_hash_lines(r):
    return ("# users.txt of the serial registry (hashes only)\nluthier:$scrypt$ln=16,r=8,p=1$%s$%s\n"
            "jo.luthier:scrypt:32768:8:1$%s$%s") % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="),
                                                    rs(r, B62, 16), hashlib.sha512(rbytes(r, 24)).hexdigest())


def booster_newsletter_security_note(r):
    return ("Band Boosters newsletter, issue %d - Security corner\nA reminder: the rental portal now asks for a longer password "
            "(at least 14 characters). Never share your login in the parents' group chat, and if someone asks for the "
            "director's password, forward the message to the band office instead.") % r.randrange(10, 99)


def repair_shop_onboarding_checklist(r):
    return ("New tech onboarding (%s)\n[ ] get a bench PC login from the manager (not by text!)\n[ ] set your own password for the ticket system\n"
            "[ ] enrol in two-factor for the parts portal\n[ ] read the key-rotation page; tokens live in the vault, never in tickets") % (
        r.choice(["week 1", "day 1", "first shift"]))


def instrument_insurance_certificate_text(r):
    return ("CERTIFICATE OF INSURANCE\nPolicy no. MI-%s-%s\nInsured item: %s, serial %s\nAgreed value: $%d,%03d\n"
            "Appraisal ref: APR-%s   Claim line: 1-800-555-01%02d") % (rs(r, DIG, 4), rs(r, UPALNUM, 6),
        r.choice(["1926 Steinway Model M", "Vintage Selmer Mark VI tenor", "Italian violin, c. 1890"]), rs(r, DIG, 6),
        r.randrange(3, 90), r.randrange(1000), rs(r, UPALNUM, 8), r.randrange(100))


def appraisal_report_header(r):
    return ("APPRAISAL REPORT %s\nAppraiser licence: %s\nClient file: %s\nMethod: comparable sales (%d comps), condition grade %s") % (
        uuid4(r), "AP-" + rs(r, DIG, 6), rs(r, UPALNUM, 10), r.randrange(3, 9), r.choice(["B+", "A-", "B"]))


def district_asset_tag_export(r):
    rows = ["asset_tag,school,room,description,student_id"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s,%s" % ("D%02d-%06d" % (r.randrange(1, 40), r.randrange(10 ** 6)), r.choice(["Lincoln MS", "Central HS", "Oak ES"]),
                                        "B%d" % r.randrange(100, 200), r.choice(["Tuba (district)", "Marimba", "Bass clarinet"]), "%09d" % r.randrange(10 ** 9)))
    return "\n".join(rows)


def music_program_enrollment_rows(r):
    rows = []
    for _ in range(4):
        rows.append("%s | %s | ensemble %s | locker %d | folder %s" % ("ST" + rs(r, DIG, 7), r.choice(["grade 6", "grade 7", "grade 9"]),
                                                                      r.choice(["Concert Band", "Jazz I", "Strings"]), r.randrange(1, 400),
                                                                      "F-" + rs(r, DIG, 3)))
    return "Spring enrollment export\n" + "\n".join(rows)


def google_oauth_client_json_public_part(r):
    return ("{\"web\":{\"client_id\":\"%s-%s.apps.googleusercontent.com\",\"project_id\":\"tuning-route-%s\","
            "\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\",\"token_uri\":\"https://oauth2.googleapis.com/token\","
            "\"redirect_uris\":[\"https://route.pianoroute.lan/oauth/callback\"]}}\n(client secret removed before sharing)") % (
        rs(r, DIG, 12), rs(r, LOWER + DIG, 32), rs(r, DIG, 6))


def integration_ids_panel(r):
    return ("Connected accounts\nStripe account: acct_%s\nTwilio account SID: AC%s\nShopify store: strings-shop-%s.myshopify.com\n"
            "Slack app id: A0%s\nApple team id: %s") % (rs(r, B62, 16), rs(r, HEX, 32), rs(r, LOWER, 4), rs(r, UPALNUM, 9), rs(r, UPALNUM, 10))


CLASSES = [
    ("instrument_serial_number_registers", "luthier and rental-fleet serial numbers, asset ids, model numbers",
     [luthier_serial_ledger_rows, rental_fleet_serial_csv]),
    ("rental_contract_and_account_numbers", "rent-to-own contract, account and payment references, student ids",
     [rent_to_own_statement_header, school_rental_roster_export]),
    ("repair_job_ticket_and_part_numbers", "repair ticket numbers, part numbers / SKUs, supplier part numbers, customer refs",
     [repair_ticket_print_view, parts_reorder_list_rows]),
    ("piano_tuning_log_pitch_readings", "cents readings, A4 reference, piano serials, visit UUIDs, route stop ids and coordinates",
     [tuning_session_log_text, route_stop_schedule_export]),
    ("upc_and_ean_string_pack_barcodes", "EAN-13 and UPC-A codes with real GS1 check digits, invoice numbers",
     [string_shop_inventory_scan, accessory_invoice_lines]),
    ("midi_sysex_and_firmware_version_dumps", "SysEx identity replies, USB VID:PID, board serials, build ids (40 hex)",
     [sysex_identity_reply_hexdump, firmware_updater_device_probe_log]),
    ("firmware_image_sha256_and_crc32_values", "real SHA-256 digests and CRC-32 values of random bytes",
     [firmware_release_sha256sums, bootloader_crc32_table]),
    ("public_signing_keys_for_firmware", "minisign public keys (Base64 of `Ed` + key id + 32 bytes) and ssh-ed25519 public keys (real wire format)",
     [minisign_public_key_file, ssh_ed25519_deploy_public_keys]),
    ("checkout_page_publishable_tokens", "Stripe `pk_live_`, reCAPTCHA / Turnstile site keys, PayPal client id, Firebase web `apiKey`, Mapbox `pk.`, Sentry DSN public key, Algolia search-only key",
     [strings_shop_checkout_html, rental_app_public_config_js]),
    ("redacted_credentials_in_repair_tickets", "masked values (at most a four-character tail), `[REDACTED]`, `<hidden N chars>`",
     [ticket_settings_screenshot_ocr, repair_api_diagnostics_env_dump]),
    ("template_placeholders_in_rental_configs", "empty values, `xxxx…`, `<your-…>`, `${…:?…}`, `CHANGE_ME_n`, `YOUR_API_KEY`, shell variables",
     [rental_env_example_file, vendor_readme_curl_snippet]),
    ("vault_and_keychain_reference_strings", "ExternalSecret `remoteRef`, `op://`, Secrets Manager ARNs, `vault kv get`, `${{ secrets.X }}`, Helm / Symfony references",
     [external_secrets_and_vault_paths, ci_secret_context_expressions]),
    ("sops_and_sealed_secret_ciphertext", "SOPS `ENC[AES256_GCM,…]` values with an age recipient (public), SealedSecret `encryptedData`",
     [sops_encrypted_yaml, sealed_secret_manifest]),
    ("pbkdf2_and_scrypt_stored_hashes", "Django `pbkdf2_sha256$…`, passlib `$scrypt$…` and Werkzeug `scrypt:…` one-way hashes (the CSV column is named `password`)",
     [django_auth_user_dump, scrypt_and_werkzeug_hash_lines]),
    ("password_policy_talk_in_band_newsletters", "talk about passwords and tokens without any value",
     [booster_newsletter_security_note, repair_shop_onboarding_checklist]),
    ("insurance_policy_and_appraisal_references", "policy numbers, appraisal refs (UUIDv4), licence numbers, agreed values",
     [instrument_insurance_certificate_text, appraisal_report_header]),
    ("school_district_student_and_asset_ids", "district asset tags, student ids, locker and folder numbers",
     [district_asset_tag_export, music_program_enrollment_rows]),
    ("oauth_client_ids_and_public_app_ids", "Google OAuth client id (secret removed), Stripe `acct_`, Twilio `AC` SID, Slack app id, Apple team id",
     [google_oauth_client_json_public_part, integration_ids_panel]),
]

WRAPPERS = [
    (None, None),
    ("in_repair_shop_slack_thread", "#repair-bench (Slack)\nsam: can someone sanity-check this?\n```\n{t}\n```\nana: looks fine, nothing sensitive in there"),
    ("in_rental_desk_freshdesk_ticket", "Freshdesk ticket #{n} - internal note\n{t}\n-- rental desk"),
    ("in_band_director_outlook_forward", "---------- Forwarded message ----------\nFrom: Band Office\nSubject: FW: for your records\n\n{t}"),
    ("in_tuning_app_github_issue", "### Steps to reproduce\nPasted output:\n\n```\n{t}\n```\n\n_Labels: bug, tuning-app_"),
    ("in_luthier_confluence_page", "Workshop wiki > Reference\n\n{t}\n\nLast edited by jo.luthier"),
]


def generate(forbidden):
    """forbidden: strings (positive values, evasion plains and runs, hidden passwords) that may not appear."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    no = 1
    for cname, _desc, kinds in CLASSES:
        for kind in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(50):
                    t = kind(rng)
                    if wtpl:
                        t = wtpl.replace("{t}", t).replace("{n}", str(rng.randrange(1000, 99999)))
                    if t not in seen and not any(f in t for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative clash")
                seen.add(t)
                container = kind.__name__ + ("__" + wname if wname else "")
                recs.append({"id": "p176-n-%04d" % no, "class": cname, "container": container, "text": t, "source": "negative"})
                no += 1
    return recs
