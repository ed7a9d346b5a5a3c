"""Hard negatives of the funfair / circus / street-food world: no secret in any of them."""
import hashlib
import json
import random
import struct
import zlib

import common197 as C

SEED = 19706
RIDES = ["Waltzer", "Dodgems", "Twister", "Meteor", "Gallopers", "Ghost Train", "Cakewalk", "Orbiter",
         "Paratrooper", "Big Wheel", "Helter Skelter", "Chairoplane"]
TRADERS = ["Bao Bros", "Churro Queen", "Falafel Wagon", "Ramen Rickshaw", "Pretzel Pitch",
           "Gyoza Garage", "Halloumi Hut", "Waffle Wagon", "Taco Trailer", "Crepe Corner"]
TOWNS = ["Newcastle", "Nottingham", "Hull", "Stratford", "Mitcham", "Oxford", "Loughborough", "Kirkcaldy"]


def d(r, n):
    return C.rs(r, C.DIGITS, n)


# ---------------------------------------------------------------- 1 ADIPS
def adips_csv(r):
    rows = ["ride,serial,adips_doc,inspection_body,valid_to"]
    for _ in range(4):
        rows.append("%s,%s-%d-%03d,DOC-2027-%05d,IB-%03d,2028-0%d-%02d" % (
            r.choice(RIDES), C.rs(r, C.UPPER, 2), r.randint(1960, 2020), r.randint(1, 300),
            r.randint(1, 99999), r.randint(1, 400), r.randint(1, 9), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def adips_ocr(r):
    return ("ADIPS DECLARATION OF OPERATIONAL COMPLIANCE\nDOC No: 2027/%05d\nDevice: %s   Serial: %s-%d\n"
            "Inspection body: IB-%03d   Inspector no. %d\nValid from 2027-03-%02d to 2028-03-%02d\n"
            "Signed: ..................\n" % (r.randint(1, 99999), r.choice(RIDES), C.rs(r, C.UPPER, 3),
                                              r.randint(1000, 9999), r.randint(1, 400), r.randint(100, 999),
                                              r.randint(1, 28), r.randint(1, 28)))


# ---------------------------------------------------------------- 2 FHRS
def fhrs_json(r):
    est = {"FHRSID": r.randint(100000, 1999999), "LocalAuthorityBusinessID": "PI/%09d" % r.randint(1, 10 ** 8),
           "BusinessName": r.choice(TRADERS), "BusinessType": "Mobile caterer", "RatingValue": str(r.randint(3, 5)),
           "RatingDate": "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
           "PostCode": "NE%d %d%s" % (r.randint(1, 9), r.randint(1, 9), C.rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2)),
           "LocalAuthorityCode": str(r.randint(100, 999)),
           "scores": {"Hygiene": r.choice([0, 5]), "Structural": r.choice([0, 5]), "ConfidenceInManagement": r.choice([0, 5])}}
    return ("GET https://api.ratings.food.gov.uk/Establishments/%d\nx-api-version: 2\naccept: application/json\n\n"
            % est["FHRSID"]) + json.dumps(est, indent=2) + "\n"


def fhrs_sticker(r):
    return ("FOOD HYGIENE RATING\n%d  %s\nBusiness: %s\nFHRS ID %d   Inspected %02d/%02d/2026\n"
            "Local authority: %s City Council (code %d)\n" % (
                r.randint(3, 5), r.choice(["GOOD", "VERY GOOD"]), r.choice(TRADERS), r.randint(100000, 1999999),
                r.randint(1, 28), r.randint(1, 12), r.choice(TOWNS), r.randint(100, 999)))


# ---------------------------------------------------------------- 3 permits (Luhn)
def permit_no(r):
    body = d(r, 9)
    return "TP" + body + C.luhn_digit(body)


def permit_csv(r):
    rows = ["permit_no,trader,market,pitch,expires"]
    for _ in range(4):
        rows.append("%s,%s,Quayside Night Market,Q%02d,2027-12-31" % (permit_no(r), r.choice(TRADERS), r.randint(1, 60)))
    return "\n".join(rows) + "\n"


def permit_letter(r):
    return ("Dear %s,\n\nYour street trading consent has been renewed. Permit number %s (please quote it on all "
            "correspondence). Pitch Q%02d, Fridays and Saturdays, 17:00-23:00.\n\nLicensing Team\n" % (
                r.choice(TRADERS), permit_no(r), r.randint(1, 60)))


# ---------------------------------------------------------------- 4 NFC UIDs with BCC
def uid(r):
    u = [0x04] + [r.randint(0, 255) for _ in range(6)]
    b0, b1 = C.nfc_bcc(u)
    return ":".join("%02X" % x for x in u), "%02X" % b0, "%02X" % b1


def nfc_log(r):
    lines = []
    for _ in range(4):
        u, b0, b1 = uid(r)
        lines.append("2027-06-%02d 1%d:%02d issue band type=NTAG213 uid=%s bcc0=%s bcc1=%s tokens=%d" % (
            r.randint(1, 28), r.randint(0, 9), r.randint(0, 59), u, b0, b1, r.choice([5, 10, 20])))
    return "\n".join(lines) + "\n"


def nfc_gate(r):
    u, b0, b1 = uid(r)
    return json.dumps({"gate": "north-%d" % r.randint(1, 6), "event": "scan", "uid": u, "bcc0": b0, "bcc1": b1,
                       "atqa": "0044", "sak": "00", "result": "accepted"}, indent=2) + "\n"


# ---------------------------------------------------------------- 5 VINs
def vin(r):
    while True:
        v = [r.choice(C.VIN_ALPHA) for _ in range(17)]
        v[9] = r.choice("RSTVWXY")
        v[8] = "0"
        s = "".join(v)
        return s[:8] + C.vin_check(s) + s[9:]


def plate(r):
    return "%s%02d %s" % (C.rs(r, "ABCDEFGHKLMNOPRSVWY", 2), r.randint(10, 75), C.rs(r, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3))


def fleet_csv(r):
    rows = ["unit,plate,vin,mot_due,tacho"]
    for i in range(4):
        rows.append("%s,%s,%s,2027-%02d-%02d,yes" % (r.choice(["LORRY", "WAGON", "TRACTOR", "VAN"]) + str(i + 1),
                                                     plate(r), vin(r), r.randint(1, 12), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def mot_email(r):
    return ("Subject: MOT reminder - %s\n\nThe MOT for the ride lorry %s (VIN %s) expires on %02d/%02d/2027. "
            "Book it in before the Hoppings build-up.\n" % (plate(r), plate(r), vin(r), r.randint(1, 28), r.randint(1, 12)))


# ---------------------------------------------------------------- 6 MPANs
def mpan(r):
    core = "%02d" % r.randint(10, 23) + d(r, 10)
    return core + C.mpan_check(core)


def meter_log(r):
    lines = ["hookup,pitch,mpan_core,reading_kwh,genset"]
    for _ in range(4):
        lines.append("H%02d,%s%02d,%s,%d.%d,GEN%d" % (r.randint(1, 40), r.choice("ABCQ"), r.randint(1, 60), mpan(r),
                                                      r.randint(1000, 99999), r.randint(0, 9), r.randint(1, 6)))
    return "\n".join(lines) + "\n"


def supply_invoice(r):
    return ("Temporary supply invoice INV-%s\nSupply point: %s (MPAN core)\nMeter serial: %s%s\n"
            "Opening read 0%d kWh, closing read 0%d kWh\nAmount due: GBP %d.%02d\n" % (
                d(r, 6), mpan(r), d(r, 2), C.rs(r, C.UPPER, 1) + d(r, 7), r.randint(10000, 50000),
                r.randint(50001, 90000), r.randint(100, 900), r.randint(0, 99)))


# ---------------------------------------------------------------- 7 ticket barcodes (ISO 7064 MOD 37,36)
def ticket_code(r):
    body = C.rs(r, C.UPALNUM, 12)
    return body + C.mod37_36_check(body)


def scan_log(r):
    return "\n".join("1%d:%02d:%02d gate=%s code=%s status=%s" % (
        r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.choice(["big-top-A", "big-top-B"]), ticket_code(r),
        r.choice(["OK", "OK", "DUPLICATE"])) for _ in range(5)) + "\n"


def ticket_csv(r):
    rows = ["barcode,show,seat,price"]
    for _ in range(4):
        rows.append("%s,%s 19:30,%s%d,%d.00" % (ticket_code(r), r.choice(["Fri", "Sat", "Sun"]),
                                                 r.choice("ABCDEFG"), r.randint(1, 24), r.choice([12, 15, 18])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 8 public keys
def mapbox_pk(r):
    mid = C.b64url_nopad(json.dumps({"u": "showmentours", "a": C.rs(r, C.LOWALNUM, 25)}, separators=(",", ":")).encode())
    return "pk." + mid + "." + C.rs(r, C.B64URL, 22)


def widget_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  const pusher = new Pusher('%s', { cluster: 'eu' });\n</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n" % (
                C.rs(r, C.ALNUM, 97), C.rs(r, C.HEX, 20), C.rs(r, C.B64URL, 38)))


def public_config(r):
    return json.dumps({"firebase": {"apiKey": "AIza" + C.rs(r, C.B64URL, 35), "authDomain": "tracker-%d.firebaseapp.com" % r.randint(100, 999),
                                    "projectId": "tracker-%d" % r.randint(100, 999), "appId": "1:%s:web:%s" % (d(r, 12), C.rs(r, C.HEX, 22))},
                       "mapboxPublicToken": mapbox_pk(r), "posthogKey": "phc_" + C.rs(r, C.ALNUM, 43)}, indent=2) + "\n"


# ---------------------------------------------------------------- 9 placeholders
def quickstart_md(r):
    body = C.rs(r, C.ALNUM, 32)
    return ("## Quick start\n\n1. Ask the market office for an API token.\n2. Put it in `.env`:\n\n"
            "```\nRIGGING_API_TOKEN=trc1_<32 base62 characters>_<fletcher16>\nREADER_WEBHOOK_SECRET=mcw_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n"
            "TOKEN_BOOTH_API_KEY=<paste-your-key-here>\n```\n\nNever commit the real values. Example body seen in the docs: `trc1_%s_xxxx`.\n"
            % ("x" * 32 if r.random() < 0.5 else "0" * 32))


def env_sample(r):
    return ("# .env.sample - copy to .env and fill in\nPITCH_ADMIN_PASSWORD=\nPAYROLL_DB_PASSWORD=changeme\n"
            "NFC_MASTER_KEY=00000000000000000000000000000000\nTRACKER_JWT=${TRACKER_JWT:?set me}\n"
            "BOX_OFFICE_PASSWORD=REPLACE_ME\nTOKEN_BOOTH_API_KEY=tbk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n")


# ---------------------------------------------------------------- 10 masked
def kiosk_log(r):
    return ("2027-06-%02d 09:%02d:11 DEBUG topup.config loaded kiosk=K%02d\n"
            "2027-06-%02d 09:%02d:11 DEBUG topup.config admin_password=********\n"
            "2027-06-%02d 09:%02d:12 DEBUG reader webhook secret=mcw_****%s\n"
            "2027-06-%02d 09:%02d:12 INFO  booth api key [REDACTED]\n" % (
                r.randint(1, 28), r.randint(0, 59), r.randint(1, 40), r.randint(1, 28), r.randint(0, 59),
                r.randint(1, 28), r.randint(0, 59), C.rs(r, C.ALNUM, 4), r.randint(1, 28), r.randint(0, 59)))


def ci_masked(r):
    return ("Run ./deploy.sh --site showground-north\n  env:\n    TRACKER_JWT: ***\n    PITCH_ADMIN_PASSWORD: ***\n"
            "Deploying build %s ... done (%ds)\nUsing token booth key tbk_••••••••%s\n" % (
                C.rs(r, C.HEX, 7), r.randint(20, 200), C.rs(r, C.CROCKFORD, 4)))


# ---------------------------------------------------------------- 11 pointers
def eso_manifest(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: box-office\nspec:\n"
            "  secretStoreRef:\n    name: gcp-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: BOX_OFFICE_PASSWORD\n"
            "      remoteRef:\n        key: projects/fairops-%d/secrets/box-office-password\n        version: latest\n" % r.randint(100, 999))


def gha_refs(r):
    return ("      - name: deploy\n        env:\n          TRACKER_JWT: ${{ secrets.TRACKER_JWT }}\n"
            "          PAYROLL_DB_PASSWORD: ${{ secrets.PAYROLL_DB_PASSWORD }}\n          NFC_MASTER_KEY: op://Fairops/nfc/master-key\n"
            "          READER_WEBHOOK_SECRET: akv://fairops-kv-%d/reader-webhook-secret\n        run: ./deploy.sh\n" % r.randint(10, 99))


# ---------------------------------------------------------------- 12 hashes
BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_like(r):
    return "$2b$12$" + C.rs(r, BCRYPT_ALPHA, 53)


def werkzeug_scrypt(r):
    salt = C.rs(r, C.ALNUM, 16)
    dk = hashlib.scrypt(C.rbytes(r, 12), salt=salt.encode(), n=32768, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=64)
    return "scrypt:32768:8:1$%s$%s" % (salt, dk.hex())


def staff_sql(r):
    rows = ",\n".join("  (%d, '%s', '%s', 'crew')" % (i + 1, n, bcrypt_like(r)) for i, n in enumerate(r.sample(["kyle", "sam", "dave", "maya", "jess", "ron"], 3)))
    return "INSERT INTO staff (id, login, password_hash, role) VALUES\n" + rows + ";\n"


def flask_fixture(r):
    return json.dumps([{"model": "User", "login": r.choice(["office", "ringmaster", "boxoffice"]),
                        "password": werkzeug_scrypt(r), "active": True}], indent=2) + "\n"


# ---------------------------------------------------------------- 13 armoured ciphertext
def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def age_file(r):
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (
        C.b64(C.rbytes(r, 32)).rstrip("="), C.b64(C.rbytes(r, 32)).rstrip("="), C.b64(C.rbytes(r, 32)).rstrip("="))).encode()
    body = hdr + C.rbytes(r, r.randint(80, 160))
    return "# payroll.env.age\n-----BEGIN AGE ENCRYPTED FILE-----\n" + wrap64(C.b64(body)) + "\n-----END AGE ENCRYPTED FILE-----\n"


def pgp_mail(r):
    body = bytes([0x85, 0x02, 0x0C, 0x03]) + C.rbytes(r, r.randint(200, 320))
    c = crc24(body)
    return ("Subject: rota and float figures (encrypted)\n\n-----BEGIN PGP MESSAGE-----\n\n" + wrap64(C.b64(body))
            + "\n=" + C.b64(struct.pack(">I", c)[1:]) + "\n-----END PGP MESSAGE-----\n")


# ---------------------------------------------------------------- 14 prose about passwords
TALK = [
    "Every crew member gets their own login for the pitch planner; nobody shares the office one.",
    "Passwords for the box office are changed at the end of each tour and never written on the wagon whiteboard.",
    "If you think a kiosk login has leaked, tell the office straight away and we will reset it.",
    "Use a long pass phrase of four random words rather than the name of your favourite ride.",
    "The payroll database is only reachable from the office laptop, and its password lives in the vault.",
    "Do not read passwords out over the radio - the public can hear the channel near the gates.",
    "Card readers lock after five wrong PIN attempts; call the supplier rather than guessing.",
    "Two-step login is switched on for the permit portal, so keep your phone charged.",
]


def induction_page(r):
    return "Crew induction - IT and logins\n\n" + "\n".join("- " + s for s in r.sample(TALK, 4)) + "\n"


def briefing_minutes(r):
    return ("Ride crew briefing, %s, 08:30\nPresent: %s\n\n3. Logins: %s %s\n4. Generators: fuel checks at 06:00 and 18:00.\n" % (
        r.choice(TOWNS), ", ".join(r.sample(["Kyle", "Sam", "Dave", "Maya", "Jess", "Ron", "Priya"], 4)),
        r.choice(TALK), r.choice(TALK)))


# ---------------------------------------------------------------- 15 TLS pins and fingerprints
def pin_list(r):
    pins = [C.b64(hashlib.sha256(C.rbytes(r, 64)).digest()) for _ in range(3)]
    return ("# cert pins shipped in the tracker app (public key hashes)\n" +
            "\n".join('pin-sha256="%s"' % p for p in pins) + "\n")


def cert_inspect(r):
    fp = hashlib.sha256(C.rbytes(r, 64)).hexdigest().upper()
    return ("$ openssl x509 -in tickets.fair.lan.crt -noout -serial -fingerprint -sha256 -subject\nserial=%s\n"
            "sha256 Fingerprint=%s\nsubject=CN = tickets.fair.lan\n" % (
                C.rs(r, C.UHEX, 32), ":".join(fp[i:i + 2] for i in range(0, 64, 2))))


# ---------------------------------------------------------------- 16 firmware digests
def sha256sums(r):
    return "".join("%s  reader-fw-%d.%d.%d.bin\n" % (hashlib.sha256(C.rbytes(r, 32)).hexdigest(), r.randint(1, 4),
                                                       r.randint(0, 9), r.randint(0, 20)) for _ in range(3))


def ota_manifest(r):
    return json.dumps({"model": "SR-7", "version": "3.%d.%d" % (r.randint(0, 9), r.randint(0, 30)),
                       "url": "https://ota.cardreaders.example/sr7/fw.bin", "size": r.randint(400000, 900000),
                       "sha256": hashlib.sha256(C.rbytes(r, 32)).hexdigest(),
                       "md5": hashlib.md5(C.rbytes(r, 32)).hexdigest()}, indent=2) + "\n"


# ---------------------------------------------------------------- 17 order and booking ids
def order_webhook(r):
    return json.dumps({"type": "order.created", "order_id": C.uuid4(r), "event_id": r.randint(10 ** 9, 10 ** 10),
                       "attendees": [{"attendee_id": C.uuid4(r), "ticket_type": "Adult"},
                                     {"attendee_id": C.uuid4(r), "ticket_type": "Child"}],
                       "total": {"currency": "GBP", "value": r.randint(1000, 9000)}}, indent=2) + "\n"


def pitch_booking_csv(r):
    rows = ["booking_id,trader,fair,pitch,frontage_ft"]
    for _ in range(4):
        rows.append("%s,%s,%s Hoppings,%s%02d,%d" % (C.uuid4(r), r.choice(TRADERS), r.choice(TOWNS),
                                                     r.choice("ABC"), r.randint(1, 60), r.choice([10, 12, 16, 20])))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- 18 style tokens
def css_vars(r):
    return (":root {\n" + "".join("  --pitch-%s: #%s;\n" % (k, C.rs(r, C.HEX, 6)) for k in ["food", "ride", "game", "power", "water"])
            + "  --font-url: url('/fonts/showcard-%s.woff2');\n}\n" % C.rs(r, C.HEX, 20))


def tile_style(r):
    return json.dumps({"version": 8, "name": "pitch-map", "sprite": "https://tiles.fair.example/sprites/%s" % C.rs(r, C.HEX, 16),
                       "layers": [{"id": "pitches", "type": "fill", "paint": {"fill-color": "#" + C.rs(r, C.HEX, 6)}},
                                  {"id": "cables", "type": "line", "paint": {"line-color": "#" + C.rs(r, C.HEX, 6)}}]},
                      indent=2) + "\n"


# ---------------------------------------------------------------- 19 inline base64 icons
def png(r, w=8, h=8):
    raw = b"".join(b"\x00" + C.rbytes(r, w * 3) for _ in range(h))

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf_template(r):
    return ("<div class=\"ticket\">\n  <img alt=\"big top\" src=\"data:image/png;base64,%s\">\n  <p>Admit one - {{ show_time }}</p>\n</div>\n"
            % C.b64(png(r)))


def printer_logo(r):
    return json.dumps({"printer": "receipt-58mm", "logo": {"format": "png", "data": C.b64(png(r, 12, 6))}, "footer": "Thank you!"}, indent=2) + "\n"


CLASSES = [
    ("adips_ride_inspection_declarations", [("ride_inspection_register_csv", adips_csv), ("declaration_of_compliance_ocr", adips_ocr)],
     "ADIPS declaration numbers, ride serials, inspection-body and inspector numbers"),
    ("fhrs_food_hygiene_rating_records", [("fhrs_api_establishment_json", fhrs_json), ("hygiene_sticker_ocr", fhrs_sticker)],
     "FHRS establishment ids, local-authority business ids, rating values and dates (the public API needs no key)"),
    ("trader_permit_numbers_with_luhn_check", [("permit_register_csv", permit_csv), ("council_permit_letter", permit_letter)],
     "`TP` + 9 digits + a real Luhn check digit"),
    ("nfc_wristband_uids_with_bcc", [("wristband_issue_log", nfc_log), ("gate_scanner_json", nfc_gate)],
     "7-byte NFC UIDs with their real ISO 14443-3 BCC0 / BCC1 check bytes"),
    ("touring_vehicle_vins_and_plates", [("fleet_register_csv", fleet_csv), ("mot_reminder_email", mot_email)],
     "VINs with a real ISO 3779 (North American) position-9 check digit, UK number plates"),
    ("hookup_meter_mpans_and_readings", [("hookup_meter_log", meter_log), ("supply_invoice_text", supply_invoice)],
     "13-digit MPAN cores with a real prime-weighted mod-11 check digit, kWh readings, meter serials"),
    ("ticket_barcodes_mod37_36_check", [("box_office_scan_log", scan_log), ("ticket_export_csv", ticket_csv)],
     "12 upper-case alphanumerics + a real ISO/IEC 7064 MOD 37,36 check character"),
    ("ticket_widget_public_keys", [("ticket_widget_embed_html", widget_html), ("tracker_app_public_config_json", public_config)],
     "Stripe `pk_live_`, Pusher app key, reCAPTCHA site key, Firebase web `apiKey` (arguable), Mapbox `pk.` (real JSON), PostHog `phc_`"),
    ("placeholder_values_in_trader_onboarding_docs", [("trader_api_quickstart_md", quickstart_md), ("env_sample_file", env_sample)],
     "`trc1_<…>_<fletcher16>`, `mcw_XXXX…`, `<paste-your-key-here>`, empty values, `changeme`, an all-zero key, `${…:?…}`, `REPLACE_ME`, `tbk_XXXX…`"),
    ("masked_credentials_in_showground_logs", [("topup_kiosk_debug_log", kiosk_log), ("ci_deploy_masked_output", ci_masked)],
     "`********`, `mcw_****` + 4 characters, `[REDACTED]`, `***`, bullets + 4 characters"),
    ("secret_manager_pointers_in_fair_infra", [("external_secrets_manifest_yaml", eso_manifest), ("github_actions_secret_expressions", gha_refs)],
     "External Secrets `remoteRef`, `${{ secrets.… }}`, `op://` and `akv://` pointers"),
    ("bcrypt_and_werkzeug_scrypt_hashes", [("staff_table_sql_dump", staff_sql), ("flask_users_fixture_json", flask_fixture)],
     "`$2b$12$` strings (random in frame) and Werkzeug `scrypt:32768:8:1$salt$hash` (real scrypt of discarded random bytes; field named `password`)"),
    ("age_and_pgp_armoured_ciphertext", [("age_encrypted_env_file", age_file), ("pgp_encrypted_email_body", pgp_mail)],
     "age armour around a real `age-encryption.org/v1` header with random stanzas and body; PGP MESSAGE armour with random body and its real CRC-24"),
    ("crew_induction_password_talk", [("induction_handbook_it_page", induction_page), ("ride_crew_briefing_minutes", briefing_minutes)],
     "induction and briefing text about passwords with no password in it"),
    ("tls_public_certificate_pins", [("hpkp_style_pin_list", pin_list), ("openssl_x509_fingerprint_output", cert_inspect)],
     "`pin-sha256` Base64 digests and SHA-256 certificate fingerprints (real digests of random bytes), certificate serials"),
    ("card_reader_firmware_digests", [("sha256sums_file", sha256sums), ("ota_manifest_json", ota_manifest)],
     "SHA-256 / MD5 digests of firmware images (real digests of random bytes)"),
    ("order_and_pitch_booking_uuids", [("ticket_order_webhook_payload", order_webhook), ("pitch_booking_export_csv", pitch_booking_csv)],
     "order, attendee and booking UUIDv4s and numeric event ids"),
    ("pitch_map_style_tokens", [("pitch_map_css_variables", css_vars), ("tile_style_json", tile_style)],
     "hex colours, font and sprite file hashes of the pitch map"),
    ("inline_base64_icons", [("ticket_pdf_template_html", pdf_template), ("receipt_printer_logo_json", printer_logo)],
     "`data:image/png;base64,…` of real generated PNG files (random pixels, real zlib and CRC-32)"),
]

WRAPPERS = [
    ("", None),
    ("__in_showmen_guild_mailing_list", lambda t, r: "From: office@showmen-tours.example\nTo: guild-it@lists.showmen.example\nSubject: Re: what is this?\n\nCan someone tell me if this is safe to share?\n\n" + "".join("> " + ln + "\n" for ln in t.splitlines())),
    ("__in_fair_ops_gitea_issue", lambda t, r: "Issue #%d: question about this output\n\nOpened by marco\n\n```\n%s```\n\nIs anything here sensitive?\n" % (r.randint(10, 999), t)),
    ("__in_market_office_teams_chat", lambda t, r: "Fatima 14:%02d\nhere is what I found on the office PC:\n%s\nPriya 14:%02d\nthat's fine to keep, nothing secret\n" % (r.randint(0, 29), t, r.randint(30, 59))),
    ("__in_circus_wiki_page", lambda t, r: "= Reference: %s =\n\nCopied here for the winter-quarters team.\n\n<pre>\n%s</pre>\n" % (r.choice(["kit", "paperwork", "setup"]), t)),
]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for cname, kinds, _desc in CLASSES:
        for kname, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(50):
                    t = fn(rng)
                    if wfn is not None:
                        t = wfn(t, rng)
                    if not any(v in t for v in reg.items):
                        break
                else:
                    raise RuntimeError("negative kept colliding with a positive")
                recs.append({"id": "%s-n-%04d" % (C.PREFIX, n), "class": cname, "container": kname + wname,
                             "text": t, "source": "negative"})
                n += 1
    return recs
