"""Hard negatives of the cycling world: texts with no secret that look like they might hold one."""
import hashlib
import hmac
import json
import random
import string
import zlib

from common180 import B62, B64STD, HEX, LOWER_ALNUM, UPPER_ALNUM, b64, b64url_nopad, rand_bytes, rand_hex, rand_str, uuid4

SEED = 18006
UP = string.ascii_uppercase
DIG = string.digits
BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
CRYPT_ALPHA = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


# ------------------------------------------------------------------ check-digit helpers (also used by checks)
def gs1_check(digits):
    """GS1 mod-10 check digit for the given body (EAN-13 body of 12, SSCC body of 17)."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def ean13(rng, prefix="40"):
    body = prefix + rand_str(rng, DIG, 12 - len(prefix))
    return body + gs1_check(body)


def sscc(rng):
    body = "0" + "5012345" + rand_str(rng, DIG, 9)
    return body + gs1_check(body)


def encode_polyline(points):
    out = []
    plat = plng = 0
    for lat, lng in points:
        ilat, ilng = int(round(lat * 1e5)), int(round(lng * 1e5))
        for v in (ilat - plat, ilng - plng):
            v = ~(v << 1) if v < 0 else (v << 1)
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plng = ilat, ilng
    return "".join(out)


def geohash(lat, lon, prec=9):
    base32 = "0123456789bcdefghjkmnpqrstuvwxyz"
    la, lo = [-90.0, 90.0], [-180.0, 180.0]
    bits, ch, even, out = 0, 0, True, ""
    while len(out) < prec:
        rngv, v = (lo, lon) if even else (la, lat)
        mid = (rngv[0] + rngv[1]) / 2
        if v > mid:
            ch = (ch << 1) | 1
            rngv[0] = mid
        else:
            ch = ch << 1
            rngv[1] = mid
        even = not even
        bits += 1
        if bits == 5:
            out += base32[ch]
            bits, ch = 0, 0
    return out


def fit_crc16(data):
    table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]
    crc = 0
    for byte in data:
        tmp = table[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ table[byte & 0xF]
        tmp = table[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ table[(byte >> 4) & 0xF]
    return crc


def frame_serial(rng):
    return rng.choice(["WTU", "WSBC", "U", "SN", "WS"]) + rand_str(rng, DIG, 3) + rng.choice(UP) + rand_str(rng, DIG, 4) + rng.choice(UP)


def mac(rng):
    return ":".join(rand_hex(rng, 2, upper=True) for _ in range(6))


NAMES = ["A. Patel", "J. Okafor", "M. Lindqvist", "S. Moreau", "K. Tanaka", "R. Byrne", "L. Novak", "E. Costa"]


# ------------------------------------------------------------------ base kinds: (class, base kind, fn(rng) -> text)
def b_stolen_report(r):
    return ("Stolen bike report\nMake/model: %s %s\nColour: %s\nFrame number: %s\nBike Index ID: %d\nPolice ref: CR/%d/%02d\n"
            % (r.choice(["Trek", "Giant", "Specialized", "Canyon", "Ribble"]), r.choice(["Domane", "TCR", "Allez", "Grizl", "CGR"]),
               r.choice(["matte black", "teal", "silver", "orange"]), frame_serial(r), r.randrange(1000000, 2999999),
               r.randrange(100000, 999999), r.randrange(24, 26)))


def b_intake_csv(r):
    rows = ["job_id,frame_serial,fork_serial,received"]
    for _ in range(4):
        rows.append("J-%d,%s,F%s,2025-%02d-%02d" % (r.randrange(40000, 49999), frame_serial(r), rand_str(r, UPPER_ALNUM, 9), r.randint(1, 12), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def b_ebike_diag(r):
    return ("E-bike diagnostic report\nDrive unit: Performance Line CX  SN %s\nBattery: PowerTube 750  SN %s\nFirmware: drive %d.%d.%d.%d, display %d.%d.%d\nStored errors: %s, %s (cleared)\nOdometer: %d km\n"
            % (rand_str(r, DIG, 9), rand_str(r, DIG, 9), r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(0, 9),
               r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.choice(["500", "503", "0x6C3", "0x422", "410"]),
               r.choice(["0x523", "504", "0x591"]), r.randrange(100, 20000)))


def b_motor_changelog(r):
    return ("## Motor firmware %d.%d.%d (build %s)\n- fixes torque sensor drift warning 0x%s\n- display pairing timeout raised to %d s\n- package id %s\n"
            % (r.randint(3, 7), r.randint(0, 12), r.randint(0, 30), rand_hex(r, 7), rand_hex(r, 3, upper=True),
               r.randint(10, 60), uuid4(r)))


def b_uhf_chip_log(r):
    lines = []
    for _ in range(4):
        lines.append("%02d:%02d:%02d.%03d reader=R%d ant=%d epc=%s rssi=-%d"
                     % (r.randint(8, 12), r.randrange(60), r.randrange(60), r.randrange(1000), r.randint(1, 4),
                        r.randint(1, 4), rand_hex(r, 24, upper=True), r.randint(40, 75)))
    return "\n".join(lines) + "\n"


def b_start_list(r):
    rows = ["bib,chip,name,category,wave"]
    for _ in range(4):
        rows.append("%d,%s-%05d,%s,%s,%d" % (r.randrange(100, 999), rand_str(r, UP, 2), r.randrange(100000), r.choice(NAMES),
                                              r.choice(["M40", "W35", "U23", "Open"]), r.randint(1, 5)))
    return "\n".join(rows) + "\n"


def b_parts_catalogue(r):
    rows = ["ean,model_code,description,trade_price"]
    for _ in range(4):
        model, desc = r.choice([("RD-R8100", "rear derailleur"), ("CS-M8100-12", "cassette 10-51"), ("BR-MT520", "brake caliper"),
                                ("CN-M8100", "chain 126L"), ("FC-R7100", "crankset 172.5")])
        rows.append("%s,%s,%s,%d.%02d" % (ean13(r, r.choice(["40", "50", "69"])), model + "-" + rand_str(r, UP, 1), desc,
                                          r.randint(10, 400), r.randrange(100)))
    return "\n".join(rows) + "\n"


def b_goods_received(r):
    return ("Goods received note GRN-%d\nPO: PO-%d\nPallet SSCC: (00) %s\nCarton SSCC: (00) %s\nChecked by: %s\n"
            % (r.randrange(10000, 99999), r.randrange(100000, 999999), sscc(r), sscc(r), r.choice(NAMES)))


def b_activity_json(r):
    d = {"id": r.randrange(10 ** 10, 10 ** 11), "external_id": "garmin_push_%d" % r.randrange(10 ** 10, 10 ** 11),
         "upload_id": r.randrange(10 ** 10, 10 ** 11), "athlete": {"id": r.randrange(10 ** 6, 10 ** 8)},
         "segment_efforts": [{"id": r.randrange(10 ** 18, 10 ** 19), "segment": {"id": r.randrange(10 ** 5, 10 ** 8)}}],
         "device_name": "Edge 840"}
    return json.dumps(d, indent=2) + "\n"


def b_fit_listing(r):
    lines = []
    for _ in range(4):
        lines.append("2025-%02d-%02d-%02d-%02d-%02d.fit  %6d bytes  unit_id=%d  product=%d"
                     % (r.randint(1, 12), r.randint(1, 28), r.randrange(24), r.randrange(60), r.randrange(60),
                        r.randrange(20000, 900000), r.randrange(3000000000, 3999999999), r.randint(3000, 4500)))
    return "\n".join(lines) + "\n"


def b_route_polyline(r):
    lat, lon = 53.0 + r.random(), -2.5 + r.random()
    pts = []
    for _ in range(r.randint(8, 14)):
        lat += (r.random() - 0.5) / 200
        lon += (r.random() - 0.5) / 200
        pts.append((lat, lon))
    return json.dumps({"route": {"distance_m": r.randrange(20000, 120000), "ascent_m": r.randrange(100, 2000),
                                 "polyline": encode_polyline(pts)}}, indent=2) + "\n"


def b_geohash_table(r):
    rows = ["ride_id,start_geohash,lat,lon"]
    for _ in range(4):
        la, lo = 51 + r.random() * 3, -3 + r.random() * 3
        rows.append("%d,%s,%.5f,%.5f" % (r.randrange(1000, 9999), geohash(la, lo, 10), la, lo))
    return "\n".join(rows) + "\n"


def b_fw_manifest(r):
    blob = rand_bytes(r, 64)
    return json.dumps({"model": "SmartTrainer T%d" % r.randint(2, 9), "version": "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 9), r.randint(0, 99)),
                       "size": r.randrange(200000, 900000), "sha256": hashlib.sha256(blob).hexdigest(),
                       "crc32": "%08x" % (zlib.crc32(blob) & 0xFFFFFFFF)}, indent=2) + "\n"


def b_fit_crc_log(r):
    lines = []
    for _ in range(4):
        data = rand_bytes(r, 40)
        lines.append("fitcheck: file %d  header_crc=0x%04X  data_crc=0x%04X  ok"
                     % (r.randrange(1000, 9999), fit_crc16(data[:12]), fit_crc16(data)))
    return "\n".join(lines) + "\n"


def b_membership_export(r):
    rows = ["member_no,name,licence_no,uci_id,renewal"]
    for _ in range(4):
        rows.append("VN%05d,%s,%d,%s,2025-%02d-01" % (r.randrange(100000), r.choice(NAMES), r.randrange(100000, 999999),
                                                       "100" + rand_str(r, DIG, 8), r.randint(1, 12)))
    return "\n".join(rows) + "\n"


def b_entry_confirmation(r):
    return ("Your entry is confirmed!\nEvent: Velo North Spring Crit, round %d\nEntry reference: ENT-%s\nRace licence: %d\nCategory: %s   Wave: %d\nBib collection from 08:%02d\n"
            % (r.randint(1, 6), rand_str(r, UPPER_ALNUM, 8), r.randrange(100000, 999999), r.choice(["E/1/2", "3/4", "Women"]),
               r.randint(1, 4), r.randrange(60)))


def b_card_receipt(r):
    return ("VELO BIKES LTD\nSALE  GBP %d.%02d\nCARD: ************%04d  CONTACTLESS\nAID: A000000003101%d\nAUTH CODE: %s\nTID: %d  MID: %d\nPAN SEQ: 01\n"
            % (r.randint(5, 900), r.randrange(100), r.randrange(10000), r.randint(0, 9), rand_str(r, UPPER_ALNUM, 6),
               r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 10, 10 ** 11)))


def b_settlement(r):
    return ("END OF DAY  BATCH %03d\nVISA   %d  GBP %d.%02d\nMC     %d  GBP %d.%02d\nHOST REF %s\nTERMINAL %s\n"
            % (r.randrange(1000), r.randint(1, 40), r.randint(100, 5000), r.randrange(100), r.randint(1, 40),
               r.randint(100, 5000), r.randrange(100), rand_str(r, DIG, 12), rand_str(r, UPPER_ALNUM, 8)))


def b_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  const storefrontToken = '%s'; // Shopify Storefront API token, public by design\n</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n"
            % (rand_str(r, B62, 97), rand_hex(r, 32), rand_str(r, B62 + "-_", 38)))


def b_analytics_snippet(r):
    mb = b64url_nopad(json.dumps({"u": "velonorth", "a": rand_str(r, LOWER_ALNUM, 25)}, separators=(",", ":")).encode())
    return ("posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })\n"
            "Sentry.init({ dsn: 'https://%s@o%d.ingest.sentry.io/%d' })\n"
            "mapboxgl.accessToken = 'pk.%s.%s';\ngtag('config', 'G-%s');\n"
            % (rand_str(r, B62, 43), rand_hex(r, 32), r.randrange(100000, 999999), r.randrange(1000000, 9999999),
               mb, rand_str(r, B64STD.replace("+", "").replace("/", ""), 22), rand_str(r, UPPER_ALNUM, 10)))


def b_settings_ocr(r):
    return ("Integrations  >  Strava\nClient ID      %d\nClient secret  ••••••••••••%s   [Reveal]\nWebhook secret ****************   [Rotate]\nStatus: connected\n"
            % (r.randrange(100000, 999999), rand_hex(r, 4)))


def b_ci_masked(r):
    return ("Run ./scripts/deploy.sh\n  env:\n    TRADEIN_API_KEY: ***\n    RESULTS_WEBHOOK_SECRET: ***\n+ curl -H 'Authorization: Bearer ***' https://api.tradein.internal/v1/health\n{\"ok\":true,\"build\":\"%s\"}\n"
            % rand_hex(r, 7))


def b_sdk_readme(r):
    return ("## Quick start\n\n```bash\nexport TIMING_FEED_KEY=<your-feed-key>\nexport RESULTS_WEBHOOK_SECRET=rrwh_XXXXXXXXXXXXXXXXXXXXXXXX\ncurl -H \"X-Api-Key: $TIMING_FEED_KEY\" https://feed.example.com/v%d/results\n```\n\nReplace the placeholders with the values from your dashboard.\n"
            % r.randint(1, 3))


def b_env_example(r):
    return ("# .env.example — copy to .env and fill in\nPOS_MANAGER_PASSWORD=\nTRADEIN_API_KEY=tmk_live_your_key_here\nDIAG_UNLOCK_KEY=00000000000000000000000000000000\nSTRAVA_CLIENT_SECRET=changeme\nSTORE_ID=%d\n"
            % r.randrange(1000, 9999))


def b_gha_refs(r):
    return ("    env:\n      STRAVA_CLIENT_SECRET: ${{ secrets.STRAVA_CLIENT_SECRET }}\n      TIMING_DB_PASSWORD: ${{ secrets.TIMING_DB_PASSWORD }}\n      RUN_ID: ${{ github.run_id }}-%d\n"
            % r.randint(1, 9))


def b_op_refs(r):
    return ("# resolved at runtime by `op run` / doppler / vault agent\nPOS_MANAGER_PASSWORD=op://Shop/BikeTill/password\nSHOPIFY_TOKEN=op://Shop/Shopify Admin/credential\nRESULTS_SECRET_ARN=arn:aws:secretsmanager:eu-west-2:%d:secret:results/webhook-%s\nDB_CREDS=vault:secret/data/workshop/db#password\n"
            % (r.randrange(10 ** 11, 10 ** 12), rand_str(r, B62, 6)))


def b_sealed_secret(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: pos-env\n  namespace: bikeshop\nspec:\n  encryptedData:\n    POS_MANAGER_PASSWORD: Ag%s\n"
            % b64(rand_bytes(r, 180)))


def b_age_armored(r):
    body = b64(rand_bytes(r, 150))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "members_export.csv.age:\n-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----\n"


def b_bcrypt_dump(r):
    rows = ["INSERT INTO members (id, email, pw_hash) VALUES"]
    for i in range(3):
        rows.append("  (%d, 'rider%d@velonorth.example', '$2b$12$%s')%s" % (r.randrange(1000, 9999), r.randrange(100, 999),
                                                                             rand_str(r, BCRYPT_ALPHA, 53), "," if i < 2 else ";"))
    return "\n".join(rows) + "\n"


def b_shadow(r):
    return ("timing:$6$%s$%s:19%d:0:99999:7:::\nresults:!:19%d:0:99999:7:::\n"
            % (rand_str(r, CRYPT_ALPHA, 16), rand_str(r, CRYPT_ALPHA, 86), r.randrange(100, 999), r.randrange(100, 999)))


def b_newsletter_security(r):
    return ("Club admin corner: a reminder that the membership system password is changed every season. Never send it by "
            "e-mail or WhatsApp; ask the secretary to add you in the password manager instead. Ride leaders only need their own "
            "login. (Issue %d)\n" % r.randint(20, 90))


def b_onboarding_checklist(r):
    return ("New mechanic onboarding (%s)\n[ ] get a till login from the manager (choose your own password, 12+ characters)\n"
            "[ ] enrol in 2FA for the supplier portals\n[ ] never write passwords on the workshop whiteboard\n[ ] diagnostics dongle key stays in the safe\n"
            % r.choice(NAMES))


def b_ble_scan(r):
    lines = []
    for _ in range(3):
        lines.append("[NEW] Device %s KICKR-%s  RSSI -%d  UUIDs: 00001826-0000-1000-8000-00805f9b34fb, 00001818-0000-1000-8000-00805f9b34fb"
                     % (mac(r), rand_hex(r, 4, upper=True), r.randint(40, 90)))
    lines.append("ANT+ power meter device #%d (type 11, trans 0x%02X)" % (r.randrange(1, 65535), r.randrange(256)))
    return "\n".join(lines) + "\n"


def b_sensor_pairing(r):
    return json.dumps({"sensors": [
        {"kind": "power", "ant_id": r.randrange(1, 65535), "ble_address": mac(r)},
        {"kind": "cadence", "ant_id": r.randrange(1, 65535), "ble_address": mac(r)},
        {"kind": "trainer", "ftms_service": "00001826-0000-1000-8000-00805f9b34fb", "serial": "T" + rand_str(r, DIG, 10)}],
        "paired_at": "2025-%02d-%02dT07:%02d:00Z" % (r.randint(1, 12), r.randint(1, 28), r.randrange(60))}, indent=2) + "\n"


def b_webhook_log(r):
    body = json.dumps({"event": "result.published", "race": r.randrange(100, 999)}).encode()
    sig = hmac.new(rand_bytes(r, 32), body, hashlib.sha256).hexdigest()
    return ("POST /hooks/results 200 %dms\n  X-Request-Id: %s\n  X-Results-Signature: t=17%d,v1=%s\n  ETag: \"%s\"\n"
            % (r.randint(20, 300), uuid4(r), r.randrange(10 ** 7, 10 ** 8), sig, rand_hex(r, 32)))


def b_strava_event(r):
    return json.dumps({"aspect_type": "create", "event_time": 1700000000 + r.randrange(10 ** 8), "object_id": r.randrange(10 ** 10, 10 ** 11),
                       "object_type": "activity", "owner_id": r.randrange(10 ** 6, 10 ** 8), "subscription_id": r.randrange(100000, 999999),
                       "updates": {}}) + "\n"


CLASSES = [
    ("frame_serial_and_bike_registry_numbers", "frame serials, fork serials, Bike Index ids, police references",
     [("stolen_bike_report_form", b_stolen_report), ("workshop_intake_frame_scan_csv", b_intake_csv)]),
    ("ebike_motor_error_and_firmware_codes", "drive-unit and battery serials, error codes, firmware versions, build ids, package UUIDv4",
     [("ebike_diagnostic_report_text", b_ebike_diag), ("motor_firmware_changelog", b_motor_changelog)]),
    ("chip_transponder_and_bib_numbers", "96-bit UHF EPCs as 24 upper-case hex, reader / antenna ids, bibs, chip codes",
     [("uhf_chip_read_log", b_uhf_chip_log), ("race_start_list_csv", b_start_list)]),
    ("ean13_and_sscc_parts_codes", "EAN-13 codes and SSCC pallet codes with real GS1 check digits, groupset model codes",
     [("parts_catalogue_csv", b_parts_catalogue), ("goods_received_note", b_goods_received)]),
    ("activity_segment_and_device_ids", "activity / upload / segment-effort ids, athlete ids, FIT file names, device unit ids",
     [("activity_export_json", b_activity_json), ("fit_file_directory_listing", b_fit_listing)]),
    ("encoded_route_polylines_and_geohashes", "real encoded polylines of generated coordinates and real geohashes",
     [("route_api_response_json", b_route_polyline), ("ride_start_geohash_csv", b_geohash_table)]),
    ("firmware_sha256_and_fit_crc_values", "real SHA-256 and CRC-32 of random bytes, real FIT CRC-16 values",
     [("trainer_firmware_manifest_json", b_fw_manifest), ("fit_file_crc_check_log", b_fit_crc_log)]),
    ("club_membership_and_race_licence_numbers", "member numbers, race licence numbers, 11-digit UCI-style ids, entry references",
     [("membership_renewal_export_csv", b_membership_export), ("event_entry_confirmation_email", b_entry_confirmation)]),
    ("till_receipt_masked_pan_and_approval_codes", "masked card numbers, AIDs, authorisation codes, TID / MID, host references",
     [("bike_shop_card_receipt", b_card_receipt), ("end_of_day_settlement_print", b_settlement)]),
    ("storefront_publishable_and_site_keys", "Stripe `pk_live_`, Shopify Storefront token, reCAPTCHA site key, PostHog `phc_`, Sentry DSN key, Mapbox `pk.` (real base64url JSON), GA id",
     [("bike_shop_checkout_page_html", b_checkout_html), ("club_site_analytics_snippet", b_analytics_snippet)]),
    ("masked_credentials_in_shop_admin_screens", "bullets with a four-hex tail, `****…`, `***` CI masking",
     [("shop_integrations_page_ocr", b_settings_ocr), ("ci_log_masked_env", b_ci_masked)]),
    ("placeholder_credentials_in_timing_docs", "`<your-feed-key>`, `rrwh_XXXX…`, empty values, `tmk_live_your_key_here`, an all-zero key, `changeme`",
     [("timing_sdk_readme_quickstart", b_sdk_readme), ("bikeshop_env_example_file", b_env_example)]),
    ("secret_manager_pointers_in_club_deploys", "`${{ secrets.… }}`, `op://` references, Secrets Manager ARNs, Vault paths",
     [("github_actions_secret_refs", b_gha_refs), ("op_doppler_vault_reference_env", b_op_refs)]),
    ("sealedsecret_and_age_ciphertext", "SealedSecret `Ag…` bodies and an ASCII-armoured age file (random bytes in the right frame)",
     [("sealedsecret_manifest_yaml", b_sealed_secret), ("age_armored_export", b_age_armored)]),
    ("bcrypt_and_sha512crypt_member_hashes", "bcrypt `$2b$12$…` and sha512-crypt `$6$…` strings (random characters in the right frame; one-way, not usable)",
     [("members_table_sql_insert", b_bcrypt_dump), ("shadow_file_excerpt", b_shadow)]),
    ("password_talk_without_any_value", "club and workshop text about passwords and keys with no value in it",
     [("club_newsletter_security_paragraph", b_newsletter_security), ("mechanic_onboarding_checklist", b_onboarding_checklist)]),
    ("bluetooth_and_ant_sensor_identifiers", "BLE MAC addresses, standard Bluetooth-base GATT UUIDs (not v4), ANT+ device numbers, trainer serials",
     [("ble_scan_console_log", b_ble_scan), ("sensor_pairing_state_json", b_sensor_pairing)]),
    ("results_feed_delivery_hmacs_and_request_ids", "HMAC-SHA256 outputs under a discarded key, request UUIDs, ETags, Strava-style push-event ids",
     [("results_webhook_delivery_log", b_webhook_log), ("activity_push_event_json", b_strava_event)]),
]

WRAPPERS = [
    ("", None),
    ("__in_bike_shop_discord_export", lambda t, r: "[%02d:%02d] mech_dan: pasting this from the job, nothing sensitive in it:\n%s[%02d:%02d] shopadmin: thanks\n" % (r.randint(8, 18), r.randrange(60), t, r.randint(8, 18), r.randrange(60))),
    ("__in_club_committee_email_forward", lambda t, r: "---------- Forwarded message ---------\nFrom: secretary@velonorth.example\nSubject: FYI\n\n%s\n-- \nVelo North CC\n" % t),
    ("__in_workshop_helpdesk_ticket", lambda t, r: "Ticket #%d  (priority: normal)\nCustomer attached the following:\n\n%s\nAgent: logged, no action needed.\n" % (r.randrange(10000, 99999), t)),
    ("__in_timing_notion_page", lambda t, r: "# Race-day runbook notes\n\n> Reference only\n\n```\n%s```\n" % t),
    ("__in_shop_repo_merge_request_note", lambda t, r: "**Review note** on `fixtures/sample_%d.txt`:\n\n```\n%s```\nLGTM, these are fixtures.\n" % (r.randrange(100), t)),
]


def build(forbidden):
    """forbidden: list of strings that must not occur in any negative text."""
    rng = random.Random(SEED)
    out = []
    n = 0
    seen = set()
    for cname, _desc, bases in CLASSES:
        for bname, fn in bases:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    t = fn(rng)
                    if wrap:
                        t = wrap(t, rng)
                    if t in seen or any(f in t for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn clean")
                seen.add(t)
                n += 1
                out.append({"id": "p180-n-%04d" % n, "class": cname, "container": bname + wname, "text": t,
                            "source": "negative"})
    return out
