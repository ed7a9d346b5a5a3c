"""Negatives: 20 classes x 2 base kinds x 5 presentations, no secret anywhere."""
import base64
import hashlib
import random
import struct

import common253 as C
import enc253 as E

BOATS = ["Tipcat Lass", "Heron's Rest", "Moorhen", "Coot Corner", "Staithe Star", "Kestle Belle", "Brindley Rose",
         "Ravensmoor", "Windrush", "Otter Holt", "Lapwing", "Marsh Harrier"]
SITES = ["Kestle Lock 4", "Kestle Lock 7", "Tolleybridge swing bridge", "Cawdle Weir", "Hobb's Sluice",
         "Ravensmoor pumping station", "Fenmarsh lift bridge", "Heron Aqueduct"]


def _boat(r):
    return r.choice(BOATS)


def _luhn_digits(r, prefix, total):
    body = prefix + C.pick(r, C.DIGITS, total - 1 - len(prefix))
    return body + C.luhn_mod_n_check(body, C.DIGITS)


def _imo(r):
    six = str(r.randrange(1, 10)) + C.pick(r, C.DIGITS, 5)
    return six + C.imo_check(six)


def _ssh_ed25519(r):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + C.rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode(), blob


def _ssh_ecdsa(r):
    blob = (struct.pack(">I", 19) + b"ecdsa-sha2-nistp256" + struct.pack(">I", 8) + b"nistp256" +
            struct.pack(">I", 65) + b"\x04" + C.rbytes(r, 64))
    return "ecdsa-sha2-nistp256 " + base64.b64encode(blob).decode(), blob


def _fp(blob):
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


BCRYPT_AL = "./" + C.UPPER + C.LOWER + C.DIGITS


# ---------------------------------------------------------------- base kinds
def vessel_register_csv(r):
    rows = ["boat,imo,eni,mmsi,crt_index"]
    for _ in range(r.randrange(3, 6)):
        rows.append("%s,IMO %s,%s,2350%s,%s" % (_boat(r), _imo(r), "0" + C.pick(r, C.DIGITS, 7),
                                                 C.pick(r, C.DIGITS, 5), C.pick(r, C.DIGITS, 6)))
    return "\n".join(rows)


def ais_static_note(r):
    return ("Trip boat %s - AIS static data: MMSI 2350%s, call sign 2%s, IMO %s, length 21.9 m, beam 4.2 m. "
            "Class B transponder fitted at Fenmarsh on %d May." % (_boat(r), C.pick(r, C.DIGITS, 5),
                                                                  C.pick(r, C.UPPER, 3), _imo(r), r.randrange(1, 29)))


def telematics_inventory_csv(r):
    rows = ["unit,imei,iccid,mac"]
    for i in range(r.randrange(3, 6)):
        mac = ":".join("%02x" % b for b in C.rbytes(r, 6))
        rows.append("WNB-%03d,%s,%s,%s" % (r.randrange(1, 60), _luhn_digits(r, "35", 15), _luhn_digits(r, "8944", 19), mac))
    return "\n".join(rows)


def sim_activation_receipt(r):
    return ("SIM activation receipt\nICCID: %s\nMSISDN: +44 7700 900%s\nPaired IMEI: %s\nPlan: IoT 500 MB pooled\n"
            % (_luhn_digits(r, "8944", 19), C.pick(r, C.DIGITS, 3), _luhn_digits(r, "86", 15)))


def letterhead_footer(r):
    return ("Tolleybridge Waterways Trust is a charity registered in England and Wales (no. 1%s) and a company "
            "limited by guarantee (no. 0%s). Registered office: The Toll House, Kestle Flight. VAT not registered."
            % (C.pick(r, C.DIGITS, 6), C.pick(r, C.DIGITS, 7)))


def supplier_bank_form(r):
    sort = C.pick(r, C.DIGITS, 6)
    acct = C.pick(r, C.DIGITS, 8)
    bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
    iban = C.iban_make("GB", bank + sort + acct)
    assert C.iban_valid(iban)
    return ("Supplier bank details (Kestle Lock Cafe & Chandlery)\nSort code: %s-%s-%s\nAccount: %s\nIBAN: %s\n"
            "BIC: %sGB2L\n" % (sort[:2], sort[2:4], sort[4:], acct, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), bank))


def gauge_register_csv(r):
    rows = ["station,ea_id,nrfa,grid_ref,datum_m"]
    for _ in range(r.randrange(3, 6)):
        rows.append("%s,E%s,%s,SP %s %s,%d.%03d" % (r.choice(SITES), C.pick(r, C.DIGITS, 5), C.pick(r, C.DIGITS, 5),
                                                     C.pick(r, C.DIGITS, 4), C.pick(r, C.DIGITS, 4),
                                                     r.randrange(60, 130), r.randrange(1000)))
    return "\n".join(rows)


def weather_station_list(r):
    return "\n".join("WMO 03%s  %s  lat 52.%04d  lon -1.%04d  alt %d m" % (
        C.pick(r, C.DIGITS, 3), r.choice(["Coleshill", "Church Lawford", "Pershore", "Shawbury", "Sutton Bonington"]),
        r.randrange(10000), r.randrange(10000), r.randrange(40, 140)) for _ in range(r.randrange(3, 5)))


def level_log_csv(r):
    rows = ["time,pound,level_mm,top_gate,bottom_gate"]
    t = r.randrange(6, 9)
    for i in range(r.randrange(4, 7)):
        rows.append("2025-05-%02d %02d:%02d,P%d,%d,%s,%s" % (r.randrange(1, 29), t + i, r.randrange(60), r.randrange(1, 9),
                                                          r.randrange(1400, 1900), r.choice(["shut", "open"]),
                                                          r.choice(["shut", "open"])))
    return "\n".join(rows)


def engine_temp_note(r):
    vals = " / ".join("%.1f C" % (r.randrange(700, 880) / 10) for _ in range(r.randrange(5, 9)))
    return "NB %s engine coolant, hourly on the test run: %s. Thermostat opening normally." % (_boat(r), vals)


def stoppage_bulletin(r):
    out = []
    for _ in range(r.randrange(3, 6)):
        out.append("%s: %d-%d %s 2026, %s" % (r.choice(SITES), r.randrange(1, 10), r.randrange(12, 28),
                                            r.choice(["Jan", "Feb", "Mar", "Nov", "Dec"]),
                                            r.choice(E.REASONS)))
    return "Winter stoppages\n" + "\n".join(out)


def works_programme_table(r):
    rows = ["| Site | Start | End | Works |", "|---|---|---|---|"]
    for _ in range(r.randrange(3, 5)):
        rows.append("| %s | %d Jan | %d Feb | %s |" % (r.choice(SITES), r.randrange(3, 28), r.randrange(1, 28),
                                                      r.choice(E.REASONS)))
    return "\n".join(rows)


def gate_reader_log(r):
    return "\n".join("2025-06-%02d %02d:%02d:%02d GATE-%s FC %d CARD %d %s" % (
        r.randrange(1, 29), r.randrange(6, 22), r.randrange(60), r.randrange(60), r.choice("ABC"),
        r.randrange(1, 255), r.randrange(1, 65535), r.choice(["GRANTED", "GRANTED", "DENIED"])) for _ in range(r.randrange(4, 7)))


def card_issue_register(r):
    rows = ["berth,holder_initials,facility,card,issued"]
    for _ in range(r.randrange(3, 6)):
        rows.append("%s%d,%s.%s.,%d,%d,2025-0%d-%02d" % (r.choice("ABCDE"), r.randrange(1, 40), r.choice(C.UPPER),
                                                     r.choice(C.UPPER), r.randrange(1, 255), r.randrange(1, 65535),
                                                     r.randrange(1, 9), r.randrange(1, 29)))
    return "\n".join(rows)


def _aivdm(r):
    bits = "000001" + "".join(r.choice("01") for _ in range(162))
    payload = "".join(chr(v + 48 if v < 40 else v + 56) for v in (int(bits[i:i + 6], 2) for i in range(0, 168, 6)))
    body = "AIVDM,1,1,,%s,%s,0" % (r.choice("AB"), payload)
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return "!%s*%02X" % (body, cs)


def ais_nmea_dump(r):
    return "\n".join(_aivdm(r) for _ in range(r.randrange(3, 6)))


def route_polylines_json(r):
    routes = []
    for _ in range(r.randrange(2, 4)):
        lat, lng = 5230000 + r.randrange(-20000, 20000), -155000 + r.randrange(-20000, 20000)
        pts = []
        for _ in range(r.randrange(4, 8)):
            lat += r.randrange(-300, 300)
            lng += r.randrange(-300, 300)
            pts += [lat, lng]
        routes.append('{"boat": "%s", "day": %d, "polyline": "%s", "locator": "IO92%s%s"}' % (
            _boat(r), r.randrange(1, 8), E._polyline(pts), r.choice("abcdefgh"), r.choice("hijklmno")))
    return "[\n  " + ",\n  ".join(routes) + "\n]"


def booking_export_csv(r):
    rows = ["booking_ref,booking_id,boat,start,nights,status"]
    for _ in range(r.randrange(3, 6)):
        rows.append("WNB-2025-%04d,%s,%s,2025-0%d-%02d,%d,%s" % (r.randrange(10000), C.uuid4(r), _boat(r),
                                                                r.randrange(4, 10), r.randrange(1, 29), r.choice([3, 4, 7]),
                                                                r.choice(["confirmed", "deposit_paid", "cancelled"])))
    return "\n".join(rows)


def payment_webhook_log(r):
    return "\n".join("%s webhook received event=%s type=payment_intent.succeeded order=%s idempotency=%s" % (
        "2025-05-%02dT%02d:%02d:%02dZ" % (r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60)),
        "evt_" + C.pick(r, C.ALNUM, 24), "WNB-2025-%04d" % r.randrange(10000), C.uuid4(r)) for _ in range(r.randrange(3, 5)))


def firmware_manifest(r):
    return "\n".join("%s  bollard-fw-2.%d.%d-%s.bin" % (hashlib.sha256(C.rbytes(r, 64)).hexdigest(), r.randrange(9),
                                                         r.randrange(20), r.choice(["esp32", "esp32c3", "esp32s3"]))
                     for _ in range(r.randrange(3, 5)))


def image_lockfile(r):
    return "\n".join("%s: registry.wharfside-boats.example/%s@sha256:%s  # commit %s" % (
        r.choice(["bookings", "fleet", "kiosk", "licences"]), r.choice(["bookings", "fleet-api", "kiosk-ui"]),
        hashlib.sha256(C.rbytes(r, 64)).hexdigest(), hashlib.sha1(C.rbytes(r, 32)).hexdigest())
        for _ in range(r.randrange(3, 5)))


def users_table_dump(r):
    rows = ["id | username | password | last_login", "---+----------+----------+-----------"]
    for i in range(r.randrange(3, 5)):
        h = "$2b$12$" + C.pick(r, BCRYPT_AL, 22) + C.pick(r, BCRYPT_AL, 31)
        rows.append("%d | %s | %s | 2025-05-%02d" % (i + 1, r.choice(["ottilie", "aled", "kiosk", "relief1", "hetty"]),
                                                     h, r.randrange(1, 29)))
    return "\n".join(rows)


def shadow_excerpt(r):
    return "\n".join([
        "keeper:$y$j9T$%s$%s:20%d:0:99999:7:::" % (C.pick(r, BCRYPT_AL, 22), C.pick(r, BCRYPT_AL, 43), r.randrange(100, 300)),
        "relief1:$6$%s$%s:20%d:0:99999:7:::" % (C.pick(r, BCRYPT_AL, 16), C.pick(r, BCRYPT_AL, 86), r.randrange(100, 300)),
        "gauges:!:20%d::::::" % r.randrange(100, 300)])


def known_hosts(r):
    k1, b1 = _ssh_ed25519(r)
    k2, b2 = _ssh_ecdsa(r)
    return ("%s %s\n%s %s\n# fingerprints: %s, %s" % (C.private_ip(r), k1, "scada.tolleybridge-trust.example", k2,
                                                      _fp(b1), _fp(b2)))


def tls_cert_summary(r):
    fp = ":".join("%02X" % b for b in hashlib.sha256(C.rbytes(r, 40)).digest())
    return ("Subject: CN=book.wharfside-boats.example\nIssuer: C=US, O=Let's Encrypt, CN=R11\nSerial: %s\n"
            "SHA-256 fingerprint: %s\nNot after: 2025-0%d-%02d" % (C.rbytes(r, 18).hex(), fp, r.randrange(1, 10),
                                                                 r.randrange(1, 29)))


def booking_widget_source(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  const maps = "https://maps.googleapis.com/maps/api/js?key=AIzaSy%s&libraries=places";\n'
            '</script>\n<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>'
            % (C.pick(r, C.ALNUM, 95), C.pick(r, C.B64URL, 33), C.pick(r, C.B64URL, 12)))


def kiosk_public_config(r):
    return ('{\n  "sentryDsn": "https://%s@o%s.ingest.de.sentry.io/%s",\n  "posthogKey": "phc_%s",\n'
            '  "algoliaAppId": "%s",\n  "algoliaSearchOnlyKey": "%s",\n  "recaptchaSiteKey": "6L%s"\n}'
            % (C.rbytes(r, 16).hex(), C.pick(r, C.DIGITS, 7), C.pick(r, C.DIGITS, 7), C.pick(r, C.ALNUM, 43),
               C.pick(r, C.UPALNUM, 10), C.rbytes(r, 16).hex(), C.pick(r, C.B64URL, 38)))


def quickstart_readme(r):
    return r.choice([
        "## Quick start\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        "(these are the example values from the AWS documentation - use your own)",
        "## Configure\nSet `REZDY_SUPPLIER_API_KEY=<YOUR_API_KEY>` and `BOKUN_REST_SECRET_KEY=<YOUR_SECRET_KEY>` before starting the worker.",
        "Example: Authorization: Bearer YOUR_TOKEN_HERE\nThe token looks like `xoxb-...`; never paste a real one into an issue.",
        "Replace `sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX` with the key from your project settings.",
    ])


def api_request_sample(r):
    return ("curl -s https://api.example.invalid/v1/%s \\\n  -H \"Authorization: Bearer $%s\" \\\n  -H \"Accept: application/json\""
            % (r.choice(["bookings", "berths", "gauges", "availability"]),
               r.choice(["HIRE_API_TOKEN", "TTS_API_KEY", "DATAHUB_KEY", "REZDY_SUPPLIER_API_KEY"])))


ENV_KEYS = ["REZDY_SUPPLIER_API_KEY", "BOKUN_REST_SECRET_KEY", "SUMUP_SECRET_API_KEY", "TWILIO_API_KEY_SECRET",
            "MET_OFFICE_DATAHUB_API_KEY", "THE_THINGS_STACK_API_KEY", "SCADA_OPERATOR_PASSWORD", "BOOKING_API_JWT",
            "PORTAL_APP_KEY", "SECRET_KEY_BASE", "MOORING_METER_TOKEN", "LOCKGATE_SERVICE_KEY"]


def env_example(r):
    ks = r.sample(ENV_KEYS, 5)
    vals = ["", "changeme", "${%s:?set me}" % ks[2], "<from-keepass>", "replace-me"]
    return "# .env.example - copy to .env and fill in\n" + "\n".join("%s=%s" % (k, v) for k, v in zip(ks, vals))


def compose_secret_refs(r):
    k = r.choice(ENV_KEYS).lower()
    return ("services:\n  api:\n    environment:\n      - %s_FILE=/run/secrets/%s\n      - LOG_LEVEL=${LOG_LEVEL:-info}\n"
            "    secrets:\n      - %s\nsecrets:\n  %s:\n    file: ./secrets/%s.txt" % (k.upper(), k, k, k, k))


def dashboard_key_ocr(r):
    return "\n".join("%s   %s%s   created 2025-0%d-%02d" % (
        r.choice(["Bookings live", "Kiosk", "Fleet sync", "Licences"]), r.choice(["sk_live_", "shpat_", "gsk_", "tgp_v1_"]),
        "\u2022" * r.randrange(12, 24) + C.pick(r, C.ALNUM, 4), r.randrange(1, 10), r.randrange(1, 29))
        for _ in range(r.randrange(2, 5)))


def ci_log_masked(r):
    return ("$ fly secrets set SUMUP_SECRET_API_KEY=*** -a wharfside-bookings\n[deploy] using HETZNER_CLOUD_API_TOKEN=[MASKED]\n"
            "[deploy] TWILIO_API_KEY_SECRET=****************\nJob succeeded in %dm %ds" % (r.randrange(1, 9), r.randrange(60)))


def external_secret_manifest(r):
    k = r.choice(ENV_KEYS).lower().replace("_", "-")
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s\nspec:\n"
            "  secretStoreRef:\n    name: trust-vault\n    kind: ClusterSecretStore\n  data:\n    - secretKey: value\n"
            "      remoteRef:\n        key: kv/waterways/%s\n        property: value" % (k, k))


def secret_uris(r):
    k = r.choice(ENV_KEYS).lower().replace("_", "-")
    return "\n".join([
        "REZDY=@Microsoft.KeyVault(SecretUri=https://tolley-kv.vault.azure.net/secrets/%s/)" % k,
        "SUMUP=arn:aws:secretsmanager:eu-west-2:%s:secret:prod/%s-%s" % (C.pick(r, C.DIGITS, 12), k, C.pick(r, C.ALNUM, 6)),
        "TWILIO=op://Ops/%s/credential" % k,
        "GH_ACTIONS=${{ secrets.%s }}" % k.upper().replace("-", "_")])


def ansible_vault_file(r):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [C.rbytes(r, 40).hex() for _ in range(r.randrange(4, 7))]
    return "# group_vars/lockside/vault.yml\n" + "\n".join(lines)


def rails_jasypt(r):
    return ("config/credentials/production.yml.enc:\n%s--%s--%s\n\napplication.properties:\nkiosk.db.secret=ENC(%s)"
            % (C.b64std(C.rbytes(r, 60)), C.b64std(C.rbytes(r, 12)), C.b64std(C.rbytes(r, 16)), C.b64std(C.rbytes(r, 32))))


def handbook_page(r):
    return r.choice([
        "Lock-keeper handbook, section 9 (IT): never write a password on the cabin noticeboard or in the daily log. "
        "If you think a password has been seen, tell the duty manager and it will be changed the same day.",
        "Handbook 9.3: the SCADA panel locks after three failed attempts. Ask Ruairi for a reset; he will read the new "
        "password to you over the phone, never by text message.",
        "Handbook 9.4: API keys for booking and telemetry services live in the KeePass vault only. Screenshots of the "
        "integrations page must be cropped before they go into a ticket.",
    ])


def newsletter_note(r):
    return r.choice([
        "Security corner: this season we moved every volunteer login to the new portal. You will get an e-mail with "
        "a one-time link - nobody from the Trust will ever ask for your password.",
        "Reminder from the hire base: if a customer rings asking for the office code, don't give it out - ring the "
        "duty phone instead.",
        "A boater asked why the kiosk asks for a PIN twice: it is a second check before a card payment, not a bug.",
    ])


def asset_tag_list(r):
    tags = []
    for _ in range(r.randrange(3, 6)):
        body = C.pick(r, C.LOWALNUM, 9)
        tags.append("lga-%s%s  %s gate %s" % (body, C.luhn_mod_n_check(body, C.LOWALNUM), r.choice(SITES),
                                              r.choice(["top", "bottom", "offside", "towpath"])))
    return "Gate asset tags (Luhn mod 36 checked)\n" + "\n".join(tags)


def licence_and_meter_ids(r):
    out = []
    for _ in range(r.randrange(2, 4)):
        d = C.pick(r, C.DIGITS, 15)
        d16 = d + C.mod11_2_check(d)
        out.append("Boat licence %s-%s-%s-%s  (%s)" % (d16[0:4], d16[4:8], d16[8:12], d16[12:16], _boat(r)))
    for _ in range(r.randrange(1, 3)):
        body = C.pick(r, C.ALNUM, 12)
        out.append("Meter reading frame mmr_%s_%08x" % (body, C.adler32(body.encode())))
    return "\n".join(out)


def framework_placeholders(r):
    return ("# config/deploy/defaults - placeholders only, real values come from the vault\n"
            "APP_KEY=base64:" + base64.b64encode(bytes(32)).decode() + "\n"
            "SECRET_KEY_BASE=" + "0" * 128 + "\n"
            "# release checksums (SHA-512)\n" + "\n".join("%s  fleet-dashboard-%d.%d.tar.gz" % (
                hashlib.sha512(C.rbytes(r, 64)).hexdigest(), r.randrange(1, 4), r.randrange(20)) for _ in range(2)))


CLASSES = [
    ("vessel_imo_eni_mmsi_numbers", "IMO numbers with real check digits, ENI and MMSI numbers, boat index numbers",
     [("hire_fleet_vessel_register_csv", vessel_register_csv), ("trip_boat_ais_static_data_note", ais_static_note)]),
    ("telematics_imei_iccid_and_mac_ids", "IMEIs and ICCIDs with real Luhn check digits, MAC addresses, MSISDNs",
     [("telematics_unit_inventory_csv", telematics_inventory_csv), ("sim_provider_activation_receipt", sim_activation_receipt)]),
    ("trust_charity_company_and_bank_ids", "charity and company numbers, sort codes, account numbers, IBANs with a real MOD 97 check, BICs",
     [("trust_letterhead_footer_text", letterhead_footer), ("supplier_bank_details_form", supplier_bank_form)]),
    ("gauging_station_and_weather_ids", "gauging-station ids, NRFA numbers, grid references, WMO station numbers, coordinates",
     [("gauge_station_register_csv", gauge_register_csv), ("weather_feed_station_list", weather_station_list)]),
    ("lock_flight_water_level_logs", "genuine pound levels and gate states, genuine engine-temperature readings (the look of the Celsius evasion)",
     [("lock_flight_level_log_csv", level_log_csv), ("engine_temperature_log_note", engine_temp_note)]),
    ("stoppage_notices_genuine_dates", "genuine stoppage and works dates (the look of the day-of-year evasion)",
     [("stoppage_notice_bulletin", stoppage_bulletin), ("winter_works_programme_table", works_programme_table)]),
    ("marina_access_card_reader_logs", "genuine facility-code / card-number pairs from gate readers (the look of the Wiegand evasion)",
     [("berth_gate_reader_log", gate_reader_log), ("access_card_issue_register_csv", card_issue_register)]),
    ("ais_and_gps_track_data_genuine", "genuine AIVDM position sentences (real checksums), encoded route polylines and Maidenhead locators",
     [("ais_receiver_nmea_dump", ais_nmea_dump), ("hire_boat_route_polylines_json", route_polylines_json)]),
    ("hire_booking_references_and_ids", "booking references, UUIDv4 booking ids, webhook event ids, idempotency keys",
     [("hire_booking_export_csv", booking_export_csv), ("payment_webhook_log_lines", payment_webhook_log)]),
    ("telematics_firmware_digests", "SHA-256 / SHA-1 digests of random bytes as firmware sums, image digests and commit ids",
     [("firmware_release_manifest", firmware_manifest), ("container_image_lockfile", image_lockfile)]),
    ("booking_db_bcrypt_yescrypt_hashes", "bcrypt $2b$, yescrypt $y$ and sha512crypt $6$ strings (random in frame), one in a column called password",
     [("staff_users_table_dump", users_table_dump), ("etc_shadow_excerpt", shadow_excerpt)]),
    ("ssh_host_keys_and_cert_fingerprints", "ssh-ed25519 and ecdsa host keys in real wire format, SHA256 fingerprints, TLS certificate fingerprints and serials",
     [("known_hosts_with_fingerprints", known_hosts), ("tls_certificate_summary", tls_cert_summary)]),
    ("hire_site_publishable_keys", "public by design: Stripe pk_live_51, Google Maps browser key (AIzaSy), Turnstile and reCAPTCHA site keys, Sentry DSN, PostHog phc_, Algolia search-only key",
     [("booking_widget_page_source", booking_widget_source), ("kiosk_app_public_config_json", kiosk_public_config)]),
    ("integration_docs_example_values", "documentation examples: the AWS documentation pair, <YOUR_API_KEY>, YOUR_TOKEN_HERE, X-filled keys, $VARIABLE references",
     [("vendor_quickstart_readme_excerpt", quickstart_readme), ("api_reference_request_sample", api_request_sample)]),
    ("dotenv_sample_and_compose_templates", "this corpus's key names with empty, changeme, ${VAR:?}, <from-keepass> and replace-me values; compose _FILE secrets",
     [("env_example_committed", env_example), ("compose_secret_file_refs", compose_secret_refs)]),
    ("redacted_tokens_in_screens_and_logs", "bullet-masked dashboard keys with a four-character tail, ***, [MASKED] and asterisk runs in CI logs",
     [("dashboard_key_list_ocr", dashboard_key_ocr), ("ci_job_log_masked", ci_log_masked)]),
    ("secret_store_reference_strings", "ExternalSecret remote refs, Key Vault references, Secrets Manager ARNs, op:// and ${{ secrets.X }} pointers",
     [("k8s_external_secret_manifest", external_secret_manifest), ("app_config_secret_uris", secret_uris)]),
    ("vaulted_and_encrypted_values", "ansible-vault files, Rails credentials.yml.enc blobs and Jasypt ENC() values (random in frame)",
     [("ansible_vault_encrypted_file", ansible_vault_file), ("rails_credentials_and_jasypt_values", rails_jasypt)]),
    ("waterway_staff_security_guidance", "handbook and newsletter prose about passwords and keys with no value",
     [("lock_keeper_handbook_it_page", handbook_page), ("volunteer_newsletter_security_note", newsletter_note)]),
    ("public_twins_of_corpus_key_shapes", "look-alikes of this corpus's own shapes: Luhn mod 36 gate asset tags, MOD 11-2 boat licence numbers, Adler-32-tailed meter frames, a zero Laravel key and a zero secret_key_base placeholder, SHA-512 sums",
     [("lock_gate_asset_tag_list", asset_tag_list), ("licence_numbers_and_meter_frames", licence_and_meter_ids),
      ]),
]
assert len(CLASSES) == 20
# the framework placeholders ride along in the twins class as a second content option of its second base kind
def _twin2(r):
    return licence_and_meter_ids(r) if r.random() < 0.6 else framework_placeholders(r)


CLASSES[19][2][1] = ("licence_numbers_and_meter_frames", _twin2)

WRAPPERS = [
    ("", None),
    ("__pasted_in_lock_team_chat", "Bronwen Kitto: pasting this for reference, nothing secret in it\n%s\nRuairi Campbell: thanks"),
    ("__attached_to_helpdesk_reply", "Helpdesk reply #%d - the attachment below is safe to share, it holds no credentials:\n%s"),
    ("__quoted_in_trust_minutes", "Ops sub-committee minutes, item %d: the following was reviewed and contains no live credentials.\n%s"),
    ("__shared_on_boaters_forum", "Posted on the boaters' forum (public information, fine to share):\n%s"),
]


def _wrap(w, content, r):
    name, tpl = w
    if tpl is None:
        return content + "\n"
    if "%d" in tpl:
        return tpl % (r.randrange(100, 999), content) + "\n"
    return tpl % content + "\n"


def build(bad):
    """bad(text) -> reason or None: the build's own cleanliness test; a failing draw is redrawn."""
    rng = random.Random(C.SEEDS["negatives"])
    recs, seen = [], set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for w in WRAPPERS:
                for _ in range(100):
                    text = _wrap(w, fn(rng), rng)
                    if text in seen or bad(text):
                        continue
                    break
                else:
                    raise RuntimeError("no clean negative for " + kname)
                seen.add(text)
                recs.append({"class": cname, "container": kname + w[0], "text": text, "source": "negative"})
    return recs
