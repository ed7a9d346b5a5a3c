"""Hard negatives of the bike-shop / cycle-repair / bike-hire world: no secret in any text."""
import hashlib
import hmac
import json
import random

from common207 import (AN, ANL, ANU, DIGITS, HEXL, HEXU, B64URL, B64STD, UPPER, rstr, rbytes, b64,
                       b64url_nopad, uuid4, luhn_check_digit, gs1_check_digit)

SEED = 20706

BRANDS = [("Trek", "Domane SL 6"), ("Specialized", "Turbo Vado 4.0"), ("Giant", "Talon 2"), ("Brompton", "C Line Explore"),
          ("Cube", "Kathmandu Hybrid"), ("Ribble", "CGR AL"), ("Canyon", "Grizl 7"), ("Tern", "GSD S10"), ("Raleigh", "Motus Grand Tour")]
COLOURS = ["gloss black", "matte olive", "racing red", "slate grey", "sky blue", "sand"]
SHOPS = ["spokeandsprocket", "velocityhire", "chainlinecycles", "greenlanebikes", "harbourhirebikes", "cadencefitstudio"]


def frame_serial(r):
    k = r.randrange(4)
    if k == 0:
        return "WTU%03dC%04d%s" % (r.randint(0, 999), r.randint(0, 9999), r.choice(UPPER))
    if k == 1:
        return "WSBC%09d" % r.randint(0, 10 ** 9 - 1)
    if k == 2:
        return "G%s%08d" % (r.choice("ABCDEFGHJK"), r.randint(0, 10 ** 8 - 1))
    return "%s%s%07d" % (r.choice(["RB", "CY", "TN"]), r.choice("ABCDEF"), r.randint(0, 10 ** 7 - 1))


def ean13(r, prefix="45"):
    body = prefix + rstr(r, DIGITS, 12 - len(prefix))
    return body + gs1_check_digit(body)


def imei(r):
    body = rstr(r, DIGITS, 14)
    body = "35" + body[2:]
    return body + luhn_check_digit(body)


def iccid(r):
    body = "8944" + rstr(r, DIGITS, 14)
    return body + luhn_check_digit(body)


def mac(r):
    return ":".join("%02X" % r.getrandbits(8) for _ in range(6))


# ------------------------------------------------------------------ base kinds
def frame_register_csv_export(r):
    rows = ["Brand,Model,Colour,Frame serial,Registered"]
    for _ in range(r.randint(3, 5)):
        b, m = r.choice(BRANDS)
        rows.append("%s,%s,%s,%s,2025-0%d-%02d" % (b, m, r.choice(COLOURS), frame_serial(r), r.randint(1, 9), r.randint(1, 28)))
    return "\n".join(rows) + "\n"


def bottom_bracket_stamp_photo_ocr(r):
    return ("PHOTO OCR – underside of BB shell\n%s\nMADE IN TAIWAN  %s\nSIZE M  %s\n"
            % (frame_serial(r), rstr(r, ANU, 2) + rstr(r, DIGITS, 4), rstr(r, DIGITS, 2) + "-" + rstr(r, DIGITS, 3)))


def bikeregister_marking_kit_card(r):
    return ("BikeRegister marking kit\nKit ID: BR%s\nFrame marked: %s\nOwner ref: %s-%s\nRegister the code at the dealer counter; the kit ID is printed on the frame label.\n"
            % (rstr(r, DIGITS, 8), frame_serial(r), rstr(r, ANU, 3), rstr(r, DIGITS, 5)))


def bike_index_listing_json(r):
    return json.dumps({"bike": {"id": r.randint(1000000, 3999999), "listing_uuid": uuid4(r), "serial": frame_serial(r),
                                "manufacturer_name": r.choice(BRANDS)[0], "stolen": False,
                                "frame_colors": [r.choice(COLOURS)]}}, indent=2) + "\n"


def parts_price_list_csv(r):
    parts = ["RD-R8100-SS", "CN-HG701-11", "CS-M8100-12 10-51T", "BR-MT200 pair", "SM-RT70 160mm", "FC-R7100 172.5 50-34",
             "BL-M4100", "TL-FC16", "Y-0C598000"]
    rows = ["Code,Description,EAN,Trade,RRP"]
    for p in r.sample(parts, 4):
        rows.append("%s,%s,%s,%.2f,%.2f" % (p.split(" ")[0], p, ean13(r, "4550170"), r.randint(400, 9000) / 100, r.randint(900, 14000) / 100))
    return "\n".join(rows) + "\n"


def goods_in_barcode_scan_log(r):
    lines = []
    for _ in range(r.randint(3, 5)):
        lines.append("%02d:%02d:%02d SCAN %s qty=%d loc=%s" % (r.randint(8, 17), r.randint(0, 59), r.randint(0, 59), ean13(r, r.choice(["50", "40", "87"])),
                                                            r.randint(1, 12), r.choice(["A1", "A2", "B4", "WS-bench"])))
    return "\n".join(lines) + "\n"


def job_card_header_txt(r):
    return ("JOB CARD  WS-%d-%04d\nBike: %s %s (%s)\nBooked: 2025-0%d-%02d 09:30  Bench %d\nWork: full service, %s\nTag: T%s\n"
            % (r.randint(24, 25), r.randint(1, 9999), *r.choice(BRANDS), frame_serial(r), r.randint(1, 9), r.randint(1, 28),
               r.randint(1, 4), r.choice(["bleed rear brake", "true front wheel", "new chain + cassette", "headset service"]), rstr(r, DIGITS, 5)))


def service_booking_confirmation_email(r):
    return ("Subject: Your service booking is confirmed (ref SB-%s)\n\nHi %s,\nthanks for booking a %s. Booking id %s.\nDrop the bike off before 10:00; collection code on the day is your booking ref.\n"
            % (rstr(r, ANU, 6), r.choice(["Jess", "Tom", "Amira", "Kofi"]), r.choice(["Bronze service", "Gold service", "e-bike health check"]), uuid4(r)))


def tracker_inventory_csv(r):
    rows = ["asset,imei,iccid,fw"]
    for i in range(r.randint(3, 4)):
        rows.append("HB-%03d,%s,%s,FMB%d.%02d" % (r.randint(1, 400), imei(r), iccid(r), r.randint(1, 3), r.randint(0, 99)))
    return "\n".join(rows) + "\n"


def fleet_telemetry_ndjson(r):
    lines = []
    for _ in range(3):
        lines.append(json.dumps({"imei": imei(r), "ts": 1747000000 + r.randint(0, 99999), "lat": round(50.7 + r.random() / 10, 5),
                                 "lon": round(-1.9 + r.random() / 10, 5), "batt": r.randint(10, 100), "locked": r.random() < 0.5}))
    return "\n".join(lines) + "\n"


def battery_health_report_txt(r):
    return ("BATTERY HEALTH REPORT\nPack serial: %s\nCell lot: %s\nBMS fw: %d.%d.%d (build %s)\nCycles: %d  Capacity: %d%%\n"
            % (rstr(r, ANU, 4) + rstr(r, DIGITS, 10), "L" + rstr(r, DIGITS, 6) + rstr(r, ANU, 2), r.randint(1, 5), r.randint(0, 20),
               r.randint(0, 99), rstr(r, HEXL, 7), r.randint(10, 900), r.randint(60, 100)))


def motor_diagnostic_export_csv(r):
    rows = ["motor_serial,model,odometer_km,error_codes"]
    for _ in range(3):
        rows.append("%s,%s,%d,%s" % (rstr(r, DIGITS, 3) + rstr(r, ANU, 7), r.choice(["DU-EP800", "Performance Line CX", "SyncDrive Pro"]),
                                     r.randint(100, 30000), r.choice(["", "W013", "E010;W103"])))
    return "\n".join(rows) + "\n"


def lock_pairing_scan_output(r):
    lines = ["$ bluetoothctl scan on"]
    for _ in range(3):
        lines.append("[NEW] Device %s HireLock-%s" % (mac(r), rstr(r, HEXU, 4)))
    lines.append("iBeacon uuid=%s major=%d minor=%d" % (uuid4(r), r.randint(1, 65535), r.randint(1, 65535)))
    return "\n".join(lines) + "\n"


def dock_slot_map_yaml(r):
    lines = ["station: quay-%02d" % r.randint(1, 40), "slots:"]
    for i in range(1, 4):
        lines.append("  - slot: %d\n    lock_mac: \"%s\"\n    beacon_minor: %d" % (i, mac(r), r.randint(1, 65535)))
    return "\n".join(lines) + "\n"


def c2w_certificate_pdf_text(r):
    return ("CYCLE TO WORK – CERTIFICATE\nCertificate no: C2W-%s-%s\nEmployer ref: EMP%s\nHire agreement: HA/%s/%d\nValue: £%d.00  Redeem at: %s\n"
            % (rstr(r, DIGITS, 4), rstr(r, ANU, 4), rstr(r, DIGITS, 6), rstr(r, DIGITS, 7), r.randint(24, 25), r.randint(300, 2500), r.choice(SHOPS)))


def employer_scheme_csv(r):
    rows = ["employer,scheme_id,window,cap"]
    for _ in range(3):
        rows.append("%s Ltd,SCH-%s,2025-Q%d,%d" % (r.choice(["Harbour Logistics", "Quay Dental", "Millbrook Council", "Acorn Print"]),
                                                  rstr(r, ANU, 8), r.randint(1, 4), r.choice([1000, 2500, 5000])))
    return "\n".join(rows) + "\n"


def warranty_claim_form_txt(r):
    return ("WARRANTY CLAIM\nClaim no: WC-%s\nPart: %s  Serial: %s\nPurchase invoice: INV-%s\nFault: %s\n"
            % (rstr(r, DIGITS, 8), r.choice(["BT-E8036 battery", "RD-M8100 derailleur", "Reverb AXS post"]), rstr(r, ANU, 12),
               rstr(r, DIGITS, 6), r.choice(["no charge", "creaking under load", "loses air"])))


def supplier_rma_email(r):
    return ("Subject: RMA %s approved\n\nHello,\nyour return RMA %s for order SO-%s is approved. Please write the RMA on the box; consignment %s.\nRegards, Returns team\n"
            % ("R" + rstr(r, DIGITS, 7), "R" + rstr(r, DIGITS, 7), rstr(r, DIGITS, 6), rstr(r, ANU, 2) + rstr(r, DIGITS, 9) + "GB"))


def masked_pan(r):
    return "%s******%s" % (r.choice(["4", "5"]) + rstr(r, DIGITS, 5), rstr(r, DIGITS, 4))


def till_receipt_print(r):
    return ("CHAINLINE CYCLES\n1 x Inner tube 700x28  £7.99\n1 x Labour – puncture  £10.00\nCARD %s  CONTACTLESS\nAUTH CODE %s  TID %s  MID %s\nAID A0000000031010\n"
            % (masked_pan(r), rstr(r, DIGITS, 6), rstr(r, DIGITS, 8), rstr(r, DIGITS, 15)))


def terminal_settlement_report(r):
    lines = ["SETTLEMENT BATCH %s" % rstr(r, DIGITS, 6)]
    for _ in range(3):
        lines.append("%s  %s  £%d.%02d  RRN %s" % (masked_pan(r), r.choice(["SALE", "REFUND"]), r.randint(5, 2000), r.randint(0, 99), rstr(r, DIGITS, 12)))
    return "\n".join(lines) + "\n"


def hire_checkout_page_html(r):
    body = json.dumps({"u": r.choice(["harbourhire", "trailheadrentals"]), "a": rstr(r, ANL, 25)}, separators=(",", ":")).encode()
    return ("<script src=\"https://js.stripe.com/v3\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  mapboxgl.accessToken = 'pk.%s.%s';\n</script>\n" % (rstr(r, AN, 97), b64url_nopad(body), rstr(r, B64URL, 22)))


def rental_widget_public_config_json(r):
    return json.dumps({"squareApplicationId": "sq0idp-" + rstr(r, B64URL, 22), "algoliaAppId": rstr(r, ANU, 10),
                       "algoliaSearchOnlyKey": rstr(r, HEXL, 32), "mapsBrowserKey": "AIza" + rstr(r, B64URL, 35),
                       "sentryDsn": "https://%s@o%d.ingest.de.sentry.io/%d" % (rstr(r, HEXL, 32), r.randint(100000, 999999), r.randint(1000000, 9999999))},
                      indent=2) + "\n"


def env_example_file(r):
    return ("# copy to .env and fill in\nBATTERY_TELEMETRY_TOKEN=ebt_<32 chars><8 hex>\nDOCK_UNLOCK_HMAC_KEY=\nPARTS_ORDER_API_KEY=pok_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_0000\n"
            "WARRANTY_WEBHOOK_SECRET=${WARRANTY_WEBHOOK_SECRET:?set me}\nWORKSHOP_ADMIN_PASSWORD=<your-admin-password>\nTILL_TOTP_SEED=%s\n"
            % r.choice(["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "JBSWY3DPEHPK3PXP (example from the docs)", ""]))


def setup_guide_md(r):
    return ("## Connecting the dock gateway\n\n1. Open `config.yaml` and set `dock_unlock_hmac_key: \"<base64 key from the ops vault>\"`.\n"
            "2. Set `hire_session_jwt` to `eyJ...paste-a-token-here...` only for local testing.\n3. Use `%s` as the station id.\n"
            % ("quay-%02d" % r.randint(1, 40)))


def dock_bridge_debug_log(r):
    return ("%s DEBUG auth ok token=ebt_****%s station=quay-%02d\n%s DEBUG unlock slot=%d sig=[REDACTED]\n%s INFO  session jwt=*** rider=%d\n"
            % ("2025-05-14T07:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), rstr(r, HEXL, 4), r.randint(1, 40),
               "2025-05-14T07:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), r.randint(1, 12),
               "2025-05-14T07:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), r.randint(10000, 99999)))


def ci_masked_output(r):
    return ("Run ./scripts/deploy.sh\n  PARTS_ORDER_API_KEY: ***\n  DOCK_UNLOCK_HMAC_KEY: ***\nDeploying hire-api %d.%d.%d to production… done in %ds\n"
            % (r.randint(1, 4), r.randint(0, 30), r.randint(0, 9), r.randint(20, 200)))


def k8s_external_secret_yaml(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: hire-api\nspec:\n  secretStoreRef:\n    name: aws-sm\n  data:\n"
            "    - secretKey: DOCK_UNLOCK_HMAC_KEY\n      remoteRef:\n        key: arn:aws:secretsmanager:eu-west-2:%s:secret:hire/dock-unlock-%s\n"
            % (rstr(r, DIGITS, 12), rstr(r, AN, 6)))


def terraform_data_source_tf(r):
    return ("data \"aws_ssm_parameter\" \"parts_key\" {\n  name = \"/hire/%s/parts-order-api-key\"\n}\n\nlocals {\n  battery_token = \"op://Fleet/battery-telemetry/credential\"\n"
            "  warranty_secret = \"${{ secrets.WARRANTY_WEBHOOK_SECRET }}\"\n}\n" % r.choice(["prod", "staging"]))


def sops_encrypted_yaml(r):
    return ("parts_order_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-2:%s:key/%s\n  version: 3.9.1\n"
            % (b64(rbytes(r, 40)), b64(rbytes(r, 32)), b64(rbytes(r, 16)), rstr(r, DIGITS, 12), uuid4(r)))


def ansible_vault_file(r):
    hexblob = rbytes(r, 120).hex()
    lines = [hexblob[i:i + 80] for i in range(0, len(hexblob), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


def django_auth_user_dump(r):
    rows = ["id|username|password"]
    for i in range(3):
        rows.append("%d|%s|pbkdf2_sha256$870000$%s$%s" % (i + 1, r.choice(["dan", "priya", "mo", "lou", "sam"]) + str(r.randint(1, 9)), rstr(r, AN, 22),
                                                       b64(rbytes(r, 32))))
    return "\n".join(rows) + "\n"


def node_scrypt_users_json(r):
    return json.dumps([{"user": r.choice(["desk1", "desk2", "fleet"]), "password_hash": "$scrypt$ln=17,r=8,p=1$%s$%s" % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))}
                       for _ in range(2)], indent=2) + "\n"


def staff_handbook_it_page(r):
    return ("IT basics for the shop floor\n- Never write the till password on the workshop whiteboard.\n- Passwords are at least %d characters; use a passphrase, not the shop name.\n"
            "- If someone asks for the dock override code by phone, hang up and call the ops lead.\n" % r.choice([12, 14, 16]))


def new_mechanic_onboarding_checklist(r):
    return ("Onboarding – week 1\n[ ] Set your own password for the job-card app (the temporary one expires after first login)\n[ ] Enrol in two-factor on the till\n"
            "[ ] Read the password rules on page %d of the handbook\n[ ] Collect your workshop key fob (fob no. %s)\n" % (r.randint(3, 12), rstr(r, DIGITS, 6)))


def shopify_webhook_request_log(r):
    body = json.dumps({"id": r.randint(10 ** 12, 10 ** 13), "total_price": "%d.00" % r.randint(20, 900)}).encode()
    sig = b64(hmac.new(rbytes(r, 32), body, hashlib.sha256).digest())
    return ("POST /webhooks/orders-create\nX-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: %s\nX-Shopify-Webhook-Id: %s\n\n%s\n"
            % (sig, uuid4(r), body.decode()))


def github_webhook_delivery_log(r):
    body = rbytes(r, 64)
    sig = hmac.new(rbytes(r, 32), body, hashlib.sha256).hexdigest()
    return ("Delivery %s\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=%s\nref: refs/heads/main  commit %s\n"
            % (uuid4(r), sig, hashlib.sha1(rbytes(r, 20)).hexdigest()))


def polyline(r, n):
    out = []
    for _ in range(n):
        v = r.randint(-20000, 20000)
        v = ~(v << 1) if v < 0 else (v << 1)
        while v >= 0x20:
            out.append(chr((0x20 | (v & 0x1F)) + 63))
            v >>= 5
        out.append(chr(v + 63))
    return "".join(out)


def strava_activity_json(r):
    return json.dumps({"id": r.randint(10 ** 10, 2 * 10 ** 10), "name": r.choice(["Guided gravel loop", "Saturday café ride", "Hire demo ride"]),
                       "distance": round(r.random() * 60000, 1), "map": {"id": "a%d" % r.randint(10 ** 10, 2 * 10 ** 10),
                                                                         "summary_polyline": polyline(r, 40)}}, indent=2) + "\n"


def gpx_track_metadata(r):
    return ("<gpx version=\"1.1\" creator=\"RideLogger\">\n  <metadata><name>Route %s</name><link href=\"https://rides.%s.example/r/%d\"/></metadata>\n"
            "  <trk><name>%s</name><trkseg><trkpt lat=\"50.7%04d\" lon=\"-1.9%04d\"/></trkseg></trk>\n</gpx>\n"
            % (rstr(r, ANU, 6), r.choice(SHOPS), r.randint(10000, 99999), r.choice(["Forest loop", "Coast path"]), r.randint(0, 9999), r.randint(0, 9999)))


def bike_qr_sticker_sheet(r):
    lines = ["QR sticker print run %s" % rstr(r, DIGITS, 4)]
    for _ in range(3):
        lines.append("https://hire.%s.example/b/HB-%03d?c=%s" % (r.choice(SHOPS), r.randint(1, 400), rstr(r, ANU, 6)))
    return "\n".join(lines) + "\n"


def dock_screen_display_text(r):
    return ("QUAY STATION %02d\nBikes available: %d   Free docks: %d\nScan the QR on the bike or enter the bike number (e.g. HB-%03d) in the app.\nHelp: 0300 %s\n"
            % (r.randint(1, 40), r.randint(0, 12), r.randint(0, 12), r.randint(1, 400), rstr(r, DIGITS, 6)))


CLASSES = [
    ("frame_serials_and_bb_stamp_numbers", "frame serial numbers in brand layouts and bottom-bracket stamps", [frame_register_csv_export, bottom_bracket_stamp_photo_ocr]),
    ("bike_marking_and_theft_register_ids", "marking-kit ids, register listing ids (UUIDv4) and owner refs", [bikeregister_marking_kit_card, bike_index_listing_json]),
    ("component_codes_and_ean13_barcodes", "component model codes and EAN-13 barcodes with real GS1 check digits", [parts_price_list_csv, goods_in_barcode_scan_log]),
    ("workshop_job_and_service_booking_refs", "job-card numbers, booking refs and booking UUIDv4s, tag numbers", [job_card_header_txt, service_booking_confirmation_email]),
    ("tracker_imeis_and_sim_iccids", "GPS-tracker IMEIs and SIM ICCIDs with real Luhn check digits, positions", [tracker_inventory_csv, fleet_telemetry_ndjson]),
    ("ebike_battery_and_motor_serials", "battery and motor serials, cell lots, BMS firmware builds, error codes", [battery_health_report_txt, motor_diagnostic_export_csv]),
    ("smart_lock_macs_and_beacon_ids", "BLE MAC addresses, iBeacon UUIDv4 / major / minor of locks and dock slots", [lock_pairing_scan_output, dock_slot_map_yaml]),
    ("cycle_to_work_certificate_numbers", "cycle-to-work certificate numbers, employer and scheme refs, hire agreements", [c2w_certificate_pdf_text, employer_scheme_csv]),
    ("warranty_claim_and_rma_numbers", "warranty claim numbers, part serials, RMA and consignment numbers", [warranty_claim_form_txt, supplier_rma_email]),
    ("card_receipts_with_truncated_pans", "card receipts with truncated PANs, auth codes, TIDs, MIDs, RRNs", [till_receipt_print, terminal_settlement_report]),
    ("public_checkout_map_and_search_keys", "Stripe `pk_live_`, Mapbox `pk.` tokens, Square application ids, Algolia search-only keys, browser Maps keys, Sentry DSNs", [hire_checkout_page_html, rental_widget_public_config_json]),
    ("hire_app_setup_placeholders", "`ebt_<…>`, `pok_live_XXXX…_0000`, empty values, `${…:?…}`, `<your-…>`, an all-A TOTP seed, the RFC docs example seed, `eyJ...paste...`", [env_example_file, setup_guide_md]),
    ("masked_tokens_in_dock_and_ci_logs", "`ebt_****` + 4 hex, `***`, `[REDACTED]` in bridge and CI logs", [dock_bridge_debug_log, ci_masked_output]),
    ("secret_store_refs_in_hire_infra", "Secrets Manager ARNs, SSM parameter names, `op://` references, `${{ secrets.… }}`", [k8s_external_secret_yaml, terraform_data_source_tf]),
    ("sops_and_ansible_vault_blobs", "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` bodies (random bytes in the right frame)", [sops_encrypted_yaml, ansible_vault_file]),
    ("pbkdf2_and_scrypt_hash_strings", "Django `pbkdf2_sha256$…` and `$scrypt$…` strings (random in frame; the column is called password, a trap)", [django_auth_user_dump, node_scrypt_users_json]),
    ("password_advice_in_shop_handbook", "handbook and onboarding text about passwords with no password in it", [staff_handbook_it_page, new_mechanic_onboarding_checklist]),
    ("platform_webhook_signature_headers", "`X-Shopify-Hmac-Sha256` and `X-Hub-Signature-256` values (real HMAC-SHA256 under discarded keys), delivery UUIDv4s, commit ids", [shopify_webhook_request_log, github_webhook_delivery_log]),
    ("ride_activity_ids_and_polylines", "activity and map ids, Google encoded polylines (real encoding of random deltas), GPX metadata", [strava_activity_json, gpx_track_metadata]),
    ("hire_bike_qr_and_station_display_text", "QR sticker URLs with bike numbers and short check codes, dock screen text", [bike_qr_sticker_sheet, dock_screen_display_text]),
]

WRAPPERS = [
    ("", None),
    ("__in_workshop_whatsapp_note", "[09:14] Dan (workshop): pasting this so it's in the chat\n%s[09:15] Priya: 👍"),
    ("__in_hire_app_github_issue", "### Steps to reproduce\nSee the output below.\n\n```\n%s```\n\n### Expected\nNo warning from the secret scanner."),
    ("__in_supplier_order_email", "Hi team,\n\nas discussed, details below.\n\n%s\nKind regards,\nAccounts, %s"),
    ("__in_cycling_forum_post", "Re: anyone else use this setup?\n\nHere's what mine looks like (nothing sensitive in it):\n\n%s\n-- posted from the workshop"),
]


def generate(forbidden):
    """forbidden: strings (6+ chars) that must not appear in any negative text."""
    rng = random.Random(SEED)
    out = []
    n = 1
    seen = set()
    for cls, desc, kinds in CLASSES:
        for fn in kinds:
            for wsuffix, wtpl in WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    if wtpl is None:
                        text = body
                    elif wsuffix == "__in_supplier_order_email":
                        text = wtpl % (body, rng.choice(SHOPS))
                    else:
                        text = wtpl % body
                    if text in seen or any(f in text for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                out.append({"id": "p207-n-%04d" % n, "class": cls, "container": fn.__name__ + wsuffix,
                            "text": text, "source": "negative"})
                n += 1
    return out
