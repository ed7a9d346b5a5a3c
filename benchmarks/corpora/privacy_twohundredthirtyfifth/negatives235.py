"""Hard negatives of the surf world: texts without any secret that look like they might hold one."""
import base64
import hashlib
import random

import common235 as C

SEED = 23506

WRAPPERS = {
    "pasted_in_crew_whatsapp": lambda body, rng: "[%02d:%02d] Jonah: pasting this here so we have it, nothing secret in it\n%s\n[%02d:%02d] Mia: 👍" % (
        rng.randint(6, 9), rng.randint(0, 59), body, rng.randint(10, 12), rng.randint(0, 59)),
    "quoted_in_helpdesk_ticket": lambda body, rng: "Ticket #%d – Priority: low\nRequester: office@saltline-surfschool.example\n\n> %s\n\nAgent note: reviewed, no credentials in the quote above." % (
        rng.randint(4000, 9999), body.replace("\n", "\n> ")),
    "forwarded_in_owner_email": lambda body, rng: "---------- Forwarded message ---------\nFrom: Kai <kai@greenroom-shapes.example>\nSubject: FYI\n\n%s\n\nJust for the records." % body,
    "posted_in_surf_coaches_forum": lambda body, rng: "Re: how do you all keep track of this? (post #%d)\n\nHere's ours, in case it helps:\n\n%s\n\n– posted by coach_%s" % (
        rng.randint(100, 999), body, rng.choice(["ella", "tane", "mia"])),
}


def _hexs(rng, n):
    return C.rs(rng, C.HEX, n)


def _b64(data):
    return base64.b64encode(data).decode()


# --------------------------------------------------------------------- classes
def board_serial_register_csv(rng):
    rows = ["serial,shaper,model,length,width,thickness,volume_l,glassed"]
    for _ in range(rng.randint(3, 5)):
        ft, inch = rng.randint(5, 9), rng.randint(0, 11)
        rows.append("GRS-%d-%04d-%s,KM,%s,%d'%d\",%s,%s,%.1f,2024-0%d-%02d" % (
            rng.randint(22, 25), rng.randint(0, 9999), C.rs(rng, C.UPPER, 2), rng.choice(["Fish", "Step-up", "Mid", "Log"]),
            ft, inch, rng.choice(["19 1/4", "20 1/2", "21 3/8", "22 7/8"]), rng.choice(["2 3/8", "2 1/2", "2 3/4"]),
            rng.uniform(24, 70), rng.randint(1, 9), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def glassing_label_photo_ocr(rng):
    return ("[OCR – glassing label under the deck patch]\nGREENROOM SHAPES\nSN %s%05d-%s\nBLANK: %s %s\nCLOTH 4+4 / 4 OZ  RESIN: EPX-%d\nQC %s\n" % (
        C.rs(rng, C.UPPER, 2), rng.randint(0, 99999), _hexs(rng, 6).upper(), rng.choice(["US Blanks", "Arctic Foam", "Marko"]),
        rng.choice(["6'2 R", "7'0 B", "9'1 L"]), rng.randint(100, 999), rng.choice(["KM", "JL", "TA"])))


def fin_supplier_invoice_lines(rng):
    lines = ["Line  Part number         Description                      Qty  Unit"]
    for n in range(1, rng.randint(4, 6)):
        lines.append("%-5d %-19s %-32s %-4d %.2f" % (
            n, "%s-%s-%04d-%s" % (rng.choice(["FCS2", "FUT", "CAPT"]), C.rs(rng, C.UPPER, 3), rng.randint(0, 9999), rng.choice(["M", "L", "XL"])),
            rng.choice(["Performer neo glass tri", "Alpha carbon twin+1", "Quad rear set", "Single box 9in"]),
            rng.randint(1, 12), rng.uniform(30, 180)))
    return "Invoice INV-%d-%05d\n%s\n" % (rng.randint(2023, 2025), rng.randint(0, 99999), "\n".join(lines))


def leash_inventory_scan_log(rng):
    out = []
    for _ in range(rng.randint(4, 6)):
        out.append("%s scan sku=LSH-%d-%s-%s lot=%s qty=%d" % (
            "2024-%02d-%02dT%02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59)),
            rng.choice([6, 7, 8, 9, 10]), rng.choice(["COMP", "REG", "LONG"]), rng.choice(["BLK", "TEAL", "SAND"]),
            "L%d%s" % (rng.randint(1000, 9999), C.rs(rng, C.UPPER, 2)), rng.randint(1, 20)))
    return "\n".join(out) + "\n"


def _ean(rng):
    d12 = "93" + C.rs(rng, C.DIGITS, 10)
    return d12 + C.ean13_digit(d12)


def wax_and_accessory_price_list(rng):
    items = ["Cold water wax", "Basecoat", "Tropical wax", "Wax comb", "Deck grip", "Nose guard", "Fin key", "Ding repair kit"]
    rng.shuffle(items)
    return "Kelp Cove Boards – counter price list\n" + "\n".join(
        "%-18s EAN %s  $%.2f" % (it, _ean(rng), rng.uniform(3, 60)) for it in items[:rng.randint(4, 6)]) + "\n"


def pos_barcode_scan_log(rng):
    return "\n".join("till01 %02d:%02d:%02d SCAN %s OK price=%d.%02d" % (
        rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59), _ean(rng), rng.randint(3, 90), rng.randint(0, 99))
        for _ in range(rng.randint(4, 6))) + "\n"


def harmonic_tide_table_txt(rng):
    st = rng.choice(["Driftwood Point", "Kelp Cove jetty", "North Wall"])
    rows = ["Station: %s (id %d)   Datum: LAT   Units: m" % (st, rng.randint(60000, 69999))]
    for d in range(1, rng.randint(4, 6)):
        rows.append("2024-06-%02d  %02d:%02d H %.2f  %02d:%02d L %.2f  %02d:%02d H %.2f" % (
            d, rng.randint(0, 5), rng.randint(0, 59), rng.uniform(1.4, 2.1), rng.randint(6, 11), rng.randint(0, 59),
            rng.uniform(0.1, 0.6), rng.randint(12, 17), rng.randint(0, 59), rng.uniform(1.3, 2.0)))
    return "\n".join(rows) + "\n"


def tide_api_json_extremes(rng):
    ex = ",\n    ".join('{"dt": %d, "date": "2024-06-%02dT%02d:%02d+0000", "height": %.3f, "type": "%s"}' % (
        1718200000 + rng.randint(0, 900000), rng.randint(10, 20), rng.randint(0, 23), rng.randint(0, 59), rng.uniform(-0.9, 0.9),
        rng.choice(["High", "Low"])) for _ in range(3))
    return '{\n  "status": 200,\n  "requestLat": -33.%04d,\n  "requestLon": 151.%04d,\n  "station": "%s",\n  "extremes": [\n    %s\n  ]\n}\n' % (
        rng.randint(0, 9999), rng.randint(0, 9999), C.uuid4(rng), ex)


def ndbc_realtime2_rows(rng):
    rows = ["#YY  MM DD hh mm WDIR WSPD GST  WVHT   DPD   APD MWD   PRES  ATMP  WTMP",
            "#yr  mo dy hr mn degT m/s  m/s     m   sec   sec degT   hPa  degC  degC"]
    for _ in range(rng.randint(3, 5)):
        rows.append("2024 06 %02d %02d %02d %3d %4.1f %4.1f %5.2f %5d %5.1f %3d %6.1f %5.1f %5.1f" % (
            rng.randint(1, 28), rng.randint(0, 23), rng.choice([0, 10, 20, 30, 40, 50]), rng.randint(0, 359),
            rng.uniform(0, 12), rng.uniform(1, 16), rng.uniform(0.5, 3.5), rng.randint(6, 16), rng.uniform(4, 9),
            rng.randint(0, 359), rng.uniform(1005, 1025), rng.uniform(12, 24), rng.uniform(14, 22)))
    return "Station %d\n%s\n" % (rng.randint(46000, 46299), "\n".join(rows))


def swell_model_grib_index(rng):
    return "\n".join("%d:%d:d=2024061%d%02d:%s:surface:%d hour fcst:" % (
        i + 1, rng.randint(10000, 9999999), rng.randint(0, 9), rng.choice([0, 6, 12, 18]),
        rng.choice(["HTSGW", "PERPW", "DIRPW", "SWELL", "SWPER", "WIND"]), rng.randint(0, 180)) for i in range(rng.randint(5, 7))) + "\n"


def lesson_confirmation_mail_body(rng):
    return ("Hi %s,\n\nyour group lesson is confirmed.\nBooking reference: SLT-%s-%04d\nDate: 2024-0%d-%02d 07:00, %s\nOrder id: %s\nInvoice: INV%08d\n\nSee you in the water!\nSaltline Surf School\n" % (
        rng.choice(["Ava", "Noah", "Leo", "Isla"]), C.rs(rng, C.UPPER_ALNUM, 4), rng.randint(0, 9999), rng.randint(1, 9),
        rng.randint(1, 28), rng.choice(["North beach flags", "Rivermouth"]), C.uuid4(rng), rng.randint(0, 10 ** 8 - 1)))


def accounting_invoice_ledger_csv(rng):
    rows = ["date,invoice,customer_id,ref,amount,gst"]
    for _ in range(rng.randint(3, 5)):
        amt = rng.uniform(40, 900)
        rows.append("2024-%02d-%02d,INV%08d,CUS-%06d,%s,%.2f,%.2f" % (
            rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 10 ** 8 - 1), rng.randint(0, 999999),
            C.rs(rng, C.UPPER_ALNUM, 10), amt, amt / 11))
    return "\n".join(rows) + "\n"


def rfid_gate_reader_log(rng):
    return "\n".join("reader=wetsuit-room uid=%s rssi=-%d action=%s" % (
        ":".join(_hexs(rng, 2).upper() for _ in range(rng.choice([4, 7]))), rng.randint(30, 70), rng.choice(["OUT", "IN"]))
        for _ in range(rng.randint(4, 6))) + "\n"


def locker_tag_assignment_sheet(rng):
    rows = ["Locker | Tag UID         | Suit size | Assigned"]
    for n in range(rng.randint(3, 5)):
        rows.append("L%02d    | %s | %s | %s" % (rng.randint(1, 60), _hexs(rng, 14).upper(), rng.choice(["S", "M", "L", "XL"]),
                                                   rng.choice(["rental", "staff", "squad"])))
    return "\n".join(rows) + "\n"


def vhf_radio_logbook_page(rng):
    return "\n".join("%02d%02d  CH%d  %s  MMSI %d  %s" % (
        rng.randint(6, 18), rng.randint(0, 59), rng.choice([16, 67, 73, 82]), rng.choice(["IRB Northpoint 1", "Jetski Rescue 2", "VMR Kelp Cove"]),
        503000000 + rng.randint(0, 999999), rng.choice(["radio check ok", "patrol start", "returning to base", "swimmer assisted"]))
        for _ in range(rng.randint(4, 6))) + "\n"


def rescue_boat_ais_static_report(rng):
    return ("AIS static report (msg 24)\nMMSI: %d\nName: NORTHPOINT IRB %d\nCall sign: V%s%d\nShip type: 51 (SAR)\nDims: A=%d B=%d C=1 D=1\nVendor id: %s\n" % (
        503000000 + rng.randint(0, 999999), rng.randint(1, 3), C.rs(rng, C.UPPER, 2), rng.randint(1000, 9999),
        rng.randint(2, 4), rng.randint(1, 2), C.rs(rng, C.UPPER_ALNUM, 7)))


def incident_report_form_excerpt(rng):
    return ("Incident no: NP-%d-%04d\nPatrol: %s\nTime: %02d:%02d   Location: flag zone %s\nType: %s\nRadio ref: %s-%d\nCase number (ambulance): %d\n" % (
        rng.randint(2023, 2025), rng.randint(0, 9999), rng.choice(["Sat A", "Sun B", "Holiday 3"]), rng.randint(8, 18), rng.randint(0, 59),
        rng.choice(["north", "south"]), rng.choice(["rip rescue", "first aid – bluebottle", "lost child reunited"]),
        rng.choice(["SURFCOM", "LIFECOM"]), rng.randint(100, 999), rng.randint(10 ** 7, 10 ** 8 - 1)))


def patrol_sign_on_sheet(rng):
    rows = ["Member no | Name          | Award | Sign on | Sign off"]
    for _ in range(rng.randint(4, 6)):
        rows.append("%d  | %-13s | %s | %02d:%02d | %02d:%02d" % (
            rng.randint(1000000, 9999999), rng.choice(["A. Nguyen", "B. Walsh", "C. Ortiz", "D. Kahale", "E. Smith"]),
            rng.choice(["SRC", "BM ", "IRB"]), rng.randint(7, 9), rng.randint(0, 59), rng.randint(12, 17), rng.randint(0, 59)))
    return "\n".join(rows) + "\n"


def booking_widget_html_embed(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n' % (C.rs(rng, C.ALNUM, 97), C.rs(rng, C.B64URL, 38)))


def firebase_web_app_config_js(rng):
    return ('// public web config – safe to ship to the browser\nconst firebaseConfig = {\n  apiKey: "AIza%s",\n  authDomain: "saltline-lessons.firebaseapp.com",\n'
            '  projectId: "saltline-lessons",\n  appId: "1:%d:web:%s",\n  measurementId: "G-%s"\n};\n'
            'Sentry.init({ dsn: "https://%s@o%d.ingest.sentry.io/%d" });\n' % (
                C.rs(rng, C.B64URL, 35), rng.randint(10 ** 11, 10 ** 12 - 1), _hexs(rng, 22), C.rs(rng, C.UPPER_ALNUM, 10),
                _hexs(rng, 32), rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 6, 10 ** 7)))


def vendor_quickstart_markdown(rng):
    return ("## Quick start\n\n1. Copy `.env.example` to `.env`.\n2. Set `STORMGLASS_API_KEY=your-api-key-here`.\n"
            "3. Set `TELEGRAM_BOT_TOKEN=<bot token from @BotFather>`.\n4. For local tests use `sk_test_xxxxxxxxxxxxxxxxxxxx`.\n"
            "5. Never commit the real values; CI reads them from the secret store (step %d).\n" % rng.randint(6, 9))


def postman_collection_example_json(rng):
    return ('{\n  "info": {"name": "Lessons API (%d)", "_postman_id": "%s"},\n  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{lessons_token}}"}]},\n'
            '  "variable": [{"key": "base_url", "value": "https://api.example.com"}, {"key": "api_key", "value": "REPLACE_ME"}]\n}\n' % (
                rng.randint(1, 9), C.uuid4(rng)))


def support_chat_masked_paste(rng):
    return ("Customer: my till won't sync, here's the settings screen\nSync key: ••••••••••••%s\nAdmin password: ********\nWebhook secret: whsec_****************\nAgent: thanks, that's masked correctly – please never send the full values.\n" % C.rs(rng, C.ALNUM, 4))


def ci_log_masked_env(rng):
    return ("Run ./deploy.sh\n  env:\n    BOOKING_HOST: bookings.saltline-surfschool.example\n    SSK_LESSON_SERVER_KEY: ***\n    APP_KEY: ***\n    AGE_IDENTITY: [MASKED]\n"
            "deploy: release %d.%d.%d pushed in %ds\n" % (rng.randint(1, 3), rng.randint(0, 20), rng.randint(0, 9), rng.randint(20, 200)))


def doppler_and_vault_references_yaml(rng):
    return ("env:\n  - name: PATROL_ROSTER_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: roster-secrets, key: password}\n"
            "  - name: SWELL_FEED_KEY\n    value: \"vault:secret/data/lessons#swell_feed_key\"\n  - name: OPENWEATHERMAP_APPID\n    value: \"op://Saltline/OpenWeather/credential\"\n"
            "  - name: AWS_SECRET_ACCESS_KEY\n    value: \"{{resolve:secretsmanager:lessons/prod:SecretString:aws_secret}}\"\n# rev %d\n" % rng.randint(100, 999))


def ci_secret_expression_placeholders(rng):
    return ("steps:\n  - run: ./sync.sh\n    env:\n      TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}\n      GOCARDLESS_ACCESS_TOKEN: ${{ secrets.GOCARDLESS_ACCESS_TOKEN }}\n"
            "      CNC_CONSOLE_PASSWORD: $(CNC_CONSOLE_PASSWORD)\n      LGW_ALERT_SECRET: ${LGW_ALERT_SECRET:?missing}\n# job %d\n" % rng.randint(1000, 9999))


def _bcrypt_like(rng):
    alpha = "./" + C.UPPER + C.LOWER + C.DIGITS
    return "$2y$12$" + C.rs(rng, alpha, 53)


def rental_staff_table_dump(rng):
    rows = ["id | username | password | role"]
    for i in range(rng.randint(3, 5)):
        rows.append("%d | %s | %s | %s" % (i + 1, rng.choice(["mia", "jonah", "till01", "luca", "ella"]) + str(i), _bcrypt_like(rng), rng.choice(["admin", "staff"])))
    return "\n".join(rows) + "\n"


def laravel_users_seed_export(rng):
    salt = C.rs(rng, C.ALNUM, 16)
    return ('[\n  {"email": "coach%d@saltline-surfschool.example", "password": "%s"},\n  {"email": "office@saltline-surfschool.example", "password": "scrypt:32768:8:1$%s$%s"}\n]\n' % (
        rng.randint(1, 9), _bcrypt_like(rng), salt, _hexs(rng, 128)))


def _armor(rng, kind, first):
    data = bytes([first]) + C.rbytes(rng, rng.randint(90, 140))
    b = _b64(data)
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = C.crc24(data)
    return "-----BEGIN PGP %s-----\n\n%s\n=%s\n-----END PGP %s-----\n" % (
        kind, "\n".join(lines), _b64(crc.to_bytes(3, "big")), kind)


def club_secretary_pgp_public_key(rng):
    return "Club secretary's public key (for encrypted member forms):\n\n" + _armor(rng, "PUBLIC KEY BLOCK", 0x98)


def signed_release_asc_signature(rng):
    return "tide-station-fw-%d.%d.bin.asc\n\n" % (rng.randint(1, 4), rng.randint(0, 20)) + _armor(rng, "SIGNATURE", 0x88)


def _ssh_ed25519_pub(rng):
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + C.rbytes(rng, 32)
    return "ssh-ed25519 " + _b64(blob)


def authorized_keys_listing(rng):
    return "\n".join("%s %s@%s" % (_ssh_ed25519_pub(rng), rng.choice(["kai", "mia", "deploy"]), rng.choice(["shaping-bay", "laptop", "ci"]))
                     for _ in range(rng.randint(2, 3))) + "\n"


def known_hosts_hashed_entries(rng):
    return "\n".join("|1|%s|%s %s" % (_b64(C.rbytes(rng, 20)), _b64(C.rbytes(rng, 20)), _ssh_ed25519_pub(rng).replace(" ", " ", 1))
                     for _ in range(rng.randint(2, 3))) + "\n"


def openssl_x509_text_excerpt(rng):
    return ("Certificate:\n    Data:\n        Serial Number:\n            %s\n        Issuer: C=US, O=Let's Encrypt, CN=R%d\n        Subject: CN=bookings.saltline-surfschool.example\n"
            "SHA256 Fingerprint=%s\n" % (":".join(_hexs(rng, 2) for _ in range(18)), rng.randint(10, 11),
                                         ":".join(_hexs(rng, 2).upper() for _ in range(32))))


def certificate_inventory_csv(rng):
    rows = ["host,not_after,serial,sha1_fingerprint"]
    for h in ["bookings.saltline-surfschool.example", "roster.northpoint-slsc.example", "shop.greenroom-shapes.example"][:rng.randint(2, 3)]:
        rows.append("%s,2025-%02d-%02d,%s,%s" % (h, rng.randint(1, 12), rng.randint(1, 28), _hexs(rng, 36), _hexs(rng, 40)))
    return "\n".join(rows) + "\n"


GH32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def _geohash(lat, lon, n):
    lat_r, lon_r = [-90.0, 90.0], [-180.0, 180.0]
    bits, even, ch, out = 0, True, 0, []
    while len(out) < n:
        rr, v = (lon_r, lon) if even else (lat_r, lat)
        mid = (rr[0] + rr[1]) / 2
        if v >= mid:
            ch = (ch << 1) | 1
            rr[0] = mid
        else:
            ch = ch << 1
            rr[1] = mid
        even = not even
        bits += 1
        if bits == 5:
            out.append(GH32[ch])
            bits, ch = 0, 0
    return "".join(out)


def spot_guide_json(rng):
    spots = []
    for name in rng.sample(["North Wall", "The Point", "Kelp Cove", "Rivermouth", "Bombie"], 3):
        lat, lon = -33.5 - rng.random(), 151.1 + rng.random() * 0.5
        spots.append('{"name": "%s", "lat": %.5f, "lon": %.5f, "geohash": "%s", "best_tide": "%s"}' % (
            name, lat, lon, _geohash(lat, lon, 9), rng.choice(["low", "mid", "high"])))
    return '{"spots": [\n  ' + ",\n  ".join(spots) + "\n]}\n"


def gpx_waypoint_file(rng):
    pts = []
    for i in range(rng.randint(2, 4)):
        lat, lon = -28.0 - rng.random(), 153.4 + rng.random() * 0.2
        pts.append('  <wpt lat="%.6f" lon="%.6f"><name>Buoy %d</name><desc>gh %s</desc></wpt>' % (lat, lon, i + 1, _geohash(lat, lon, 10)))
    return '<?xml version="1.0"?>\n<gpx version="1.1" creator="patrol-gps">\n%s\n</gpx>\n' % "\n".join(pts)


def lesson_site_html_script_tags(rng):
    d1 = hashlib.sha384(C.rbytes(rng, 64)).digest()
    d2 = hashlib.sha384(C.rbytes(rng, 64)).digest()
    return ('<script src="/assets/app.%s.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n'
            '<link rel="stylesheet" href="/assets/app.%s.css" integrity="sha384-%s">\n' % (_hexs(rng, 8), _b64(d1), _hexs(rng, 8), _b64(d2)))


def webpack_asset_manifest_json(rng):
    return '{\n  "main.js": "/static/js/main.%s.js",\n  "main.css": "/static/css/main.%s.css",\n  "buildId": "%s",\n  "sha256": "%s"\n}\n' % (
        _hexs(rng, 8), _hexs(rng, 8), C.rs(rng, C.B64URL, 21), hashlib.sha256(C.rbytes(rng, 32)).hexdigest())


def surf_school_staff_handbook_it_page(rng):
    return ("IT basics for instructors (page %d)\n\n- Every instructor gets their own login for the booking tablet; never share it.\n"
            "- Passwords are at least 14 characters. A surf word plus numbers is not enough on its own.\n"
            "- If you think a password leaked, tell the office and we will reset it the same day.\n"
            "- The office never asks for your password by SMS or WhatsApp.\n" % rng.randint(3, 9))


def patrol_captain_briefing_notes(rng):
    return ("Captains' briefing %d Nov\n\n1. Roster portal: the password was rotated on Friday. Captains got the new one in person – do not write it in the logbook.\n"
            "2. Tower console code changes every season; ask the club captain, not the group chat.\n3. Radio checks on CH %d at 0800.\n" % (
                rng.randint(1, 28), rng.choice([67, 73, 82])))


CLASSES = [
    ("surfboard_serials_and_glassing_labels", [board_serial_register_csv, glassing_label_photo_ocr],
     "board serials, blank and resin codes, shaper initials"),
    ("fin_box_and_leash_part_numbers", [fin_supplier_invoice_lines, leash_inventory_scan_log],
     "fin and leash part numbers, lot numbers, invoice numbers"),
    ("ean13_surf_shop_barcodes", [wax_and_accessory_price_list, pos_barcode_scan_log],
     "EAN-13 codes with real check digits on the counter price list and till scan log"),
    ("tide_prediction_tables", [harmonic_tide_table_txt, tide_api_json_extremes],
     "tide times and heights, station ids, UUIDv4 station keys of a tide API response"),
    ("ndbc_buoy_and_swell_observations", [ndbc_realtime2_rows, swell_model_grib_index],
     "NDBC-style buoy rows and wave-model GRIB index lines"),
    ("lesson_booking_and_invoice_references", [lesson_confirmation_mail_body, accounting_invoice_ledger_csv],
     "booking references, UUIDv4 order ids, invoice and customer numbers"),
    ("wetsuit_rfid_and_locker_tag_ids", [rfid_gate_reader_log, locker_tag_assignment_sheet],
     "RFID / NFC tag UIDs of rental wetsuits and lockers"),
    ("marine_vhf_mmsi_and_callsigns", [vhf_radio_logbook_page, rescue_boat_ais_static_report],
     "MMSI numbers, call signs, AIS vendor ids of rescue craft"),
    ("patrol_incident_and_member_numbers", [incident_report_form_excerpt, patrol_sign_on_sheet],
     "incident numbers, radio references, ambulance case and member numbers"),
    ("browser_safe_client_keys", [booking_widget_html_embed, firebase_web_app_config_js],
     "Stripe `pk_live_51`, reCAPTCHA site key, Firebase web `AIza` key, Sentry DSN public key (public by design)"),
    ("documentation_placeholder_tokens", [vendor_quickstart_markdown, postman_collection_example_json],
     "`your-api-key-here`, `<bot token …>`, `sk_test_xxxx`, `REPLACE_ME`, `{{variable}}` placeholders"),
    ("masked_and_truncated_secret_displays", [support_chat_masked_paste, ci_log_masked_env],
     "bullets, `***`, `[MASKED]`, last-four displays"),
    ("secret_store_pointer_strings", [doppler_and_vault_references_yaml, ci_secret_expression_placeholders],
     "`secretKeyRef`, `vault:`, `op://`, `{{resolve:…}}`, `${{ secrets.X }}`, `$(X)`, `${X:?missing}` pointers"),
    ("bcrypt_and_scrypt_hash_strings", [rental_staff_table_dump, laravel_users_seed_export],
     "`$2y$12$` bcrypt and Werkzeug `scrypt:` hashes (random in frame; the column is called password)"),
    ("pgp_armored_public_blocks", [club_secretary_pgp_public_key, signed_release_asc_signature],
     "PGP public-key and signature armor with a real CRC-24 checksum line"),
    ("ssh_public_keys_and_known_hosts", [authorized_keys_listing, known_hosts_hashed_entries],
     "`ssh-ed25519` public keys (real wire framing), hashed known_hosts entries"),
    ("tls_certificate_serials_and_fingerprints", [openssl_x509_text_excerpt, certificate_inventory_csv],
     "certificate serial numbers and SHA-1 / SHA-256 fingerprints"),
    ("surf_spot_geohashes_and_coordinates", [spot_guide_json, gpx_waypoint_file],
     "spot coordinates with real geohashes (9–10 characters of the geohash alphabet)"),
    ("subresource_integrity_and_asset_hashes", [lesson_site_html_script_tags, webpack_asset_manifest_json],
     "`sha384-` SRI values (real SHA-384 of random bytes), content-hashed asset names, build ids"),
    ("staff_password_hygiene_prose", [surf_school_staff_handbook_it_page, patrol_captain_briefing_notes],
     "handbook and briefing prose about passwords and codes with none given"),
]

SPARE_CLASS = "beach_weather_station_metar_lines"


def generate(forbidden_ok):
    """forbidden_ok(text) -> bool tells whether a candidate text is acceptable."""
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cname, bases, _ in CLASSES:
        for base in bases:
            for wrapper in [None] + list(WRAPPERS):
                for _ in range(200):
                    body = base(rng)
                    text = body if wrapper is None else WRAPPERS[wrapper](body, rng)
                    if text not in seen and forbidden_ok(text):
                        break
                else:
                    raise RuntimeError("negative redraw failed: " + cname)
                seen.add(text)
                cont = base.__name__ if wrapper is None else base.__name__ + "__" + wrapper
                out.append((cname, cont, text))
    return out
